"""Build the serving charts from a config without CDK, and validate what they produce.

Built-in kinds validate strictly against the cluster version's schema (`kubernetes-validate`); custom
resources against the CRD this project ships, with unknown fields rejected wherever the CRD spells out
the properties; the PodSpecs and autoscaling metrics embedded in SeldonDeployments validate as the core
objects they become.
"""

from __future__ import annotations

import copy
import dataclasses
from typing import Any, Iterable

import cdk8s
import jsonschema
import kubernetes_validate

from k8s_charts.seldon import ServingBuckets, ServingCharts, ServingProps, build_serving_charts
from k8s_charts.platform_charts import props_from_config
from k8s_charts.seldon.crd_chart import seldon_deployment_crd
from platform_config import PlatformConfig
from platform_config.serving import ServingConfig

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


def strict_schema(schema: dict[str, Any]) -> dict[str, Any]:
    """A CRD's structural schema as JSON Schema that rejects unknown fields where properties are listed
    (the API server would silently prune them: a typo would vanish, so the gate treats it as an error)."""
    schema = copy.deepcopy(schema)

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if node.get("type") == "object" and "properties" in node and not node.get("x-kubernetes-preserve-unknown-fields"):
                node.setdefault("additionalProperties", False)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(schema)
    return schema


def crd_schemas() -> dict[tuple[str, str], dict[str, Any]]:
    crd = seldon_deployment_crd()
    return {(f"{crd['group']}/{v['name']}", crd["names"]["kind"]): strict_schema(v["schema"]["openAPIV3Schema"]) for v in crd["versions"]}


def validation_problems(objects: Iterable[dict[str, Any]], kubernetes_version: str) -> list[str]:
    """Every problem of every object, one line each; empty when all validate."""
    problems = []
    schemas = crd_schemas()
    version = f"{kubernetes_version}.0"
    for obj in objects:
        where = f"{obj['kind']}/{obj['metadata'].get('namespace', '-')}/{obj['metadata']['name']}"
        key = (obj["apiVersion"], obj["kind"])
        if key in FOREIGN_KINDS:
            continue
        if key in schemas:
            for error in jsonschema.Draft7Validator(schemas[key]).iter_errors(obj):
                problems.append(f"{where}: {'/'.join(map(str, error.absolute_path))}: {error.message}")
            for index, predictor in enumerate(obj["spec"]["predictors"]):
                for cindex, component in enumerate(predictor.get("componentSpecs", [])):
                    pod = {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "component", **component.get("metadata", {})},
                           "spec": component["spec"]}
                    problems += _core(pod, version, f"{where} predictors[{index}].componentSpecs[{cindex}].spec")
                    if "hpaSpec" in component:
                        hpa = {"apiVersion": "autoscaling/v2", "kind": "HorizontalPodAutoscaler", "metadata": {"name": "hpa"},
                               "spec": {"scaleTargetRef": {"apiVersion": "apps/v1", "kind": "Deployment", "name": "model"},
                                        "minReplicas": component["hpaSpec"].get("minReplicas"),
                                        "maxReplicas": component["hpaSpec"]["maxReplicas"],
                                        "metrics": component["hpaSpec"].get("metricsv2", [])}}
                        problems += _core(hpa, version, f"{where} predictors[{index}].componentSpecs[{cindex}].hpaSpec")
            continue
        problems += _core(obj, version, where)
    return problems


def _core(obj: dict[str, Any], version: str, where: str) -> list[str]:
    try:
        kubernetes_validate.validate(obj, version, strict=True)
    except kubernetes_validate.ValidationError as exc:
        return [f"{where}: {'/'.join(map(str, exc.path))}: {exc.message}"]
    except kubernetes_validate.SchemaNotFoundError:
        return [f"{where}: no schema for {obj['apiVersion']} {obj['kind']} and no CRD shipped for it"]
    return []
