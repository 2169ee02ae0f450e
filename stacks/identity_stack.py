"""Identity in an environment's own account: the IAM principal -> Kubernetes access mapping."""

from __future__ import annotations

import dataclasses
import json

from aws_cdk import aws_ssm as ssm
from constructs import Construct

from platform_config import PlatformConfig
from platform_constructs.access_mapping import AccessMapping, access_mappings_from_config
from stacks.platform_stack import PlatformStack


class IdentityStack(PlatformStack):
    """Who may reach the cluster: the access mappings the cluster stack turns into EKS access entries.

    No Identity Center resources: permission sets and account assignments can only be created by the
    organization's management account or the Identity Center delegated administrator, so they live in the
    identity stack of the identity account (`stacks/identity_center_stack.py`, config/identity.yaml). The
    roles they create here (`AWSReservedSSO_*`) are mapped from `identity.permission_sets.<set>.role_arn`.
    """

    def __init__(self, scope: Construct, construct_id: str, *, config: PlatformConfig) -> None:
        super().__init__(
            scope, construct_id, config=config,
            description=f"ML platform {config.environment}: Kubernetes access mapping (SSO roles and other principals)",
        )
        # No entry for the delivery pipeline: its Verify step reads CloudFormation and EKS through AWS APIs only
        # (scripts/verify_environment.sh), so the tooling account gets no Kubernetes access.
        self.access_mappings: tuple[AccessMapping, ...] = access_mappings_from_config(config.identity)
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
