"""Identity Center, per the identity design: permission sets and assignments live in the identity account's
stack (config/identity.yaml); an environment account only receives the `AWSReservedSSO_*` roles it maps.

`check` runs for an environment; `check_identity_account` runs with `preflight --identity` in the identity
account, where `sso-admin:ListInstances` shows the instance only to the management account and the delegated
administrator (https://docs.aws.amazon.com/singlesignon/latest/userguide/delegated-admin.html).
"""

from __future__ import annotations

from botocore.exceptions import ClientError

from platform_cli.aws import describe_error, error_code
from platform_cli.checks import Context, group
from platform_cli.report import CheckResult, failed, passed, skipped, warned
from platform_config.identity_center import IdentityCenterConfig

NAME = "identity center"


@group(NAME)
def check(ctx: Context) -> list[CheckResult]:
    config = ctx.config
    sets = [(key, item) for key, item in config.identity.permission_sets.items() if item.group_ids or item.role_arn]
    if not sets:
        return [skipped(NAME, "permission sets", f"{config.environment} assigns no Identity Center permission set")]
    if ctx.identity is None:
        return [failed(NAME, "identity file", f"{config.environment} assigns permission sets but config/identity.yaml is missing or invalid",
                       "configure the identity account in config/identity.yaml (docs/platform-engineer.md, Identity Center account)")]
    identity = ctx.identity
    results = []
    if config.environment not in identity.environments:
        results.append(failed(NAME, "identity file", f"config/identity.yaml environments={list(identity.environments)} does not list "
                              f"{config.environment!r}: nothing creates its permission sets",
                              f"add {config.environment!r} to environments in config/identity.yaml"))
    else:
        results.append(passed(NAME, "identity file", f"permission sets come from the identity stack in account {identity.account} "
                              f"({identity.instance_arn})"))
    iam = ctx.aws.client("iam")
    for key, item in sets:
        expected = identity.permission_set_name(config.environment, key)
        if item.role_arn is None:
            results.append(warned(NAME, key, f"no role_arn yet for permission set {expected}: users of it get no cluster access",
                                  f"after the identity stage assigns it, copy the role (aws iam list-roles --path-prefix "
                                  f"/aws-reserved/sso.amazonaws.com/) into identity.permission_sets.{key}.role_arn"))
            continue
        role = item.role_arn.rsplit("/", 1)[-1]
        try:
            iam.get_role(RoleName=role)
        except ClientError as exc:
            if error_code(exc) != "NoSuchEntity":
                raise
            results.append(failed(NAME, key, f"identity.permission_sets.{key}.role_arn: role {role} does not exist in {config.account}",
                                  f"deploy the identity stage first, then copy the role Identity Center created for {expected}"))
            continue
        results.append(passed(NAME, key, f"role {role} exists"))
    return results


def check_identity_account(identity: IdentityCenterConfig, aws, account: str) -> list[CheckResult]:
    """The identity account: the credentials are there and it administers the configured instance."""
    results = []
    if account == identity.account:
        results.append(passed(NAME, "account", f"credentials are in the identity account {account}"))
    else:
        results.append(failed(NAME, "account", f"credentials are in account {account}, config/identity.yaml says {identity.account}",
                              f"log in to account {identity.account}"))
    try:
        instances = aws.client("sso-admin").list_instances()["Instances"]
    except ClientError as exc:
        return results + [failed(NAME, "instance", f"cannot list Identity Center instances: {describe_error(exc)}",
                                 "enable IAM Identity Center in the management account, then delegate administration")]
    found = next((i for i in instances if i.get("InstanceArn") == identity.instance_arn), None)
    if found is None:
        listed = [i.get("InstanceArn") for i in instances]
        results.append(failed(NAME, "instance", f"instance_arn={identity.instance_arn} is not administered from this account "
                              f"(it sees {listed or 'no instance'})",
                              "enable Identity Center and register this account as delegated administrator: aws organizations "
                              f"register-delegated-administrator --service-principal sso.amazonaws.com --account-id {identity.account}"))
    elif found.get("Status", "ACTIVE") != "ACTIVE":
        results.append(failed(NAME, "instance", f"instance {identity.instance_arn} is {found['Status']}", "wait until it is ACTIVE"))
    else:
        results.append(passed(NAME, "instance", f"{identity.instance_arn} is enabled and administered from this account"))
    return results
