"""Serving SLA: alert rules at each model's thresholds and a dashboard row per model."""

from __future__ import annotations

import json

import yaml

from k8s_charts.seldon.serving_sla_chart import RULES_LABEL
from tests.k8s_charts.seldon.support import one


def test_each_model_has_latency_and_error_alerts_at_its_sla(dev_serving):
    config, props, _, objects = dev_serving
    rules = one(objects, "ConfigMap", "seldon-sla-rules")
    assert rules["metadata"]["labels"][RULES_LABEL] == "true"
    assert rules["metadata"]["namespace"] == props.namespace
    assert all(r["for"] == f"{props.alert_for_minutes}m" for g in yaml.safe_load(rules["data"]["seldon-sla.rules.yaml"])["groups"] for r in g["rules"])
    groups = {g["name"]: g for g in yaml.safe_load(rules["data"]["seldon-sla.rules.yaml"])["groups"]}
    for model in config.serving.models:
        alerts = {r["alert"]: r for r in groups[f"seldon-sla-{model.name}"]["rules"]}
        latency = alerts["SeldonModelLatencyP99High"]["expr"]
        assert "seldon_api_executor_client_requests_seconds_bucket" in latency and "histogram_quantile(0.99" in latency
        assert f'deployment_name="{model.name}"' in latency and latency.endswith(f"> {model.sla.p99_latency_ms}")
        errors = alerts["SeldonModelErrorRateHigh"]["expr"]
        assert 'code=~"5.."' in errors and errors.endswith(f"> {model.sla.error_rate}")


def test_dashboard_has_a_row_per_model_for_the_grafana_sidecar(dev_serving):
    config, props, _, objects = dev_serving
    dashboard_cm = one(objects, "ConfigMap", "seldon-sla-dashboard")
    key, value = props.grafana_dashboard_label
    assert dashboard_cm["metadata"]["labels"][key] == value
    dashboard = json.loads(dashboard_cm["data"]["seldon-sla.json"])
    rows = [p["title"] for p in dashboard["panels"] if p["type"] == "row"]
    assert len(rows) == len(config.serving.models)
    ids = [p["id"] for p in dashboard["panels"]]
    assert len(ids) == len(set(ids))
    thresholds = [p["fieldConfig"]["defaults"].get("thresholds") for p in dashboard["panels"] if p["type"] == "timeseries"]
    assert any(t and t["steps"][-1]["value"] == config.serving.models[0].sla.p99_latency_ms for t in thresholds)
