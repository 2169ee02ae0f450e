"""Every HorizontalPodAutoscaler the platform creates has its metrics served.

HPA sources: HorizontalPodAutoscaler objects in any chart, and the `hpaSpec` of SeldonDeployment predictors
(the Seldon operator turns each into an autoscaling/v2 HPA). Resource metrics come from the resource metrics
API (metrics.k8s.io), served by the metrics-server EKS add-on pinned for the cluster's Kubernetes version; Pods,
Object and External metrics need a custom/external metrics adapter (an APIService for custom.metrics.k8s.io or
external.metrics.k8s.io), which the platform does not ship, so such a metric must fail here.
"""

from __future__ import annotations

from typing import Any, Iterator

import pytest

from platform_constructs.addon_versions import ADDON_VERSIONS
from platform_constructs.cluster_addons import METRICS_ADDON

# HPA metric type -> the aggregated API group that serves it.
METRIC_APIS = {"Resource": "metrics.k8s.io", "ContainerResource": "metrics.k8s.io",
               "Pods": "custom.metrics.k8s.io", "Object": "custom.metrics.k8s.io", "External": "external.metrics.k8s.io"}


def hpa_sources(objects: list[dict]) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """(where, metrics) of every HPA the objects create, directly or through a Seldon hpaSpec."""
    for obj in objects:
        where = f"{obj['kind']} {obj['metadata'].get('namespace', '-')}/{obj['metadata']['name']}"
        if obj["kind"] == "HorizontalPodAutoscaler":
            # autoscaling/v2 without metrics defaults to 80% CPU (a Resource metric).
            yield where, obj["spec"].get("metrics") or [{"type": "Resource"}]
        for predictor in obj.get("spec", {}).get("predictors", []) if obj["kind"] == "SeldonDeployment" else []:
            for component in predictor.get("componentSpecs", []):
                if "hpaSpec" in component:
                    spec = component["hpaSpec"]
                    # Seldon defaults to CPU when neither list is given (seldon-core 1.17.1 operator/apis/.../seldondeployment_types.go).
                    yield f"{where} predictor {predictor['name']}", spec.get("metricsv2") or spec.get("metrics") or [{"type": "Resource"}]


def unserved_metrics(objects: list[dict], *, kubernetes_version: str) -> list[str]:
    """Each HPA metric no shipped component serves, as 'where: type (api)'."""
    served = {f"{o['spec']['group']}" for o in objects if o["kind"] == "APIService" and "group" in o.get("spec", {})}
    if METRICS_ADDON in ADDON_VERSIONS.get(kubernetes_version, {}):
        served.add("metrics.k8s.io")
    problems = []
    for where, metrics in hpa_sources(objects):
        for metric in metrics:
            api = METRIC_APIS.get(metric.get("type"), f"unknown metric type {metric.get('type')!r}")
            if api not in served:
                problems.append(f"{where}: {metric.get('type')} ({api})")
    return problems


def test_every_hpa_metric_is_served(charts):
    assert unserved_metrics(charts.objects, kubernetes_version=charts.props.kubernetes_version) == []


def test_dev_has_hpas_to_check(dev_charts):
    """The check above is not vacuous: dev's autoscaled model produces a CPU (Resource) HPA."""
    sources = list(hpa_sources(dev_charts.objects))
    assert sources and all(m["type"] == "Resource" for _, metrics in sources for m in metrics), sources


def test_an_external_metric_or_a_missing_metrics_server_is_caught():
    hpa = {"kind": "HorizontalPodAutoscaler", "metadata": {"name": "h", "namespace": "n"},
           "spec": {"metrics": [{"type": "External", "external": {}}, {"type": "Resource"}]}}
    assert unserved_metrics([hpa], kubernetes_version="1.35") == ["HorizontalPodAutoscaler n/h: External (external.metrics.k8s.io)"]
    seldon = {"kind": "SeldonDeployment", "metadata": {"name": "m", "namespace": "s"},
              "spec": {"predictors": [{"name": "p", "componentSpecs": [{"hpaSpec": {"metricsv2": [{"type": "Resource"}]}}]}]}}
    assert unserved_metrics([seldon], kubernetes_version="1.33") == ["SeldonDeployment s/m predictor p: Resource (metrics.k8s.io)"]


@pytest.mark.parametrize("version", sorted(ADDON_VERSIONS))
def test_metrics_server_is_pinned_for_every_kubernetes_version(version):
    assert ADDON_VERSIONS[version][METRICS_ADDON].startswith("v0.")
