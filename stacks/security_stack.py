"""Security and audit: the platform's KMS keys (CloudTrail and alarms join in the AWS foundation issue)."""

from __future__ import annotations

from constructs import Construct

from platform_config import PlatformConfig
from platform_constructs.platform_keys import PlatformKeys
from stacks.platform_stack import PlatformStack


class SecurityStack(PlatformStack):
    """Keys every other stack encrypts with. Stateful: keys outlive the data they protect."""

    def __init__(self, scope: Construct, construct_id: str, *, config: PlatformConfig) -> None:
        super().__init__(
            scope, construct_id, config=config, stateful=True,
            description=f"ML platform {config.environment}: KMS keys, CloudTrail and audit alarms",
        )
        self.keys = PlatformKeys(
            self, "Keys", alias_prefix=self.resource_name("").rstrip("-"), removal_policy=self.removal_policy
        )
