"""CloudTrail: multi-region, validated, KMS-encrypted, to an audit bucket and CloudWatch Logs, with S3 data events."""

from __future__ import annotations

import aws_cdk as cdk
from aws_cdk import aws_cloudtrail as cloudtrail
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk import aws_logs as logs
from aws_cdk import aws_s3 as s3
from constructs import Construct

from platform_config.audit import AuditConfig
from platform_config.data import StoreLifecycleConfig
from platform_constructs.access_log_bucket import AccessLogBucket
from platform_constructs.compliance import acknowledge
from platform_constructs.log_retention import retention_days
from platform_constructs.secure_bucket import SecureBucket

# FSx for Lustre reaches a linked S3 bucket as the service-linked role AWSServiceRoleForFSxS3Access_<file-system-id>.
FSX_S3_ROLE_PREFIX = "AWSServiceRoleForFSxS3Access_"


class AuditTrail(Construct):
    """The account's audit trail and where it lands.

    Data events are recorded for `data_bucket_names`: the platform's buckets are named deterministically
    (`platform_config.data.bucket_name`), so the trail lives in the Security stack, deployed first, and needs
    no reference to the Data stack (which would make the two stacks depend on each other).
    """

    def __init__(
        self,
        scope: Construct,
        construct_id: str,
        *,
        trail_name: str,
        audit: AuditConfig,
        key: kms.Key,
        data_bucket_names: tuple[str, ...],
        removal_policy: cdk.RemovalPolicy,
    ) -> None:
        super().__init__(scope, construct_id)
        stack = cdk.Stack.of(self)
        self.access_log_bucket = AccessLogBucket(
            self, "AccessLogs", bucket_name=None, expire_after_days=audit.trail_bucket_expire_after_days,
            removal_policy=removal_policy,
        ).bucket
        self.bucket = SecureBucket(
            self,
            "Bucket",
            bucket_name=None,
            encryption_key=key,
            access_log_bucket=self.access_log_bucket,
            lifecycle=StoreLifecycleConfig(
                glacier_after_days=audit.trail_bucket_glacier_after_days,
                expire_after_days=audit.trail_bucket_expire_after_days,
                noncurrent_expire_after_days=audit.trail_bucket_expire_after_days,
            ),
            object_lock_days=audit.object_lock_days,
            removal_policy=removal_policy,
        ).bucket
        self.log_group = logs.LogGroup(
            self, "LogGroup", encryption_key=key, retention=retention_days(audit.log_retention_days),
            removal_policy=removal_policy,
        )
        trail_arn = f"arn:{stack.partition}:cloudtrail:{stack.region}:{stack.account}:trail/{trail_name}"
        # CloudTrail encrypts log files with the key only if the key policy lets it, for this trail.
        # https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-kms-key-policy-for-cloudtrail.html
        key.add_to_resource_policy(iam.PolicyStatement(
            sid="AllowCloudTrailToEncryptLogs",
            principals=[iam.ServicePrincipal("cloudtrail.amazonaws.com")],
            actions=["kms:GenerateDataKey*"],
            resources=["*"],
            conditions={
                "StringEquals": {"aws:SourceArn": trail_arn},
                "StringLike": {"kms:EncryptionContext:aws:cloudtrail:arn": f"arn:{stack.partition}:cloudtrail:*:{stack.account}:trail/*"},
            },
        ))
        key.add_to_resource_policy(iam.PolicyStatement(
            sid="AllowCloudTrailToDescribeKey",
            principals=[iam.ServicePrincipal("cloudtrail.amazonaws.com")],
            actions=["kms:DescribeKey"],
            resources=["*"],
            conditions={"StringEquals": {"aws:SourceArn": trail_arn}},
        ))
        # CloudTrail may write only on behalf of this trail (confused-deputy protection). `cloudtrail.Trail` adds
        # unconditioned GetBucketAcl/PutObject grants to the bucket it is given, so it gets a reference to the
        # bucket (whose policy it cannot change) and the grants are written here, naming the trail's ARN built
        # from its name (the trail's ARN attribute would make the bucket policy depend on the trail and back).
        # https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-s3-bucket-policy-for-cloudtrail.html
        only_this_trail = {"aws:SourceArn": trail_arn}
        cloudtrail_principal = iam.ServicePrincipal("cloudtrail.amazonaws.com")
        self.bucket.add_to_resource_policy(iam.PolicyStatement(
            sid="AllowCloudTrailAclCheck", principals=[cloudtrail_principal], actions=["s3:GetBucketAcl"],
            resources=[self.bucket.bucket_arn], conditions={"StringEquals": only_this_trail},
        ))
        self.bucket.add_to_resource_policy(iam.PolicyStatement(
            sid="AllowCloudTrailWrite", principals=[cloudtrail_principal], actions=["s3:PutObject"],
            resources=[self.bucket.arn_for_objects(f"AWSLogs/{stack.account}/*")],
            conditions={"StringEquals": {"s3:x-amz-acl": "bucket-owner-full-control", **only_this_trail}},
        ))
        trail_bucket = s3.Bucket.from_bucket_attributes(
            self, "TrailBucketRef", bucket_arn=self.bucket.bucket_arn, bucket_name=self.bucket.bucket_name,
        )
        self.trail = cloudtrail.Trail(
            self,
            "Trail",
            trail_name=trail_name,
            bucket=trail_bucket,
            encryption_key=key,
            is_multi_region_trail=True,
            include_global_service_events=True,
            enable_file_validation=True,
            send_to_cloud_watch_logs=True,
            cloud_watch_log_group=self.log_group,
        )
        # Advanced event selectors: all management events, and S3 object events on the platform's buckets
        # except those made by FSx for Lustre's per-file-system service-linked role, whose automatic
        # import/export of the training data repository would otherwise be most of the (billed) data events.
        # https://docs.aws.amazon.com/awscloudtrail/latest/userguide/filtering-data-events.html
        # https://docs.aws.amazon.com/fsx/latest/LustreGuide/using-service-linked-roles.html
        self.fsx_session_prefix = f"arn:{stack.partition}:sts::{stack.account}:assumed-role/{FSX_S3_ROLE_PREFIX}"
        cfn_trail: cloudtrail.CfnTrail = self.trail.node.default_child
        cfn_trail.add_property_deletion_override("EventSelectors")  # a trail takes basic or advanced selectors
        cfn_trail.advanced_event_selectors = [
            cloudtrail.CfnTrail.AdvancedEventSelectorProperty(
                name="Management events, read and write",
                field_selectors=[cloudtrail.CfnTrail.AdvancedFieldSelectorProperty(field="eventCategory", equal_to=["Management"])],
            ),
            cloudtrail.CfnTrail.AdvancedEventSelectorProperty(
                name="Platform bucket objects, without FSx data repository traffic",
                field_selectors=[
                    cloudtrail.CfnTrail.AdvancedFieldSelectorProperty(field="eventCategory", equal_to=["Data"]),
                    cloudtrail.CfnTrail.AdvancedFieldSelectorProperty(field="resources.type", equal_to=["AWS::S3::Object"]),
                    cloudtrail.CfnTrail.AdvancedFieldSelectorProperty(
                        field="resources.ARN",
                        starts_with=[f"arn:{stack.partition}:s3:::{name}/" for name in data_bucket_names],
                    ),
                    cloudtrail.CfnTrail.AdvancedFieldSelectorProperty(
                        field="userIdentity.arn", not_starts_with=[self.fsx_session_prefix],
                    ),
                ],
            ),
        ]
        self.trail.node.add_dependency(self.bucket)  # the bucket and its policy (CloudTrail checks it on create)
        logs_role = self.trail.node.try_find_child("LogsRole")
        if logs_role is not None:
            acknowledge(
                logs_role,
                "NIST.800.53.R5-IAMNoInlinePolicy",
                "CloudTrail's delivery role holds only CDK's grant to write this trail's log group; it is never shared",
            )
