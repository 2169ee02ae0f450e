"""Access mappings: permission-set roles with an ARN, then additional principals; nothing invented."""

from __future__ import annotations

from platform_config.identity import AccessMappingConfig, IdentityConfig, PermissionSetConfig, PermissionSetsConfig
from platform_constructs.access_mapping import AccessMapping, access_mappings_from_config

ROLE = "arn:aws:iam::333333333333:role/aws-reserved/sso.amazonaws.com/eu-west-1/AWSReservedSSO_mlp-prod-read-only_0123456789abcdef"


def test_no_role_arns_no_mappings():
    assert access_mappings_from_config(IdentityConfig()) == ()


def test_roles_then_additional_principals_with_their_groups_and_scope():
    identity = IdentityConfig(
        permission_sets=PermissionSetsConfig(read_only=PermissionSetConfig(
            role_arn=ROLE, kubernetes_groups=("viewers",), access_policy="AmazonEKSViewPolicy", namespaces=("ml",)
        )),
        additional_access=(AccessMappingConfig(principal_arn="arn:aws:iam::333333333333:role/ci", kubernetes_groups=("deployers",),
                                               access_policy="AmazonEKSClusterAdminPolicy"),),
    )
    assert access_mappings_from_config(identity) == (
        AccessMapping(principal_arn=ROLE, kubernetes_groups=("viewers",), access_policy="AmazonEKSViewPolicy", namespaces=("ml",)),
        AccessMapping(principal_arn="arn:aws:iam::333333333333:role/ci", kubernetes_groups=("deployers",),
                      access_policy="AmazonEKSClusterAdminPolicy", namespaces=()),
    )
