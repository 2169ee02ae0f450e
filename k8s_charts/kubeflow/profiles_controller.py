"""The profile controller and KFAM (Kubeflow access management), one Deployment as upstream.

Facts from kubeflow/kubeflow v1.10.0 components/profile-controller/config: images
ghcr.io/kubeflow/kubeflow/profile-controller and .../kfam; the manager serves /healthz and /readyz on 9876
and reads default namespace labels from /etc/profile-controller/namespace-labels.yaml (an empty value
removes a label); KFAM listens on 8081 (service `profiles-kfam`) with `-cluster-admin`, `-userid-header`
and `-userid-prefix`. Upstream binds the controller to `cluster-admin`; we grant what it does instead and
`bind` on the three Kubeflow roles only (RBAC escalation check: https://kubernetes.io/docs/reference/access-authn-authz/rbac/#privilege-escalation-prevention-and-bootstrapping).
"""

from __future__ import annotations

from dataclasses import dataclass

import yaml
from constructs import Construct

from k8s_charts.base import PlatformChart, pinned_image
from k8s_charts.kubeflow.common import (
    ChartEnv,
    KUBEFLOW_REGISTRY, KUBEFLOW_VERSION, NAMESPACE, PROFILE_NAMESPACE_LABEL, PROFILE_NAMESPACE_VALUE, USERID_HEADER,
    USERID_PREFIX, component_labels,
)
from k8s_charts.kubeflow.core import DASHBOARD, KFAM_PORT, KFAM_SERVICE, kubeflow_peer
from k8s_charts.kubeflow.workload import (
    WRITE, Container, Workload, bind_cluster_role, cluster_role, deployment, http_probe, rule, service,
)

NAME = "profiles-controller"
HEALTH_PORT = 9876
LABELS_CONFIGMAP = "profiles-namespace-labels"

# Labels the controller puts on every profile namespace: the PodDefaults and Katib webhooks and the
# NetworkPolicies select on them. `istio-injection: ""` removes the label the controller adds by default.
PROFILE_NAMESPACE_LABELS = {
    PROFILE_NAMESPACE_LABEL: PROFILE_NAMESPACE_VALUE,
    "katib.kubeflow.org/metrics-collector-injection": "enabled",
    "pipelines.kubeflow.org/enabled": "true",
    "istio-injection": "",
}


@dataclass(frozen=True, kw_only=True)
class ProfilesControllerProps(ChartEnv):
    admin_email: str
    # KFAM callers besides the dashboard (the pipelines UI asks KFAM who may see what).
    extra_kfam_clients: tuple[str, ...] = ("ml-pipeline-ui",)


class ProfilesControllerChart(PlatformChart):
    """Reconciles Profile objects into namespaces; KFAM answers the dashboard's "who may access what"."""

    def __init__(self, scope: Construct, construct_id: str, *, props: ProfilesControllerProps) -> None:
        super().__init__(scope, construct_id, component="kubeflow-profiles-controller", version=KUBEFLOW_VERSION,
                         kubernetes_version=props.kubernetes_version, identity_mode=props.identity_mode)
        cluster_role(self, NAME, [
            rule([""], ["namespaces"], WRITE),
            rule([""], ["serviceaccounts"], WRITE),
            rule([""], ["resourcequotas"], WRITE),
            rule(["kubeflow.org"], ["profiles", "profiles/finalizers", "profiles/status"], WRITE),
            rule(["rbac.authorization.k8s.io"], ["rolebindings"], WRITE),
            # Grant the Kubeflow roles in profile namespaces without holding every permission they carry.
            rule(["rbac.authorization.k8s.io"], ["clusterroles"], ["bind"], names=["kubeflow-admin", "kubeflow-edit", "kubeflow-view"]),
            rule(["security.istio.io"], ["authorizationpolicies"], WRITE),
            rule(["authorization.k8s.io"], ["subjectaccessreviews"], ["create"]),
            rule(["coordination.k8s.io"], ["leases"], WRITE),
            rule([""], ["events"], ["create", "patch"]),
        ])
        bind_cluster_role(self, role=NAME, service_account=NAME, name=NAME)
        self.api("ConfigMap-labels", api_version="v1", kind="ConfigMap", name=LABELS_CONFIGMAP, namespace=NAMESPACE,
                 data={"namespace-labels.yaml": yaml.safe_dump(PROFILE_NAMESPACE_LABELS, sort_keys=True)})
        deployment(self, Workload(name=NAME, api_access="reconciles Profiles into namespaces and RBAC; KFAM manages RoleBindings",
                                  containers=[
            Container(
                name="manager", image=pinned_image(f"{KUBEFLOW_REGISTRY}/profile-controller", KUBEFLOW_VERSION),
                command=["/manager"],
                args=["-userid-header", USERID_HEADER, "-userid-prefix", USERID_PREFIX, "-workload-identity", ""],
                ports=[("health", HEALTH_PORT)], cpu="100m", memory="128Mi", memory_limit="256Mi",
                liveness=http_probe("/healthz", HEALTH_PORT, initial_delay=15),
                readiness=http_probe("/readyz", HEALTH_PORT, initial_delay=5, period=10),
                volume_mounts=[{"name": "namespace-labels", "mountPath": "/etc/profile-controller", "readOnly": True}],
            ),
            Container(
                name="kfam", image=pinned_image(f"{KUBEFLOW_REGISTRY}/kfam", KUBEFLOW_VERSION),
                command=["/access-management"],
                args=["-cluster-admin", props.admin_email, "-userid-header", USERID_HEADER, "-userid-prefix", USERID_PREFIX],
                ports=[("kfam-http", KFAM_PORT)], cpu="100m", memory="128Mi", memory_limit="256Mi",
                liveness=http_probe("/metrics", KFAM_PORT, initial_delay=30, period=30),
                readiness=http_probe("/metrics", KFAM_PORT, initial_delay=5, period=10),
            ),
        ], volumes=[{"name": "namespace-labels", "configMap": {"name": LABELS_CONFIGMAP}}]))
        service(self, name=KFAM_SERVICE, selector=component_labels(NAME), ports=[("kfam-http", KFAM_PORT, KFAM_PORT)])
        self.network_policy(f"{NAME}-ingress", namespace=NAMESPACE, pod_selector={"matchLabels": component_labels(NAME)},
                            policy_types=["Ingress"], ingress=[{
                                "from": [kubeflow_peer(DASHBOARD), *(kubeflow_peer(c) for c in props.extra_kfam_clients)],
                                "ports": [{"protocol": "TCP", "port": KFAM_PORT}],
                            }])
