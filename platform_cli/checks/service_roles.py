"""The service-linked roles the stacks rely on. None is created by the stacks: each service creates its own on
first use, which needs `iam:CreateServiceLinkedRole` for the deploying role (the bootstrap execution policies
grant it), so a missing one is a warning, not a failure.
"""

from __future__ import annotations

from botocore.exceptions import ClientError

from platform_cli.aws import error_code
from platform_cli.checks import Context, group
from platform_cli.report import CheckResult, passed, warned

NAME = "service-linked roles"
# Role name -> (service principal, why the platform needs it). Names from the IAM user guide's
# "AWS services that work with IAM" (service-linked role column) and each service's SLR page.
ROLES: dict[str, tuple[str, str]] = {
    "AWSServiceRoleForAutoScaling": ("autoscaling.amazonaws.com", "managed node groups launch nodes through Auto Scaling"),
    "AWSServiceRoleForAmazonEKS": ("eks.amazonaws.com", "the EKS cluster"),
    "AWSServiceRoleForAmazonEKSNodegroup": ("eks-nodegroup.amazonaws.com", "EKS managed node groups"),
    "AWSServiceRoleForAmazonFSx": ("fsx.amazonaws.com", "the FSx for Lustre file system"),
    "AWSServiceRoleForElasticLoadBalancing": ("elasticloadbalancing.amazonaws.com", "the gateway's Network Load Balancer"),
    "AWSServiceRoleForEC2Spot": ("spot.amazonaws.com", "SPOT GPU node groups"),
}


def needed_roles(ctx: Context) -> dict[str, tuple[str, str]]:
    spot = any(g.capacity_type == "SPOT" for g in ctx.config.cluster.gpu_node_groups)
    return {name: role for name, role in ROLES.items() if spot or name != "AWSServiceRoleForEC2Spot"}


@group(NAME)
def check(ctx: Context) -> list[CheckResult]:
    iam = ctx.aws.client("iam")
    results = []
    for name, (service, why) in needed_roles(ctx).items():
        try:
            iam.get_role(RoleName=name)
        except ClientError as exc:
            if error_code(exc) != "NoSuchEntity":
                raise
            results.append(warned(NAME, name, f"missing ({why}); {service} creates it on first use if the deploy may",
                                  f"create it now: aws iam create-service-linked-role --aws-service-name {service}"))
            continue
        results.append(passed(NAME, name, f"exists ({why})"))
    return results
