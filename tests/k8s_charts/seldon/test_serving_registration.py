"""The serving charts are part of the platform assembly, in apply order, and only when declared."""

from __future__ import annotations

import json

from k8s_charts.platform_charts import props_from_config, synth_objects
from tests.conftest import shipped_config

SERVING = ["seldon-crds", "seldon-core-operator", "model-deployments", "prediction-logger", "batch-prediction", "serving-sla"]
MAX_MANIFEST_BYTES = 200_000


def _order(variant: str, **serving_updates) -> list[str]:
    config = shipped_config(variant)
    if serving_updates:
        config = config.model_copy(update={"serving": config.serving.model_copy(update=serving_updates)})
    return list(synth_objects(props_from_config(config)))


def test_dev_applies_crd_then_operator_then_models_then_their_companions():
    order = _order("dev")
    assert [c for c in order if c in SERVING] == SERVING
    assert order.index("cert-manager") < order.index("seldon-core-operator"), "the webhook certificate needs cert-manager"
    assert order.index("cert-manager-crds") < order.index("seldon-core-operator")


def test_environments_without_models_get_only_the_operator():
    order = _order("prod")
    assert [c for c in order if c in SERVING] == ["seldon-crds", "seldon-core-operator", "model-deployments"]


def test_serving_can_be_switched_off():
    assert not set(_order("prod", enabled=False)) & set(SERVING)


def test_every_serving_manifest_fits_the_delivery_payload(charts):
    for chart_id, objects in charts.by_chart.items():
        if chart_id in SERVING:
            size = len(json.dumps(objects).encode())
            assert size < MAX_MANIFEST_BYTES, f"{chart_id}: {size} bytes"


def test_readme_states_the_licence_boundary():
    from tests.support.synth import ROOT

    readme = (ROOT / "README.md").read_text()
    assert "Seldon Core **1.17.1**" in readme and "Business Source License 1.1" in readme


def test_deploy_time_bucket_tokens_fall_back_to_the_fixed_names():
    from k8s_charts.seldon import ServingProps

    config = shipped_config("dev")
    tokens = {"metrics": "${Token[TOKEN.1]}", "models": "${Token[TOKEN.2]}", "predictions": "${Token[TOKEN.3]}"}
    serving = ServingProps.from_cluster(props_from_config(config, buckets=tokens))
    names = config.serving_names()
    assert (serving.buckets.models, serving.buckets.predictions, serving.buckets.offline_features) == (
        names["models"], names["predictions"], names["offline_features"])
    assert serving.ecr_repository_uri == names["model_images_repository"]
