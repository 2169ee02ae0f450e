"""Composition of the CDK app from validated config; shared by `app.py` and the tests.

One code path for both modes: every environment is an `MlPlatformStage` directly under the app (assembly
`assembly-<env>`, stack names `<project>-<env>-<stack>`), whether it is synthesized alone for `cdk deploy` or
all of them for the pipeline, which then deploys those very stages. cdk-nag runs on everything.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Optional, Sequence

import aws_cdk as cdk

from platform_config import PipelineConfig, PlatformConfig
from platform_constructs.compliance import add_compliance_checks
from stacks.cluster_services import dist_props, write_chart_yaml
from stacks.ml_platform_stage import MlPlatformStage
from stacks.pipeline_stack import PipelineStack

PIPELINE_STACK_ID = "Pipeline"


@dataclass(frozen=True)
class PlatformApp:
    """What `build_app` added: the stages by environment name (in order) and the pipeline, if any."""

    stages: dict[str, MlPlatformStage]
    pipeline: Optional[PipelineStack]


def build_app(app: cdk.App, *, configs: Sequence[PlatformConfig], pipeline: Optional[PipelineConfig] = None,
              dist_root: Path | None = None) -> PlatformApp:
    """Add one stage per config (and the pipeline that promotes them), with AwsSolutions and NIST 800-53 R5.

    With `dist_root`, each environment's in-cluster charts are also written to `dist_root/<env>/<chart>.yaml`.
    """
    stages = {config.environment: MlPlatformStage(app, config.environment, config=config) for config in configs}
    if dist_root is not None:
        for name, stage in stages.items():
            write_chart_yaml(dist_props(stage.cluster_services_props, stage.config), dist_root / name)
    pipeline_stack = (
        PipelineStack(app, PIPELINE_STACK_ID, config=pipeline, stages=list(stages.values())) if pipeline else None
    )
    add_compliance_checks(app)
    return PlatformApp(stages=stages, pipeline=pipeline_stack)


def build_platform(app: cdk.App, *, config: PlatformConfig, dist_dir: Path | None = None) -> MlPlatformStage:
    """Add one environment's stage to `app` (single-environment mode: `cdk deploy '<env>/*'`).

    With `dist_dir`, every in-cluster chart is also written there as plain YAML (`<chart>.yaml`).
    """
    stage = build_app(app, configs=(config,)).stages[config.environment]
    if dist_dir is not None:
        write_chart_yaml(dist_props(stage.cluster_services_props, config), dist_dir)
    return stage
