"""Customer-managed KMS keys, one per data domain, rotated, with least-privilege service grants."""

from __future__ import annotations

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from constructs import Construct


class PlatformKeys(Construct):
    """The data, cluster-secrets and logs keys. Logical IDs are pinned by tests: keys are stateful."""

    def __init__(
        self,
        scope: Construct,
        construct_id: str,
        *,
        alias_prefix: str,
        removal_policy: cdk.RemovalPolicy,
    ) -> None:
        super().__init__(scope, construct_id)

        def key(key_id: str, purpose: str) -> kms.Key:
            return kms.Key(
                self,
                key_id,
                alias=f"alias/{alias_prefix}-{purpose}",
                description=f"{alias_prefix} {purpose} key",
                enable_key_rotation=True,
                rotation_period=cdk.Duration.days(365),
                removal_policy=removal_policy,
                pending_window=cdk.Duration.days(30),
            )

        self.data_key = key("DataKey", "data")
        """Encrypts the S3 stores, the feature table, ECR, FSx, the databases, node volumes and EBS persistent volumes."""
        self.cluster_key = key("ClusterKey", "cluster-secrets")
        """Envelope-encrypts Kubernetes secrets in etcd."""
        self.logs_key = key("LogsKey", "logs")
        """Encrypts CloudWatch log groups, CloudTrail and the audit topic."""

        allow_cloudwatch_logs(self.logs_key)


def allow_cloudwatch_logs(key: kms.Key) -> None:
    """Let CloudWatch Logs encrypt with `key`, for log groups of this account and region only.

    https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/encrypt-log-data-kms.html
    """
    stack = cdk.Stack.of(key)
    key.add_to_resource_policy(
        iam.PolicyStatement(
            sid="AllowCloudWatchLogsOfThisAccount",
            principals=[iam.ServicePrincipal(f"logs.{stack.region}.amazonaws.com")],
            actions=["kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*"],
            resources=["*"],
            conditions={
                "ArnLike": {
                    "kms:EncryptionContext:aws:logs:arn": f"arn:{stack.partition}:logs:{stack.region}:{stack.account}:log-group:*"
                }
            },
        )
    )
