"""One environment of the platform: every stack, in deploy order, as one deployable unit."""

from __future__ import annotations

import aws_cdk as cdk
from constructs import Construct

from platform_config import PlatformConfig
from stacks.kubeflow_backing_stack import KubeflowBackingStack
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
        # issue-7b: the pipelines database and the SSO user pool (after the network; the cluster's security
        # group and the pipelines identity are wired in once the cluster stack exists).
        self.kubeflow_backing = KubeflowBackingStack(
            self, "KubeflowBacking", config=config, vpc=self.network.vpc,
            data_key=self.security.keys.data_key, logs_key=self.security.keys.logs_key,
        )
        self.kubeflow_backing.add_stack_dependency(self.network)

        tags = {
            "environment": config.environment,
            "project": config.project,
            "cost-centre": config.cost_centre,
            **config.tags,
        }
        for key, value in sorted(tags.items()):
            cdk.Tags.of(self).add(key, value)
