"""Seldon Core operator 1.17.1 (the last Apache-2.0 release; later releases are BSL 1.1).

Objects follow the upstream Helm chart of the same release with the Ambassador (Emissary) integration on
(`AMBASSADOR_ENABLED=true`, v2 Mappings at /seldon/<namespace>/<name>/), the webhook certificate from
cert-manager instead of a Helm-generated CA, and RBAC trimmed to what this configuration watches (no Istio,
no KEDA). 1.17.1 registers only a validating webhook; defaulting happens in the controller.
https://github.com/SeldonIO/seldon-core/tree/v1.17.1/helm-charts/seldon-core-operator/templates
"""

from __future__ import annotations

import json

from constructs import Construct

from k8s_charts.base import (
    IMAGE_DIGEST_SKIP,
    PlatformChart,
    checkov_skips,
    container_security_context,
    object_metadata,
    pod_security_context,
    resources,
)
from k8s_charts.imports import certmanager as cm
from k8s_charts.seldon.crd_chart import GROUP
from k8s_charts.seldon.props import (
    EXECUTOR_HTTP_PORT,
    EXECUTOR_IMAGE,
    EXPLAINER_IMAGE,
    EXPLAINER_V2_IMAGE,
    OPERATOR_IMAGE,
    OPERATOR_METRICS_PORT,
    OPERATOR_WEBHOOK_PORT,
    PREDICTOR_SERVERS,
    SELDON_VERSION,
    STORAGE_INITIALIZER_IMAGE,
    ServingProps,
)

SERVICE_ACCOUNT = "seldon-manager"
WEBHOOK_SERVICE = "seldon-webhook-service"
CERTIFICATE = "seldon-serving-cert"
ISSUER = "seldon-selfsigned-issuer"
CERT_SECRET = "seldon-webhook-server-cert"
CONFIG_MAP = "seldon-config"
# The executor and model containers run as this user (upstream default `defaultUserID`/`executor.user`).
SELDON_USER = 8888
OPERATOR_LABELS = {"app": "seldon", "app.kubernetes.io/name": "seldon", "control-plane": "seldon-controller-manager"}
CRUD = ["create", "delete", "get", "list", "patch", "update", "watch"]
STATUS = ["get", "patch", "update"]
READ = ["get", "list", "watch"]


def _rule(group: str, resources_: list[str], verbs: list[str]) -> dict[str, object]:
    return {"apiGroups": [group], "resources": resources_, "verbs": verbs}


def manager_rules() -> list[dict[str, object]]:
    """What the controller reconciles with Ambassador on (upstream clusterrole_seldon-manager-role.yaml,
    without Istio and KEDA, without the `v1` API-group entries that match nothing)."""
    return [
        _rule("", ["events"], ["create", "patch"]),
        _rule("", ["namespaces"], READ),
        _rule("", ["services"], CRUD),
        _rule("", ["services/status"], STATUS),
        _rule("apps", ["deployments"], CRUD),
        _rule("apps", ["deployments/status"], STATUS),
        _rule("autoscaling", ["horizontalpodautoscalers"], CRUD),
        _rule("autoscaling", ["horizontalpodautoscalers/status"], STATUS),
        _rule("getambassador.io", ["mappings", "tlscontexts"], CRUD),
        _rule("getambassador.io", ["mappings/status", "tlscontexts/status"], STATUS),
        _rule(GROUP, ["seldondeployments"], CRUD),
        _rule(GROUP, ["seldondeployments/finalizers", "seldondeployments/status"], STATUS),
        _rule("policy", ["poddisruptionbudgets"], CRUD),
        _rule("policy", ["poddisruptionbudgets/status"], STATUS),
    ]


def operator_config() -> dict[str, str]:
    """The `seldon-config` ConfigMap the operator reads at every reconcile."""
    return {
        "predictor_servers": json.dumps({name: {"protocols": protocols} for name, protocols in PREDICTOR_SERVERS.items()}, sort_keys=True),
        "storageInitializer": json.dumps({"image": STORAGE_INITIALIZER_IMAGE, "cpuRequest": "100m", "cpuLimit": "1",
                                          "memoryRequest": "100Mi", "memoryLimit": "1Gi"}, sort_keys=True),
        "explainer": json.dumps({"image": EXPLAINER_IMAGE, "image_v2": EXPLAINER_V2_IMAGE}, sort_keys=True),
        # Static keys are never used: models get AWS credentials from the serving identity.
        "credentials": json.dumps({"s3": {"s3AccessKeyIDName": "awsAccessKeyID", "s3SecretAccessKeyName": "awsSecretAccessKey"}}, sort_keys=True),
    }


def operator_env(props: ServingProps) -> dict[str, str]:
    namespace = props.serving.operator_namespace
    return {
        "MANAGER_LEADER_ELECTION_ID": "a33bd623.machinelearning.seldon.io",
        "MANAGER_LEADER_ELECTION_RESOURCE_LOCK": "leases",
        "MANAGER_LEADER_ELECTION_LEASE_DURATION_SECS": "15",
        "MANAGER_LEADER_ELECTION_RENEW_DEADLINE_SECS": "10",
        "MANAGER_LEADER_ELECTION_RETRY_PERIOD_SECS": "2",
        "MANAGER_LOG_LEVEL": "INFO",
        "MANAGER_CREATE_RESOURCES": "false",
        "WATCH_NAMESPACE": "",
        "CONTROLLER_ID": "",
        "AMBASSADOR_ENABLED": "true",
        "AMBASSADOR_VERSION": "v2",
        # false: only the namespaced route /seldon/<namespace>/<name>/ (no /seldon/<name>/ that could collide).
        "AMBASSADOR_SINGLE_NAMESPACE": "false",
        "ISTIO_ENABLED": "false",
        "KEDA_ENABLED": "false",
        "PREDICTIVE_UNIT_HTTP_SERVICE_PORT": "9000",
        "PREDICTIVE_UNIT_GRPC_SERVICE_PORT": "9500",
        "PREDICTIVE_UNIT_DEFAULT_ENV_SECRET_REF_NAME": "",
        "PREDICTIVE_UNIT_METRICS_PORT_NAME": "metrics",
        "USE_EXECUTOR": "true",
        "EXECUTOR_CONTAINER_IMAGE_AND_VERSION": EXECUTOR_IMAGE,
        "EXECUTOR_CONTAINER_IMAGE_PULL_POLICY": "IfNotPresent",
        "EXECUTOR_PROMETHEUS_PATH": "/prometheus",
        "EXECUTOR_SERVER_PORT": str(EXECUTOR_HTTP_PORT),
        "EXECUTOR_CONTAINER_USER": str(SELDON_USER),
        "EXECUTOR_CONTAINER_SERVICE_ACCOUNT_NAME": props.service_account,
        "EXECUTOR_SERVER_METRICS_PORT_NAME": "metrics",
        # Models without sampling have no logger; this default is never reached.
        "EXECUTOR_REQUEST_LOGGER_DEFAULT_ENDPOINT": f"http://prediction-logger.{props.namespace}.svc.cluster.local:9880",
        "EXECUTOR_REQUEST_LOGGER_WORK_QUEUE_SIZE": "10000",
        "EXECUTOR_REQUEST_LOGGER_WRITE_TIMEOUT_MS": "2000",
        "EXECUTOR_DEFAULT_CPU_REQUEST": "100m",
        "EXECUTOR_DEFAULT_CPU_LIMIT": "500m",
        "EXECUTOR_DEFAULT_MEMORY_REQUEST": "256Mi",
        "EXECUTOR_DEFAULT_MEMORY_LIMIT": "256Mi",
        "EXECUTOR_FULL_HEALTH_CHECKS": "false",
        "DEFAULT_USER_ID": str(SELDON_USER),
        "DEPLOYMENT_NAME_AS_PREFIX": "false",
        "POD_NAMESPACE": namespace,
    }


class SeldonCoreChart(PlatformChart):
    """Operator namespace, RBAC, configuration, controller, webhook with its cert-manager certificate."""

    def __init__(self, scope: Construct, construct_id: str, *, props: ServingProps) -> None:
        super().__init__(scope, construct_id, component="seldon-core-operator", version=SELDON_VERSION,
                         kubernetes_version=props.kubernetes_version, identity_mode=props.identity_mode)
        ns = props.serving.operator_namespace
        self.platform_namespace(ns)
        self.api("ServiceAccount", api_version="v1", kind="ServiceAccount", name=SERVICE_ACCOUNT, namespace=ns,
                 automountServiceAccountToken=True)
        self._rbac(ns)
        self.config_map = self.api("Config", api_version="v1", kind="ConfigMap", name=CONFIG_MAP, namespace=ns,
                                   labels=OPERATOR_LABELS, data=operator_config())
        self._certificate(ns)
        self.deployment = self._controller(ns, props)
        self.api("WebhookService", api_version="v1", kind="Service", name=WEBHOOK_SERVICE, namespace=ns, spec={
            "selector": OPERATOR_LABELS,
            "ports": [{"name": "https-webhook", "port": 443, "targetPort": OPERATOR_WEBHOOK_PORT, "protocol": "TCP"}],
        })
        self.api("MetricsService", api_version="v1", kind="Service", name="seldon-controller-manager-metrics", namespace=ns,
                 labels={**OPERATOR_LABELS, "ml-platform/scrape": "true"},
                 annotations={"prometheus.io/scrape": "true", "prometheus.io/port": str(OPERATOR_METRICS_PORT), "prometheus.io/path": "/metrics"},
                 spec={"selector": OPERATOR_LABELS,
                       "ports": [{"name": "metrics", "port": OPERATOR_METRICS_PORT, "targetPort": OPERATOR_METRICS_PORT, "protocol": "TCP"}]})
        self.webhook = self._webhook(ns)
        if props.serving.operator_replicas > 1:
            self.api("Pdb", api_version="policy/v1", kind="PodDisruptionBudget", name="seldon-controller-manager", namespace=ns,
                     spec={"maxUnavailable": 1, "selector": {"matchLabels": OPERATOR_LABELS}})
        self._network(ns, props)

    def _rbac(self, ns: str) -> None:
        subject = [{"kind": "ServiceAccount", "name": SERVICE_ACCOUNT, "namespace": ns}]
        self.api("ManagerRole", api_version="rbac.authorization.k8s.io/v1", kind="ClusterRole", name="seldon-manager-role",
                 rules=manager_rules())
        # Upstream's sas-role also reads every Secret: only the rclone initializer's credential builder does
        # (controllers/resources/credentials, a direct GET), and the platform's models bring their own
        # initializer, which the operator adopts before that code runs. So no cluster-wide Secret access.
        self.api("ManagerSasRole", api_version="rbac.authorization.k8s.io/v1", kind="ClusterRole", name="seldon-manager-sas-role",
                 rules=[_rule("", ["configmaps", "serviceaccounts"], READ)])
        for role in ("seldon-manager-role", "seldon-manager-sas-role"):
            self.api(f"{role}-binding", api_version="rbac.authorization.k8s.io/v1", kind="ClusterRoleBinding",
                     name=f"{role}binding", subjects=subject,
                     roleRef={"apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": role})
        self.api("LeaderElectionRole", api_version="rbac.authorization.k8s.io/v1", kind="Role", name="seldon-leader-election-role",
                 namespace=ns, rules=[
                     _rule("coordination.k8s.io", ["leases"], CRUD),
                     _rule("", ["configmaps"], CRUD),
                     _rule("", ["configmaps/status"], STATUS),
                     _rule("", ["events"], ["create", "patch"]),
                 ])
        self.api("LeaderElectionBinding", api_version="rbac.authorization.k8s.io/v1", kind="RoleBinding",
                 name="seldon-leader-election-rolebinding", namespace=ns, subjects=subject,
                 roleRef={"apiGroup": "rbac.authorization.k8s.io", "kind": "Role", "name": "seldon-leader-election-role"})

    def _certificate(self, ns: str) -> None:
        cm.Issuer(self, "Issuer", metadata=object_metadata(ISSUER, namespace=ns),
                  spec=cm.IssuerSpec(self_signed=cm.IssuerSpecSelfSigned()))
        self.certificate = cm.Certificate(self, "Certificate", metadata=object_metadata(CERTIFICATE, namespace=ns),
                                          spec=cm.CertificateSpec(
            common_name=f"{WEBHOOK_SERVICE}.{ns}.svc",
            dns_names=[f"{WEBHOOK_SERVICE}.{ns}.svc", f"{WEBHOOK_SERVICE}.{ns}.svc.cluster.local"],
            issuer_ref=cm.CertificateSpecIssuerRef(kind="Issuer", name=ISSUER),
            secret_name=CERT_SECRET,
            private_key=cm.CertificateSpecPrivateKey(algorithm=cm.CertificateSpecPrivateKeyAlgorithm.ECDSA, size=256,
                                                     rotation_policy=cm.CertificateSpecPrivateKeyRotationPolicy.ALWAYS),
        ))

    def _controller(self, ns: str, props: ServingProps):
        env = [{"name": k, "value": v} for k, v in operator_env(props).items() if k != "POD_NAMESPACE"]
        env.append({"name": "POD_NAMESPACE", "valueFrom": {"fieldRef": {"fieldPath": "metadata.namespace"}}})
        manager = {
            "name": "manager",
            "image": OPERATOR_IMAGE,
            "imagePullPolicy": "Always",
            "command": ["/manager"],
            "args": [
                "--enable-leader-election",
                f"--webhook-port={OPERATOR_WEBHOOK_PORT}",
                f"--metrics-addr=:{OPERATOR_METRICS_PORT}",
                "--create-resources=$(MANAGER_CREATE_RESOURCES)",
                "--log-level=$(MANAGER_LOG_LEVEL)",
                "--leader-election-id=$(MANAGER_LEADER_ELECTION_ID)",
                "--leader-election-resource-lock=$(MANAGER_LEADER_ELECTION_RESOURCE_LOCK)",
                "--leader-election-lease-duration-secs=$(MANAGER_LEADER_ELECTION_LEASE_DURATION_SECS)",
                "--leader-election-renew-deadline-secs=$(MANAGER_LEADER_ELECTION_RENEW_DEADLINE_SECS)",
                "--leader-election-retry-period-secs=$(MANAGER_LEADER_ELECTION_RETRY_PERIOD_SECS)",
            ],
            "env": env,
            "ports": [
                {"name": "webhook-server", "containerPort": OPERATOR_WEBHOOK_PORT, "protocol": "TCP"},
                {"name": "metrics", "containerPort": OPERATOR_METRICS_PORT, "protocol": "TCP"},
            ],
            "resources": resources("100m", "300Mi", cpu_limit="500m"),
            # The 1.17.1 manager exposes no health endpoint; the webhook and metrics listeners are its liveness.
            "readinessProbe": {"tcpSocket": {"port": OPERATOR_WEBHOOK_PORT}, "initialDelaySeconds": 5, "periodSeconds": 10},
            "livenessProbe": {"tcpSocket": {"port": OPERATOR_METRICS_PORT}, "initialDelaySeconds": 15, "periodSeconds": 20},
            "securityContext": container_security_context(),
            "volumeMounts": [{"name": "cert", "mountPath": "/tmp/k8s-webhook-server/serving-certs", "readOnly": True}],
        }
        return self.api("Controller", api_version="apps/v1", kind="Deployment", name="seldon-controller-manager", namespace=ns,
                        labels=OPERATOR_LABELS,
                        annotations=checkov_skips(IMAGE_DIGEST_SKIP, "CKV_K8S_38=the controller reconciles SeldonDeployments through the API server with this token"),
                        spec={
                            "replicas": props.serving.operator_replicas,
                            "selector": {"matchLabels": OPERATOR_LABELS},
                            "template": {
                                "metadata": {"labels": OPERATOR_LABELS, "annotations": {
                                    "prometheus.io/scrape": "true", "prometheus.io/port": str(OPERATOR_METRICS_PORT),
                                    "prometheus.io/path": "/metrics"}},
                                "spec": {
                                    "serviceAccountName": SERVICE_ACCOUNT,
                                    "automountServiceAccountToken": True,
                                    "securityContext": pod_security_context(),
                                    "terminationGracePeriodSeconds": 10,
                                    "containers": [manager],
                                    "volumes": [{"name": "cert", "secret": {"secretName": CERT_SECRET, "defaultMode": 0o440}}],
                                },
                            },
                        })

    def _webhook(self, ns: str):
        return self.api(
            "ValidatingWebhook", api_version="admissionregistration.k8s.io/v1", kind="ValidatingWebhookConfiguration",
            name=f"seldon-validating-webhook-configuration-{ns}",
            annotations={"cert-manager.io/inject-ca-from": f"{ns}/{CERTIFICATE}"},
            webhooks=[{
                "name": "v1.vseldondeployment.kb.io",
                "admissionReviewVersions": ["v1", "v1beta1"],
                "clientConfig": {"service": {"name": WEBHOOK_SERVICE, "namespace": ns, "port": 443,
                                             "path": "/validate-machinelearning-seldon-io-v1-seldondeployment"}},
                "failurePolicy": "Fail",
                "sideEffects": "None",
                "timeoutSeconds": 10,
                "namespaceSelector": {"matchExpressions": [{"key": "seldon.io/controller-id", "operator": "DoesNotExist"}]},
                "objectSelector": {"matchExpressions": [{"key": "seldon.io/controller-id", "operator": "DoesNotExist"}]},
                "rules": [{"apiGroups": [GROUP], "apiVersions": ["v1"], "operations": ["CREATE", "UPDATE"],
                           "resources": ["seldondeployments"], "scope": "Namespaced"}],
            }],
        )

    def _network(self, ns: str, props: ServingProps) -> None:
        selector = {"matchLabels": OPERATOR_LABELS}
        # The control plane calls webhooks from its ENIs inside the VPC.
        self.network_policy("allow-webhook-from-apiserver", namespace=ns, pod_selector=selector, policy_types=["Ingress"],
                            ingress=[{"from": [{"ipBlock": {"cidr": props.vpc_cidr}}],
                                      "ports": [{"protocol": "TCP", "port": OPERATOR_WEBHOOK_PORT}]}])
        self.network_policy("allow-metrics-from-monitoring", namespace=ns, pod_selector=selector, policy_types=["Ingress"],
                            ingress=[{"from": [{"namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": props.monitoring_namespace}}}],
                                      "ports": [{"protocol": "TCP", "port": OPERATOR_METRICS_PORT}]}])
        self.allow_api_server_egress(namespace=ns, pod_selector=selector, vpc_cidr=props.vpc_cidr)
