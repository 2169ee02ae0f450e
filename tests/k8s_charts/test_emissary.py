"""The Ambassador API gateway: HA, NLB per config with ACM TLS, Listener/Host, AuthService hook, CRDs."""

from __future__ import annotations

import dataclasses

from k8s_charts.platform_charts import synth_objects
from k8s_charts.props import AuthHook
from tests.conftest import shipped_config
from tests.support.k8s_gates import custom_resource_problems, reference_problems

NLB = "service.beta.kubernetes.io/aws-load-balancer-"


def test_gateway_is_ha_spread_over_zones_with_a_disruption_budget(charts):
    gateway = charts.props.platform_services.gateway
    deployment = charts.one("Deployment", "emissary-ingress", "emissary")
    assert deployment["spec"]["replicas"] == gateway.replicas
    spread = deployment["spec"]["template"]["spec"]["topologySpreadConstraints"]
    assert spread[0]["topologyKey"] == "topology.kubernetes.io/zone"
    assert charts.one("PodDisruptionBudget", "emissary-ingress", "emissary")["spec"]["minAvailable"] == gateway.replicas - 1


def test_service_is_an_nlb_with_the_configured_scheme_and_certificate(charts):
    gateway = charts.props.platform_services.gateway
    service = charts.one("Service", "emissary-ingress", "emissary")
    annotations = service["metadata"]["annotations"]
    assert service["spec"]["type"] == "LoadBalancer" and service["spec"]["loadBalancerClass"] == "service.k8s.aws/nlb"
    assert annotations[f"{NLB}scheme"] == gateway.scheme
    assert annotations[f"{NLB}ssl-cert"] == gateway.certificate_arn
    assert annotations[f"{NLB}ssl-ports"] == "https"
    assert [(p["port"], p["targetPort"]) for p in service["spec"]["ports"]] == [(443, "http")]
    expected = list(gateway.allowed_cidrs) or [charts.props.vpc_cidr]
    if gateway.scheme == "internal":
        expected += list(charts.props.peer_cidrs)
    assert service["spec"]["loadBalancerSourceRanges"] == expected


def test_internal_gateway_admits_every_corporate_peer(charts):
    """The controller turns the source ranges into the NLB security group's rules: each routed peer is one."""
    gateway = charts.props.platform_services.gateway
    ranges = charts.one("Service", "emissary-ingress", "emissary")["spec"]["loadBalancerSourceRanges"]
    if gateway.scheme == "internal":
        assert set(charts.props.peer_cidrs) <= set(ranges)
    assert charts.props.peer_cidrs == shipped_config(charts.variant).network.peer_cidrs


def test_peers_are_admitted_only_by_an_internal_gateway():
    from k8s_charts.emissary import EmissaryProps
    from platform_config.platform_services import GatewayConfig

    internal = EmissaryProps(kubernetes_version="1.35", identity_mode="pod-identity", vpc_cidr="10.42.0.0/16",
                             gateway=GatewayConfig(scheme="internal"), peer_cidrs=("10.0.0.0/16",))
    assert internal.source_ranges() == ["10.42.0.0/16", "10.0.0.0/16"]
    public = GatewayConfig(scheme="internet-facing", allowed_cidrs=("203.0.113.0/24",),
                           certificate_arn="arn:aws:acm:eu-west-1:111111111111:certificate/0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d")
    facing = EmissaryProps(kubernetes_version="1.35", identity_mode="pod-identity", vpc_cidr="10.42.0.0/16",
                           gateway=public, peer_cidrs=("10.0.0.0/16",))
    assert facing.source_ranges() == ["203.0.113.0/24"]


def test_internet_facing_only_where_configured(dev_charts, prod_charts):
    scheme = lambda c: c.one("Service", "emissary-ingress", "emissary")["metadata"]["annotations"][f"{NLB}scheme"]  # noqa: E731
    assert scheme(dev_charts) == "internet-facing" and scheme(prod_charts) == "internal"


def test_listener_and_host_accept_the_nlb_traffic(charts):
    listener = charts.one("Listener", "emissary-ingress-http", "emissary")
    container = charts.one("Deployment", "emissary-ingress", "emissary")["spec"]["template"]["spec"]["containers"][0]
    assert listener["spec"]["port"] in [p["containerPort"] for p in container["ports"]]
    assert listener["spec"]["securityModel"] == "SECURE"
    host = charts.one("Host", "platform", "emissary")
    assert host["spec"]["hostname"] == charts.props.platform_services.gateway.hostname


def test_auth_service_hook_appears_when_the_login_sets_it(dev_charts):
    assert not dev_charts.find("AuthService")
    hook = AuthHook(service="oauth2-proxy.auth:4180")
    objects = synth_objects(dataclasses.replace(dev_charts.props, gateway_auth=hook))
    auth = next(o for o in objects["emissary"] if o["kind"] == "AuthService")
    assert auth["spec"]["auth_service"] == "oauth2-proxy.auth:4180"
    assert "kubeflow-userid" in auth["spec"]["allowed_authorization_headers"]
    everything = [o for chart in objects.values() for o in chart]
    assert custom_resource_problems(everything) == []
    # Until the login chart ships oauth2-proxy, the reference gate says what is missing.
    assert any("oauth2-proxy.auth:4180" in p for p in reference_problems(everything))


def _ambassador_crds(charts) -> dict[str, dict]:
    return {o["spec"]["names"]["kind"]: o for o in charts.find("CustomResourceDefinition")
            if o["spec"]["group"] == "getambassador.io"}


def test_crds_serve_and_store_the_versions_upstream_3_10_ships(dev_charts):
    """v2 stored, v1/v2/v3alpha1 served (Host: no v1); Listener exists only as v3alpha1 (emissary-crds.yaml.in)."""
    crds = _ambassador_crds(dev_charts)
    assert len(crds) == 14 and {"Mapping", "Host", "Listener", "AuthService", "Module", "TLSContext"} <= set(crds)
    for kind, crd in crds.items():
        versions = {v["name"]: (v["served"], v["storage"]) for v in crd["spec"]["versions"]}
        if kind == "Listener":
            assert versions == {"v3alpha1": (True, True)}
            assert "conversion" not in crd["spec"]  # one version: nothing to convert, apiext skips it
        elif kind == "Host":
            assert versions == {"v2": (True, True), "v3alpha1": (True, False)}
        else:
            assert versions == {"v1": (True, False), "v2": (True, True), "v3alpha1": (True, False)}, kind


def test_conversion_webhook_calls_apiext_where_it_listens_with_review_v1(dev_charts):
    """apiext answers only /webhooks/crd-convert, with ConversionReview v1: without the path and version every
    v3alpha1 read and write of a v2-stored kind fails, and Emissary never gets its configuration."""
    converted = [crd for crd in _ambassador_crds(dev_charts).values() if len(crd["spec"]["versions"]) > 1]
    assert len(converted) == 13
    for crd in converted:
        webhook = crd["spec"]["conversion"]["webhook"]
        assert crd["spec"]["conversion"]["strategy"] == "Webhook"
        assert webhook["clientConfig"]["service"] == {
            "name": "emissary-apiext", "namespace": "emissary-system", "path": "/webhooks/crd-convert", "port": 443}
        assert webhook["conversionReviewVersions"] == ["v1"]
    service = dev_charts.one("Service", "emissary-apiext", "emissary-system")
    apiext = dev_charts.one("Deployment", "emissary-apiext", "emissary-system")["spec"]["template"]["spec"]["containers"][0]
    target = {p["name"]: p["containerPort"] for p in apiext["ports"]}[service["spec"]["ports"][0]["targetPort"]]
    assert service["spec"]["ports"][0]["port"] == 443 and target == 8443


def test_apiext_label_selector_picks_exactly_the_crds_it_converts(dev_charts):
    apiext = dev_charts.one("Deployment", "emissary-apiext", "emissary-system")["spec"]["template"]["spec"]["containers"][0]
    assert apiext["command"] == ["apiext", "emissary-apiext"]
    args = apiext["args"]
    selector = dict(pair.split("=", 1) for pair in args[args.index("--crd-label-selector") + 1].split(","))
    assert selector == {"app.kubernetes.io/part-of": "emissary-apiext"}
    selected = {o["metadata"]["name"] for o in dev_charts.find("CustomResourceDefinition")
                if all(o["metadata"].get("labels", {}).get(k) == v for k, v in selector.items())}
    assert selected == {crd["metadata"]["name"] for crd in _ambassador_crds(dev_charts).values()}
    # apiext may update only those CRDs (and their status), by name.
    names = {crd["metadata"]["name"] for crd in _ambassador_crds(dev_charts).values()}
    assert _can(dev_charts, "emissary-system/emissary-apiext", "apiextensions.k8s.io", "customresourcedefinitions",
                "update", names=sorted(names))
    assert _can(dev_charts, "emissary-system/emissary-apiext", "apiextensions.k8s.io", "customresourcedefinitions/status",
                "update", names=sorted(names))


def _can(charts, subject: str, group: str, resource: str, verb: str, *, namespace: str | None = None,
         names: list[str] | None = None) -> bool:
    from tests.support.upstream_facts import _allows, effective_rules
    sa_namespace, name = subject.split("/")
    rules = effective_rules(charts.objects, namespace=sa_namespace, service_account=name, scope=namespace)
    return _allows(rules, group, resource, verb, names)


def test_apiext_may_keep_its_ca_secret_elect_a_leader_and_record_events(dev_charts):
    """controller-runtime caches (list+watch) the Secrets of its namespace and elects a leader with a Lease; without
    these apiext never gets its CA, stays unready and no CRD gets a caBundle."""
    sa, ns = "emissary-system/emissary-apiext", "emissary-system"
    for verb in ("create", "list", "watch"):
        assert _can(dev_charts, sa, "", "secrets", verb, namespace=ns), verb
    for verb in ("get", "update"):
        assert _can(dev_charts, sa, "", "secrets", verb, namespace=ns, names=["emissary-ingress-webhook-ca"]), verb
        assert _can(dev_charts, sa, "coordination.k8s.io", "leases", verb, namespace=ns,
                    names=["emissary-ca-mgr-leader"]), verb
    assert _can(dev_charts, sa, "coordination.k8s.io", "leases", "create", namespace=ns)
    assert _can(dev_charts, sa, "", "events", "create", namespace=ns)
    # Only its own Secret is readable by name: no get on every Secret of the namespace.
    assert not _can(dev_charts, sa, "", "secrets", "get", namespace=ns, names=["some-other-secret"])


def test_gateway_starts_only_after_apiext_has_rolled_out(dev_charts):
    pod = dev_charts.one("Deployment", "emissary-ingress", "emissary")["spec"]["template"]["spec"]
    [wait] = pod["initContainers"]
    assert wait["name"] == "wait-for-apiext" and wait["image"].startswith("registry.k8s.io/kubectl:v1.")
    assert wait["args"][:4] == ["rollout", "status", "deployment/emissary-apiext", "--namespace=emissary-system"]
    assert pod["automountServiceAccountToken"] is True
    for verb in ("get", "list", "watch"):
        assert _can(dev_charts, "emissary/emissary-ingress", "apps", "deployments", verb, namespace="emissary-system")
    # kubectl writes its discovery cache on the writable /tmp volume (the root filesystem is read-only).
    assert {"name": "tmp", "mountPath": "/tmp"} in wait["volumeMounts"]
