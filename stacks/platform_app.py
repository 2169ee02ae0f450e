"""Composition of the CDK app from validated config; shared by `app.py` and the tests.

One code path for every mode: each environment is an `MlPlatformStage` directly under the app (assembly
`assembly-<env>`, stack names `<project>-<env>-<stack>`), and Identity Center is one `IdentityCenterStage`
(`assembly-identity`, stack `<project>-identity-center`), whether synthesized alone for `cdk deploy` or all
together for the pipeline, which then deploys those very stages. cdk-nag runs on everything.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Optional, Sequence

import aws_cdk as cdk

from platform_config import IdentityCenterConfig, PipelineConfig, PlatformConfig
from platform_config.identity_center import IDENTITY_STAGE_NAME
from platform_constructs.compliance import add_compliance_checks
from stacks.cluster_services import dist_props, write_chart_yaml
from stacks.identity_center_stage import IdentityCenterStage
from stacks.ml_platform_stage import MlPlatformStage
from stacks.pipeline_stack import PipelineStack

PIPELINE_STACK_ID = "Pipeline"


@dataclass(frozen=True)
class PlatformApp:
    """What `build_app` added: the stages by environment name (in order), the identity stage and the pipeline, if any."""

    stages: dict[str, MlPlatformStage]
    pipeline: Optional[PipelineStack]
    identity_center: Optional[IdentityCenterStage] = None


def build_app(app: cdk.App, *, configs: Sequence[PlatformConfig], pipeline: Optional[PipelineConfig] = None,
              identity_center: tuple[IdentityCenterConfig, Sequence[PlatformConfig]] | None = None,
              dist_root: Path | None = None) -> PlatformApp:
    """Add one stage per config, the identity stage (Identity Center config and the environment configs it
    names) and the pipeline that promotes them, with AwsSolutions and NIST 800-53 R5.

    With `dist_root`, each environment's in-cluster charts are also written to `dist_root/<env>/<chart>.yaml`.
    """
    identity_stage = None
    if identity_center is not None:
        identity_config, identity_environments = identity_center
        identity_stage = IdentityCenterStage(app, IDENTITY_STAGE_NAME, config=identity_config, environments=identity_environments)
    stages = {config.environment: MlPlatformStage(app, config.environment, config=config) for config in configs}
    if dist_root is not None:
        for name, stage in stages.items():
            write_chart_yaml(dist_props(stage.cluster_services_props, stage.config), dist_root / name)
    pipeline_stack = (
        PipelineStack(app, PIPELINE_STACK_ID, config=pipeline, stages=list(stages.values()), identity_center=identity_stage)
        if pipeline else None
    )
    add_compliance_checks(app)
    return PlatformApp(stages=stages, pipeline=pipeline_stack, identity_center=identity_stage)


def build_identity_center(app: cdk.App, *, config: IdentityCenterConfig, environments: Sequence[PlatformConfig]) -> IdentityCenterStage:
    """Add the identity stage alone (`cdk deploy -c identity=true 'identity/*'` in the identity account)."""
    stage = build_app(app, configs=(), identity_center=(config, environments)).identity_center
    assert stage is not None
    return stage


def build_platform(app: cdk.App, *, config: PlatformConfig, dist_dir: Path | None = None) -> MlPlatformStage:
    """Add one environment's stage to `app` (single-environment mode: `cdk deploy '<env>/*'`).

    With `dist_dir`, every in-cluster chart is also written there as plain YAML (`<chart>.yaml`).
    """
    stage = build_app(app, configs=(config,)).stages[config.environment]
    if dist_dir is not None:
        write_chart_yaml(dist_props(stage.cluster_services_props, config), dist_dir)
    return stage
