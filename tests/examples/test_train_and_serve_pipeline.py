"""The example pipeline: a well-formed KFP v2 IR, step code that writes the model and its metadata JSON to
the models bucket, and a hand-off declaration the serving config (issue-6) accepts."""

from __future__ import annotations

import ast
import json
from collections import defaultdict

import pytest
import yaml

from examples.pipelines import train_and_serve as example
from platform_config.data import bucket_name
from platform_config.serving import ModelDeployment, ModelMetadata

MODELS_BUCKET = bucket_name("mlplatform", "dev", "111111111111", "models")
PARAMETER_TYPES = {"STRING", "NUMBER_INTEGER", "NUMBER_DOUBLE", "BOOLEAN", "LIST", "STRUCT"}


def ir_problems(spec: dict) -> list[str]:
    """Structural rules of a PipelineSpec the KFP backend enforces when it compiles a run."""
    problems = []
    if spec.get("schemaVersion") != "2.1.0":
        problems.append(f"schemaVersion {spec.get('schemaVersion')!r}")
    root, components, executors = spec["root"], spec["components"], spec["deploymentSpec"]["executors"]
    root_params = root["inputDefinitions"]["parameters"]
    for name, comp in components.items():
        if comp["executorLabel"] not in executors:
            problems.append(f"{name}: executor {comp['executorLabel']!r} missing")
        for kind in ("inputDefinitions", "outputDefinitions"):
            for p, d in comp.get(kind, {}).get("parameters", {}).items():
                if d["parameterType"] not in PARAMETER_TYPES:
                    problems.append(f"{name}.{kind}.{p}: type {d['parameterType']!r}")
    tasks = root["dag"]["tasks"]
    for task_name, task in tasks.items():
        comp = components.get(task["componentRef"]["name"])
        if comp is None:
            problems.append(f"task {task_name}: component {task['componentRef']['name']!r} missing")
            continue
        declared = comp.get("inputDefinitions", {})
        given = task.get("inputs", {})
        for kind in ("parameters", "artifacts"):
            if set(given.get(kind, {})) != set(declared.get(kind, {})):
                problems.append(f"task {task_name}: {kind} {sorted(given.get(kind, {}))} != declared {sorted(declared.get(kind, {}))}")
        for p, source in given.get("parameters", {}).items():
            if "componentInputParameter" in source and source["componentInputParameter"] not in root_params:
                problems.append(f"task {task_name}.{p}: pipeline input {source['componentInputParameter']!r} missing")
            if "taskOutputParameter" in source:
                producer = source["taskOutputParameter"]["producerTask"]
                outputs = components[tasks[producer]["componentRef"]["name"]]["outputDefinitions"].get("parameters", {})
                if source["taskOutputParameter"]["outputParameterKey"] not in outputs:
                    problems.append(f"task {task_name}.{p}: {producer} has no output {source['taskOutputParameter']['outputParameterKey']!r}")
                if producer not in task.get("dependentTasks", []):
                    problems.append(f"task {task_name}: uses {producer} without depending on it")
        for a, source in given.get("artifacts", {}).items():
            producer = source["taskOutputArtifact"]["producerTask"]
            if producer not in task.get("dependentTasks", []):
                problems.append(f"task {task_name}: uses {producer}'s artifact without depending on it")
    # Acyclic.
    graph = {t: set(v.get("dependentTasks", [])) for t, v in tasks.items()}
    seen: dict[str, int] = defaultdict(int)

    def visit(node: str) -> None:
        if seen[node] == 1:
            problems.append(f"cycle through {node}")
            return
        if seen[node] == 2:
            return
        seen[node] = 1
        for dep in graph[node]:
            visit(dep)
        seen[node] = 2

    for node in graph:
        visit(node)
    return problems


@pytest.fixture(scope="module")
def spec() -> dict:
    return yaml.safe_load(example.pipeline_yaml(models_bucket=MODELS_BUCKET, owner="ana@example.com"))


def test_ir_is_well_formed(spec):
    assert ir_problems(spec) == []
    assert set(spec["root"]["dag"]["tasks"]) == {"train", "publish", "hand-off"}
    assert spec["root"]["dag"]["outputs"]["parameters"]["deployment"]["valueFromParameter"]["producerSubtask"] == "hand-off"


def test_ir_checker_rejects_a_missing_dependency_and_a_cycle(spec):
    broken = json.loads(json.dumps(spec))
    broken["root"]["dag"]["tasks"]["publish"]["dependentTasks"] = []
    assert any("without depending" in p for p in ir_problems(broken))
    broken["root"]["dag"]["tasks"]["train"]["dependentTasks"] = ["hand-off"]
    broken["root"]["dag"]["tasks"]["publish"]["dependentTasks"] = ["train"]
    assert any("cycle" in p for p in ir_problems(broken))


def test_step_code_parses_and_images_are_pinned(spec):
    for name, executor in spec["deploymentSpec"]["executors"].items():
        container = executor["container"]
        assert container["image"] == example.STEP_IMAGE and ":" in container["image"].rsplit("/", 1)[-1]
        ast.parse(container["command"][3])
        assert all("==" in p for p in example.STEP_PACKAGES)


class FakeS3:
    def __init__(self) -> None:
        self.objects: dict[tuple[str, str], bytes] = {}

    def put_object(self, *, Bucket: str, Key: str, Body: bytes, **_: object) -> None:
        self.objects[(Bucket, Key)] = Body


def test_publish_writes_model_and_metadata_beside_it(tmp_path):
    model = tmp_path / "model.joblib"
    model.write_bytes(b"model-bytes")
    s3 = FakeS3()
    uri = example.publish(str(model), MODELS_BUCKET, "churn", "v3", "train-and-serve-abc12", '{"auc": 0.91}',
                          "s3://features/churn/train.csv", "ana@example.com", s3=s3)
    assert uri == f"s3://{MODELS_BUCKET}/churn/v3/"
    assert s3.objects[(MODELS_BUCKET, "churn/v3/model.joblib")] == b"model-bytes"
    metadata = json.loads(s3.objects[(MODELS_BUCKET, "churn/v3/metadata.json")])
    ModelMetadata(**metadata)  # the serving side's metadata model accepts it
    assert metadata["training_run"] == "train-and-serve-abc12" and metadata["metrics"] == {"auc": 0.91}


def test_hand_off_declaration_is_a_valid_model_deployment():
    s3 = FakeS3()
    declaration = json.loads(example.hand_off(f"s3://{MODELS_BUCKET}/churn/v3/", "churn", "v3", "run-1", '{"auc": 0.91}',
                                              "s3://features/churn/train.csv", "ana@example.com", s3=s3))
    deployment = ModelDeployment(**declaration)
    assert deployment.model_uri == f"s3://{MODELS_BUCKET}/churn/v3/"
    assert json.loads(s3.objects[(MODELS_BUCKET, "churn/v3/deployment.json")]) == declaration


def test_serving_rejects_a_hand_off_with_a_mismatched_uri():
    declaration = json.loads(example.hand_off(f"s3://{MODELS_BUCKET}/other/v1/", "churn", "v3", "run-1", '{"auc": 0.9}',
                                              "s3://f/x.csv", "ana@example.com", s3=FakeS3()))
    with pytest.raises(ValueError, match="model_uri="):
        ModelDeployment(**declaration)
