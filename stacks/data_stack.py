"""Data: the S3 stores, feature stores, image repositories and the training file system."""

from __future__ import annotations

from aws_cdk import aws_ec2 as ec2
from constructs import Construct

from platform_config import PlatformConfig
from platform_config.data import bucket_name
from platform_constructs.data_stores import DataStores
from platform_constructs.platform_keys import PlatformKeys
from stacks.platform_stack import PlatformStack


class DataStack(PlatformStack):
    """Stateful: termination protection and RETAIN outside dev; logical IDs pinned by the stateful gate."""

    def __init__(
        self, scope: Construct, construct_id: str, *, config: PlatformConfig, keys: PlatformKeys, vpc: ec2.IVpc
    ) -> None:
        super().__init__(
            scope, construct_id, config=config, stateful=True,
            description=f"ML platform {config.environment}: S3 stores, feature stores, ECR, FSx for Lustre",
        )
        names = config.data.store_bucket_names(project=config.project, environment=config.environment, account=config.account)
        for extra in ("access_logs", "athena_results"):
            names[extra] = bucket_name(config.project, config.environment, config.account, extra)
        self.stores = DataStores(
            self,
            "Stores",
            data=config.data,
            bucket_names=names,
            name_prefix=self.resource_name("").rstrip("-"),
            encryption_key=keys.data_key,
            vpc=vpc,
            removal_policy=self.removal_policy,
            ephemeral=config.is_ephemeral,
        )
