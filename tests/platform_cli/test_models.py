"""`mlplatform models`: versions, metadata in the serving schema, never an overwrite, list and show (moto S3)."""

from __future__ import annotations

import json

import boto3
import pytest

from platform_cli import models
from platform_cli.aws import CliError
from platform_config.serving import ModelDeployment, ModelMetadata
from tests.platform_cli.conftest import REGION

META = {"metrics": {"auc": 0.91}, "dataset": "s3://data/churn/2026-11-01/", "training_run": "run-7", "owner": "ds@acme.io"}


@pytest.fixture
def bucket(aws, config):
    name = config.serving_names()["models"]
    boto3.client("s3", region_name=REGION).create_bucket(Bucket=name, CreateBucketConfiguration={"LocationConstraint": REGION})
    return name


@pytest.fixture
def model_dir(tmp_path):
    directory = tmp_path / "model"
    (directory / "sub").mkdir(parents=True)
    (directory / "model.joblib").write_bytes(b"weights")
    (directory / "sub" / "vocab.txt").write_text("a\nb\n")
    return directory


def _keys(bucket: str) -> list[str]:
    return sorted(o["Key"] for o in boto3.client("s3", region_name=REGION).list_objects_v2(Bucket=bucket).get("Contents", []))


def test_register_writes_the_next_version_with_metadata_in_the_serving_schema(aws, config, bucket, model_dir):
    first = models.register(config=config, aws=aws, directory=model_dir, name="churn", **META)
    second = models.register(config=config, aws=aws, directory=model_dir, name="churn", **META)
    assert (first["version"], second["version"]) == ("v1", "v2")
    assert _keys(bucket) == [f"churn/{v}/{f}" for v in ("v1", "v2") for f in ("metadata.json", "model.joblib", "sub/vocab.txt")]
    body = boto3.client("s3", region_name=REGION).get_object(Bucket=bucket, Key="churn/v2/metadata.json")["Body"].read()
    metadata = ModelMetadata.model_validate(json.loads(body))
    assert (metadata.name, metadata.version, metadata.metrics) == ("churn", "v2", {"auc": 0.91})
    # The printed entry is a valid serving.models[] declaration pointing at the new version.
    entry = ModelDeployment.model_validate(second)
    assert entry.model_uri == f"s3://{bucket}/churn/v2/"
    assert not config.serving.model_copy(update={"models": (entry,)}).placement_problems(**config.serving_placement())


def test_register_never_overwrites_an_existing_version(aws, config, bucket, model_dir, monkeypatch):
    models.register(config=config, aws=aws, directory=model_dir, name="churn", **META)
    # A concurrent writer computed the same version: the conditional write refuses it.
    monkeypatch.setattr(models, "next_version", lambda existing: "v1")
    monkeypatch.setattr(aws.client("s3"), "list_objects_v2", lambda **kw: {"KeyCount": 0})
    with pytest.raises(CliError, match="already exists"):
        models.register(config=config, aws=aws, directory=model_dir, name="churn", **META)
    body = boto3.client("s3", region_name=REGION).get_object(Bucket=bucket, Key="churn/v1/model.joblib")["Body"].read()
    assert body == b"weights"


def test_missing_metadata_is_one_error_naming_every_flag(aws, config, bucket, model_dir):
    with pytest.raises(CliError) as error:
        models.register(config=config, aws=aws, directory=model_dir, name="churn", metrics=None, dataset=None,
                        training_run=None, owner="not-an-email")
    text = str(error.value)
    for flag in ("--metrics", "--dataset", "--training-run", "--owner"):
        assert flag in text
    assert _keys(bucket) == []


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"name": "Churn_Model"}, "--name 'Churn_Model'"),
    ({"directory_name": "missing"}, "does not exist"),
])
def test_bad_input_names_the_value(aws, config, bucket, model_dir, kwargs, message):
    directory = model_dir.parent / kwargs.pop("directory_name") if "directory_name" in kwargs else model_dir
    with pytest.raises(CliError, match=message):
        models.register(config=config, aws=aws, directory=directory, name=kwargs.get("name", "churn"), **META)


def test_metrics_must_be_a_json_object():
    assert models.parse_metrics('{"auc": 0.9}') == {"auc": 0.9}
    with pytest.raises(CliError, match="--metrics 'auc=0.9': not JSON"):
        models.parse_metrics("auc=0.9")


def test_list_and_show_read_versions_back(aws, config, bucket, model_dir):
    for _ in range(2):
        models.register(config=config, aws=aws, directory=model_dir, name="churn", **META)
    models.register(config=config, aws=aws, directory=model_dir, name="fraud", **META)
    assert [(r["name"], r["versions"], r["latest"]) for r in models.list_models(config=config, aws=aws)] == [("churn", 2, "v2"), ("fraud", 1, "v1")]
    shown = models.show_model(config=config, aws=aws, name="churn", version=None)
    assert shown["version"] == "v2" and shown["metadata"]["version"] == "v2" and len(shown["files"]) == 3
    assert models.show_model(config=config, aws=aws, name="churn", version="v1")["metadata"]["version"] == "v1"
    with pytest.raises(CliError, match="--version 'v9': model 'churn' has versions"):
        models.show_model(config=config, aws=aws, name="churn", version="v9")


def test_versions_sort_numerically():
    assert models.next_version(["v1", "v2", "v10"]) == "v11" and models.next_version([]) == "v1"
