"""Container logs to CloudWatch: a Fluent Bit DaemonSet (AWS for Fluent Bit) on every node, GPU nodes included.

It tails every container's stdout/stderr (`/var/log/containers/*.log`, CRI format), adds the pod's namespace, name
and container from the Kubernetes API, and writes to the one log group the cluster stack creates, KMS-encrypted with
the platform's logs key and with the configured retention (`cluster.container_log_retention_days`). It never creates
a log group (`auto_create_group false`): its role may only create streams and put events in that group.
Credentials come through the identity mode (Pod Identity association or kube2iam annotation); the image's AWS
credential chain reads Pod Identity, which is how the CloudWatch Observability add-on (3.1.0 and later, running
this image) gets its role (https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Container-Insights-setup-EKS-addon.html).
Facts (tests/upstream_facts/fluent-bit.yaml): the image and its config path from aws/aws-for-fluent-bit and the
CloudWatch Observability add-on's chart (aws-observability/helm-charts, amazon-cloudwatch-observability-6.4.0).
"""

from __future__ import annotations

from dataclasses import dataclass

from constructs import Construct

from k8s_charts.base import IdentityMode, PlatformChart, WorkloadIdentity, container, http_probe, pinned_image, resources
from k8s_charts.props import ClusterServicesProps

NAMESPACE = "logging"
APP = "fluent-bit"
IDENTITY = "container-logs"
IMAGE = ("public.ecr.aws/aws-observability/aws-for-fluent-bit", "3.4.8")
CONFIG_MAP = "fluent-bit-config"
CONFIG_DIR = "/fluent-bit/etc/"
STATE_DIR = "/var/fluent-bit/state"
HTTP_PORT = 2020
TAG_PREFIX = "kube."


def container_log_group_name(cluster_name: str) -> str:
    """The log group every container's output goes to (created by the cluster stack, not by Fluent Bit)."""
    return f"/aws/eks/{cluster_name}/containers"


def fluent_bit_config(*, region: str, log_group: str) -> str:
    """fluent-bit.conf: tail the CRI logs, add Kubernetes metadata, send to the existing log group."""
    sections = [
        ("SERVICE", [("Flush", "5"), ("Grace", "30"), ("Log_Level", "info"), ("Daemon", "off"),
                     # /api/v1/health answers 500 once outputs keep failing: the liveness probe restarts the pod.
                     ("HTTP_Server", "On"), ("HTTP_Listen", "0.0.0.0"), ("HTTP_Port", str(HTTP_PORT)), ("Health_Check", "On"),
                     ("storage.path", f"{STATE_DIR}/flb-storage/"), ("storage.sync", "normal"),
                     ("storage.backlog.mem_limit", "5M")]),
        ("INPUT", [("Name", "tail"), ("Tag", f"{TAG_PREFIX}*"), ("Path", "/var/log/containers/*.log"),
                   ("multiline.parser", "cri"), ("DB", f"{STATE_DIR}/flb_container.db"), ("Mem_Buf_Limit", "50MB"),
                   ("Skip_Long_Lines", "On"), ("Refresh_Interval", "10"), ("Rotate_Wait", "30"),
                   ("storage.type", "filesystem"), ("Read_from_Head", "Off")]),
        ("FILTER", [("Name", "kubernetes"), ("Match", f"{TAG_PREFIX}*"), ("Kube_URL", "https://kubernetes.default.svc:443"),
                    ("Kube_Tag_Prefix", f"{TAG_PREFIX}var.log.containers."),
                    # JSON lines become fields; `log` stays for the saved query's text match.
                    ("Merge_Log", "On"), ("Keep_Log", "On"), ("K8S-Logging.Exclude", "On"),
                    ("Labels", "Off"), ("Annotations", "Off"), ("Buffer_Size", "0")]),
        ("OUTPUT", [("Name", "cloudwatch_logs"), ("Match", f"{TAG_PREFIX}*"), ("region", region),
                    ("log_group_name", log_group), ("log_stream_prefix", "${HOST_NAME}-"),
                    ("auto_create_group", "false"), ("workers", "1")]),
    ]
    lines: list[str] = []
    for name, entries in sections:
        lines.append(f"[{name}]")
        lines.extend(f"    {key:<26}{value}" for key, value in entries)
        lines.append("")
    return "\n".join(lines)


@dataclass(frozen=True, kw_only=True)
class ContainerLogsProps:
    kubernetes_version: str
    identity: WorkloadIdentity
    cluster_name: str
    region: str
    vpc_cidr: str

    @property
    def identity_mode(self) -> IdentityMode:
        return self.identity.mode

    @property
    def log_group(self) -> str:
        return container_log_group_name(self.cluster_name)

    @classmethod
    def from_cluster(cls, props: ClusterServicesProps) -> "ContainerLogsProps":
        return cls(kubernetes_version=props.kubernetes_version, identity=props.identity(IDENTITY),
                   cluster_name=props.cluster_name, region=props.region, vpc_cidr=props.vpc_cidr)


class ContainerLogsChart(PlatformChart):
    """Fluent Bit DaemonSet, its config and RBAC, in the `logging` namespace."""

    def __init__(self, scope: Construct, construct_id: str, *, props: ContainerLogsProps) -> None:
        super().__init__(scope, construct_id, component=APP, version=IMAGE[1],
                         kubernetes_version=props.kubernetes_version, identity_mode=props.identity_mode)
        ns = NAMESPACE
        if (props.identity.namespace, props.identity.service_account) != (ns, APP):
            raise ValueError(f"{APP}: its AWS identity must be for {ns}/{APP}, got "
                             f"{props.identity.namespace}/{props.identity.service_account}")
        self.platform_namespace(ns, pss="privileged", allowed_roles=[props.identity.role_arn], pss_reason=(
            "Fluent Bit reads every pod's log files through the hostPath /var/log and keeps its read positions in a "
            "hostPath; baseline forbids hostPath volumes"))
        self.service_account(APP, namespace=ns)
        self.cluster_role(APP, bind_to=(ns, APP), rules=[
            # The kubernetes filter looks up each log file's pod (and its namespace) once and caches it.
            {"apiGroups": [""], "resources": ["pods", "namespaces"], "verbs": ["get", "list", "watch"]},
        ])
        self.config_map(CONFIG_MAP, namespace=ns, data={
            "fluent-bit.conf": fluent_bit_config(region=props.region, log_group=props.log_group)})
        self.workload(
            "DaemonSet", APP, namespace=ns, service_account=APP, identity=props.identity,
            api_access="the kubernetes filter reads the pod and namespace of each log file",
            # Every node, whatever its taints (GPU nodes are tainted nvidia.com/gpu).
            tolerations=[{"operator": "Exists"}], priority_class="system-node-critical",
            pod_security={"seccompProfile": {"type": "RuntimeDefault"}},
            strategy={"type": "RollingUpdate", "rollingUpdate": {"maxUnavailable": "10%"}},
            extra_pod={"terminationGracePeriodSeconds": 30},
            volumes=[
                {"name": "varlog", "hostPath": {"path": "/var/log", "type": "Directory"}},
                {"name": "state", "hostPath": {"path": STATE_DIR, "type": "DirectoryOrCreate"}},
                {"name": "config", "configMap": {"name": CONFIG_MAP}},
            ],
            skips=["CKV_K8S_23=Fluent Bit reads the root-owned container log files under /var/log/pods on the node",
                   "CKV_K8S_40=Fluent Bit runs as root (UID 0) to read the root-owned container log files"],
            containers=[container(
                APP, pinned_image(*IMAGE),
                # Referenced by log_stream_prefix: one stream per node and log file.
                env={"HOST_NAME": {"valueFrom": {"fieldRef": {"fieldPath": "spec.nodeName"}}}},
                ports=[("http", HTTP_PORT)], resources_=resources("100m", "200Mi", memory_limit="400Mi"),
                liveness=http_probe("/api/v1/health", HTTP_PORT, initial_delay=30),
                readiness=http_probe("/api/v1/health", HTTP_PORT),
                security_context={
                    "runAsUser": 0, "runAsGroup": 0, "runAsNonRoot": False, "allowPrivilegeEscalation": False,
                    "readOnlyRootFilesystem": True, "seccompProfile": {"type": "RuntimeDefault"},
                    "capabilities": {"drop": ["ALL"]},
                },
                volume_mounts=[
                    {"name": "varlog", "mountPath": "/var/log", "readOnly": True},
                    {"name": "state", "mountPath": STATE_DIR},
                    {"name": "config", "mountPath": CONFIG_DIR, "readOnly": True},
                ],
            )],
        )
        self.allow_egress(f"{APP}-egress", namespace=ns, app=APP, rules=[
            # The Kubernetes API (private endpoint in the VPC) and CloudWatch Logs (its endpoint or via NAT): 443.
            {"ports": [{"protocol": "TCP", "port": 443}]},
            props.identity.credentials_egress(),
        ])
