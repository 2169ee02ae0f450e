"""The `mlplatform` command end to end: exit codes, table and JSON output, clear errors without a traceback."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
import tomllib

import boto3
import pytest
import yaml

from platform_cli import cli
from platform_cli.checks import bootstrap, service_roles
from tests.platform_cli.conftest import ACCOUNT, REGION, env_data, write_config
from tests.platform_cli.test_preflight_checks import _quotas, _self_signed, stub_quotas, stub_versions
from tests.support.synth import ROOT


@pytest.fixture
def use_aws(monkeypatch, aws):
    monkeypatch.setattr(cli, "Aws", lambda **kwargs: aws)
    return aws


def _ready_account(stubs, data: dict) -> dict:
    """Everything preflight looks for, in place: returns the config data pointing at the imported certificate."""
    boto3.client("ssm", region_name=REGION).put_parameter(Name=bootstrap.VERSION_PARAMETER, Value="33", Type="String")
    iam = boto3.client("iam")
    for name, (service, _) in service_roles.ROLES.items():
        iam.create_role(RoleName=name, Path=f"/aws-service-role/{service}/", AssumeRolePolicyDocument="{}")
    iam.create_role(RoleName="platform-ci-deploy", AssumeRolePolicyDocument="{}")
    boto3.client("route53").create_hosted_zone(Name="dev.example.com", CallerReference="t")
    cert, key = _self_signed("ml.dev.example.com")
    arn = boto3.client("acm", region_name=REGION).import_certificate(Certificate=cert, PrivateKey=key)["CertificateArn"]
    data["platform_services"]["gateway"]["certificate_arn"] = arn
    stub_quotas(stubs, **_quotas(g_spot=16))
    stub_versions(stubs, "1.35", offered=True)
    return data


def test_preflight_of_a_ready_account_exits_0(use_aws, stubs, tmp_path, capsys):
    path = write_config(tmp_path, _ready_account(stubs, env_data()))
    assert cli.main(["preflight", "--config", str(path)]) == 0
    out = capsys.readouterr().out
    assert f"preflight dev ({ACCOUNT}, {REGION}): OK" in out
    assert "fail: " not in out and "FAIL " not in out
    stubs.verify()


def test_preflight_of_an_unprepared_account_exits_1_with_json(use_aws, stubs, tmp_path, capsys):
    stub_quotas(stubs, **_quotas(g_spot=0))
    stub_versions(stubs, "1.35", offered=True)
    path = write_config(tmp_path, env_data())
    assert cli.main(["preflight", "--config", str(path), "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] is False
    failed = {(c["group"], c["check"]) for c in report["checks"] if c["status"] == "fail"}
    assert ("bootstrap", "version") in failed and ("references", "certificate") in failed
    assert all(c["fix"] for c in report["checks"] if c["status"] == "fail")


def test_table_shows_status_detail_and_fix(use_aws, stubs, tmp_path, capsys):
    stub_quotas(stubs, **_quotas(g_spot=0))
    stub_versions(stubs, "1.35", offered=True, addon_ok=False)
    cli.main(["preflight", "--config", str(write_config(tmp_path, env_data()))])
    out = capsys.readouterr().out
    assert out.splitlines()[0].split() == ["STATUS", "GROUP", "CHECK", "DETAIL", "/", "FIX"]
    assert "FAIL    bootstrap" in out and "fix: bootstrap it as docs/platform-engineer.md" in out


def test_bad_config_exits_2_naming_the_field_and_value(tmp_path):
    data = env_data()
    data["network"]["vpc_cidr"] = "10.40.0.0/33"
    path = write_config(tmp_path, data)
    result = subprocess.run([sys.executable, "-m", "platform_cli", "preflight", "--config", str(path)],
                            capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 2
    assert "network.vpc_cidr" in result.stderr and "10.40.0.0/33" in result.stderr
    assert "Traceback" not in result.stderr


def test_unknown_environment_and_missing_arguments_exit_2(capsys):
    assert cli.main(["preflight", "--env", "qa"]) == 2
    assert "--env 'qa': no config/qa.yaml (shipped environments: dev, prod, staging)" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exited:
        cli.main(["models", "register", "dir", "--env", "dev"])
    assert exited.value.code == 2 and "--name" in capsys.readouterr().err


def test_no_credentials_is_a_clear_error(monkeypatch, tmp_path, capsys):
    for key in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN"):
        monkeypatch.delenv(key)
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")
    assert cli.main(["preflight", "--config", str(write_config(tmp_path, env_data()))]) == 2
    assert "no AWS credentials" in capsys.readouterr().err


def test_models_register_prints_the_serving_entry(use_aws, config, tmp_path, capsys):
    boto3.client("s3", region_name=REGION).create_bucket(Bucket=config.serving_names()["models"],
                                                        CreateBucketConfiguration={"LocationConstraint": REGION})
    (tmp_path / "m").mkdir()
    (tmp_path / "m" / "model.joblib").write_bytes(b"x")
    path = str(write_config(tmp_path, env_data()))
    args = ["models", "register", str(tmp_path / "m"), "--name", "churn", "--config", path, "--metrics", '{"auc": 0.9}',
            "--dataset", "s3://d/x/", "--training-run", "run-1", "--owner", "me@acme.io"]
    assert cli.main(args) == 0
    out = capsys.readouterr().out
    (entry,) = yaml.safe_load(out.split("yaml:\n", 1)[1])
    assert entry["model_uri"] == f"s3://{config.serving_names()['models']}/churn/v1/"
    assert cli.main(["models", "list", "--config", path, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["latest"] == "v1"


def test_console_script_is_declared_for_the_cli():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())
    module, _, function = project["project"]["scripts"]["mlplatform"].partition(":")
    assert getattr(importlib.import_module(module), function) is cli.main
    assert "pip install --quiet --disable-pip-version-check --no-deps -e ." in (ROOT / "Makefile").read_text()


def test_cli_runs_without_the_cdk(tmp_path):
    # The pipeline's Preflight step installs only requirements-cli.txt: nothing here may import aws_cdk or cdk8s.
    code = ("import sys, platform_cli.cli, platform_cli.preflight; "
            "bad = [m for m in sys.modules if m.split('.')[0] in ('aws_cdk', 'cdk8s', 'cdk8s_plus_27', 'jsii', 'constructs')]; "
            "assert not bad, bad")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT, timeout=120)


def _pipeline_file(tmp_path, account: str) -> None:
    data = yaml.safe_load((ROOT / "config" / "pipeline.yaml").read_text())
    data["tooling"]["account"] = account
    data["source"]["connection_arn"] = data["source"]["connection_arn"].replace("444444444444", account)
    (tmp_path / "pipeline.yaml").write_text(yaml.safe_dump(data))


@pytest.mark.parametrize(("status", "code"), [("AVAILABLE", 0), ("PENDING", 1)])
def test_preflight_pipeline_checks_the_tooling_account(use_aws, stubs, tmp_path, monkeypatch, capsys, status, code):
    _pipeline_file(tmp_path, ACCOUNT)
    monkeypatch.setattr(cli, "PIPELINE_FILE", tmp_path / "pipeline.yaml")
    boto3.client("ssm", region_name=REGION).put_parameter(Name=bootstrap.VERSION_PARAMETER, Value="33", Type="String")
    stubs["codeconnections"].add_response("get_connection", {"Connection": {"ConnectionStatus": status}})
    assert cli.main(["preflight", "--pipeline", "--json"]) == code
    checks = {c["check"]: c["status"] for c in json.loads(capsys.readouterr().out)["checks"]}
    assert checks == {"account": "pass", "version": "pass", "source connection": "pass" if code == 0 else "fail"}


def test_preflight_identity_checks_the_identity_account(use_aws, stubs, tmp_path, monkeypatch, capsys):
    data = yaml.safe_load((ROOT / "config" / "identity.yaml").read_text())
    data["account"] = ACCOUNT
    (tmp_path / "identity.yaml").write_text(yaml.safe_dump(data))
    monkeypatch.setattr(cli, "IDENTITY_CENTER_FILE", tmp_path / "identity.yaml")
    stubs["sso-admin"].add_response("list_instances", {"Instances": []})
    assert cli.main(["preflight", "--identity", "--json"]) == 1
    checks = {c["check"]: c["status"] for c in json.loads(capsys.readouterr().out)["checks"]}
    assert checks == {"account": "pass", "instance": "fail", "version": "fail"}


def test_owner_defaults_to_the_sso_sessions_email(aws, monkeypatch):
    sso = {"Arn": f"arn:aws:sts::{ACCOUNT}:assumed-role/AWSReservedSSO_mlp-dev-ml-engineer_0123456789abcdef/me@acme.io"}
    monkeypatch.setattr(type(aws), "caller", lambda self: sso)
    assert cli._owner(aws, None) == "me@acme.io" and cli._owner(aws, "x@acme.io") == "x@acme.io"
    monkeypatch.setattr(type(aws), "caller", lambda self: {"Arn": f"arn:aws:iam::{ACCOUNT}:user/admin"})
    assert cli._owner(aws, None) is None  # then the metadata check asks for --owner
