"""Every in-cluster component against the facts of its pinned upstream release (tests/upstream_facts/).

A difference fails unless `deviations.yaml` lists it with its reason; a listed deviation that no longer
differs fails too, so the list stays short and true.
"""

from __future__ import annotations

import copy

import pytest

from tests.conftest import VARIANTS
from tests.k8s_charts.conftest import charts_for
from tests.support.upstream_facts import (
    DEVIATIONS_FILE, FACTS_DIR, Fact, fact_problems, find, load_deviations, load_facts_file, load_facts_files,
)

FACTS = load_facts_files()
DEVIATIONS = load_deviations()

# Every in-cluster component the platform runs has a facts file.
REQUIRED_COMPONENTS = {
    "training-operator", "katib", "notebook-controller", "jupyter-web-app", "central-dashboard", "profiles",
    "poddefaults", "pipelines", "argo", "seldon-core", "emissary", "cert-manager", "external-secrets",
    "aws-load-balancer-controller", "cluster-autoscaler", "nvidia-device-plugin", "dcgm-exporter", "kube2iam",
    "monitoring", "external-dns", "fluent-bit", "efa-device-plugin",
}


def test_every_component_has_facts():
    missing = REQUIRED_COMPONENTS - {f.component for f in FACTS}
    assert not missing, f"components without upstream facts in {FACTS_DIR}: {sorted(missing)}"


@pytest.mark.parametrize("facts", FACTS, ids=lambda f: f.component)
def test_component_is_deployed_by_some_environment(facts):
    assert any(find(charts_for(v).objects, facts.present_if) for v in VARIANTS), (
        f"{facts.path.name}: present_if {facts.present_if} is in no shipped environment")


def test_deviations_name_real_facts_with_reasons():
    keys = {fact.key for facts in FACTS for fact in facts.facts}
    unknown = sorted(set(DEVIATIONS) - keys)
    assert not unknown, f"{DEVIATIONS_FILE.name} lists facts that do not exist: {unknown}"
    thin = sorted(k for k, reason in DEVIATIONS.items() if len(reason.split()) < 6)
    assert not thin, f"{DEVIATIONS_FILE.name}: give each deviation a reason of a sentence: {thin}"


def conformance_problems(facts_file, objects: list[dict], deviations: dict[str, str]) -> list[str]:
    """Unlisted differences and listed deviations that no longer differ, for one environment."""
    problems = []
    for fact in facts_file.facts:
        found = fact_problems(fact, objects)
        listed = fact.key in deviations
        if found and not listed:
            problems += [f"{fact.key} ({fact.source['path']}): {p}" for p in found]
        elif listed and not found:
            problems.append(f"{fact.key}: listed in {DEVIATIONS_FILE.name} but conforms now; remove the deviation")
    return problems


@pytest.mark.parametrize("facts", FACTS, ids=lambda f: f.component)
@pytest.mark.parametrize("variant", VARIANTS)
def test_conforms_to_upstream(variant, facts):
    objects = charts_for(variant).objects
    if find(objects, facts.present_if) is None:
        pytest.skip(f"{facts.component} is not deployed in {variant}")
    problems = conformance_problems(facts, objects, DEVIATIONS)
    assert not problems, f"{variant}: {facts.component} differs from upstream:\n" + "\n".join(problems)


# --------------------------------------------------------------------------- the checker rejects bad cases

def _deployment(**container):
    base = {"name": "app", "image": "example.org/app:1.0", "args": ["--port=8080", "--tls"],
            "env": [{"name": "MODE", "value": "on"}], "ports": [{"name": "http", "containerPort": 8080}],
            "livenessProbe": {"httpGet": {"path": "/healthz", "port": "http"}}}
    base.update(container)
    return {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "app", "namespace": "ns"},
            "spec": {"template": {"metadata": {"labels": {"app": "app"}}, "spec": {"containers": [base]}}}}


def _fact(kind: str, spec: dict) -> Fact:
    return Fact(component="t", id="t", kind=kind, spec=spec, source={"ref": "t", "path": "p"})


W = {"workload": "ns/Deployment/app", "container": "app"}
GOOD_CASES = [
    ("image", {**W, "repository": "example.org/app", "tag": "1.0"}),
    ("args", {**W, "include": ["--port=8080", "--tls", "--port"], "exclude": ["--debug"]}),
    ("env", {**W, "names": ["MODE"], "values": {"MODE": "on"}}),
    ("port", {**W, "port": 8080}),
    ("probe", {**W, "probe": "liveness", "path": "/healthz", "port": 8080}),
]
BAD_CASES = [
    ("image", {**W, "repository": "example.org/app", "tag": "2.0"}, "image"),
    ("args", {**W, "include": ["--port=9090"]}, "--port=9090"),
    ("args", {**W, "include": [], "exclude": ["--tls"]}, "must not be passed"),
    ("env", {**W, "names": ["OTHER"]}, "OTHER"),
    ("env", {**W, "values": {"MODE": "off"}}, "MODE"),
    ("port", {**W, "port": 9443}, "9443"),
    ("probe", {**W, "probe": "liveness", "path": "/live", "port": 8080}, "/live"),
    ("probe", {**W, "probe": "readiness", "path": "/healthz"}, "none"),
    ("image", {"workload": "ns/Deployment/gone", "container": "app", "repository": "r", "tag": "1"}, "not found"),
]


@pytest.mark.parametrize("kind,spec", GOOD_CASES, ids=[c[0] for c in GOOD_CASES])
def test_checker_accepts_conforming_workload(kind, spec):
    assert fact_problems(_fact(kind, spec), [_deployment()]) == []


@pytest.mark.parametrize("kind,spec,says", BAD_CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(BAD_CASES)])
def test_checker_rejects_differing_workload(kind, spec, says):
    problems = fact_problems(_fact(kind, spec), [_deployment()])
    assert problems and says in problems[0]


def _crd(**overrides):
    spec = {"group": "x.io", "scope": "Namespaced", "names": {"plural": "things", "kind": "Thing"},
            "versions": [{"name": "v1", "served": True, "storage": True}, {"name": "v2", "served": True, "storage": False}],
            "conversion": {"strategy": "Webhook", "webhook": {"conversionReviewVersions": ["v1"], "clientConfig": {
                "service": {"namespace": "ns", "name": "conv", "path": "/convert", "port": 443}}}}}
    spec.update(overrides)
    return {"apiVersion": "apiextensions.k8s.io/v1", "kind": "CustomResourceDefinition",
            "metadata": {"name": "things.x.io"}, "spec": spec}


def test_checker_holds_crd_versions_and_conversion():
    fact = _fact("crd", {"name": "things.x.io", "served": ["v1", "v2"], "storage": "v1", "scope": "Namespaced",
                         "conversion": {"strategy": "Webhook", "service": "ns/conv", "path": "/convert", "review_versions": ["v1"]}})
    assert fact_problems(fact, [_crd()]) == []
    no_path = copy.deepcopy(_crd())
    del no_path["spec"]["conversion"]["webhook"]["clientConfig"]["service"]["path"]
    old_review = copy.deepcopy(_crd())
    old_review["spec"]["conversion"]["webhook"]["conversionReviewVersions"] = ["v1beta1"]
    wrong_storage = _crd(versions=[{"name": "v1", "served": True, "storage": False}, {"name": "v2", "served": True, "storage": True}])
    assert "path" in " ".join(fact_problems(fact, [no_path]))
    assert "conversionReviewVersions" in " ".join(fact_problems(fact, [old_review]))
    assert "stores ['v2']" in " ".join(fact_problems(fact, [wrong_storage]))
    assert "not shipped" in " ".join(fact_problems(fact, []))


def test_checker_holds_fields_the_crd_schema_must_keep():
    crd = _crd(versions=[
        {"name": "v1", "served": True, "storage": True, "schema": {"openAPIV3Schema": {"type": "object", "properties": {
            "spec": {"type": "object", "properties": {"kept": {"type": "string"}, "open": {
                "type": "object", "x-kubernetes-preserve-unknown-fields": True}}}}}}}])
    fact = _fact("crd", {"name": "things.x.io", "keeps": {"v1": ["spec.kept", "spec.open.anything"]}})
    assert fact_problems(fact, [crd]) == []
    pruned = fact_problems(_fact("crd", {"name": "things.x.io", "keeps": {"v1": ["spec.protocol"]}}), [crd])
    assert pruned == ["CRD things.x.io v1: schema prunes 'spec.protocol', which the program writes or reads"]
    assert "no version 'v2'" in fact_problems(_fact("crd", {"name": "things.x.io", "keeps": {"v2": ["spec.kept"]}}), [crd])[0]
    assert fact_problems(_fact("crd", {"name": "things.x.io", "serves": ["v1"]}), [crd]) == []
    assert "does not serve ['v2']" in fact_problems(_fact("crd", {"name": "things.x.io", "serves": ["v1", "v2"]}), [crd])[0]


def test_checker_holds_capabilities_root_filesystem_and_user():
    context = {"runAsUser": 0, "readOnlyRootFilesystem": True, "capabilities": {"drop": ["ALL"], "add": ["NET_ADMIN"]}}
    objects = [_deployment(securityContext=context)]
    assert fact_problems(_fact("security", {**W, "add": ["NET_ADMIN"], "run_as_user": 0}), objects) == []
    problems = fact_problems(_fact("security", {**W, "add": ["SYS_ADMIN"], "writable_root": True, "run_as_user": 1000}), objects)
    assert [p.split(": ", 1)[1].split(" ")[0] for p in problems] == ["capabilities", "readOnlyRootFilesystem", "runs"]


def test_checker_holds_webhook_service_path_and_policy():
    config = {"apiVersion": "admissionregistration.k8s.io/v1", "kind": "ValidatingWebhookConfiguration", "metadata": {"name": "hooks"},
              "webhooks": [{"name": "v.x.io", "failurePolicy": "Ignore", "sideEffects": "None",
                            "clientConfig": {"service": {"namespace": "ns", "name": "svc", "path": "/validate"}}}]}
    fact = _fact("webhook", {"configuration": "ValidatingWebhookConfiguration/hooks", "webhook": "v.x.io",
                             "service": "ns/svc", "path": "/validate", "port": 443, "failurePolicy": "Fail"})
    assert fact_problems(fact, [config]) == ["ValidatingWebhookConfiguration/hooks v.x.io: failurePolicy 'Ignore', upstream 'Fail'"]
    versions = _fact("webhook", {"configuration": "ValidatingWebhookConfiguration/hooks", "webhook": "v.x.io",
                                 "admissionReviewVersions": ["v1beta1", "v1"]})
    config["webhooks"][0]["admissionReviewVersions"] = ["v1", "v1beta1"]
    assert fact_problems(versions, [config]) == [
        "ValidatingWebhookConfiguration/hooks v.x.io: admissionReviewVersions ['v1', 'v1beta1'], upstream ['v1beta1', 'v1']"]
    config["webhooks"][0]["admissionReviewVersions"] = ["v1beta1", "v1"]
    assert fact_problems(versions, [config]) == []


def test_checker_holds_service_ports_and_configmap_keys():
    service = {"apiVersion": "v1", "kind": "Service", "metadata": {"name": "app", "namespace": "ns"},
               "spec": {"selector": {"app": "app"}, "ports": [{"port": 80, "targetPort": "http"}]}}
    configmap = {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "cfg", "namespace": "ns"}, "data": {"a": "1"}}
    objects = [_deployment(), service, configmap]
    assert fact_problems(_fact("service", {"name": "ns/app", "ports": [{"port": 80, "targetPort": 8080}]}), objects) == []
    assert fact_problems(_fact("service", {"name": "ns/app", "ports": [{"port": 80, "targetPort": 9090}]}), objects)
    assert fact_problems(_fact("service", {"name": "ns/app", "ports": [{"port": 8888}]}), objects)
    assert fact_problems(_fact("configmap", {"name": "ns/cfg", "keys": ["a"]}), objects) == []
    assert fact_problems(_fact("configmap", {"name": "ns/cfg", "keys": ["b"]}), objects) == ["ConfigMap ns/cfg: no key 'b' (['a'])"]
    labelled = {**configmap, "metadata": {**configmap["metadata"], "labels": {"role": "templates"}}}
    assert fact_problems(_fact("configmap", {"name": "ns/cfg", "labels": {"role": "templates"}}), [labelled]) == []
    assert fact_problems(_fact("configmap", {"name": "ns/cfg", "labels": {"role": "templates"}}), objects) == [
        "ConfigMap ns/cfg: label role=None, upstream 'templates'"]


def test_checker_evaluates_rbac_through_bindings_and_aggregation():
    aggregated = {"kind": "ClusterRole", "metadata": {"name": "agg"},
                  "aggregationRule": {"clusterRoleSelectors": [{"matchLabels": {"to-agg": "true"}}]}, "rules": []}
    part = {"kind": "ClusterRole", "metadata": {"name": "part", "labels": {"to-agg": "true"}},
            "rules": [{"apiGroups": [""], "resources": ["secrets"], "verbs": ["get", "list", "watch"]}]}
    binding = {"kind": "ClusterRoleBinding", "metadata": {"name": "b"}, "roleRef": {"kind": "ClusterRole", "name": "agg"},
               "subjects": [{"kind": "ServiceAccount", "name": "sa", "namespace": "ns"}]}
    role = {"kind": "Role", "metadata": {"name": "leases", "namespace": "ns"},
            "rules": [{"apiGroups": ["coordination.k8s.io"], "resources": ["leases"], "verbs": ["*"]}]}
    role_binding = {"kind": "RoleBinding", "metadata": {"name": "rb", "namespace": "ns"}, "roleRef": {"kind": "Role", "name": "leases"},
                    "subjects": [{"kind": "ServiceAccount", "name": "sa"}]}
    objects = [aggregated, part, binding, role, role_binding]
    secrets = {"subject": "ns/sa", "rules": [{"apiGroups": [""], "resources": ["secrets"], "verbs": ["list", "watch"]}]}
    leases = {"subject": "ns/sa", "namespace": "ns", "rules": [{"apiGroups": ["coordination.k8s.io"], "resources": ["leases"],
                                                              "verbs": ["create", "update"]}]}
    assert fact_problems(_fact("rbac", secrets), objects) == []
    assert fact_problems(_fact("rbac", leases), objects) == []
    # A namespaced grant is not a cluster-wide one, and an unbound role grants nothing.
    assert fact_problems(_fact("rbac", {**leases, "namespace": None}), objects)
    assert fact_problems(_fact("rbac", secrets), [aggregated, part])
    events = {"subject": "ns/sa", "rules": [{"apiGroups": [""], "resources": ["events"], "verbs": ["create"]}]}
    assert fact_problems(_fact("rbac", events), objects) == ["ServiceAccount ns/sa: cannot ['create'] events.core cluster-wide"]


def test_unlisted_difference_fails_and_stale_deviation_fails():
    objects = charts_for("dev-kube2iam").objects
    facts_file = next(f for f in FACTS if f.component == "kube2iam")
    assert conformance_problems(facts_file, objects, {}) == []
    stale = conformance_problems(facts_file, objects, {"kube2iam/flags": "a reason that is long enough to read"})
    assert stale == ["kube2iam/flags: listed in deviations.yaml but conforms now; remove the deviation"]
    broken = copy.deepcopy(objects)
    daemonset = find(broken, "kube2iam/DaemonSet/kube2iam")
    daemonset["spec"]["template"]["spec"]["containers"][0]["args"].remove("--namespace-restrictions")
    assert any("--namespace-restrictions" in p for p in conformance_problems(facts_file, broken, {}))


def test_malformed_facts_file_is_rejected_with_every_problem(tmp_path):
    bad = tmp_path / "thing.yaml"
    bad.write_text("component: other\npresent_if: nope\nsources: {up: {repository: a/b}}\n"
                   "facts:\n  - id: x\n    source: {ref: missing, path: p}\n    image: {}\n    args: {}\n")
    with pytest.raises(ValueError) as error:
        load_facts_file(bad)
    message = str(error.value)
    for says in ("must equal the file name", "present_if", "sources.up", "exactly one of"):
        assert says in message
