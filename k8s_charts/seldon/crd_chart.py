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
from k8s_charts.seldon.props import SELDON_VERSION

GROUP = "machinelearning.seldon.io"
CRD_NAME = f"seldondeployments.{GROUP}"
STORAGE_VERSION = "v1"
SERVED_VERSIONS = ("v1", "v1alpha2", "v1alpha3")
# Depth of the inference graph the schema spells out; deeper children are kept but not checked.
GRAPH_DEPTH = 4


def _s(**kwargs: Any) -> dict[str, Any]:
    return {"type": "string", **kwargs}


def _i32(**kwargs: Any) -> dict[str, Any]:
    return {"type": "integer", "format": "int32", **kwargs}


def _obj(properties: dict[str, Any], *, required: list[str] | None = None, description: str | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"type": "object", "properties": properties}
    if required:
        out["required"] = required
    if description:
        out["description"] = description
    return out


def _open(description: str) -> dict[str, Any]:
    return {"type": "object", "x-kubernetes-preserve-unknown-fields": True, "description": description}


def _string_map() -> dict[str, Any]:
    return {"type": "object", "additionalProperties": {"type": "string"}}


def _int_or_string() -> dict[str, Any]:
    return {"anyOf": [{"type": "integer"}, {"type": "string"}], "x-kubernetes-int-or-string": True}


def graph_node_schema(depth: int = GRAPH_DEPTH) -> dict[str, Any]:
    """A predictive unit: a model, router, combiner or transformer, with its children."""
    children: dict[str, Any] = (
        {"type": "array", "items": graph_node_schema(depth - 1)}
        if depth > 1
        else {"type": "array", "items": _open("Deeper graph levels: kept as written, validated by the operator's webhook.")}
    )
    return _obj(
        {
            "name": _s(description="Unit name; a componentSpecs container of the same name implements it."),
            "type": _s(enum=["UNKNOWN_TYPE", "ROUTER", "COMBINER", "MODEL", "TRANSFORMER", "OUTPUT_TRANSFORMER"]),
            "implementation": _s(description="Prepackaged server (SKLEARN_SERVER, ...) or a built-in unit."),
            "modelUri": _s(description="Where the artifact is (s3://, gs://, pvc://)."),
            "serviceAccountName": _s(description="Service account of the unit's pods (its AWS identity)."),
            "envSecretRefName": _s(),
            "storageInitializerImage": _s(),
            "methods": {"type": "array", "items": _s(enum=["TRANSFORM_INPUT", "TRANSFORM_OUTPUT", "ROUTE", "AGGREGATE", "SEND_FEEDBACK"])},
            "endpoint": _obj({
                "type": _s(enum=["REST", "GRPC"]),
                "service_host": _s(),
                "service_port": _i32(),
                "httpPort": _i32(),
                "grpcPort": _i32(),
            }),
            "parameters": {"type": "array", "items": _obj(
                {"name": _s(), "type": _s(enum=["INT", "FLOAT", "DOUBLE", "STRING", "BOOL"]), "value": _s()},
                required=["name", "type", "value"],
            )},
            "logger": _obj(
                {"url": _s(description="URL the executor posts request/response CloudEvents to."),
                 "mode": _s(enum=["all", "request", "response"], description="Which payloads to log.")},
                description="Request/response payload logging by the executor.",
            ),
            "children": children,
        },
        required=["name"],
    )


def predictor_schema() -> dict[str, Any]:
    component_spec = _obj({
        "metadata": _obj({"name": _s(), "labels": _string_map(), "annotations": _string_map()}),
        "spec": _open("A core/v1 PodSpec; the gates validate it against the cluster's Pod schema."),
        "replicas": _i32(minimum=0),
        "hpaSpec": _obj({
            "minReplicas": _i32(minimum=1),
            "maxReplicas": _i32(minimum=1),
            "metrics": {"type": "array", "items": _open("autoscaling/v2beta1 MetricSpec (deprecated upstream).")},
            "metricsv2": {"type": "array", "items": _open("autoscaling/v2 MetricSpec.")},
        }, required=["maxReplicas"]),
        "pdbSpec": _obj({"minAvailable": _int_or_string(), "maxUnavailable": _int_or_string()}),
        "kedaSpec": _open("KEDA ScaledObject spec (KEDA is not enabled on this platform)."),
    })
    return _obj(
        {
            "name": _s(),
            "annotations": _string_map(),
            "labels": _string_map(),
            "replicas": _i32(minimum=0),
            "traffic": _i32(minimum=0, maximum=100, description="Percent of traffic (weights of all predictors add to 100)."),
            "shadow": {"type": "boolean"},
            "progressDeadlineSeconds": _i32(minimum=0),
            "graph": graph_node_schema(),
            "componentSpecs": {"type": "array", "items": component_spec},
            "svcOrchSpec": _obj({
                "env": {"type": "array", "items": _obj(
                    {"name": _s(), "value": _s(), "valueFrom": _open("core/v1 EnvVarSource.")}, required=["name"])},
                "resources": _open("core/v1 ResourceRequirements of the executor."),
                "replicas": _i32(minimum=0),
            }),
            "engineResources": _open("core/v1 ResourceRequirements (deprecated: use svcOrchSpec.resources)."),
            "explainer": _open("Alibi explainer of the predictor (not used by the platform's models)."),
            "ssl": _obj({"certSecretName": _s()}),
        },
        required=["name", "graph"],
    )


def seldon_deployment_schema() -> dict[str, Any]:
    return {
        "type": "object",
        "description": "SeldonDeployment: an inference graph served behind the gateway.",
        "properties": {
            "apiVersion": _s(),
            "kind": _s(),
            "metadata": {"type": "object"},
            "spec": _obj(
                {
                    "name": _s(description="Deprecated upstream."),
                    "annotations": _string_map(),
                    "protocol": _s(enum=["seldon", "tensorflow", "kfserving", "v2"]),
                    "transport": _s(enum=["rest", "grpc"]),
                    "serverType": _s(enum=["rest", "grpc"]),
                    "replicas": _i32(minimum=0),
                    "oauth_key": _s(),
                    "oauth_secret": _s(),
                    "predictors": {"type": "array", "minItems": 1, "items": predictor_schema()},
                },
                required=["predictors"],
            ),
            "status": _open("Written by the operator."),
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
