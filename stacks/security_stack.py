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
        self._let_auto_scaling_launch_nodes_with_encrypted_volumes()
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

    def _let_auto_scaling_launch_nodes_with_encrypted_volumes(self) -> None:
        """EKS managed node groups launch nodes through Auto Scaling's service-linked role, whose volumes use the data key.

        The grant AWS documents names `AWSServiceRoleForAutoScaling` as the key policy's principal, but that role exists
        only after the account's first Auto Scaling group (creating one makes it), and KMS rejects a key policy whose
        principal does not exist: a fresh account could not create the key. So the principal is `*`, narrowed as
        AWS's own aws/ebs key policy narrows it (this account, through EC2 only) and further to that role's ARN by
        condition, which KMS does not resolve at policy time. It works whether the role exists yet or not.
        https://docs.aws.amazon.com/autoscaling/ec2/userguide/key-policy-requirements-EBS-encryption.html
        https://docs.aws.amazon.com/kms/latest/developerguide/conditions-kms.html#conditions-kms-via-service
        """
        narrowed = {
            "StringEquals": {"kms:CallerAccount": self.account, "kms:ViaService": f"ec2.{self.region}.amazonaws.com"},
            "ArnLike": {"aws:PrincipalArn": auto_scaling_service_linked_role_arn(self.partition, self.account)},
        }
        key = self.keys.data_key
        key.add_to_resource_policy(iam.PolicyStatement(
            sid="AllowAutoScalingToUseKeyForNodeVolumes", principals=[iam.AnyPrincipal()],
            actions=["kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:DescribeKey"],
            resources=["*"], conditions=narrowed,
        ))
        key.add_to_resource_policy(iam.PolicyStatement(
            sid="AllowAutoScalingToGrantKeyToEc2", principals=[iam.AnyPrincipal()], actions=["kms:CreateGrant"],
            resources=["*"], conditions={**narrowed, "Bool": {"kms:GrantIsForAWSResource": "true"}},
        ))
        cfn = key.node.default_child
        assert isinstance(cfn, cdk.CfnResource)
        cfn.add_metadata("checkov", {"skip": [{
            "id": "CKV_AWS_33",
            "comment": "Each '*' principal is narrowed by aws:PrincipalArn to a service-linked role of this account "
            "(FSx's S3 data-repository roles via S3, Auto Scaling's role via EC2): named by condition, since they may not exist yet",
        }]})


def auto_scaling_service_linked_role_arn(partition: str, account: str) -> str:
    """The role Auto Scaling (and so every EKS managed node group) launches instances with; created on first use."""
    return f"arn:{partition}:iam::{account}:role/aws-service-role/autoscaling.amazonaws.com/AWSServiceRoleForAutoScaling"
