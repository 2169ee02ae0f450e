"""The deploy-time placeholders the platform engineer guide lists are exactly those dist/ holds."""

from __future__ import annotations

import json
import re

import aws_cdk as cdk

from platform_config import load_config
from stacks.platform_app import build_platform
from tests.support.synth import ROOT

PLACEHOLDER = re.compile(r"\$\{(?:Security|Network|Data|Cluster|KubeflowBacking)\.[A-Za-z0-9.]+\}")


def _written(env: str, outdir) -> set[str]:
    app = cdk.App(context=json.loads((ROOT / "cdk.json").read_text())["context"])
    build_platform(app, config=load_config(ROOT / "config" / f"{env}.yaml"), dist_dir=outdir)
    return {m for path in outdir.glob("*.yaml") for m in PLACEHOLDER.findall(path.read_text())}


def _documented() -> set[str]:
    text = (ROOT / "docs" / "platform-engineer.md").read_text()
    table = text.split("<!-- dist-placeholders -->", 1)[1].split("\n\n", 1)[0]
    return set(PLACEHOLDER.findall(table))


def test_the_documented_placeholders_are_the_ones_dist_holds(tmp_path):
    # dev: no login; prod: login, so the Cognito placeholders appear too.
    written = _written("dev", tmp_path / "dev") | _written("prod", tmp_path / "prod")
    assert written == _documented()


def test_the_pattern_finds_placeholders_but_not_kubernetes_variables():
    assert PLACEHOLDER.findall("a: ${Network.VpcId} b: ${POD_NAME} c: ${trialParameters.batchSize}") == ["${Network.VpcId}"]
