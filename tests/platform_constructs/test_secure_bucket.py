"""Store lifecycle config -> S3 lifecycle rule."""

from __future__ import annotations

from aws_cdk import aws_s3 as s3

from platform_config.data import StoreLifecycleConfig
from platform_constructs.secure_bucket import lifecycle_rules


def test_transitions_expiry_and_old_versions():
    (rule,) = lifecycle_rules(StoreLifecycleConfig(infrequent_access_after_days=30, glacier_after_days=90, expire_after_days=365,
                                                   noncurrent_expire_after_days=14))
    assert [(t.storage_class.value, t.transition_after.to_days()) for t in rule.transitions] == [
        (s3.StorageClass.INFREQUENT_ACCESS.value, 30), (s3.StorageClass.GLACIER.value, 90)
    ]
    assert rule.expiration.to_days() == 365 and rule.noncurrent_version_expiration.to_days() == 14


def test_defaults_keep_current_objects():
    (rule,) = lifecycle_rules(StoreLifecycleConfig())
    assert rule.transitions is None and rule.expiration is None
