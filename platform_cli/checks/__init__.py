"""Preflight checks, one module per group. Each group is `check(ctx) -> list[CheckResult]`, read-only.

An AWS call a group cannot make (access denied, throttled) becomes that group's failed check with the error,
so one unreadable API never hides the other groups' answers.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Callable

from botocore.exceptions import BotoCoreError, ClientError

from platform_cli.aws import Aws, describe_error
from platform_cli.report import CheckResult, failed
from platform_config.identity_center import IdentityCenterConfig
from platform_config.models import PlatformConfig
from platform_config.pipeline import PipelineConfig, PipelineEnvironment


@dataclass(frozen=True)
class Context:
    """What preflight looks at: one environment's config, the account's API and the files that name it."""

    config: PlatformConfig
    aws: Aws
    account: str
    """The credentials' account (sts:GetCallerIdentity)."""
    pipeline: PipelineConfig | None = None
    identity: IdentityCenterConfig | None = None

    @property
    def pipeline_environment(self) -> PipelineEnvironment | None:
        if self.pipeline is None:
            return None
        return next((e for e in self.pipeline.environments if e.name == self.config.environment), None)


Group = Callable[[Context], list[CheckResult]]


def group(name: str) -> Callable[[Group], Group]:
    """Name a check group and turn an AWS error it does not handle into one failed check naming the call."""

    def wrap(fn: Group) -> Group:
        @functools.wraps(fn)
        def run(ctx: Context) -> list[CheckResult]:
            try:
                return fn(ctx)
            except (ClientError, BotoCoreError) as exc:
                return [failed(name, "read", f"could not read the account: {describe_error(exc)}",
                               "give the preflight role read access (the CDK lookup role has ReadOnlyAccess)")]

        run.group_name = name  # type: ignore[attr-defined]
        return run

    return wrap
