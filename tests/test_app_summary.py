"""The line `app.py` ends every cdk command with: the stages it synthesized, their selectors, both output folders."""

from __future__ import annotations

from pathlib import Path

import app
from platform_config import load_config
from tests.support.synth import ROOT


def test_summary_of_the_pipeline_app_names_every_stage_and_folder(monkeypatch):
    monkeypatch.chdir(ROOT)
    configs = [load_config(ROOT / "config" / f"{env}.yaml") for env in ("dev", "prod")]
    summary = app.synthesized_summary(configs=configs, pipeline=True, identity=True,
                                      outdir=ROOT / "cdk.out", dist_root=ROOT / "dist")
    assert summary.splitlines() == [
        "Synthesized the pipeline (stack Pipeline) and identity (stacks 'identity/*'), dev (stacks 'dev/*'), prod (stacks 'prod/*')",
        "  CloudFormation:       cdk.out/, cdk.out/assembly-identity/, cdk.out/assembly-dev/, cdk.out/assembly-prod/",
        "  Kubernetes manifests: dist/dev/, dist/prod/",
    ]


def test_summary_of_the_identity_app_has_no_manifests(tmp_path):
    summary = app.synthesized_summary(configs=(), pipeline=False, identity=True, outdir=tmp_path, dist_root=Path("dist"))
    assert summary.splitlines() == ["Synthesized identity (stacks 'identity/*')", f"  CloudFormation:       {tmp_path}/assembly-identity/"]
