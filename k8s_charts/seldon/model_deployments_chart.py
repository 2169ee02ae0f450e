"""The serving namespace and one SeldonDeployment per declared model, with its identity, PDB and autoscaling.

Per model: a SeldonDeployment (the operator turns it into Deployments, Services, an autoscaling/v2 HPA from
`hpaSpec`, and Emissary Mappings at /seldon/<namespace>/<name>/), and a PodDisruptionBudget. All model pods
run as the serving identity's service account. The model artifact is copied from the models bucket by an
AWS CLI init container that the operator adopts as the model initializer (same name and volume), because
Seldon's rclone 1.59 initializer cannot read EKS Pod Identity credentials.
"""

from __future__ import annotations

import json
from typing import Any

from constructs import Construct

from k8s_charts.base import PlatformChart, container_security_context, object_metadata, pod_security_context
from k8s_charts.imports import seldon as sd
from k8s_charts.seldon.operator_chart import SELDON_USER
from k8s_charts.seldon.props import (
    AWS_CLI_IMAGE,
    EXECUTOR_GRPC_PORT,
    EXECUTOR_HTTP_PORT,
    GPU_NODE_LABEL,
    GPU_NODE_LABEL_VALUE,
    GPU_TAINT_KEY,
    LOGGER_PORT,
    MLSERVER_METRICS_PORT,
    MODEL_METRICS_PORT,
    SELDON_ID_LABEL,
    SELDON_VERSION,
    ServingProps,
)
from platform_config.serving import ModelDeployment

MODEL_MOUNT = "/mnt/models"
METADATA_ANNOTATION = "ml-platform/model-metadata"
ROUTE_ANNOTATION = "ml-platform/gateway-route"
LOGGER_SERVICE = "prediction-logger"
EXECUTOR_SCRAPE_ANNOTATIONS = {"prometheus.io/scrape": "true", "prometheus.io/path": "/prometheus",
                               "prometheus.io/port": str(EXECUTOR_HTTP_PORT)}
POD_SECURITY_REASON = (
    "Seldon Core 1.17.1 injects the executor container with only runAsUser and allowPrivilegeEscalation=false "
    "(no capabilities drop, no seccomp profile), which restricted rejects; model containers are restricted."
)


def gateway_route(namespace: str, model: str) -> str:
    """The REST prefix the operator's Emissary Mapping gives a model (AMBASSADOR_SINGLE_NAMESPACE=false)."""
    return f"/seldon/{namespace}/{model}/"


def logger_url(namespace: str, model: str) -> str:
    """The executor posts CloudEvents here; the path becomes the Fluent Bit tag, i.e. the model name."""
    return f"http://{LOGGER_SERVICE}.{namespace}.svc.cluster.local:{LOGGER_PORT}/{model}"


def predictor_service(model: str, predictor: str = "main") -> str:
    """The Service the operator creates for a predictor's executor (`<sdep>-<predictor>`)."""
    return f"{model}-{predictor}"


def metadata_annotations(model: ModelDeployment) -> dict[str, str]:
    meta = model.metadata
    return {
        METADATA_ANNOTATION: json.dumps(meta.model_dump(mode="json"), sort_keys=True, separators=(",", ":")),
        "ml-platform/model-name": meta.name,
        "ml-platform/model-version": meta.version,
        "ml-platform/training-run": meta.training_run,
        "ml-platform/dataset": meta.dataset,
        "ml-platform/owner": meta.owner,
    }


def gpu_scheduling(gpu: int) -> dict[str, Any]:
    """Tolerate the GPU taint and require a GPU node, only when GPUs are asked for."""
    if gpu <= 0:
        return {}
    return {
        "tolerations": [{"key": GPU_TAINT_KEY, "operator": "Exists", "effect": "NoSchedule"}],
        "affinity": {"nodeAffinity": {"requiredDuringSchedulingIgnoredDuringExecution": {"nodeSelectorTerms": [
            {"matchExpressions": [{"key": GPU_NODE_LABEL, "operator": "In", "values": [GPU_NODE_LABEL_VALUE]}]}]}}},
    }


def model_resources(model: ModelDeployment) -> dict[str, Any]:
    requests: dict[str, Any] = {"cpu": model.cpu, "memory": model.memory}
    limits: dict[str, Any] = {"memory": model.memory}
    if model.gpu:
        requests["nvidia.com/gpu"] = model.gpu
        limits["nvidia.com/gpu"] = model.gpu
    return {"requests": requests, "limits": limits}


class ModelDeploymentsChart(PlatformChart):
    """Namespace `props.namespace` (baseline, see POD_SECURITY_REASON), the serving service account, and the models."""

    def __init__(self, scope: Construct, construct_id: str, *, props: ServingProps) -> None:
        super().__init__(scope, construct_id, component="model-serving", version=SELDON_VERSION,
                         kubernetes_version=props.kubernetes_version, identity_mode=props.identity_mode)
        self.props = props
        ns = props.namespace
        self.platform_namespace(ns, pss="baseline", pss_reason=POD_SECURITY_REASON, allowed_roles=[props.role_arn])
        self.service_account = self.api(
            "ServingServiceAccount", api_version="v1", kind="ServiceAccount", name=props.service_account, namespace=ns,
            # Pod Identity: the association (namespace, this name) -> serving role is made in CDK by the cluster stack.
            annotations={"ml-platform/aws-role": props.role_arn, "ml-platform/identity-mode": props.identity_mode},
            automountServiceAccountToken=False,
        )
        self.deployments: dict[str, Any] = {}
        self.pdbs: dict[str, Any] = {}
        for model in props.serving.models:
            self.deployments[model.name] = self._seldon_deployment(model)
            self.pdbs[model.name] = self.api(
                f"Pdb-{model.name}", api_version="policy/v1", kind="PodDisruptionBudget", name=model.name, namespace=ns,
                spec={"maxUnavailable": 1, "selector": {"matchLabels": {SELDON_ID_LABEL: model.name}}},
            )
        self._network(ns)

    # ------------------------------------------------------------------ SeldonDeployment

    def _seldon_deployment(self, model: ModelDeployment):
        props = self.props
        predictors = [self._predictor(model, "main", model_uri=model.model_uri, image=model.image,
                                      traffic=100 - (model.canary.traffic if model.canary and model.canary.mode == "canary" else 0))]
        if model.canary:
            predictors.append(self._predictor(
                model, model.canary.mode, model_uri=model.canary.model_uri or model.model_uri,
                image=model.canary.image or model.image, traffic=model.canary.traffic, shadow=model.canary.mode == "shadow",
            ))
        annotations = {
            **metadata_annotations(model),
            ROUTE_ANNOTATION: gateway_route(props.namespace, model.name),
            "seldon.io/rest-timeout": str(props.serving.request_timeout_ms),
            "seldon.io/grpc-timeout": str(props.serving.request_timeout_ms),
        }
        if props.serving.ambassador_id:
            annotations["seldon.io/ambassador-id"] = props.serving.ambassador_id
        return sd.SeldonDeployment(
            self, f"Sdep-{model.name}",
            metadata=object_metadata(model.name, namespace=props.namespace, annotations=annotations,
                                     labels={"ml-platform/model": model.name, "ml-platform/model-version": model.version}),
            spec=sd.SeldonDeploymentSpec(protocol=sd.SeldonDeploymentSpecProtocol[model.protocol.upper()],
                                         transport=sd.SeldonDeploymentSpecTransport.REST, predictors=predictors),
        )

    def _predictor(self, model: ModelDeployment, name: str, *, model_uri: str, image: str | None, traffic: int,
                   shadow: bool = False) -> sd.SeldonDeploymentSpecPredictors:
        props = self.props
        unit = model.name
        graph = sd.SeldonDeploymentSpecPredictorsGraph(
            name=unit, type=sd.SeldonDeploymentSpecPredictorsGraphType.MODEL, model_uri=model_uri,
            service_account_name=props.service_account, children=[], implementation=model.server or None,
            logger=sd.SeldonDeploymentSpecPredictorsGraphLogger(url=logger_url(props.namespace, model.name),
                                                                mode=sd.SeldonDeploymentSpecPredictorsGraphLoggerMode.ALL)
            if model.sampling_rate > 0 else None,
        )
        # The pod spec is open in the CRD (any core PodSpec), so it is the one dict in the object.
        container: dict[str, Any] = {
            "name": unit,
            "resources": model_resources(model),
            # Prepackaged servers write their model cache under the model mount, so the root stays read-only.
            "securityContext": container_security_context(run_as_user=SELDON_USER, read_only_root=False),
        }
        if image:
            container["image"] = image
        labels = {"ml-platform/model": model.name, "ml-platform/model-version": model.version, "ml-platform/predictor": name}
        pod_annotations = {**props.identity_pod_annotations(), METADATA_ANNOTATION: metadata_annotations(model)[METADATA_ANNOTATION]}
        pod_spec: dict[str, Any] = {
            "serviceAccountName": props.service_account,
            "securityContext": pod_security_context(fs_group=SELDON_USER),
            "initContainers": [self._model_initializer(unit, model_uri)],
            "containers": [container],
            "volumes": [{"name": f"{unit}-provision-location", "emptyDir": {}},
                        {"name": "aws-home", "emptyDir": {"medium": "Memory", "sizeLimit": "16Mi"}}],
            **gpu_scheduling(model.gpu),
        }
        # Through Seldon's hpaSpec, not a separate HPA: without hpaSpec the operator writes the predictor's
        # replicas into the Deployment on every reconcile and would undo the HPA's scaling.
        hpa = sd.SeldonDeploymentSpecPredictorsComponentSpecsHpaSpec(
            min_replicas=model.autoscaling.min_replicas, max_replicas=model.autoscaling.max_replicas,
            metricsv2=[{"type": "Resource", "resource": {"name": "cpu", "target": {
                "type": "Utilization", "averageUtilization": model.autoscaling.target_cpu_percent}}}],
        ) if model.autoscaling else None
        component = sd.SeldonDeploymentSpecPredictorsComponentSpecs(
            metadata=sd.SeldonDeploymentSpecPredictorsComponentSpecsMetadata(labels=labels, annotations=pod_annotations),
            spec=pod_spec, hpa_spec=hpa)
        return sd.SeldonDeploymentSpecPredictors(
            name=name,
            graph=graph,
            component_specs=[component],
            labels=labels,
            # Copied by the operator onto the pod template: Prometheus scrapes the executor's /prometheus
            # on its HTTP port (upstream leaves the port annotation out), and kube2iam reads the role.
            annotations={**props.identity_pod_annotations(), **EXECUTOR_SCRAPE_ANNOTATIONS},
            svc_orch_spec=sd.SeldonDeploymentSpecPredictorsSvcOrchSpec(
                resources={"requests": {"cpu": "100m", "memory": "256Mi"}, "limits": {"memory": "256Mi"}}),
            replicas=None if model.autoscaling else model.replicas,
            shadow=True if shadow else None,
            traffic=None if shadow else traffic,
        )

    def _model_initializer(self, unit: str, model_uri: str) -> dict[str, Any]:
        """Named `<unit>-model-initializer` so the operator adopts it instead of injecting rclone, and mounts
        `<unit>-provision-location` at /mnt/models in the model container (model_initializer_injector.go)."""
        return {
            "name": f"{unit}-model-initializer",
            "image": AWS_CLI_IMAGE,
            "imagePullPolicy": "IfNotPresent",
            "command": ["aws", "s3", "cp", "--recursive", "--only-show-errors", model_uri, MODEL_MOUNT],
            "env": [{"name": "HOME", "value": "/home/aws"}, {"name": "AWS_REGION", "value": self.props.region}],
            "resources": {"requests": {"cpu": "100m", "memory": "256Mi"}, "limits": {"memory": "1Gi"}},
            "securityContext": container_security_context(run_as_user=SELDON_USER),
            "volumeMounts": [{"name": f"{unit}-provision-location", "mountPath": MODEL_MOUNT},
                             {"name": "aws-home", "mountPath": "/home/aws"}],
        }

    # ------------------------------------------------------------------ network

    def _network(self, ns: str) -> None:
        props = self.props
        models = {"matchExpressions": [{"key": SELDON_ID_LABEL, "operator": "Exists"}]}
        gateway = {"namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": props.gateway_namespace}},
                   "podSelector": {"matchLabels": props.gateway_pod_labels}}
        batch = {"podSelector": {"matchExpressions": [{"key": "ml-platform/batch-job", "operator": "Exists"}]}}
        executor_ports = [{"protocol": "TCP", "port": EXECUTOR_HTTP_PORT}, {"protocol": "TCP", "port": EXECUTOR_GRPC_PORT}]
        self.network_policy("allow-gateway-and-batch-to-models", namespace=ns, pod_selector=models, policy_types=["Ingress"],
                            ingress=[{"from": [gateway, batch], "ports": executor_ports}])
        self.network_policy("allow-metrics-from-monitoring", namespace=ns, pod_selector=models, policy_types=["Ingress"], ingress=[{
            "from": [{"namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": props.monitoring_namespace}}}],
            "ports": [{"protocol": "TCP", "port": p} for p in (EXECUTOR_HTTP_PORT, MODEL_METRICS_PORT, MLSERVER_METRICS_PORT)],
        }])
        egress = [props.credentials_egress(), props.https_egress()]
        if any(m.sampling_rate > 0 for m in props.serving.models):
            egress.append({"to": [{"podSelector": {"matchLabels": {"app.kubernetes.io/name": LOGGER_SERVICE}}}],
                           "ports": [{"protocol": "TCP", "port": LOGGER_PORT}]})
        self.network_policy("allow-models-egress", namespace=ns, pod_selector=models, policy_types=["Egress"], egress=egress)
