"""Example Kubeflow Pipelines v2 pipeline: train, publish the model and its metadata JSON to the models
bucket, hand off to serving. The pipeline IR (PipelineSpec, schemaVersion 2.1.0) is built here in Python,
so it needs no KFP SDK to synthesize and is validated in tests; upload the written YAML in the KFP UI or
with `kfp.Client().create_run_from_pipeline_package(...)`.

    python -m examples.pipelines.train_and_serve --models-bucket mlplatform-dev-111111111111-models \
        --owner ana@example.com > train_and_serve.yaml

Steps (each a lightweight Python component; the step functions below are the code the containers run):
  train     fits a scikit-learn model on a CSV from S3, writes it as a `system.Model` artifact under the
            profile's pipeline root, outputs its evaluation metrics;
  publish   copies the model to s3://<models>/<name>/<version>/model.joblib and writes metadata.json
            beside it (name, version, training_run, metrics, dataset, owner);
  hand-off  emits the ModelDeployment declaration the serving charts take (issue-6 `serving.models[]`)
            and stores it as deployment.json next to the model.
Every S3 call uses the run pod's AWS identity (the profile's `default-editor`), never keys.
"""

from __future__ import annotations

import argparse
import copy
import inspect
import json
import sys
import textwrap
from typing import Any

import yaml

SCHEMA_VERSION = "2.1.0"
# Pinned runtime of the steps; packages are installed at step start (KFP lightweight-component style).
STEP_IMAGE = "public.ecr.aws/docker/library/python:3.11.11-slim"
STEP_PACKAGES = ("scikit-learn==1.5.2", "pandas==2.2.3", "boto3==1.35.99", "joblib==1.4.2")


# ----------------------------------------------------------------------------------- step code (runs in pods)

def train(dataset_uri: str, target_column: str, model_path: str) -> str:
    """Fit a gradient-boosting classifier; save it to `model_path`; return the metrics as JSON."""
    import io
    import json

    import boto3
    import joblib
    import pandas as pd
    from sklearn.ensemble import GradientBoostingClassifier
    from sklearn.metrics import accuracy_score, roc_auc_score
    from sklearn.model_selection import train_test_split

    bucket, key = dataset_uri.removeprefix("s3://").split("/", 1)
    frame = pd.read_csv(io.BytesIO(boto3.client("s3").get_object(Bucket=bucket, Key=key)["Body"].read()))
    features, labels = frame.drop(columns=[target_column]), frame[target_column]
    x_train, x_test, y_train, y_test = train_test_split(features, labels, test_size=0.2, random_state=42, stratify=labels)
    model = GradientBoostingClassifier(random_state=42).fit(x_train, y_train)
    metrics = {
        "accuracy": float(accuracy_score(y_test, model.predict(x_test))),
        "auc": float(roc_auc_score(y_test, model.predict_proba(x_test)[:, 1])),
    }
    joblib.dump(model, model_path)
    return json.dumps(metrics, sort_keys=True)


def model_metadata(*, name: str, version: str, training_run: str, metrics: dict[str, float], dataset: str,
                   owner: str) -> dict[str, Any]:
    """The metadata JSON stored beside each model version (the serving side's `ModelMetadata`)."""
    return {"name": name, "version": version, "training_run": training_run, "metrics": metrics, "dataset": dataset,
            "owner": owner}


def publish(model_path: str, models_bucket: str, name: str, version: str, training_run: str, metrics_json: str,
            dataset_uri: str, owner: str, s3: Any = None) -> str:
    """Upload model.joblib and metadata.json to s3://<models>/<name>/<version>/; return that URI."""
    import json

    import boto3

    s3 = s3 or boto3.client("s3")
    prefix = f"{name}/{version}/"
    metadata = model_metadata(name=name, version=version, training_run=training_run, metrics=json.loads(metrics_json),
                              dataset=dataset_uri, owner=owner)
    with open(model_path, "rb") as body:
        s3.put_object(Bucket=models_bucket, Key=prefix + "model.joblib", Body=body.read())
    s3.put_object(Bucket=models_bucket, Key=prefix + "metadata.json", Body=json.dumps(metadata, sort_keys=True).encode(),
                  ContentType="application/json")
    return f"s3://{models_bucket}/{prefix}"


def hand_off(model_uri: str, name: str, version: str, training_run: str, metrics_json: str, dataset_uri: str,
             owner: str, s3: Any = None) -> str:
    """The ModelDeployment declaration for serving; also written as deployment.json beside the model."""
    import json

    import boto3

    declaration = {
        "name": name, "version": version, "model_uri": model_uri, "server": "SKLEARN_SERVER", "protocol": "v2",
        "replicas": 2, "cpu": "500m", "memory": "1Gi",
        "metadata": model_metadata(name=name, version=version, training_run=training_run,
                                   metrics=json.loads(metrics_json), dataset=dataset_uri, owner=owner),
    }
    bucket, prefix = model_uri.removeprefix("s3://").split("/", 1)
    (s3 or boto3.client("s3")).put_object(Bucket=bucket, Key=prefix + "deployment.json",
                                          Body=json.dumps(declaration, sort_keys=True).encode(), ContentType="application/json")
    return json.dumps(declaration, sort_keys=True)


# ----------------------------------------------------------------------------------- IR construction

def _source(fn: Any) -> str:
    """The step function's source plus its helper (publish and hand-off call model_metadata)."""
    parts = [inspect.getsource(fn)]
    if fn is not train:
        parts.insert(0, inspect.getsource(model_metadata))
    return "from typing import Any\n\n" + "\n\n".join(textwrap.dedent(p) for p in parts)


def _executor(fn: Any, outputs: dict[str, str]) -> dict[str, Any]:
    """A container that installs the pinned packages and runs `fn` with the KFP executor input (JSON)."""
    params = list(inspect.signature(fn).parameters)
    output = next(iter(outputs))
    # The KFP launcher passes the executor input as JSON; artifacts are local files under /s3/<bucket>/<key>
    # (the launcher downloads inputs and uploads outputs there).
    runner = textwrap.dedent(f"""
        import json, os, sys
        executor_input = json.loads(sys.argv[1])
        inputs = dict(executor_input["inputs"].get("parameterValues", {{}}))
        for side in ("inputs", "outputs"):
            model = executor_input[side].get("artifacts", {{}}).get("model")
            if model:
                inputs["model_path"] = model["artifacts"][0]["uri"].replace("s3://", "/s3/", 1)
        if "model_path" in inputs:
            os.makedirs(os.path.dirname(inputs["model_path"]), exist_ok=True)
        result = {fn.__name__}(**{{k: inputs[k] for k in {params!r} if k in inputs}})
        output_file = executor_input["outputs"]["parameters"]["{output}"]["outputFile"]
        os.makedirs(os.path.dirname(output_file), exist_ok=True)
        with open(output_file, "w") as handle:
            handle.write(result)
    """)
    return {"container": {
        "image": STEP_IMAGE,
        "command": ["sh", "-ec",
                    f"python -m pip install --quiet --no-warn-script-location {' '.join(STEP_PACKAGES)} && "
                    'printf "%s" "$0" > /tmp/step.py && python /tmp/step.py "$1"',
                    _source(fn) + "\n" + runner],
        "args": ["{{$}}"],
        "resources": {"cpuRequest": 1.0, "memoryRequest": 2.0, "cpuLimit": 2.0, "memoryLimit": 4.0},
    }}


def _params(**types: str) -> dict[str, Any]:
    return {"parameters": {name: {"parameterType": kind} for name, kind in types.items()}}


def pipeline_spec(*, models_bucket: str, owner: str, model_name: str = "churn",
                  dataset_uri: str = "s3://mlplatform-dev-111111111111-offline-features/churn/train.csv",
                  target_column: str = "churned") -> dict[str, Any]:
    """The PipelineSpec (IR) of train -> publish -> hand-off."""
    model_artifact = {"artifactType": {"schemaTitle": "system.Model", "schemaVersion": "0.0.1"}}
    return {
        "pipelineInfo": {"name": "train-and-serve", "description": "Train, publish to the models bucket, hand off to serving"},
        "sdkVersion": "ml-platform-ir-builder-1",
        "schemaVersion": SCHEMA_VERSION,
        "root": {
            "inputDefinitions": {"parameters": {
                "model_name": {"parameterType": "STRING", "defaultValue": model_name},
                "model_version": {"parameterType": "STRING"},
                "dataset_uri": {"parameterType": "STRING", "defaultValue": dataset_uri},
                "target_column": {"parameterType": "STRING", "defaultValue": target_column},
                "models_bucket": {"parameterType": "STRING", "defaultValue": models_bucket},
                "owner": {"parameterType": "STRING", "defaultValue": owner},
            }},
            "dag": {"tasks": {
                "train": {
                    "taskInfo": {"name": "train"}, "componentRef": {"name": "comp-train"},
                    "inputs": {"parameters": {
                        "dataset_uri": {"componentInputParameter": "dataset_uri"},
                        "target_column": {"componentInputParameter": "target_column"},
                    }},
                    "cachingOptions": {"enableCache": True},
                },
                "publish": {
                    "taskInfo": {"name": "publish"}, "componentRef": {"name": "comp-publish"}, "dependentTasks": ["train"],
                    "inputs": {
                        "artifacts": {"model": {"taskOutputArtifact": {"producerTask": "train", "outputArtifactKey": "model"}}},
                        "parameters": {
                            "models_bucket": {"componentInputParameter": "models_bucket"},
                            "name": {"componentInputParameter": "model_name"},
                            "version": {"componentInputParameter": "model_version"},
                            "training_run": {"runtimeValue": {"constant": "{{$.pipeline_job_name}}"}},
                            "metrics_json": {"taskOutputParameter": {"producerTask": "train", "outputParameterKey": "metrics_json"}},
                            "dataset_uri": {"componentInputParameter": "dataset_uri"},
                            "owner": {"componentInputParameter": "owner"},
                        },
                    },
                    "cachingOptions": {"enableCache": False},
                },
                "hand-off": {
                    "taskInfo": {"name": "hand-off"}, "componentRef": {"name": "comp-hand-off"}, "dependentTasks": ["publish", "train"],
                    "inputs": {"parameters": {
                        "model_uri": {"taskOutputParameter": {"producerTask": "publish", "outputParameterKey": "model_uri"}},
                        "name": {"componentInputParameter": "model_name"},
                        "version": {"componentInputParameter": "model_version"},
                        "training_run": {"runtimeValue": {"constant": "{{$.pipeline_job_name}}"}},
                        "metrics_json": {"taskOutputParameter": {"producerTask": "train", "outputParameterKey": "metrics_json"}},
                        "dataset_uri": {"componentInputParameter": "dataset_uri"},
                        "owner": {"componentInputParameter": "owner"},
                    }},
                    "cachingOptions": {"enableCache": False},
                },
            },
                "outputs": {"parameters": {"deployment": {"valueFromParameter": {
                    "producerSubtask": "hand-off", "outputParameterKey": "deployment"}}}},
            },
            "outputDefinitions": {"parameters": {"deployment": {"parameterType": "STRING"}}},
        },
        "components": {
            "comp-train": {
                "executorLabel": "exec-train",
                "inputDefinitions": _params(dataset_uri="STRING", target_column="STRING"),
                "outputDefinitions": {"artifacts": {"model": copy.deepcopy(model_artifact)}, **_params(metrics_json="STRING")},
            },
            "comp-publish": {
                "executorLabel": "exec-publish",
                "inputDefinitions": {"artifacts": {"model": copy.deepcopy(model_artifact)},
                                     **_params(models_bucket="STRING", name="STRING", version="STRING", training_run="STRING",
                                               metrics_json="STRING", dataset_uri="STRING", owner="STRING")},
                "outputDefinitions": _params(model_uri="STRING"),
            },
            "comp-hand-off": {
                "executorLabel": "exec-hand-off",
                "inputDefinitions": _params(model_uri="STRING", name="STRING", version="STRING", training_run="STRING",
                                            metrics_json="STRING", dataset_uri="STRING", owner="STRING"),
                "outputDefinitions": _params(deployment="STRING"),
            },
        },
        "deploymentSpec": {"executors": {
            "exec-train": _executor(train, {"metrics_json": "STRING"}),
            "exec-publish": _executor(publish, {"model_uri": "STRING"}),
            "exec-hand-off": _executor(hand_off, {"deployment": "STRING"}),
        }},
    }


def pipeline_yaml(**kwargs: Any) -> str:
    return yaml.safe_dump(pipeline_spec(**kwargs), sort_keys=True, width=120)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models-bucket", required=True)
    parser.add_argument("--owner", required=True)
    parser.add_argument("--model-name", default="churn")
    args = parser.parse_args(argv)
    sys.stdout.write(pipeline_yaml(models_bucket=args.models_bucket, owner=args.owner, model_name=args.model_name))
    return 0


if __name__ == "__main__":
    sys.exit(main())
