"""Data stores: S3 buckets per seed store, feature stores, ECR, FSx for Lustre."""

from __future__ import annotations

from pydantic import Field

from platform_config.base import FrozenModel


class DataConfig(FrozenModel):
    """The seed's data-storage layer. Extended by the data-stores issue."""

    collected_data_bucket_arn: str | None = Field(
        default=None, description="ARN of the existing collected-data bucket to import; unset creates one (dev only)."
    )
