"""The train -> publish -> hand-off example, compiled by the KFP SDK compiler: what the compiled package asks
the backend for, and that the step code writes the model, a metadata JSON and a declaration the serving
config accepts."""

from __future__ import annotations

import json

import boto3
import yaml
import kfp
import pytest
from kfp import dsl

from examples.pipelines import components
from examples.pipelines import train_and_serve as example
from platform_config.data import bucket_name
from platform_config.serving import ModelDeployment, ModelMetadata
from google.protobuf.json_format import ParseError

from tests.examples.compiled import PINNED_IMAGE, FakeS3, compile_example, installed_packages, read_package

MODELS_BUCKET = bucket_name("mlplatform", "dev", "111111111111", "models")


@pytest.fixture(scope="module")
def compiled(tmp_path_factory):
    path = tmp_path_factory.mktemp("pipelines") / "train_and_serve.yaml"
    return compile_example(example.main, path, "--models-bucket", MODELS_BUCKET, "--owner", "ana@example.com")


@pytest.fixture
def s3(monkeypatch) -> FakeS3:
    fake = FakeS3()
    monkeypatch.setattr(boto3, "client", lambda service, **_: fake if service == "s3" else pytest.fail(service))
    return fake


def test_sdk_is_the_release_line_of_the_deployed_backend():
    from k8s_charts.kubeflow.common import PIPELINES_VERSION

    assert kfp.__version__.split(".")[:2] == PIPELINES_VERSION.split(".")[:2], (kfp.__version__, PIPELINES_VERSION)


def test_compiled_graph_is_train_publish_hand_off(compiled):
    spec = compiled.spec
    assert spec["schemaVersion"] == "2.1.0" and spec["sdkVersion"] == f"kfp-{kfp.__version__}"
    assert spec["pipelineInfo"]["name"] == "train-and-serve"
    tasks = compiled.tasks
    assert {key: task["taskInfo"]["name"] for key, task in tasks.items()} == {
        "train": "train", "publish-model": "publish", "hand-off": "hand-off"}
    assert "dependentTasks" not in tasks["train"]
    assert tasks["publish-model"]["dependentTasks"] == ["train"]
    assert tasks["hand-off"]["dependentTasks"] == ["publish-model"]
    publish = tasks["publish-model"]["inputs"]
    assert publish["artifacts"]["model"] == {"taskOutputArtifact": {"producerTask": "train", "outputArtifactKey": "model"}}
    assert publish["parameters"]["metrics_json"] == {"taskOutputParameter": {"producerTask": "train", "outputParameterKey": "metrics_json"}}
    assert publish["parameters"]["training_run"] == {"runtimeValue": {"constant": "{{$.pipeline_job_name}}"}}
    assert publish["parameters"]["model_file"] == {"runtimeValue": {"constant": "model.joblib"}}
    assert spec["root"]["dag"]["outputs"]["parameters"]["deployment"]["valueFromParameter"] == {
        "producerSubtask": "hand-off", "outputParameterKey": "deployment"}


def test_package_reader_rejects_a_misspelled_field(compiled, tmp_path):
    for document, mistake in ((0, lambda spec: spec["root"].update(dagg={})),
                              (1, lambda platform: platform["platforms"]["kubernetes"]["deploymentSpec"]["executors"][
                                  "exec-train"]["podMetadata"].update(label={"a": "b"}))):
        docs = [json.loads(json.dumps(compiled.spec)), json.loads(json.dumps(compiled.platform))]
        mistake(docs[document])
        path = tmp_path / f"bad-{document}.yaml"
        path.write_text(yaml.safe_dump_all(docs))
        with pytest.raises(ParseError):
            read_package(path)


def test_cli_flags_become_parameter_defaults_and_the_rest_are_asked_per_run(compiled, tmp_path):
    params = compiled.spec["root"]["inputDefinitions"]["parameters"]
    assert params["models_bucket"]["defaultValue"] == MODELS_BUCKET and params["owner"]["defaultValue"] == "ana@example.com"
    assert "defaultValue" not in params["model_version"]
    bare = compile_example(example.main, tmp_path / "bare.yaml").spec["root"]["inputDefinitions"]["parameters"]
    assert {name for name, p in bare.items() if "defaultValue" not in p} == {"model_version", "models_bucket", "owner"}


def test_images_and_step_packages_are_pinned(compiled):
    for task in compiled.tasks:
        container = compiled.executor(task)
        assert PINNED_IMAGE.match(container["image"]), container["image"]
        packages = installed_packages(container)
        assert packages and all("==" in p for p in packages), (task, packages)
        assert f"kfp=={kfp.__version__}" in packages
    assert set(example.TRAIN_PACKAGES) <= set(installed_packages(compiled.executor("train")))


def test_pinned_image_check_rejects_latest_and_untagged():
    for image in ("docker.io/library/python:latest", "docker.io/library/python", "python:3.11"):
        assert not PINNED_IMAGE.match(image), image


def test_resources_caching_and_the_team_data_pod_default(compiled):
    train = compiled.executor("train")["resources"]
    assert (train["resourceCpuRequest"], train["resourceMemoryRequest"], train["resourceCpuLimit"], train["resourceMemoryLimit"]) == (
        "1", "2Gi", "2", "4Gi")
    for task in ("publish-model", "hand-off"):
        resources = compiled.executor(task)["resources"]
        assert (resources["resourceCpuRequest"], resources["resourceMemoryRequest"], resources["resourceMemoryLimit"]) == (
            "100m", "256Mi", "512Mi")
        # Steps that write outside the pipeline root must not be skipped by the cache.
        assert not compiled.tasks[task]["cachingOptions"].get("enableCache", False)
    assert compiled.tasks["train"]["cachingOptions"] == {"enableCache": True}
    for task in compiled.tasks:
        # The profile PodDefault selecting `team-data: "true"` sets AWS_REGION and the team's S3 prefixes.
        assert compiled.kubernetes(task)["podMetadata"]["labels"] == {"team-data": "true"}
        assert "nodeSelector" not in compiled.kubernetes(task) and "tolerations" not in compiled.kubernetes(task)


def test_publish_writes_model_and_the_serving_metadata_beside_it(tmp_path, s3):
    model = tmp_path / "model"
    model.write_bytes(b"model-bytes")
    out = components.publish_model.python_func(
        model=dsl.Model(uri=str(model)), models_bucket=MODELS_BUCKET, name="churn", version="v3",
        training_run="train-and-serve-abc12", metrics_json='{"auc": 0.91, "accuracy": 1}',
        dataset="s3://features/churn/train.csv", owner="ana@example.com", model_file="model.joblib")
    assert out.model_uri == f"s3://{MODELS_BUCKET}/churn/v3/"
    assert s3.objects[(MODELS_BUCKET, "churn/v3/model.joblib")] == b"model-bytes"
    metadata = json.loads(s3.objects[(MODELS_BUCKET, "churn/v3/metadata.json")])
    assert json.loads(out.metadata_json) == metadata
    # Exactly the serving config's ModelMetadata fields, and it accepts them.
    assert set(metadata) == set(ModelMetadata.model_fields)
    assert ModelMetadata(**metadata).metrics == {"auc": 0.91, "accuracy": 1.0}
    assert metadata["training_run"] == "train-and-serve-abc12"


def test_publish_uploads_a_model_directory_as_a_tree(tmp_path, s3):
    model = tmp_path / "model"
    (model / "variables").mkdir(parents=True)
    (model / "saved_model.pb").write_bytes(b"graph")
    (model / "variables" / "variables.index").write_bytes(b"index")
    components.publish_model.python_func(
        model=dsl.Model(uri=str(model)), models_bucket=MODELS_BUCKET, name="mnist", version="7", training_run="run-1",
        metrics_json='{"accuracy": 0.99}', dataset="/mnt/training-data/datasets/mnist", owner="ana@example.com")
    assert set(s3.objects) == {(MODELS_BUCKET, f"mnist/7/{key}") for key in (
        "saved_model.pb", "variables/variables.index", "metadata.json")}


def test_hand_off_declaration_is_a_valid_model_deployment(s3):
    metadata = {"name": "churn", "version": "v3", "training_run": "run-1", "metrics": {"auc": 0.91},
                "dataset": "s3://features/churn/train.csv", "owner": "ana@example.com"}
    out = components.hand_off.python_func(model_uri=f"s3://{MODELS_BUCKET}/churn/v3/", metadata_json=json.dumps(metadata))
    declaration = json.loads(out.deployment)
    deployment = ModelDeployment(**declaration)
    assert (deployment.server, deployment.protocol, deployment.model_uri) == ("SKLEARN_SERVER", "v2", f"s3://{MODELS_BUCKET}/churn/v3/")
    assert json.loads(s3.objects[(MODELS_BUCKET, "churn/v3/deployment.json")]) == declaration


def test_serving_rejects_a_hand_off_with_a_mismatched_uri(s3):
    metadata = {"name": "churn", "version": "v3", "training_run": "run-1", "metrics": {"auc": 0.9},
                "dataset": "s3://f/x.csv", "owner": "ana@example.com"}
    out = components.hand_off.python_func(model_uri=f"s3://{MODELS_BUCKET}/other/v1/", metadata_json=json.dumps(metadata))
    with pytest.raises(ValueError, match="model_uri="):
        ModelDeployment(**json.loads(out.deployment))
