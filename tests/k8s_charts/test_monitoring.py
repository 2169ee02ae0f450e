"""Monitoring: SLA thresholds from config, scrape coverage, encrypted volumes, metrics to S3, Grafana via gateway."""

from __future__ import annotations

import dataclasses
import json

import yaml

from k8s_charts.platform_charts import synth_objects


def _rules(objects) -> dict[str, dict]:
    config_map = next(o for o in objects if o["kind"] == "ConfigMap" and o["metadata"]["name"] == "prometheus-rules")
    groups = yaml.safe_load(config_map["data"]["platform-alerts.yaml"])["groups"]
    return {rule["alert"]: rule for group in groups for rule in group["rules"]}


def test_sla_alerts_take_their_thresholds_from_config(charts):
    sla = charts.props.platform_services.monitoring.sla
    rules = _rules(charts.objects)
    latency, errors = rules["ModelP99LatencyAboveSLA"], rules["ModelErrorRateAboveSLA"]
    assert latency["expr"].endswith(f"* 1000 > {sla.p99_latency_ms}") and "histogram_quantile(0.99" in latency["expr"]
    assert errors["expr"].endswith(f"> {sla.error_rate_percent}") and 'code=~"5.."' in errors["expr"]
    assert latency["for"] == errors["for"] == f"{sla.for_minutes}m"
    assert "by (deployment_name, predictor_name" in latency["expr"]


def test_changing_the_config_changes_the_alerts(dev_charts):
    services = dev_charts.props.platform_services
    sla = services.monitoring.sla.model_copy(update={"p99_latency_ms": 123, "error_rate_percent": 0.5})
    monitoring = services.monitoring.model_copy(update={"sla": sla})
    props = dataclasses.replace(dev_charts.props, platform_services=services.model_copy(update={"monitoring": monitoring}))
    rules = _rules(synth_objects(props)["monitoring"])
    assert rules["ModelP99LatencyAboveSLA"]["expr"].endswith("> 123")
    assert rules["ModelErrorRateAboveSLA"]["expr"].endswith("> 0.5")


def test_environments_have_different_slas(dev_charts, prod_charts):
    assert _rules(dev_charts.objects)["ModelP99LatencyAboveSLA"]["expr"] != _rules(prod_charts.objects)["ModelP99LatencyAboveSLA"]["expr"]


def test_prometheus_scrapes_gateway_seldon_gpu_nodes_and_kube_state_metrics(dev_charts):
    config = yaml.safe_load(dev_charts.one("ConfigMap", "prometheus-config", "monitoring")["data"]["prometheus.yml"])
    jobs = {job["job_name"] for job in config["scrape_configs"]}
    assert {"service-endpoints", "seldon", "kubelet", "cadvisor"} <= jobs
    annotated = {(o["metadata"]["namespace"], o["metadata"]["name"]) for o in dev_charts.find("Service")
                 if (o["metadata"].get("annotations") or {}).get("prometheus.io/scrape") == "true"}
    assert {("emissary", "emissary-ingress-admin"), ("gpu-system", "dcgm-exporter"), ("node-exporter", "node-exporter"),
            ("monitoring", "kube-state-metrics")} <= annotated
    # Every annotated Service's port annotation names one of its ports.
    for service in dev_charts.find("Service"):
        annotations = service["metadata"].get("annotations") or {}
        if "prometheus.io/port" in annotations:
            assert int(annotations["prometheus.io/port"]) in [p["port"] for p in service["spec"]["ports"]]


def test_stateful_monitoring_volumes_are_encrypted_gp3(charts):
    monitoring = charts.props.platform_services.monitoring
    prometheus = charts.one("StatefulSet", "prometheus", "monitoring")
    claim = prometheus["spec"]["volumeClaimTemplates"][0]["spec"]
    assert claim["storageClassName"] == "gp3-encrypted"
    assert claim["resources"]["requests"]["storage"] == f"{monitoring.prometheus_storage_gib}Gi"
    assert prometheus["spec"]["replicas"] == monitoring.prometheus_replicas
    args = prometheus["spec"]["template"]["spec"]["containers"][0]["args"]
    assert f"--storage.tsdb.retention.time={monitoring.retention_days}d" in args
    assert charts.one("StatefulSet", "alertmanager", "monitoring")["spec"]["volumeClaimTemplates"][0]["spec"]["storageClassName"] == "gp3-encrypted"
    assert charts.one("PersistentVolumeClaim", "grafana", "monitoring")["spec"]["storageClassName"] == "gp3-encrypted"


def test_thanos_sidecar_ships_blocks_to_the_metrics_bucket(charts):
    objstore = yaml.safe_load(charts.one("ConfigMap", "thanos-objstore", "monitoring")["data"]["objstore.yml"])
    assert objstore["type"] == "S3" and objstore["config"]["bucket"] == charts.props.buckets["metrics"]
    pod = charts.one("StatefulSet", "prometheus", "monitoring")["spec"]["template"]
    assert [c["name"] for c in pod["spec"]["containers"]] == ["prometheus", "thanos-sidecar"]
    assert pod["spec"]["serviceAccountName"] == charts.props.identities["monitoring-metrics-export"].service_account


def test_grafana_is_provisioned_and_reached_through_the_gateway(dev_charts):
    hostname = dev_charts.props.platform_services.gateway.hostname
    mapping = dev_charts.one("Mapping", "grafana", "monitoring")
    assert mapping["spec"]["hostname"] == hostname and mapping["spec"]["prefix"] == "/grafana/"
    dashboards = dev_charts.one("ConfigMap", "grafana-dashboards", "monitoring")["data"]
    titles = {json.loads(text)["title"] for text in dashboards.values()}
    assert titles == {"Cluster", "GPU utilisation", "Model serving"}
    serving = json.loads(dashboards["model-serving.json"])
    assert {p["title"] for p in serving["panels"]} >= {"Request rate per model", "Latency percentiles per model",
                                                       "Error rate per model (%)"}
    datasources = yaml.safe_load(dev_charts.one("ConfigMap", "grafana-datasources", "monitoring")["data"]["prometheus.yaml"])
    assert datasources["datasources"][0]["url"] == "http://prometheus.monitoring.svc:9090"
    policy = dev_charts.one("NetworkPolicy", "grafana-from-gateway", "monitoring")
    assert policy["spec"]["ingress"][0]["from"][0]["namespaceSelector"]["matchLabels"] == {"kubernetes.io/metadata.name": "emissary"}
