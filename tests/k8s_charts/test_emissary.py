"""The Ambassador API gateway: HA, NLB per config with ACM TLS, Listener/Host, AuthService hook, CRDs."""

from __future__ import annotations

import dataclasses

from k8s_charts.platform_charts import synth_objects
from k8s_charts.props import AuthHook
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
    assert service["spec"]["loadBalancerSourceRanges"] == (list(gateway.allowed_cidrs) or [charts.props.vpc_cidr])


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


def test_crds_are_converted_by_apiext_and_served_as_v3alpha1(dev_charts):
    crds = {o["spec"]["names"]["kind"]: o for o in dev_charts.find("CustomResourceDefinition")
            if o["spec"]["group"] == "getambassador.io"}
    assert {"Mapping", "Host", "Listener", "AuthService", "Module"} <= set(crds)
    for crd in crds.values():
        assert crd["spec"]["conversion"]["webhook"]["clientConfig"]["service"] == {
            "name": "emissary-apiext", "namespace": "emissary-system", "port": 443}
        versions = {v["name"]: (v["served"], v["storage"]) for v in crd["spec"]["versions"]}
        assert versions["v3alpha1"] == (True, False) and versions["v2"] == (True, True)
        assert crd["metadata"]["labels"]["app.kubernetes.io/part-of"] == "emissary-apiext"
    apiext = dev_charts.one("Deployment", "emissary-apiext", "emissary-system")
    assert apiext["spec"]["template"]["spec"]["containers"][0]["command"] == ["apiext", "emissary-apiext"]
