"""Identity Center stack (identity account): every listed environment's permission sets, assigned in its own
account, policies scoped to that environment; the Managed AD beside Identity Center."""

from __future__ import annotations

import json

import aws_cdk as cdk
import pytest

from platform_config import load_identity_center
from tests.support.references import refers_to

STACK = "IdentityCenter"


def _as_list(value: object) -> list:
    """IAM accepts a single action or resource as a string; `PolicyDocument` renders a one-element list that way."""
    return value if isinstance(value, list) else [value]


def _by_environment(identity_center, resource_type: str) -> dict[str, list[dict]]:
    """Resources of `resource_type` grouped by the environment construct they were built under."""
    stack = identity_center.stage.identity_center
    out: dict[str, list[dict]] = {}
    resources = identity_center.resources(STACK, resource_type)
    for name, construct in stack.permission_sets.items():
        ids = {stack.resolve(stack.get_logical_id(c)) for c in construct.node.find_all() if isinstance(c, cdk.CfnResource)}
        out[name] = [r["Properties"] for logical_id, r in resources.items() if logical_id in ids]
    return out


def test_deployed_once_in_the_identity_account_and_region(identity_center):
    config = identity_center.config
    stack = identity_center.stage.identity_center
    assert (stack.account, stack.region) == (config.account, config.region)
    assert stack.stack_name == f"{config.project}-identity-center"
    assert stack.termination_protection
    assert list(identity_center.template_paths) == [STACK]


def test_each_environment_has_its_four_permission_sets(identity_center):
    config = identity_center.config
    _, environments = load_identity_center()
    sets = _by_environment(identity_center, "AWS::SSO::PermissionSet")
    assert list(sets) == list(config.environments)
    for env in environments:
        expected = {config.permission_set_name(env.environment, key) for key, _ in env.identity.permission_sets.items()}
        assert {s["Name"] for s in sets[env.environment]} == expected
        assert all(s["InstanceArn"] == config.instance_arn for s in sets[env.environment])
        durations = {f"PT{item.session_duration_hours}H" for _, item in env.identity.permission_sets.items()}
        assert {s["SessionDuration"] for s in sets[env.environment]} == durations


def test_each_environments_groups_are_assigned_in_that_environments_account(identity_center):
    stack = identity_center.stage.identity_center
    _, environments = load_identity_center()
    assignments = _by_environment(identity_center, "AWS::SSO::Assignment")
    assert len({env.account for env in environments}) == len(environments) > 1
    for env in environments:
        mine = assignments[env.environment]
        assert sorted(a["PrincipalId"] for a in mine) == sorted(
            g for _, item in env.identity.permission_sets.items() for g in item.group_ids
        )
        for assignment in mine:
            assert assignment["TargetId"] == env.account != identity_center.config.account
            assert assignment["PrincipalType"] == "GROUP" and assignment["TargetType"] == "AWS_ACCOUNT"
            assert assignment["InstanceArn"] == identity_center.config.instance_arn
        # Each assignment grants the set of its own environment and role.
        sets = stack.permission_sets[env.environment].permission_sets
        for key, item in env.identity.permission_sets.items():
            set_id = stack.resolve(stack.get_logical_id(sets[key]))
            granted = [a["PrincipalId"] for a in mine if refers_to(a["PermissionSetArn"], set_id)]
            assert sorted(granted) == sorted(item.group_ids), (env.environment, key)


def test_policies_are_scoped_to_their_own_environment(identity_center):
    _, environments = load_identity_center()
    sets = _by_environment(identity_center, "AWS::SSO::PermissionSet")
    for env in environments:
        prefix = f"{env.project}-{env.environment}"
        others = [o for o in environments if o is not env]
        for permission_set in sets[env.environment]:
            for statement in permission_set["InlinePolicy"]["Statement"]:
                actions = _as_list(statement["Action"])
                resources = _as_list(statement["Resource"])
                assert not any(a == "*" or a.endswith(":*") for a in actions), statement["Sid"]
                if resources == ["*"]:
                    # Only actions that accept no resource ARN may be unscoped.
                    assert statement["Sid"] == "ListAndReadMetrics"
                    assert all(a.split(":")[1].startswith(("List", "Describe", "Get")) for a in actions)
                    continue
                for resource in resources:
                    text = json.dumps(resource)
                    assert f":{env.account}:" in text or prefix in text or "acme-data-platform" in text, resource
                    assert not any(f"{o.project}-{o.environment}" in text or f":{o.account}:" in text for o in others), resource


def test_read_only_reads_no_data(identity_center):
    config = identity_center.config
    sets = _by_environment(identity_center, "AWS::SSO::PermissionSet")
    for env, found in sets.items():
        (read_only,) = [s for s in found if s["Name"] == config.permission_set_name(env, "read_only")]
        actions = {a for s in read_only["InlinePolicy"]["Statement"] for a in _as_list(s["Action"])}
        assert not actions & {"s3:GetObject", "dynamodb:GetItem", "dynamodb:Query", "ecr:BatchGetImage", "kms:Decrypt"}


def test_directory_sits_in_the_identity_account_in_the_configured_subnets(identity_center):
    directory = identity_center.config.directory
    assert directory is not None
    (ad,) = identity_center.resources(STACK, "AWS::DirectoryService::MicrosoftAD").values()
    (secret_id, secret), = identity_center.resources(STACK, "AWS::SecretsManager::Secret").items()
    (key_id, key), = identity_center.resources(STACK, "AWS::KMS::Key").items()
    assert ad["Properties"]["Name"] == directory.name and ad["Properties"]["Edition"] == directory.edition
    assert ad["Properties"]["VpcSettings"] == {"VpcId": directory.vpc.vpc_id, "SubnetIds": list(directory.vpc.subnet_ids)}
    password = json.dumps(ad["Properties"]["Password"])
    assert "{{resolve:secretsmanager:" in password and secret_id in password
    assert refers_to(secret["Properties"]["KmsKeyId"], key_id)
    assert key["Properties"]["EnableKeyRotation"] is True
    for resource in (ad, secret, key):
        assert resource["DeletionPolicy"] == resource["UpdateReplacePolicy"] == "Retain"


def test_no_directory_when_unset(tmp_path):
    from tests.support.synth import synthesize_identity_center

    config, environments = load_identity_center()
    synth = synthesize_identity_center(config.model_copy(update={"directory": None}), environments, tmp_path)
    types = {r["Type"] for r in synth.json(STACK)["Resources"].values()}
    assert not types & {"AWS::DirectoryService::MicrosoftAD", "AWS::SecretsManager::Secret", "AWS::KMS::Key"}
    assert {"AWS::SSO::PermissionSet", "AWS::SSO::Assignment"} <= types


def test_an_environment_without_its_config_is_refused():
    from stacks.identity_center_stack import IdentityCenterStack

    config, environments = load_identity_center()
    with pytest.raises(ValueError, match=r"no environment config given for \['prod'\]"):
        IdentityCenterStack(cdk.App(), "I", config=config, environments=environments[:1])


def test_synth_needs_no_context_lookup(identity_center):
    manifest = json.loads((identity_center.stage_dir / "manifest.json").read_text())
    assert manifest.get("missing", []) == []
