"""EKS cluster: version, endpoint access, node groups and workload identity mode."""

from __future__ import annotations

import ipaddress
from typing import Annotated, Literal

from pydantic import Field, field_validator, model_validator

from platform_config.aws_limits import (
    DEFAULT_KUBERNETES_VERSION,
    GPU_AMI_TYPES,
    GPU_INSTANCE_FAMILIES,
    SUPPORTED_KUBERNETES_VERSIONS,
)
from platform_config.base import FrozenModel
from platform_config.gpu_instances import GPU_INSTANCE_SPECS
from platform_config.network import check_cidr, check_retention

NodeGroupName = Annotated[str, Field(pattern=r"^[a-z][a-z0-9-]{1,38}$")]


def instance_family(instance_type: str) -> str:
    """`g5.2xlarge` -> `g5`."""
    return instance_type.split(".", 1)[0]


def _check_instance_type(value: str) -> str:
    if "." not in value or not all(value.split(".", 1)):
        raise ValueError(f"{value!r} is not an EC2 instance type like 'm6i.xlarge'")
    return value


class _ScalingConfig(FrozenModel):
    min_size: Annotated[int, Field(ge=0, le=450)] = Field(description="Minimum nodes.")
    desired_size: Annotated[int, Field(ge=0, le=450)] | None = Field(default=None, description="Nodes at creation; unset, the group starts at min_size.")
    max_size: Annotated[int, Field(ge=1, le=450)] = Field(description="Maximum nodes (EKS limit 450).")
    disk_size_gib: Annotated[int, Field(ge=20, le=16384)] = Field(default=100, description="Encrypted gp3 root volume size (GiB).")

    def model_post_init(self, context: object, /) -> None:
        # An unset desired_size starts the group at min_size, so raising min_size alone is enough. Filled here, not
        # written as a default, so a partial section laid over the default section never inherits a stale one.
        if self.desired_size is None:
            self.__dict__["desired_size"] = self.min_size

    @model_validator(mode="after")
    def _sizes(self) -> "_ScalingConfig":
        if not self.min_size <= self.desired_size <= self.max_size:
            raise ValueError(
                f"sizes must satisfy min_size <= desired_size <= max_size, got "
                f"min_size={self.min_size}, desired_size={self.desired_size}, max_size={self.max_size}"
            )
        return self


class SystemNodeGroupConfig(_ScalingConfig):
    """On-demand AL2023 nodes for platform services (gateway, Kubeflow, monitoring)."""

    instance_types: tuple[str, ...] = Field(default=("m6i.xlarge",), min_length=1, description="EC2 instance types.")
    min_size: Annotated[int, Field(ge=1, le=450)] = Field(default=2, description="Minimum nodes (at least 1).")
    desired_size: Annotated[int, Field(ge=1, le=450)] | None = Field(default=None, description="Nodes at creation; unset, the group starts at min_size.")
    max_size: Annotated[int, Field(ge=1, le=450)] = Field(default=6, description="Maximum nodes.")

    @field_validator("instance_types")
    @classmethod
    def _types(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for item in value:
            _check_instance_type(item)
            if instance_family(item) in GPU_INSTANCE_FAMILIES:
                raise ValueError(f"{item!r} is a GPU instance; the system group runs CPU platform services")
        return value


class GpuNodeGroupConfig(_ScalingConfig):
    """A GPU managed node group: scales to zero, tainted `nvidia.com/gpu=true:NoSchedule`."""

    name: NodeGroupName = Field(description="Node group name, unique in the cluster.")
    instance_types: tuple[str, ...] = Field(min_length=1, description="GPU instance types; several for SPOT.")
    capacity_type: Literal["ON_DEMAND", "SPOT"] = Field(default="ON_DEMAND", description="ON_DEMAND or SPOT.")
    ami_type: Literal["AL2023_x86_64_NVIDIA", "BOTTLEROCKET_x86_64_NVIDIA"] = Field(
        default="AL2023_x86_64_NVIDIA", description="EKS AMI type with NVIDIA drivers."
    )
    min_size: Annotated[int, Field(ge=0, le=450)] = Field(default=0, description="Minimum nodes (0 so idle GPUs cost nothing).")
    desired_size: Annotated[int, Field(ge=0, le=450)] | None = Field(default=None, description="Nodes at creation; unset, the group starts at min_size.")
    max_size: Annotated[int, Field(ge=1, le=450)] = Field(default=4, description="Maximum nodes.")
    gpus_per_node: Annotated[int, Field(ge=1, le=16)] = Field(default=1, description="GPUs per instance (autoscaler hint).")
    gpu_model: str = Field(
        default="nvidia-a10g",
        pattern=r"^[a-z0-9]([a-z0-9.-]{0,61}[a-z0-9])?$",
        description="Accelerator label value (a valid Kubernetes label value), e.g. nvidia-a10g, nvidia-l4, nvidia-a100.",
    )
    efa: bool | None = Field(
        default=None,
        description=(
            "Elastic Fabric Adapter for multi-node training: EFA interfaces, a cluster placement group (one AZ) and the "
            "EFA device plugin. Unset: on when every instance type supports EFA; true requires that; false turns it off."
        ),
    )

    @field_validator("instance_types")
    @classmethod
    def _gpu_types(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for item in value:
            _check_instance_type(item)
            if instance_family(item) not in GPU_INSTANCE_FAMILIES:
                families = ", ".join(sorted(GPU_INSTANCE_FAMILIES))
                raise ValueError(f"{item!r} is not a GPU instance family (one of {families})")
        return value

    @model_validator(mode="after")
    def _one_size(self) -> "GpuNodeGroupConfig":
        # The Cluster Autoscaler builds one node template per group (scale from zero) from one of its instance types,
        # so every type must have the same vCPUs and memory ("the instance types should have the same amount of RAM
        # and number of CPU cores", kubernetes/autoscaler cluster-autoscaler/cloudprovider/aws/README.md, "Using Mixed
        # Instances Policies and Spot Instances"), and the same GPU count (the nvidia.com/gpu the template advertises).
        types = list(self.instance_types)
        unknown = [t for t in types if t not in GPU_INSTANCE_SPECS]
        if len(types) > 1 and unknown:
            raise ValueError(
                f"instance_types={types}: the size of {unknown} is unknown (platform_config/gpu_instances.py), so one size "
                f"cannot be checked; use one instance type or add its size to the table"
            )
        specs = {t: GPU_INSTANCE_SPECS[t] for t in types if t in GPU_INSTANCE_SPECS}
        if len({(s.vcpus, s.memory_gib, s.gpus) for s in specs.values()}) > 1:
            sizes = ", ".join(f"{t}: {s.size()}" for t, s in specs.items())
            raise ValueError(
                f"instance_types={types} mixes sizes ({sizes}): every type of a node group needs the same vCPUs, memory "
                f"and GPU count, because the Cluster Autoscaler sizes a scale-from-zero node from one of them; "
                f"use one node group per size"
            )
        gpus = {s.gpus for s in specs.values()}
        if gpus and gpus != {self.gpus_per_node}:
            raise ValueError(f"gpus_per_node={self.gpus_per_node} but {types} carry {gpus.pop()} GPUs per instance")
        no_efa = [t for t in types if t not in specs or specs[t].efa_interfaces == 0]
        if self.efa and no_efa:
            raise ValueError(f"efa=True but {no_efa} support no Elastic Fabric Adapter (platform_config/gpu_instances.py)")
        return self

    @property
    def efa_interfaces(self) -> int:
        """EFA interfaces per node: 0 when EFA is off (explicitly, or unset with a type that has none)."""
        if self.efa is False or any(GPU_INSTANCE_SPECS.get(t, (0, 0, 0, 0))[3] == 0 for t in self.instance_types):
            return 0
        return min(GPU_INSTANCE_SPECS[t].efa_interfaces for t in self.instance_types)

    @model_validator(mode="after")
    def _spot(self) -> "GpuNodeGroupConfig":
        if self.ami_type not in GPU_AMI_TYPES:  # pragma: no cover - Literal guards it
            raise ValueError(f"ami_type={self.ami_type!r} is not a GPU AMI type")
        if self.capacity_type == "SPOT" and len(self.instance_types) < 2:
            raise ValueError(
                f"capacity_type='SPOT' needs at least two instance_types for capacity diversity, got {list(self.instance_types)}"
            )
        return self


class ClusterConfig(FrozenModel):
    """The EKS cluster."""

    kubernetes_version: str = Field(default=DEFAULT_KUBERNETES_VERSION, description="Kubernetes minor version (1.34-1.36).")
    endpoint_public_access: bool = Field(default=False, description="Expose the API endpoint publicly (then restricted to public_access_cidrs).")
    public_access_cidrs: tuple[str, ...] = Field(default=(), description="CIDRs allowed to the public endpoint.")
    control_plane_log_retention_days: int = Field(default=90, description="Retention of the five control-plane log types (days).")
    container_log_retention_days: int = Field(
        default=30,
        description="Retention of the containers' stdout/stderr in CloudWatch Logs (days; e.g. 14 dev, 30 staging, 90 prod).",
    )
    workload_identity: Literal["pod-identity", "kube2iam"] = Field(
        default="pod-identity", description="How pods get AWS roles: EKS Pod Identity or the kube2iam DaemonSet."
    )
    system_node_group: SystemNodeGroupConfig = Field(default_factory=SystemNodeGroupConfig, description="Platform services nodes.")
    gpu_node_groups: tuple[GpuNodeGroupConfig, ...] = Field(default=(), description="GPU node groups.")

    @field_validator("kubernetes_version")
    @classmethod
    def _version(cls, value: str) -> str:
        if value not in SUPPORTED_KUBERNETES_VERSIONS:
            raise ValueError(f"{value!r} is not supported (one of {', '.join(SUPPORTED_KUBERNETES_VERSIONS)})")
        return value

    @field_validator("public_access_cidrs")
    @classmethod
    def _cidrs(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for item in value:
            check_cidr(item)
        return value

    @field_validator("control_plane_log_retention_days", "container_log_retention_days")
    @classmethod
    def _retention(cls, value: int) -> int:
        return check_retention(value)

    @model_validator(mode="after")
    def _endpoint_and_names(self) -> "ClusterConfig":
        problems = []
        if self.endpoint_public_access and not self.public_access_cidrs:
            problems.append("endpoint_public_access=true needs public_access_cidrs (the endpoint is never open to the world)")
        if not self.endpoint_public_access and self.public_access_cidrs:
            problems.append(
                f"public_access_cidrs={list(self.public_access_cidrs)} is set but endpoint_public_access=false"
            )
        open_world = [c for c in self.public_access_cidrs if ipaddress.ip_network(c).prefixlen == 0]
        if open_world:
            problems.append(f"public_access_cidrs contains {open_world[0]!r}: list the operator networks instead")
        names = [g.name for g in self.gpu_node_groups]
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            problems.append(f"gpu_node_groups names must be unique, repeated: {dupes}")
        if problems:
            raise ValueError("\n".join(problems))
        return self
