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
    assert result.returncode == 1
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


def _make(*args: str) -> subprocess.CompletedProcess:
    """`make <args>` as a user runs it; `-o setup` because tests never install anything."""
    env = {k: v for k, v in os.environ.items() if k not in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL")}
    for key in ("AWS_PROFILE", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN"):
        env.pop(key, None)
    env["AWS_CONFIG_FILE"] = env["AWS_SHARED_CREDENTIALS_FILE"] = "/dev/null"
    return subprocess.run(["make", "--no-print-directory", "-o", "setup", "-C", str(ROOT), *args], env=env,
                          capture_output=True, text=True, timeout=900, check=False)


def test_make_synth_of_another_environment_is_clean_and_leaves_no_stale_assembly(tmp_path):
    out, dist = tmp_path / "cdk.out", tmp_path / "dist"
    (out / "assembly-dev").mkdir(parents=True)  # what an earlier `make synth` (dev) left
    result = _make("synth", "ENV=prod", f"CDK_OUT={out}", f"DIST={dist}")
    assert result.returncode == 0, result.stdout + result.stderr
    assert sorted(p.name for p in out.glob("assembly-*")) == ["assembly-prod"]
    assert (dist / "prod").is_dir()
    # The output: what was synthesized, the stack selector, and where both outputs are; no CLI chatter.
    # (Offline that is the whole output; online the CDK CLI may add its notices after it, which are kept.)
    assert result.stdout.splitlines()[:3] == [
        "Synthesized prod (stacks 'prod/*')",
        f"  CloudFormation:       {out}/assembly-prod/",
        f"  Kubernetes manifests: {dist}/prod/",
    ], result.stdout
    assert "Supply a stack id" not in result.stdout and "Successfully synthesized" not in result.stdout
    assert result.stderr == ""


def test_make_synth_of_a_bad_config_exits_2_from_cdk_status_1(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text((ROOT / "config" / "dev.yaml").read_text().replace('kubernetes_version: "1.35"', "kubernetes_version: 1.30"))
    result = _make("synth", f"CONFIG={bad}", f"CDK_OUT={tmp_path / 'out'}", f"DIST={tmp_path / 'dist'}")
    assert result.returncode == 2  # make's status for a failed recipe ...
    assert "synth] Error 1" in result.stderr  # ... whose command, cdk synth, exited 1
    assert f"{bad}: 1 configuration error" in result.stdout
    assert 'cluster.kubernetes_version: YAML reads the unquoted 1.30 as the number 1.3, not text: write it in quotes, "1.30"' in result.stdout
    assert "Traceback" not in result.stdout + result.stderr


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
