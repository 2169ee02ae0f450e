"""Data stores: S3 buckets per seed store, offline and online feature stores, ECR, FSx for Lustre."""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import Field, field_validator, model_validator

from platform_config.aws_limits import (
    ATHENA_MIN_BYTES_SCANNED_CUTOFF,
    FSX_PERSISTENT_2_FIRST_CAPACITY_GIB,
    FSX_PERSISTENT_2_CAPACITY_INCREMENT_GIB,
    FSX_PERSISTENT_2_THROUGHPUT_MBPS_PER_TIB,
    S3_MIN_DAYS_IN_INFREQUENT_ACCESS,
)
from platform_config.base import FrozenModel

# arn:<partition>:s3:::<bucket>; bucket naming rules:
# https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html
BUCKET_ARN = re.compile(r"^arn:aws(-cn|-us-gov)?:s3:::(?P<name>[a-z0-9][a-z0-9.-]{1,61}[a-z0-9])$")
MAX_BUCKET_NAME = 63

# Suffix of each platform bucket's name: `<project>-<environment>-<account>-<suffix>`.
STORE_BUCKET_SUFFIXES: dict[str, str] = {
    "collected_data": "collected-data",
    "offline_features": "offline-features",
    "models": "models",
    "predictions": "predictions",
    "metrics": "metrics",
    "pipeline_artifacts": "pipeline-artifacts",
    "athena_results": "athena-results",
    "access_logs": "access-logs",
}


def bucket_name(project: str, environment: str, account: str, store: str) -> str:
    """Deterministic bucket name, so other stacks (CloudTrail data events, SSO policies) need no cross-stack reference."""
    return f"{project}-{environment}-{account}-{STORE_BUCKET_SUFFIXES[store]}"


def bucket_name_problems(project: str, environment: str, account: str) -> list[str]:
    longest = max(STORE_BUCKET_SUFFIXES, key=lambda s: len(STORE_BUCKET_SUFFIXES[s]))
    name = bucket_name(project, environment, account, longest)
    if len(name) > MAX_BUCKET_NAME:
        return [
            f"project={project!r} with environment={environment!r} makes bucket name {name!r} "
            f"{len(name)} characters long (S3 allows {MAX_BUCKET_NAME}); shorten one of them"
        ]
    return []


def check_bucket_arn(value: str) -> str:
    match = BUCKET_ARN.match(value)
    if not match or ".." in match["name"] or re.fullmatch(r"\d+\.\d+\.\d+\.\d+", match["name"]):
        raise ValueError(f"{value!r} is not an S3 bucket ARN like 'arn:aws:s3:::my-bucket' (no key, valid bucket name)")
    return value


Days = Annotated[int, Field(ge=1, le=36500)]


class StoreLifecycleConfig(FrozenModel):
    """Lifecycle of one bucket: optional transitions, optional expiry, and expiry of old versions."""

    infrequent_access_after_days: Days | None = Field(
        default=None, description="Move current objects to STANDARD_IA after this many days (at least 30); unset keeps them in STANDARD."
    )
    glacier_after_days: Days | None = Field(
        default=None, description="Move current objects to Glacier Flexible Retrieval after this many days; unset never."
    )
    expire_after_days: Days | None = Field(default=None, description="Delete current objects after this many days; unset keeps them.")
    noncurrent_expire_after_days: Days = Field(default=90, description="Delete superseded object versions after this many days.")

    @model_validator(mode="after")
    def _order(self) -> "StoreLifecycleConfig":
        problems = []
        ia, glacier, expire = self.infrequent_access_after_days, self.glacier_after_days, self.expire_after_days
        # S3 lifecycle constraints: https://docs.aws.amazon.com/AmazonS3/latest/userguide/lifecycle-transition-general-considerations.html
        if ia is not None and ia < S3_MIN_DAYS_IN_INFREQUENT_ACCESS:
            problems.append(f"infrequent_access_after_days={ia}: S3 moves objects to STANDARD_IA after 30 days at the earliest")
        if ia is not None and glacier is not None and glacier < ia + S3_MIN_DAYS_IN_INFREQUENT_ACCESS:
            problems.append(
                f"glacier_after_days={glacier} must be at least 30 days after infrequent_access_after_days={ia}"
            )
        last_transition = max((d for d in (ia, glacier) if d is not None), default=None)
        if expire is not None and last_transition is not None and expire <= last_transition:
            problems.append(f"expire_after_days={expire} must be greater than the last transition ({last_transition} days)")
        if problems:
            raise ValueError("\n".join(problems))
        return self


class FsxConfig(FrozenModel):
    """FSx for Lustre (PERSISTENT_2, Lustre 2.15) for shared training data, linked to S3."""

    storage_capacity_gib: int = Field(default=1200, description="Storage capacity (GiB): 1200, then multiples of 2400 (PERSISTENT_2 SSD).")
    per_unit_storage_throughput: int = Field(default=125, description="Throughput per TiB of storage (MB/s): 125, 250, 500 or 1000.")
    data_repository_prefix: str = Field(
        default="training-data/", description="Prefix in the offline-features bucket linked to /training-data in the file system."
    )
    automatic_backup_retention_days: Annotated[int, Field(ge=0, le=90)] = Field(
        default=7, description="Daily automatic backups kept (days); 0 disables them."
    )

    @field_validator("storage_capacity_gib")
    @classmethod
    def _capacity(cls, value: int) -> int:
        first, step = FSX_PERSISTENT_2_FIRST_CAPACITY_GIB, FSX_PERSISTENT_2_CAPACITY_INCREMENT_GIB
        if value != first and (value < step or value % step):
            raise ValueError(
                f"{value} GiB is not a PERSISTENT_2 SSD capacity: use {first} or a multiple of {step} (2400, 4800, ...)"
            )
        return value

    @field_validator("per_unit_storage_throughput")
    @classmethod
    def _throughput(cls, value: int) -> int:
        if value not in FSX_PERSISTENT_2_THROUGHPUT_MBPS_PER_TIB:
            allowed = ", ".join(str(v) for v in sorted(FSX_PERSISTENT_2_THROUGHPUT_MBPS_PER_TIB))
            raise ValueError(f"{value} MB/s/TiB is not a PERSISTENT_2 throughput (one of {allowed})")
        return value

    @field_validator("data_repository_prefix")
    @classmethod
    def _prefix(cls, value: str) -> str:
        if not re.fullmatch(r"([A-Za-z0-9!_.*'()-]+/)+", value):
            raise ValueError(f"{value!r} must be an S3 key prefix ending in '/', without a leading '/', e.g. 'training-data/'")
        return value


class DataConfig(FrozenModel):
    """The seed's data-storage layer."""

    collected_data_bucket_arn: str | None = Field(
        default=None, description="ARN of the existing collected-data bucket to import; unset creates one (dev only)."
    )
    collected_data: StoreLifecycleConfig = Field(
        default_factory=lambda: StoreLifecycleConfig(infrequent_access_after_days=90),
        description="Lifecycle of the collected-data bucket when the platform creates it (dev).",
    )
    offline_features: StoreLifecycleConfig = Field(
        default_factory=lambda: StoreLifecycleConfig(infrequent_access_after_days=90),
        description="Lifecycle of the offline feature store bucket.",
    )
    models: StoreLifecycleConfig = Field(
        default_factory=lambda: StoreLifecycleConfig(noncurrent_expire_after_days=365),
        description="Lifecycle of the model bucket (each model version's metadata JSON sits beside it).",
    )
    predictions: StoreLifecycleConfig = Field(
        default_factory=lambda: StoreLifecycleConfig(infrequent_access_after_days=30, expire_after_days=365),
        description="Lifecycle of the predictions bucket.",
    )
    metrics: StoreLifecycleConfig = Field(
        default_factory=lambda: StoreLifecycleConfig(infrequent_access_after_days=30, expire_after_days=730),
        description="Lifecycle of the performance-metrics bucket.",
    )
    pipeline_artifacts: StoreLifecycleConfig = Field(
        default_factory=lambda: StoreLifecycleConfig(expire_after_days=180, noncurrent_expire_after_days=30),
        description="Lifecycle of the pipeline-artifacts bucket.",
    )
    access_logs_expire_after_days: Days = Field(default=365, description="Delete S3 server access logs after this many days.")
    athena_bytes_scanned_cutoff: int = Field(
        default=100 * 1024**3, description="Athena workgroup per-query scan limit (bytes, at least 10 MB)."
    )
    athena_results_expire_after_days: Days = Field(default=30, description="Delete Athena query results after this many days.")
    feature_ttl_attribute: str = Field(
        default="expires_at", pattern=r"^[A-Za-z_][A-Za-z0-9_.-]{0,254}$",
        description="Online feature table attribute holding each item's expiry (epoch seconds).",
    )
    image_max_count: Annotated[int, Field(ge=1, le=10000)] = Field(
        default=200, description="ECR: keep at most this many tagged images per repository."
    )
    untagged_image_expire_after_days: Days = Field(default=7, description="ECR: delete untagged images after this many days.")
    fsx: FsxConfig = Field(default_factory=FsxConfig, description="FSx for Lustre training-data file system.")

    @field_validator("collected_data_bucket_arn")
    @classmethod
    def _collected(cls, value: str | None) -> str | None:
        return None if value is None else check_bucket_arn(value)

    @field_validator("athena_bytes_scanned_cutoff")
    @classmethod
    def _cutoff(cls, value: int) -> int:
        if value < ATHENA_MIN_BYTES_SCANNED_CUTOFF:
            raise ValueError(f"{value} bytes is below Athena's minimum per-query limit of {ATHENA_MIN_BYTES_SCANNED_CUTOFF} (10 MB)")
        return value

    @property
    def collected_data_bucket_name(self) -> str | None:
        if self.collected_data_bucket_arn is None:
            return None
        return self.collected_data_bucket_arn.rsplit(":", 1)[-1]

    def store_bucket_names(self, *, project: str, environment: str, account: str) -> dict[str, str]:
        """Bucket name of each seed store (collected data: the imported bucket's name when configured)."""
        names = {
            store: bucket_name(project, environment, account, store)
            for store in ("collected_data", "offline_features", "models", "predictions", "metrics", "pipeline_artifacts")
        }
        if self.collected_data_bucket_name:
            names["collected_data"] = self.collected_data_bucket_name
        return names
