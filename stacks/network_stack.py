"""Network: the platform VPC, its endpoints, flow logs, corporate routes and (private-only) ECR pull-through cache."""

from __future__ import annotations

from aws_cdk import aws_ec2 as ec2
from constructs import Construct

from platform_config import PlatformConfig
from platform_constructs.image_pull_through import ImagePullThrough
from platform_constructs.platform_keys import PlatformKeys
from platform_constructs.platform_vpc import PlatformVpc
from stacks.platform_stack import PlatformStack


class NetworkStack(PlatformStack):
    """The VPC every other stack places resources in. Stateful: the flow-log group keeps evidence."""

    def __init__(self, scope: Construct, construct_id: str, *, config: PlatformConfig, keys: PlatformKeys) -> None:
        super().__init__(
            scope, construct_id, config=config, stateful=True,
            description=f"ML platform {config.environment}: VPC, endpoints and flow logs",
        )
        self.platform_vpc = PlatformVpc(
            self, "Network", network=config.network, logs_key=keys.logs_key, removal_policy=self.removal_policy
        )
        self.vpc: ec2.IVpc = self.platform_vpc.vpc
        network = config.network
        # A private-only VPC has no route to public registries: nodes pull them through the account's ECR.
        self.image_pull_through = ImagePullThrough(
            self, "ImagePullThrough",
            credentials={"docker.io": network.docker_hub_credentials_arn, "ghcr.io": network.ghcr_credentials_arn},
        ) if network.private_only else None
