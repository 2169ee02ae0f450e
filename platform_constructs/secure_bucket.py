"""A platform data bucket: SSE-KMS, TLS-only, public access blocked, versioned, access-logged, lifecycle from config."""

from __future__ import annotations

import aws_cdk as cdk
from aws_cdk import aws_kms as kms
from aws_cdk import aws_s3 as s3
from constructs import Construct

from platform_config.data import StoreLifecycleConfig
from platform_constructs.compliance import acknowledge


def lifecycle_rules(lifecycle: StoreLifecycleConfig) -> list[s3.LifecycleRule]:
    """One rule per store: transitions and expiry of current objects, expiry of superseded versions."""
    transitions = []
    if lifecycle.infrequent_access_after_days is not None:
        transitions.append(s3.Transition(
            storage_class=s3.StorageClass.INFREQUENT_ACCESS,
            transition_after=cdk.Duration.days(lifecycle.infrequent_access_after_days),
        ))
    if lifecycle.glacier_after_days is not None:
        transitions.append(s3.Transition(
            storage_class=s3.StorageClass.GLACIER, transition_after=cdk.Duration.days(lifecycle.glacier_after_days)
        ))
    return [
        s3.LifecycleRule(
            id="store-lifecycle",
            transitions=transitions or None,
            expiration=cdk.Duration.days(lifecycle.expire_after_days) if lifecycle.expire_after_days else None,
            noncurrent_version_expiration=cdk.Duration.days(lifecycle.noncurrent_expire_after_days),
            abort_incomplete_multipart_upload_after=cdk.Duration.days(7),
        )
    ]


class SecureBucket(Construct):
    """The one way the platform creates a bucket that holds data. `bucket` is the `s3.Bucket`."""

    def __init__(
        self,
        scope: Construct,
        construct_id: str,
        *,
        bucket_name: str | None,
        encryption_key: kms.IKey,
        access_log_bucket: s3.IBucket,
        lifecycle: StoreLifecycleConfig,
        removal_policy: cdk.RemovalPolicy,
        object_lock_days: int = 0,
    ) -> None:
        """`object_lock_days` > 0 turns on Object Lock in governance mode (default 0: off)."""
        super().__init__(scope, construct_id)
        self.bucket = s3.Bucket(
            self,
            "Bucket",
            bucket_name=bucket_name,
            encryption=s3.BucketEncryption.KMS,
            encryption_key=encryption_key,
            bucket_key_enabled=True,
            enforce_ssl=True,
            minimum_tls_version=1.2,
            block_public_access=s3.BlockPublicAccess.BLOCK_ALL,
            object_ownership=s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
            versioned=True,
            server_access_logs_bucket=access_log_bucket,
            server_access_logs_prefix=f"{construct_id}/",
            lifecycle_rules=lifecycle_rules(lifecycle),
            object_lock_enabled=True if object_lock_days else None,
            object_lock_default_retention=(
                s3.ObjectLockRetention.governance(cdk.Duration.days(object_lock_days)) if object_lock_days else None
            ),
            removal_policy=removal_policy,
        )
        acknowledge(
            self.bucket,
            "NIST.800.53.R5-S3BucketReplicationEnabled",
            "Platform stores live in the environment's region; durability comes from S3 and versioning, not replication",
        )
