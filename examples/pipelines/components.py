"""KFP SDK components the example pipelines share: publish a model with its metadata JSON, hand it to serving.

Each function body runs in its own pod (KFP lightweight Python components embed the source), so it imports
what it needs inside. S3 calls use the run pod's AWS identity (the profile's `default-editor`), never keys.
"""

from typing import NamedTuple

from kfp import dsl
from kfp.dsl import Input, Model

# Pinned runtime of the CPU steps; `packages_to_install` are installed at step start.
PYTHON_IMAGE = "public.ecr.aws/docker/library/python:3.11.11-slim"
BOTO3 = "boto3==1.35.99"


@dsl.component(base_image=PYTHON_IMAGE, packages_to_install=[BOTO3])
def publish_model(model: Input[Model], models_bucket: str, name: str, version: str, training_run: str,
                  metrics_json: str, dataset: str, owner: str,
                  model_file: str = "model.joblib") -> NamedTuple("Published", model_uri=str, metadata_json=str):
    """Copy the model to s3://<models>/<name>/<version>/ and write metadata.json beside it.

    A model file is stored as `model_file`, a model directory (e.g. a SavedModel) with its tree as is. The
    metadata JSON has exactly the fields the serving config's `metadata` (ModelMetadata) requires.
    """
    import json
    import os
    from collections import namedtuple

    import boto3

    s3 = boto3.client("s3")
    prefix = f"{name}/{version}/"
    if os.path.isdir(model.path):
        for root, _dirs, files in os.walk(model.path):
            for file_name in sorted(files):
                local = os.path.join(root, file_name)
                s3.upload_file(local, models_bucket, prefix + os.path.relpath(local, model.path).replace(os.sep, "/"))
    else:
        s3.upload_file(model.path, models_bucket, prefix + model_file)
    metadata = {"name": name, "version": version, "training_run": training_run,
                "metrics": {key: float(value) for key, value in json.loads(metrics_json).items()},
                "dataset": dataset, "owner": owner}
    body = json.dumps(metadata, sort_keys=True)
    s3.put_object(Bucket=models_bucket, Key=prefix + "metadata.json", Body=body.encode(), ContentType="application/json")
    return namedtuple("Published", ["model_uri", "metadata_json"])(f"s3://{models_bucket}/{prefix}", body)


@dsl.component(base_image=PYTHON_IMAGE, packages_to_install=[BOTO3])
def hand_off(model_uri: str, metadata_json: str, server: str = "SKLEARN_SERVER", protocol: str = "v2",
             replicas: int = 2, cpu: str = "500m", memory: str = "1Gi") -> NamedTuple("HandOff", deployment=str):
    """The `serving.models[]` entry (ModelDeployment) for this version; also stored as deployment.json
    beside the model, where a platform engineer or a CD job picks it up."""
    import json
    from collections import namedtuple

    import boto3

    metadata = json.loads(metadata_json)
    declaration = {"name": metadata["name"], "version": metadata["version"], "model_uri": model_uri,
                   "server": server, "protocol": protocol, "replicas": replicas, "cpu": cpu, "memory": memory,
                   "metadata": metadata}
    bucket, prefix = model_uri.removeprefix("s3://").split("/", 1)
    body = json.dumps(declaration, sort_keys=True)
    boto3.client("s3").put_object(Bucket=bucket, Key=prefix + "deployment.json", Body=body.encode(),
                                  ContentType="application/json")
    return namedtuple("HandOff", ["deployment"])(body)
