#!/usr/bin/env python3
"""CDK entry point: the only code that reads context or the environment.

  cdk synth                      -> config/dev.yaml
  cdk synth -c env=prod          -> config/prod.yaml
  cdk synth -c config=path.yaml  -> any file
  cdk synth -c pipeline=true     -> the delivery pipeline (config/pipeline.yaml), the identity stage and every environment it promotes
  cdk synth -c pipeline=true -c pipeline_config=path.yaml
  cdk synth -c identity=true     -> the identity stage alone (config/identity.yaml): Identity Center in the identity account
  cdk synth -c identity=true -c identity_config=path.yaml
"""

from __future__ import annotations

import sys
from pathlib import Path

import aws_cdk as cdk

from platform_config import (
    IDENTITY_CENTER_FILE, PIPELINE_FILE, ConfigError, config_path_for, load_config, load_identity_center, load_pipeline,
)
from platform_constructs.compliance import unacknowledged_findings
from stacks.platform_app import build_app

DEFAULT_ENV = "dev"


def main() -> int:
    app = cdk.App()

    def flag(name: str) -> bool:
        return str(app.node.try_get_context(name) or "false").lower() in ("true", "1", "yes")

    config_file = app.node.try_get_context("config")
    env_name = app.node.try_get_context("env") or DEFAULT_ENV
    try:
        if flag("pipeline"):
            pipeline, configs, identity_center = load_pipeline(app.node.try_get_context("pipeline_config") or PIPELINE_FILE)
        elif flag("identity"):
            pipeline, configs = None, ()
            identity_center = load_identity_center(app.node.try_get_context("identity_config") or IDENTITY_CENTER_FILE)
        else:
            pipeline, configs, identity_center = None, (load_config(config_file or config_path_for(env_name)),), None
    except ConfigError as exc:
        print(exc, file=sys.stderr)
        return 1
    # Plain-YAML copies of the in-cluster charts for review and GitOps: dist/<env>/<chart>.yaml.
    dist_root = Path(app.node.try_get_context("dist") or Path(__file__).resolve().parent / "dist")
    build_app(app, configs=configs, pipeline=pipeline, identity_center=identity_center, dist_root=dist_root)
    try:
        app.synth()
    except RuntimeError as exc:
        if "ValidationFailed" not in str(exc):
            raise
        # cdk-nag has already printed every finding above; no traceback for a policy failure.
        print(f"Synth stopped by cdk-nag: {str(exc).splitlines()[0]}", file=sys.stderr)
        return 1
    # CDK fails synth on errors only; the platform's policy is that warnings fail it too.
    findings = unacknowledged_findings(app.outdir)
    if findings:
        print("Synth stopped by cdk-nag, unacknowledged findings:\n" + "\n".join(f"  - {f}" for f in findings), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
