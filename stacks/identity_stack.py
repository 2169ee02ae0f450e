"""Identity and access: Identity Center permission sets and assignments, optional Managed AD, the Kubernetes access mapping."""

from __future__ import annotations

import dataclasses
import json

from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ssm as ssm
from constructs import Construct

from platform_config import PlatformConfig
from platform_config.data import bucket_name
from platform_constructs.access_mapping import AccessMapping, access_mappings_from_config, pipeline_verifier_mapping
from platform_constructs.managed_directory import ManagedDirectory
from platform_constructs.permission_sets import PlatformPermissionSets, PlatformResourceNames
from platform_constructs.platform_keys import PlatformKeys
from stacks.platform_stack import PlatformStack


class IdentityStack(PlatformStack):
    """Who may use the platform. Permission sets only when an Identity Center instance is configured.

    Identity Center permission sets and account assignments can only be created by the organisation's
    management account or the Identity Center delegated administrator, so `identity_center_instance_arn` is set
    only for environments deployed with such an account. Policies are scoped by the deterministic resource
    names, not by references to the Data stack.
    """

    def __init__(
        self, scope: Construct, construct_id: str, *, config: PlatformConfig, keys: PlatformKeys, vpc: ec2.IVpc
    ) -> None:
        super().__init__(
            scope, construct_id, config=config, stateful=config.identity.directory is not None,
            description=f"ML platform {config.environment}: SSO permission sets, directory, Kubernetes access mapping",
        )
        identity = config.identity
        prefix = self.resource_name("").rstrip("-")
        self.access_mappings: tuple[AccessMapping, ...] = (
            *access_mappings_from_config(identity),
            pipeline_verifier_mapping(account=config.account, region=config.region),
        )
        """Consumed by the cluster stack: one EKS access entry per mapping."""
        # Published for operators and audits (who gets which Kubernetes groups); also keeps the stack non-empty.
        self.access_mapping_parameter = ssm.StringParameter(
            self,
            "AccessMappings",
            parameter_name=f"/{config.project}/{config.environment}/identity/access-mappings",
            description="IAM principal -> Kubernetes groups and EKS access policy (JSON), applied as EKS access entries",
            string_value=json.dumps([dataclasses.asdict(m) for m in self.access_mappings], sort_keys=True, separators=(",", ":")),
            tier=ssm.ParameterTier.STANDARD,
        )

        self.permission_sets: PlatformPermissionSets | None = None
        if identity.identity_center_instance_arn:
            buckets = config.data.store_bucket_names(project=config.project, environment=config.environment, account=config.account)
            buckets["athena_results"] = bucket_name(config.project, config.environment, config.account, "athena_results")
            self.permission_sets = PlatformPermissionSets(
                self,
                "PermissionSets",
                instance_arn=identity.identity_center_instance_arn,
                permission_sets=identity.permission_sets,
                set_names={key: identity.permission_set_name(config.environment, key) for key, _ in identity.permission_sets.items()},
                resources=PlatformResourceNames(
                    account=self.account,
                    region=self.region,
                    partition=self.partition,
                    name_prefix=prefix,
                    bucket_names=buckets,
                    data_key_alias=f"alias/{prefix}-data",
                    glue_database=f"{prefix}_features".replace("-", "_"),
                    athena_workgroup=f"{prefix}-features",
                ),
            )

        self.directory: ManagedDirectory | None = None
        if identity.directory is not None:
            self.directory = ManagedDirectory(
                self, "Directory", directory=identity.directory, vpc=vpc, encryption_key=keys.data_key,
                removal_policy=self.removal_policy,
            )
