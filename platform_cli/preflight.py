"""`mlplatform preflight`: read-only checks of the account an environment (or the identity or tooling account)
deploys to, before CloudFormation starts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from platform_cli.aws import Aws
from platform_cli.checks import Context, account, bootstrap, eks_versions, identity, network, placeholders, quotas, references, service_roles
from platform_cli.report import CheckResult, failed, passed
from platform_config import ConfigError, PlatformConfig
from platform_config.identity_center import IdentityCenterConfig, parse_identity_center
from platform_config.pipeline import PipelineConfig, parse_pipeline

# In the order they are shown: cheap and fundamental first.
GROUPS = (account.check, placeholders.check, bootstrap.check, service_roles.check, identity.check, quotas.check,
          eks_versions.check, references.check, network.check)


def _optional(path: Path, parse: Any) -> Any:
    """A companion file (pipeline.yaml, identity.yaml) beside the environment file, or None when absent or invalid:
    the environment's checks do not depend on it (synth reports its errors)."""
    if not path.is_file():
        return None
    try:
        return parse(yaml.safe_load(path.read_text(encoding="utf-8")), source=str(path))
    except (ConfigError, yaml.YAMLError):
        return None


def companions(config_dir: Path) -> tuple[PipelineConfig | None, IdentityCenterConfig | None]:
    return _optional(config_dir / "pipeline.yaml", parse_pipeline), _optional(config_dir / "identity.yaml", parse_identity_center)


def run_environment(config: PlatformConfig, aws: Aws, *, config_dir: Path) -> list[CheckResult]:
    """Every check group for one environment."""
    pipeline, identity_config = companions(config_dir)
    ctx = Context(config=config, aws=aws, account=aws.caller()["Account"], pipeline=pipeline, identity=identity_config)
    results: list[CheckResult] = []
    for check in GROUPS:
        results += check(ctx)
    return results


def run_identity(identity_config: IdentityCenterConfig, aws: Aws, *, config_dir: Path) -> list[CheckResult]:
    """The identity account: credentials there, Identity Center administered from it, bootstrapped. The pipeline
    deploys it through its deploy role only (docs/platform-engineer.md, Bootstrap: no `--trust-for-lookup`), so only that role's trust counts."""
    caller = aws.caller()["Account"]
    results = identity.check_identity_account(identity_config, aws, caller)
    pipeline, _ = companions(config_dir)
    tooling = pipeline.tooling.account if pipeline is not None and pipeline.identity_center is not None else None
    results += [r for r in bootstrap.check_account(aws, identity_config.account, identity_config.region, tooling=tooling)
                if r.check != "lookup role trust"]
    return results


def run_pipeline(pipeline: PipelineConfig, aws: Aws) -> list[CheckResult]:
    """The tooling account: credentials there, bootstrapped (no trust: nothing deploys into it from elsewhere),
    the source connection approved."""
    caller = aws.caller()["Account"]
    if caller == pipeline.tooling.account:
        results = [passed(account.NAME, "account", f"credentials are in the tooling account {caller}")]
    else:
        results = [failed(account.NAME, "account", f"credentials are in account {caller}, config/pipeline.yaml says tooling.account="
                          f"{pipeline.tooling.account}", f"log in to account {pipeline.tooling.account}")]
    results += [r for r in bootstrap.check_account(aws, pipeline.tooling.account, pipeline.tooling.region, tooling=None)
                if r.check != "trust"]
    results += references.check_connection(aws, pipeline.source.connection_arn)
    return results
