"""`mlplatform predictions sample` on the logger's S3 layout, and `mlplatform kubeconfig` for the caller's SSO role."""

from __future__ import annotations

import datetime as dt
import gzip
import json
from unittest import mock

import boto3
import pytest
import yaml

from platform_cli import kubeconfig, predictions
from platform_cli.aws import CliError
from tests.platform_cli.conftest import ACCOUNT, REGION, env_config


def test_prefix_is_the_logger_charts():
    from k8s_charts.seldon.prediction_logger_chart import prediction_key_prefix

    assert predictions.model_prefix("churn") == prediction_key_prefix("churn")


def _write(bucket: str, key: str, records: list[dict]) -> None:
    body = gzip.compress("\n".join(json.dumps(r) for r in records).encode())
    boto3.client("s3", region_name=REGION).put_object(Bucket=bucket, Key=key, Body=body)


@pytest.fixture
def predictions_bucket(aws, config):
    name = config.serving_names()["predictions"]
    boto3.client("s3", region_name=REGION).create_bucket(Bucket=name, CreateBucketConfiguration={"LocationConstraint": REGION})
    return name


def test_sample_reads_the_recent_gzip_json_lines(aws, config, predictions_bucket):
    today = dt.datetime.now(dt.timezone.utc).date().isoformat()
    _write(predictions_bucket, f"predictions/model=churn/dt={today}/101500-a.json.gz", [{"request": 1}, {"response": 2}])
    _write(predictions_bucket, f"predictions/model=other/dt={today}/101500-b.json.gz", [{"request": "other"}])
    rows = predictions.sample(config=config, aws=aws, model="churn", since=dt.timedelta(hours=1), limit=10)
    assert [r["record"] for r in rows] == [{"request": 1}, {"response": 2}]
    assert predictions.sample(config=config, aws=aws, model="churn", since=dt.timedelta(hours=1), limit=1)[0]["record"] == {"request": 1}


def test_sample_skips_objects_older_than_since(aws, config, predictions_bucket):
    today = dt.datetime.now(dt.timezone.utc).date().isoformat()
    _write(predictions_bucket, f"predictions/model=churn/dt={today}/101500-a.json.gz", [{"request": 1}])
    later = dt.datetime.now(dt.timezone.utc) + dt.timedelta(hours=3)
    assert predictions.sample(config=config, aws=aws, model="churn", since=dt.timedelta(hours=1), limit=10, now=later) == []


def test_sample_rejects_an_undeclared_model_and_a_bad_duration(aws, config):
    with pytest.raises(CliError, match=r"--model 'fraud' is not declared in serving.models of dev \(declared: \['churn'\]\)"):
        predictions.sample(config=config, aws=aws, model="fraud", since=dt.timedelta(hours=1), limit=1)
    with pytest.raises(CliError, match="--since '1 hour'"):
        predictions.parse_since("1 hour")
    assert predictions.parse_since("90m") == dt.timedelta(minutes=90)


# --- kubeconfig

def _prod_caller(role_arn: str) -> dict:
    role = role_arn.rsplit("/", 1)[-1]
    return {"Account": ACCOUNT, "Arn": f"arn:aws:sts::{ACCOUNT}:assumed-role/{role}/ds@acme.io", "UserId": "x"}


def _cluster(stubs, name: str) -> None:
    stubs["eks"].add_response("describe_cluster", {"cluster": {"name": name, "endpoint": "https://ABC.gr7.eu-west-1.eks.amazonaws.com",
                                                               "certificateAuthority": {"data": "Q0E="}}}, {"name": name})


def test_kubeconfig_uses_the_callers_sso_role_and_keeps_other_entries(aws, stubs, tmp_path):
    config = env_config("prod")
    role = config.identity.permission_sets.data_scientist.role_arn
    _cluster(stubs, "mlplatform-prod-eks")
    path = tmp_path / "kube" / "config"
    path.parent.mkdir()
    path.write_text(yaml.safe_dump({"apiVersion": "v1", "kind": "Config", "clusters": [{"name": "other", "cluster": {}}],
                                    "users": [], "contexts": [], "current-context": "other"}))
    with mock.patch.object(type(aws), "caller", return_value=_prod_caller(role)):
        result = kubeconfig.write(config=config, aws=aws, path=path, profile="ml-prod")
    assert result["permission_set"] == "data_scientist" and result["scope"] == "data-science"
    doc = yaml.safe_load(path.read_text())
    assert [c["name"] for c in doc["clusters"]] == ["other", "mlplatform-prod-eks"]
    assert doc["current-context"] == "mlplatform-prod-eks"
    (user,) = doc["users"]
    assert user["user"]["exec"]["command"] == "aws"
    assert user["user"]["exec"]["args"] == ["--region", REGION, "eks", "get-token", "--cluster-name", "mlplatform-prod-eks", "--output", "json"]
    assert user["user"]["exec"]["env"] == [{"name": "AWS_PROFILE", "value": "ml-prod"}]
    assert oct(path.stat().st_mode & 0o777) == "0o600"


def test_kubeconfig_refuses_a_role_without_cluster_access(aws, tmp_path):
    config = env_config("prod")
    caller = {"Account": ACCOUNT, "Arn": f"arn:aws:sts::{ACCOUNT}:assumed-role/AWSReservedSSO_mlp-prod-other_0123456789abcdef/me@acme.io"}
    with mock.patch.object(type(aws), "caller", return_value=caller), pytest.raises(CliError, match="is not mapped to the cluster in prod"):
        kubeconfig.write(config=config, aws=aws, path=tmp_path / "config", profile=None)
    iam_user = {"Account": ACCOUNT, "Arn": f"arn:aws:iam::{ACCOUNT}:user/admin"}
    with mock.patch.object(type(aws), "caller", return_value=iam_user), pytest.raises(CliError, match="not an Identity Center \\(SSO\\) role"):
        kubeconfig.write(config=config, aws=aws, path=tmp_path / "config", profile=None)
    assert not (tmp_path / "config").exists()
