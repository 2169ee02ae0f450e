"""Batch prediction Jobs: copy an S3 input prefix in, score it with Seldon's batch processor against the
declared model's predictor Service, copy the results to the predictions bucket.

The three steps are containers of one pod sharing an emptyDir: download (init), score (init, so it finishes
before the upload starts), upload (main). The batch processor's `--workers` is the job's parallelism (it is
one process with a worker pool); `retries` is the Job's backoffLimit and every request is also retried by
the processor. The processor talks to the model's `main` predictor directly (`--gateway-type seldon`): it
stays inside the cluster and is not subject to the gateway's user authentication.
https://github.com/SeldonIO/seldon-core/blob/v1.17.1/python/seldon_core/batch_processor.py

Built with cdk8s-plus; the GPU request goes through its escape hatch (`k8s_charts.plus.extended_resources`).
"""

from __future__ import annotations

import cdk8s
import cdk8s_plus_35 as kplus
from constructs import Construct

from k8s_charts.base import IMAGE_DIGEST_SKIP, PlatformChart, checkov_skips, object_metadata
from k8s_charts.plus import (
    credentials_rule, extended_resources, https_anywhere_rule, network_policy, plus_resources, pods, restricted_container,
    restricted_pod, restricted_pod_seccomp,
)
from k8s_charts.seldon.props import (
    AWS_CLI_IMAGE, BATCH_PROCESSOR_IMAGE, EXECUTOR_HTTP_PORT, GPU_NODE_LABEL, GPU_NODE_LABEL_VALUE, GPU_TAINT_KEY,
    SELDON_ID_LABEL, SELDON_VERSION, ServingProps,
)
from k8s_charts.seldon.model_deployments_chart import predictor_service
from platform_config.serving import BatchPredictionJob

WORK = "/work"
INPUT_FILE = f"{WORK}/input-data.txt"
OUTPUT_FILE = f"{WORK}/output-data.txt"


def output_uri(props: ServingProps, job: BatchPredictionJob) -> str:
    """The one object a job writes."""
    return f"s3://{props.buckets.predictions}/{job.output_prefix}{job.name}-output.jsonl"


BATCH_JOB_LABEL = "ml-platform/batch-job"


class BatchPredictionChart(PlatformChart):
    """One Job per `serving.batch_jobs[]`, as the serving identity, in the serving namespace."""

    def __init__(self, scope: Construct, construct_id: str, *, props: ServingProps) -> None:
        super().__init__(scope, construct_id, component="batch-prediction", version=SELDON_VERSION,
                         kubernetes_version=props.kubernetes_version, identity_mode=props.identity_mode)
        self.props = props
        self.account = kplus.ServiceAccount.from_service_account_name(self, "ServingAccount", props.service_account)
        self.jobs = {job.name: self._job(job) for job in props.serving.batch_jobs}
        if props.serving.batch_jobs:
            network_policy(
                self, "AllowBatchEgress", name="allow-batch-egress", namespace=props.namespace,
                selector=pods(self, "BatchJobPods", exists=[BATCH_JOB_LABEL]),
                egress=[credentials_rule(self, identity_mode=props.identity_mode), https_anywhere_rule(self),
                        kplus.NetworkPolicyRule(peer=pods(self, "Predictors", exists=[SELDON_ID_LABEL]),
                                                ports=[kplus.NetworkPolicyPort.tcp(EXECUTOR_HTTP_PORT)])],
            )

    def _aws_cli(self, name: str, script: str) -> kplus.ContainerProps:
        return kplus.ContainerProps(
            name=name, image=AWS_CLI_IMAGE, image_pull_policy=kplus.ImagePullPolicy.ALWAYS,
            command=["/bin/sh", "-ec", script],
            env_variables={"HOME": kplus.EnvValue.from_value(WORK), "AWS_REGION": kplus.EnvValue.from_value(self.props.region)},
            resources=plus_resources("100m", "256Mi", cpu_limit="1", memory_limit="1Gi"), security_context=restricted_container(),
        )

    def _job(self, job: BatchPredictionJob) -> kplus.Job:
        props = self.props
        ns = props.namespace
        download = self._aws_cli(
            "download",
            f"aws s3 cp --recursive --only-show-errors {job.input_uri} {WORK}/input/\n"
            f"find {WORK}/input -type f | sort | xargs cat > {INPUT_FILE}\n",
        )
        upload = self._aws_cli("upload", f"aws s3 cp --only-show-errors {OUTPUT_FILE} {output_uri(props, job)}\n")
        score = kplus.ContainerProps(
            name="score", image=BATCH_PROCESSOR_IMAGE, image_pull_policy=kplus.ImagePullPolicy.ALWAYS,
            command=["seldon-batch-processor"],
            args=[
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
            env_variables={"HOME": kplus.EnvValue.from_value(WORK)},
            resources=plus_resources("500m", "1Gi", cpu_limit="2"), security_context=restricted_container(),
        )
        labels = {BATCH_JOB_LABEL: job.name, "ml-platform/model": job.model}
        pod_annotations = props.identity_pod_annotations()
        workload = kplus.Job(
            self, f"Job-{job.name}",
            metadata=object_metadata(job.name, namespace=ns, labels=labels, annotations={
                "ml-platform/input": job.input_uri, "ml-platform/output": output_uri(props, job),
                **checkov_skips(IMAGE_DIGEST_SKIP)}),
            # A Job's selector is the API server's (its controller-uid label); no cdk8s+ address label.
            select=False,
            pod_metadata=cdk8s.ApiObjectMetadata(labels=labels, annotations=pod_annotations or None),
            backoff_limit=job.retries,
            active_deadline=cdk8s.Duration.seconds(job.deadline_seconds),
            ttl_after_finished=cdk8s.Duration.days(7),
            restart_policy=kplus.RestartPolicy.NEVER,
            service_account=self.account,
            automount_service_account_token=False,
            security_context=restricted_pod(),
            # download, then score (init containers run in order), then upload: three steps, one emptyDir.
            init_containers=[download, score],
            containers=[upload],
        )
        work = kplus.Volume.from_empty_dir(self, f"WorkVolume-{job.name}", "work", size_limit=cdk8s.Size.gibibytes(20))
        tmp = kplus.Volume.from_empty_dir(self, f"TmpVolume-{job.name}", "tmp", size_limit=cdk8s.Size.gibibytes(1))
        for step in (*workload.init_containers, *workload.containers):
            step.mount(WORK, work)
            step.mount("/tmp", tmp)
        restricted_pod_seccomp(workload)
        if job.gpu:
            extended_resources(workload, init=True, container=1, amounts={"nvidia.com/gpu": job.gpu})
            workload.scheduling.tolerate(kplus.Node.tainted(kplus.NodeTaintQuery.exists(GPU_TAINT_KEY, effect=kplus.TaintEffect.NO_SCHEDULE)))
            workload.scheduling.attract(kplus.Node.labeled(kplus.NodeLabelQuery.in_(GPU_NODE_LABEL, [GPU_NODE_LABEL_VALUE])))
        return workload
