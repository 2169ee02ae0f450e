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


# ------------------------------------------------------------------------------- model endpoints: programs

def _seldon_rest_mapping(namespace: str, model: str) -> dict:
    """The Mapping Seldon Core 1.17.1's operator writes for a model with AMBASSADOR_VERSION=v2 and namespaced
    routes (operator/controllers/ambassador/v2.go): prefix, rewrite, service, timeout; never `bypass_auth`."""
    from k8s_charts.seldon.model_deployments_chart import gateway_route, predictor_service

    return {"apiVersion": "getambassador.io/v2", "kind": "Mapping",
            "metadata": {"name": f"seldon-{namespace}-{model}-main-rest", "namespace": namespace},
            "spec": {"prefix": gateway_route(namespace, model), "rewrite": "/", "cluster_tag": "seldon_http",
                     "service": f"{predictor_service(model)}.{namespace}:8000", "timeout_ms": 3000}}


def _container(charts, kind: str, name: str, namespace: str) -> dict:
    return charts.one(kind, name, namespace)["spec"]["template"]["spec"]["containers"][0]


def test_model_endpoints_are_behind_the_same_auth_service():
    """The operator writes v2 Mappings (the code path without `seldon.io/ambassador-config` passthrough and
    without bypass_auth); the one global AuthService covers them, and the model paths are oauth2-proxy API routes."""
    import re

    from k8s_charts.kubeflow.login_oauth2_proxy import MODEL_API_ROUTES
    from k8s_charts.seldon.model_deployments_chart import gateway_route

    prod = pipelines_charts_for("prod")
    env = {e["name"]: e.get("value") for e in _container(prod, "Deployment", "seldon-controller-manager", "seldon-system")["env"]}
    assert env["AMBASSADOR_ENABLED"] == "true" and env["AMBASSADOR_VERSION"] == "v2"
    assert env["AMBASSADOR_SINGLE_NAMESPACE"] == "false"
    model_route = _seldon_rest_mapping("ml-serving", "churn")
    assert auth_chain_problems([*prod.objects, model_route]) == []
    assert "ambassador_id" not in prod.one("AuthService", AUTH_SERVICE, "emissary")["spec"]  # covers the default id
    bypass = dict(model_route, spec={**model_route["spec"], "bypass_auth": True})
    assert any("bypass_auth" in p for p in auth_chain_problems([*prod.objects, bypass]))
    # No declared model asks the operator for a hand-written Mapping (the v1 path's custom-config annotation).
    for variant in ("dev", "prod"):
        for sdep in pipelines_charts_for(variant).find("SeldonDeployment"):
            assert "seldon.io/ambassador-config" not in sdep["metadata"].get("annotations", {})
    args = _container(prod, "Deployment", "oauth2-proxy", "kubeflow")["args"]
    routes = [a.split("=", 1)[1] for a in args if a.startswith("--api-route=")]
    assert routes == list(MODEL_API_ROUTES)
    assert re.match(routes[0], gateway_route("ml-serving", "churn")) and re.match(routes[1], "/seldon.protos.Seldon/Predict")
    assert not any(re.match(r, p) for r in routes for p in UI_PREFIXES)  # browsers keep the login redirect


def test_oauth2_proxy_accepts_bearer_tokens_of_the_pools_machine_clients_only():
    prod = pipelines_charts_for("prod")
    login = shipped_login("prod")
    assert login.machine_client_ids  # prod declares a machine client
    args = _container(prod, "Deployment", "oauth2-proxy", "kubeflow")["args"]
    assert "--skip-jwt-bearer-tokens=true" in args
    # The gateway hands the program's Authorization header to oauth2-proxy.
    assert "authorization" in prod.one("AuthService", AUTH_SERVICE, "emissary")["spec"]["allowed_request_headers"]
    issuers = [a.split("=", 1)[1] for a in args if a.startswith("--extra-jwt-issuers=")]
    # Same pool as the browser login; audience = each machine client's id, nothing else.
    assert issuers == [f"{login.issuer_url}={client_id}" for client_id in login.machine_client_ids]
    config = yaml.safe_load(prod.one("ConfigMap", "oauth2-proxy", "kubeflow")["data"]["oauth2_proxy.yaml"])
    oidc = config["providers"][0]["oidcConfig"]
    assert oidc["issuerURL"] == login.issuer_url
    # `aud` first (ID tokens), then Cognito access tokens' `client_id`.
    assert oidc["audienceClaims"] == ["aud", "client_id"]
    # A restricted e-mail domain still admits the clients: their session e-mail is their id, listed in this file.
    assert "--email-domain=example.com" in args
    [emails_file] = [a.split("=", 1)[1] for a in args if a.startswith("--authenticated-emails-file=")]
    listed = prod.one("ConfigMap", "oauth2-proxy", "kubeflow")["data"][emails_file.rsplit("/", 1)[1]].split()
    assert listed == list(login.machine_client_ids)
    mounts = {m["mountPath"] for m in _container(prod, "Deployment", "oauth2-proxy", "kubeflow")["volumeMounts"]}
    assert emails_file.rsplit("/", 1)[0] in mounts


def test_without_machine_clients_no_bearer_token_is_accepted():
    import dataclasses

    from k8s_charts.kubeflow.login_oauth2_proxy import LoginChart, alpha_config

    login = dataclasses.replace(shipped_login("prod"), machine_client_ids=())
    chart = LoginChart(cdk8s.App(), "login", props=login)
    objects = chart.to_json()
    args = next(o for o in objects if o["kind"] == "Deployment")["spec"]["template"]["spec"]["containers"][0]["args"]
    assert not [a for a in args if a.startswith(("--skip-jwt-bearer-tokens", "--extra-jwt-issuers", "--authenticated-emails-file"))]
    assert alpha_config(login)["providers"][0]["oidcConfig"]["audienceClaims"] == ["aud"]
    assert "machine-clients" not in next(o for o in objects if o["kind"] == "ConfigMap")["data"]


def shipped_login(variant: str):
    from k8s_charts.kubeflow.pipelines_install import backing_ref_from_config
    from tests.conftest import shipped_config

    return backing_ref_from_config(shipped_config(variant)).login
