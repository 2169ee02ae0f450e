"""The auth chain: every route to a UI goes through the SSO AuthService, the user header comes only from
oauth2-proxy's verified e-mail, and a client cannot set it."""

from __future__ import annotations

import cdk8s
import pytest
import yaml

from k8s_charts.kubeflow.common import USERID_HEADER
from k8s_charts.kubeflow.gateway_routes import ROUTES, GatewayRoutesChart, RoutesProps
from k8s_charts.kubeflow.login_oauth2_proxy import AUTH_SERVICE
from tests.k8s_charts.kubeflow.conftest import pipelines_charts_for

# Dashboard, notebooks, pipelines UI + API (+ the ML Metadata gRPC-web the pipelines UI calls), Katib.
UI_PREFIXES = {"/", "/jupyter/", "/pipeline/", "/pipeline/apis/", "/ml_metadata", "/katib/"}


def auth_chain_problems(objects: list[dict]) -> list[str]:
    """Every Mapping must be covered by an allowing-only-on-2xx AuthService that owns the user header."""
    problems = []
    mappings = [o for o in objects if o["kind"] == "Mapping"]
    services = [o for o in objects if o["kind"] == "AuthService"]
    if mappings and len(services) != 1:
        problems.append(f"{len(services)} AuthServices for {len(mappings)} Mappings: exactly one must cover every route")
    for svc in services:
        spec = svc["spec"]
        if spec.get("path_prefix"):
            problems.append(f"AuthService {svc['metadata']['name']}: path_prefix {spec['path_prefix']!r} lets other paths skip auth")
        if USERID_HEADER not in spec.get("allowed_authorization_headers", []):
            problems.append(f"AuthService {svc['metadata']['name']}: {USERID_HEADER} not copied from the auth response")
        if USERID_HEADER in spec.get("allowed_request_headers", []):
            problems.append(f"AuthService {svc['metadata']['name']}: forwards the client's {USERID_HEADER}")
        if spec.get("failure_mode_allow"):
            problems.append(f"AuthService {svc['metadata']['name']}: failure_mode_allow lets requests in when auth is down")
    for m in mappings:
        if m["spec"].get("bypass_auth"):
            problems.append(f"Mapping {m['metadata']['name']}: bypass_auth")
    return problems


def test_every_ui_route_goes_through_the_auth_service():
    for variant in ("staging", "prod", "prod-kube2iam"):
        charts = pipelines_charts_for(variant)
        assert auth_chain_problems(charts.objects) == []  # every Mapping of the platform, Grafana's included
        mappings = [m for m in charts.find("Mapping") if m["metadata"]["name"].startswith("kubeflow-")]
        assert {m["spec"]["prefix"] for m in mappings} == UI_PREFIXES
        host = charts.props.platform_services.gateway.hostname
        assert {m["spec"]["hostname"] for m in mappings} == {host}


def test_gate_rejects_a_bypass_a_prefix_and_a_forwarded_header():
    objects = pipelines_charts_for("prod").objects
    bypass = [dict(o, spec={**o["spec"], "bypass_auth": True}) if o["kind"] == "Mapping" else o for o in objects]
    assert any("bypass_auth" in p for p in auth_chain_problems(bypass))
    def patched(**spec):
        return [dict(o, spec={**o["spec"], **spec}) if o["kind"] == "AuthService" else o for o in objects]
    assert any("path_prefix" in p for p in auth_chain_problems(patched(path_prefix="/oauth2/auth")))
    assert any("forwards the client's" in p for p in auth_chain_problems(patched(allowed_request_headers=[USERID_HEADER])))
    assert any("not copied" in p for p in auth_chain_problems(patched(allowed_authorization_headers=["set-cookie"])))
    assert any("exactly one" in p for p in auth_chain_problems([o for o in objects if o["kind"] != "AuthService"]))


def test_no_login_means_no_kubeflow_route_at_all():
    dev = pipelines_charts_for("dev")
    assert not [m for m in dev.find("Mapping") if m["metadata"]["name"].startswith("kubeflow-")]
    assert not dev.find("AuthService") and not dev.find("Deployment", "oauth2-proxy")


def test_routes_refuse_a_gateway_without_the_oauth2_proxy_hook():
    import dataclasses

    from k8s_charts.platform_charts import synth_objects

    prod = pipelines_charts_for("prod")
    with pytest.raises(ValueError, match="UI routes would be unauthenticated"):
        synth_objects(dataclasses.replace(prod.props, gateway_auth=None))


def test_routes_refuse_to_exist_without_the_auth_service():
    with pytest.raises(ValueError, match="never routed without authentication"):
        GatewayRoutesChart(cdk8s.App(), "r", props=RoutesProps(hostname="h.example.com", kubernetes_version="1.35", auth_service=""))


def test_user_header_is_the_verified_email_claim_from_cognito():
    charts = pipelines_charts_for("prod")
    config = yaml.safe_load(charts.one("ConfigMap", "oauth2-proxy", "kubeflow")["data"]["oauth2_proxy.yaml"])
    assert config["injectResponseHeaders"] == [{"name": USERID_HEADER, "values": [{"claimSource": {"claim": "email"}}]}]
    provider = config["providers"][0]
    assert provider["provider"] == "oidc" and provider["oidcConfig"]["issuerURL"].startswith("https://cognito-idp.eu-west-1.amazonaws.com/")
    assert provider["clientSecretFile"].startswith("/etc/oauth2-proxy/secrets/") and "clientSecret" not in provider
    # The only upstream is a static 200: oauth2-proxy answers the auth decision, it proxies nothing.
    assert config["upstreamConfig"]["upstreams"] == [{"id": "authorized", "path": "/", "static": True, "staticCode": 200}]
    auth = charts.one("AuthService", AUTH_SERVICE, "emissary")["spec"]
    assert auth["auth_service"] == "oauth2-proxy.kubeflow:4180" and auth["proto"] == "http"
    assert auth.get("path_prefix", "") == ""


def test_oauth2_proxy_secrets_come_from_secrets_manager_by_name():
    charts = pipelines_charts_for("prod")
    external = charts.one("ExternalSecret", "oauth2-proxy", "kubeflow")["spec"]
    assert {d["secretKey"] for d in external["data"]} == {"client-secret", "cookie-secret"}
    assert all(d["remoteRef"]["key"].startswith("mlplatform-prod-users/") for d in external["data"])
    deployment = charts.one("Deployment", "oauth2-proxy", "kubeflow")
    container = deployment["spec"]["template"]["spec"]["containers"][0]
    assert container["image"].startswith("quay.io/oauth2-proxy/oauth2-proxy:v7.")
    assert "--cookie-secure=true" in container["args"]
    assert f"--redirect-url=https://{charts.props.platform_services.gateway.hostname}/oauth2/callback" in container["args"]


def test_every_route_targets_a_kubeflow_service():
    assert {prefix for _, prefix, _, _ in ROUTES} == UI_PREFIXES
