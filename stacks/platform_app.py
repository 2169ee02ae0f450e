"""Composition of the CDK app from a validated config; shared by `app.py` and the tests."""

from __future__ import annotations

import aws_cdk as cdk

from platform_config import PlatformConfig
from platform_constructs.compliance import add_compliance_checks
from stacks.ml_platform_stage import MlPlatformStage


def build_platform(app: cdk.App, *, config: PlatformConfig) -> MlPlatformStage:
    """Add one environment's stage to `app`, with cdk-nag AwsSolutions and NIST 800-53 rev5 on it."""
    stage = MlPlatformStage(app, config.environment, config=config)
    add_compliance_checks(app)
    return stage
