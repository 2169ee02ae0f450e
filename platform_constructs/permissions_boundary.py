"""The permissions boundary every platform role carries, and the names the deploy role may manage.

The CloudFormation execution policy (`bootstrap/target-execution-policy.json`) lets CloudFormation create,
change and pass only roles and managed policies whose names start with `<project>-`, and create a role or
grant it a policy only with this boundary attached, so a deployment cannot mint a role that exceeds the
boundary (`bootstrap/permissions-boundary-policy.json`: the workload services, no IAM but service-linked
roles). The boundary policy itself is created once per account by the bootstrap (docs/platform-engineer.md, Bootstrap).

Roles are scoped by name, not by path: a role's Path is create-only, and the EKS cluster role's ARN is
create-only on the cluster, so moving the existing roles under a path would replace the cluster. Named roles
are `<project>-<environment>-...`; CloudFormation names the others `<stack name>-<logical ID>-<suffix>`, and
every stack of an environment is named `<project>-<environment>-<stack>` (`PlatformStack`).
https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-name.html
"""

from __future__ import annotations

import aws_cdk as cdk
from aws_cdk import aws_iam as iam


def boundary_policy_name(project: str) -> str:
    """The customer-managed policy the bootstrap creates in each target account, e.g. `mlplatform-permissions-boundary`."""
    return f"{project}-permissions-boundary"


def managed_name_prefix(project: str) -> str:
    """Role and managed-policy names the execution policy lets CloudFormation manage start with this."""
    return f"{project}-"


def apply_permissions_boundary(stack: cdk.Stack, *, project: str) -> None:
    """Every IAM role of `stack` (CDK's and ours, custom-resource provider roles included) gets the boundary."""
    boundary = iam.ManagedPolicy.from_managed_policy_name(stack, "PermissionsBoundary", boundary_policy_name(project))
    iam.PermissionsBoundary.of(stack).apply(boundary)
