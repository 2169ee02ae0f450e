"""Grafana dashboards and Prometheus alert rules as shipped: the dashboards read back unchanged through
grafana-foundation-sdk's model of Grafana's dashboard schema and query the provisioned Prometheus; every panel and
alert asks only for metrics, labels and values a scraped target serves, as the exporters' pinned releases write them
(tests/upstream_facts/metrics/)."""

from __future__ import annotations

import copy
import json
import re
from dataclasses import dataclass

import pytest
import yaml
from grafana_foundation_sdk.cog.encoder import JSONEncoder
from grafana_foundation_sdk.cog.plugins import register_default_plugins
from grafana_foundation_sdk.models import prometheus
from grafana_foundation_sdk.models.dashboard import Dashboard, Panel, RowPanel

from k8s_charts.monitoring import IMAGES
from k8s_charts.monitoring_config import PROMETHEUS_DATASOURCE_UID
from k8s_charts.seldon.serving_sla_chart import alert_rules
from tests.k8s_charts.seldon.support import one, props_for, synth
from tests.support.metric_facts import Metric, exporter_facts, load_exporter_facts, load_metric_facts

# Decoding a panel's targets and options looks the query and panel types up in the SDK's registry.
register_default_plugins()

# Grafana 12.1.x migrates dashboards up to schema version 41; version 42 came later (grafana/grafana#110517,
# merged September 2025). A dashboard written for a newer schema than the server's is not migrated down.
GRAFANA_SCHEMA = {"12.1.1": 41}

# Every series the dashboards and alerts may ask for, with the labels its exporter writes, from the exporters' pinned
# sources (tests/upstream_facts/metrics/).
METRICS = load_metric_facts()

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


@dataclass(frozen=True)
class Scrape:
    """What the provisioned Prometheus scrapes, read from the charts."""

    scraped: frozenset[tuple[str, str]]  # ("job", name) for a scrape job, ("service", "namespace/name") for an annotated Service
    targets: dict[str, frozenset[str]]  # job -> labels the job writes on every series (job, instance, relabeling)
    node_labels: frozenset[str]  # kube_node_labels' label_* labels (the allowlist)

    def target_labels(self, metric: Metric) -> frozenset[str]:
        kind, name = metric.scraped_from
        if kind == "every_target":
            return frozenset({"job", "instance"})
        return self.targets.get(name if kind == "job" else "service-endpoints", frozenset({"job", "instance"}))

    def serves(self, metric: Metric) -> bool:
        return metric.scraped_from[0] == "every_target" or metric.scraped_from in self.scraped


_SELECTOR = re.compile(r"([A-Za-z_:][\w:]*)\s*\{([^}]*)\}")
_MATCHER = re.compile(r'([A-Za-z_]\w*)\s*(=~|!~|!=|=)\s*"((?:[^"\\]|\\.)*)"')
_AGGREGATION = re.compile(r"\b(?:sum|avg|min|max|count|group|stddev|stdvar|topk|bottomk|quantile|count_values)\s*(?:by|without|\()")


def _matcher_problems(where: str, expr: str, scrape: Scrape) -> list[str]:
    """Matchers on values the exporter never writes (a phase it has no name for, a resource name in the form the
    API spells it rather than the sanitized one), and presence filters that pass everything: `label!=""` on a label
    the exporter writes only on some series while the scrape writes it on all of them."""
    problems = []
    for name, body in _SELECTOR.findall(expr):
        metric = METRICS.get(name)
        if metric is None:
            continue
        for label, op, value in _MATCHER.findall(body):
            if (op, value) in (("!=", ""), ("=~", ".+")) and label in metric.only_when_mapped & scrape.target_labels(metric):
                problems.append(f'{where}: {name}{{{label}{op}"{value}"}} passes every series: the exporter writes {label} only on '
                                f"some, and the scrape sets it on the others to the exporter's own")
            if op == "=":
                wanted = [value]
            elif op in ("=~", "!~") and re.fullmatch(r"\w+(?:\|\w+)*", value):
                wanted = value.split("|")
            else:
                continue
            for one in wanted:
                if label in metric.values and one not in metric.values[label]:
                    problems.append(f"{where}: {name} never has {label}={one!r} (the exporter writes {list(metric.values[label])})")
                if label in metric.patterns and not re.fullmatch(metric.patterns[label], one):
                    problems.append(f"{where}: {name} never has {label}={one!r} (its values have the form {metric.patterns[label]})")
    return problems


def query_problems(where: str, expr: str, shown: dict[str, str], scrape: Scrape) -> list[str]:
    """A query's metrics must be known and scraped, its labels carried by one of its metrics (or added by the scrape),
    its matchers able to match, and each label it shows (`shown`: label -> how it is shown) kept by the query."""
    problems = []
    metrics, matched, grouped = promql_names(expr)
    carried: set[str] = set()
    for name in sorted(metrics):
        metric = METRICS.get(name)
        if metric is None:
            problems.append(f"{where}: unknown metric {name}")
            continue
        if not scrape.serves(metric):
            problems.append(f"{where}: {name} comes from {metric.scraped_from[1]}, which Prometheus does not scrape")
        carried |= metric.written | scrape.target_labels(metric)
        if metric.allowlisted_labels == "nodes":
            carried |= scrape.node_labels
        if metric.zero_until_set and "time()" in expr and not re.search(r"\bor\b", expr):
            problems.append(f"{where}: {name} reads 0 until it is first set after the exporter starts, so time() minus it "
                            f"exceeds any threshold then; fall back (or) to the process start")
        if metric.includes_finished_pods and not re.search(r'kube_pod_status_phase\s*\{[^}]*phase\s*=~?\s*"', expr):
            problems.append(f"{where}: {name} also counts finished pods; join it with kube_pod_status_phase")
    for label in sorted((matched | grouped) - carried - {"le"}):
        problems.append(f"{where}: no queried metric has the label {label}")
    problems += _matcher_problems(where, expr, scrape)
    kept = grouped if _AGGREGATION.search(_STRING.sub('""', expr)) else carried
    for label in sorted(set(shown) - kept):
        problems.append(f"{where}: {shown[label]} names a label the query does not keep")
    return problems


def vocabulary_problems(panels: list[dict], *, scrape: Scrape) -> list[str]:
    """Each panel target checked as a query; each {{label}} of its legend must be kept (else it renders empty)."""
    return [problem for panel in panels for target in panel.get("targets", [])
            for problem in query_problems(
                f"{panel['title']!r} {target['refId']}", target["expr"],
                {label: f"legend {{{{{label}}}}}" for label in re.findall(r"\{\{\s*(\w+)\s*\}\}", target.get("legendFormat", ""))},
                scrape)]


def rule_problems(groups: list[dict], *, scrape: Scrape) -> list[str]:
    """Each alert's expr checked as a query; each {{ $labels.x }} of its annotations must be kept (else it renders
    empty in the notification)."""
    problems = []
    for group in groups:
        for rule in group["rules"]:
            text = " ".join(str(v) for v in (rule.get("annotations") or {}).values())
            shown = {label: f"annotation $labels.{label}" for label in re.findall(r"\$labels\.(\w+)", text)}
            problems += query_problems(f"{group['name']}/{rule.get('alert') or rule.get('record')}", rule["expr"], shown, scrape)
    return problems


def _shipped(charts) -> dict[str, str]:
    """Every dashboard file the charts provision: the platform's three and, with models declared, the serving SLA one."""
    files = dict(charts.one("ConfigMap", "grafana-dashboards", "monitoring")["data"])
    for sla in charts.find("ConfigMap", "seldon-sla-dashboard", "monitoring"):
        files.update(sla["data"])
    return files


def _rule_files(charts) -> dict[str, dict]:
    """Every Prometheus rule file the charts mount: the platform's alerts and, with models declared, the serving SLA ones."""
    files = dict(charts.one("ConfigMap", "prometheus-rules", "monitoring")["data"])
    for sla in charts.find("ConfigMap", "seldon-sla-rules", "monitoring"):
        files.update(sla["data"])
    return {name: yaml.safe_load(text) for name, text in files.items()}


def _prometheus_config(charts) -> dict:
    return yaml.safe_load(charts.one("ConfigMap", "prometheus-config", "monitoring")["data"]["prometheus.yml"])


def _scrape(charts) -> Scrape:
    config = _prometheus_config(charts)
    jobs = {("job", job["job_name"]) for job in config["scrape_configs"]}
    services = {("service", f"{s['metadata']['namespace']}/{s['metadata']['name']}") for s in charts.find("Service")
                if (s["metadata"].get("annotations") or {}).get("prometheus.io/scrape") == "true"}
    # Labels a job writes on every series: job and instance, and each relabeling's target label (a labelmap of node
    # labels adds names no query here uses).
    targets = {job["job_name"]: frozenset({"job", "instance"} | {r["target_label"] for r in job.get("relabel_configs", [])
                                                                 if not r.get("target_label", "__").startswith("__")})
               for job in config["scrape_configs"]}
    return Scrape(scraped=frozenset(jobs | services), targets=targets, node_labels=frozenset(_allowlisted_node_labels(charts)))


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
    scrape = _scrape(dev_charts)
    assert "label_eks_amazonaws_com_nodegroup" in scrape.node_labels
    for name, text in _shipped(dev_charts).items():
        panels = json.loads(text)["panels"]
        assert vocabulary_problems(panels, scrape=scrape) == [], name


def test_every_alert_asks_for_metrics_and_labels_a_scraped_target_serves(dev_charts):
    files = _rule_files(dev_charts)
    assert set(files) == {"platform-alerts.yaml", "seldon-sla.rules.yaml"}
    scrape = _scrape(dev_charts)
    for name, rules in files.items():
        assert rules["groups"] and all(g["rules"] for g in rules["groups"]), name
        assert rule_problems(rules["groups"], scrape=scrape) == [], name


def test_the_vocabulary_check_rejects_unknown_metrics_labels_and_legends(dev_charts):
    scrape = _scrape(dev_charts)

    def check(expr: str, legend: str = "", *, scraped: Scrape = scrape) -> list[str]:
        return vocabulary_problems([{"title": "p", "targets": [{"refId": "A", "expr": expr, "legendFormat": legend}]}],
                                   scrape=scraped)

    assert promql_names('sum by (a) (rate(m_total{b=~"x|y",c!=""}[5m])) * on (d) group_left() n') == (
        {"m_total", "n"}, {"b", "c"}, {"a", "d"})
    assert check("avg by (Hostname) (DCGM_FI_DEV_GPU_UTILIZATION)", "{{Hostname}}") == [
        "'p' A: unknown metric DCGM_FI_DEV_GPU_UTILIZATION", "'p' A: no queried metric has the label Hostname"]
    assert check('sum by (zone) (kube_pod_status_phase{phase="Pending"})', "{{zone}}") == [
        "'p' A: no queried metric has the label zone"]
    assert check("sum(DCGM_FI_DEV_FB_USED)", "{{Hostname}}") == [
        "'p' A: legend {{Hostname}} names a label the query does not keep"]
    # A node label kube-state-metrics is not told to export is not there.
    assert check("count by (label_team) (kube_node_labels)", "{{label_team}}") == [
        "'p' A: no queried metric has the label label_team"]
    # A metric whose exporter Prometheus does not scrape.
    unscraped = Scrape(scraped=scrape.scraped - {("service", "gpu-system/dcgm-exporter")}, targets=scrape.targets,
                       node_labels=scrape.node_labels)
    assert check("sum(DCGM_FI_DEV_POWER_USAGE)", scraped=unscraped) == [
        "'p' A: DCGM_FI_DEV_POWER_USAGE comes from gpu-system/dcgm-exporter, which Prometheus does not scrape"]
    # The executor's server histogram has no model_name (only the client histogram does).
    assert check("sum by (model_name) (rate(seldon_api_executor_server_requests_seconds_count[5m]))", "{{model_name}}") == [
        "'p' A: no queried metric has the label model_name"]
    # Values the exporter never writes: the API's resource name (kube-state-metrics sanitizes it), a phase it has no name for.
    live = '* on (namespace, pod) group_left() (kube_pod_status_phase{phase="Running"} == 1)'
    assert check(f'sum(kube_pod_container_resource_requests{{resource="nvidia.com/gpu"}} {live})') == [
        "'p' A: kube_pod_container_resource_requests never has resource='nvidia.com/gpu' (its values have the form "
        "[a-zA-Z_][a-zA-Z0-9_]*)"]
    # kube-state-metrics writes requests for finished pods too: the old "GPUs requested" query counted them.
    assert check('sum(kube_pod_container_resource_requests{resource="nvidia_com_gpu"})') == [
        "'p' A: kube_pod_container_resource_requests also counts finished pods; join it with kube_pod_status_phase"]
    assert check('sum(kube_pod_status_phase{phase=~"Pending|Evicted"})') == [
        "'p' A: kube_pod_status_phase never has phase='Evicted' (the exporter writes "
        "['Pending', 'Running', 'Succeeded', 'Failed', 'Unknown'])"]


def test_the_gpu_by_pod_panel_counts_only_gpus_assigned_to_pods(dev_charts):
    """dcgm-exporter writes pod/namespace/container only on a GPU assigned to a pod; an idle GPU's series gets the
    exporter's own pod from the scrape, so `pod!=""` passed every GPU (as a gpu-system/dcgm-exporter-* "pod"). The
    scrape never writes `container`, so `container!=""` keeps exactly the assigned GPUs."""
    scrape = _scrape(dev_charts)
    old = 'avg by (namespace, pod) (DCGM_FI_DEV_GPU_UTIL{pod!=""})'
    assert vocabulary_problems([{"title": "GPU utilisation by pod", "targets": [
        {"refId": "A", "expr": old, "legendFormat": "{{namespace}}/{{pod}}"}]}], scrape=scrape) == [
        "'GPU utilisation by pod' A: DCGM_FI_DEV_GPU_UTIL{pod!=\"\"} passes every series: the exporter writes pod only on "
        "some, and the scrape sets it on the others to the exporter's own"]
    panel = next(p for p in json.loads(_shipped(dev_charts)["gpu.json"])["panels"] if p["title"] == "GPU utilisation by pod")
    assert 'DCGM_FI_DEV_GPU_UTIL{container!=""}' in panel["targets"][0]["expr"]


def test_gateway_panel_counts_the_listeners_requests_not_envoys_admin(dev_charts):
    """Envoy counts requests to its own admin listener (every scrape, Emissary's stats polling) under the prefix
    `admin`; the gateway panel shows the traffic of Emissary's listeners only."""
    panel = next(p for p in json.loads(_shipped(dev_charts)["cluster.json"])["panels"] if p["title"] == "Gateway requests by status")
    selectors = re.findall(r"envoy_http_downstream_rq_xx\{([^}]*)\}", panel["targets"][0]["expr"])
    assert selectors == ['envoy_http_conn_manager_prefix!="admin"']


def test_the_alert_check_rejects_unknown_series_unkept_labels_and_restart_blind_timestamps(dev_charts):
    scrape = _scrape(dev_charts)

    def check(expr: str, description: str = "") -> list[str]:
        return rule_problems([{"name": "g", "rules": [{"alert": "A", "expr": expr, "annotations": {"description": description}}]}],
                             scrape=scrape)

    assert check("up == 0", "{{ $labels.job }} {{ $labels.instance }}") == []
    assert check('kube_deployment_status_replicas_available{deployment="x"} < 1', "{{ $labels.namespace }}") == []
    assert check("kube_deployment_status_replicas < 1") == ["g/A: unknown metric kube_deployment_status_replicas"]
    assert check('sum(kube_pod_status_phase{phase="Pending"}) > 0', "{{ $labels.namespace }}") == [
        "g/A: annotation $labels.namespace names a label the query does not keep"]
    assert check("kubelet_volume_stats_available_bytes{volume=\"data\"} < 1") == ["g/A: no queried metric has the label volume"]
    # The sidecar's upload gauge is 0 until its first upload after a restart: the old alert fired after every restart.
    old = "time() - thanos_objstore_bucket_last_successful_upload_time > 4 * 3600"
    assert check(old) == [
        "g/A: thanos_objstore_bucket_last_successful_upload_time reads 0 until it is first set after the exporter starts, "
        "so time() minus it exceeds any threshold then; fall back (or) to the process start"]
    shipped = {r["alert"]: r["expr"] for g in _rule_files(dev_charts)["platform-alerts.yaml"]["groups"] for r in g["rules"]}
    assert check(shipped["MetricsNotShippedToS3"]) == []
    assert "process_start_time_seconds" in shipped["MetricsNotShippedToS3"]


def test_metric_facts_are_read_at_the_versions_the_platform_pins():
    """Each exporter's facts name the release the charts deploy, so a version bump without re-reading them fails."""
    from k8s_charts.emissary import VERSION as EMISSARY_VERSION
    from k8s_charts.gpu import DCGM_EXPORTER_IMAGE
    from k8s_charts.seldon.props import SELDON_VERSION
    from platform_config.aws_limits import DEFAULT_KUBERNETES_VERSION

    pins = {"kube-state-metrics": ("ksm", IMAGES["kube-state-metrics"][1]), "node-exporter": ("node-exporter", IMAGES["node-exporter"][1]),
            "dcgm-exporter": ("dcgm", DCGM_EXPORTER_IMAGE[1].rsplit("-", 1)[0]), "seldon-executor": ("seldon", f"v{SELDON_VERSION}"),
            "envoy": ("emissary", f"v{EMISSARY_VERSION}"), "thanos-sidecar": ("thanos", IMAGES["thanos"][1]),
            "prometheus": ("prometheus", IMAGES["prometheus"][1]), "cadvisor": ("kubelet", DEFAULT_KUBERNETES_VERSION),
            "kubelet": ("kubelet", DEFAULT_KUBERNETES_VERSION)}
    facts = {f.exporter: f for f in exporter_facts()}
    assert set(facts) == set(pins)
    for exporter, (ref, tag) in pins.items():
        assert str(facts[exporter].sources[ref]["tag"]).split(" ")[0] == tag, exporter


def test_a_malformed_metric_facts_file_is_rejected_with_every_problem(tmp_path):
    bad = tmp_path / "thing.yaml"
    bad.write_text("exporter: other\nsources: {up: {repository: a/b}}\nscraped_from: {job: x, service: y}\n"
                   "metrics:\n  m:\n    source: {ref: missing}\n    labels: [a]\n    values: {b: [x]}\n    type: summary\n")
    with pytest.raises(ValueError) as error:
        load_exporter_facts(bad)
    for says in ("must equal the file name", "pinned_in", "sources.up", "scraped_from", "source needs ref",
                 "values for labels the metric does not have: ['b']", "type 'summary'"):
        assert says in str(error.value)


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
    for name, metric in sorted(METRICS.items()):
        kind, where = metric.scraped_from
        if kind == "every_target":  # written by Prometheus itself
            continue
        job = jobs[where if kind == "job" else "service-endpoints"]
        written = {"job", "instance"} | {r["target_label"] for r in job.get("relabel_configs", [])
                                         if not r.get("target_label", "__").startswith("__")}
        if metric.written & written and not job.get("honor_labels"):
            problems.append(f"{name}: {sorted(metric.written & written)} become exported_* in job {job['job_name']}")
    return problems


def test_exporters_keep_the_namespace_and_pod_they_describe(dev_charts):
    """kube-state-metrics and DCGM label series with the workload's namespace/pod; the panels and the
    GpuPodsPending alert group and join on those, so the scrape must not replace them with the exporter's own."""
    config = _prometheus_config(dev_charts)
    assert renamed_labels(config) == []
    for job in config["scrape_configs"]:
        job.pop("honor_labels", None)
    problems = renamed_labels(config)
    assert any(p.startswith("kube_pod_status_phase: ['namespace', 'pod']") for p in problems), problems
    assert any(p.startswith("DCGM_FI_DEV_GPU_UTIL: ['namespace', 'pod']") for p in problems), problems


_SERVER_SERIES = re.compile(r"seldon_api_executor_server_requests_seconds_(?:count|bucket|sum)(\{[^}]*\})?")


def unscoped_serving_queries(exprs: dict[str, str]) -> list[str]:
    """Queries of the executor's server histogram that do not select `service="predictions"`: they would mix the
    feedback, status and metadata answers into the serving figures and SLAs."""
    return [f"{where}: {match.group(0)}" for where, expr in sorted(exprs.items())
            for match in _SERVER_SERIES.finditer(expr) if 'service="predictions"' not in (match.group(1) or "")]


def test_serving_figures_and_slas_count_predictions_only(dev_charts):
    exprs = {f"{name} {panel['title']} {target['refId']}": target["expr"]
             for name, text in _shipped(dev_charts).items() for panel in json.loads(text)["panels"]
             for target in panel.get("targets", [])}
    exprs |= {f"{name} {rule.get('alert')}": rule["expr"] for name, rules in _rule_files(dev_charts).items()
              for group in rules["groups"] for rule in group["rules"]}
    assert any("seldon_api_executor_server_requests_seconds" in e for e in exprs.values())
    assert unscoped_serving_queries(exprs) == []
    assert unscoped_serving_queries({"bad": 'sum(rate(seldon_api_executor_server_requests_seconds_count{code=~"5.."}[5m]))',
                                     "bare": "rate(seldon_api_executor_server_requests_seconds_bucket[5m])"}) == [
        'bad: seldon_api_executor_server_requests_seconds_count{code=~"5.."}',
        "bare: seldon_api_executor_server_requests_seconds_bucket"]
