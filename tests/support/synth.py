"""Synthesize an environment in-process, once, the way `cdk synth` does (same cdk.json context)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aws_cdk as cdk
from aws_cdk import assertions

from platform_config import PlatformConfig
from platform_constructs.compliance import unacknowledged_findings
from stacks.platform_app import build_app, build_identity_center, build_platform

ROOT = Path(__file__).resolve().parents[2]
CDK_CONTEXT: dict[str, Any] = json.loads((ROOT / "cdk.json").read_text())["context"]


@dataclass
class Synthesized:
    """One synthesized environment: its stage, its templates by stack id ("Security"), and where they are."""

    config: PlatformConfig
    outdir: Path
    stage_dir: Path
    stage: Any
    template_paths: dict[str, Path]
    _templates: dict[str, assertions.Template] = field(default_factory=dict)

    def json(self, stack_id: str) -> dict[str, Any]:
        return json.loads(self.template_paths[stack_id].read_text())

    def template(self, stack_id: str) -> assertions.Template:
        if stack_id not in self._templates:
            self._templates[stack_id] = assertions.Template.from_json(self.json(stack_id))
        return self._templates[stack_id]

    def resources(self, stack_id: str, resource_type: str) -> dict[str, dict[str, Any]]:
        return {k: v for k, v in self.json(stack_id)["Resources"].items() if v["Type"] == resource_type}


def synthesize(config: PlatformConfig, outdir: Path) -> Synthesized:
    """Build and synth the app for `config` into `outdir`; fails on any cdk-nag finding, like `app.py`."""
    app = cdk.App(outdir=str(outdir), context=CDK_CONTEXT)
    stage = build_platform(app, config=config)
    return _synthesized(app, stage, config, outdir, config.environment)


def synthesize_identity_center(config: Any, environments: tuple[PlatformConfig, ...], outdir: Path) -> Synthesized:
    """The identity stage alone, like `cdk synth -c identity=true`; `config` is the `IdentityCenterConfig`."""
    app = cdk.App(outdir=str(outdir), context=CDK_CONTEXT)
    stage = build_identity_center(app, config=config, environments=environments)
    return _synthesized(app, stage, config, outdir, stage.node.id)


def _synthesized(app: cdk.App, stage: Any, config: Any, outdir: Path, assembly: str) -> Synthesized:
    app.synth()
    findings = unacknowledged_findings(str(outdir))
    assert not findings, "unacknowledged cdk-nag findings:\n" + "\n".join(findings)
    stage_dir = outdir / f"assembly-{assembly}"
    manifest = json.loads((stage_dir / "manifest.json").read_text())
    paths = {}
    for artifact in manifest["artifacts"].values():
        if artifact["type"] == "aws:cloudformation:stack":
            stack_id = artifact["displayName"].split("/")[-1]
            paths[stack_id] = stage_dir / artifact["properties"]["templateFile"]
    return Synthesized(config=config, outdir=outdir, stage_dir=stage_dir, stage=stage, template_paths=paths)


@dataclass
class SynthesizedPipeline:
    """The pipeline app (pipeline stack + every environment it promotes), synthesized once per session."""

    config: Any
    environments: tuple[PlatformConfig, ...]
    outdir: Path
    app: Any
    stack: Any
    template_path: Path
    identity_center: Any = None
    """The identity stage, when the pipeline deploys it."""
    _template: assertions.Template | None = None

    def json(self) -> dict[str, Any]:
        return json.loads(self.template_path.read_text())

    def template(self) -> assertions.Template:
        if self._template is None:
            self._template = assertions.Template.from_json(self.json())
        return self._template

    def resources(self, resource_type: str) -> dict[str, dict[str, Any]]:
        return {k: v for k, v in self.json()["Resources"].items() if v["Type"] == resource_type}


def synthesize_pipeline(pipeline_config: Any, configs: tuple[PlatformConfig, ...], identity_center: Any, outdir: Path) -> SynthesizedPipeline:
    """Build and synth the pipeline app like `cdk synth -c pipeline=true`; fails on any cdk-nag finding.

    `identity_center` is what `load_pipeline` returns for the identity stage ((config, environments) or None)."""
    app = cdk.App(outdir=str(outdir), context=CDK_CONTEXT)
    built = build_app(app, configs=configs, pipeline=pipeline_config, identity_center=identity_center)
    app.synth()
    findings = unacknowledged_findings(str(outdir))
    assert not findings, "unacknowledged cdk-nag findings:\n" + "\n".join(findings)
    stack = built.pipeline
    return SynthesizedPipeline(
        config=pipeline_config, environments=configs, outdir=outdir, app=app, stack=stack,
        template_path=outdir / stack.template_file, identity_center=built.identity_center,
    )
