"""Values the AWS services accept, so config errors surface at synth, not at deploy."""

from __future__ import annotations

# CloudWatch Logs PutRetentionPolicy accepts only these day counts.
# https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutRetentionPolicy.html
LOG_RETENTION_DAYS: frozenset[int] = frozenset(
    {1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653}
)

# EKS managed node group AMI types that carry the NVIDIA driver stack.
GPU_AMI_TYPES: frozenset[str] = frozenset({"AL2023_x86_64_NVIDIA", "BOTTLEROCKET_x86_64_NVIDIA"})

# EC2 instance families with NVIDIA GPUs that the GPU AMIs support.
GPU_INSTANCE_FAMILIES: frozenset[str] = frozenset(
    {"g4dn", "g5", "g6", "g6e", "gr6", "p3", "p3dn", "p4d", "p4de", "p5", "p5e", "p5en", "p6-b200"}
)

# Kubernetes minor versions the platform is tested on; each maps to the kubectl
# Lambda layer package pinned in requirements.txt.
SUPPORTED_KUBERNETES_VERSIONS: tuple[str, ...] = ("1.34", "1.35", "1.36")
DEFAULT_KUBERNETES_VERSION = "1.35"
