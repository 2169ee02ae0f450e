"""Serving SLA: per-model Prometheus alert rules and a Grafana dashboard, generated from each model's `sla`.

Latency is the executor's view of the model (`seldon_api_executor_client_requests_seconds`, a histogram);
errors are the executor's answers to callers (`seldon_api_executor_server_requests_seconds_count` by HTTP
code). Both carry `deployment_name` = the SeldonDeployment name (executor/api/metric in 1.17.1).

The platform runs plain Prometheus and Grafana (no operator, so no PrometheusRule CRD, no dashboard
sidecar): the monitoring chart mounts the ConfigMaps named in `COMPONENT_RULE_CONFIG_MAPS` and
`COMPONENT_DASHBOARD_CONFIG_MAPS` (optional projected sources) next to its own, so this chart writes a
Prometheus rule file and a Grafana dashboard (one row per model) into the monitoring namespace under
those names. These complement the platform-wide serving alerts (one threshold for all models) with each
model's own SLA.
"""

from __future__ import annotations

import json
from typing import Any

import yaml
from constructs import Construct

from k8s_charts.base import PlatformChart
from k8s_charts.monitoring import COMPONENT_DASHBOARD_CONFIG_MAPS, COMPONENT_RULE_CONFIG_MAPS
from k8s_charts.seldon.props import SELDON_VERSION, ServingProps
from platform_config.serving import ModelDeployment

RULES_LABEL = "ml-platform/prometheus-rules"
RULES_CONFIG_MAP = COMPONENT_RULE_CONFIG_MAPS[0]
DASHBOARD_CONFIG_MAP = COMPONENT_DASHBOARD_CONFIG_MAPS[0]
WINDOW = "5m"


def _selector(props: ServingProps, model: ModelDeployment) -> str:
    return f'namespace="{props.namespace}",deployment_name="{model.name}"'


def latency_p99_ms(props: ServingProps, model: ModelDeployment) -> str:
    return (f"histogram_quantile(0.99, sum by (le) (rate(seldon_api_executor_client_requests_seconds_bucket"
            f"{{{_selector(props, model)}}}[{WINDOW}]))) * 1000")


def error_ratio(props: ServingProps, model: ModelDeployment) -> str:
    sel = _selector(props, model)
    return (f'sum(rate(seldon_api_executor_server_requests_seconds_count{{{sel},code=~"5.."}}[{WINDOW}]))'
            f" / sum(rate(seldon_api_executor_server_requests_seconds_count{{{sel}}}[{WINDOW}]))")


def alert_rules(props: ServingProps, model: ModelDeployment) -> dict[str, Any]:
    """One Prometheus rule group per model: latency and error-rate alerts at the declared thresholds."""
    labels = {"severity": "warning", "namespace": props.namespace, "model": model.name, "team": model.metadata.owner}
    sla = props.sla_for(model)
    return {
        "name": f"seldon-sla-{model.name}",
        "rules": [
            {
                "alert": "SeldonModelLatencyP99High",
                "expr": f"{latency_p99_ms(props, model)} > {sla.p99_latency_ms}",
                "for": f"{props.alert_for_minutes}m",
                "labels": labels,
                "annotations": {
                    "summary": f"{model.name}: p99 latency above {sla.p99_latency_ms} ms",
                    "description": f"p99 latency of model {model.name} ({model.version}) is {{{{ $value | humanize }}}} ms "
                                   f"over {WINDOW}; the SLA is {sla.p99_latency_ms} ms.",
                },
            },
            {
                "alert": "SeldonModelErrorRateHigh",
                "expr": f"({error_ratio(props, model)}) > {sla.error_rate}",
                "for": f"{props.alert_for_minutes}m",
                "labels": {**labels, "severity": "critical"},
                "annotations": {
                    "summary": f"{model.name}: error rate above {sla.error_rate:.2%}",
                    "description": f"5xx ratio of model {model.name} ({model.version}) is {{{{ $value | humanizePercentage }}}} "
                                   f"over {WINDOW}; the SLA is {sla.error_rate:.2%}.",
                },
            },
        ],
    }


def dashboard_row(props: ServingProps, model: ModelDeployment, row_index: int) -> list[dict[str, Any]]:
    """A collapsed-free row: latency p99 vs SLA, error ratio vs SLA, request rate."""
    sla = props.sla_for(model)
    y = row_index * 9
    base = row_index * 10
    sel = _selector(props, model)

    def panel(offset: int, title: str, expr: str, unit: str, threshold: float | None, x: int) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": base + offset, "type": "timeseries", "title": title, "datasource": {"type": "prometheus", "uid": "prometheus"},
            "gridPos": {"h": 8, "w": 8, "x": x, "y": y + 1},
            "targets": [{"refId": "A", "expr": expr, "legendFormat": model.name}],
            "fieldConfig": {"defaults": {"unit": unit}, "overrides": []},
        }
        if threshold is not None:
            out["fieldConfig"]["defaults"]["thresholds"] = {"mode": "absolute", "steps": [
                {"color": "green", "value": None}, {"color": "red", "value": threshold}]}
            out["fieldConfig"]["defaults"]["custom"] = {"thresholdsStyle": {"mode": "line"}}
        return out

    return [
        {"id": base, "type": "row", "title": f"{model.name} {model.version} (owner {model.metadata.owner})", "collapsed": False,
         "gridPos": {"h": 1, "w": 24, "x": 0, "y": y}, "panels": []},
        panel(1, "p99 latency vs SLA", latency_p99_ms(props, model), "ms", sla.p99_latency_ms, 0),
        panel(2, "Error ratio vs SLA", error_ratio(props, model), "percentunit", sla.error_rate, 8),
        panel(3, "Requests per second",
              f"sum by (predictor_name) (rate(seldon_api_executor_server_requests_seconds_count{{{sel}}}[{WINDOW}]))", "reqps", None, 16),
    ]


def dashboard(props: ServingProps) -> dict[str, Any]:
    panels: list[dict[str, Any]] = []
    for index, model in enumerate(props.serving.models):
        panels += dashboard_row(props, model, index)
    return {
        "uid": "seldon-serving-sla", "title": "Model serving SLA", "tags": ["seldon", "sla"], "timezone": "utc",
        "schemaVersion": 39, "version": 1, "refresh": "1m", "time": {"from": "now-6h", "to": "now"}, "panels": panels,
    }


class ServingSlaChart(PlatformChart):
    """Alert rules and the SLA dashboard for every declared model, in the monitoring namespace."""

    def __init__(self, scope: Construct, construct_id: str, *, props: ServingProps) -> None:
        super().__init__(scope, construct_id, component="serving-sla", version=SELDON_VERSION,
                         kubernetes_version=props.kubernetes_version, identity_mode=props.identity_mode)
        ns = props.monitoring_namespace
        groups = [alert_rules(props, model) for model in props.serving.models]
        self.rules = self.api("Rules", api_version="v1", kind="ConfigMap", name=RULES_CONFIG_MAP, namespace=ns,
                              labels={RULES_LABEL: "true"},
                              data={"seldon-sla.rules.yaml": yaml.safe_dump({"groups": groups}, sort_keys=False)})
        key, value = props.grafana_dashboard_label
        self.dashboard = self.api("Dashboard", api_version="v1", kind="ConfigMap", name=DASHBOARD_CONFIG_MAP, namespace=ns,
                                  labels={key: value},
                                  data={"seldon-sla.json": json.dumps(dashboard(props), sort_keys=True)})
