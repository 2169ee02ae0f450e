"""Batch prediction Jobs: copy an S3 input prefix in, score it with Seldon's batch processor against the
declared model's predictor Service, copy the results to the predictions bucket.

The three steps are containers of one pod sharing an emptyDir: download (init), score (init, so it finishes
before the upload starts), upload (main). The batch processor's `--workers` is the job's parallelism (it is
one process with a worker pool); `retries` is the Job's backoffLimit and every request is also retried by
the processor. The processor talks to the model's `main` predictor directly (`--gateway-type seldon`): it
stays inside the cluster and is not subject to the gateway's user authentication.
https://github.com/SeldonIO/seldon-core/blob/v1.17.1/python/seldon_core/batch_processor.py

Built with the base helpers, not cdk8s-plus: a GPU job requests `nvidia.com/gpu`, which cdk8s-plus-35's
container resources cannot express (CPU, memory and ephemeral storage only), and its serializer drops an
extended resource added through the escape hatch (tests/k8s_charts/test_plus.py shows it).
"""

from __future__ import annotations

from typing import Any

from constructs import Construct

from k8s_charts.base import IMAGE_DIGEST_SKIP, PlatformChart, checkov_skips, container_security_context, pod_security_context
from k8s_charts.seldon.model_deployments_chart import gpu_scheduling, predictor_service
from k8s_charts.seldon.props import AWS_CLI_IMAGE, BATCH_PROCESSOR_IMAGE, EXECUTOR_HTTP_PORT, SELDON_ID_LABEL, SELDON_VERSION, ServingProps
from platform_config.serving import BatchPredictionJob

WORK = "/work"
INPUT_FILE = f"{WORK}/input-data.txt"
OUTPUT_FILE = f"{WORK}/output-data.txt"


def output_uri(props: ServingProps, job: BatchPredictionJob) -> str:
    """The one object a job writes."""
    return f"s3://{props.buckets.predictions}/{job.output_prefix}{job.name}-output.jsonl"


class BatchPredictionChart(PlatformChart):
    """One Job per `serving.batch_jobs[]`, as the serving identity, in the serving namespace."""

    def __init__(self, scope: Construct, construct_id: str, *, props: ServingProps) -> None:
        super().__init__(scope, construct_id, component="batch-prediction", version=SELDON_VERSION,
                         kubernetes_version=props.kubernetes_version, identity_mode=props.identity_mode)
        self.props = props
        self.jobs = {job.name: self._job(job) for job in props.serving.batch_jobs}
        if props.serving.batch_jobs:
            self.network_policy(
                "allow-batch-egress", namespace=props.namespace,
                pod_selector={"matchExpressions": [{"key": "ml-platform/batch-job", "operator": "Exists"}]},
                policy_types=["Egress"],
                egress=[
                    props.credentials_egress(), props.https_egress(),
                    {"to": [{"podSelector": {"matchExpressions": [{"key": SELDON_ID_LABEL, "operator": "Exists"}]}}],
                     "ports": [{"protocol": "TCP", "port": EXECUTOR_HTTP_PORT}]},
                ],
            )

    def _aws_cli(self, name: str, script: str) -> dict[str, Any]:
        return {
            "name": name,
            "image": AWS_CLI_IMAGE,
            "imagePullPolicy": "Always",
            "command": ["/bin/sh", "-ec", script],
            "env": [{"name": "HOME", "value": WORK}, {"name": "AWS_REGION", "value": self.props.region}],
            "resources": {"requests": {"cpu": "100m", "memory": "256Mi"}, "limits": {"cpu": "1", "memory": "1Gi"}},
            "securityContext": container_security_context(),
            "volumeMounts": [{"name": "work", "mountPath": WORK}, {"name": "tmp", "mountPath": "/tmp"}],
        }

    def _job(self, job: BatchPredictionJob):
        props = self.props
        ns = props.namespace
        download = self._aws_cli(
            "download",
            f"aws s3 cp --recursive --only-show-errors {job.input_uri} {WORK}/input/\n"
            f"find {WORK}/input -type f | sort | xargs cat > {INPUT_FILE}\n",
        )
        upload = self._aws_cli("upload", f"aws s3 cp --only-show-errors {OUTPUT_FILE} {output_uri(props, job)}\n")
        score_resources: dict[str, Any] = {"requests": {"cpu": "500m", "memory": "1Gi"}, "limits": {"cpu": "2", "memory": "1Gi"}}
        if job.gpu:
            score_resources["requests"]["nvidia.com/gpu"] = job.gpu
            score_resources["limits"]["nvidia.com/gpu"] = job.gpu
        score = {
            "name": "score",
            "image": BATCH_PROCESSOR_IMAGE,
            "imagePullPolicy": "Always",
            "command": ["seldon-batch-processor"],
            "args": [
                "--deployment-name", job.model,
                "--namespace", ns,
                "--gateway-type", "seldon",
                "--host", f"{predictor_service(job.model)}.{ns}.svc.cluster.local:{EXECUTOR_HTTP_PORT}",
                "--transport", "rest",
                "--data-type", "data",
                "--payload-type", job.payload_type,
                "--workers", str(job.parallelism),
                "--retries", str(job.retries + 1),
                "--batch-size", str(job.batch_size),
                "--input-data-path", INPUT_FILE,
                "--output-data-path", OUTPUT_FILE,
                "--batch-id", job.name,
                "--benchmark",
            ],
            "env": [{"name": "HOME", "value": WORK}],
            "resources": score_resources,
            "securityContext": container_security_context(),
            "volumeMounts": [{"name": "work", "mountPath": WORK}, {"name": "tmp", "mountPath": "/tmp"}],
        }
        labels = {"ml-platform/batch-job": job.name, "ml-platform/model": job.model}
        pod_annotations = props.identity_pod_annotations()
        return self.api(
            f"Job-{job.name}", api_version="batch/v1", kind="Job", name=job.name, namespace=ns, labels=labels,
            annotations={"ml-platform/input": job.input_uri, "ml-platform/output": output_uri(props, job),
                         **checkov_skips(IMAGE_DIGEST_SKIP)},
            spec={
                "parallelism": 1,
                "completions": 1,
                "backoffLimit": job.retries,
                "activeDeadlineSeconds": job.deadline_seconds,
                "ttlSecondsAfterFinished": 7 * 86400,
                "template": {
                    "metadata": {"labels": labels, **({"annotations": pod_annotations} if pod_annotations else {})},
                    "spec": {
                        "restartPolicy": "Never",
                        "serviceAccountName": props.service_account,
                        "automountServiceAccountToken": False,
                        "securityContext": pod_security_context(),
                        "initContainers": [download, score],
                        "containers": [upload],
                        "volumes": [{"name": "work", "emptyDir": {"sizeLimit": "20Gi"}},
                                    {"name": "tmp", "emptyDir": {"sizeLimit": "1Gi"}}],
                        **gpu_scheduling(job.gpu),
                    },
                },
            },
        )
