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
from collections.abc import Sequence
from pathlib import Path

import aws_cdk as cdk

from platform_config import (
    IDENTITY_CENTER_FILE, PIPELINE_FILE, ConfigError, PlatformConfig, config_path_for, load_config, load_identity_center,
    load_pipeline,
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
    # Every cdk command (synth, diff, deploy) says which environments this run holds and where it wrote them: a
    # stack selector naming another environment (`cdk deploy 'prod/*'` without `-c env=prod`) would match nothing.
    print(synthesized_summary(configs=configs, pipeline=pipeline is not None, identity=identity_center is not None,
                              outdir=Path(app.outdir), dist_root=dist_root), file=sys.stderr)
    return 0


def _shown(path: Path) -> str:
    """`path` relative to the working directory when it is inside it, else absolute."""
    try:
        return f"{path.resolve().relative_to(Path.cwd().resolve())}/"
    except ValueError:
        return f"{path.resolve()}/"


def synthesized_summary(*, configs: Sequence[PlatformConfig], pipeline: bool, identity: bool, outdir: Path, dist_root: Path) -> str:
    """What this run synthesized, the stack selector of each stage, and where both outputs are."""
    stages = (["identity"] if identity else []) + [config.environment for config in configs]
    what = ", ".join(f"{stage} (stacks '{stage}/*')" for stage in stages)
    lines = [f"Synthesized {'the pipeline (stack Pipeline) and ' if pipeline else ''}{what}",
             "  CloudFormation:       " + ", ".join([_shown(outdir)] * pipeline + [f"{_shown(outdir)}assembly-{stage}/" for stage in stages])]
    if configs:
        lines.append("  Kubernetes manifests: " + ", ".join(f"{_shown(dist_root)}{config.environment}/" for config in configs))
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
