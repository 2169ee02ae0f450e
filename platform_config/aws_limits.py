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

# FSx for Lustre PERSISTENT_2 (SSD): capacity 1.2 TiB, then increments of 2.4 TiB; throughput per TiB.
# https://docs.aws.amazon.com/fsx/latest/APIReference/API_CreateFileSystem.html#FSx-CreateFileSystem-request-StorageCapacity
FSX_PERSISTENT_2_FIRST_CAPACITY_GIB = 1200
FSX_PERSISTENT_2_CAPACITY_INCREMENT_GIB = 2400
# https://docs.aws.amazon.com/fsx/latest/APIReference/API_CreateFileSystemLustreConfiguration.html
FSX_PERSISTENT_2_THROUGHPUT_MBPS_PER_TIB: frozenset[int] = frozenset({125, 250, 500, 1000})

# Athena BytesScannedCutoffPerQuery minimum (10 MB).
# https://docs.aws.amazon.com/athena/latest/APIReference/API_WorkGroupConfiguration.html
ATHENA_MIN_BYTES_SCANNED_CUTOFF = 10_000_000

# S3 keeps objects in STANDARD before STANDARD_IA, and in STANDARD_IA before Glacier, for 30 days at least.
# https://docs.aws.amazon.com/AmazonS3/latest/userguide/lifecycle-transition-general-considerations.html
S3_MIN_DAYS_IN_INFREQUENT_ACCESS = 30

# EKS access policies an access entry may associate.
# https://docs.aws.amazon.com/eks/latest/userguide/access-policy-permissions.html
EKS_ACCESS_POLICIES: tuple[str, ...] = (
    "AmazonEKSClusterAdminPolicy",
    "AmazonEKSAdminPolicy",
    "AmazonEKSEditPolicy",
    "AmazonEKSViewPolicy",
)
