"""The inputs of the in-cluster charts: plain, frozen values (strings, config sections), no CDK objects.

`ClusterServicesProps` is what the AWS side hands to `build_platform_charts`: role ARNs, bucket names,
the FSx file system's id/DNS/mount names, the data key's ARN, the VPC CIDR, the Kubernetes version and the identity mode.
In the CDK app these may be CloudFormation tokens (resolved at deploy time); in tests and `dist/` they
are plain strings, so every chart synthesizes and is validated without CDK.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping

from k8s_charts.base import IdentityMode, WorkloadIdentity
from platform_config.platform_services import PlatformServicesConfig



@dataclass(frozen=True, kw_only=True)
class IdentityRef:
    """An AWS role for one component: the (namespace, service account) the role is associated with."""

    namespace: str
    service_account: str
    role_arn: str


@dataclass(frozen=True, kw_only=True)
class GpuNodeGroupRef:
    """A GPU managed node group as the autoscaler and GPU agents see it."""

    name: str
    instance_types: tuple[str, ...]
    min_size: int
    max_size: int
    gpus_per_node: int
    gpu_model: str
    # Bottlerocket NVIDIA AMIs run the NVIDIA device plugin on the host; AL2023 NVIDIA AMIs need the DaemonSet.
    ami_type: str = "AL2023_x86_64_NVIDIA"
    # EFA interfaces per node (0: no EFA); training pods may request that many `vpc.amazonaws.com/efa`.
    efa_interfaces: int = 0


@dataclass(frozen=True, kw_only=True)
class FsxRef:
    """The FSx for Lustre file system of the data stack."""

    file_system_id: str
    dns_name: str
    mount_name: str
    storage_capacity_gib: int = 1200


@dataclass(frozen=True, kw_only=True)
class AuthHook:
    """Where the gateway sends every request for an authentication decision (oauth2-proxy for Kubeflow)."""

    service: str  # "name.namespace:port" of the auth service
    path_prefix: str = "/oauth2/auth"
    allowed_request_headers: tuple[str, ...] = ("cookie", "authorization")
    allowed_authorization_headers: tuple[str, ...] = ("kubeflow-userid", "kubeflow-groups", "set-cookie", "authorization")
    timeout_ms: int = 5000


@dataclass(frozen=True, kw_only=True)
class ClusterServicesProps:
    """Everything the platform's charts need from the AWS stacks and the config, as plain values."""

    environment: str
    account: str
    region: str
    cluster_name: str
    kubernetes_version: str
    identity_mode: IdentityMode
    vpc_id: str
    vpc_cidr: str
    availability_zones: tuple[str, ...]
    identities: Mapping[str, IdentityRef]
    system_node_group: str
    gpu_node_groups: tuple[GpuNodeGroupRef, ...]
    fsx: FsxRef | None
    buckets: Mapping[str, str]
    # The Security stack's data key (PlatformKeys.data_key): EBS volumes of the gp3 StorageClass are encrypted with it.
    data_key_arn: str
    platform_services: PlatformServicesConfig = field(default_factory=PlatformServicesConfig)
    # Corporate networks routed to the VPC (network.peer_cidrs): an internal gateway admits them.
    peer_cidrs: tuple[str, ...] = ()
    # The environment's ECR registry when images must come through it (network.private_only); None: upstream.
    image_registry: str | None = None
    # Training namespaces that get a claim on the FSx volume (Kubeflow profiles add theirs).
    training_namespaces: tuple[str, ...] = ("ml-training",)
    # The gateway's external authentication (the Kubeflow login sets it to its oauth2-proxy); None: no AuthService.
    gateway_auth: AuthHook | None = None
    # Config sections other charts need (Seldon, Kubeflow): name -> frozen model.
    sections: Mapping[str, Any] = field(default_factory=dict)

    def identity(self, component: str) -> WorkloadIdentity:
        """The workload identity of `component`; a KeyError names the missing component."""
        try:
            ref = self.identities[component]
        except KeyError:
            raise KeyError(f"no AWS identity for component {component!r} (have: {sorted(self.identities)})") from None
        return WorkloadIdentity(mode=self.identity_mode, namespace=ref.namespace, service_account=ref.service_account,
                                role_arn=ref.role_arn)

    def roles_in(self, namespace: str) -> list[str]:
        """Role ARNs of the components in `namespace` (kube2iam's allowed-roles list for it)."""
        return sorted(ref.role_arn for ref in self.identities.values() if ref.namespace == namespace)
