"""Prediction sampling: Fluent Bit receives the executors' request/response CloudEvents over HTTP, keeps a
per-model sample, and writes it to s3://<predictions bucket>/predictions/model=<name>/dt=<YYYY-MM-DD>/.

The Seldon executor logs every payload of a model whose graph has a `logger`; sampling happens here, in a
Lua filter keyed by the Fluent Bit tag (the URL path, i.e. the model name). Each model has its own S3
output with the model name written into the key, so a tag can only ever land under its own prefix; an
unknown tag matches no output and is dropped. Models with `sampling_rate: 0` get no logger URL and no
output, and without any sampling model this chart is not synthesized at all.
Fluent Bit YAML config: https://docs.fluentbit.io/manual/administration/configuring-fluent-bit/yaml
"""

from __future__ import annotations

import cdk8s
import cdk8s_plus_35 as kplus
import yaml
from constructs import Construct

from k8s_charts.base import IMAGE_DIGEST_SKIP, PlatformChart, checkov_skips, object_metadata
from k8s_charts.plus import (
    credentials_rule, disruption_budget, https_anywhere_rule, network_policy, plus_resources, pods, restricted_container,
    restricted_pod, restricted_pod_seccomp,
)
from k8s_charts.seldon.model_deployments_chart import LOGGER_SERVICE
from k8s_charts.seldon.props import (
    FLUENT_BIT_IMAGE,
    LOGGER_METRICS_PORT,
    LOGGER_PORT,
    PREDICTIONS_PREFIX,
    SELDON_ID_LABEL,
    ServingProps,
)
from platform_config.serving import ModelDeployment

FLUENT_BIT_VERSION = FLUENT_BIT_IMAGE.rsplit(":", 1)[1]
BUFFER_DIR = "/fluent-bit/buffer"
LABELS = {"app.kubernetes.io/name": LOGGER_SERVICE}


def prediction_key_prefix(model: str) -> str:
    """Where a model's sampled predictions go inside the predictions bucket (Hive-style partitions)."""
    return f"{PREDICTIONS_PREFIX}model={model}/"


def sampling_lua(models: list[ModelDeployment]) -> str:
    """Keep a record with the model's probability; -1 drops it (Fluent Bit Lua filter return codes)."""
    rates = ", ".join(f'["{m.name}"] = {m.sampling_rate!r}' for m in models)
    return (
        f"local rates = {{{rates}}}\n"
        "math.randomseed(os.time())\n"
        "function sample(tag, timestamp, record)\n"
        "  local rate = rates[tag]\n"
        "  if rate ~= nil and math.random() < rate then\n"
        "    return 0, timestamp, record\n"
        "  end\n"
        "  return -1, timestamp, record\n"
        "end\n"
    )


def fluent_bit_config(props: ServingProps, models: list[ModelDeployment]) -> str:
    logger = props.serving.logger
    config = {
        "service": {
            "flush": 5,
            "log_level": "info",
            "http_server": "on",
            "http_listen": "0.0.0.0",
            "http_port": LOGGER_METRICS_PORT,
            "health_check": "on",
            "storage.path": f"{BUFFER_DIR}/storage",
        },
        "pipeline": {
            "inputs": [{
                "name": "http",
                "listen": "0.0.0.0",
                "port": LOGGER_PORT,
                "successful_response_code": 200,
                "buffer_max_size": "8M",
                "storage.type": "filesystem",
            }],
            "filters": [{"name": "lua", "match": "*", "call": "sample", "code": sampling_lua(models)}],
            "outputs": [
                {
                    "name": "s3",
                    "match": m.name,
                    "bucket": props.buckets.predictions,
                    "region": props.region,
                    "use_put_object": "on",
                    "compression": "gzip",
                    "total_file_size": f"{logger.total_file_size_mb}M",
                    "upload_timeout": f"{logger.upload_timeout_minutes}m",
                    "store_dir": f"{BUFFER_DIR}/s3",
                    "s3_key_format": f"/{prediction_key_prefix(m.name)}dt=%Y-%m-%d/%H%M%S-$UUID.json.gz",
                    "retry_limit": 5,
                }
                for m in models
            ],
        },
    }
    return yaml.safe_dump(config, sort_keys=False)


class PredictionLoggerChart(PlatformChart):
    """The Fluent Bit prediction logger in the serving namespace, as the serving identity."""

    def __init__(self, scope: Construct, construct_id: str, *, props: ServingProps) -> None:
        super().__init__(scope, construct_id, component="prediction-logger", version=FLUENT_BIT_VERSION,
                         kubernetes_version=props.kubernetes_version, identity_mode=props.identity_mode)
        models = [m for m in props.serving.models if m.sampling_rate > 0]
        if not models:
            raise ValueError("PredictionLoggerChart needs at least one model with sampling_rate > 0")
        ns = props.namespace
        self.models = models
        self.config_map = kplus.ConfigMap(self, "Config", metadata=object_metadata(f"{LOGGER_SERVICE}-config", namespace=ns),
                                          data={"fluent-bit.yaml": fluent_bit_config(props, models)})
        health = "/api/v1/health"
        self.deployment = kplus.Deployment(
            self, "Deployment", metadata=object_metadata(LOGGER_SERVICE, namespace=ns, labels=LABELS,
                                                         annotations=checkov_skips(IMAGE_DIGEST_SKIP)),
            replicas=props.serving.logger.replicas,
            # The selector is the app label (as the Service, PDB and NetworkPolicies), not cdk8s+'s address label.
            select=False,
            pod_metadata=cdk8s.ApiObjectMetadata(labels=LABELS, annotations={
                **props.identity_pod_annotations(),
                "prometheus.io/scrape": "true", "prometheus.io/port": str(LOGGER_METRICS_PORT),
                "prometheus.io/path": "/api/v2/metrics/prometheus"}),
            service_account=kplus.ServiceAccount.from_service_account_name(self, "ServingAccount", props.service_account),
            automount_service_account_token=False,
            security_context=restricted_pod(),
            containers=[kplus.ContainerProps(
                name="fluent-bit",
                image=FLUENT_BIT_IMAGE,
                image_pull_policy=kplus.ImagePullPolicy.ALWAYS,
                args=["--config=/fluent-bit/etc/fluent-bit.yaml"],
                env_variables={"AWS_REGION": kplus.EnvValue.from_value(props.region)},
                ports=[kplus.ContainerPort(name="http-in", number=LOGGER_PORT, protocol=kplus.Protocol.TCP),
                       kplus.ContainerPort(name="metrics", number=LOGGER_METRICS_PORT, protocol=kplus.Protocol.TCP)],
                resources=plus_resources("100m", "256Mi", cpu_limit="500m"),
                readiness=kplus.Probe.from_http_get(health, port=LOGGER_METRICS_PORT, period_seconds=cdk8s.Duration.seconds(10)),
                liveness=kplus.Probe.from_http_get(health, port=LOGGER_METRICS_PORT, initial_delay_seconds=cdk8s.Duration.seconds(10),
                                                   period_seconds=cdk8s.Duration.seconds(20)),
                security_context=restricted_container(),
            )],
        )
        self.deployment.select(kplus.LabelSelector.of(labels=LABELS))
        container = self.deployment.containers[0]
        container.mount("/fluent-bit/etc", kplus.Volume.from_config_map(self, "ConfigVolume", self.config_map, name="config"),
                        read_only=True)
        container.mount(BUFFER_DIR, kplus.Volume.from_empty_dir(self, "BufferVolume", "buffer",
                                                                size_limit=cdk8s.Size.gibibytes(2)))
        restricted_pod_seccomp(self.deployment)
        service = kplus.Service(self, "Service", metadata=object_metadata(
            LOGGER_SERVICE, namespace=ns, labels=LABELS,
            annotations={"prometheus.io/scrape": "true", "prometheus.io/port": str(LOGGER_METRICS_PORT),
                         "prometheus.io/path": "/api/v2/metrics/prometheus"}),
            ports=[kplus.ServicePort(name="http-in", port=LOGGER_PORT, target_port=LOGGER_PORT, protocol=kplus.Protocol.TCP),
                   kplus.ServicePort(name="metrics", port=LOGGER_METRICS_PORT, target_port=LOGGER_METRICS_PORT,
                                     protocol=kplus.Protocol.TCP)])
        for key, value in LABELS.items():
            service.select_label(key, value)
        if props.serving.logger.replicas > 1:
            disruption_budget(self, "Pdb", name=LOGGER_SERVICE, namespace=ns, labels=LABELS, max_unavailable=1)
        logger = pods(self, "LoggerPods", labels=LABELS)
        network_policy(self, "AllowExecutorsToLogger", name="allow-executors-to-logger", namespace=ns, selector=logger, ingress=[
            kplus.NetworkPolicyRule(peer=pods(self, "Executors", exists=[SELDON_ID_LABEL]),
                                    ports=[kplus.NetworkPolicyPort.tcp(LOGGER_PORT)]),
            kplus.NetworkPolicyRule(peer=kplus.Namespaces.select(self, "Monitoring", names=[props.monitoring_namespace]),
                                    ports=[kplus.NetworkPolicyPort.tcp(LOGGER_METRICS_PORT)]),
        ])
        network_policy(self, "AllowLoggerToS3", name="allow-logger-to-s3", namespace=ns, selector=logger,
                       egress=[credentials_rule(self, identity_mode=props.identity_mode), https_anywhere_rule(self)])
