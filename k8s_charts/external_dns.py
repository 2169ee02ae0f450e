"""ExternalDNS: keeps the gateway hostname (and with it the login callback) pointed at the gateway's NLB.

The AWS Load Balancer Controller creates the NLB at run time, so CloudFormation cannot name it; ExternalDNS
reads the `external-dns.alpha.kubernetes.io/hostname` annotation on the gateway Service and writes an alias
record (plus its TXT ownership record) into the one configured hosted zone, with a role that may change only
that zone. `upsert-only`: it never deletes records it did not just write.
https://github.com/kubernetes-sigs/external-dns/blob/v0.22.0/docs/tutorials/aws.md
"""

from __future__ import annotations

from dataclasses import dataclass

from constructs import Construct

from k8s_charts.base import IdentityMode, PlatformChart, WorkloadIdentity, container, http_probe, pinned_image, resources
from k8s_charts.monitoring_config import scrape_annotations
from k8s_charts.props import ClusterServicesProps

NAMESPACE = "platform-system"
APP = "external-dns"
IMAGE = "registry.k8s.io/external-dns/external-dns"
VERSION = "v0.22.0"
METRICS_PORT = 7979
# The Service annotation ExternalDNS's service source reads (source/source.go, hostnameAnnotationKey).
HOSTNAME_ANNOTATION = "external-dns.alpha.kubernetes.io/hostname"


@dataclass(frozen=True, kw_only=True)
class ExternalDnsProps:
    kubernetes_version: str
    identity: WorkloadIdentity
    cluster_name: str
    region: str
    hosted_zone_id: str
    hosted_zone_name: str
    hosted_zone_private: bool

    @property
    def identity_mode(self) -> IdentityMode:
        return self.identity.mode

    @classmethod
    def from_cluster(cls, props: ClusterServicesProps) -> "ExternalDnsProps | None":
        """None when the gateway has no hosted zone configured (no record is managed)."""
        gateway = props.platform_services.gateway
        if not gateway.hosted_zone_id or not gateway.hosted_zone_name:
            return None
        return cls(kubernetes_version=props.kubernetes_version, identity=props.identity(APP),
                   cluster_name=props.cluster_name, region=props.region, hosted_zone_id=gateway.hosted_zone_id,
                   hosted_zone_name=gateway.hosted_zone_name, hosted_zone_private=gateway.hosted_zone_private)

    def args(self) -> list[str]:
        return [
            "--source=service", "--provider=aws", "--registry=txt", f"--txt-owner-id={self.cluster_name}",
            "--policy=upsert-only", f"--domain-filter={self.hosted_zone_name}", f"--zone-id-filter={self.hosted_zone_id}",
            f"--aws-zone-type={'private' if self.hosted_zone_private else 'public'}",
            # Only Services that ask for a name: the gateway's.
            f"--annotation-filter={HOSTNAME_ANNOTATION}", "--service-type-filter=LoadBalancer",
            "--interval=1m", f"--metrics-address=:{METRICS_PORT}", "--log-format=json",
        ]


class ExternalDnsChart(PlatformChart):
    """One ExternalDNS Deployment (upstream supports a single replica: no leader election) and read-only RBAC."""

    def __init__(self, scope: Construct, construct_id: str, *, props: ExternalDnsProps) -> None:
        super().__init__(scope, construct_id, component=APP, version=VERSION,
                         kubernetes_version=props.kubernetes_version, identity_mode=props.identity_mode)
        ns = NAMESPACE
        if (props.identity.namespace, props.identity.service_account) != (ns, APP):
            raise ValueError(f"{APP}: its AWS identity must be for {ns}/{APP}, got "
                             f"{props.identity.namespace}/{props.identity.service_account}")
        self.service_account(APP, namespace=ns)
        read = ["get", "watch", "list"]
        self.cluster_role(APP, bind_to=(ns, APP), rules=[
            {"apiGroups": [""], "resources": ["nodes"], "verbs": ["list", "watch"]},
            {"apiGroups": [""], "resources": ["pods", "services"], "verbs": read},
            {"apiGroups": ["discovery.k8s.io"], "resources": ["endpointslices"], "verbs": read},
        ])
        self.workload(
            "Deployment", APP, namespace=ns, service_account=APP, identity=props.identity,
            api_access="watches Services (and their pods, nodes, endpoint slices) for the hostname annotation",
            containers=[container(
                APP, pinned_image(IMAGE, VERSION), args=props.args(),
                env={"AWS_REGION": props.region},
                ports=[("http", METRICS_PORT)], resources_=resources("50m", "128Mi"),
                liveness=http_probe("/healthz", "http", initial_delay=10),
                readiness=http_probe("/healthz", "http"),
            )],
        )
        self.service(APP, namespace=ns, app=APP, ports=[("http", METRICS_PORT, "http")],
                     annotations=scrape_annotations(METRICS_PORT))
        self.allow_ingress(f"{APP}-metrics-from-monitoring", namespace=ns, app=APP, ports=[METRICS_PORT],
                           from_=[self.peer("monitoring", "prometheus")])
        self.allow_egress(f"{APP}-egress", namespace=ns, app=APP, rules=[
            # Kubernetes API (private endpoint) and Route 53 (a global API, through NAT): both on 443.
            {"ports": [{"protocol": "TCP", "port": 443}]},
            props.identity.credentials_egress(),
        ])
