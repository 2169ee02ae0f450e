"""Where the pipeline keeps what it builds: a KMS key, the artifact bucket, its access logs, the build logs."""

from __future__ import annotations

import aws_cdk as cdk
from aws_cdk import aws_kms as kms
from aws_cdk import aws_logs as logs
from aws_cdk import aws_s3 as s3
from constructs import Construct

from platform_constructs.compliance import acknowledge
from platform_constructs.platform_keys import allow_cloudwatch_logs


class PipelineArtifacts(Construct):
    """Encrypted, versioned, expiring artifact storage and retained build logs for the delivery pipeline.

    The key also serves the target accounts: CDK Pipelines grants each environment's deploy roles decrypt on
    it, which is why it must be a customer-managed key (AWS-managed keys cannot be shared cross-account).
    Everything here is retained: the tooling account has no throw-away tier.
    """

    def __init__(
        self,
        scope: Construct,
        construct_id: str,
        *,
        name_prefix: str,
        artifact_retention_days: int,
        log_retention_days: int,
    ) -> None:
        super().__init__(scope, construct_id)
        retain = cdk.RemovalPolicy.RETAIN

        self.key = kms.Key(
            self,
            "Key",
            alias=f"alias/{name_prefix}-artifacts",
            description=f"{name_prefix} pipeline artifacts and build logs",
            enable_key_rotation=True,
            rotation_period=cdk.Duration.days(365),
            pending_window=cdk.Duration.days(30),
            removal_policy=retain,
        )
        """Encrypts artifacts (shared with the deploy roles of the target accounts) and build logs."""
        allow_cloudwatch_logs(self.key)

        self.access_logs = s3.Bucket(
            self,
            "AccessLogs",
            # S3 server access logs support only SSE-S3 on the target bucket.
            # https://docs.aws.amazon.com/AmazonS3/latest/userguide/enable-server-access-logging.html
            encryption=s3.BucketEncryption.S3_MANAGED,
            block_public_access=s3.BlockPublicAccess.BLOCK_ALL,
            enforce_ssl=True,
            versioned=True,
            object_ownership=s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
            lifecycle_rules=[s3.LifecycleRule(expiration=cdk.Duration.days(log_retention_days), noncurrent_version_expiration=cdk.Duration.days(30))],
            removal_policy=retain,
        )
        """Server access logs of the artifact bucket."""
        acknowledge(self.access_logs, "AwsSolutions-S1", "This is the access-log target; logging it into itself would loop")
        acknowledge(self.access_logs, "NIST.800.53.R5-S3BucketLoggingEnabled", "This is the access-log target; logging it into itself would loop")
        acknowledge(self.access_logs, "NIST.800.53.R5-S3DefaultEncryptionKMS", "S3 server access logging delivers only to SSE-S3 encrypted targets")
        acknowledge(self.access_logs, "NIST.800.53.R5-S3BucketReplicationEnabled", "Access logs of a rebuildable artifact store; no second-region copy needed")
        cfn_logs = self.access_logs.node.default_child
        cfn_logs.add_metadata("checkov", {"skip": [
            {"id": "CKV_AWS_18", "comment": "This is the access-log target bucket itself; logging it into itself would loop"},
        ]})

        self.bucket = s3.Bucket(
            self,
            "Bucket",
            encryption=s3.BucketEncryption.KMS,
            encryption_key=self.key,
            bucket_key_enabled=True,
            block_public_access=s3.BlockPublicAccess.BLOCK_ALL,
            enforce_ssl=True,
            versioned=True,
            object_ownership=s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
            server_access_logs_bucket=self.access_logs,
            server_access_logs_prefix="artifacts/",
            lifecycle_rules=[
                s3.LifecycleRule(
                    expiration=cdk.Duration.days(artifact_retention_days),
                    noncurrent_version_expiration=cdk.Duration.days(7),
                    abort_incomplete_multipart_upload_after=cdk.Duration.days(1),
                )
            ],
            removal_policy=retain,
        )
        """Pipeline artifacts: the synthesized cloud assembly and the review reports."""
        acknowledge(self.bucket, "NIST.800.53.R5-S3BucketReplicationEnabled", "Artifacts are rebuilt from the source repository on every run")

        self.build_logs = logs.LogGroup(
            self,
            "BuildLogs",
            log_group_name=f"/{name_prefix}/pipeline/codebuild",
            encryption_key=self.key,
            removal_policy=retain,
        )
        # The config holds a day count CloudWatch accepts (validated); RetentionDays names are not day counts.
        self.build_logs.node.default_child.retention_in_days = log_retention_days
        """Every CodeBuild step (synth, review, checks) logs here: the review report stays readable."""

