"""Security and audit: the platform's KMS keys, CloudTrail with its audit bucket, and audit alarms."""

from __future__ import annotations

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
