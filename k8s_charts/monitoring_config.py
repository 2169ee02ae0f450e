"""What the monitoring chart configures, as plain data: Prometheus scrape jobs, SLA alert rules, Grafana
data source and dashboards. Pure functions of the config, so tests read thresholds straight from them.

Metric names and labels: each exporter's series as its pinned release writes them (Seldon Core v1 executor,
dcgm-exporter, kube-state-metrics, node-exporter, Envoy in Emissary, cAdvisor and the kubelet, the Thanos sidecar),
recorded with their sources in tests/upstream_facts/metrics/; every panel and alert is checked against them.

Dashboards are built with Grafana's own typed builders (grafana-foundation-sdk, generated from Grafana's dashboard
schema), so a misspelt field or a wrong type fails here rather than in a Grafana that silently drops it.
"""

from __future__ import annotations

import json
from typing import Any

from grafana_foundation_sdk.builders import common as common_builders
from grafana_foundation_sdk.builders import dashboard as dashboards
from grafana_foundation_sdk.builders import prometheus, timeseries
from grafana_foundation_sdk.cog.encoder import JSONEncoder
from grafana_foundation_sdk.models import common, units
from grafana_foundation_sdk.models import dashboard as dashboard_model

from platform_config.platform_services import SlaConfig

SCRAPE_ANNOTATION = "prometheus.io/scrape"
PORT_ANNOTATION = "prometheus.io/port"
PATH_ANNOTATION = "prometheus.io/path"

_SELDON_REQUESTS = "seldon_api_executor_server_requests_seconds"
# The executor times its predictions, feedback, status and metadata answers alike (executor/api/rest/server.go in
# Seldon Core 1.17.1); the serving figures and SLAs are about predictions.
PREDICTIONS_SELECTOR = 'service="predictions"'

# The provisioned Prometheus data source (grafana_datasources); every panel queries it by this uid.
PROMETHEUS_DATASOURCE_UID = "prometheus"
DASHBOARD_TIME = ("now-6h", "now")
DASHBOARD_REFRESH = "1m"
DASHBOARD_TIMEZONE = "utc"


def scrape_annotations(port: int, path: str = "/metrics") -> dict[str, str]:
    """Annotations on a Service (or pod) that the platform's Prometheus scrapes."""
    return {SCRAPE_ANNOTATION: "true", PORT_ANNOTATION: str(port), PATH_ANNOTATION: path}


def _annotated(role: str) -> list[dict[str, Any]]:
    meta = f"__meta_kubernetes_{'service' if role == 'endpoints' else 'pod'}_annotation"
    relabel = [
        {"source_labels": [f"{meta}_prometheus_io_scrape"], "action": "keep", "regex": "true"},
        {"source_labels": [f"{meta}_prometheus_io_path"], "action": "replace", "target_label": "__metrics_path__", "regex": "(.+)"},
        {"source_labels": ["__address__", f"{meta}_prometheus_io_port"], "action": "replace", "target_label": "__address__",
         "regex": r"([^:]+)(?::\d+)?;(\d+)", "replacement": "$1:$2"},
        {"source_labels": ["__meta_kubernetes_namespace"], "target_label": "namespace"},
    ]
    if role == "endpoints":
        relabel.append({"source_labels": ["__meta_kubernetes_service_name"], "target_label": "service"})
    relabel.append({"source_labels": ["__meta_kubernetes_pod_name"], "target_label": "pod"})
    return relabel


def prometheus_config(*, cluster_name: str, rule_files: list[str], alertmanager_namespace: str) -> dict[str, Any]:
    """prometheus.yml: annotated Services (platform components, exporters), Seldon pods, kubelet/cAdvisor."""
    token = "/var/run/secrets/kubernetes.io/serviceaccount/token"
    ca = "/var/run/secrets/kubernetes.io/serviceaccount/ca.crt"
    kubelet = {
        "scheme": "https", "kubernetes_sd_configs": [{"role": "node"}],
        "authorization": {"credentials_file": token},
        # EKS kubelets serve self-signed certificates; the connection stays inside the VPC.
        "tls_config": {"ca_file": ca, "insecure_skip_verify": True},
        "relabel_configs": [{"action": "labelmap", "regex": "__meta_kubernetes_node_label_(.+)"}],
    }
    return {
        "global": {"scrape_interval": "30s", "evaluation_interval": "30s",
                   # Thanos needs a unique label set per Prometheus replica.
                   "external_labels": {"cluster": cluster_name, "replica": "${POD_NAME}"}},
        "rule_files": rule_files,
        "alerting": {"alertmanagers": [{
            "kubernetes_sd_configs": [{"role": "endpoints", "namespaces": {"names": [alertmanager_namespace]}}],
            "relabel_configs": [{"source_labels": ["__meta_kubernetes_service_name", "__meta_kubernetes_endpoint_port_name"],
                                 "action": "keep", "regex": "alertmanager;web"}],
        }]},
        "scrape_configs": [
            {"job_name": "prometheus", "static_configs": [{"targets": ["localhost:9090"]}]},
            # Gateway, DCGM, node-exporter, kube-state-metrics, cert-manager, controllers: annotated Services.
            # honor_labels: kube-state-metrics and dcgm-exporter label their series with the namespace and pod
            # they describe; without it Prometheus renames those to exported_namespace/exported_pod and the target's
            # own (the exporter's pod) take their place. Series with no such label still get the target's.
            # https://prometheus.io/docs/prometheus/latest/configuration/configuration/#scrape_config
            {"job_name": "service-endpoints", "honor_labels": True, "kubernetes_sd_configs": [{"role": "endpoints"}],
             "relabel_configs": _annotated("endpoints")},
            # Seldon model servers: the executor annotates its pods (prometheus.io/path: /prometheus).
            {"job_name": "seldon", "kubernetes_sd_configs": [{"role": "pod"}],
             "relabel_configs": [
                 {"source_labels": ["__meta_kubernetes_pod_label_seldon_deployment_id"], "action": "keep", "regex": ".+"},
                 *_annotated("pod"),
                 {"source_labels": ["__meta_kubernetes_pod_label_seldon_deployment_id"], "target_label": "seldon_deployment"},
             ]},
            {"job_name": "kubelet", **kubelet},
            {"job_name": "cadvisor", **kubelet, "metrics_path": "/metrics/cadvisor"},
        ],
    }


def _rule(alert: str, expr: str, *, for_: str, severity: str, summary: str, description: str) -> dict[str, Any]:
    return {"alert": alert, "expr": expr, "for": for_, "labels": {"severity": severity},
            "annotations": {"summary": summary, "description": description}}


def alert_rules(sla: SlaConfig) -> dict[str, Any]:
    """Serving SLA alerts with the config's thresholds, GPU and platform health alerts."""
    window = f"{max(5, sla.for_minutes)}m"
    latency = (
        f"histogram_quantile(0.99, sum by (deployment_name, predictor_name, le) "
        f"(rate({_SELDON_REQUESTS}_bucket{{{PREDICTIONS_SELECTOR}}}[{window}]))) * 1000 > {sla.p99_latency_ms}"
    )
    errors = (
        f"100 * sum by (deployment_name, predictor_name) (rate({_SELDON_REQUESTS}_count{{{PREDICTIONS_SELECTOR},code=~\"5..\"}}[{window}])) "
        f"/ sum by (deployment_name, predictor_name) (rate({_SELDON_REQUESTS}_count{{{PREDICTIONS_SELECTOR}}}[{window}])) > {sla.error_rate_percent}"
    )
    return {"groups": [
        {"name": "serving-sla", "rules": [
            _rule("ModelP99LatencyAboveSLA", latency, for_=f"{sla.for_minutes}m", severity="critical",
                  summary="Model {{ $labels.deployment_name }} p99 latency above the SLA",
                  description=f"p99 latency of {{{{ $labels.deployment_name }}}}/{{{{ $labels.predictor_name }}}} is "
                              f"{{{{ $value | humanize }}}} ms, SLA {sla.p99_latency_ms} ms."),
            _rule("ModelErrorRateAboveSLA", errors, for_=f"{sla.for_minutes}m", severity="critical",
                  summary="Model {{ $labels.deployment_name }} error rate above the SLA",
                  description=f"5xx share of {{{{ $labels.deployment_name }}}}/{{{{ $labels.predictor_name }}}} is "
                              f"{{{{ $value | humanize }}}} %, SLA {sla.error_rate_percent} %."),
        ]},
        {"name": "gpu", "rules": [
            _rule("GpuIdle", "max by (Hostname, gpu) (DCGM_FI_DEV_GPU_UTIL) == 0", for_=f"{sla.gpu_idle_hours}h",
                  severity="warning", summary="GPU {{ $labels.gpu }} on {{ $labels.Hostname }} idle",
                  description=f"A GPU has been idle for {sla.gpu_idle_hours} h while its node runs: a pod holds it without using it."),
            _rule("GpuPodsPending", 'sum(kube_pod_container_resource_requests{resource="nvidia_com_gpu"} '
                  '* on (namespace, pod) group_left() (kube_pod_status_phase{phase="Pending"} == 1)) > 0',
                  for_="20m", severity="warning", summary="GPU pods pending for 20 minutes",
                  description="Pods requesting GPUs have been pending for 20 minutes: the GPU node group may be at max_size."),
        ]},
        {"name": "platform", "rules": [
            _rule("TargetDown", "up == 0", for_="10m", severity="warning",
                  summary="{{ $labels.job }} target {{ $labels.instance }} down",
                  description="Prometheus has not scraped {{ $labels.instance }} for 10 minutes."),
            _rule("GatewayUnavailable", 'kube_deployment_status_replicas_available{namespace="emissary",deployment="emissary-ingress"} < 1',
                  for_="5m", severity="critical", summary="The API gateway has no available replicas",
                  description="No Emissary replica is available: every web UI and model endpoint is unreachable."),
            _rule("PersistentVolumeFillingUp",
                  "kubelet_volume_stats_available_bytes / kubelet_volume_stats_capacity_bytes < 0.1", for_="15m",
                  severity="warning", summary="Volume {{ $labels.persistentvolumeclaim }} over 90% full",
                  description="{{ $labels.namespace }}/{{ $labels.persistentvolumeclaim }} has less than 10% free."),
            # The upload gauge reads 0 from the sidecar's start until its first upload (thanos-io/objstore sets it
            # only on success), so the age is taken from the later of the last upload and the sidecar's start.
            _rule("MetricsNotShippedToS3",
                  "time() - max by (namespace, pod) (thanos_objstore_bucket_last_successful_upload_time "
                  'or process_start_time_seconds{service="thanos-sidecar"}) > 4 * 3600',
                  for_="30m", severity="warning", summary="Prometheus blocks are not reaching the metrics bucket",
                  description="The Thanos sidecar of {{ $labels.pod }} has not uploaded a block for 4 hours."),
        ]},
    ]}


def grafana_datasources(prometheus_url: str) -> dict[str, Any]:
    return {"apiVersion": 1, "datasources": [{
        "name": "Prometheus", "uid": PROMETHEUS_DATASOURCE_UID, "type": "prometheus", "access": "proxy", "url": prometheus_url,
        "isDefault": True, "editable": False, "jsonData": {"timeInterval": "30s"},
    }]}


def grafana_dashboard_provider(path: str) -> dict[str, Any]:
    return {"apiVersion": 1, "providers": [{
        "name": "ml-platform", "folder": "ML platform", "type": "file", "disableDeletion": True, "editable": False,
        "allowUiUpdates": False, "options": {"path": path},
    }]}


def prometheus_datasource() -> common.DataSourceRef:
    """A reference to the provisioned Prometheus data source (a new object per panel: SDK models are mutable)."""
    return common.DataSourceRef(type_val="prometheus", uid=PROMETHEUS_DATASOURCE_UID)


def timeseries_panel(*, panel_id: int, title: str, grid: dashboard_model.GridPos, unit: str,
                     queries: list[tuple[str, str]], threshold: float | None = None) -> timeseries.Panel:
    """A Prometheus time series panel: one target per (PromQL, legend), refIds A, B, ...; with `threshold`, a red
    line at that value (absolute thresholds: green below, red from the value)."""
    panel = (timeseries.Panel().id(panel_id).title(title).datasource(prometheus_datasource()).grid_pos(grid)
             .unit(unit))
    for index, (expr, legend) in enumerate(queries):
        panel.with_target(prometheus.Dataquery().ref_id(chr(ord("A") + index)).expr(expr).legend_format(legend))
    if threshold is not None:
        panel.thresholds(dashboards.ThresholdsConfig().mode(dashboard_model.ThresholdsMode.ABSOLUTE).steps([
            dashboard_model.Threshold(color="green", value=None), dashboard_model.Threshold(color="red", value=threshold)]))
    # Stated either way (Grafana's default is "off"): the SDK's model then reads back exactly what is shipped.
    style = common.GraphThresholdsStyleMode.LINE if threshold is not None else common.GraphThresholdsStyleMode.OFF
    return panel.thresholds_style(common_builders.GraphThresholdsStyleConfig().mode(style))


def dashboard_json(dashboard: dashboard_model.Dashboard) -> str:
    """The dashboard as the file Grafana's provisioning reads (sorted keys: the manifests stay deterministic)."""
    return json.dumps(dashboard, cls=JSONEncoder, indent=1, sort_keys=True)


def _dashboard(uid: str, title: str, panels: list[tuple[str, list[tuple[str, str]], str]]) -> str:
    """Two panels a row, 12 wide and 8 high, in the given order."""
    builder = (dashboards.Dashboard(title).uid(uid).tags(["ml-platform"]).timezone(DASHBOARD_TIMEZONE)
               .refresh(DASHBOARD_REFRESH).time(*DASHBOARD_TIME))
    for index, (panel_title, exprs, unit) in enumerate(panels):
        grid = dashboard_model.GridPos(h=8, w=12, x=12 * (index % 2), y=8 * (index // 2))
        builder.with_panel(timeseries_panel(panel_id=index, title=panel_title, grid=grid, unit=unit, queries=exprs))
    return dashboard_json(builder.build())


def grafana_dashboards(sla: SlaConfig) -> dict[str, str]:
    """Three dashboards: cluster, GPU utilisation, model serving (rate, latency percentiles, errors per model)."""
    req = _SELDON_REQUESTS
    return {
        "cluster.json": _dashboard("ml-cluster", "Cluster", [
            ("CPU usage by namespace", [('sum by (namespace) (rate(container_cpu_usage_seconds_total{container!=""}[5m]))', "{{namespace}}")], units.Short),
            ("Memory working set by namespace", [('sum by (namespace) (container_memory_working_set_bytes{container!=""})', "{{namespace}}")], units.BytesIEC),
            ("Nodes by node group", [("count by (label_eks_amazonaws_com_nodegroup) (kube_node_labels)", "{{label_eks_amazonaws_com_nodegroup}}")], units.Short),
            ("Pods not running", [('sum by (namespace, phase) (kube_pod_status_phase{phase!~"Running|Succeeded"})', "{{namespace}} {{phase}}")], units.Short),
            ("Node CPU utilisation", [('1 - avg by (instance) (rate(node_cpu_seconds_total{mode="idle"}[5m]))', "{{instance}}")], units.PercentUnit),
            # Envoy counts the requests to its own admin listener (scrapes, Emissary's stats polling) under "admin".
            ("Gateway requests by status", [('sum by (envoy_response_code_class) (rate(envoy_http_downstream_rq_xx{envoy_http_conn_manager_prefix!="admin"}[5m]))',
                                             "{{envoy_response_code_class}}xx")], units.RequestsPerSecond),
        ]),
        "gpu.json": _dashboard("ml-gpu", "GPU utilisation", [
            ("GPU utilisation", [("avg by (Hostname, gpu) (DCGM_FI_DEV_GPU_UTIL)", "{{Hostname}} gpu{{gpu}}")], units.Percent),
            ("GPU memory used", [("sum by (Hostname, gpu) (DCGM_FI_DEV_FB_USED)", "{{Hostname}} gpu{{gpu}}")], units.Megabytes),
            # DCGM labels only a GPU assigned to a pod with its pod and container; the scrape gives the others the
            # exporter's own pod, never a container.
            ("GPU utilisation by pod", [('avg by (namespace, pod) (DCGM_FI_DEV_GPU_UTIL{container!=""})', "{{namespace}}/{{pod}}")], units.Percent),
            ("GPU power", [("sum by (Hostname) (DCGM_FI_DEV_POWER_USAGE)", "{{Hostname}}")], units.Watt),
            # kube-state-metrics writes requests for finished pods too (until they are deleted): count pending and
            # running pods only, as the scheduler does.
            ("GPUs requested vs allocatable", [
                ('sum(kube_pod_container_resource_requests{resource="nvidia_com_gpu"} '
                 '* on (namespace, pod) group_left() (kube_pod_status_phase{phase=~"Pending|Running"} == 1))', "requested"),
                ('sum(kube_node_status_allocatable{resource="nvidia_com_gpu"})', "allocatable")], units.Short),
        ]),
        "model-serving.json": _dashboard("ml-serving", "Model serving", [
            ("Request rate per model", [(f"sum by (deployment_name) (rate({req}_count{{{PREDICTIONS_SELECTOR}}}[5m]))", "{{deployment_name}}")], units.RequestsPerSecond),
            ("Latency percentiles per model", [
                (f"histogram_quantile({q}, sum by (deployment_name, le) (rate({req}_bucket{{{PREDICTIONS_SELECTOR}}}[5m]))) * 1000",
                 f"{{{{deployment_name}}}} p{int(q * 100)}") for q in (0.5, 0.95, 0.99)], units.Milliseconds),
            ("Error rate per model (%)", [
                (f'100 * sum by (deployment_name) (rate({req}_count{{{PREDICTIONS_SELECTOR},code=~"5.."}}[5m])) '
                 f'/ sum by (deployment_name) (rate({req}_count{{{PREDICTIONS_SELECTOR}}}[5m]))',
                 "{{deployment_name}}"),
                (f"vector({sla.error_rate_percent})", "SLA")], units.Percent),
            ("p99 latency vs SLA", [
                (f"histogram_quantile(0.99, sum by (deployment_name, le) (rate({req}_bucket{{{PREDICTIONS_SELECTOR}}}[5m]))) * 1000", "{{deployment_name}}"),
                (f"vector({sla.p99_latency_ms})", "SLA")], units.Milliseconds),
        ]),
    }
