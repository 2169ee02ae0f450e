"""Model serving: Seldon Core 1.17.1, typed model deployments, prediction sampling, batch prediction.

Rules that need only the declaration live in the models (names, servers, ranges, metadata). Rules that
need the AWS side (bucket names, the ECR repository) are `ServingConfig.placement_problems(...)`, which
the serving charts call with the real names, so a bad declaration still fails synth naming the field.
"""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import Field, field_validator, model_validator

from platform_config.base import FrozenModel

# Seldon Core 1.17.1 prepackaged servers and the protocols each one speaks (operator's prepack.go and
# the chart's predictor_servers). "v2" is the Open Inference Protocol served by MLServer (SKLearn, XGBoost,
# MLflow, Hugging Face) or by Triton; MLServer is not an `implementation` of its own in 1.17.1.
SERVER_PROTOCOLS: dict[str, tuple[str, ...]] = {
    "SKLEARN_SERVER": ("v2", "seldon"),
    "XGBOOST_SERVER": ("v2", "seldon"),
    "MLFLOW_SERVER": ("v2", "seldon"),
    "HUGGINGFACE_SERVER": ("v2",),
    "TENSORFLOW_SERVER": ("tensorflow", "seldon"),
    "TRITON_SERVER": ("v2",),
}
Protocol = Literal["v2", "seldon", "tensorflow"]
DnsLabel = Annotated[str, Field(pattern=r"^[a-z]([a-z0-9-]{0,28}[a-z0-9])?$")]
ModelVersion = Annotated[str, Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$")]
CpuQuantity = Annotated[str, Field(pattern=r"^([1-9][0-9]*m|[0-9]+(\.[0-9]+)?)$")]
MemoryQuantity = Annotated[str, Field(pattern=r"^[1-9][0-9]*(Mi|Gi)$")]
_S3_URI = re.compile(r"^s3://(?P<bucket>[a-z0-9][a-z0-9.-]{1,61}[a-z0-9])/(?P<key>.*)$")
_PREFIX = re.compile(r"^([A-Za-z0-9!_.*'()=-]+/)+$")


def split_s3_uri(uri: str) -> tuple[str, str] | None:
    """`s3://bucket/a/b/` -> ("bucket", "a/b/"); None when it is not an S3 URI."""
    match = _S3_URI.match(uri)
    return (match["bucket"], match["key"]) if match else None


class ModelMetadata(FrozenModel):
    """The metadata JSON stored beside each model version in the models bucket; every field is required."""

    name: str = Field(min_length=1, description="Model name; must equal the deployment's name.")
    version: str = Field(min_length=1, description="Model version; must equal the deployment's version.")
    training_run: str = Field(min_length=1, description="Training run that produced it (pipeline run or TFJob/PyTorchJob name).")
    metrics: dict[str, float] = Field(min_length=1, description="Evaluation metrics of this version, e.g. {auc: 0.91}.")
    dataset: str = Field(min_length=1, description="Data set (S3 URI or name@version) it was trained on.")
    owner: str = Field(pattern=r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", description="Accountable owner's e-mail address.")


class CanaryConfig(FrozenModel):
    """A second predictor: a canary takes `traffic` percent of requests, a shadow gets a copy of all of them."""

    mode: Literal["canary", "shadow"] = Field(default="canary", description="canary (split traffic) or shadow (mirror, responses discarded).")
    model_uri: str | None = Field(default=None, description="Model version the canary/shadow serves; unset reuses the main model_uri.")
    image: str | None = Field(default=None, description="Custom image for the canary/shadow; unset reuses the main server or image.")
    traffic: int = Field(default=0, description="Percent of traffic for a canary (1..99); 0 for a shadow.")

    @model_validator(mode="after")
    def _traffic(self) -> "CanaryConfig":
        if self.mode == "canary" and not 1 <= self.traffic <= 99:
            raise ValueError(f"traffic={self.traffic}: a canary takes between 1 and 99 percent of the traffic")
        if self.mode == "shadow" and self.traffic != 0:
            raise ValueError(f"traffic={self.traffic}: a shadow gets a copy of every request; leave traffic at 0")
        return self


class AutoscalingConfig(FrozenModel):
    """CPU-based horizontal autoscaling of the model's pods (autoscaling/v2 through Seldon's hpaSpec)."""

    min_replicas: Annotated[int, Field(ge=1, le=100)] = Field(default=1, description="Fewest pods.")
    max_replicas: Annotated[int, Field(ge=1, le=100)] = Field(default=3, description="Most pods.")
    target_cpu_percent: Annotated[int, Field(ge=10, le=100)] = Field(default=70, description="Average CPU utilization to hold (% of request).")

    @model_validator(mode="after")
    def _range(self) -> "AutoscalingConfig":
        if self.min_replicas > self.max_replicas:
            raise ValueError(f"min_replicas={self.min_replicas} exceeds max_replicas={self.max_replicas}")
        return self


class SlaConfig(FrozenModel):
    """Service level the alert rules and the dashboard row are generated from (both fields required)."""

    p99_latency_ms: Annotated[int, Field(ge=1, le=60000)] = Field(description="99th percentile request latency objective (ms).")
    error_rate: Annotated[float, Field(gt=0, lt=1)] = Field(description="Highest acceptable fraction of failed (5xx) requests, e.g. 0.01.")


class ModelDeployment(FrozenModel):
    """One model behind the gateway at /seldon/<namespace>/<name>/."""

    name: DnsLabel = Field(description="Deployment name (DNS label, at most 30 characters): the route and the S3 partition.")
    version: ModelVersion = Field(description="Model version; the model_uri ends in <name>/<version>/.")
    model_uri: str = Field(description="s3://<models bucket>/<name>/<version>/ holding the artifact and its metadata JSON.")
    server: str | None = Field(default=None, description="Prepackaged server: SKLEARN_SERVER, XGBOOST_SERVER, MLFLOW_SERVER, HUGGINGFACE_SERVER, TENSORFLOW_SERVER or TRITON_SERVER.")
    image: str | None = Field(default=None, description="Custom model image in the platform ECR repository (instead of server), pinned by tag or digest.")
    protocol: Protocol = Field(default="v2", description="Inference protocol: v2 (Open Inference, MLServer/Triton), seldon, or tensorflow.")
    replicas: Annotated[int, Field(ge=0, le=100)] = Field(default=2, description="Pods without autoscaling (0 parks the model).")
    cpu: CpuQuantity = Field(default="500m", description="CPU request of the model container.")
    memory: MemoryQuantity = Field(default="1Gi", description="Memory request and limit of the model container.")
    gpu: Annotated[int, Field(ge=0, le=8)] = Field(default=0, description="NVIDIA GPUs; >0 schedules on the GPU node groups.")
    canary: CanaryConfig | None = Field(default=None, description="Optional canary or shadow predictor.")
    autoscaling: AutoscalingConfig | None = Field(default=None, description="Optional CPU autoscaling (replaces replicas).")
    sampling_rate: float = Field(default=0.0, description="Fraction of predictions (0..1) written to the predictions bucket; 0 writes nothing.")
    sla: SlaConfig | None = Field(
        default=None, description="Latency and error-rate objective; unset uses the platform's platform_services.monitoring.sla."
    )
    metadata: ModelMetadata = Field(description="Model metadata (name, version, training_run, metrics, dataset, owner).")

    @field_validator("server")
    @classmethod
    def _server(cls, value: str | None) -> str | None:
        if value is not None and value not in SERVER_PROTOCOLS:
            raise ValueError(f"{value!r} is not a prepackaged server of Seldon Core 1.17.1 (one of {', '.join(SERVER_PROTOCOLS)})")
        return value

    @field_validator("sampling_rate")
    @classmethod
    def _rate(cls, value: float) -> float:
        if not 0.0 <= value <= 1.0:
            raise ValueError(f"{value} is not a sampling rate: use a fraction between 0 and 1")
        return value

    @model_validator(mode="after")
    def _rules(self) -> "ModelDeployment":
        problems = []
        if (self.server is None) == (self.image is None):
            problems.append(f"set exactly one of server or image (server={self.server!r}, image={self.image!r})")
        if self.server and self.protocol not in SERVER_PROTOCOLS[self.server]:
            problems.append(f"protocol={self.protocol!r} is not served by {self.server} (one of {', '.join(SERVER_PROTOCOLS[self.server])})")
        parts = split_s3_uri(self.model_uri)
        expected = f"{self.name}/{self.version}/"
        if parts is None or parts[1] != expected:
            problems.append(f"model_uri={self.model_uri!r} must be s3://<models bucket>/{expected}")
        if self.autoscaling is not None and self.replicas == 0:
            problems.append("replicas=0 with autoscaling: a parked model cannot autoscale; remove autoscaling or set replicas >= 1")
        if self.metadata.name != self.name:
            problems.append(f"metadata.name={self.metadata.name!r} differs from name={self.name!r}")
        if self.metadata.version != self.version:
            problems.append(f"metadata.version={self.metadata.version!r} differs from version={self.version!r}")
        if self.canary and self.canary.model_uri is not None:
            canary_parts = split_s3_uri(self.canary.model_uri)
            if canary_parts is None or not re.fullmatch(rf"{re.escape(self.name)}/[A-Za-z0-9][A-Za-z0-9._-]*/", canary_parts[1]):
                problems.append(f"canary.model_uri={self.canary.model_uri!r} must be s3://<models bucket>/{self.name}/<version>/")
        if self.canary and self.canary.image and self.image is None:
            problems.append("canary.image needs a custom-image model (image set); a prepackaged server canary changes model_uri")
        if problems:
            raise ValueError("\n".join(problems))
        return self

    @property
    def min_pods(self) -> int:
        return self.autoscaling.min_replicas if self.autoscaling else self.replicas


class BatchPredictionJob(FrozenModel):
    """A Job scoring every line of an S3 input prefix with a declared model, writing to the predictions bucket."""

    name: DnsLabel = Field(description="Job name (DNS label).")
    model: str = Field(description="Name of a model declared in serving.models.")
    input_uri: str = Field(description="s3://<collected-data or offline-features bucket>/<prefix>/ holding the input files.")
    output_prefix: str = Field(description="Key prefix in the predictions bucket the results go to, e.g. batch/churn/2026-11/.")
    parallelism: Annotated[int, Field(ge=1, le=200)] = Field(default=10, description="Parallel request workers of the batch processor.")
    retries: Annotated[int, Field(ge=0, le=10)] = Field(default=2, description="Pod retries before the Job fails (backoffLimit).")
    deadline_seconds: Annotated[int, Field(ge=60, le=7 * 86400)] = Field(default=3600, description="Wall-clock limit of the Job (activeDeadlineSeconds).")
    batch_size: Annotated[int, Field(ge=1, le=1000)] = Field(default=1, description="Input lines per request.")
    payload_type: Literal["ndarray", "tensor", "tftensor"] = Field(default="ndarray", description="Payload type of each input line.")
    gpu: Annotated[int, Field(ge=0, le=8)] = Field(default=0, description="GPUs for the job pod (for in-pod pre/post-processing).")

    @field_validator("input_uri")
    @classmethod
    def _input(cls, value: str) -> str:
        parts = split_s3_uri(value)
        if parts is None or not _PREFIX.match(parts[1]):
            raise ValueError(f"{value!r} must be an S3 prefix like s3://<bucket>/<prefix>/ (ending in '/')")
        return value

    @field_validator("output_prefix")
    @classmethod
    def _output(cls, value: str) -> str:
        if not _PREFIX.match(value) or value.startswith("predictions/"):
            raise ValueError(f"{value!r} must be a key prefix ending in '/' outside predictions/ (kept for sampling), e.g. batch/churn/")
        return value


class PredictionLoggerConfig(FrozenModel):
    """The Fluent Bit logger that receives sampled predictions and writes them to S3."""

    replicas: Annotated[int, Field(ge=1, le=10)] = Field(default=2, description="Logger pods.")
    upload_timeout_minutes: Annotated[int, Field(ge=1, le=60)] = Field(default=10, description="Longest a buffered file waits before upload.")
    total_file_size_mb: Annotated[int, Field(ge=1, le=500)] = Field(default=50, description="Object size that triggers an upload (MB).")


class ServingConfig(FrozenModel):
    """Seldon Core operator and the models, sampling and batch jobs declared for this environment."""

    enabled: bool = Field(default=True, description="Deploy Seldon Core and the serving charts.")
    operator_namespace: DnsLabel = Field(default="seldon-system", description="Namespace of the Seldon Core operator.")
    operator_replicas: Annotated[int, Field(ge=1, le=3)] = Field(default=1, description="Operator pods (leader election picks one).")
    ambassador_id: str | None = Field(default=None, description="Emissary ambassador_id the model Mappings carry; unset for the default gateway.")
    request_timeout_ms: Annotated[int, Field(ge=100, le=600000)] = Field(default=3000, description="Gateway timeout per prediction request (ms).")
    logger: PredictionLoggerConfig = Field(default_factory=PredictionLoggerConfig, description="Prediction sampling logger.")
    models: tuple[ModelDeployment, ...] = Field(default=(), description="Model deployments.")
    batch_jobs: tuple[BatchPredictionJob, ...] = Field(default=(), description="Batch prediction jobs.")

    @model_validator(mode="after")
    def _references(self) -> "ServingConfig":
        problems = []
        names = [m.name for m in self.models]
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            problems.append(f"models names must be unique, repeated: {dupes}")
        jobs = [j.name for j in self.batch_jobs]
        dupes = sorted({n for n in jobs if jobs.count(n) > 1})
        if dupes:
            problems.append(f"batch_jobs names must be unique, repeated: {dupes}")
        for index, job in enumerate(self.batch_jobs):
            if job.model not in names:
                problems.append(f"batch_jobs[{index}].model={job.model!r} is not a declared model (declared: {names})")
            elif self.model(job.model).protocol != "seldon":
                # seldon-batch-processor 1.17.1 posts to /api/v1.0/predictions only (python/seldon_core/batch_processor.py).
                problems.append(
                    f"batch_jobs[{index}].model={job.model!r} uses protocol={self.model(job.model).protocol!r}; "
                    "the Seldon batch processor speaks only the 'seldon' protocol"
                )
            elif self.model(job.model).replicas == 0:
                problems.append(f"batch_jobs[{index}].model={job.model!r} has replicas=0: nothing would answer the batch requests")
        if self.models and not self.enabled:
            problems.append(f"enabled=false but {len(self.models)} model(s) are declared: enable serving or remove them")
        if problems:
            raise ValueError("\n".join(problems))
        return self

    def model(self, name: str) -> ModelDeployment:
        return next(m for m in self.models if m.name == name)

    def read_prefixes(self, *, input_buckets: dict[str, str]) -> dict[str, tuple[str, ...]]:
        """Key prefixes the serving identity reads, by store: `<model name>/` of every declared model in
        `models` (its versions and their metadata JSON), and each batch job's input prefix in the store
        (`collected_data` or `offline_features`, keys of `input_buckets`) its bucket names."""
        reads: dict[str, set[str]] = {"models": {f"{m.name}/" for m in self.models}}
        by_bucket = {bucket: store for store, bucket in input_buckets.items()}
        for job in self.batch_jobs:
            parts = split_s3_uri(job.input_uri)
            if parts is not None and parts[0] in by_bucket:  # anything else is a placement problem
                reads.setdefault(by_bucket[parts[0]], set()).add(parts[1])
        return {store: tuple(sorted(prefixes)) for store, prefixes in reads.items() if prefixes}

    def placement_problems(self, *, models_bucket: str, input_buckets: dict[str, str], ecr_repository_uri: str) -> list[str]:
        """Problems only the AWS names reveal: artifacts outside the models bucket, images outside the platform
        ECR repository, batch input outside the collected-data/offline-features buckets. One line each,
        naming the field path and the bad value."""
        problems = []
        for index, model in enumerate(self.models):
            uris = [("model_uri", model.model_uri)] + ([("canary.model_uri", model.canary.model_uri)] if model.canary and model.canary.model_uri else [])
            for field, uri in uris:
                parts = split_s3_uri(uri)
                if parts is None or parts[0] != models_bucket:
                    problems.append(f"serving.models[{index}].{field}: {uri!r} is not in the models bucket {models_bucket!r}")
            images = [("image", model.image)] + ([("canary.image", model.canary.image)] if model.canary and model.canary.image else [])
            for field, image in images:
                if image is not None and not re.fullmatch(rf"{re.escape(ecr_repository_uri)}(:[A-Za-z0-9_][A-Za-z0-9_.-]{{0,127}}|@sha256:[a-f0-9]{{64}})", image):
                    problems.append(
                        f"serving.models[{index}].{field}: {image!r} is not a pinned image of the platform ECR repository {ecr_repository_uri!r}"
                    )
        allowed = sorted(input_buckets.values())
        for index, job in enumerate(self.batch_jobs):
            parts = split_s3_uri(job.input_uri)
            if parts is None or parts[0] not in allowed:
                problems.append(f"serving.batch_jobs[{index}].input_uri: {job.input_uri!r} is outside the allowed input buckets {allowed}")
        return problems
