"""Base class for the platform's stacks: explicit environment, no lookups, shared naming."""

from __future__ import annotations

import aws_cdk as cdk
from constructs import Construct

from platform_config import PlatformConfig
from platform_constructs.permissions_boundary import apply_permissions_boundary


class PlatformStack(cdk.Stack):
    """A stack pinned to the config's account, region and AZs so synth never calls AWS; named
    `<project>-<environment>-<id>`, its IAM roles bounded by the platform's permissions boundary."""

    def __init__(
        self,
        scope: Construct,
        construct_id: str,
        *,
        config: PlatformConfig,
        description: str,
        stateful: bool = False,
    ) -> None:
        super().__init__(
            scope,
            construct_id,
            env=cdk.Environment(account=config.account, region=config.region),
            stack_name=f"{config.project}-{config.environment}-{construct_id.lower()}",
            description=description,
            # Stateful stacks refuse `cdk destroy` unless the environment opted into destroy.
            termination_protection=stateful and not config.is_ephemeral,
        )
        self.config = config
        # The deploy role creates roles only with this boundary (bootstrap/target-execution-policy.json).
        apply_permissions_boundary(self, project=config.project)

    @property
    def availability_zones(self) -> list[str]:
        """The configured AZs: overriding this keeps `ec2.Vpc` from a context lookup."""
        return list(self.config.availability_zones)

    @property
    def removal_policy(self) -> cdk.RemovalPolicy:
        """RETAIN for every stateful resource unless the (dev) environment opted into destroy."""
        return cdk.RemovalPolicy.DESTROY if self.config.is_ephemeral else cdk.RemovalPolicy.RETAIN

    def resource_name(self, suffix: str) -> str:
        """`mlplatform-dev-<suffix>`: names that say which environment a resource belongs to."""
        return f"{self.config.project}-{self.config.environment}-{suffix}"
