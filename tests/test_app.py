"""`app.py` through the real CDK CLI: environment selection and the error path a user sees."""

from __future__ import annotations

import os
import subprocess

import pytest

from tests.support.synth import ROOT

pytestmark = pytest.mark.slow


def _cdk(*args: str, outdir) -> subprocess.CompletedProcess:
    env = {**os.environ, "PATH": f"{ROOT / 'node_modules' / '.bin'}:{os.environ['PATH']}", "CDK_DISABLE_VERSION_CHECK": "1"}
    # No AWS credentials may be needed: make sure none are picked up.
    for key in ("AWS_PROFILE", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN"):
        env.pop(key, None)
    env["AWS_CONFIG_FILE"] = env["AWS_SHARED_CREDENTIALS_FILE"] = "/dev/null"
    return subprocess.run(
        [str(ROOT / "node_modules" / ".bin" / "cdk"), "synth", "--quiet", "--output", str(outdir),
         "-c", f"dist={outdir}/dist", *args],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=900, check=False,
    )


def test_bad_config_file_fails_with_one_report_and_no_traceback(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        (ROOT / "config" / "prod.yaml").read_text()
        .replace('account: "333333333333"', 'account: "33"')
        .replace("vpc_cidr: 10.42.0.0/16", "vpc_cidr: 10.42.0.0/33")
    )
    result = _cdk("-c", f"config={bad}", outdir=tmp_path / "out")
    assert result.returncode != 0
    assert f"{bad}: 2 configuration errors" in result.stderr
    assert "account: String should match pattern" in result.stderr
    assert "network.vpc_cidr: '10.42.0.0/33' is not a valid CIDR block" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_unknown_environment_names_the_shipped_ones(tmp_path):
    result = _cdk("-c", "env=qa", outdir=tmp_path / "out")
    assert result.returncode != 0
    assert "config/qa.yaml: 1 configuration error" in result.stderr
    assert "shipped environments: dev, prod, staging" in result.stderr
    assert "Traceback" not in result.stderr


def test_env_context_selects_the_config_file(tmp_path):
    result = _cdk("-c", "env=prod", outdir=tmp_path / "out")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out" / "assembly-prod").is_dir()


def test_synth_writes_every_chart_as_plain_yaml(tmp_path):
    import yaml

    from k8s_charts.platform_charts import CHART_FACTORIES

    result = _cdk("-c", "env=dev", outdir=tmp_path / "out")
    assert result.returncode == 0, result.stderr
    dist = tmp_path / "out" / "dist" / "dev"
    files = sorted(p.stem for p in dist.glob("*.yaml"))
    expected = {name for name, _ in CHART_FACTORIES} - {"kube2iam"}  # dev runs Pod Identity
    # dev has no SSO (login.enabled: false), so no UI routes and no notebook routes; its GPU group has no EFA
    expected -= {"kubeflow-sso-login", "kubeflow-routes", "kubeflow-notebook-routes", "efa-device-plugin"}
    assert set(files) >= expected - {"gpu"} and "kube2iam" not in files
    for path in dist.glob("*.yaml"):
        text = path.read_text()
        assert "${Token[" not in text, f"{path.name} carries an unresolved CDK token"
        assert all(doc["metadata"]["name"] for doc in yaml.safe_load_all(text) if doc)


def test_pipeline_context_synthesizes_the_pipeline_and_every_environment(tmp_path):
    result = _cdk("-c", "pipeline=true", outdir=tmp_path / "out")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out" / "Pipeline.template.json").is_file()
    assert sorted(p.name for p in (tmp_path / "out").glob("assembly-*")) == [
        "assembly-dev", "assembly-identity", "assembly-prod", "assembly-staging"
    ]
    assert sorted(p.name for p in (tmp_path / "out" / "dist").iterdir()) == ["dev", "prod", "staging"]


def test_identity_context_synthesizes_only_the_identity_stage(tmp_path):
    import json

    result = _cdk("-c", "identity=true", outdir=tmp_path / "out")
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in (tmp_path / "out").glob("assembly-*")) == ["assembly-identity"]
    (template,) = (tmp_path / "out" / "assembly-identity").glob("*.template.json")
    types = {r["Type"] for r in json.loads(template.read_text())["Resources"].values()}
    assert {"AWS::SSO::PermissionSet", "AWS::SSO::Assignment", "AWS::DirectoryService::MicrosoftAD"} <= types


def test_environment_file_with_identity_center_settings_says_where_they_moved(tmp_path):
    old = tmp_path / "old.yaml"
    old.write_text((ROOT / "config" / "prod.yaml").read_text().replace(
        "identity:\n", "identity:\n  identity_center_instance_arn: arn:aws:sso:::instance/ssoins-6804a1b2c3d4e5f6\n", 1
    ))
    result = _cdk("-c", f"config={old}", outdir=tmp_path / "out")
    assert result.returncode != 0
    assert f"{old}: 1 configuration error" in result.stderr
    assert "identity.identity_center_instance_arn: 'arn:aws:sso:::instance/ssoins-6804a1b2c3d4e5f6': moved to config/identity.yaml (instance_arn)" in result.stderr
    assert "Traceback" not in result.stderr


def test_bad_pipeline_config_fails_with_one_report(tmp_path):
    bad = tmp_path / "pipeline.yaml"
    bad.write_text((ROOT / "config" / "pipeline.yaml").read_text().replace('account: "222222222222"', 'account: "999999999999"'))
    result = _cdk("-c", "pipeline=true", "-c", f"pipeline_config={bad}", outdir=tmp_path / "out")
    assert result.returncode != 0
    assert f"{bad}: 1 configuration error" in result.stderr
    assert "environments[1].account: '999999999999' does not match config/staging.yaml account '222222222222'" in result.stderr
    assert "Traceback" not in result.stderr
