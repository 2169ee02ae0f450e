"""Identity in an environment's account: the access mapping only; no Identity Center resource in any environment stage."""

from __future__ import annotations

import dataclasses
import json

import pytest

from platform_constructs.access_mapping import AccessMapping


def test_no_environment_stage_holds_identity_center_resources(shipped):
    # Only the management or delegated administrator account may create them: they live in the identity stack.
    found = {
        f"{stack_id}/{logical_id}": resource["Type"]
        for stack_id in shipped.template_paths
        for logical_id, resource in shipped.json(stack_id)["Resources"].items()
        if resource["Type"].startswith("AWS::SSO::")
    }
    assert found == {}
    assert not hasattr(shipped.stage.identity, "permission_sets")


def test_identity_stack_holds_only_the_access_mapping_parameter(shipped):
    types = {r["Type"] for r in shipped.json("Identity")["Resources"].values()} - {"AWS::CDK::Metadata"}
    assert types == {"AWS::SSM::Parameter"}
    assert not shipped.stage.identity.termination_protection


def test_access_mappings_come_from_config(shipped):
    identity = shipped.config.identity
    mappings = shipped.stage.identity.access_mappings
    assert isinstance(mappings, tuple) and all(isinstance(m, AccessMapping) for m in mappings)
    expected_roles = [item.role_arn for _, item in identity.permission_sets.items() if item.role_arn]
    expected_roles += [extra.principal_arn for extra in identity.additional_access]
    assert [m.principal_arn for m in mappings] == expected_roles
    with pytest.raises(dataclasses.FrozenInstanceError):
        mappings[0].access_policy = "AmazonEKSClusterAdminPolicy"  # type: ignore[misc]


def test_sso_roles_of_this_account_are_mapped(prod):
    # The roles Identity Center created in prod's account (config: permission_sets.<set>.role_arn) reach the cluster.
    mapped = {m.principal_arn for m in prod.stage.identity.access_mappings}
    roles = [item.role_arn for _, item in prod.config.identity.permission_sets.items()]
    assert roles and all(r and r in mapped and f":iam::{prod.config.account}:" in r for r in roles)


def test_access_mappings_are_published_as_a_parameter(shipped):
    (parameter,) = shipped.resources("Identity", "AWS::SSM::Parameter").values()
    published = json.loads(parameter["Properties"]["Value"])
    assert published == [
        {**dataclasses.asdict(m), "kubernetes_groups": list(m.kubernetes_groups), "namespaces": list(m.namespaces)}
        for m in shipped.stage.identity.access_mappings
    ]
