"""Security and audit: CloudTrail, its bucket, platform log retention, alarm delivery."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, field_validator, model_validator

from platform_config.base import FrozenModel
from platform_config.network import check_retention


class AuditConfig(FrozenModel):
    """CloudTrail and the audit alarms of the governance and security layer."""

    log_retention_days: int = Field(default=365, description="Retention of CloudTrail and platform log groups (days).")
    trail_bucket_glacier_after_days: Annotated[int, Field(ge=1, le=3650)] = Field(
        default=90, description="Move audit logs to Glacier after this many days."
    )
    trail_bucket_expire_after_days: Annotated[int, Field(ge=1, le=36500)] = Field(
        default=2557, description="Delete audit logs after this many days (7 years by default)."
    )
    object_lock_days: Annotated[int, Field(ge=0, le=36500)] = Field(
        default=0, description="Object Lock (governance mode) retention on the audit bucket; 0 disables it."
    )
    alarm_emails: tuple[Annotated[str, Field(pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$")], ...] = Field(
        default=(), description="Addresses subscribed to the encrypted audit-alarm SNS topic."
    )

    @field_validator("log_retention_days")
    @classmethod
    def _retention(cls, value: int) -> int:
        return check_retention(value)

    @model_validator(mode="after")
    def _lifecycle(self) -> "AuditConfig":
        # S3 rejects a lifecycle rule whose expiration is not after its transition.
        if self.trail_bucket_expire_after_days <= self.trail_bucket_glacier_after_days:
            raise ValueError(
                f"trail_bucket_expire_after_days={self.trail_bucket_expire_after_days} must be greater than "
                f"trail_bucket_glacier_after_days={self.trail_bucket_glacier_after_days}"
            )
        if self.object_lock_days and self.object_lock_days > self.trail_bucket_expire_after_days:
            raise ValueError(
                f"object_lock_days={self.object_lock_days} exceeds trail_bucket_expire_after_days="
                f"{self.trail_bucket_expire_after_days}: locked objects cannot expire"
            )
        return self
