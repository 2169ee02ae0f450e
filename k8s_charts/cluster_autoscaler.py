"""Cluster Autoscaler for the managed node groups: a pending GPU pod scales its group up from zero,
idle nodes (GPU ones included) are removed.

Discovery is by the two tags EKS puts on every managed node group's Auto Scaling group,
`k8s.io/cluster-autoscaler/enabled` and `k8s.io/cluster-autoscaler/<cluster name>`: both must match, so
exactly this cluster's groups are managed. Scale-from-zero works because the autoscaler reads the
group's labels, taints and GPU count from the EKS node group API (`eks:DescribeNodegroup`, granted by its
role). The image minor follows the cluster's (the autoscaler supports only its own Kubernetes minor).
https://github.com/kubernetes/autoscaler/blob/master/cluster-autoscaler/cloudprovider/aws/README.md
"""

from __future__ import annotations

from dataclasses import dataclass

from constructs import Construct

from k8s_charts.base import IdentityMode, PlatformChart, WorkloadIdentity, container, http_probe, pinned_image, resources
from k8s_charts.monitoring_config import scrape_annotations
from k8s_charts.props import ClusterServicesProps

NAMESPACE = "platform-system"
APP = "cluster-autoscaler"
IMAGE = "registry.k8s.io/autoscaling/cluster-autoscaler"
# Kubernetes minor -> autoscaler release of the same minor.
VERSIONS = {"1.34": "v1.34.5", "1.35": "v1.35.1", "1.36": "v1.36.1"}
METRICS_PORT = 8085


@dataclass(frozen=True, kw_only=True)
class ClusterAutoscalerProps:
    kubernetes_version: str
    identity: WorkloadIdentity
    cluster_name: str
    region: str
    vpc_cidr: str
    expander: str = "least-waste"
    scale_down_unneeded_time: str = "10m"

    @property
    def identity_mode(self) -> IdentityMode:
        return self.identity.mode

    @property
    def discovery_tags(self) -> tuple[str, str]:
        return ("k8s.io/cluster-autoscaler/enabled", f"k8s.io/cluster-autoscaler/{self.cluster_name}")

    @classmethod
    def from_cluster(cls, props: ClusterServicesProps) -> "ClusterAutoscalerProps":
        return cls(kubernetes_version=props.kubernetes_version, identity=props.identity(APP),
                   cluster_name=props.cluster_name, region=props.region, vpc_cidr=props.vpc_cidr)


class ClusterAutoscalerChart(PlatformChart):
    """The autoscaler Deployment (single replica, leader-elected) and its RBAC, in `platform-system`."""

    def __init__(self, scope: Construct, construct_id: str, *, props: ClusterAutoscalerProps) -> None:
        version = VERSIONS[props.kubernetes_version]
        super().__init__(scope, construct_id, component=APP, version=version,
                         kubernetes_version=props.kubernetes_version, identity_mode=props.identity_mode)
        ns = NAMESPACE
        if props.identity.namespace != ns or props.identity.service_account != APP:
            raise ValueError(f"{APP}: its AWS identity must be for {ns}/{APP}, got "
                             f"{props.identity.namespace}/{props.identity.service_account}")
        self.service_account(APP, namespace=ns)
        read = ["watch", "list", "get"]
        self.cluster_role(APP, bind_to=(ns, APP), rules=[
            {"apiGroups": [""], "resources": ["events", "endpoints"], "verbs": ["create", "patch"]},
            {"apiGroups": [""], "resources": ["pods/eviction"], "verbs": ["create"]},
            {"apiGroups": [""], "resources": ["pods/status"], "verbs": ["update"]},
            {"apiGroups": [""], "resources": ["endpoints"], "resourceNames": [APP], "verbs": ["get", "update"]},
            {"apiGroups": [""], "resources": ["nodes"], "verbs": ["watch", "list", "get", "update"]},
            {"apiGroups": [""], "resources": ["namespaces", "pods", "services", "replicationcontrollers",
                                              "persistentvolumeclaims", "persistentvolumes"], "verbs": read},
            {"apiGroups": ["apps"], "resources": ["statefulsets", "replicasets", "daemonsets"], "verbs": read},
            {"apiGroups": ["policy"], "resources": ["poddisruptionbudgets"], "verbs": read},
            {"apiGroups": ["storage.k8s.io"], "resources": ["storageclasses", "csinodes", "csidrivers",
                                                            "csistoragecapacities", "volumeattachments"], "verbs": read},
            {"apiGroups": ["batch"], "resources": ["jobs", "cronjobs"], "verbs": read},
            {"apiGroups": ["resource.k8s.io"], "resources": ["resourceclaims", "resourceslices", "deviceclasses"], "verbs": read},
            {"apiGroups": ["coordination.k8s.io"], "resources": ["leases"], "verbs": ["create"]},
            {"apiGroups": ["coordination.k8s.io"], "resources": ["leases"], "resourceNames": [APP], "verbs": ["get", "update"]},
        ])
        self.role(APP, namespace=ns, bind_to=(ns, APP), rules=[
            {"apiGroups": [""], "resources": ["configmaps"], "verbs": ["create", "list", "watch"]},
            {"apiGroups": [""], "resources": ["configmaps"], "resourceNames": ["cluster-autoscaler-status"],
             "verbs": ["delete", "get", "update", "watch"]},
        ])
        enabled, cluster = props.discovery_tags
        self.workload(
            "Deployment", APP, namespace=ns, service_account=APP, identity=props.identity,
            api_access="watches pending pods and nodes, evicts pods from nodes it removes",
            priority_class="system-cluster-critical",
            pod_annotations={"cluster-autoscaler.kubernetes.io/safe-to-evict": "false"},
            containers=[container(
                APP, pinned_image(IMAGE, version), command=["./cluster-autoscaler"],
                args=[
                    "--v=2", "--cloud-provider=aws", f"--namespace={ns}",
                    f"--node-group-auto-discovery=asg:tag={enabled},{cluster}",
                    f"--expander={props.expander}",
                    "--balance-similar-node-groups=true",
                    "--skip-nodes-with-system-pods=false",
                    "--skip-nodes-with-local-storage=false",
                    f"--scale-down-unneeded-time={props.scale_down_unneeded_time}",
                    "--scale-down-delay-after-add=10m",
                    f"--address=:{METRICS_PORT}",
                ],
                env={"AWS_REGION": props.region},
                ports=[("metrics", METRICS_PORT)], resources_=resources("100m", "600Mi"),
                liveness=http_probe("/health-check", METRICS_PORT, initial_delay=30),
                readiness=http_probe("/health-check", METRICS_PORT),
            )],
        )
        self.service(APP, namespace=ns, app=APP, ports=[("metrics", METRICS_PORT, "metrics")],
                     annotations=scrape_annotations(METRICS_PORT))
        self.allow_ingress(f"{APP}-metrics-from-monitoring", namespace=ns, app=APP, ports=[METRICS_PORT],
                           from_=[self.peer("monitoring", "prometheus")])
        self.allow_egress(f"{APP}-egress", namespace=ns, app=APP, rules=[
            # Kubernetes API (private endpoint) and the Auto Scaling / EC2 / EKS APIs: all on 443.
            {"ports": [{"protocol": "TCP", "port": 443}]},
            props.identity.credentials_egress(),
        ])
