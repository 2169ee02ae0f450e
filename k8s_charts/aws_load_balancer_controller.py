"""AWS Load Balancer Controller v2.14: turns the gateway's `LoadBalancer` Service into an NLB.

Runs in `platform-system` (shared with the Cluster Autoscaler) with its AWS role through the configured
identity mode. Its admission webhooks get their serving certificate from the platform CA (cert-manager).
Flags, ports, RBAC and webhooks follow the upstream chart of v2.14.1 (facts and deliberate differences:
tests/upstream_facts/aws-load-balancer-controller.yaml), without cluster-wide Secret access (upstream's default,
only the ALB OIDC feature needs it).
https://github.com/kubernetes-sigs/aws-load-balancer-controller/tree/v2.14.1/helm/aws-load-balancer-controller
"""

from __future__ import annotations

from dataclasses import dataclass

from constructs import Construct

from k8s_charts.base import (
    ANY_OBJ, STR, IdentityMode, PlatformChart, WorkloadIdentity, container, http_probe, oas, object_metadata, pinned_image,
    resources,
)
from k8s_charts.cert_manager import PLATFORM_CA_ISSUER
from k8s_charts.imports import certmanager as cm
from k8s_charts.monitoring_config import scrape_annotations
from k8s_charts.props import ClusterServicesProps

NAMESPACE = "platform-system"
APP = "aws-load-balancer-controller"
VERSION = "v2.14.1"
IMAGE = "public.ecr.aws/eks/aws-load-balancer-controller"
WEBHOOK_SERVICE = "aws-load-balancer-webhook-service"
TLS_SECRET = "aws-load-balancer-tls"


@dataclass(frozen=True, kw_only=True)
class AwsLoadBalancerControllerProps:
    kubernetes_version: str
    identity: WorkloadIdentity
    cluster_name: str
    region: str
    vpc_id: str
    vpc_cidr: str
    # Roles the namespace's pods may assume under kube2iam (this controller's and the autoscaler's).
    namespace_roles: tuple[str, ...]
    version: str = VERSION
    replicas: int = 2

    @property
    def identity_mode(self) -> IdentityMode:
        return self.identity.mode

    @classmethod
    def from_cluster(cls, props: ClusterServicesProps) -> "AwsLoadBalancerControllerProps":
        return cls(kubernetes_version=props.kubernetes_version, identity=props.identity(APP), cluster_name=props.cluster_name,
                   region=props.region, vpc_id=props.vpc_id, vpc_cidr=props.vpc_cidr,
                   namespace_roles=tuple(props.roles_in(NAMESPACE)))


class AwsLoadBalancerControllerCrdsChart(PlatformChart):
    """TargetGroupBinding and IngressClassParams: the controller's informers need both."""

    def __init__(self, scope: Construct, construct_id: str, *, props: AwsLoadBalancerControllerProps) -> None:
        super().__init__(scope, construct_id, component=f"{APP}-crds", version=props.version,
                         kubernetes_version=props.kubernetes_version, identity_mode=props.identity_mode)
        # Every spec field of the v2.14 type: the service reconciler writes targetGroupProtocol and compares the
        # stored spec with the one it wants, so a pruned field would make it patch the binding on every reconcile.
        tgb = {"spec": oas({"targetGroupARN": STR, "targetGroupName": STR, "targetType": STR, "targetGroupProtocol": STR,
                            "ipAddressType": STR, "serviceRef": ANY_OBJ, "networking": ANY_OBJ, "nodeSelector": ANY_OBJ,
                            "vpcID": STR, "multiClusterTargetGroup": {"type": "boolean"},
                            "iamRoleArnToAssume": STR, "assumeRoleExternalId": STR}),
               "status": ANY_OBJ}
        self.crd(group="elbv2.k8s.aws", kind="TargetGroupBinding", plural="targetgroupbindings", categories=["all"],
                 versions=[("v1beta1", tgb, True, True), ("v1alpha1", {"spec": ANY_OBJ, "status": ANY_OBJ}, True, False)])
        self.crd(group="elbv2.k8s.aws", kind="IngressClassParams", plural="ingressclassparams", scope="Cluster",
                 versions=[("v1beta1", {"spec": ANY_OBJ}, True, True)])


class AwsLoadBalancerControllerChart(PlatformChart):
    """The controller Deployment (HA, leader-elected), its webhooks, RBAC and the `platform-system` namespace."""

    def __init__(self, scope: Construct, construct_id: str, *, props: AwsLoadBalancerControllerProps) -> None:
        super().__init__(scope, construct_id, component=APP, version=props.version,
                         kubernetes_version=props.kubernetes_version, identity_mode=props.identity_mode)
        ns = NAMESPACE
        if props.identity.namespace != ns or props.identity.service_account != APP:
            raise ValueError(f"{APP}: its AWS identity must be for {ns}/{APP}, got "
                             f"{props.identity.namespace}/{props.identity.service_account}")
        self.platform_namespace(ns, allowed_roles=props.namespace_roles)
        self.service_account(APP, namespace=ns)
        self.cluster_role(f"{APP}-role", bind_to=(ns, APP), rules=[
            {"apiGroups": ["elbv2.k8s.aws"], "resources": ["targetgroupbindings"],
             "verbs": ["create", "delete", "get", "list", "patch", "update", "watch"]},
            {"apiGroups": ["elbv2.k8s.aws"], "resources": ["targetgroupbindings/status"], "verbs": ["update", "patch"]},
            {"apiGroups": ["elbv2.k8s.aws"], "resources": ["ingressclassparams"], "verbs": ["get", "list", "watch"]},
            {"apiGroups": [""], "resources": ["events"], "verbs": ["create", "patch"]},
            {"apiGroups": [""], "resources": ["pods"], "verbs": ["get", "list", "watch"]},
            {"apiGroups": [""], "resources": ["pods/status"], "verbs": ["update", "patch"]},
            {"apiGroups": [""], "resources": ["services"], "verbs": ["get", "list", "patch", "update", "watch"]},
            {"apiGroups": [""], "resources": ["services/status"], "verbs": ["update", "patch"]},
            {"apiGroups": [""], "resources": ["nodes", "namespaces", "endpoints"], "verbs": ["get", "list", "watch"]},
            {"apiGroups": ["discovery.k8s.io"], "resources": ["endpointslices"], "verbs": ["get", "list", "watch"]},
            {"apiGroups": ["networking.k8s.io"], "resources": ["ingresses"], "verbs": ["get", "list", "patch", "update", "watch"]},
            {"apiGroups": ["networking.k8s.io"], "resources": ["ingresses/status"], "verbs": ["update", "patch"]},
            {"apiGroups": ["networking.k8s.io"], "resources": ["ingressclasses"], "verbs": ["get", "list", "watch"]},
        ])
        self.role(f"{APP}-leader-election-role", namespace=ns, bind_to=(ns, APP), rules=[
            {"apiGroups": ["coordination.k8s.io"], "resources": ["leases"], "verbs": ["create"]},
            {"apiGroups": ["coordination.k8s.io"], "resources": ["leases"], "verbs": ["get", "update", "patch"],
             "resourceNames": ["aws-load-balancer-controller-leader"]},
        ])
        cm.Certificate(self, "Certificate", metadata=object_metadata("aws-load-balancer-serving-cert", namespace=ns),
                       spec=cm.CertificateSpec(
                           secret_name=TLS_SECRET,
                           dns_names=[f"{WEBHOOK_SERVICE}.{ns}.svc", f"{WEBHOOK_SERVICE}.{ns}.svc.cluster.local"],
                           issuer_ref=cm.CertificateSpecIssuerRef(name=PLATFORM_CA_ISSUER, kind="ClusterIssuer",
                                                                  group="cert-manager.io")))
        self.workload(
            "Deployment", APP, namespace=ns, service_account=APP, replicas=props.replicas, identity=props.identity,
            api_access="reconciles Services, Ingresses and TargetGroupBindings", priority_class="system-cluster-critical",
            volumes=[{"name": "cert", "secret": {"secretName": TLS_SECRET, "defaultMode": 0o420}}],
            containers=[container(
                "controller", pinned_image(IMAGE, props.version),
                args=[f"--cluster-name={props.cluster_name}", "--ingress-class=alb", f"--aws-region={props.region}",
                      f"--aws-vpc-id={props.vpc_id}", "--enable-shield=false", "--enable-waf=false", "--enable-wafv2=false"],
                ports=[("webhook-server", 9443), ("metrics-server", 8080)],
                resources_=resources("100m", "256Mi"),
                liveness=http_probe("/healthz", 61779, initial_delay=30, period=10),
                readiness=http_probe("/readyz", 61779, initial_delay=10, period=10),
                volume_mounts=[{"name": "cert", "mountPath": "/tmp/k8s-webhook-server/serving-certs", "readOnly": True}],
            )],
        )
        self.service(WEBHOOK_SERVICE, namespace=ns, app=APP, ports=[("webhook-server", 443, "webhook-server")])
        self.service(f"{APP}-metrics", namespace=ns, app=APP, ports=[("metrics-server", 8080, "metrics-server")],
                     annotations=scrape_annotations(8080))
        self.allow_ingress(f"{APP}-webhook-from-apiserver", namespace=ns, app=APP, ports=[9443],
                           from_=[{"ipBlock": {"cidr": props.vpc_cidr}}])
        self.allow_ingress(f"{APP}-metrics-from-monitoring", namespace=ns, app=APP, ports=[8080],
                           from_=[self.peer("monitoring", "prometheus")])
        self.allow_egress(f"{APP}-egress", namespace=ns, app=APP, rules=[
            # Kubernetes API (private endpoint in the VPC) and the ELB/EC2 APIs (VPC endpoints or NAT): both on 443.
            {"ports": [{"protocol": "TCP", "port": 443}]},
            props.identity.credentials_egress(),
        ])

        webhook = lambda name, path, port=443, policy="Fail": {  # noqa: E731
            "name": name, "admissionReviewVersions": ["v1"], "sideEffects": "None", "failurePolicy": policy,
            "matchPolicy": "Equivalent", "timeoutSeconds": 10,
            "clientConfig": {"service": {"name": WEBHOOK_SERVICE, "namespace": ns, "path": path, "port": port}},
        }
        not_controller = {"matchExpressions": [{"key": "app.kubernetes.io/name", "operator": "NotIn", "values": [APP]}]}
        inject = {"cert-manager.io/inject-ca-from": f"{ns}/aws-load-balancer-serving-cert"}
        self.api("MutatingWebhookConfiguration", api_version="admissionregistration.k8s.io/v1",
                 kind="MutatingWebhookConfiguration", name="aws-load-balancer-webhook", annotations=inject, webhooks=[
                     # Ignore (upstream): readiness-gate injection must not block pods while the controller is down.
                     {**webhook("mpod.elbv2.k8s.aws", "/mutate-v1-pod", policy="Ignore"), "objectSelector": not_controller,
                      "namespaceSelector": {"matchExpressions": [{"key": "elbv2.k8s.aws/pod-readiness-gate-inject",
                                                                  "operator": "In", "values": ["enabled"]}]},
                      "rules": [{"apiGroups": [""], "apiVersions": ["v1"], "operations": ["CREATE"], "resources": ["pods"]}]},
                     {**webhook("mservice.elbv2.k8s.aws", "/mutate-v1-service"), "objectSelector": not_controller,
                      "rules": [{"apiGroups": [""], "apiVersions": ["v1"], "operations": ["CREATE"], "resources": ["services"]}]},
                     {**webhook("mtargetgroupbinding.elbv2.k8s.aws", "/mutate-elbv2-k8s-aws-v1beta1-targetgroupbinding"),
                      "rules": [{"apiGroups": ["elbv2.k8s.aws"], "apiVersions": ["v1beta1"], "operations": ["CREATE", "UPDATE"],
                                 "resources": ["targetgroupbindings"]}]},
                 ])
        self.api("ValidatingWebhookConfiguration", api_version="admissionregistration.k8s.io/v1",
                 kind="ValidatingWebhookConfiguration", name="aws-load-balancer-webhook", annotations=inject, webhooks=[
                     {**webhook("vingressclassparams.elbv2.k8s.aws", "/validate-elbv2-k8s-aws-v1beta1-ingressclassparams"),
                      "objectSelector": not_controller,
                      "rules": [{"apiGroups": ["elbv2.k8s.aws"], "apiVersions": ["v1beta1"], "operations": ["CREATE", "UPDATE"],
                                 "resources": ["ingressclassparams"]}]},
                     {**webhook("vtargetgroupbinding.elbv2.k8s.aws", "/validate-elbv2-k8s-aws-v1beta1-targetgroupbinding"),
                      "rules": [{"apiGroups": ["elbv2.k8s.aws"], "apiVersions": ["v1beta1"], "operations": ["CREATE", "UPDATE"],
                                 "resources": ["targetgroupbindings"]}]},
                     {**webhook("vingress.elbv2.k8s.aws", "/validate-networking-v1-ingress"),
                      "rules": [{"apiGroups": ["networking.k8s.io"], "apiVersions": ["v1"], "operations": ["CREATE", "UPDATE"],
                                 "resources": ["ingresses"]}]},
                 ])
