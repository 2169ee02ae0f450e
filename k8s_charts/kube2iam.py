"""kube2iam (only when `cluster.workload_identity: kube2iam`): per-pod IAM roles by intercepting IMDS.

A DaemonSet on the host network on every node (it tolerates every taint, GPU nodes included) adds an
iptables rule that sends the VPC CNI interfaces' (`eni+`) traffic for 169.254.169.254 to itself, and
answers credential requests with the role named in the pod's `iam.amazonaws.com/role` annotation, but
only if the pod's namespace lists that role in `iam.amazonaws.com/allowed-roles` (`--namespace-restrictions`).
The base role ARN is discovered from the node's own role (`--auto-discover-base-arn`).
The namespace is `privileged`: hostNetwork and NET_ADMIN (iptables) are forbidden by baseline.
Releases before 0.12.0 read instance metadata without an IMDSv2 token (aws-sdk-go v1.8.7), which the
platform's nodes require, so `--auto-discover-base-arn` ends them at start. 0.15.0 (AWS SDK v2) asks EC2 for the
account's regions with the node's credentials before it first assumes a role: the node role holds `ec2:DescribeRegions`
in this mode (`WorkloadIdentity`). kube2iam never removes its iptables rule, on shutdown neither: a rolling update
is unaffected (the new pod listens on the same port), but a node whose kube2iam pod is gone for good sends pods'
metadata requests to a closed port until the node is replaced (https://github.com/jtblin/kube2iam/issues/44).
https://github.com/jtblin/kube2iam
"""

from __future__ import annotations

from dataclasses import dataclass

from constructs import Construct

from k8s_charts.base import PlatformChart, container, http_probe, pinned_image, resources
from k8s_charts.props import ClusterServicesProps

NAMESPACE = "kube2iam"
APP = "kube2iam"
IMAGE = ("docker.io/jtblin/kube2iam", "0.15.0")
PORT = 8181
XTABLES_LOCK = "/run/xtables.lock"


@dataclass(frozen=True, kw_only=True)
class Kube2iamProps:
    kubernetes_version: str
    region: str

    @classmethod
    def from_cluster(cls, props: ClusterServicesProps) -> "Kube2iamProps":
        return cls(kubernetes_version=props.kubernetes_version, region=props.region)


class Kube2iamChart(PlatformChart):
    """The kube2iam DaemonSet, its RBAC (read pods and namespaces) and namespace."""

    def __init__(self, scope: Construct, construct_id: str, *, props: Kube2iamProps) -> None:
        super().__init__(scope, construct_id, component=APP, version=IMAGE[1],
                         kubernetes_version=props.kubernetes_version, identity_mode="kube2iam")
        ns = NAMESPACE
        self.platform_namespace(ns, pss="privileged", pss_reason=(
            "kube2iam runs on the host network and needs NET_ADMIN to install its iptables rule for the "
            "instance metadata address; baseline forbids both"))
        self.service_account(APP, namespace=ns)
        self.cluster_role(APP, bind_to=(ns, APP), rules=[
            {"apiGroups": [""], "resources": ["namespaces", "pods"], "verbs": ["get", "list", "watch"]},
        ])
        self.workload(
            "DaemonSet", APP, namespace=ns, service_account=APP,
            api_access="maps pod IPs to their role annotations and namespace allow-lists",
            priority_class="system-node-critical", strategy={"type": "RollingUpdate", "rollingUpdate": {"maxUnavailable": 1}},
            # Every node, whatever its taints: a node without kube2iam would hand pods the node's own role.
            tolerations=[{"operator": "Exists"}],
            pod_security={"seccompProfile": {"type": "RuntimeDefault"}},
            extra_pod={"hostNetwork": True, "dnsPolicy": "ClusterFirstWithHostNet"},
            # iptables (the image's alpine iptables, through go-iptables with --wait) opens /run/xtables.lock with
            # O_CREAT; on a read-only root filesystem that fails and kube2iam exits before serving. The node's own
            # lock file also serialises the rule change with kube-proxy and the VPC CNI, which mount the same file.
            volumes=[{"name": "xtables-lock", "hostPath": {"path": XTABLES_LOCK, "type": "FileOrCreate"}}],
            skips=[
                "CKV_K8S_19=kube2iam must share the host network namespace to intercept instance metadata traffic",
                "CKV_K8S_23=iptables needs root (UID 0) inside the container together with NET_ADMIN",
                "CKV_K8S_40=iptables needs root (UID 0) inside the container together with NET_ADMIN",
                "CKV_K8S_37=NET_ADMIN is the one capability kube2iam needs for its iptables rule; all others are dropped",
                "CKV_K8S_25=NET_ADMIN is added for the iptables rule that redirects instance metadata traffic",
            ],
            containers=[container(
                APP, pinned_image(*IMAGE),
                # 0.15.0 always calls the regional STS endpoint of AWS_REGION (iam/iam.go) and only parses
                # --use-regional-sts-endpoint; the flag stays so the intent holds if a release reads it again.
                # Without AWS_REGION the AWS SDK v2 has no region and every credential request fails.
                args=[
                    f"--app-port={PORT}", "--iptables=true", "--host-ip=$(HOST_IP)", "--host-interface=eni+",
                    "--node=$(NODE_NAME)", "--auto-discover-base-arn", "--namespace-restrictions",
                    "--use-regional-sts-endpoint", "--log-format=json",
                ],
                env={
                    "HOST_IP": {"valueFrom": {"fieldRef": {"fieldPath": "status.podIP"}}},
                    "NODE_NAME": {"valueFrom": {"fieldRef": {"fieldPath": "spec.nodeName"}}},
                    "AWS_REGION": props.region,
                },
                ports=[("http", PORT)], resources_=resources("50m", "64Mi"),
                volume_mounts=[{"name": "xtables-lock", "mountPath": XTABLES_LOCK}],
                liveness=http_probe("/healthz", PORT, initial_delay=30),
                readiness=http_probe("/healthz", PORT),
                security_context={
                    "runAsUser": 0, "runAsGroup": 0, "runAsNonRoot": False, "allowPrivilegeEscalation": False,
                    "readOnlyRootFilesystem": True, "seccompProfile": {"type": "RuntimeDefault"},
                    "capabilities": {"drop": ["ALL"], "add": ["NET_ADMIN"]},
                },
            )],
        )
