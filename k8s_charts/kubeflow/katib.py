"""Katib v0.19.0: controller (with its admission webhooks), DB manager on the managed MySQL, UI.

Facts from kubeflow/katib v0.19.0 manifests/v1beta1 (components/*, installs/katib-cert-manager,
installs/katib-external-db, installs/katib-with-kubeflow): images ghcr.io/kubeflow/katib/*; controller
webhook 8443, metrics 8080, health 18080 (/healthz, /readyz), certificate secret mounted at /tmp/cert,
KatibConfig at /katib-config.yaml; trial templates in ConfigMaps labelled
katib.kubeflow.org/component=trial-templates (the UI lists them from every namespace, `kubeflow` unchecked);
DB manager gRPC on 6789 with DB_NAME=mysql and DB_USER, DB_PASSWORD,
KATIB_MYSQL_DB_HOST/PORT/DATABASE; UI on 8080 with APP_DISABLE_AUTH=false behind Kubeflow.
The database is the managed MySQL the pipelines block provisions: host and port are plain
values, the credentials a Secret reference; no password is ever in a manifest.
"""

from __future__ import annotations

from dataclasses import dataclass

import yaml
from constructs import Construct

from k8s_charts.base import PlatformChart, pinned_image
from k8s_charts.kubeflow.common import (
    ChartEnv,
    GATEWAY_NAMESPACE, KATIB_DB_SECRET, KATIB_REGISTRY, KATIB_VERSION, NAMESPACE, PROFILE_NAMESPACE_LABEL,
    PROFILE_NAMESPACE_VALUE, component_labels, webhook_certificate,
)
from k8s_charts.kubeflow.core import gateway_peer, kubeflow_peer
from k8s_charts.kubeflow.examples import tfjob_manifest, tfjob_spec
from k8s_charts.kubeflow.profiles import TRAINING_MOUNT
from k8s_charts.kubeflow.workload import (
    READ, WRITE, Container, Workload, aggregated_roles, bind_cluster_role, cluster_role, deployment, env, env_field,
    env_secret, grpc_probe, http_probe, rule, service,
)

CONTROLLER = "katib-controller"
DB_MANAGER = "katib-db-manager"
UI = "katib-ui"
CONFIG = "katib-config"
WEBHOOK_PORT = 8443
DB_MANAGER_PORT = 6789
UI_PORT = 8080
HEALTH_PORT = 18080

# Suggestion algorithms offered, and the image serving each (katib-cert-manager/katib-config.yaml).
SUGGESTIONS = {
    "random": "suggestion-hyperopt", "tpe": "suggestion-hyperopt", "grid": "suggestion-optuna",
    "multivariate-tpe": "suggestion-optuna", "hyperband": "suggestion-hyperband",
    "bayesianoptimization": "suggestion-skopt", "cmaes": "suggestion-goptuna", "sobol": "suggestion-goptuna",
}
TRIAL_RESOURCES = ("Job.v1.batch", "TFJob.v1.kubeflow.org", "PyTorchJob.v1.kubeflow.org", "MPIJob.v1.kubeflow.org")
# The trial-templates ConfigMap: the UI finds it by this label (katib v0.19.0 pkg/controller.v1beta1/consts,
# LabelTrialTemplateConfigMapName/Value), an Experiment names it in trialTemplate.configMap.
TRIAL_TEMPLATES = "trial-templates"
TRIAL_TEMPLATES_LABEL = {"katib.kubeflow.org/component": "trial-templates"}


def trial_templates() -> dict[str, str]:
    """Trial templates for this platform: the worked example's GPU TFJob on the team's FSx data (one worker, one
    GPU), with `${trialParameters.*}` placeholders for learning rate, batch size and the trial's run directory."""
    tfjob = tfjob_manifest(tfjob_spec(
        workers=1, gpus=1, learning_rate="${trialParameters.learningRate}", batch_size="${trialParameters.batchSize}",
        model_dir=f"{TRAINING_MOUNT}/runs/katib/${{trialParameters.trialName}}"))
    return {"tfjob-mnist-gpu-fsx.yaml": yaml.safe_dump(tfjob, sort_keys=False)}


@dataclass(frozen=True, kw_only=True)
class KatibProps(ChartEnv):
    """db_*: the managed MySQL (the KubeflowBacking stack's output); db_secret holds `user_key` and `password_key`."""

    vpc_cidr: str
    db_host: str
    db_port: int = 3306
    db_name: str = "katib"
    db_secret: str = KATIB_DB_SECRET
    user_key: str = "DB_USER"
    password_key: str = "DB_PASSWORD"
    gateway_namespace: str = GATEWAY_NAMESPACE
    gateway_pod_labels: dict[str, str] | None = None


def katib_image(name: str) -> str:
    return pinned_image(f"{KATIB_REGISTRY}/{name}", KATIB_VERSION)


def katib_config() -> dict:
    small = {"requests": {"cpu": "50m", "memory": "64Mi"}, "limits": {"cpu": "500m", "memory": "256Mi"}}
    return {
        "apiVersion": "config.kubeflow.org/v1beta1",
        "kind": "KatibConfig",
        "init": {
            # cert-manager issues the webhook certificate; Katib's own generator stays off.
            "certGenerator": {"enable": False},
            "controller": {"webhookPort": WEBHOOK_PORT, "trialResources": list(TRIAL_RESOURCES)},
        },
        "runtime": {
            "metricsCollectors": [
                {"kind": "StdOut", "image": katib_image("file-metrics-collector"), "resources": small},
                {"kind": "File", "image": katib_image("file-metrics-collector"), "resources": small},
                {"kind": "TensorFlowEvent", "image": katib_image("tfevent-metrics-collector"),
                 "resources": {"requests": {"cpu": "50m", "memory": "256Mi"}, "limits": {"cpu": "500m", "memory": "1Gi"}}},
            ],
            "suggestions": [{"algorithmName": a, "image": katib_image(i), "resources": {
                "requests": {"cpu": "50m", "memory": "128Mi"}, "limits": {"cpu": "500m", "memory": "512Mi"}}}
                for a, i in SUGGESTIONS.items()],
            "earlyStoppings": [{"algorithmName": "medianstop", "image": katib_image("earlystopping-medianstop")}],
        },
    }


class KatibChart(PlatformChart):
    """Katib's three Deployments, webhooks with a cert-manager certificate, RBAC and NetworkPolicies."""

    def __init__(self, scope: Construct, construct_id: str, *, props: KatibProps) -> None:
        super().__init__(scope, construct_id, component="katib", version=KATIB_VERSION,
                         kubernetes_version=props.kubernetes_version, identity_mode=props.identity_mode)
        self.props = props
        self._controller()
        self._db_manager()
        self._ui()
        aggregated_roles(self, component="katib", group="kubeflow.org", resources_=["experiments", "trials", "suggestions"],
                         view_extra=[rule([""], ["pods/log"], ["get"])])

    def _controller(self) -> None:
        props = self.props
        secret, inject_from = webhook_certificate(self, service=CONTROLLER)
        self.api("ConfigMap-config", api_version="v1", kind="ConfigMap", name=CONFIG, namespace=NAMESPACE,
                 data={"katib-config.yaml": yaml.safe_dump(katib_config(), sort_keys=False)})
        self.api("ConfigMap-trial-templates", api_version="v1", kind="ConfigMap", name=TRIAL_TEMPLATES, namespace=NAMESPACE,
                 labels=TRIAL_TEMPLATES_LABEL, data=trial_templates())
        cluster_role(self, CONTROLLER, [
            rule([""], ["services"], ["get", "list", "watch", "create", "delete"]),
            rule([""], ["events"], ["create", "patch", "update"]),
            rule([""], ["serviceaccounts", "persistentvolumes", "persistentvolumeclaims"], ["get", "list", "watch", "create"]),
            rule([""], ["namespaces", "configmaps"], READ),
            rule([""], ["pods", "pods/status"], ["get"]),
            rule(["apps"], ["deployments"], ["get", "list", "watch", "create", "delete"]),
            rule(["rbac.authorization.k8s.io"], ["roles", "rolebindings"], ["get", "create", "list", "watch"]),
            rule(["batch"], ["jobs", "cronjobs"], ["get", "list", "watch", "create", "delete"]),
            rule(["kubeflow.org"], ["tfjobs", "pytorchjobs", "mpijobs"], ["get", "list", "watch", "create", "delete"]),
            rule(["kubeflow.org"], ["experiments", "experiments/status", "experiments/finalizers", "trials", "trials/status",
                                    "trials/finalizers", "suggestions", "suggestions/status", "suggestions/finalizers"], WRITE),
            rule(["coordination.k8s.io"], ["leases"], WRITE),
        ])
        bind_cluster_role(self, role=CONTROLLER, service_account=CONTROLLER, name=CONTROLLER)
        deployment(self, Workload(name=CONTROLLER, api_access="reconciles Experiments, Trials and Suggestions",
                                  containers=[Container(
            name=CONTROLLER, image=katib_image("katib-controller"), command=["./katib-controller"],
            args=["--katib-config=/katib-config.yaml"],
            ports=[("webhook", WEBHOOK_PORT), ("metrics", 8080), ("healthz", HEALTH_PORT)],
            env=[env_field("KATIB_CORE_NAMESPACE", "metadata.namespace")], cpu="100m", memory="256Mi", memory_limit="512Mi",
            liveness=http_probe("/healthz", HEALTH_PORT), readiness=http_probe("/readyz", HEALTH_PORT, initial_delay=5, period=10),
            volume_mounts=[{"name": "cert", "mountPath": "/tmp/cert", "readOnly": True},
                           {"name": CONFIG, "mountPath": "/katib-config.yaml", "subPath": "katib-config.yaml", "readOnly": True}],
        )], volumes=[{"name": "cert", "secret": {"secretName": secret}}, {"name": CONFIG, "configMap": {"name": CONFIG}}]))
        service(self, name=CONTROLLER, selector=component_labels(CONTROLLER),
                ports=[("webhook", 443, WEBHOOK_PORT), ("metrics", 8080, 8080), ("healthz", HEALTH_PORT, HEALTH_PORT)])
        client = {"service": {"name": CONTROLLER, "namespace": NAMESPACE, "port": 443}}
        experiments = [{"apiGroups": ["kubeflow.org"], "apiVersions": ["v1beta1"], "operations": ["CREATE", "UPDATE"],
                        "resources": ["experiments"]}]
        self.api("ValidatingWebhook", api_version="admissionregistration.k8s.io/v1", kind="ValidatingWebhookConfiguration",
                 name="katib.kubeflow.org", annotations={"cert-manager.io/inject-ca-from": inject_from}, webhooks=[{
                     "name": "validator.experiment.katib.kubeflow.org", "sideEffects": "None", "admissionReviewVersions": ["v1"],
                     "failurePolicy": "Fail", "timeoutSeconds": 5,
                     "clientConfig": {"service": {**client["service"], "path": "/validate-experiment"}}, "rules": experiments,
                 }])
        self.api("MutatingWebhook", api_version="admissionregistration.k8s.io/v1", kind="MutatingWebhookConfiguration",
                 name="katib.kubeflow.org", annotations={"cert-manager.io/inject-ca-from": inject_from}, webhooks=[
                     {"name": "defaulter.experiment.katib.kubeflow.org", "sideEffects": "None", "admissionReviewVersions": ["v1"],
                      "failurePolicy": "Fail", "timeoutSeconds": 5,
                      "clientConfig": {"service": {**client["service"], "path": "/mutate-experiment"}}, "rules": experiments},
                     # Injects the metrics collector into trial pods of profile namespaces (label set by the profile chart).
                     {"name": "mutator.pod.katib.kubeflow.org", "sideEffects": "None", "admissionReviewVersions": ["v1"],
                      "failurePolicy": "Fail", "timeoutSeconds": 5,
                      "clientConfig": {"service": {**client["service"], "path": "/mutate-pod"}},
                      "namespaceSelector": {"matchLabels": {"katib.kubeflow.org/metrics-collector-injection": "enabled"}},
                      "matchConditions": [{"name": "exclude-katib-controller",
                                           "expression": f'request.userInfo.username != "system:serviceaccount:{NAMESPACE}:{CONTROLLER}"'}],
                      "rules": [{"apiGroups": [""], "apiVersions": ["v1"], "operations": ["CREATE"], "resources": ["pods"]}]},
                 ])
        profiles = {"namespaceSelector": {"matchLabels": {PROFILE_NAMESPACE_LABEL: PROFILE_NAMESPACE_VALUE}}}
        selector = {"matchLabels": component_labels(CONTROLLER)}
        self.network_policy(f"{CONTROLLER}-ingress", namespace=NAMESPACE, pod_selector=selector, policy_types=["Ingress"], ingress=[
            {"from": [{"ipBlock": {"cidr": props.vpc_cidr}}], "ports": [{"protocol": "TCP", "port": WEBHOOK_PORT}]},
        ])
        self.network_policy(f"{CONTROLLER}-egress", namespace=NAMESPACE, pod_selector=selector, policy_types=["Egress"], egress=[
            # Suggestion (6789) and early-stopping (6788) services live in the experiment's profile namespace.
            {"to": [profiles], "ports": [{"protocol": "TCP", "port": 6789}, {"protocol": "TCP", "port": 6788}]},
            {"to": [kubeflow_peer(DB_MANAGER)], "ports": [{"protocol": "TCP", "port": DB_MANAGER_PORT}]},
        ])

    def _db_manager(self) -> None:
        props = self.props
        deployment(self, Workload(name=DB_MANAGER, skips=[
            "CKV_K8S_35=katib-db-manager v0.19.0 reads DB_USER/DB_PASSWORD only from env (pkg/db/v1beta1/mysql); the Secret is referenced, never inlined",
        ], containers=[Container(
            name=DB_MANAGER, image=katib_image("katib-db-manager"), command=["./katib-db-manager"],
            ports=[("api", DB_MANAGER_PORT)], cpu="100m", memory="128Mi", memory_limit="256Mi",
            env=[
                env("DB_NAME", "mysql"),
                env("KATIB_MYSQL_DB_HOST", props.db_host), env("KATIB_MYSQL_DB_PORT", str(props.db_port)),
                env("KATIB_MYSQL_DB_DATABASE", props.db_name),
                env_secret("DB_USER", props.db_secret, props.user_key),
                env_secret("DB_PASSWORD", props.db_secret, props.password_key),
            ],
            liveness=grpc_probe(DB_MANAGER_PORT), readiness=grpc_probe(DB_MANAGER_PORT, initial_delay=5, period=10),
        )]))
        service(self, name=DB_MANAGER, selector=component_labels(DB_MANAGER), ports=[("api", DB_MANAGER_PORT, DB_MANAGER_PORT)])
        selector = {"matchLabels": component_labels(DB_MANAGER)}
        self.network_policy(f"{DB_MANAGER}-ingress", namespace=NAMESPACE, pod_selector=selector, policy_types=["Ingress"], ingress=[{
            "from": [kubeflow_peer(CONTROLLER), kubeflow_peer(UI),
                     # Metrics collectors in trial pods report observations.
                     {"namespaceSelector": {"matchLabels": {PROFILE_NAMESPACE_LABEL: PROFILE_NAMESPACE_VALUE}}}],
            "ports": [{"protocol": "TCP", "port": DB_MANAGER_PORT}],
        }])
        self.network_policy(f"{DB_MANAGER}-egress", namespace=NAMESPACE, pod_selector=selector, policy_types=["Egress"], egress=[{
            "to": [{"ipBlock": {"cidr": props.vpc_cidr}}], "ports": [{"protocol": "TCP", "port": props.db_port}],
        }])

    def _ui(self) -> None:
        props = self.props
        cluster_role(self, UI, [
            rule([""], ["configmaps", "namespaces"], READ),
            rule(["kubeflow.org"], ["experiments", "trials", "suggestions"], WRITE),
            rule([""], ["pods"], ["list"]),
            rule([""], ["pods/log"], ["get"]),
            rule(["authorization.k8s.io"], ["subjectaccessreviews"], ["create"]),
        ])
        bind_cluster_role(self, role=UI, service_account=UI, name=UI)
        deployment(self, Workload(name=UI, api_access="lists Experiments and Trials after a SubjectAccessReview for the user",
                                  containers=[Container(
            name=UI, image=katib_image("katib-ui"), command=["./katib-ui"], args=[f"--port={UI_PORT}"],
            ports=[("ui", UI_PORT)], cpu="50m", memory="128Mi", memory_limit="256Mi",
            # Authorization checks on: the UI asks SubjectAccessReview for the kubeflow-userid user.
            env=[env_field("KATIB_CORE_NAMESPACE", "metadata.namespace"), env("APP_DISABLE_AUTH", "false")],
            liveness=http_probe("/katib/", UI_PORT), readiness=http_probe("/katib/", UI_PORT, initial_delay=5, period=10),
        )]))
        service(self, name=UI, selector=component_labels(UI), ports=[("ui", 80, UI_PORT)])
        selector = {"matchLabels": component_labels(UI)}
        self.network_policy(f"{UI}-ingress", namespace=NAMESPACE, pod_selector=selector, policy_types=["Ingress"], ingress=[{
            "from": [gateway_peer(props.gateway_namespace, props.gateway_pod_labels)],
            "ports": [{"protocol": "TCP", "port": UI_PORT}],
        }])
        self.network_policy(f"{UI}-egress", namespace=NAMESPACE, pod_selector=selector, policy_types=["Egress"], egress=[{
            "to": [kubeflow_peer(DB_MANAGER)], "ports": [{"protocol": "TCP", "port": DB_MANAGER_PORT}],
        }])
