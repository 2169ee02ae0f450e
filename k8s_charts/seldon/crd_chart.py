"""The SeldonDeployment CRD (machinelearning.seldon.io), applied before the operator and the models.

Seldon Core 1.17.1 serves v1 (storage), v1alpha2 and v1alpha3 with one schema. Upstream generates an
11,000-line schema (every PodSpec field inlined, the graph unrolled ten levels); that would take most of
the manifest budget, so this schema is written here: structural, strict for every field the platform
sets, and open (`x-kubernetes-preserve-unknown-fields`) only where the content is a core Kubernetes type
(PodSpec, autoscaling MetricSpec, resources, explainer) that the gates validate against the cluster's own
schema, and for `status`, which the operator owns.
https://github.com/SeldonIO/seldon-core/blob/v1.17.1/operator/apis/machinelearning.seldon.io/v1/seldondeployment_types.go
"""

from __future__ import annotations

from typing import Any

from constructs import Construct

from k8s_charts.base import PlatformChart
from k8s_charts.crd_schema import int_or_string, integer, obj, opaque, string, string_map
from k8s_charts.seldon.props import SELDON_VERSION

GROUP = "machinelearning.seldon.io"
CRD_NAME = f"seldondeployments.{GROUP}"
STORAGE_VERSION = "v1"
SERVED_VERSIONS = ("v1", "v1alpha2", "v1alpha3")
# Depth of the inference graph the schema spells out; deeper children are kept but not checked.
GRAPH_DEPTH = 4


def graph_node_schema(depth: int = GRAPH_DEPTH) -> dict[str, Any]:
    """A predictive unit: a model, router, combiner or transformer, with its children."""
    children: dict[str, Any] = (
        {"type": "array", "items": graph_node_schema(depth - 1)}
        if depth > 1
        else {"type": "array", "items": opaque("Deeper graph levels: kept as written, validated by the operator's webhook.")}
    )
    return obj(
        {
            "name": string(description="Unit name; a componentSpecs container of the same name implements it."),
            "type": string(enum=["UNKNOWN_TYPE", "ROUTER", "COMBINER", "MODEL", "TRANSFORMER", "OUTPUT_TRANSFORMER"]),
            "implementation": string(description="Prepackaged server (SKLEARN_SERVER, ...) or a built-in unit."),
            "modelUri": string(description="Where the artifact is (s3://, gs://, pvc://)."),
            "serviceAccountName": string(description="Service account of the unit's pods (its AWS identity)."),
            "envSecretRefName": string(),
            "storageInitializerImage": string(),
            "methods": {"type": "array", "items": string(enum=["TRANSFORM_INPUT", "TRANSFORM_OUTPUT", "ROUTE", "AGGREGATE", "SEND_FEEDBACK"])},
            "endpoint": obj({
                "type": string(enum=["REST", "GRPC"]),
                "service_host": string(),
                "service_port": integer(),
                "httpPort": integer(),
                "grpcPort": integer(),
            }),
            "parameters": {"type": "array", "items": obj(
                {"name": string(), "type": string(enum=["INT", "FLOAT", "DOUBLE", "STRING", "BOOL"]), "value": string()},
                required=["name", "type", "value"],
            )},
            "logger": obj(
                {"url": string(description="URL the executor posts request/response CloudEvents to."),
                 "mode": string(enum=["all", "request", "response"], description="Which payloads to log.")},
                description="Request/response payload logging by the executor.",
            ),
            "children": children,
        },
        required=["name"],
    )


def predictor_schema() -> dict[str, Any]:
    component_spec = obj({
        "metadata": obj({"name": string(), "labels": string_map(), "annotations": string_map()}),
        "spec": opaque("A core/v1 PodSpec; the gates validate it against the cluster's Pod schema."),
        "replicas": integer(minimum=0),
        "hpaSpec": obj({
            "minReplicas": integer(minimum=1),
            "maxReplicas": integer(minimum=1),
            "metrics": {"type": "array", "items": opaque("autoscaling/v2beta1 MetricSpec (deprecated upstream).")},
            "metricsv2": {"type": "array", "items": opaque("autoscaling/v2 MetricSpec.")},
        }, required=["maxReplicas"]),
        "pdbSpec": obj({"minAvailable": int_or_string(), "maxUnavailable": int_or_string()}),
        "kedaSpec": opaque("KEDA ScaledObject spec (KEDA is not enabled on this platform)."),
    })
    return obj(
        {
            "name": string(),
            "annotations": string_map(),
            "labels": string_map(),
            "replicas": integer(minimum=0),
            "traffic": integer(minimum=0, maximum=100, description="Percent of traffic (weights of all predictors add to 100)."),
            "shadow": {"type": "boolean"},
            "progressDeadlineSeconds": integer(minimum=0),
            "graph": graph_node_schema(),
            "componentSpecs": {"type": "array", "items": component_spec},
            "svcOrchSpec": obj({
                "env": {"type": "array", "items": obj(
                    {"name": string(), "value": string(), "valueFrom": opaque("core/v1 EnvVarSource.")}, required=["name"])},
                "resources": opaque("core/v1 ResourceRequirements of the executor."),
                "replicas": integer(minimum=0),
            }),
            "engineResources": opaque("core/v1 ResourceRequirements (deprecated: use svcOrchSpec.resources)."),
            "explainer": opaque("Alibi explainer of the predictor (not used by the platform's models)."),
            "ssl": obj({"certSecretName": string()}),
        },
        required=["name", "graph"],
    )


def seldon_deployment_schema() -> dict[str, Any]:
    return {
        "type": "object",
        "description": "SeldonDeployment: an inference graph served behind the gateway.",
        "properties": {
            "apiVersion": string(),
            "kind": string(),
            "metadata": {"type": "object"},
            "spec": obj(
                {
                    "name": string(description="Deprecated upstream."),
                    "annotations": string_map(),
                    "protocol": string(enum=["seldon", "tensorflow", "kfserving", "v2"]),
                    "transport": string(enum=["rest", "grpc"]),
                    "serverType": string(enum=["rest", "grpc"]),
                    "replicas": integer(minimum=0),
                    "oauth_key": string(),
                    "oauth_secret": string(),
                    "predictors": {"type": "array", "minItems": 1, "items": predictor_schema()},
                },
                required=["predictors"],
            ),
            "status": opaque("Written by the operator."),
        },
    }


def seldon_deployment_crd() -> dict[str, Any]:
    """The CRD body (without metadata): one schema served at every version, v1 stored."""
    schema = seldon_deployment_schema()
    return {
        "group": GROUP,
        "names": {"kind": "SeldonDeployment", "listKind": "SeldonDeploymentList", "plural": "seldondeployments",
                  "singular": "seldondeployment", "shortNames": ["sdep"]},
        "scope": "Namespaced",
        "versions": [
            {
                "name": version,
                "served": True,
                "storage": version == STORAGE_VERSION,
                "schema": {"openAPIV3Schema": schema},
                "subresources": {"status": {}, "scale": {"specReplicasPath": ".spec.replicas", "statusReplicasPath": ".status.replicas"}},
                "additionalPrinterColumns": [
                    {"name": "State", "type": "string", "jsonPath": ".status.state"},
                    {"name": "Age", "type": "date", "jsonPath": ".metadata.creationTimestamp"},
                ],
            }
            for version in SERVED_VERSIONS
        ],
    }


class SeldonCrdChart(PlatformChart):
    """The SeldonDeployment CRD; the operator and model charts depend on this chart."""

    def __init__(self, scope: Construct, construct_id: str, *, kubernetes_version: str) -> None:
        super().__init__(scope, construct_id, component="seldon-crds", version=SELDON_VERSION, kubernetes_version=kubernetes_version)
        self.crd = self.api("SeldonDeploymentCrd", api_version="apiextensions.k8s.io/v1", kind="CustomResourceDefinition",
                            name=CRD_NAME, spec=seldon_deployment_crd())
