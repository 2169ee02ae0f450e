"""EFA device plugin: advertises each node's Elastic Fabric Adapters as `vpc.amazonaws.com/efa`, so multi-node
training pods (MPIJob, PyTorchJob) can request them and NCCL talks over EFA.

Only on the EFA node groups (node affinity on the group label), tolerating their `nvidia.com/gpu` taint; in the GPU
agents' namespace (`gpu-system`, privileged: the plugin needs the kubelet device-plugin directory and
/dev/infiniband from the host, privileged as upstream). Facts (tests/upstream_facts/efa-device-plugin.yaml):
aws/eks-charts stable/aws-efa-k8s-device-plugin, chart v0.5.30, image v0.5.20 from the EKS images account.
"""

from __future__ import annotations

from dataclasses import dataclass

from constructs import Construct

from k8s_charts.base import IdentityMode, PlatformChart, container, pinned_image, resources
from k8s_charts.gpu import NAMESPACE
from k8s_charts.props import ClusterServicesProps
from platform_config.gpu_nodes import EFA_RESOURCE, GPU_TAINT_KEY, NODE_GROUP_LABEL  # noqa: F401 (re-exported)

APP = "aws-efa-k8s-device-plugin"
VERSION = "v0.5.20"
# Amazon EKS add-on images live in an ECR registry per region, most in account 602401143452, some in their own
# (https://docs.aws.amazon.com/eks/latest/userguide/add-ons-images.html). Only regions checked against that page are
# listed: another region fails synth instead of pulling from a registry that does not exist.
EKS_IMAGE_ACCOUNTS = {
    **{region: "602401143452" for region in (
        "us-east-1", "us-east-2", "us-west-1", "us-west-2", "ca-central-1", "sa-east-1", "eu-west-1", "eu-west-2",
        "eu-west-3", "eu-central-1", "eu-north-1", "ap-south-1", "ap-northeast-1", "ap-northeast-2", "ap-northeast-3",
        "ap-southeast-1", "ap-southeast-2")},
    "af-south-1": "877085696533", "ap-east-1": "800184023465", "ap-south-2": "900889452093",
    "ap-southeast-3": "296578399912", "ap-southeast-4": "491585149902",
}


def image_repository(region: str) -> str:
    try:
        account = EKS_IMAGE_ACCOUNTS[region]
    except KeyError:
        raise ValueError(f"region {region!r} has no known EKS image registry for {APP}; add it to EKS_IMAGE_ACCOUNTS "
                         f"from https://docs.aws.amazon.com/eks/latest/userguide/add-ons-images.html") from None
    return f"{account}.dkr.ecr.{region}.amazonaws.com/eks/{APP}"


@dataclass(frozen=True, kw_only=True)
class EfaDevicePluginProps:
    kubernetes_version: str
    identity_mode: IdentityMode
    region: str
    efa_node_groups: tuple[str, ...]

    @classmethod
    def from_cluster(cls, props: ClusterServicesProps) -> "EfaDevicePluginProps":
        return cls(kubernetes_version=props.kubernetes_version, identity_mode=props.identity_mode, region=props.region,
                   efa_node_groups=tuple(sorted(g.name for g in props.gpu_node_groups if g.efa_interfaces)))


class EfaDevicePluginChart(PlatformChart):
    """The EFA device plugin DaemonSet on the EFA GPU node groups."""

    def __init__(self, scope: Construct, construct_id: str, *, props: EfaDevicePluginProps) -> None:
        super().__init__(scope, construct_id, component=APP, version=VERSION,
                         kubernetes_version=props.kubernetes_version, identity_mode=props.identity_mode)
        if not props.efa_node_groups:
            raise ValueError("EfaDevicePluginChart needs at least one EFA node group")
        ns = NAMESPACE
        self.service_account(APP, namespace=ns)
        efa_nodes = {"nodeAffinity": {"requiredDuringSchedulingIgnoredDuringExecution": {"nodeSelectorTerms": [{
            "matchExpressions": [{"key": NODE_GROUP_LABEL, "operator": "In", "values": list(props.efa_node_groups)}]}]}}}
        self.workload(
            "DaemonSet", APP, namespace=ns, service_account=APP, affinity=efa_nodes,
            tolerations=[{"key": GPU_TAINT_KEY, "operator": "Exists", "effect": "NoSchedule"},
                         {"key": "CriticalAddonsOnly", "operator": "Exists"}],
            priority_class="system-node-critical", pod_security={"seccompProfile": {"type": "RuntimeDefault"}},
            strategy={"type": "RollingUpdate"},
            # As upstream: the plugin enumerates the EFA devices under /dev/infiniband (host network, like the chart).
            extra_pod={"hostNetwork": True},
            volumes=[
                {"name": "device-plugin", "hostPath": {"path": "/var/lib/kubelet/device-plugins", "type": "Directory"}},
                {"name": "infiniband-volume", "hostPath": {"path": "/dev/infiniband/"}},
            ],
            skips=["CKV_K8S_23=the EFA device plugin creates its socket in the root-owned kubelet device-plugins directory",
                   "CKV_K8S_40=the EFA device plugin runs as root (UID 0) as upstream, to open /dev/infiniband devices",
                   "CKV_K8S_16=upstream runs the EFA device plugin privileged to enumerate the host's EFA devices",
                   "CKV_K8S_20=privileged implies privilege escalation; upstream sets both for the EFA device plugin",
                   "CKV_K8S_19=the EFA device plugin uses the host network as upstream (it serves nothing on it)",
                   "CKV_K8S_8=the EFA device plugin has no HTTP endpoint; the kubelet re-registers it when the socket dies",
                   "CKV_K8S_9=the EFA device plugin serves no traffic; readiness is its registration with the kubelet"],
            containers=[container(
                APP, pinned_image(image_repository(props.region), VERSION),
                resources_=resources("10m", "20Mi", memory_limit="64Mi"), liveness=None, readiness=None,
                security_context={"privileged": True, "allowPrivilegeEscalation": True, "runAsUser": 0,
                                  "runAsNonRoot": False, "readOnlyRootFilesystem": True,
                                  "seccompProfile": {"type": "RuntimeDefault"}, "capabilities": {"drop": ["ALL"]}},
                volume_mounts=[{"name": "device-plugin", "mountPath": "/var/lib/kubelet/device-plugins"},
                               {"name": "infiniband-volume", "mountPath": "/dev/infiniband/"}],
            )],
        )
