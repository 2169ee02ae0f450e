"""Kubeflow core: the `kubeflow` namespace, the kubeflow-admin/edit/view cluster roles, the central dashboard.

Facts from kubeflow/kubeflow v1.10.0 (components/centraldashboard/manifests, kubeflow/manifests
common/kubeflow-roles): image ghcr.io/kubeflow/kubeflow/central-dashboard, port 8082, health /healthz,
env USERID_HEADER / USERID_PREFIX / PROFILES_KFAM_SERVICE_HOST / REGISTRATION_FLOW / DASHBOARD_CONFIGMAP.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from constructs import Construct

from k8s_charts.base import PlatformChart, pinned_image
from k8s_charts.kubeflow.common import (
    ChartEnv,
    GATEWAY_NAMESPACE, GATEWAY_POD_LABELS, KUBEFLOW_REGISTRY, KUBEFLOW_VERSION, NAMESPACE, USERID_HEADER,
    USERID_PREFIX, aggregate_labels, component_labels,
)
from k8s_charts.kubeflow.workload import (
    EDIT, READ, Container, Workload, bind_cluster_role, cluster_role, deployment, env, env_field, http_probe,
    namespaced_role, rule, service,
)

DASHBOARD = "centraldashboard"
DASHBOARD_PORT = 8082
DASHBOARD_CONFIGMAP = "centraldashboard-config"
KFAM_SERVICE = "profiles-kfam"
KFAM_PORT = 8081


@dataclass(frozen=True, kw_only=True)
class KubeflowCoreProps(ChartEnv):
    """vpc_cidr: where the EKS API server endpoints live (egress to it on 443)."""

    vpc_cidr: str
    gateway_namespace: str = GATEWAY_NAMESPACE
    gateway_pod_labels: dict[str, str] | None = None
    dashboard_replicas: int = 2
    # kube2iam: roles pods in `kubeflow` may assume (the pipelines components'); empty allows none.
    allowed_roles: tuple[str, ...] = ()


def gateway_peer(props_namespace: str, labels: dict[str, str] | None) -> dict:
    """The NetworkPolicy peer for the Emissary gateway pods: the only way browsers reach a UI."""
    return {"namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": props_namespace}},
            "podSelector": {"matchLabels": labels or GATEWAY_POD_LABELS}}


def kubeflow_peer(name: str) -> dict:
    """A NetworkPolicy peer for one Kubeflow component in the `kubeflow` namespace."""
    return {"namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": NAMESPACE}},
            "podSelector": {"matchLabels": {"app.kubernetes.io/name": name}}}


def _menu() -> str:
    """The dashboard's menu: only what this platform deploys (notebooks, Katib, pipelines)."""
    return json.dumps({
        "menuLinks": [
            {"type": "item", "link": "/jupyter/", "text": "Notebooks", "icon": "book"},
            {"type": "item", "link": "/katib/", "text": "Katib Experiments", "icon": "kubeflow:katib"},
            {"type": "section", "text": "Pipelines", "icon": "kubeflow:pipeline-centered", "items": [
                {"type": "item", "link": "/pipeline/#/pipelines", "text": "Pipelines"},
                {"type": "item", "link": "/pipeline/#/experiments", "text": "Experiments"},
                {"type": "item", "link": "/pipeline/#/runs", "text": "Runs"},
            ]},
        ],
        "externalLinks": [],
        "quickLinks": [
            {"text": "Create a new Notebook", "desc": "GPU or CPU JupyterLab", "link": "/jupyter/new"},
            {"text": "View Katib Experiments", "desc": "Hyperparameter tuning", "link": "/katib/"},
        ],
        "documentationItems": [
            {"text": "Training Operator", "desc": "TFJob, PyTorchJob, MPIJob", "link": "https://www.kubeflow.org/docs/components/trainer/legacy-v1/"},
            {"text": "Katib", "desc": "Hyperparameter tuning", "link": "https://www.kubeflow.org/docs/components/katib/"},
        ],
    }, indent=2, sort_keys=True)


class KubeflowCoreChart(PlatformChart):
    """The `kubeflow` namespace (restricted PSS, default deny), the aggregated Kubeflow roles, the dashboard."""

    def __init__(self, scope: Construct, construct_id: str, *, props: KubeflowCoreProps) -> None:
        super().__init__(scope, construct_id, component="kubeflow-core", version=KUBEFLOW_VERSION,
                         kubernetes_version=props.kubernetes_version, identity_mode=props.identity_mode)
        self.platform_namespace(NAMESPACE, labels={"app.kubernetes.io/part-of-kubeflow": "kubeflow"},
                                allowed_roles=props.allowed_roles)
        # Every Kubeflow control-plane pod is a Kubernetes client (controllers, web apps doing SubjectAccessReviews).
        self.allow_api_server_egress(namespace=NAMESPACE, pod_selector={}, vpc_cidr=props.vpc_cidr)
        self._roles()
        self._dashboard(props)

    def _roles(self) -> None:
        # kubeflow-view folds into edit, edit into admin: a rule added to a view role reaches all three.
        cluster_role(self, "kubeflow-admin", [], labels={}, aggregate_from=aggregate_labels("admin"))
        cluster_role(self, "kubeflow-edit", [], labels=aggregate_labels("admin"), aggregate_from=aggregate_labels("edit"))
        cluster_role(self, "kubeflow-view", [], labels=aggregate_labels("edit"), aggregate_from=aggregate_labels("view"))
        # The Kubernetes part of those roles, scoped to what a data scientist needs in a profile namespace.
        # No secrets for viewers, no RBAC for editors, no quota or NetworkPolicy changes for anybody.
        cluster_role(self, "kubeflow-kubernetes-admin", [
            rule(["rbac.authorization.k8s.io"], ["roles", "rolebindings"], READ),
        ], labels=aggregate_labels("admin"))
        cluster_role(self, "kubeflow-kubernetes-edit", [
            rule([""], ["pods", "pods/attach", "pods/exec", "pods/portforward", "pods/proxy", "persistentvolumeclaims",
                        "configmaps", "secrets", "services", "services/proxy"], EDIT),
            rule(["apps"], ["deployments", "statefulsets", "replicasets"], EDIT),
            rule(["batch"], ["jobs", "cronjobs"], EDIT),
            rule([""], ["serviceaccounts"], READ),
        ], labels=aggregate_labels("edit"))
        cluster_role(self, "kubeflow-kubernetes-view", [
            rule([""], ["pods", "pods/log", "persistentvolumeclaims", "configmaps", "services", "events", "endpoints",
                        "resourcequotas", "limitranges", "serviceaccounts"], READ),
            rule(["apps"], ["deployments", "statefulsets", "replicasets"], READ),
            rule(["batch"], ["jobs", "cronjobs"], READ),
            rule(["networking.k8s.io"], ["networkpolicies"], READ),
        ], labels=aggregate_labels("view"))

    def _dashboard(self, props: KubeflowCoreProps) -> None:
        self.api("ConfigMap-dashboard", api_version="v1", kind="ConfigMap", name=DASHBOARD_CONFIGMAP, namespace=NAMESPACE,
                 data={"settings": json.dumps({"DASHBOARD_FORCE_IFRAME": True}), "links": _menu()})
        cluster_role(self, DASHBOARD, [rule([""], ["events", "namespaces", "nodes"], READ)])
        bind_cluster_role(self, role=DASHBOARD, service_account=DASHBOARD, name=DASHBOARD)
        namespaced_role(self, name=DASHBOARD, service_account=DASHBOARD, rules=[
            rule([""], ["configmaps"], ["get"], names=[DASHBOARD_CONFIGMAP]),
        ])
        deployment(self, Workload(name=DASHBOARD, replicas=props.dashboard_replicas,
                                  api_access="lists namespaces and events for the dashboard views", containers=[Container(
            name=DASHBOARD, image=pinned_image(f"{KUBEFLOW_REGISTRY}/central-dashboard", KUBEFLOW_VERSION),
            ports=[("http", DASHBOARD_PORT)], cpu="100m", memory="256Mi", memory_limit="512Mi",
            env=[
                env("USERID_HEADER", USERID_HEADER), env("USERID_PREFIX", USERID_PREFIX),
                env("PROFILES_KFAM_SERVICE_HOST", f"{KFAM_SERVICE}.{NAMESPACE}"),
                # Profiles come from config (platform engineers add teams), not from self-registration.
                env("REGISTRATION_FLOW", "false"),
                env("DASHBOARD_CONFIGMAP", DASHBOARD_CONFIGMAP), env("LOGOUT_URL", "/oauth2/sign_out"),
                env("COLLECT_METRICS", "false"), env_field("POD_NAMESPACE", "metadata.namespace"),
            ],
            liveness=http_probe("/healthz", DASHBOARD_PORT, initial_delay=30, period=30),
            readiness=http_probe("/healthz", DASHBOARD_PORT, initial_delay=5, period=10),
        )]))
        service(self, name=DASHBOARD, selector=component_labels(DASHBOARD), ports=[("http", 80, DASHBOARD_PORT)])
        self.network_policy(f"{DASHBOARD}-ingress", namespace=NAMESPACE, pod_selector={"matchLabels": component_labels(DASHBOARD)},
                            policy_types=["Ingress"], ingress=[{
                                "from": [gateway_peer(props.gateway_namespace, props.gateway_pod_labels)],
                                "ports": [{"protocol": "TCP", "port": DASHBOARD_PORT}],
                            }])
        self.network_policy(f"{DASHBOARD}-egress", namespace=NAMESPACE, pod_selector={"matchLabels": component_labels(DASHBOARD)},
                            policy_types=["Egress"], egress=[
                                {"to": [kubeflow_peer("profiles-controller")], "ports": [{"protocol": "TCP", "port": KFAM_PORT}]},
                            ])


