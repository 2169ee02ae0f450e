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
