"""Identity and access: IAM Identity Center, Directory Service, IAM role -> Kubernetes group mapping."""

from __future__ import annotations

from pydantic import Field

from platform_config.base import FrozenModel


class IdentityConfig(FrozenModel):
    """Who may use the platform. Extended by the identity issue."""

    identity_center_instance_arn: str | None = Field(
        default=None, description="IAM Identity Center instance ARN; unset skips permission sets and assignments."
    )
