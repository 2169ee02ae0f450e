"""Security stack: rotating customer-managed keys per domain, retained outside dev."""

from __future__ import annotations

from aws_cdk.assertions import Match


def test_three_rotating_keys_with_aliases(shipped):
    template = shipped.template("Security")
    template.resource_count_is("AWS::KMS::Key", 3)
    template.all_resources_properties("AWS::KMS::Key", {"EnableKeyRotation": True})
    prefix = f"alias/{shipped.config.project}-{shipped.config.environment}"
    for purpose in ("data", "cluster-secrets", "logs"):
        template.has_resource_properties("AWS::KMS::Alias", {"AliasName": f"{prefix}-{purpose}"})


def test_logs_key_admits_only_this_accounts_log_groups(shipped):
    statement = Match.object_like({
        "Sid": "AllowCloudWatchLogsOfThisAccount",
        "Principal": {"Service": f"logs.{shipped.config.region}.amazonaws.com"},
        "Condition": {"ArnLike": {"kms:EncryptionContext:aws:logs:arn": Match.string_like_regexp(f"arn:.*:logs:{shipped.config.region}:{shipped.config.account}:log-group:\\*")}},
    })
    shipped.template("Security").has_resource_properties(
        "AWS::KMS::Key", {"KeyPolicy": {"Statement": Match.array_with([statement])}}
    )


def test_stateful_stack_has_termination_protection_outside_dev(shipped):
    assert shipped.stage.security.termination_protection is (not shipped.config.is_ephemeral)


# --- CloudTrail, audit bucket and alarms -----------------------------------------------------------------

from platform_constructs.audit_alarms import AUDIT_EVENTS  # noqa: E402
from tests.support.references import DATA_KEY, LOGS_KEY, logical_id, refers_to  # noqa: E402


def _trail(shipped) -> dict:
    trails = list(shipped.resources("Security", "AWS::CloudTrail::Trail").values())
    assert len(trails) == 1
    return trails[0]["Properties"]


def test_trail_is_multi_region_validated_encrypted_and_delivered_to_logs(shipped):
    trail = _trail(shipped)
    audit = shipped.stage.security.audit_trail
    assert trail["IsMultiRegionTrail"] is True
    assert trail["EnableLogFileValidation"] is True
    assert trail["IncludeGlobalServiceEvents"] is True
    assert refers_to(trail["KMSKeyId"], LOGS_KEY)
    assert refers_to(trail["S3BucketName"], logical_id(audit.bucket))
    assert refers_to(trail["CloudWatchLogsLogGroupArn"], logical_id(audit.log_group))
    group = shipped.json("Security")["Resources"][logical_id(audit.log_group)]["Properties"]
    assert group["RetentionInDays"] == shipped.config.audit.log_retention_days
    assert refers_to(group["KmsKeyId"], LOGS_KEY)


def test_trail_records_s3_data_events_for_exactly_the_platform_buckets(shipped):
    config = shipped.config
    trail = _trail(shipped)
    assert "EventSelectors" not in trail  # a trail takes basic or advanced selectors, not both
    selectors = {s["Name"]: {f["Field"]: f for f in s["FieldSelectors"]} for s in trail["AdvancedEventSelectors"]}
    assert len(selectors) == 2
    management = selectors["Management events, read and write"]
    assert management == {"eventCategory": {"Field": "eventCategory", "Equals": ["Management"]}}  # read and write
    data = selectors["Platform bucket objects, without FSx data repository traffic"]
    assert data["eventCategory"]["Equals"] == ["Data"] and data["resources.type"]["Equals"] == ["AWS::S3::Object"]
    assert "readOnly" not in data  # reads and writes
    names = config.data.store_bucket_names(project=config.project, environment=config.environment, account=config.account)
    assert data["resources.ARN"]["StartsWith"] == [f"arn:aws:s3:::{name}/" for name in names.values()]
    # The names the trail watches are the names the Data stack gives its buckets (or the imported bucket).
    created = {b["Properties"].get("BucketName") for b in shipped.resources("Data", "AWS::S3::Bucket").values()}
    for store, name in names.items():
        if store == "collected_data" and config.data.collected_data_bucket_arn:
            assert name not in created and config.data.collected_data_bucket_arn.endswith(name)
        else:
            assert name in created, store


def test_trail_skips_fsx_import_export_traffic_only(shipped):
    """FSx reaches the training data repository as its per-file-system service-linked role; only those sessions
    are excluded, and the file system's bucket is one of the watched buckets."""
    selectors = {s["Name"]: s for s in _trail(shipped)["AdvancedEventSelectors"]}
    data = {f["Field"]: f for f in selectors["Platform bucket objects, without FSx data repository traffic"]["FieldSelectors"]}
    account = shipped.config.account
    assert data["userIdentity.arn"] == {
        "Field": "userIdentity.arn",
        "NotStartsWith": [f"arn:aws:sts::{account}:assumed-role/AWSServiceRoleForFSxS3Access_"],
    }
    # The file system is linked to the offline-features bucket (DataStores), which the selector watches.
    config = shipped.config
    linked = config.data.store_bucket_names(project=config.project, environment=config.environment,
                                            account=config.account)["offline_features"]
    stores = shipped.stage.data.stores
    assert stores.training_file_system.node.scope is stores
    assert f"arn:aws:s3:::{linked}/" in data["resources.ARN"]["StartsWith"]


def test_audit_bucket_is_versioned_logged_kms_encrypted_private_and_tls_only(shipped):
    audit = shipped.stage.security.audit_trail
    resources = shipped.json("Security")["Resources"]
    bucket = resources[logical_id(audit.bucket)]["Properties"]
    assert bucket["VersioningConfiguration"] == {"Status": "Enabled"}
    assert refers_to(bucket["LoggingConfiguration"]["DestinationBucketName"], logical_id(audit.access_log_bucket))
    sse = bucket["BucketEncryption"]["ServerSideEncryptionConfiguration"][0]["ServerSideEncryptionByDefault"]
    assert sse["SSEAlgorithm"] == "aws:kms" and refers_to(sse["KMSMasterKeyID"], LOGS_KEY)
    assert all(bucket["PublicAccessBlockConfiguration"].values())
    policies = [r["Properties"] for r in resources.values() if r["Type"] == "AWS::S3::BucketPolicy"
                and refers_to(r["Properties"]["Bucket"], logical_id(audit.bucket))]
    assert any(
        s["Effect"] == "Deny" and s["Condition"] == {"Bool": {"aws:SecureTransport": "false"}}
        for p in policies for s in p["PolicyDocument"]["Statement"]
    )


def test_audit_bucket_lifecycle_and_object_lock_follow_config(shipped):
    audit_config = shipped.config.audit
    bucket = shipped.json("Security")["Resources"][logical_id(shipped.stage.security.audit_trail.bucket)]["Properties"]
    rule = bucket["LifecycleConfiguration"]["Rules"][0]
    assert rule["Transitions"] == [{"StorageClass": "GLACIER", "TransitionInDays": audit_config.trail_bucket_glacier_after_days}]
    assert rule["ExpirationInDays"] == audit_config.trail_bucket_expire_after_days
    if audit_config.object_lock_days:
        assert bucket["ObjectLockConfiguration"]["Rule"]["DefaultRetention"] == {
            "Days": audit_config.object_lock_days, "Mode": "GOVERNANCE"
        }
    else:
        assert "ObjectLockConfiguration" not in bucket and "ObjectLockEnabled" not in bucket


def test_object_lock_is_on_in_prod_and_off_in_dev(dev, prod):
    assert prod.config.audit.object_lock_days > 0 and dev.config.audit.object_lock_days == 0


def test_every_audit_event_has_a_filter_and_an_alarm_to_the_encrypted_topic(shipped):
    resources = shipped.json("Security")["Resources"]
    alarms = shipped.stage.security.audit_alarms
    topic_id = logical_id(alarms.topic)
    topic = resources[topic_id]["Properties"]
    assert refers_to(topic["KmsMasterKeyId"], LOGS_KEY)
    filters = [r["Properties"] for r in resources.values() if r["Type"] == "AWS::Logs::MetricFilter"]
    assert sorted(f["FilterPattern"] for f in filters) == sorted(e.pattern for e in AUDIT_EVENTS)
    for item in filters:
        assert refers_to(item["LogGroupName"], logical_id(shipped.stage.security.audit_trail.log_group))
    cw_alarms = [r["Properties"] for r in resources.values() if r["Type"] == "AWS::CloudWatch::Alarm"]
    assert len(cw_alarms) == len(AUDIT_EVENTS)
    assert all(len(a["AlarmActions"]) == 1 and refers_to(a["AlarmActions"][0], topic_id) for a in cw_alarms)
    topic_policies = [r["Properties"]["PolicyDocument"]["Statement"] for r in resources.values() if r["Type"] == "AWS::SNS::TopicPolicy"]
    assert any(s["Effect"] == "Deny" and "aws:SecureTransport" in str(s.get("Condition")) for p in topic_policies for s in p)


def test_watched_events_cover_mfa_iam_kms_and_cloudtrail_changes():
    patterns = " ".join(e.pattern for e in AUDIT_EVENTS)
    for needle in ('MFAUsed != "Yes"', "PutRolePolicy", "AttachRolePolicy", "DisableKey", "ScheduleKeyDeletion",
                   "PutKeyPolicy", "StopLogging", "DeleteTrail", "UpdateTrail"):
        assert needle in patterns, needle


def test_alarm_emails_from_config_subscribe(shipped):
    subscriptions = shipped.resources("Security", "AWS::SNS::Subscription").values()
    assert sorted(s["Properties"]["Endpoint"] for s in subscriptions) == sorted(shipped.config.audit.alarm_emails)
    assert all(s["Properties"]["Protocol"] == "email" for s in subscriptions)


def _key_statements(shipped, key_id: str) -> list[dict]:
    return shipped.json("Security")["Resources"][key_id]["Properties"]["KeyPolicy"]["Statement"]


def test_logs_key_lets_only_this_trail_encrypt_and_cloudwatch_publish(shipped):
    config = shipped.config
    by_sid = {s.get("Sid"): s for s in _key_statements(shipped, LOGS_KEY)}
    trail_arn = f"arn:aws:cloudtrail:{config.region}:{config.account}:trail/{config.project}-{config.environment}-trail"
    assert by_sid["AllowCloudTrailToEncryptLogs"]["Condition"]["StringEquals"] == {"aws:SourceArn": trail_arn}
    assert by_sid["AllowCloudWatchAlarmsToPublish"]["Condition"] == {"StringEquals": {"aws:SourceAccount": config.account}}


def test_data_key_admits_fsx_data_repository_roles_of_this_account_via_s3_only(shipped):
    config = shipped.config
    statement = {s.get("Sid"): s for s in _key_statements(shipped, DATA_KEY)}["AllowFsxDataRepositoryRole"]
    assert statement["Condition"]["StringEquals"] == {
        "kms:CallerAccount": config.account, "kms:ViaService": f"s3.{config.region}.amazonaws.com"
    }
    assert statement["Condition"]["ArnLike"]["aws:PrincipalArn"].startswith(
        f"arn:aws:iam::{config.account}:role/aws-service-role/s3.data-source.lustre.fsx.amazonaws.com/"
    )


def test_data_key_lets_auto_scaling_launch_encrypted_nodes_without_naming_its_role_as_principal(shipped):
    """AWSServiceRoleForAutoScaling exists only after an account's first Auto Scaling group and KMS rejects a key
    policy whose principal does not exist: the role is matched by condition, never named as the principal."""
    config = shipped.config
    by_sid = {s.get("Sid"): s for s in _key_statements(shipped, DATA_KEY)}
    role = f"arn:aws:iam::{config.account}:role/aws-service-role/autoscaling.amazonaws.com/AWSServiceRoleForAutoScaling"
    narrowed = {
        "StringEquals": {"kms:CallerAccount": config.account, "kms:ViaService": f"ec2.{config.region}.amazonaws.com"},
        "ArnLike": {"aws:PrincipalArn": role},
    }
    use, grant = by_sid["AllowAutoScalingToUseKeyForNodeVolumes"], by_sid["AllowAutoScalingToGrantKeyToEc2"]
    assert use["Principal"] == grant["Principal"] == {"AWS": "*"}
    assert sorted(use["Action"]) == ["kms:Decrypt", "kms:DescribeKey", "kms:Encrypt", "kms:GenerateDataKey*", "kms:ReEncrypt*"]
    assert use["Condition"] == narrowed
    assert grant["Action"] == "kms:CreateGrant"
    assert grant["Condition"] == {**narrowed, "Bool": {"kms:GrantIsForAWSResource": "true"}}


def _principals(node):
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "Principal":
                yield value
            else:
                yield from _principals(value)
    elif isinstance(node, list):
        for item in node:
            yield from _principals(item)


def test_no_policy_names_a_principal_that_a_fresh_account_may_lack(shipped):
    """Every Principal in every template is the account root, a service, `*` (narrowed by conditions) or a role the
    platform creates itself (a reference): a named role such as a service-linked one may not exist yet."""
    for stack_id in shipped.template_paths:
        for principal in _principals(shipped.json(stack_id)["Resources"]):
            if principal == "*":
                continue
            for kind, values in principal.items():
                for value in values if isinstance(values, list) else [values]:
                    if kind in ("Service", "Federated") or not isinstance(value, str) or value == "*":
                        continue
                    assert value == f"arn:aws:iam::{shipped.config.account}:root", (stack_id, principal)


def test_audit_bucket_admits_cloudtrail_only_for_this_trail(shipped):
    """Every grant to CloudTrail in the audit bucket's policy names this trail's ARN (confused deputy)."""
    config = shipped.config
    trail_arn = f"arn:aws:cloudtrail:{config.region}:{config.account}:trail/{config.project}-{config.environment}-trail"
    trail_bucket = _trail(shipped)["S3BucketName"]["Ref"]
    policies = [p["Properties"] for p in shipped.resources("Security", "AWS::S3::BucketPolicy").values()
                if p["Properties"]["Bucket"] == {"Ref": trail_bucket}]
    assert len(policies) == 1
    grants = [s for s in policies[0]["PolicyDocument"]["Statement"]
              if s["Effect"] == "Allow" and s.get("Principal") == {"Service": "cloudtrail.amazonaws.com"}]
    assert {s["Action"] for s in grants} == {"s3:GetBucketAcl", "s3:PutObject"}
    for statement in grants:
        assert statement["Condition"]["StringEquals"]["aws:SourceArn"] == trail_arn, statement
