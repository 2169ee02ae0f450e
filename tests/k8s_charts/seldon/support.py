"""Build the serving charts from a config without CDK, and validate what they produce."""

from __future__ import annotations

import dataclasses
from typing import Any, Iterable

import cdk8s

from k8s_charts.platform_charts import props_from_config
from k8s_charts.seldon import ServingBuckets, ServingCharts, ServingProps, build_serving_charts
from k8s_charts.seldon.crd_chart import CRD_NAME, seldon_deployment_crd
from platform_config import PlatformConfig
from platform_config.serving import ServingConfig
from tests.support.k8s_gates import custom_resource_problems, schema_problems, shipped_crds

# Kinds whose CRDs other charts ship (cert-manager): validated by the platform-wide gates (tests/k8s_charts/test_gates.py).
FOREIGN_KINDS = {("cert-manager.io/v1", "Issuer"), ("cert-manager.io/v1", "Certificate")}


def props_for(config: PlatformConfig, *, serving: ServingConfig | None = None) -> ServingProps:
    """The serving props the platform assembly derives from `config` (conventional AWS names)."""
    props = ServingProps.from_cluster(props_from_config(config))
    return dataclasses.replace(props, serving=serving) if serving is not None else props


def buckets_for(config: PlatformConfig) -> ServingBuckets:
    return props_for(config).buckets


def ecr_for(config: PlatformConfig) -> str:
    return props_for(config).ecr_repository_uri


def synth(props: ServingProps) -> tuple[ServingCharts, list[dict[str, Any]]]:
    app = cdk8s.App()
    charts = build_serving_charts(app, props=props)
    return charts, [obj for chart in charts.all() for obj in chart.to_json()]


def of_kind(objects: Iterable[dict[str, Any]], kind: str, name: str | None = None) -> list[dict[str, Any]]:
    return [o for o in objects if o["kind"] == kind and (name is None or o["metadata"]["name"] == name)]


def one(objects: Iterable[dict[str, Any]], kind: str, name: str) -> dict[str, Any]:
    found = of_kind(objects, kind, name)
    assert len(found) == 1, f"expected one {kind}/{name}, found {len(found)}"
    return found[0]


def validation_problems(objects: Iterable[dict[str, Any]], kubernetes_version: str) -> list[str]:
    """Every problem of every object, one line each; empty when all validate.

    The platform gates (tests/support/k8s_gates.py) check built-in kinds against the cluster schema and
    custom resources against the shipped CRDs; on top, the PodSpec and autoscaling/v2 metrics inside each
    SeldonDeployment (open in the CRD) are validated as the core objects the operator turns them into.
    """
    objects = [o for o in objects if (o["apiVersion"], o["kind"]) not in FOREIGN_KINDS]
    crd = {"apiVersion": "apiextensions.k8s.io/v1", "kind": "CustomResourceDefinition",
           "metadata": {"name": CRD_NAME}, "spec": seldon_deployment_crd()}
    problems = schema_problems(objects, kubernetes_version)
    problems += custom_resource_problems(objects, crds=shipped_crds([crd]))
    for obj in objects:
        if obj["kind"] != "SeldonDeployment":
            continue
        where = f"{obj['kind']}/{obj['metadata'].get('namespace')}/{obj['metadata']['name']}"
        for index, predictor in enumerate(obj["spec"].get("predictors", [])):
            for cindex, component in enumerate(predictor.get("componentSpecs", [])):
                at = f"{where} predictors[{index}].componentSpecs[{cindex}]"
                pod = {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "component", "namespace": "n",
                                                                      **component.get("metadata", {})},
                       "spec": component["spec"]}
                problems += [f"{at}.spec: {p}" for p in schema_problems([pod], kubernetes_version)]
                if "hpaSpec" in component:
                    hpa = {"apiVersion": "autoscaling/v2", "kind": "HorizontalPodAutoscaler", "metadata": {"name": "hpa", "namespace": "n"},
                           "spec": {"scaleTargetRef": {"apiVersion": "apps/v1", "kind": "Deployment", "name": "model"},
                                    "minReplicas": component["hpaSpec"].get("minReplicas"),
                                    "maxReplicas": component["hpaSpec"]["maxReplicas"],
                                    "metrics": component["hpaSpec"].get("metricsv2", [])}}
                    problems += [f"{at}.hpaSpec: {p}" for p in schema_problems([hpa], kubernetes_version)]
    return problems
