"""Each declared model: gateway route, serving identity, PDB, autoscaling, metadata, canary, GPU scheduling."""

from __future__ import annotations

import json

import pytest

from k8s_charts.seldon.model_deployments_chart import METADATA_ANNOTATION, ROUTE_ANNOTATION, gateway_route
from k8s_charts.seldon.props import AWS_CLI_IMAGE, GPU_TAINT_KEY, SELDON_ID_LABEL
from tests.conftest import shipped_config
from tests.k8s_charts.seldon.support import ecr_for, of_kind, one, props_for, synth, validation_problems


def _pod_specs(sdep):
    for predictor in sdep["spec"]["predictors"]:
        for component in predictor["componentSpecs"]:
            yield predictor, component


def test_each_model_has_its_gateway_route(dev_serving):
    config, props, _, objects = dev_serving
    operator_env = {e["name"]: e.get("value") for e in
                    one(objects, "Deployment", "seldon-controller-manager")["spec"]["template"]["spec"]["containers"][0]["env"]}
    assert operator_env["AMBASSADOR_ENABLED"] == "true"
    for model in config.serving.models:
        sdep = one(objects, "SeldonDeployment", model.name)
        assert sdep["metadata"]["namespace"] == props.namespace
        assert sdep["metadata"]["annotations"][ROUTE_ANNOTATION] == f"/seldon/{props.namespace}/{model.name}/"
        assert sdep["metadata"]["annotations"]["seldon.io/rest-timeout"] == str(config.serving.request_timeout_ms)
        assert sdep["spec"]["protocol"] == model.protocol
        # The gateway may reach the executor port of the model pods.
        policy = next(p for p in of_kind(objects, "NetworkPolicy") if p["metadata"]["name"] == "allow-gateway-and-batch-to-models")
        sources = policy["spec"]["ingress"][0]["from"]
        assert {"kubernetes.io/metadata.name": props.gateway_namespace} in [s.get("namespaceSelector", {}).get("matchLabels") for s in sources]


def test_each_model_runs_as_the_serving_identity(dev_serving):
    config, props, _, objects = dev_serving
    sa = one(objects, "ServiceAccount", props.service_account)
    assert sa["metadata"]["namespace"] == props.namespace
    assert sa["metadata"]["annotations"]["ml-platform/aws-role"] == props.role_arn
    for model in config.serving.models:
        sdep = one(objects, "SeldonDeployment", model.name)
        for predictor, component in _pod_specs(sdep):
            assert predictor["graph"]["serviceAccountName"] == props.service_account
            assert component["spec"]["serviceAccountName"] == props.service_account
            pod_annotations = component["metadata"]["annotations"]
            if props.identity_mode == "kube2iam":
                assert pod_annotations["iam.amazonaws.com/role"] == props.role_arn
                assert predictor["annotations"]["iam.amazonaws.com/role"] == props.role_arn
            else:
                assert "iam.amazonaws.com/role" not in pod_annotations
            init = component["spec"]["initContainers"][0]
            assert init["name"] == f"{predictor['graph']['name']}-model-initializer" and init["image"] == AWS_CLI_IMAGE
            assert predictor["graph"]["modelUri"] in init["command"]
            assert {"name": f"{predictor['graph']['name']}-provision-location", "emptyDir": {}} in component["spec"]["volumes"]


def test_each_model_has_a_pdb_and_autoscaling(dev_serving):
    config, _, _, objects = dev_serving
    for model in config.serving.models:
        pdb = one(objects, "PodDisruptionBudget", model.name)
        assert pdb["spec"]["selector"]["matchLabels"] == {SELDON_ID_LABEL: model.name}
        assert pdb["spec"]["maxUnavailable"] == 1
        sdep = one(objects, "SeldonDeployment", model.name)
        for predictor, component in _pod_specs(sdep):
            if model.autoscaling:
                hpa = component["hpaSpec"]
                assert (hpa["minReplicas"], hpa["maxReplicas"]) == (model.autoscaling.min_replicas, model.autoscaling.max_replicas)
                assert hpa["metricsv2"][0]["resource"] == {"name": "cpu", "target": {
                    "type": "Utilization", "averageUtilization": model.autoscaling.target_cpu_percent}}
                assert "replicas" not in predictor, "the HPA owns the replica count"
            else:
                assert predictor["replicas"] == model.replicas


def test_example_model_declares_autoscaling_and_canary():
    config = shipped_config("dev")
    assert config.serving.models, "dev ships one example model"
    model = config.serving.models[0]
    assert model.autoscaling and model.canary and model.sampling_rate > 0


def test_metadata_is_carried_as_annotations(dev_serving):
    config, _, _, objects = dev_serving
    for model in config.serving.models:
        annotations = one(objects, "SeldonDeployment", model.name)["metadata"]["annotations"]
        assert json.loads(annotations[METADATA_ANNOTATION]) == model.metadata.model_dump(mode="json")
        assert annotations["ml-platform/training-run"] == model.metadata.training_run
        assert annotations["ml-platform/owner"] == model.metadata.owner


def test_canary_splits_traffic(dev_serving):
    config, _, _, objects = dev_serving
    for model in config.serving.models:
        predictors = one(objects, "SeldonDeployment", model.name)["spec"]["predictors"]
        if model.canary and model.canary.mode == "canary":
            assert [p["name"] for p in predictors] == ["main", "canary"]
            assert sum(p["traffic"] for p in predictors) == 100
            assert predictors[1]["traffic"] == model.canary.traffic
            assert predictors[1]["graph"]["modelUri"] == (model.canary.model_uri or model.model_uri)


def _variant(config, **model_updates):
    model = config.serving.models[0].model_copy(update=model_updates)
    return config.serving.model_copy(update={"models": (model,), "batch_jobs": ()})


def test_shadow_mirrors_without_traffic():
    config = shipped_config("dev")
    model = config.serving.models[0]
    serving = _variant(config, canary=model.canary.model_copy(update={"mode": "shadow", "traffic": 0}))
    _, objects = synth(props_for(config, serving=serving))
    main, shadow = one(objects, "SeldonDeployment", model.name)["spec"]["predictors"]
    assert main["traffic"] == 100 and shadow["shadow"] is True and "traffic" not in shadow
    assert validation_problems(objects, config.cluster.kubernetes_version) == []


@pytest.mark.parametrize("gpu", [0, 1])
def test_gpu_requests_and_tolerations_only_when_asked(gpu):
    config = shipped_config("dev")
    _, objects = synth(props_for(config, serving=_variant(config, gpu=gpu)))
    sdep = one(objects, "SeldonDeployment", config.serving.models[0].name)
    for _, component in _pod_specs(sdep):
        spec = component["spec"]
        resources = spec["containers"][0]["resources"]
        if gpu:
            assert resources["requests"]["nvidia.com/gpu"] == gpu and resources["limits"]["nvidia.com/gpu"] == gpu
            assert {"key": GPU_TAINT_KEY, "operator": "Exists", "effect": "NoSchedule"} in spec["tolerations"]
            terms = spec["affinity"]["nodeAffinity"]["requiredDuringSchedulingIgnoredDuringExecution"]["nodeSelectorTerms"]
            assert terms[0]["matchExpressions"][0] == {"key": "ml-platform/accelerator", "operator": "In", "values": ["nvidia"]}
        else:
            assert "nvidia.com/gpu" not in resources["requests"]
            assert "tolerations" not in spec and "affinity" not in spec
    assert validation_problems(objects, config.cluster.kubernetes_version) == []


def test_custom_image_model_uses_the_platform_repository():
    config = shipped_config("dev")
    image = f"{ecr_for(config)}:churn-v3"
    serving = _variant(config, server=None, image=image)
    _, objects = synth(props_for(config, serving=serving))
    sdep = one(objects, "SeldonDeployment", config.serving.models[0].name)
    predictor, component = next(_pod_specs(sdep))
    assert component["spec"]["containers"][0]["image"] == image and "implementation" not in predictor["graph"]


def test_serving_namespace_is_baseline_with_its_reason(serving):
    _, props, _, objects = serving
    labels = one(objects, "Namespace", props.namespace)["metadata"]
    assert labels["labels"]["pod-security.kubernetes.io/enforce"] == "baseline"
    assert "executor" in labels["annotations"]["ml-platform/pod-security-reason"]


def test_gateway_route_matches_the_operator_prefix_rule():
    # operator/controllers/ambassador/v2.go: "/seldon/" + namespace + "/" + name + "/" when namespaced.
    assert gateway_route("serving", "churn") == "/seldon/serving/churn/"


def test_executor_metrics_are_scraped_by_prometheus(dev_serving):
    config, props, _, objects = dev_serving
    for model in config.serving.models:
        for predictor in one(objects, "SeldonDeployment", model.name)["spec"]["predictors"]:
            assert predictor["annotations"]["prometheus.io/path"] == "/prometheus"
            assert predictor["annotations"]["prometheus.io/port"] == "8000"
    policy = next(
        p for p in of_kind(objects, "NetworkPolicy")
        if p["metadata"]["namespace"] == props.namespace and p["metadata"]["name"] == "allow-metrics-from-monitoring")
    assert {"protocol": "TCP", "port": 8000} in policy["spec"]["ingress"][0]["ports"]
