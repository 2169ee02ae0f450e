"""Example Kubeflow pipeline (KFP SDK): train, publish the model and its metadata JSON, hand off to serving.

    python -m examples.pipelines.train_and_serve --models-bucket mlplatform-dev-111111111111-models \
        --owner ana@example.com            # writes train_and_serve.yaml; upload it or submit it with kfp.Client

Steps:
  train     fits a scikit-learn classifier on a CSV from S3; the model is a pipeline artifact (under the
            profile's pipeline root), its evaluation metrics an output (and a Metrics artifact for the UI);
  publish   copies it to s3://<models>/<name>/<version>/model.joblib with metadata.json beside it;
  hand-off  returns the `serving.models[]` declaration (ModelDeployment) and stores it as deployment.json.
"""

import sys
from typing import NamedTuple

from kfp import dsl, kubernetes
from kfp.dsl import Metrics, Model, Output

from examples.pipelines.cli import main as compile_main
from examples.pipelines.components import BOTO3, PYTHON_IMAGE, hand_off, publish_model

# Training libraries match the serving runtime: Seldon Core 1.17.1's SKLEARN_SERVER (v2) is
# docker.io/seldonio/mlserver:1.3.5-sklearn, built 2023-07 on Python 3.8 with scikit-learn 1.3 and numpy 1.24
# (SeldonIO/MLServer 1.3.5, Dockerfile and runtimes/sklearn/setup.py); a pickle from a newer scikit-learn or
# from numpy 2 does not load there.
TRAIN_PACKAGES = ["scikit-learn==1.3.0", "numpy==1.24.4", "pandas==2.0.3", "joblib==1.3.1", BOTO3]
# The profile's PodDefault that sets AWS_REGION and the team's S3 prefixes on pods carrying this label.
TEAM_DATA_LABEL = ("team-data", "true")


@dsl.component(base_image=PYTHON_IMAGE, packages_to_install=TRAIN_PACKAGES)
def train(dataset_uri: str, target_column: str, model: Output[Model],
          metrics: Output[Metrics]) -> NamedTuple("Trained", metrics_json=str):
    """Fit a gradient-boosting classifier on the CSV; save it to `model`; output its metrics as JSON."""
    import io
    import json
    from collections import namedtuple

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
    classifier = GradientBoostingClassifier(random_state=42).fit(x_train, y_train)
    scores = {
        "accuracy": float(accuracy_score(y_test, classifier.predict(x_test))),
        "auc": float(roc_auc_score(y_test, classifier.predict_proba(x_test)[:, 1])),
    }
    joblib.dump(classifier, model.path)
    model.metadata["framework"] = "scikit-learn"
    for name, value in scores.items():
        metrics.log_metric(name, value)
    return namedtuple("Trained", ["metrics_json"])(json.dumps(scores, sort_keys=True))


@dsl.pipeline(name="train-and-serve", description="Train a scikit-learn model, publish it with its metadata JSON, hand off to serving")
def train_and_serve(model_version: str, models_bucket: str, owner: str, model_name: str = "churn",
                    dataset_uri: str = "s3://mlplatform-dev-111111111111-offline-features/churn/train.csv",
                    target_column: str = "churned") -> NamedTuple("Outputs", deployment=str):
    trained = train(dataset_uri=dataset_uri, target_column=target_column).set_display_name("train")
    trained.set_cpu_request("1").set_memory_request("2Gi").set_cpu_limit("2").set_memory_limit("4Gi")

    published = publish_model(model=trained.outputs["model"], models_bucket=models_bucket, name=model_name,
                              version=model_version, training_run=dsl.PIPELINE_JOB_NAME_PLACEHOLDER,
                              metrics_json=trained.outputs["metrics_json"], dataset=dataset_uri, owner=owner,
                              model_file="model.joblib").set_display_name("publish")
    handed = hand_off(model_uri=published.outputs["model_uri"], metadata_json=published.outputs["metadata_json"],
                      server="SKLEARN_SERVER", protocol="v2").set_display_name("hand-off")
    for task in (published, handed):
        # They write outside the pipeline root; a cached run would skip the write.
        task.set_caching_options(False)
        task.set_cpu_request("100m").set_memory_request("256Mi").set_memory_limit("512Mi")
    for task in (trained, published, handed):
        kubernetes.add_pod_label(task, *TEAM_DATA_LABEL)
    return NamedTuple("Outputs", deployment=str)(deployment=handed.outputs["deployment"])


def main(argv: list[str] | None = None) -> int:
    return compile_main(train_and_serve, name="train_and_serve", argv=argv,
                        options={"models-bucket": "models_bucket", "owner": "owner", "model-name": "model_name",
                                 "dataset-uri": "dataset_uri"})


if __name__ == "__main__":
    sys.exit(main())
