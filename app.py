#!/usr/bin/env python3
"""CDK entry point: the only code that reads context or the environment.

  cdk synth                      -> config/dev.yaml
  cdk synth -c env=prod          -> config/prod.yaml
  cdk synth -c config=path.yaml  -> any file
"""

from __future__ import annotations

import sys
from pathlib import Path

import aws_cdk as cdk

from platform_config import ConfigError, config_path_for, load_config
from platform_constructs.compliance import unacknowledged_findings
from stacks.platform_app import build_platform

DEFAULT_ENV = "dev"


def main() -> int:
    app = cdk.App()
    config_file = app.node.try_get_context("config")
    env_name = app.node.try_get_context("env") or DEFAULT_ENV
    try:
        config = load_config(config_file or config_path_for(env_name))
    except ConfigError as exc:
        print(exc, file=sys.stderr)
        return 1
    # Plain-YAML copies of the in-cluster charts for review and GitOps: dist/<env>/<chart>.yaml.
    dist_root = Path(app.node.try_get_context("dist") or Path(__file__).resolve().parent / "dist")
    build_platform(app, config=config, dist_dir=dist_root / config.environment)
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
