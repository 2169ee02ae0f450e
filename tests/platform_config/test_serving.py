"""Serving declarations: every rule rejects its bad case naming the field and the bad value."""

from __future__ import annotations

import copy

import pytest
import yaml

from k8s_charts.seldon import build_serving_charts
from platform_config import ConfigError, load_config, parse_config
from tests.k8s_charts.seldon.support import buckets_for, ecr_for, props_for
from tests.support.synth import ROOT


def _dev() -> dict:
    return yaml.safe_load((ROOT / "config" / "dev.yaml").read_text())


def _errors(data: dict) -> str:
    with pytest.raises(ConfigError) as info:
        parse_config(data, source="bad.yaml")
    return str(info.value)


def _model(data: dict, **changes) -> dict:
    data = copy.deepcopy(data)
    model = data["serving"]["models"][0]
    for key, value in changes.items():
        if value is None:
            model.pop(key, None)
        else:
            model[key] = value
    return data


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"server": "MLSERVER"}, "serving.models[0].server: 'MLSERVER' is not a prepackaged server of Seldon Core 1.17.1"),
        ({"server": "TORCHSERVE"}, "'TORCHSERVE' is not a prepackaged server"),
        ({"replicas": 0}, "serving.models[0]: replicas=0 with autoscaling"),
        ({"sampling_rate": 1.5}, "serving.models[0].sampling_rate: 1.5 is not a sampling rate"),
        ({"sampling_rate": -0.1}, "serving.models[0].sampling_rate: -0.1 is not a sampling rate"),
        ({"canary": {"mode": "canary", "traffic": 100}}, "serving.models[0].canary: traffic=100: a canary takes between 1 and 99 percent"),
        ({"canary": {"mode": "canary", "traffic": 0}}, "serving.models[0].canary: traffic=0: a canary takes between 1 and 99 percent"),
        ({"canary": {"mode": "shadow", "traffic": 10}}, "serving.models[0].canary: traffic=10: a shadow gets a copy"),
        ({"model_uri": "s3://mlplatform-dev-111111111111-models/churn/"},
         "serving.models[0]: model_uri='s3://mlplatform-dev-111111111111-models/churn/' must be s3://<models bucket>/churn/v3/"),
        ({"model_uri": "https://example.com/churn/v3/"}, "model_uri='https://example.com/churn/v3/' must be s3://"),
        ({"image": "example.com/churn:v3"}, "set exactly one of server or image (server='SKLEARN_SERVER', image='example.com/churn:v3')"),
        ({"protocol": "tensorflow"}, "protocol='tensorflow' is not served by SKLEARN_SERVER"),
        ({"autoscaling": {"min_replicas": 5, "max_replicas": 2}}, "serving.models[0].autoscaling: min_replicas=5 exceeds max_replicas=2"),
        ({"name": "Churn_Model"}, "serving.models[0].name: String should match pattern"),
        ({"sla": {"p99_latency_ms": 0, "error_rate": 0.01}}, "serving.models[0].sla.p99_latency_ms: Input should be greater than or equal to 1"),
        ({"sla": {"p99_latency_ms": 200, "error_rate": 1.5}}, "serving.models[0].sla.error_rate: Input should be less than 1"),
    ],
)
def test_model_rule_rejects_bad_value_with_field_named(changes, expected):
    assert expected in _errors(_model(_dev(), **changes))


@pytest.mark.parametrize("field", ["name", "version", "training_run", "metrics", "dataset", "owner"])
def test_missing_metadata_field_is_named(field):
    data = _dev()
    del data["serving"]["models"][0]["metadata"][field]
    assert f"serving.models[0].metadata.{field}: required key is missing" in _errors(data)


def test_metadata_must_describe_the_deployed_version():
    data = _dev()
    data["serving"]["models"][0]["metadata"]["version"] = "v2"
    assert "serving.models[0]: metadata.version='v2' differs from version='v3'" in _errors(data)
    data["serving"]["models"][0]["metadata"]["owner"] = "nobody"
    assert "serving.models[0].metadata.owner: String should match pattern" in _errors(data)


def test_missing_metadata_is_named():
    assert "serving.models[0].metadata: required key is missing" in _errors(_model(_dev(), metadata=None))


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"model": "fraud"}, "serving: batch_jobs[0].model='fraud' is not a declared model (declared: ['churn'])"),
        ({"input_uri": "s3://bucket/no-trailing-slash"}, "serving.batch_jobs[0].input_uri: 's3://bucket/no-trailing-slash' must be an S3 prefix"),
        ({"output_prefix": "predictions/churn/"}, "serving.batch_jobs[0].output_prefix: 'predictions/churn/' must be a key prefix"),
        ({"retries": 11}, "serving.batch_jobs[0].retries: Input should be less than or equal to 10"),
        ({"deadline_seconds": 10}, "serving.batch_jobs[0].deadline_seconds: Input should be greater than or equal to 60"),
    ],
)
def test_batch_rule_rejects_bad_value_with_field_named(changes, expected):
    data = _dev()
    data["serving"]["batch_jobs"][0].update(changes)
    assert expected in _errors(data)


def test_batch_job_needs_a_seldon_protocol_model():
    data = _model(_dev(), protocol="v2")
    assert "serving: batch_jobs[0].model='churn' uses protocol='v2'; the Seldon batch processor speaks only the 'seldon' protocol" in _errors(data)


def test_models_need_serving_enabled():
    data = _dev()
    data["serving"]["enabled"] = False
    assert "serving: enabled=false but 1 model(s) are declared" in _errors(data)


def test_an_sla_needs_both_objectives():
    assert "serving.models[0].sla.error_rate: required key is missing" in _errors(_model(_dev(), sla={"p99_latency_ms": 200}))


def test_duplicate_model_names_are_rejected():
    data = _dev()
    data["serving"]["models"].append(copy.deepcopy(data["serving"]["models"][0]))
    assert "serving: models names must be unique, repeated: ['churn']" in _errors(data)


# ---------------------------------------------------------------- rules against the data stack's fixed names

def _placement(data: dict) -> str:
    """Placement rules run when the config is parsed, so synth never starts with a misplaced declaration."""
    return _errors(data)


def test_model_uri_outside_the_models_bucket_fails_synth():
    data = _model(_dev(), model_uri="s3://someone-elses-bucket/churn/v3/")
    assert ("serving.models[0].model_uri: 's3://someone-elses-bucket/churn/v3/' is not in the models bucket "
            "'mlplatform-dev-111111111111-models'") in _placement(data)


def test_canary_uri_outside_the_models_bucket_fails_synth():
    data = _model(_dev(), canary={"mode": "canary", "traffic": 5, "model_uri": "s3://other/churn/v4/"})
    assert "serving.models[0].canary.model_uri: 's3://other/churn/v4/' is not in the models bucket" in _placement(data)


def test_custom_image_outside_the_platform_ecr_fails_synth():
    data = _model(_dev(), server=None, image="docker.io/someone/churn:v3")
    assert "serving.models[0].image: 'docker.io/someone/churn:v3' is not a pinned image of the platform ECR repository" in _placement(data)


def test_unpinned_custom_image_fails_synth():
    config = load_config(ROOT / "config" / "dev.yaml")
    data = _model(_dev(), server=None, image=ecr_for(config))
    assert "is not a pinned image of the platform ECR repository" in _placement(data)


def test_batch_input_outside_the_allowed_buckets_fails_synth():
    data = _dev()
    data["serving"]["batch_jobs"][0]["input_uri"] = "s3://mlplatform-dev-111111111111-predictions/churn/"
    report = _placement(data)
    assert "serving.batch_jobs[0].input_uri: 's3://mlplatform-dev-111111111111-predictions/churn/' is outside the allowed input buckets" in report


def test_batch_input_in_collected_data_is_allowed():
    config = load_config(ROOT / "config" / "dev.yaml")
    data = _dev()
    data["serving"]["batch_jobs"][0]["input_uri"] = f"s3://{buckets_for(config).collected_data}/churn/"
    assert props_for(parse_config(data, source="ok.yaml"))


def test_all_placement_problems_are_reported_at_once():
    data = _model(_dev(), model_uri="s3://elsewhere/churn/v3/")
    data["serving"]["batch_jobs"][0]["input_uri"] = "s3://elsewhere/in/"
    assert _placement(data).startswith("bad.yaml: 2 configuration errors")


def test_imported_collected_data_bucket_is_an_allowed_batch_input():
    data = _dev()
    data["data"]["collected_data_bucket_arn"] = "arn:aws:s3:::acme-collected"
    data["serving"]["batch_jobs"][0]["input_uri"] = "s3://acme-collected/churn/"
    assert parse_config(data, source="ok.yaml").serving.batch_jobs[0].input_uri == "s3://acme-collected/churn/"


def test_charts_recheck_against_the_names_they_are_given():
    import dataclasses

    config = load_config(ROOT / "config" / "dev.yaml")
    props = props_for(config)
    with pytest.raises(ValueError, match=r"serving.models\[0\].model_uri: .* is not in the models bucket 'other-models'"):
        dataclasses.replace(props, buckets=dataclasses.replace(props.buckets, models="other-models"))
    # Deploy-time names (CDK tokens, dist placeholders) cannot be compared; the config check already ran.
    assert dataclasses.replace(props, buckets=dataclasses.replace(props.buckets, models="${Token[TOKEN.42]}"))


def test_shipped_declarations_build():
    import cdk8s

    for env in ("dev", "staging", "prod"):
        config = load_config(ROOT / "config" / f"{env}.yaml")
        assert build_serving_charts(cdk8s.App(), props=props_for(config)).operator is not None


def test_serving_read_prefixes_are_the_declared_models_and_batch_inputs_by_store():
    """What the serving role may read (WorkloadIdentity `serving_reads`): models by name, batch input by bucket."""
    data = _dev()
    data["data"]["collected_data_bucket_arn"] = "arn:aws:s3:::acme-collected"
    extra = copy.deepcopy(data["serving"]["batch_jobs"][0])
    extra.update(name="churn-collected", input_uri="s3://acme-collected/churn/raw/")
    data["serving"]["batch_jobs"].append(extra)
    config = parse_config(data, source="ok.yaml")
    reads = config.serving.read_prefixes(input_buckets=config.serving_placement()["input_buckets"])
    assert reads == {"models": ("churn/",), "offline_features": ("churn/scoring/2026-11/",), "collected_data": ("churn/raw/",)}
    no_jobs = config.serving.model_copy(update={"batch_jobs": (), "models": ()})
    assert no_jobs.read_prefixes(input_buckets=config.serving_placement()["input_buckets"]) == {}
