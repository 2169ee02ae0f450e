"""Composition of the CDK app from a validated config; shared by `app.py` and the tests."""

from __future__ import annotations

from pathlib import Path

import aws_cdk as cdk

from platform_config import PlatformConfig
from platform_constructs.compliance import add_compliance_checks
from stacks.cluster_services import dist_props, write_chart_yaml
from stacks.ml_platform_stage import MlPlatformStage


def build_platform(app: cdk.App, *, config: PlatformConfig, dist_dir: Path | None = None) -> MlPlatformStage:
    """Add one environment's stage to `app`, with cdk-nag AwsSolutions and NIST 800-53 rev5 on it.

    With `dist_dir`, every in-cluster chart is also written there as plain YAML (`<chart>.yaml`).
    """
    stage = MlPlatformStage(app, config.environment, config=config)
    add_compliance_checks(app)
    if dist_dir is not None:
        write_chart_yaml(dist_props(stage.cluster_services_props, config), dist_dir)
    return stage
