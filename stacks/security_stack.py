"""Security and audit: the platform's KMS keys, CloudTrail with its audit bucket, and audit alarms."""

from __future__ import annotations

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from constructs import Construct

from platform_config import PlatformConfig
from platform_constructs.audit_alarms import AuditAlarms
from platform_constructs.audit_trail import AuditTrail
from platform_constructs.platform_keys import PlatformKeys
from stacks.platform_stack import PlatformStack


class SecurityStack(PlatformStack):
    """Keys every other stack encrypts with, and the audit trail. Stateful: keys outlive the data they protect."""

    def __init__(self, scope: Construct, construct_id: str, *, config: PlatformConfig) -> None:
        super().__init__(
            scope, construct_id, config=config, stateful=True,
            description=f"ML platform {config.environment}: KMS keys, CloudTrail and audit alarms",
        )
        self.keys = PlatformKeys(
            self, "Keys", alias_prefix=self.resource_name("").rstrip("-"), removal_policy=self.removal_policy
        )
        self._let_fsx_read_data_repositories()
        # Data events name the buckets the Data stack creates (deterministic names), so no cross-stack reference.
        data_buckets = config.data.store_bucket_names(project=config.project, environment=config.environment, account=config.account)
        self.audit_trail = AuditTrail(
            self,
            "Audit",
            trail_name=self.resource_name("trail"),
            audit=config.audit,
            key=self.keys.logs_key,
            data_bucket_names=tuple(data_buckets.values()),
            removal_policy=self.removal_policy,
        )
        self.audit_alarms = AuditAlarms(
            self,
            "AuditAlarms",
            log_group=self.audit_trail.log_group,
            topic_key=self.keys.logs_key,
            metric_namespace=f"{config.project}/{config.environment}/audit",
            emails=config.audit.alarm_emails,
        )

    def _let_fsx_read_data_repositories(self) -> None:
        """FSx imports and exports S3 objects encrypted with the data key through a per-file-system service-linked role.

        Its name ends in the file system ID, unknown here, so the statement matches the role path in this account.
        https://docs.aws.amazon.com/fsx/latest/LustreGuide/s3-server-side-encryption-support.html
        """
        self.keys.data_key.add_to_resource_policy(iam.PolicyStatement(
            sid="AllowFsxDataRepositoryRole",
            principals=[iam.AnyPrincipal()],
            actions=["kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:DescribeKey"],
            resources=["*"],
            conditions={
                "StringEquals": {"kms:CallerAccount": self.account, "kms:ViaService": f"s3.{self.region}.amazonaws.com"},
                "ArnLike": {
                    "aws:PrincipalArn": f"arn:{self.partition}:iam::{self.account}:role/aws-service-role/"
                    "s3.data-source.lustre.fsx.amazonaws.com/AWSServiceRoleForFSxS3Access_*"
                },
            },
        ))
        cfn = self.keys.data_key.node.default_child
        assert isinstance(cfn, cdk.CfnResource)
        cfn.add_metadata("checkov", {"skip": [{
            "id": "CKV_AWS_33",
            "comment": "The '*' principal is narrowed by aws:PrincipalArn to FSx's S3 service-linked roles of this account, via S3 only",
        }]})
