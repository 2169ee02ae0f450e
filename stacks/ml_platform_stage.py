"""One environment of the platform: every stack, in deploy order, as one deployable unit."""

from __future__ import annotations

import aws_cdk as cdk
from constructs import Construct

from platform_config import PlatformConfig
from stacks.network_stack import NetworkStack
from stacks.security_stack import SecurityStack


class MlPlatformStage(cdk.Stage):
    """The same stage is deployed per account by `cdk deploy '<env>/*'` or by the pipeline."""

    def __init__(self, scope: Construct, construct_id: str, *, config: PlatformConfig) -> None:
        super().__init__(scope, construct_id, env=cdk.Environment(account=config.account, region=config.region))
        self.config = config
        self.security = SecurityStack(self, "Security", config=config)
        self.network = NetworkStack(self, "Network", config=config, keys=self.security.keys)
        self.network.add_stack_dependency(self.security)

        tags = {
            "environment": config.environment,
            "project": config.project,
            "cost-centre": config.cost_centre,
            **config.tags,
        }
        for key, value in sorted(tags.items()):
            cdk.Tags.of(self).add(key, value)
