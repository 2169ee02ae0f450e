"""GPU node agents: the NVIDIA device plugin (advertises `nvidia.com/gpu`) and the DCGM exporter (GPU metrics).

Both run only on GPU nodes: required node affinity on the GPU instance types of the configured node groups
(`node.kubernetes.io/instance-type` is set by the kubelet on every node, so it does not depend on labels
the node groups may or may not carry) and a toleration for the `nvidia.com/gpu` taint those groups have.
The namespace is `privileged`: the device plugin registers through a hostPath socket directory and DCGM
reads the kubelet's pod-resources socket and needs SYS_ADMIN, which baseline and restricted forbid.
Facts (tests/upstream_facts/nvidia-device-plugin.yaml, dcgm-exporter.yaml): https://github.com/NVIDIA/k8s-device-plugin
(v0.17.4), https://github.com/NVIDIA/dcgm-exporter (4.2.3-4.1.3). The exporter maps GPUs to pods by UUID (its default
`DCGM_EXPORTER_KUBERNETES_GPU_ID_TYPE=uid`), which is why the device plugin uses `DEVICE_ID_STRATEGY=uuid`.
"""

from __future__ import annotations

from dataclasses import dataclass

from constructs import Construct

from k8s_charts.base import IdentityMode, PlatformChart, container, http_probe, pinned_image, resources
from k8s_charts.monitoring_config import scrape_annotations
from k8s_charts.props import ClusterServicesProps
from platform_config.gpu_nodes import GPU_TAINT_KEY, NODE_GROUP_LABEL

# EKS AMI types whose NVIDIA variants ship the device plugin as a host service
# (https://bottlerocket.dev/en/os/latest/#/api/settings/kubelet-device-plugins/).
BOTTLEROCKET_PREFIX = "BOTTLEROCKET_"

NAMESPACE = "gpu-system"
DEVICE_PLUGIN = "nvidia-device-plugin"
DCGM_EXPORTER = "dcgm-exporter"
DEVICE_PLUGIN_IMAGE = ("nvcr.io/nvidia/k8s-device-plugin", "v0.17.4")
DCGM_EXPORTER_IMAGE = ("nvcr.io/nvidia/k8s/dcgm-exporter", "4.2.3-4.1.3-ubuntu22.04")
DCGM_PORT = 9400

_ROOT_REASON = "CKV_K8S_23=the device plugin creates its socket in the root-owned kubelet device-plugins directory"


@dataclass(frozen=True, kw_only=True)
class GpuProps:
    kubernetes_version: str
    identity_mode: IdentityMode
    gpu_instance_types: tuple[str, ...]
    # Node groups whose AMI runs the NVIDIA device plugin on the host (Bottlerocket NVIDIA variants): a second
    # plugin there would register nvidia.com/gpu with the kubelet again. Default: none.
    host_device_plugin_groups: tuple[str, ...] = ()
    # Whether any GPU node group needs the device plugin DaemonSet (AL2023 NVIDIA AMIs do). Default: yes.
    needs_device_plugin: bool = True

    @classmethod
    def from_cluster(cls, props: ClusterServicesProps) -> "GpuProps":
        types = sorted({t for group in props.gpu_node_groups for t in group.instance_types})
        host = sorted(g.name for g in props.gpu_node_groups if g.ami_type.startswith(BOTTLEROCKET_PREFIX))
        return cls(kubernetes_version=props.kubernetes_version, identity_mode=props.identity_mode,
                   gpu_instance_types=tuple(types), host_device_plugin_groups=tuple(host),
                   needs_device_plugin=len(host) < len(props.gpu_node_groups))


def _root_context(*, capabilities: list[str] | None = None, read_only_root: bool = True) -> dict:
    return {
        "runAsUser": 0, "runAsGroup": 0, "runAsNonRoot": False, "allowPrivilegeEscalation": False,
        "readOnlyRootFilesystem": read_only_root, "seccompProfile": {"type": "RuntimeDefault"},
        "capabilities": {"drop": ["ALL"], **({"add": capabilities} if capabilities else {})},
    }


class GpuChart(PlatformChart):
    """Device plugin and DCGM exporter DaemonSets on GPU nodes only."""

    def __init__(self, scope: Construct, construct_id: str, *, props: GpuProps) -> None:
        super().__init__(scope, construct_id, component="gpu", version=DEVICE_PLUGIN_IMAGE[1],
                         kubernetes_version=props.kubernetes_version, identity_mode=props.identity_mode)
        if not props.gpu_instance_types:
            raise ValueError("GpuChart needs at least one GPU instance type (no GPU node groups configured)")
        ns = NAMESPACE
        self.platform_namespace(ns, pss="privileged", pss_reason=(
            "the NVIDIA device plugin needs the hostPath /var/lib/kubelet/device-plugins and DCGM the kubelet "
            "pod-resources socket and SYS_ADMIN; baseline forbids all three"))
        gpu_only = {"nodeAffinity": {"requiredDuringSchedulingIgnoredDuringExecution": {"nodeSelectorTerms": [{
            "matchExpressions": [{"key": "node.kubernetes.io/instance-type", "operator": "In",
                                  "values": list(props.gpu_instance_types)}]}]}}}
        tolerate_gpu = [{"key": GPU_TAINT_KEY, "operator": "Exists", "effect": "NoSchedule"},
                        {"key": "CriticalAddonsOnly", "operator": "Exists"}]
        root_pod = {"seccompProfile": {"type": "RuntimeDefault"}}
        if props.needs_device_plugin:
            self.service_account(DEVICE_PLUGIN, namespace=ns)
        self.service_account(DCGM_EXPORTER, namespace=ns)
        if props.needs_device_plugin:
            plugin_nodes = gpu_only
            if props.host_device_plugin_groups:
                term = {"matchExpressions": [
                    *gpu_only["nodeAffinity"]["requiredDuringSchedulingIgnoredDuringExecution"]["nodeSelectorTerms"][0]["matchExpressions"],
                    {"key": NODE_GROUP_LABEL, "operator": "NotIn", "values": list(props.host_device_plugin_groups)}]}
                plugin_nodes = {"nodeAffinity": {"requiredDuringSchedulingIgnoredDuringExecution": {"nodeSelectorTerms": [term]}}}
            self.workload(
                "DaemonSet", DEVICE_PLUGIN, namespace=ns, service_account=DEVICE_PLUGIN, affinity=plugin_nodes,
                tolerations=tolerate_gpu, priority_class="system-node-critical", pod_security=root_pod,
                strategy={"type": "RollingUpdate"},
                volumes=[{"name": "device-plugin", "hostPath": {"path": "/var/lib/kubelet/device-plugins", "type": "Directory"}}],
                skips=[_ROOT_REASON,
                       "CKV_K8S_40=the device plugin runs as root (UID 0) to write the kubelet device-plugin socket",
                       "CKV_K8S_8=the device plugin has no HTTP endpoint; the kubelet re-registers it when the socket dies",
                       "CKV_K8S_9=the device plugin serves no traffic; readiness is its registration with the kubelet"],
                containers=[container(
                    "nvidia-device-plugin-ctr", pinned_image(*DEVICE_PLUGIN_IMAGE),
                    env={"FAIL_ON_INIT_ERROR": "false", "DEVICE_LIST_STRATEGY": "envvar", "DEVICE_ID_STRATEGY": "uuid"},
                    resources_=resources("50m", "64Mi"), liveness=None, readiness=None,
                    security_context=_root_context(),
                    volume_mounts=[{"name": "device-plugin", "mountPath": "/var/lib/kubelet/device-plugins"}],
                )],
            )

        self.workload(
            "DaemonSet", DCGM_EXPORTER, namespace=ns, service_account=DCGM_EXPORTER, affinity=gpu_only,
            tolerations=tolerate_gpu, priority_class="system-node-critical", pod_security=root_pod,
            strategy={"type": "RollingUpdate"},
            volumes=[{"name": "pod-resources", "hostPath": {"path": "/var/lib/kubelet/pod-resources", "type": "Directory"}}],
            skips=["CKV_K8S_23=DCGM opens the NVIDIA devices and the root-owned kubelet pod-resources socket",
                   "CKV_K8S_40=DCGM runs as root (UID 0) to open the NVIDIA device nodes",
                   "CKV_K8S_22=the image's entrypoint runs ldconfig to find the injected NVIDIA libraries, which writes /etc/ld.so.cache",
                   "CKV_K8S_39=the DCGM host engine inside the exporter needs SYS_ADMIN (upstream manifests add it)",
                   "CKV_K8S_37=SYS_ADMIN is the one capability DCGM needs; all others are dropped",
                   "CKV_K8S_25=SYS_ADMIN is added for the DCGM host engine and its profiling metrics"],
            containers=[container(
                DCGM_EXPORTER, pinned_image(*DCGM_EXPORTER_IMAGE),
                env={"DCGM_EXPORTER_LISTEN": f":{DCGM_PORT}", "DCGM_EXPORTER_KUBERNETES": "true",
                     # Sees every GPU of the node without requesting one (the NVIDIA runtime honours this).
                     "NVIDIA_VISIBLE_DEVICES": "all",
                     # The `Hostname` label of every GPU series: $NODE_NAME, else the container's hostname, which is
                     # the exporter's pod name (internal/pkg/hostname/hostname.go; the Helm chart sets it the same way).
                     "NODE_NAME": {"valueFrom": {"fieldRef": {"fieldPath": "spec.nodeName"}}}},
                ports=[("metrics", DCGM_PORT)], resources_=resources("100m", "512Mi"),
                liveness=http_probe("/health", DCGM_PORT, initial_delay=45), readiness=http_probe("/health", DCGM_PORT),
                # As upstream (dcgm-exporter.yaml, deployment/values.yaml): SYS_ADMIN for the embedded host engine, and
                # a writable root filesystem because the entrypoint runs ldconfig under `set -e` before the exporter.
                security_context=_root_context(capabilities=["SYS_ADMIN"], read_only_root=False),
                volume_mounts=[{"name": "pod-resources", "mountPath": "/var/lib/kubelet/pod-resources", "readOnly": True}],
            )],
        )
        self.service(DCGM_EXPORTER, namespace=ns, app=DCGM_EXPORTER, ports=[("metrics", DCGM_PORT, "metrics")],
                     annotations=scrape_annotations(DCGM_PORT))
        self.allow_ingress("dcgm-from-monitoring", namespace=ns, app=DCGM_EXPORTER, ports=[DCGM_PORT],
                           from_=[self.peer("monitoring", "prometheus")])
