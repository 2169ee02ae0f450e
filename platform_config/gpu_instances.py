"""Size and EFA capability of the NVIDIA GPU instance types a GPU node group may hold.

Sizes (vCPUs, memory, GPUs) from the EC2 accelerated computing specifications
(https://docs.aws.amazon.com/ec2/latest/instancetypes/ac.html); EFA support from the EFA supported instance types
(https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/efa.html#efa-instance-types), cross-checked with the instance
types the EFA device plugin schedules on (aws/eks-charts stable/aws-efa-k8s-device-plugin/values.yaml,
`supportedInstanceLabels`, chart v0.5.30 in tag v0.0.242); EFA interfaces = the network cards that carry one
(https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/efa-acc-inst-types.html: one EFA per network card).
Every row is checked against tests/upstream_facts/aws/efa.yaml (EFA interfaces and network cards as
DescribeInstanceTypes reports them, through the instance-type reference Karpenter generates from it).
Refresh with `aws ec2 describe-instance-types --instance-types <type> --query
'InstanceTypes[].[VCpuInfo.DefaultVCpus,MemoryInfo.SizeInMiB,GpuInfo.Gpus[0].Count,NetworkInfo.EfaInfo.MaximumEfaInterfaces]'`.
"""

from __future__ import annotations

from typing import NamedTuple


class GpuInstanceSpec(NamedTuple):
    vcpus: int
    memory_gib: int
    gpus: int
    efa_interfaces: int
    """0: no EFA. Otherwise the EFA interfaces a node gets, one per network card."""

    def size(self) -> str:
        return f"{self.vcpus} vCPU/{self.memory_gib} GiB/{self.gpus} GPU"


def _family(name: str, sizes: dict[str, tuple[int, int, int, int]]) -> dict[str, GpuInstanceSpec]:
    return {f"{name}.{size}": GpuInstanceSpec(*spec) for size, spec in sizes.items()}


# The common g-family ladder: (vCPUs, GiB, GPUs, EFA interfaces) per size; EFA from 8xlarge up.
_G_LADDER = {"xlarge": (4, 16, 1, 0), "2xlarge": (8, 32, 1, 0), "4xlarge": (16, 64, 1, 0), "8xlarge": (32, 128, 1, 1),
             "12xlarge": (48, 192, 4, 1), "16xlarge": (64, 256, 1, 1), "24xlarge": (96, 384, 4, 1), "48xlarge": (192, 768, 8, 1)}

GPU_INSTANCE_SPECS: dict[str, GpuInstanceSpec] = {
    **_family("g4dn", {k: v for k, v in _G_LADDER.items() if k not in ("24xlarge", "48xlarge")}),
    "g4dn.metal": GpuInstanceSpec(96, 384, 8, 1),
    **_family("g5", _G_LADDER),
    **_family("g6", _G_LADDER),
    **_family("g6e", {"xlarge": (4, 32, 1, 0), "2xlarge": (8, 64, 1, 0), "4xlarge": (16, 128, 1, 0),
                      "8xlarge": (32, 256, 1, 1), "12xlarge": (48, 384, 4, 1), "16xlarge": (64, 512, 1, 1),
                      "24xlarge": (96, 768, 4, 2), "48xlarge": (192, 1536, 8, 4)}),
    **_family("gr6", {"4xlarge": (16, 128, 1, 0), "8xlarge": (32, 256, 1, 1)}),
    **_family("p3", {"2xlarge": (8, 61, 1, 0), "8xlarge": (32, 244, 4, 0), "16xlarge": (64, 488, 8, 0)}),
    "p3dn.24xlarge": GpuInstanceSpec(96, 768, 8, 1),
    "p5.4xlarge": GpuInstanceSpec(16, 256, 1, 1),
    "p4d.24xlarge": GpuInstanceSpec(96, 1152, 8, 4),
    "p4de.24xlarge": GpuInstanceSpec(96, 1152, 8, 4),
    "p5.48xlarge": GpuInstanceSpec(192, 2048, 8, 32),
    "p5e.48xlarge": GpuInstanceSpec(192, 2048, 8, 32),
    "p5en.48xlarge": GpuInstanceSpec(192, 2048, 8, 16),
    "p6-b200.48xlarge": GpuInstanceSpec(192, 2048, 8, 8),
}
