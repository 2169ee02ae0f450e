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
    assert rules["metadata"]["namespace"] == props.monitoring_namespace
    assert all(r["for"] == f"{props.alert_for_minutes}m" for g in yaml.safe_load(rules["data"]["seldon-sla.rules.yaml"])["groups"] for r in g["rules"])
    groups = {g["name"]: g for g in yaml.safe_load(rules["data"]["seldon-sla.rules.yaml"])["groups"]}
    for model in config.serving.models:
        alerts = {r["alert"]: r for r in groups[f"seldon-sla-{model.name}"]["rules"]}
        latency = alerts["SeldonModelLatencyP99High"]["expr"]
        assert "seldon_api_executor_client_requests_seconds_bucket" in latency and "histogram_quantile(0.99" in latency
        sla = props.sla_for(model)
        assert f'deployment_name="{model.name}"' in latency and latency.endswith(f"> {sla.p99_latency_ms}")
        errors = alerts["SeldonModelErrorRateHigh"]["expr"]
        assert 'code=~"5.."' in errors and errors.endswith(f"> {sla.error_rate}")


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
    assert any(t and t["steps"][-1]["value"] == props.sla_for(config.serving.models[0]).p99_latency_ms for t in thresholds)


def test_models_without_an_sla_use_the_platform_default():
    from tests.conftest import shipped_config
    from tests.k8s_charts.seldon.support import props_for, synth

    config = shipped_config("dev")
    models = tuple(m.model_copy(update={"sla": None}) for m in config.serving.models)
    props = props_for(config, serving=config.serving.model_copy(update={"models": models}))
    _, objects = synth(props)
    groups = yaml.safe_load(one(objects, "ConfigMap", "seldon-sla-rules")["data"]["seldon-sla.rules.yaml"])["groups"]
    platform = config.platform_services.monitoring.sla
    latency = groups[0]["rules"][0]["expr"]
    assert latency.endswith(f"> {platform.p99_latency_ms}")
    assert groups[0]["rules"][1]["expr"].endswith(f"> {platform.error_rate_percent / 100}")


def test_monitoring_mounts_the_sla_rules_and_dashboard(dev_charts):
    prometheus = dev_charts.one("StatefulSet", "prometheus", "monitoring")
    grafana = dev_charts.one("Deployment", "grafana", "monitoring")
    rules = next(v for v in prometheus["spec"]["template"]["spec"]["volumes"] if v["name"] == "rules")
    dashboards = next(v for v in grafana["spec"]["template"]["spec"]["volumes"] if v["name"] == "dashboards")
    assert {"configMap": {"name": "seldon-sla-rules", "optional": True}} in rules["projected"]["sources"]
    assert {"configMap": {"name": "seldon-sla-dashboard", "optional": True}} in dashboards["projected"]["sources"]
    assert dev_charts.one("ConfigMap", "seldon-sla-rules", "monitoring")
    assert dev_charts.one("ConfigMap", "seldon-sla-dashboard", "monitoring")
