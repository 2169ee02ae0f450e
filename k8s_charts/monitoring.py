"""Monitoring: Prometheus (plain, no operator) with a Thanos sidecar, Alertmanager, Grafana,
kube-state-metrics and node-exporter.

Why plain Prometheus: the operator's CRDs (Prometheus, ServiceMonitor, PrometheusRule, ...) are several
hundred kilobytes of schema that would have to ship, fit the 200 KB manifest limit and be validated; the
platform's scrape targets are few and stable, so one reviewed `prometheus.yml` (Kubernetes service
discovery on annotated Services and Seldon pods) is simpler to read and test. Components opt in with
`scrape_annotations(port, path)` on their Service.

Metrics in S3: a Thanos sidecar in each Prometheus pod uploads every 2-hour TSDB block to the metrics
bucket (identity `monitoring-metrics-export`), so history outlives the volume's `retention_days`; a
Thanos query/store can read it later without changing this chart.
Volumes: Prometheus, Alertmanager and Grafana keep their data on the encrypted gp3 StorageClass.
Grafana is reached through the gateway at `https://<gateway hostname>/grafana/`, behind the gateway's
login; the verified user arrives in the `kubeflow-userid` header (Grafana auth proxy).
"""

from __future__ import annotations

from dataclasses import dataclass

import yaml
from constructs import Construct

from k8s_charts.base import (
    IdentityMode, PlatformChart, WorkloadIdentity, container, container_security_context, http_probe, object_metadata,
    pinned_image, resources,
)
from k8s_charts.imports import emissary as amb
from k8s_charts.monitoring_config import (
    alert_rules, grafana_dashboard_provider, grafana_dashboards, grafana_datasources, prometheus_config,
    scrape_annotations,
)
from k8s_charts.props import ClusterServicesProps
from k8s_charts.storage import GP3_STORAGE_CLASS
from platform_config.platform_services import MonitoringConfig

NAMESPACE = "monitoring"
# Rule files and dashboards other charts generate into this namespace (optional: present only when the
# component declares something): the serving SLA of each model (k8s_charts/seldon/serving_sla_chart.py).
COMPONENT_RULE_CONFIG_MAPS = ("seldon-sla-rules",)
COMPONENT_DASHBOARD_CONFIG_MAPS = ("seldon-sla-dashboard",)
NODE_EXPORTER_NAMESPACE = "node-exporter"
GATEWAY_NAMESPACE = "emissary"
IDENTITY = "monitoring-metrics-export"
# The Prometheus pods run as the service account the metrics-export role is bound to.
PROMETHEUS_SERVICE_ACCOUNT = "metrics-exporter"
IMAGES = {
    "prometheus": ("quay.io/prometheus/prometheus", "v3.5.5"),
    "thanos": ("quay.io/thanos/thanos", "v0.39.2"),
    "alertmanager": ("quay.io/prometheus/alertmanager", "v0.28.1"),
    "grafana": ("docker.io/grafana/grafana", "12.1.1"),
    "kube-state-metrics": ("registry.k8s.io/kube-state-metrics/kube-state-metrics", "v2.16.0"),
    "node-exporter": ("quay.io/prometheus/node-exporter", "v1.9.1"),
}
# kube-state-metrics without secrets and configmaps: their names and labels are not metrics anyone needs.
KSM_RESOURCES = (
    "cronjobs", "daemonsets", "deployments", "endpoints", "horizontalpodautoscalers", "ingresses", "jobs", "leases",
    "limitranges", "namespaces", "networkpolicies", "nodes", "persistentvolumeclaims", "persistentvolumes",
    "poddisruptionbudgets", "pods", "replicasets", "resourcequotas", "services", "statefulsets", "storageclasses",
)
_KSM_API_GROUPS = {
    "": ["endpoints", "limitranges", "namespaces", "nodes", "persistentvolumeclaims", "persistentvolumes", "pods",
         "resourcequotas", "services"],
    "apps": ["daemonsets", "deployments", "replicasets", "statefulsets"],
    "batch": ["cronjobs", "jobs"],
    "autoscaling": ["horizontalpodautoscalers"],
    "networking.k8s.io": ["ingresses", "networkpolicies"],
    "policy": ["poddisruptionbudgets"],
    "storage.k8s.io": ["storageclasses"],
    "coordination.k8s.io": ["leases"],
}


@dataclass(frozen=True, kw_only=True)
class MonitoringProps:
    kubernetes_version: str
    identity: WorkloadIdentity
    cluster_name: str
    region: str
    vpc_cidr: str
    metrics_bucket: str
    gateway_hostname: str
    monitoring: MonitoringConfig

    @property
    def identity_mode(self) -> IdentityMode:
        return self.identity.mode

    @classmethod
    def from_cluster(cls, props: ClusterServicesProps) -> "MonitoringProps":
        return cls(kubernetes_version=props.kubernetes_version, identity=props.identity(IDENTITY),
                   cluster_name=props.cluster_name, region=props.region, vpc_cidr=props.vpc_cidr,
                   metrics_bucket=props.buckets["metrics"], gateway_hostname=props.platform_services.gateway.hostname,
                   monitoring=props.platform_services.monitoring)


def _claim(name: str, size_gib: int) -> dict:
    return {"metadata": {"name": name}, "spec": {"accessModes": ["ReadWriteOnce"], "storageClassName": GP3_STORAGE_CLASS,
                                                 "resources": {"requests": {"storage": f"{size_gib}Gi"}}}}


class MonitoringChart(PlatformChart):
    """Prometheus + Thanos sidecar, Alertmanager, Grafana, kube-state-metrics, node-exporter."""

    def __init__(self, scope: Construct, construct_id: str, *, props: MonitoringProps) -> None:
        super().__init__(scope, construct_id, component="monitoring", version=IMAGES["prometheus"][1],
                         kubernetes_version=props.kubernetes_version, identity_mode=props.identity_mode)
        ns = NAMESPACE
        if props.identity.namespace != ns or props.identity.service_account != PROMETHEUS_SERVICE_ACCOUNT:
            raise ValueError(f"monitoring: the metrics identity must be for {ns}/{PROMETHEUS_SERVICE_ACCOUNT}, got "
                             f"{props.identity.namespace}/{props.identity.service_account}")
        self.platform_namespace(ns, allowed_roles=[props.identity.role_arn])
        self._prometheus(props)
        self._alertmanager(props)
        self._grafana(props)
        self._kube_state_metrics(props)
        self._node_exporter(props)
        # Everything in the namespace may reach Prometheus/Alertmanager/Grafana peers inside it.
        self.network_policy("allow-same-namespace", namespace=ns, pod_selector={}, policy_types=["Ingress", "Egress"],
                            ingress=[{"from": [{"podSelector": {}}]}], egress=[{"to": [{"podSelector": {}}]}])

    # ------------------------------------------------------------------ Prometheus + Thanos sidecar

    def _prometheus(self, props: MonitoringProps) -> None:
        ns, cfg, app = NAMESPACE, props.monitoring, "prometheus"
        sa = PROMETHEUS_SERVICE_ACCOUNT
        self.service_account(sa, namespace=ns)
        self.cluster_role(f"{ns}-prometheus", bind_to=(ns, sa), rules=[
            {"apiGroups": [""], "resources": ["nodes", "nodes/metrics", "services", "endpoints", "pods"],
             "verbs": ["get", "list", "watch"]},
            {"apiGroups": ["discovery.k8s.io"], "resources": ["endpointslices"], "verbs": ["get", "list", "watch"]},
            {"nonResourceURLs": ["/metrics", "/metrics/cadvisor"], "verbs": ["get"]},
        ])
        config = prometheus_config(cluster_name=props.cluster_name, rule_files=["/etc/prometheus/rules/*.yaml"],
                                   alertmanager_namespace=ns)
        self.config_map("prometheus-config", namespace=ns, data={"prometheus.yml": yaml.safe_dump(config, sort_keys=False)})
        self.config_map("prometheus-rules", namespace=ns,
                        data={"platform-alerts.yaml": yaml.safe_dump(alert_rules(cfg.sla), sort_keys=False)})
        objstore = {"type": "S3", "config": {"bucket": props.metrics_bucket, "endpoint": f"s3.{props.region}.amazonaws.com",
                                             "region": props.region, "aws_sdk_auth": True},
                    "prefix": f"prometheus/{props.cluster_name}"}
        self.config_map("thanos-objstore", namespace=ns, data={"objstore.yml": yaml.safe_dump(objstore, sort_keys=False)})
        pod_name = {"POD_NAME": {"valueFrom": {"fieldRef": {"fieldPath": "metadata.name"}}}}
        self.workload(
            "StatefulSet", app, namespace=ns, service_account=sa, replicas=cfg.prometheus_replicas, identity=props.identity,
            api_access="discovers scrape targets through the Kubernetes API and scrapes kubelets with its token",
            service_name=f"{app}-headless", pdb_min_available=max(0, cfg.prometheus_replicas - 1),
            pod_security={"runAsNonRoot": True, "runAsUser": 65534, "runAsGroup": 65534, "fsGroup": 65534,
                          "seccompProfile": {"type": "RuntimeDefault"}},
            volumes=[{"name": "config", "configMap": {"name": "prometheus-config"}},
                     {"name": "rules", "projected": {"sources": [
                         {"configMap": {"name": "prometheus-rules"}},
                         *({"configMap": {"name": cm, "optional": True}} for cm in COMPONENT_RULE_CONFIG_MAPS)]}},
                     {"name": "objstore", "configMap": {"name": "thanos-objstore"}}],
            volume_claim_templates=[_claim("data", cfg.prometheus_storage_gib)],
            containers=[
                container(
                    app, pinned_image(*IMAGES["prometheus"]),
                    args=["--config.file=/etc/prometheus/prometheus.yml", "--storage.tsdb.path=/prometheus",
                          f"--storage.tsdb.retention.time={cfg.retention_days}d",
                          # Thanos uploads only blocks that are never compacted locally: 2h min = max.
                          "--storage.tsdb.min-block-duration=2h", "--storage.tsdb.max-block-duration=2h",
                          "--web.listen-address=:9090", f"--web.external-url=https://{props.gateway_hostname}/prometheus/",
                          # No --enable-feature=expand-external-labels: v3 always expands ${POD_NAME} in
                          # external labels and logs that flag as an unknown feature.
                          "--web.route-prefix=/", "--web.enable-lifecycle"],
                    env=pod_name, ports=[("web", 9090)], resources_=resources("500m", "2Gi", cpu_limit="2"),
                    liveness=http_probe("/-/healthy", "web", initial_delay=30),
                    readiness=http_probe("/-/ready", "web", initial_delay=10),
                    security_context=container_security_context(run_as_user=65534),
                    volume_mounts=[{"name": "config", "mountPath": "/etc/prometheus", "readOnly": True},
                                   {"name": "rules", "mountPath": "/etc/prometheus/rules", "readOnly": True},
                                   {"name": "data", "mountPath": "/prometheus"}],
                ),
                container(
                    "thanos-sidecar", pinned_image(*IMAGES["thanos"]),
                    args=["sidecar", "--tsdb.path=/prometheus", "--prometheus.url=http://localhost:9090",
                          "--objstore.config-file=/etc/thanos/objstore.yml", "--http-address=:10902",
                          "--grpc-address=:10901"],
                    env={"AWS_REGION": props.region},
                    ports=[("thanos-http", 10902), ("thanos-grpc", 10901)], resources_=resources("100m", "256Mi"),
                    liveness=http_probe("/-/healthy", "thanos-http", initial_delay=30),
                    readiness=http_probe("/-/ready", "thanos-http", initial_delay=10),
                    security_context=container_security_context(run_as_user=65534),
                    volume_mounts=[{"name": "objstore", "mountPath": "/etc/thanos", "readOnly": True},
                                   {"name": "data", "mountPath": "/prometheus"}],
                ),
            ],
        )
        self.service(app, namespace=ns, app=app, ports=[("web", 9090, "web")])
        self.service(f"{app}-headless", namespace=ns, app=app, ports=[("web", 9090, "web"), ("thanos-grpc", 10901, "thanos-grpc")],
                     headless=True)
        self.service("thanos-sidecar", namespace=ns, app=app, ports=[("thanos-http", 10902, "thanos-http")],
                     annotations=scrape_annotations(10902))
        self.allow_egress("prometheus-scrape", namespace=ns, app=app, rules=[
            # Scrape targets in every namespace, kubelets and host-network exporters on the nodes (VPC),
            # the API server (VPC, 443) and S3 for the sidecar (443).
            {"to": [{"namespaceSelector": {}}]},
            {"to": [{"ipBlock": {"cidr": props.vpc_cidr}}],
             "ports": [{"protocol": "TCP", "port": p} for p in (443, 10250, 9100)]},
            {"ports": [{"protocol": "TCP", "port": 443}]},
            props.identity.credentials_egress(),
        ])
        self.allow_ingress("prometheus-from-grafana", namespace=ns, app=app, ports=[9090],
                           from_=[self.peer(ns, "grafana")])

    # ------------------------------------------------------------------ Alertmanager

    def _alertmanager(self, props: MonitoringProps) -> None:
        ns, replicas, app = NAMESPACE, props.monitoring.alertmanager_replicas, "alertmanager"
        self.service_account(app, namespace=ns)
        # Receivers are per organisation (email, Slack, PagerDuty, SNS): add them under `receivers` and route
        # by `severity`. Until then alerts are visible in Alertmanager and Grafana but go nowhere.
        config = {"route": {"receiver": "platform-oncall", "group_by": ["alertname", "deployment_name"],
                            "group_wait": "30s", "group_interval": "5m", "repeat_interval": "4h"},
                  "receivers": [{"name": "platform-oncall"}]}
        self.config_map("alertmanager-config", namespace=ns, data={"alertmanager.yml": yaml.safe_dump(config, sort_keys=False)})
        peers = [f"--cluster.peer={app}-{i}.{app}-headless.{ns}.svc:9094" for i in range(replicas)] if replicas > 1 \
            else ["--cluster.listen-address="]
        self.workload(
            "StatefulSet", app, namespace=ns, service_account=app, replicas=replicas, service_name=f"{app}-headless",
            pod_security={"runAsNonRoot": True, "runAsUser": 65534, "runAsGroup": 65534, "fsGroup": 65534,
                          "seccompProfile": {"type": "RuntimeDefault"}},
            volumes=[{"name": "config", "configMap": {"name": "alertmanager-config"}}],
            volume_claim_templates=[_claim("data", 2)],
            containers=[container(
                app, pinned_image(*IMAGES["alertmanager"]),
                args=["--config.file=/etc/alertmanager/alertmanager.yml", "--storage.path=/alertmanager",
                      "--web.listen-address=:9093", *peers],
                ports=[("web", 9093), ("mesh", 9094)], resources_=resources("50m", "128Mi"),
                liveness=http_probe("/-/healthy", "web"), readiness=http_probe("/-/ready", "web"),
                security_context=container_security_context(run_as_user=65534),
                volume_mounts=[{"name": "config", "mountPath": "/etc/alertmanager", "readOnly": True},
                               {"name": "data", "mountPath": "/alertmanager"}],
            )],
        )
        self.service(app, namespace=ns, app=app, ports=[("web", 9093, "web")], annotations=scrape_annotations(9093))
        self.service(f"{app}-headless", namespace=ns, app=app, ports=[("web", 9093, "web"), ("mesh", 9094, "mesh")],
                     headless=True, publishNotReadyAddresses=True)

    # ------------------------------------------------------------------ Grafana

    def _grafana(self, props: MonitoringProps) -> None:
        ns, app = NAMESPACE, "grafana"
        self.service_account(app, namespace=ns)
        self.config_map("grafana-datasources", namespace=ns, data={
            "prometheus.yaml": yaml.safe_dump(grafana_datasources(f"http://prometheus.{ns}.svc:9090"), sort_keys=False)})
        self.config_map("grafana-dashboard-provider", namespace=ns, data={
            "ml-platform.yaml": yaml.safe_dump(grafana_dashboard_provider("/var/lib/grafana-dashboards"), sort_keys=False)})
        self.config_map("grafana-dashboards", namespace=ns, data=grafana_dashboards(props.monitoring.sla))
        self.api("PersistentVolumeClaim-grafana", api_version="v1", kind="PersistentVolumeClaim", name=app, namespace=ns,
                 spec=_claim(app, props.monitoring.grafana_storage_gib)["spec"])
        self.workload(
            "Deployment", app, namespace=ns, service_account=app, strategy={"type": "Recreate"},
            volumes=[{"name": "data", "persistentVolumeClaim": {"claimName": app}},
                     {"name": "tmp", "emptyDir": {"sizeLimit": "256Mi"}},
                     {"name": "datasources", "configMap": {"name": "grafana-datasources"}},
                     {"name": "dashboard-provider", "configMap": {"name": "grafana-dashboard-provider"}},
                     {"name": "dashboards", "projected": {"sources": [
                         {"configMap": {"name": "grafana-dashboards"}},
                         *({"configMap": {"name": cm, "optional": True}} for cm in COMPONENT_DASHBOARD_CONFIG_MAPS)]}}],
            containers=[container(
                app, pinned_image(*IMAGES["grafana"]),
                env={
                    "GF_SERVER_ROOT_URL": f"https://{props.gateway_hostname}/grafana/",
                    "GF_SERVER_SERVE_FROM_SUB_PATH": "true",
                    # The gateway's login verified the user; Grafana trusts its header and creates viewers.
                    "GF_AUTH_PROXY_ENABLED": "true", "GF_AUTH_PROXY_HEADER_NAME": "kubeflow-userid",
                    "GF_AUTH_PROXY_HEADER_PROPERTY": "email", "GF_AUTH_PROXY_AUTO_SIGN_UP": "true",
                    "GF_AUTH_DISABLE_LOGIN_FORM": "true", "GF_USERS_AUTO_ASSIGN_ORG_ROLE": "Viewer",
                    "GF_SECURITY_DISABLE_INITIAL_ADMIN_CREATION": "true",
                    "GF_ANALYTICS_REPORTING_ENABLED": "false", "GF_ANALYTICS_CHECK_FOR_UPDATES": "false",
                    "GF_PATHS_DATA": "/var/lib/grafana", "GF_PATHS_PROVISIONING": "/etc/grafana/provisioning",
                },
                ports=[("http", 3000)], resources_=resources("100m", "256Mi"),
                liveness=http_probe("/api/health", "http", initial_delay=30),
                readiness=http_probe("/api/health", "http"),
                volume_mounts=[
                    {"name": "data", "mountPath": "/var/lib/grafana"}, {"name": "tmp", "mountPath": "/tmp"},
                    {"name": "datasources", "mountPath": "/etc/grafana/provisioning/datasources", "readOnly": True},
                    {"name": "dashboard-provider", "mountPath": "/etc/grafana/provisioning/dashboards", "readOnly": True},
                    {"name": "dashboards", "mountPath": "/var/lib/grafana-dashboards", "readOnly": True},
                ],
            )],
        )
        self.service(app, namespace=ns, app=app, ports=[("http", 3000, "http")])
        amb.MappingV3Alpha1(self, "Mapping-grafana", metadata=object_metadata(app, namespace=ns), spec=amb.MappingV3Alpha1Spec(
            hostname=props.gateway_hostname, prefix="/grafana/", rewrite="/grafana/",
            service=f"{app}.{ns}:3000", timeout_ms=30000, allow_upgrade=["websocket"],
        ))
        self.allow_ingress("grafana-from-gateway", namespace=ns, app=app, ports=[3000],
                           from_=[self.peer(GATEWAY_NAMESPACE, "emissary-ingress")])

    # ------------------------------------------------------------------ exporters

    def _kube_state_metrics(self, props: MonitoringProps) -> None:
        ns, app = NAMESPACE, "kube-state-metrics"
        self.service_account(app, namespace=ns)
        self.cluster_role(app, bind_to=(ns, app), rules=[
            {"apiGroups": [group], "resources": names, "verbs": ["list", "watch"]} for group, names in _KSM_API_GROUPS.items()
        ])
        self.workload(
            "Deployment", app, namespace=ns, service_account=app, api_access="lists and watches the objects it reports on",
            containers=[container(
                app, pinned_image(*IMAGES["kube-state-metrics"]),
                args=["--port=8080", "--telemetry-port=8081", f"--resources={','.join(KSM_RESOURCES)}",
                      "--metric-labels-allowlist=nodes=[eks.amazonaws.com/nodegroup,node.kubernetes.io/instance-type]"],
                ports=[("http-metrics", 8080), ("telemetry", 8081)], resources_=resources("50m", "256Mi"),
                liveness=http_probe("/livez", "http-metrics"), readiness=http_probe("/readyz", "telemetry"),
            )],
        )
        self.service(app, namespace=ns, app=app, ports=[("http-metrics", 8080, "http-metrics")],
                     annotations=scrape_annotations(8080))
        self.allow_api_server_egress(namespace=ns, pod_selector={"matchLabels": {"app.kubernetes.io/name": app}},
                                     vpc_cidr=props.vpc_cidr, name="kube-state-metrics-apiserver-egress")

    def _node_exporter(self, props: MonitoringProps) -> None:
        ns, app = NODE_EXPORTER_NAMESPACE, "node-exporter"
        self.platform_namespace(ns, pss="privileged", pss_reason=(
            "node-exporter reads the host's /proc, /sys and root filesystem and shares its network and PID "
            "namespaces to report node metrics; baseline forbids hostPath, hostNetwork and hostPID"))
        self.service_account(app, namespace=ns)
        self.workload(
            "DaemonSet", app, namespace=ns, service_account=app, tolerations=[{"operator": "Exists"}],
            priority_class="system-node-critical", strategy={"type": "RollingUpdate"},
            pod_security={"runAsNonRoot": True, "runAsUser": 65534, "runAsGroup": 65534, "seccompProfile": {"type": "RuntimeDefault"}},
            extra_pod={"hostNetwork": True, "hostPID": True},
            volumes=[{"name": "proc", "hostPath": {"path": "/proc"}}, {"name": "sys", "hostPath": {"path": "/sys"}},
                     {"name": "root", "hostPath": {"path": "/"}}],
            skips=["CKV_K8S_19=node-exporter reports the node's network interfaces, so it shares the host network",
                   "CKV_K8S_17=node-exporter reports host processes, so it shares the host PID namespace"],
            containers=[container(
                app, pinned_image(*IMAGES["node-exporter"]),
                args=["--path.procfs=/host/proc", "--path.sysfs=/host/sys", "--path.rootfs=/host/root",
                      "--web.listen-address=:9100", "--collector.filesystem.mount-points-exclude=^/(dev|proc|sys|run|var/lib/kubelet)($|/)"],
                ports=[("metrics", 9100)], resources_=resources("50m", "64Mi"),
                liveness=http_probe("/", "metrics"), readiness=http_probe("/", "metrics"),
                security_context=container_security_context(run_as_user=65534),
                volume_mounts=[{"name": "proc", "mountPath": "/host/proc", "readOnly": True},
                               {"name": "sys", "mountPath": "/host/sys", "readOnly": True},
                               {"name": "root", "mountPath": "/host/root", "readOnly": True,
                                "mountPropagation": "HostToContainer"}],
            )],
        )
        self.service(app, namespace=ns, app=app, ports=[("metrics", 9100, "metrics")], annotations=scrape_annotations(9100))
