"""Identity stack: permission sets and assignments only with an Identity Center instance; access mappings as data."""

from __future__ import annotations

import dataclasses
import json

import pytest

from platform_constructs.access_mapping import AccessMapping
from tests.support.references import DATA_KEY, refers_to


def test_permission_sets_present_exactly_when_configured(shipped):
    identity = shipped.config.identity
    sets = shipped.resources("Identity", "AWS::SSO::PermissionSet")
    assignments = shipped.resources("Identity", "AWS::SSO::Assignment")
    if identity.identity_center_instance_arn is None:
        assert sets == {} and assignments == {}
        assert shipped.stage.identity.permission_sets is None
        return
    expected = {identity.permission_set_name(shipped.config.environment, key) for key, _ in identity.permission_sets.items()}
    assert {s["Properties"]["Name"] for s in sets.values()} == expected
    assert all(s["Properties"]["InstanceArn"] == identity.identity_center_instance_arn for s in sets.values())
    assert all(s["Properties"]["InlinePolicy"]["Statement"] for s in sets.values())


def test_dev_has_no_identity_center_and_staging_and_prod_do(dev, prod):
    assert dev.config.identity.identity_center_instance_arn is None
    assert dev.resources("Identity", "AWS::SSO::PermissionSet") == {}
    assert len(prod.resources("Identity", "AWS::SSO::PermissionSet")) == 4


def test_each_configured_group_is_assigned_its_set_in_this_account(shipped):
    identity = shipped.config.identity
    if identity.identity_center_instance_arn is None:
        pytest.skip("no Identity Center instance in this environment")
    assignments = [a["Properties"] for a in shipped.resources("Identity", "AWS::SSO::Assignment").values()]
    expected = sorted(g for _, item in identity.permission_sets.items() for g in item.group_ids)
    assert sorted(a["PrincipalId"] for a in assignments) == expected
    for assignment in assignments:
        assert assignment["PrincipalType"] == "GROUP" and assignment["TargetType"] == "AWS_ACCOUNT"
        assert assignment["TargetId"] == shipped.config.account
    sets = shipped.stage.identity.permission_sets.permission_sets
    stack = shipped.stage.identity
    for key, item in identity.permission_sets.items():
        set_id = stack.resolve(stack.get_logical_id(sets[key]))
        mine = [a for a in assignments if refers_to(a["PermissionSetArn"], set_id)]
        assert sorted(a["PrincipalId"] for a in mine) == sorted(item.group_ids), key


def test_policies_are_scoped_to_the_environment(shipped):
    config = shipped.config
    prefix = f"{config.project}-{config.environment}"
    for permission_set in shipped.resources("Identity", "AWS::SSO::PermissionSet").values():
        for statement in permission_set["Properties"]["InlinePolicy"]["Statement"]:
            actions = statement["Action"]
            assert not any(a == "*" or a.endswith(":*") for a in actions), statement["Sid"]
            if statement["Resource"] == ["*"]:
                # Only actions that accept no resource ARN may be unscoped.
                assert statement["Sid"] == "ListAndReadMetrics"
                assert all(a.split(":")[1].startswith(("List", "Describe", "Get")) for a in actions)
                continue
            for resource in statement["Resource"]:
                assert f":{config.account}:" in resource or prefix in resource or "acme-data-platform" in resource, resource


def test_read_only_reads_no_data(shipped):
    config = shipped.config.identity
    if config.identity_center_instance_arn is None:
        pytest.skip("no Identity Center instance in this environment")
    name = config.permission_set_name(shipped.config.environment, "read_only")
    (read_only,) = [s for s in shipped.resources("Identity", "AWS::SSO::PermissionSet").values() if s["Properties"]["Name"] == name]
    actions = {a for s in read_only["Properties"]["InlinePolicy"]["Statement"] for a in s["Action"]}
    assert not actions & {"s3:GetObject", "dynamodb:GetItem", "dynamodb:Query", "ecr:BatchGetImage", "kms:Decrypt"}


def test_access_mappings_come_from_config(shipped):
    identity = shipped.config.identity
    mappings = shipped.stage.identity.access_mappings
    assert isinstance(mappings, tuple) and all(isinstance(m, AccessMapping) for m in mappings)
    expected_roles = [item.role_arn for _, item in identity.permission_sets.items() if item.role_arn]
    expected_roles += [extra.principal_arn for extra in identity.additional_access]
    # Last: the bootstrap lookup role, read-only, for the delivery pipeline's post-deploy check.
    account, region = shipped.config.account, shipped.config.region
    expected_roles.append(f"arn:aws:iam::{account}:role/cdk-hnb659fds-lookup-role-{account}-{region}")
    assert [m.principal_arn for m in mappings] == expected_roles
    with pytest.raises(dataclasses.FrozenInstanceError):
        mappings[0].access_policy = "AmazonEKSClusterAdminPolicy"  # type: ignore[misc]


def test_access_mappings_are_published_as_a_parameter(shipped):
    (parameter,) = shipped.resources("Identity", "AWS::SSM::Parameter").values()
    published = json.loads(parameter["Properties"]["Value"])
    assert published == [
        {**dataclasses.asdict(m), "kubernetes_groups": list(m.kubernetes_groups), "namespaces": list(m.namespaces)}
        for m in shipped.stage.identity.access_mappings
    ]


def test_directory_only_when_configured_with_its_password_in_secrets_manager(shipped):
    directory = shipped.config.identity.directory
    directories = shipped.resources("Identity", "AWS::DirectoryService::MicrosoftAD")
    secrets = shipped.resources("Identity", "AWS::SecretsManager::Secret")
    if directory is None:
        assert directories == {} and secrets == {}
        return
    (ad,) = directories.values()
    (secret_id,) = secrets
    assert ad["Properties"]["Name"] == directory.name and ad["Properties"]["Edition"] == directory.edition
    password = json.dumps(ad["Properties"]["Password"])
    assert "{{resolve:secretsmanager:" in password and secret_id in password
    assert len(ad["Properties"]["VpcSettings"]["SubnetIds"]) == 2
    assert refers_to(secrets[secret_id]["Properties"]["KmsKeyId"], DATA_KEY)
    assert ad["DeletionPolicy"] == "Retain"
