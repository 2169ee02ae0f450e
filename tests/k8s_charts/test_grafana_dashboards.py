"""Grafana dashboards as shipped: they read back unchanged through grafana-foundation-sdk's model of Grafana's
dashboard schema, query the provisioned Prometheus, and ask only for metrics and labels a scraped target serves."""

from __future__ import annotations

import copy
import json
import re

import yaml
from grafana_foundation_sdk.cog.encoder import JSONEncoder
from grafana_foundation_sdk.cog.plugins import register_default_plugins
from grafana_foundation_sdk.models import prometheus
from grafana_foundation_sdk.models.dashboard import Dashboard, Panel, RowPanel

from k8s_charts.monitoring import IMAGES
from k8s_charts.monitoring_config import PROMETHEUS_DATASOURCE_UID
from k8s_charts.seldon.serving_sla_chart import alert_rules
from tests.k8s_charts.seldon.support import one, props_for, synth

# Decoding a panel's targets and options looks the query and panel types up in the SDK's registry.
register_default_plugins()

# Grafana 12.1.x migrates dashboards up to schema version 41; version 42 came later (grafana/grafana#110517,
# merged September 2025). A dashboard written for a newer schema than the server's is not migrated down.
GRAFANA_SCHEMA = {"12.1.1": 41}

# Labels Prometheus adds to every series of a job (k8s_charts/monitoring_config.py, prometheus_config).
_ENDPOINT_TARGET = {"job", "instance", "namespace", "service", "pod"}
_KUBELET_TARGET = {"job", "instance"}  # plus the node's labels (labelmap); none queried here
_SELDON_TARGET = {"job", "instance", "namespace", "pod", "seldon_deployment"}
_SELDON_EXECUTOR = {"deployment_name", "predictor_name", "predictor_version", "model_name", "model_image",
                    "model_version", "service", "method", "code", "uri"}
_DCGM = {"gpu", "UUID", "device", "modelName", "Hostname", "DCGM_FI_DRIVER_VERSION", "pci_bus_id",
         "namespace", "pod", "container"}

# Scraped where: ("job", name) for a scrape job, ("service", "namespace/name") for an annotated Service.
# Each metric: its source, and the labels the exporter writes on it (le for histogram buckets).
METRICS: dict[str, tuple[tuple[str, str], set[str]]] = {
    # cAdvisor in the kubelet (/metrics/cadvisor).
    "container_cpu_usage_seconds_total": (("job", "cadvisor"), {"namespace", "pod", "container", "cpu", "id", "image", "name"}),
    "container_memory_working_set_bytes": (("job", "cadvisor"), {"namespace", "pod", "container", "id", "image", "name"}),
    # kube-state-metrics v2.16.0 docs/metrics (node, pod metrics); kube_node_labels gets the allowlisted labels below.
    "kube_node_labels": (("service", "monitoring/kube-state-metrics"), {"node"}),
    "kube_node_status_allocatable": (("service", "monitoring/kube-state-metrics"), {"node", "resource", "unit"}),
    "kube_pod_status_phase": (("service", "monitoring/kube-state-metrics"), {"namespace", "pod", "uid", "phase"}),
    "kube_pod_container_resource_requests": (("service", "monitoring/kube-state-metrics"),
                                             {"namespace", "pod", "uid", "container", "node", "resource", "unit"}),
    # node-exporter v1.9.1 cpu collector.
    "node_cpu_seconds_total": (("service", "node-exporter/node-exporter"), {"cpu", "mode"}),
    # Envoy's Prometheus stats on Emissary's admin port; the response code class is a tag Envoy extracts.
    "envoy_http_downstream_rq_xx": (("service", "emissary/emissary-ingress-admin"),
                                    {"envoy_http_conn_manager_prefix", "envoy_response_code_class"}),
    # dcgm-exporter 4.2.3-4.1.3 default counters; namespace/pod/container from its pod-resources mapping.
    "DCGM_FI_DEV_GPU_UTIL": (("service", "gpu-system/dcgm-exporter"), _DCGM),
    "DCGM_FI_DEV_FB_USED": (("service", "gpu-system/dcgm-exporter"), _DCGM),
    "DCGM_FI_DEV_POWER_USAGE": (("service", "gpu-system/dcgm-exporter"), _DCGM),
    # Seldon Core 1.17.1 executor (docs: analytics/analytics.html).
    "seldon_api_executor_server_requests_seconds_count": (("job", "seldon"), _SELDON_EXECUTOR),
    "seldon_api_executor_server_requests_seconds_bucket": (("job", "seldon"), _SELDON_EXECUTOR | {"le"}),
    "seldon_api_executor_client_requests_seconds_bucket": (("job", "seldon"), _SELDON_EXECUTOR | {"le"}),
}
TARGET_LABELS = {"cadvisor": _KUBELET_TARGET, "seldon": _SELDON_TARGET}

_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')
_MATCHERS = re.compile(r"\{([^}]*)\}")
_GROUPING = re.compile(r"\b(?:by|without|on|ignoring|group_left|group_right)\s*\(([^)]*)\)")
_KEYWORDS = {"and", "or", "unless", "bool", "offset"}


def promql_names(expr: str) -> tuple[set[str], set[str], set[str]]:
    """(metrics, labels in matchers, labels in by/on/... clauses) of a PromQL expression."""
    text = _STRING.sub('""', expr)
    matched = {label for body in _MATCHERS.findall(text) for label in re.findall(r"([A-Za-z_]\w*)\s*(?:=~|!~|!=|=)", body)}
    text = _MATCHERS.sub(" ", text)
    grouped = {label for body in _GROUPING.findall(text) for label in re.findall(r"[A-Za-z_]\w*", body)}
    text = re.sub(r"\[[^\]]*\]", " ", _GROUPING.sub(" ", text))
    metrics = {name for name, call in re.findall(r"([A-Za-z_:][\w:]*)(\s*\()?", text) if not call and name not in _KEYWORDS}
    return metrics, matched, grouped


def sdk_problems(text: str) -> list[str]:
    """What changes when the dashboard is decoded into the SDK's model and encoded again: a key Grafana's schema
    does not have is dropped, a mistyped value is reshaped. Empty when the dashboard is exactly the model's."""
    shipped = json.loads(text)
    again = json.loads(json.dumps(Dashboard.from_json(copy.deepcopy(shipped)), cls=JSONEncoder))
    problems: list[str] = []

    def walk(a: object, b: object, path: str) -> None:
        if isinstance(a, dict) and isinstance(b, dict):
            for key in sorted(set(a) | set(b)):
                if key not in b:
                    problems.append(f"{path}/{key}: not in the schema")
                elif key not in a:
                    problems.append(f"{path}/{key}: added by the model")
                else:
                    walk(a[key], b[key], f"{path}/{key}")
        elif isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
            for index, (x, y) in enumerate(zip(a, b)):
                walk(x, y, f"{path}[{index}]")
        elif a != b:
            problems.append(f"{path}: {a!r} reads back as {b!r}")

    walk(shipped, again, "")
    return problems


def vocabulary_problems(panels: list[dict], *, scraped: set[tuple[str, str]], node_labels: set[str]) -> list[str]:
    """Each target's metrics must be known and scraped, its labels carried by one of its metrics (or added by the
    scrape), and each {{label}} of its legend kept by a by/on clause (else the legend renders empty)."""
    problems = []
    for panel in panels:
        for target in panel.get("targets", []):
            where = f"{panel['title']!r} {target['refId']}"
            metrics, matched, grouped = promql_names(target["expr"])
            carried: set[str] = set()
            for metric in sorted(metrics):
                if metric not in METRICS:
                    problems.append(f"{where}: unknown metric {metric}")
                    continue
                source, labels = METRICS[metric]
                if source not in scraped:
                    problems.append(f"{where}: {metric} comes from {source[1]}, which Prometheus does not scrape")
                carried |= labels | TARGET_LABELS.get(source[1], _ENDPOINT_TARGET)
                if metric == "kube_node_labels":
                    carried |= node_labels
            for label in sorted((matched | grouped) - carried - {"le"}):
                problems.append(f"{where}: no queried metric has the label {label}")
            for label in sorted(set(re.findall(r"\{\{\s*(\w+)\s*\}\}", target.get("legendFormat", ""))) - grouped):
                problems.append(f"{where}: legend {{{{{label}}}}} names a label the query does not keep")
    return problems


def _shipped(charts) -> dict[str, str]:
    """Every dashboard file the charts provision: the platform's three and, with models declared, the serving SLA one."""
    files = dict(charts.one("ConfigMap", "grafana-dashboards", "monitoring")["data"])
    for sla in charts.find("ConfigMap", "seldon-sla-dashboard", "monitoring"):
        files.update(sla["data"])
    return files


def _scraped(charts) -> set[tuple[str, str]]:
    config = yaml.safe_load(charts.one("ConfigMap", "prometheus-config", "monitoring")["data"]["prometheus.yml"])
    jobs = {("job", job["job_name"]) for job in config["scrape_configs"]}
    return jobs | {("service", f"{s['metadata']['namespace']}/{s['metadata']['name']}") for s in charts.find("Service")
                   if (s["metadata"].get("annotations") or {}).get("prometheus.io/scrape") == "true"}


def _allowlisted_node_labels(charts) -> set[str]:
    """kube_node_labels' label_* labels: kube-state-metrics writes only the allowlisted node labels, sanitized."""
    args = charts.one("Deployment", "kube-state-metrics", "monitoring")["spec"]["template"]["spec"]["containers"][0]["args"]
    allowlist = next(a for a in args if a.startswith("--metric-labels-allowlist="))
    nodes = re.search(r"nodes=\[([^\]]*)\]", allowlist)
    return {"label_" + re.sub(r"[^A-Za-z0-9_]", "_", key) for key in (nodes.group(1).split(",") if nodes else [])}


def test_shipped_dashboards_read_back_unchanged_through_the_sdk(dev_charts, prod_charts):
    platform = {"cluster.json", "gpu.json", "model-serving.json"}
    expected = {"dev": platform | {"seldon-sla.json"}, "prod": platform}
    for charts in (dev_charts, prod_charts):
        files = _shipped(charts)
        assert set(files) == expected[charts.variant]
        for name, text in files.items():
            assert sdk_problems(text) == [], f"{charts.variant} {name}"


def test_a_key_outside_grafanas_schema_is_caught(dev_charts):
    dashboard = json.loads(_shipped(dev_charts)["gpu.json"])
    dashboard["refreshInterval"] = "1m"
    dashboard["panels"][0]["fieldConfig"]["defaults"]["units"] = "percent"
    assert sdk_problems(json.dumps(dashboard)) == ["/panels[0]/fieldConfig/defaults/units: not in the schema",
                                                   "/refreshInterval: not in the schema"]


def test_dashboards_fit_the_deployed_grafana_and_query_the_provisioned_prometheus(dev_charts):
    grafana_tag = IMAGES["grafana"][1]
    datasources = yaml.safe_load(dev_charts.one("ConfigMap", "grafana-datasources", "monitoring")["data"]["prometheus.yaml"])
    assert [d["uid"] for d in datasources["datasources"] if d["type"] == "prometheus"] == [PROMETHEUS_DATASOURCE_UID]
    for name, text in _shipped(dev_charts).items():
        model = Dashboard.from_json(json.loads(text))
        assert model.schema_version <= GRAFANA_SCHEMA[grafana_tag], name
        assert model.panels, name
        for panel in model.panels:
            if isinstance(panel, RowPanel):
                continue
            assert isinstance(panel, Panel) and panel.type_val == "timeseries", (name, panel.title)
            assert panel.datasource is not None and panel.datasource.uid == PROMETHEUS_DATASOURCE_UID, (name, panel.title)
            assert panel.targets and all(isinstance(t, prometheus.Dataquery) for t in panel.targets), (name, panel.title)


def test_every_panel_asks_for_metrics_and_labels_a_scraped_target_serves(dev_charts):
    scraped, node_labels = _scraped(dev_charts), _allowlisted_node_labels(dev_charts)
    assert "label_eks_amazonaws_com_nodegroup" in node_labels
    for name, text in _shipped(dev_charts).items():
        panels = json.loads(text)["panels"]
        assert vocabulary_problems(panels, scraped=scraped, node_labels=node_labels) == [], name


def test_the_vocabulary_check_rejects_unknown_metrics_labels_and_legends(dev_charts):
    scraped, node_labels = _scraped(dev_charts), _allowlisted_node_labels(dev_charts)

    def panel(expr: str, legend: str) -> dict:
        return {"title": "p", "targets": [{"refId": "A", "expr": expr, "legendFormat": legend}]}

    assert promql_names('sum by (a) (rate(m_total{b=~"x|y",c!=""}[5m])) * on (d) group_left() n') == (
        {"m_total", "n"}, {"b", "c"}, {"a", "d"})
    assert vocabulary_problems([panel("avg by (Hostname) (DCGM_FI_DEV_GPU_UTILIZATION)", "{{Hostname}}")],
                               scraped=scraped, node_labels=node_labels) == ["'p' A: unknown metric DCGM_FI_DEV_GPU_UTILIZATION",
                                                             "'p' A: no queried metric has the label Hostname"]
    assert vocabulary_problems([panel('sum by (zone) (kube_pod_status_phase{phase="Pending"})', "{{zone}}")],
                               scraped=scraped, node_labels=node_labels) == ["'p' A: no queried metric has the label zone"]
    assert vocabulary_problems([panel("sum(DCGM_FI_DEV_FB_USED)", "{{Hostname}}")], scraped=scraped,
                               node_labels=node_labels) == ["'p' A: legend {{Hostname}} names a label the query does not keep"]
    # A node label kube-state-metrics is not told to export is not there.
    assert vocabulary_problems([panel("count by (label_team) (kube_node_labels)", "{{label_team}}")], scraped=scraped,
                               node_labels=node_labels) == ["'p' A: no queried metric has the label label_team"]
    # A metric whose exporter Prometheus does not scrape.
    assert vocabulary_problems([panel("sum(DCGM_FI_DEV_POWER_USAGE)", "")], scraped=scraped - {("service", "gpu-system/dcgm-exporter")},
                               node_labels=node_labels) == [
        "'p' A: DCGM_FI_DEV_POWER_USAGE comes from gpu-system/dcgm-exporter, which Prometheus does not scrape"]


def test_sla_panels_plot_what_the_alerts_evaluate_at_the_alert_thresholds():
    """Two models (the second on the platform default SLA): each row's latency and error panels draw the alert's
    expression with a red line at the alert's threshold, in the row's own grid band."""
    from tests.conftest import shipped_config

    config = shipped_config("dev")
    first = config.serving.models[0]
    models = (first, first.model_copy(update={"name": f"{first.name}-b", "sla": None}))
    props = props_for(config, serving=config.serving.model_copy(update={"models": models}))
    _, objects = synth(props)
    text = one(objects, "ConfigMap", "seldon-sla-dashboard")["data"]["seldon-sla.json"]
    assert sdk_problems(text) == []
    panels = json.loads(text)["panels"]
    assert [p["type"] for p in panels] == ["row", "timeseries", "timeseries", "timeseries"] * 2
    for index, model in enumerate(models):
        row, latency, errors, rate = panels[4 * index: 4 * index + 4]
        assert row["title"].startswith(f"{model.name} ") and row["collapsed"] is False and row["gridPos"]["y"] == 9 * index
        assert {p["gridPos"]["y"] for p in (latency, errors, rate)} == {9 * index + 1}
        assert [p["gridPos"]["x"] for p in (latency, errors, rate)] == [0, 8, 16]
        sla = props.sla_for(model)
        alerts = {r["alert"]: r["expr"] for r in alert_rules(props, model)["rules"]}
        assert f"{latency['targets'][0]['expr']} > {sla.p99_latency_ms}" == alerts["SeldonModelLatencyP99High"]
        assert f"({errors['targets'][0]['expr']}) > {sla.error_rate}" == alerts["SeldonModelErrorRateHigh"]
        for panel, threshold in ((latency, sla.p99_latency_ms), (errors, sla.error_rate)):
            defaults = panel["fieldConfig"]["defaults"]
            assert defaults["thresholds"]["steps"][-1] == {"color": "red", "value": threshold}
            assert defaults["custom"]["thresholdsStyle"]["mode"] == "line"
        assert rate["fieldConfig"]["defaults"]["custom"]["thresholdsStyle"]["mode"] == "off"
        assert "thresholds" not in rate["fieldConfig"]["defaults"]


def renamed_labels(config: dict) -> list[str]:
    """Exporter labels Prometheus would rename to exported_<label>: ones the scrape job also writes on the
    target (its relabeling, job, instance) while the job does not honor the scraped labels."""
    jobs = {job["job_name"]: job for job in config["scrape_configs"]}
    problems = []
    for metric, ((kind, where), labels) in sorted(METRICS.items()):
        job = jobs[where if kind == "job" else "service-endpoints"]
        written = {"job", "instance"} | {r["target_label"] for r in job.get("relabel_configs", [])
                                         if not r.get("target_label", "__").startswith("__")}
        if labels & written and not job.get("honor_labels"):
            problems.append(f"{metric}: {sorted(labels & written)} become exported_* in job {job['job_name']}")
    return problems


def test_exporters_keep_the_namespace_and_pod_they_describe(dev_charts):
    """kube-state-metrics and DCGM label series with the workload's namespace/pod; the panels and the
    GpuPodsPending alert group and join on those, so the scrape must not replace them with the exporter's own."""
    config = yaml.safe_load(dev_charts.one("ConfigMap", "prometheus-config", "monitoring")["data"]["prometheus.yml"])
    assert renamed_labels(config) == []
    for job in config["scrape_configs"]:
        job.pop("honor_labels", None)
    problems = renamed_labels(config)
    assert any(p.startswith("kube_pod_status_phase: ['namespace', 'pod']") for p in problems), problems
    assert any(p.startswith("DCGM_FI_DEV_GPU_UTIL: ['namespace', 'pod']") for p in problems), problems
