"""cert-manager v1.19.2: every controller the platform runs can sync the informers it waits for."""

from __future__ import annotations

from tests.k8s_charts.conftest import charts_for
from tests.support.upstream_facts import _allows, effective_rules

# DefaultEnabledControllers (internal/apis/config/controller/v1alpha1/defaults.go at v1.19.2) and the informers
# each one's constructor registers and waits for (pkg/controller/<controller>/*.go at v1.19.2).
_CR = [("cert-manager.io", "certificaterequests"), ("cert-manager.io", "issuers"), ("cert-manager.io", "clusterissuers"),
       ("", "secrets")]
_CERTS = [("cert-manager.io", "certificates"), ("cert-manager.io", "certificaterequests"), ("", "secrets")]
INFORMERS: dict[str, list[tuple[str, str]]] = {
    "issuers": [("cert-manager.io", "issuers"), ("", "secrets")],
    "clusterissuers": [("cert-manager.io", "clusterissuers"), ("", "secrets")],
    "certificates-metrics": [("cert-manager.io", "certificates")],
    "ingress-shim": [("networking.k8s.io", "ingresses"), ("cert-manager.io", "certificates")],
    "orders": [("acme.cert-manager.io", "orders"), ("acme.cert-manager.io", "challenges"), ("cert-manager.io", "issuers"),
               ("cert-manager.io", "clusterissuers"), ("", "secrets")],
    "challenges": [("acme.cert-manager.io", "challenges"), ("cert-manager.io", "issuers"), ("cert-manager.io", "clusterissuers"),
                   ("", "secrets"), ("", "pods"), ("", "services"), ("networking.k8s.io", "ingresses")],
    "certificaterequests-issuer-acme": [*_CR, ("acme.cert-manager.io", "orders")],
    "certificaterequests-approver": [("cert-manager.io", "certificaterequests")],
    "certificaterequests-issuer-ca": _CR,
    "certificaterequests-issuer-selfsigned": _CR,
    "certificaterequests-issuer-vault": _CR,
    "certificaterequests-issuer-venafi": _CR,
    "certificates-trigger": _CERTS,
    "certificates-issuing": _CERTS,
    "certificates-key-manager": [("cert-manager.io", "certificates"), ("", "secrets")],
    "certificates-request-manager": _CERTS,
    "certificates-readiness": _CERTS,
    "certificates-revision-manager": [("cert-manager.io", "certificates"), ("cert-manager.io", "certificaterequests")],
}


def enabled_controllers(args: list[str]) -> set[str]:
    """cmd/controller/app/options.EnabledControllers at v1.19.2 for the `--controllers` flag (default `*`)."""
    values = [a.split("=", 1)[1] for a in args if a.startswith("--controllers=")]
    items = values[-1].split(",") if values else ["*"]
    enabled = {c for c in items if c != "*" and not c.startswith("-")}
    disabled = {c[1:] for c in items if c.startswith("-")}
    if "*" in items or (disabled and not enabled):
        enabled |= set(INFORMERS)
    return enabled - disabled


def controller_sync_problems(objects: list[dict]) -> list[str]:
    deployment = next(o for o in objects if o["kind"] == "Deployment" and o["metadata"]["name"] == "cert-manager")
    container = deployment["spec"]["template"]["spec"]["containers"][0]
    rules = effective_rules(objects, namespace="cert-manager", service_account="cert-manager", scope=None)
    problems = []
    for controller in sorted(enabled_controllers(container.get("args", []))):
        for group, resource in INFORMERS[controller]:
            missing = [v for v in ("list", "watch") if not _allows(rules, group, resource, v, None)]
            if missing:
                problems.append(f"{controller}: cannot {missing} {resource}.{group or 'core'} cluster-wide, never syncs")
    return problems


def test_every_running_controller_can_sync_its_informers():
    assert controller_sync_problems(charts_for("prod").objects) == []


def test_the_check_catches_a_default_controller_set_without_its_rights():
    import copy

    objects = copy.deepcopy(charts_for("prod").objects)
    deployment = next(o for o in objects if o["kind"] == "Deployment" and o["metadata"]["name"] == "cert-manager")
    container = deployment["spec"]["template"]["spec"]["containers"][0]
    container["args"] = [a for a in container["args"] if not a.startswith("--controllers=")]
    problems = controller_sync_problems(objects)
    assert any(p.startswith("ingress-shim: cannot") for p in problems)
    assert any(p.startswith("challenges: cannot") for p in problems)


def test_the_acme_flow_and_ingress_shim_are_off_and_nothing_else():
    deployment = charts_for("prod").one("Deployment", "cert-manager", "cert-manager")
    args = deployment["spec"]["template"]["spec"]["containers"][0]["args"]
    assert set(INFORMERS) - enabled_controllers(args) == {"ingress-shim", "challenges", "orders", "certificaterequests-issuer-acme"}
