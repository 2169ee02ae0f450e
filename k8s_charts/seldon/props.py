"""Inputs of the serving charts (plain values, no CDK objects) and the pinned upstream images.

The serving identity comes from the cluster issue (`stage.cluster.identities["serving"]`): one IAM role
that reads the models bucket and writes the predictions bucket, associated with ONE service account in
the serving namespace. Under EKS Pod Identity the association (namespace, service account) -> role is
made in CDK, so every pod that needs the role (model pods, the prediction logger, batch jobs) runs as
exactly `service_account` in `namespace`; under kube2iam the pods carry the role ARN as an annotation.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from k8s_charts.base import INSTANCE_METADATA, POD_IDENTITY_AGENT, pinned_image
from platform_config.serving import ModelDeployment, ServingConfig, SlaConfig

if TYPE_CHECKING:
    from k8s_charts.props import ClusterServicesProps

IdentityMode = Literal["pod-identity", "kube2iam"]
# The component name of the serving identity in `stage.cluster.identities` / `ClusterServicesProps.identities`.
SERVING_IDENTITY = "serving"
# Keys of the bucket names in `ClusterServicesProps.buckets`.
BUCKET_KEYS = ("models", "predictions", "collected_data", "offline_features")

SELDON_VERSION = "1.17.1"
# https://github.com/SeldonIO/seldon-core/blob/v1.17.1/helm-charts/seldon-core-operator/values.yaml
OPERATOR_IMAGE = pinned_image("docker.io/seldonio/seldon-core-operator", SELDON_VERSION)
EXECUTOR_IMAGE = pinned_image("docker.io/seldonio/seldon-core-executor", SELDON_VERSION)
STORAGE_INITIALIZER_IMAGE = pinned_image("docker.io/seldonio/rclone-storage-initializer", SELDON_VERSION)
EXPLAINER_IMAGE = pinned_image("docker.io/seldonio/alibiexplainer", SELDON_VERSION)
EXPLAINER_V2_IMAGE = pinned_image("docker.io/seldonio/mlserver", "1.3.5-alibi-explain")
# seldon-batch-processor ships in the Python wrapper image (python/setup.py console script).
BATCH_PROCESSOR_IMAGE = pinned_image("docker.io/seldonio/seldon-core-s2i-python3", SELDON_VERSION)
# AWS CLI v2 reads EKS Pod Identity credentials (AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE); the rclone 1.59.1 in
# Seldon's storage initializer predates that, so the platform copies models and batch data with the CLI.
AWS_CLI_IMAGE = pinned_image("docker.io/amazon/aws-cli", "2.32.8")
# Fluent Bit 4.x reads EKS Pod Identity credentials (fluent/fluent-bit#10115); 4.2 is the stable line.
# Docker Hub's fluent/fluent-bit (the project publishes the same tags there and on cr.fluentbit.io): ECR
# pull-through cache serves Docker Hub, not cr.fluentbit.io, so the private option mirrors it like the rest.
FLUENT_BIT_IMAGE = pinned_image("docker.io/fluent/fluent-bit", "4.2.0")

# predictor_servers of the operator config: implementation -> protocol -> image and default tag.
PREDICTOR_SERVERS: dict[str, dict[str, dict[str, str]]] = {
    "SKLEARN_SERVER": {
        "seldon": {"image": "docker.io/seldonio/sklearnserver", "defaultImageVersion": SELDON_VERSION},
        "v2": {"image": "docker.io/seldonio/mlserver", "defaultImageVersion": "1.3.5-sklearn"},
    },
    "XGBOOST_SERVER": {
        "seldon": {"image": "docker.io/seldonio/xgboostserver", "defaultImageVersion": SELDON_VERSION},
        "v2": {"image": "docker.io/seldonio/mlserver", "defaultImageVersion": "1.3.5-xgboost"},
    },
    "MLFLOW_SERVER": {
        "seldon": {"image": "docker.io/seldonio/mlflowserver", "defaultImageVersion": SELDON_VERSION},
        "v2": {"image": "docker.io/seldonio/mlserver", "defaultImageVersion": "1.3.5-mlflow"},
    },
    "HUGGINGFACE_SERVER": {
        "v2": {"image": "docker.io/seldonio/mlserver", "defaultImageVersion": "1.3.5-huggingface"},
    },
    "TENSORFLOW_SERVER": {
        "seldon": {"image": "docker.io/seldonio/tfserving-proxy", "defaultImageVersion": SELDON_VERSION},
        "tensorflow": {"image": "docker.io/tensorflow/serving", "defaultImageVersion": "2.1.0"},
    },
    "TRITON_SERVER": {
        "v2": {"image": "nvcr.io/nvidia/tritonserver", "defaultImageVersion": "21.08-py3"},
    },
}

# Ports of the Seldon pods (operator constants and executor defaults in 1.17.1).
EXECUTOR_HTTP_PORT = 8000
EXECUTOR_GRPC_PORT = 5001
MODEL_METRICS_PORT = 6000
MLSERVER_METRICS_PORT = 8082
OPERATOR_WEBHOOK_PORT = 4443
OPERATOR_METRICS_PORT = 8080
LOGGER_PORT = 9880
LOGGER_METRICS_PORT = 2020
# Label the operator puts on every pod of a SeldonDeployment (operator/apis/.../seldondeployment_types.go).
SELDON_ID_LABEL = "seldon-deployment-id"
# What the cluster stack puts on GPU managed node groups (platform_constructs/gpu_node_group.py): the label
# `ml-platform/accelerator: nvidia` and the taint `nvidia.com/gpu=true:NoSchedule`.
from platform_config.gpu_nodes import ACCELERATOR_LABEL as GPU_NODE_LABEL  # noqa: E402
from platform_config.gpu_nodes import ACCELERATOR_VALUE as GPU_NODE_LABEL_VALUE  # noqa: E402
from platform_config.gpu_nodes import GPU_TAINT_KEY  # noqa: E402,F401
# Where the sampled predictions land inside the predictions bucket.
PREDICTIONS_PREFIX = "predictions/"


def is_placeholder(value: str) -> bool:
    """A CDK token (`${Token[...]}`) or a dist placeholder (`${Data.X}`): not a name synth can compare."""
    return "${" in value


@dataclass(frozen=True, kw_only=True)
class ServingBuckets:
    """Names of the S3 buckets the serving layer touches (data stores issue)."""

    models: str
    predictions: str
    collected_data: str
    offline_features: str

    def batch_inputs(self) -> dict[str, str]:
        return {"collected_data": self.collected_data, "offline_features": self.offline_features}


@dataclass(frozen=True, kw_only=True)
class ServingProps:
    """Everything the serving charts need: config section, cluster facts, AWS names, the serving identity."""

    serving: ServingConfig
    kubernetes_version: str
    region: str
    vpc_cidr: str
    buckets: ServingBuckets
    ecr_repository_uri: str
    identity_mode: IdentityMode
    role_arn: str
    # Namespace and service account of the serving identity (the cluster stack's Pod Identity association).
    namespace: str = "serving"
    service_account: str = "model-serving"
    gateway_namespace: str = "emissary"
    gateway_pod_labels: dict[str, str] = field(default_factory=lambda: {"app.kubernetes.io/name": "emissary-ingress"})
    monitoring_namespace: str = "monitoring"
    # Label the Grafana dashboard sidecar watches (kube-prometheus-stack default).
    grafana_dashboard_label: tuple[str, str] = ("grafana_dashboard", "1")
    # How long an SLA breach lasts before it alerts, and the SLA of models that declare none
    # (the platform's platform_services.monitoring.sla).
    alert_for_minutes: int = 5
    default_sla: SlaConfig = field(default_factory=lambda: SlaConfig(p99_latency_ms=500, error_rate=0.01))

    def __post_init__(self) -> None:
        # The config already checked the declarations against the fixed names; this repeats the check against
        # the names the charts actually use (they differ only when a caller passes other names).
        problems = self.serving.placement_problems(
            models_bucket=self.buckets.models, input_buckets=self.buckets.batch_inputs(),
            ecr_repository_uri=self.ecr_repository_uri,
        ) if not any(is_placeholder(v) for v in (self.buckets.models, self.buckets.collected_data,
                                                 self.buckets.offline_features, self.ecr_repository_uri)) else []
        if self.identity_mode not in ("pod-identity", "kube2iam"):
            problems.append(f"identity_mode={self.identity_mode!r} is not 'pod-identity' or 'kube2iam'")
        if problems:
            raise ValueError("\n".join(problems))

    @classmethod
    def from_cluster(cls, cluster: "ClusterServicesProps") -> "ServingProps":
        """From the platform's chart inputs: `sections["serving"]` is the config section; the serving identity
        comes from the cluster stack; bucket names from `buckets` where they are concrete, else from
        `sections["serving_names"]` (the data stack's fixed names, `PlatformConfig.serving_names()`)."""
        identity = cluster.identities[SERVING_IDENTITY]
        names = cluster.sections.get("serving_names", {})
        buckets = {}
        for key in BUCKET_KEYS:
            value = cluster.buckets.get(key)
            buckets[key] = value if value and not is_placeholder(value) else names.get(key)
        missing = [k for k, v in buckets.items() if not v]
        if missing:
            raise KeyError(f"serving charts need bucket names {missing} (ClusterServicesProps.buckets or sections['serving_names'])")
        return cls(
            serving=cluster.sections["serving"],
            kubernetes_version=cluster.kubernetes_version,
            region=cluster.region,
            vpc_cidr=cluster.vpc_cidr,
            buckets=ServingBuckets(**buckets),
            ecr_repository_uri=names.get("model_images_repository")
            or f"{cluster.account}.dkr.ecr.{cluster.region}.amazonaws.com/{cluster.cluster_name}/models",
            identity_mode=cluster.identity_mode,
            role_arn=identity.role_arn,
            namespace=identity.namespace,
            service_account=identity.service_account,
            alert_for_minutes=cluster.platform_services.monitoring.sla.for_minutes,
            default_sla=SlaConfig(p99_latency_ms=cluster.platform_services.monitoring.sla.p99_latency_ms,
                                  error_rate=cluster.platform_services.monitoring.sla.error_rate_percent / 100),
        )

    def sla_for(self, model: ModelDeployment) -> SlaConfig:
        return model.sla or self.default_sla

    def identity_pod_annotations(self) -> dict[str, str]:
        """kube2iam reads the role from the pod; Pod Identity needs nothing on the pod."""
        return {"iam.amazonaws.com/role": self.role_arn} if self.identity_mode == "kube2iam" else {}

    def credentials_egress(self) -> dict[str, Any]:
        """Egress to where the SDK gets credentials: the Pod Identity agent, or IMDS intercepted by kube2iam."""
        target = POD_IDENTITY_AGENT if self.identity_mode == "pod-identity" else INSTANCE_METADATA
        return {"to": [{"ipBlock": {"cidr": target["cidr"]}}], "ports": [{"protocol": "TCP", "port": target["port"]}]}

    @staticmethod
    def https_egress() -> dict[str, Any]:
        """S3 over HTTPS. S3 addresses are AWS public ranges a NetworkPolicy cannot name; the IAM policy of the
        serving role and the bucket policies are what limit where the data goes."""
        return {"to": [{"ipBlock": {"cidr": "0.0.0.0/0"}}], "ports": [{"protocol": "TCP", "port": 443}]}
