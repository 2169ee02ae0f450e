"""Prediction sampling: only sampled models log, and the logger writes only under predictions/model=<name>/."""

from __future__ import annotations

import yaml

from k8s_charts.seldon.model_deployments_chart import logger_url
from k8s_charts.seldon.prediction_logger_chart import prediction_key_prefix, sampling_lua
from tests.conftest import shipped_config
from tests.k8s_charts.seldon.support import of_kind, one, props_for, synth


def _fluent_bit(objects):
    return yaml.safe_load(one(objects, "ConfigMap", "prediction-logger-config")["data"]["fluent-bit.yaml"])


def test_sampled_models_log_to_the_logger(dev_serving):
    config, props, _, objects = dev_serving
    for model in config.serving.models:
        for predictor in one(objects, "SeldonDeployment", model.name)["spec"]["predictors"]:
            if model.sampling_rate > 0:
                assert predictor["graph"]["logger"] == {"url": logger_url(props.namespace, model.name), "mode": "all"}
            else:
                assert "logger" not in predictor["graph"]


def test_logger_writes_only_under_each_models_predictions_prefix(dev_serving):
    config, props, _, objects = dev_serving
    sampled = [m for m in config.serving.models if m.sampling_rate > 0]
    outputs = _fluent_bit(objects)["pipeline"]["outputs"]
    assert sorted(o["match"] for o in outputs) == sorted(m.name for m in sampled)
    for output in outputs:
        assert output["name"] == "s3" and output["bucket"] == props.buckets.predictions
        assert output["s3_key_format"].startswith(f"/{prediction_key_prefix(output['match'])}dt=%Y-%m-%d/")
        assert prediction_key_prefix(output["match"]).startswith("predictions/model=")
        assert "$TAG" not in output["s3_key_format"], "the key names the model literally, not whatever tag arrives"


def test_logger_samples_at_each_models_rate(dev_serving):
    config, _, _, objects = dev_serving
    sampled = [m for m in config.serving.models if m.sampling_rate > 0]
    (lua,) = _fluent_bit(objects)["pipeline"]["filters"]
    assert lua["name"] == "lua" and lua["call"] == "sample" and lua["match"] == "*"
    for model in sampled:
        assert f'["{model.name}"] = {model.sampling_rate!r}' in lua["code"]
    assert "return -1, timestamp, record" in lua["code"], "records outside the sample are dropped"


def test_logger_runs_as_the_serving_identity(dev_serving):
    _, props, _, objects = dev_serving
    pod = one(objects, "Deployment", "prediction-logger")["spec"]["template"]
    assert pod["spec"]["serviceAccountName"] == props.service_account
    assert pod["spec"]["containers"][0]["image"].startswith("docker.io/fluent/fluent-bit:")
    assert ("iam.amazonaws.com/role" in pod["metadata"]["annotations"]) == (props.identity_mode == "kube2iam")


def test_nothing_is_written_when_sampling_is_zero():
    config = shipped_config("dev")
    models = tuple(m.model_copy(update={"sampling_rate": 0.0}) for m in config.serving.models)
    charts, objects = synth(props_for(config, serving=config.serving.model_copy(update={"models": models})))
    assert charts.logger is None
    assert not of_kind(objects, "ConfigMap", "prediction-logger-config") and not of_kind(objects, "Deployment", "prediction-logger")
    for sdep in of_kind(objects, "SeldonDeployment"):
        assert all("logger" not in p["graph"] for p in sdep["spec"]["predictors"])


def test_environments_without_models_have_no_logger(serving):
    config, _, charts, _ = serving
    assert (charts.logger is None) == (not any(m.sampling_rate > 0 for m in config.serving.models))


def test_lua_drops_unknown_tags():
    code = sampling_lua([shipped_config("dev").serving.models[0]])
    assert "if rate ~= nil and math.random() < rate then" in code
