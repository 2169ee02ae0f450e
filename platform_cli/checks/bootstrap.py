"""CDK bootstrap: present, recent enough, and trusting the tooling account when the pipeline deploys here."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import unquote

from botocore.exceptions import ClientError

from platform_cli.aws import error_code
from platform_cli.checks import Context, group
from platform_cli.report import CheckResult, failed, passed, skipped, warned

NAME = "bootstrap"
# The default qualifier, kept by the bootstrap commands of docs/platform-engineer.md (platform_constructs.delivery_pipeline, a test
# keeps the two equal: the CLI does not import CDK).
QUALIFIER = "hnb659fds"
VERSION_PARAMETER = f"/cdk-bootstrap/{QUALIFIER}/version"
# aws-cdk-lib 2.275.0 core/lib/stack-synthesizers/default-synthesizer.js: MIN_BOOTSTRAP_STACK_VERSION=6 for
# deploying, MIN_LOOKUP_ROLE_BOOTSTRAP_STACK_VERSION=8 for the lookup role the pipeline's preflight, review and
# verify steps assume.
MIN_VERSION = 8
# aws-cdk 2.1148.1 (package.json pin) lib/api/bootstrap/bootstrap-template.yaml: `CdkBootstrapVersion` 33.
CURRENT_VERSION = 33


def role_name(kind: str, account: str, region: str) -> str:
    """`deploy` -> `cdk-hnb659fds-deploy-role-<account>-<region>`."""
    return f"cdk-{QUALIFIER}-{kind}-role-{account}-{region}"


def trusted_accounts(document: Any) -> set[str]:
    """Accounts an `sts:AssumeRole` trust policy lets in (account IDs and `arn:...:iam::<id>:root`)."""
    if isinstance(document, str):
        document = json.loads(unquote(document))
    accounts: set[str] = set()
    for statement in document.get("Statement", []):
        actions = statement.get("Action", [])
        actions = [actions] if isinstance(actions, str) else actions
        if statement.get("Effect") != "Allow" or "sts:AssumeRole" not in actions:
            continue
        principals = statement.get("Principal", {}).get("AWS", []) if isinstance(statement.get("Principal"), dict) else []
        for principal in [principals] if isinstance(principals, str) else principals:
            text = str(principal)
            accounts.add(text.split(":")[4] if text.startswith("arn:") else text)
    return accounts


@group(NAME)
def check(ctx: Context) -> list[CheckResult]:
    tooling = ctx.pipeline.tooling.account if ctx.pipeline is not None and ctx.pipeline_environment is not None else None
    return check_account(ctx.aws, ctx.config.account, ctx.config.region, tooling=tooling)


def check_account(aws, account: str, region: str, *, tooling: str | None) -> list[CheckResult]:
    """Bootstrap of one account and region; with `tooling`, also its deploy and lookup roles' trust of it."""
    target = f"aws://{account}/{region}"
    try:
        version = int(aws.client("ssm").get_parameter(Name=VERSION_PARAMETER)["Parameter"]["Value"])
    except ClientError as exc:
        if error_code(exc) != "ParameterNotFound":
            raise
        return [failed(NAME, "version", f"{target} is not bootstrapped (no SSM parameter {VERSION_PARAMETER})",
                       "bootstrap it as docs/platform-engineer.md 'Bootstrap (once per account and region)' shows")]
    results = []
    if version < MIN_VERSION:
        results.append(failed(NAME, "version", f"bootstrap version {version} is older than {MIN_VERSION} (the lookup role)",
                              f"re-run `npx cdk bootstrap {target}` with the options of docs/platform-engineer.md, Bootstrap"))
    elif version < CURRENT_VERSION:
        results.append(warned(NAME, "version", f"bootstrap version {version} works but is older than {CURRENT_VERSION} (the pinned CLI's)",
                              f"re-run `npx cdk bootstrap {target}` with the options of docs/platform-engineer.md, Bootstrap"))
    else:
        results.append(passed(NAME, "version", f"bootstrap version {version}"))
    if tooling is None:
        results.append(skipped(NAME, "trust", "the pipeline does not deploy here (config/pipeline.yaml)"))
        return results
    iam = aws.client("iam")
    for kind, flag in (("deploy", "--trust"), ("lookup", "--trust-for-lookup")):
        name = role_name(kind, account, region)
        try:
            document = iam.get_role(RoleName=name)["Role"]["AssumeRolePolicyDocument"]
        except ClientError as exc:
            if error_code(exc) != "NoSuchEntity":
                raise
            results.append(failed(NAME, f"{kind} role trust", f"role {name} does not exist",
                                  f"re-bootstrap {target} with {flag} {tooling}"))
            continue
        if tooling in trusted_accounts(document):
            results.append(passed(NAME, f"{kind} role trust", f"{name} trusts the tooling account {tooling}"))
        else:
            results.append(failed(NAME, f"{kind} role trust", f"{name} does not trust the tooling account {tooling}",
                                  f"re-bootstrap {target} with {flag} {tooling}"))
    return results
