"""Serving SLA: per-model Prometheus alert rules and a Grafana dashboard, generated from each model's `sla`.

Latency is the executor's view of the model (`seldon_api_executor_client_requests_seconds`, a histogram);
errors are the executor's answers to prediction calls (`seldon_api_executor_server_requests_seconds_count`
with `service="predictions"`, by HTTP code). Both carry `deployment_name` = the SeldonDeployment name (executor/api/metric in 1.17.1).

The platform runs plain Prometheus and Grafana (no operator, so no PrometheusRule CRD, no dashboard
sidecar): the monitoring chart mounts the ConfigMaps named in `COMPONENT_RULE_CONFIG_MAPS` and
`COMPONENT_DASHBOARD_CONFIG_MAPS` (optional projected sources) next to its own, so this chart writes a
Prometheus rule file and a Grafana dashboard (one row per model) into the monitoring namespace under
those names. These complement the platform-wide serving alerts (one threshold for all models) with each
model's own SLA. The dashboard is built with Grafana's typed builders (grafana-foundation-sdk), like the
platform's own dashboards (k8s_charts/monitoring_config.py).
"""

from __future__ import annotations

import json
from typing import Any

import yaml
from constructs import Construct
from grafana_foundation_sdk.builders import dashboard as dashboards
from grafana_foundation_sdk.builders import timeseries
from grafana_foundation_sdk.cog.encoder import JSONEncoder
from grafana_foundation_sdk.models import dashboard as dashboard_model
from grafana_foundation_sdk.models import units

from k8s_charts.base import PlatformChart
from k8s_charts.monitoring import COMPONENT_DASHBOARD_CONFIG_MAPS, COMPONENT_RULE_CONFIG_MAPS
from k8s_charts.monitoring_config import (
    DASHBOARD_REFRESH, DASHBOARD_TIME, DASHBOARD_TIMEZONE, PREDICTIONS_SELECTOR, timeseries_panel,
)
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


def _predictions(props: ServingProps, model: ModelDeployment) -> str:
    """The model's prediction answers: the executor also times its feedback, status and metadata ones (`service`)."""
    return f"{_selector(props, model)},{PREDICTIONS_SELECTOR}"


def error_ratio(props: ServingProps, model: ModelDeployment) -> str:
    sel = _predictions(props, model)
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


def dashboard_row(props: ServingProps, model: ModelDeployment, row_index: int) -> tuple[dashboards.Row, list[timeseries.Panel]]:
    """An expanded row (its panels follow it on the dashboard): latency p99 vs SLA, error ratio vs SLA, request rate.

    Panel ids are `10 * row_index + n` (the row itself is n = 0), so they stay unique and stable per model position.
    """
    sla = props.sla_for(model)
    y = row_index * 9
    base = row_index * 10
    sel = _predictions(props, model)

    def panel(offset: int, title: str, expr: str, unit: str, threshold: float | None, x: int) -> timeseries.Panel:
        return timeseries_panel(panel_id=base + offset, title=title, unit=unit, threshold=threshold,
                                grid=dashboard_model.GridPos(h=8, w=8, x=x, y=y + 1), queries=[(expr, model.name)])

    # An expanded row holds no panels: the SDK's Row.with_panel would collapse it, so the panels go on the dashboard.
    row = (dashboards.Row(f"{model.name} {model.version} (owner {model.metadata.owner})").id(base).collapsed(False)
           .grid_pos(dashboard_model.GridPos(h=1, w=24, x=0, y=y)))
    return row, [
        panel(1, "p99 latency vs SLA", latency_p99_ms(props, model), units.Milliseconds, sla.p99_latency_ms, 0),
        panel(2, "Error ratio vs SLA", error_ratio(props, model), units.PercentUnit, sla.error_rate, 8),
        panel(3, "Requests per second",
              f"sum by (predictor_name) (rate(seldon_api_executor_server_requests_seconds_count{{{sel}}}[{WINDOW}]))",
              units.RequestsPerSecond, None, 16),
    ]


def dashboard(props: ServingProps) -> dashboard_model.Dashboard:
    """The serving SLA dashboard: one row per declared model."""
    builder = (dashboards.Dashboard("Model serving SLA").uid("seldon-serving-sla").tags(["seldon", "sla"])
               .timezone(DASHBOARD_TIMEZONE).version(1).refresh(DASHBOARD_REFRESH).time(*DASHBOARD_TIME))
    for index, model in enumerate(props.serving.models):
        row, panels = dashboard_row(props, model, index)
        builder.with_row(row)
        for panel in panels:
            builder.with_panel(panel)
    return builder.build()


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
                                  data={"seldon-sla.json": json.dumps(dashboard(props), cls=JSONEncoder, sort_keys=True)})
