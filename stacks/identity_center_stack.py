"""IAM Identity Center in the identity account: every environment's permission sets and assignments, optional Managed AD."""

from __future__ import annotations

from typing import Sequence

import aws_cdk as cdk
from aws_cdk import aws_kms as kms
from constructs import Construct

from platform_config import IdentityCenterConfig, PlatformConfig
from platform_constructs.managed_directory import ManagedDirectory
from platform_constructs.permission_sets import PlatformPermissionSets, resource_names


class IdentityCenterStack(cdk.Stack):
    """Deployed once, in the Identity Center delegated administrator (or management) account and region.

    Only that account may create permission sets and account assignments
    (https://docs.aws.amazon.com/singlesignon/latest/userguide/delegated-admin.html). Each environment gets its
    own `PlatformPermissionSets` (construct ID = environment name): policies scoped by the environment's
    deterministic resource names, assignments with `TargetId` = the environment's account. A Managed AD, when
    configured, sits here too: Identity Center uses a directory of its own account and region only
    (https://docs.aws.amazon.com/singlesignon/latest/userguide/gs-ad.html).
    """

    def __init__(
        self,
        scope: Construct,
        construct_id: str,
        *,
        config: IdentityCenterConfig,
        environments: Sequence[PlatformConfig],
    ) -> None:
        has_directory = config.directory is not None
        super().__init__(
            scope,
            construct_id,
            env=cdk.Environment(account=config.account, region=config.region),
            stack_name=f"{config.project}-identity-center",
            description=(
                f"ML platform Identity Center: permission sets and assignments of {', '.join(e.environment for e in environments)}"
                + (", Managed Microsoft AD" if has_directory else "")
            ),
            # Deleting this stack removes every user's access to every environment (and the directory).
            termination_protection=True,
        )
        self.config = config
        by_name = {e.environment: e for e in environments}
        missing = [name for name in config.environments if name not in by_name]
        if missing:
            raise ValueError(f"identity stack: no environment config given for {missing} (config/identity.yaml environments)")
        self.permission_sets: dict[str, PlatformPermissionSets] = {}
        for name in config.environments:
            env = by_name[name]
            self.permission_sets[name] = PlatformPermissionSets(
                self,
                name,
                instance_arn=config.instance_arn,
                permission_sets=env.identity.permission_sets,
                set_names={key: config.permission_set_name(name, key) for key, _ in env.identity.permission_sets.items()},
                resources=resource_names(env, partition=self.partition),
            )

        self.directory_key: kms.Key | None = None
        self.directory: ManagedDirectory | None = None
        if config.directory is not None:
            # The identity account has none of the environments' keys: the directory's admin secret gets its own.
            self.directory_key = kms.Key(
                self,
                "DirectoryKey",
                alias=f"alias/{config.project}-identity-directory",
                description=f"{config.project} identity account: Managed AD admin secret",
                enable_key_rotation=True,
                rotation_period=cdk.Duration.days(365),
                removal_policy=cdk.RemovalPolicy.RETAIN,
                pending_window=cdk.Duration.days(30),
            )
            # The identity account's own VPC, by IDs from config: no lookup, synth stays offline.
            placement = config.directory.vpc
            self.directory = ManagedDirectory(
                self, "Directory", directory=config.directory, vpc_id=placement.vpc_id, subnet_ids=placement.subnet_ids,
                encryption_key=self.directory_key, removal_policy=cdk.RemovalPolicy.RETAIN,
            )

        tags = {"project": config.project, "cost-centre": config.cost_centre, **config.tags}
        for key, value in sorted(tags.items()):
            cdk.Tags.of(self).add(key, value)
