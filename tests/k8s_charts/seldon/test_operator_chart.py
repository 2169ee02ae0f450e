"""Seldon Core operator: pinned 1.17.1, Ambassador on, webhook wired to its cert-manager certificate."""

from __future__ import annotations

import json

from k8s_charts.seldon.operator_chart import CERT_SECRET, CERTIFICATE, WEBHOOK_SERVICE, manager_rules
from k8s_charts.seldon.props import OPERATOR_METRICS_PORT, OPERATOR_WEBHOOK_PORT
from tests.k8s_charts.seldon.support import of_kind, one


def _manager(objects, ns):
    deployment = one(objects, "Deployment", "seldon-controller-manager")
    assert deployment["metadata"]["namespace"] == ns
    return deployment, deployment["spec"]["template"]["spec"]["containers"][0]


def test_operator_image_and_ambassador_settings(serving):
    _, props, _, objects = serving
    _, manager = _manager(objects, props.serving.operator_namespace)
    assert manager["image"] == "docker.io/seldonio/seldon-core-operator:1.17.1"
    env = {e["name"]: e.get("value") for e in manager["env"]}
    assert env["AMBASSADOR_ENABLED"] == "true"
    assert env["AMBASSADOR_VERSION"] == "v2"
    assert env["AMBASSADOR_SINGLE_NAMESPACE"] == "false"
    assert env["ISTIO_ENABLED"] == "false"
    assert env["EXECUTOR_CONTAINER_IMAGE_AND_VERSION"] == "docker.io/seldonio/seldon-core-executor:1.17.1"
    assert env["EXECUTOR_CONTAINER_SERVICE_ACCOUNT_NAME"] == props.service_account
    assert f"--webhook-port={OPERATOR_WEBHOOK_PORT}" in manager["args"]
    assert f"--metrics-addr=:{OPERATOR_METRICS_PORT}" in manager["args"]
    ports = {p["name"]: p["containerPort"] for p in manager["ports"]}
    assert ports == {"webhook-server": OPERATOR_WEBHOOK_PORT, "metrics": OPERATOR_METRICS_PORT}


def test_webhook_is_wired_to_its_certificate(serving):
    _, props, _, objects = serving
    ns = props.serving.operator_namespace
    webhook = one(objects, "ValidatingWebhookConfiguration", f"seldon-validating-webhook-configuration-{ns}")
    cert = one(objects, "Certificate", CERTIFICATE)
    assert webhook["metadata"]["annotations"]["cert-manager.io/inject-ca-from"] == f"{ns}/{cert['metadata']['name']}"
    assert cert["metadata"]["namespace"] == ns
    issuer = one(objects, "Issuer", cert["spec"]["issuerRef"]["name"])
    assert issuer["metadata"]["namespace"] == ns and "selfSigned" in issuer["spec"]
    (hook,) = webhook["webhooks"]
    service = hook["clientConfig"]["service"]
    assert service["name"] == WEBHOOK_SERVICE and service["namespace"] == ns
    assert hook["clientConfig"]["service"]["path"] == "/validate-machinelearning-seldon-io-v1-seldondeployment"
    assert "caBundle" not in hook["clientConfig"], "cert-manager's CA injector fills the bundle"
    assert f"{WEBHOOK_SERVICE}.{ns}.svc" in cert["spec"]["dnsNames"]
    assert hook["rules"][0]["resources"] == ["seldondeployments"] and hook["failurePolicy"] == "Fail"
    # The certificate's secret is what the manager serves the webhook with, on the port the Service targets.
    deployment, manager = _manager(objects, ns)
    volumes = {v["name"]: v for v in deployment["spec"]["template"]["spec"]["volumes"]}
    mount = next(m for m in manager["volumeMounts"] if m["mountPath"] == "/tmp/k8s-webhook-server/serving-certs")
    assert volumes[mount["name"]]["secret"]["secretName"] == cert["spec"]["secretName"] == CERT_SECRET
    svc = one(objects, "Service", WEBHOOK_SERVICE)
    assert svc["spec"]["ports"][0]["targetPort"] == OPERATOR_WEBHOOK_PORT
    assert svc["spec"]["selector"] == deployment["spec"]["template"]["metadata"]["labels"]


def test_operator_config_lists_the_prepackaged_servers_with_pinned_images(dev_serving):
    _, _, _, objects = dev_serving
    data = one(objects, "ConfigMap", "seldon-config")["data"]
    servers = json.loads(data["predictor_servers"])
    assert {"SKLEARN_SERVER", "XGBOOST_SERVER", "TENSORFLOW_SERVER", "TRITON_SERVER"} <= set(servers)
    assert servers["SKLEARN_SERVER"]["protocols"]["v2"]["image"] == "docker.io/seldonio/mlserver", "MLServer is the v2 runtime"
    for name, server in servers.items():
        for protocol, image in server["protocols"].items():
            assert image["defaultImageVersion"] not in ("", "latest"), (name, protocol)
    assert json.loads(data["storageInitializer"])["image"].endswith(":1.17.1")
    assert json.loads(data["explainer"])["image"].endswith(":1.17.1")


def test_rbac_covers_mappings_and_nothing_for_istio(dev_serving):
    _, _, _, objects = dev_serving
    role = one(objects, "ClusterRole", "seldon-manager-role")
    groups = {g for rule in role["rules"] for g in rule["apiGroups"]}
    assert {"getambassador.io", "machinelearning.seldon.io", "apps", "autoscaling", "policy"} <= groups
    assert "networking.istio.io" not in groups and "keda.sh" not in groups
    assert role["rules"] == manager_rules()
    binding = one(objects, "ClusterRoleBinding", "seldon-manager-rolebinding")
    assert binding["subjects"][0]["name"] == "seldon-manager"


def test_operator_namespace_is_restricted_with_exact_allows(serving):
    _, props, _, objects = serving
    ns = props.serving.operator_namespace
    namespace = one(objects, "Namespace", ns)
    assert namespace["metadata"]["labels"]["pod-security.kubernetes.io/enforce"] == "restricted"
    policies = {p["metadata"]["name"]: p["spec"] for p in of_kind(objects, "NetworkPolicy") if p["metadata"]["namespace"] == ns}
    assert policies["default-deny"]["policyTypes"] == ["Ingress", "Egress"]
    webhook_in = policies["allow-webhook-from-apiserver"]["ingress"][0]
    assert webhook_in["from"] == [{"ipBlock": {"cidr": props.vpc_cidr}}]
    assert webhook_in["ports"] == [{"protocol": "TCP", "port": OPERATOR_WEBHOOK_PORT}]
    metrics_in = policies["allow-metrics-from-monitoring"]["ingress"][0]
    assert metrics_in["from"][0]["namespaceSelector"]["matchLabels"] == {"kubernetes.io/metadata.name": props.monitoring_namespace}
    assert policies["allow-apiserver-egress"]["egress"][0]["ports"] == [{"protocol": "TCP", "port": 443}]


def test_operator_metrics_are_scrapeable(dev_serving):
    _, _, _, objects = dev_serving
    deployment = one(objects, "Deployment", "seldon-controller-manager")
    annotations = deployment["spec"]["template"]["metadata"]["annotations"]
    assert annotations["prometheus.io/scrape"] == "true" and annotations["prometheus.io/port"] == str(OPERATOR_METRICS_PORT)
