"""cert-manager 1.19: issues the serving certificates of the platform's admission webhooks.

Run as a chart rather than the EKS add-on so its version, flags and NetworkPolicies are reviewed with the
rest of the platform. Two charts here: the CRDs (applied first) and the controller, webhook and cainjector;
the platform's own CA (a self-signed root -> `platform-ca` ClusterIssuer) that webhook certificates are
issued from is built by `add_platform_ca` into a third chart applied after the webhook is ready. Facts (flags, ports, RBAC) from https://cert-manager.io/docs/installation/ and the
upstream manifests of v1.19.
"""

from __future__ import annotations

from dataclasses import dataclass

from constructs import Construct

from k8s_charts.base import (
    ANY_OBJ, BOOL, INT, STR, STR_LIST, IdentityMode, PlatformChart, checkov_skips, container, http_probe, oas,
    object_metadata, pinned_image, resources,
)
from k8s_charts.imports import certmanager as cm
from k8s_charts.monitoring_config import scrape_annotations
from k8s_charts.props import ClusterServicesProps

NAMESPACE = "cert-manager"
VERSION = "v1.19.2"
REGISTRY = "quay.io/jetstack"
PLATFORM_CA_ISSUER = "platform-ca"
WEBHOOK_CA_SECRET = "cert-manager-webhook-ca"
# Default controllers (internal/apis/config/controller/v1alpha1/defaults.go at v1.19.2) the platform turns off:
# the ACME flow (orders -> challenges, whose HTTP-01 solver creates pods, services and ingresses cluster-wide)
# and ingress-shim (Certificates from annotated Ingresses). Each waits for informers on objects the platform
# does not let cert-manager read, and would never sync.
DISABLED_CONTROLLERS = ("ingress-shim", "challenges", "orders", "certificaterequests-issuer-acme")


@dataclass(frozen=True, kw_only=True)
class CertManagerProps:
    kubernetes_version: str
    identity_mode: IdentityMode
    vpc_cidr: str
    version: str = VERSION

    @classmethod
    def from_cluster(cls, props: ClusterServicesProps) -> "CertManagerProps":
        return cls(kubernetes_version=props.kubernetes_version, identity_mode=props.identity_mode, vpc_cidr=props.vpc_cidr)


_ISSUER_REF = oas({"name": STR, "kind": STR, "group": STR}, required=["name"])
_CERTIFICATE_SPEC = oas({
    "secretName": STR, "commonName": STR, "dnsNames": STR_LIST, "ipAddresses": STR_LIST, "uris": STR_LIST,
    "duration": STR, "renewBefore": STR, "isCA": BOOL, "issuerRef": _ISSUER_REF, "usages": STR_LIST,
    "privateKey": oas({"algorithm": {"type": "string", "enum": ["RSA", "ECDSA", "Ed25519"]}, "size": INT,
                       "rotationPolicy": {"type": "string", "enum": ["Never", "Always"]}, "encoding": STR}),
    "secretTemplate": oas({"labels": {"type": "object", "additionalProperties": STR},
                           "annotations": {"type": "object", "additionalProperties": STR}}),
    "subject": ANY_OBJ, "keystores": ANY_OBJ, "revisionHistoryLimit": INT,
}, required=["secretName", "issuerRef"])
_ISSUER_SPEC = oas({
    "selfSigned": oas({"crlDistributionPoints": STR_LIST}),
    "ca": oas({"secretName": STR, "crlDistributionPoints": STR_LIST, "ocspServers": STR_LIST}, required=["secretName"]),
    "acme": ANY_OBJ, "vault": ANY_OBJ, "venafi": ANY_OBJ,
})


class CertManagerCrdsChart(PlatformChart):
    """The six cert-manager CRDs (the controller's informers need all of them)."""

    def __init__(self, scope: Construct, construct_id: str, *, props: CertManagerProps) -> None:
        super().__init__(scope, construct_id, component="cert-manager-crds", version=props.version,
                         kubernetes_version=props.kubernetes_version, identity_mode=props.identity_mode)
        status = {"status": ANY_OBJ}
        self.crd(group="cert-manager.io", kind="Certificate", plural="certificates", short_names=["cert", "certs"],
                 categories=["cert-manager"], versions=[("v1", {"spec": _CERTIFICATE_SPEC, **status}, True, True)])
        self.crd(group="cert-manager.io", kind="CertificateRequest", plural="certificaterequests", short_names=["cr", "crs"],
                 categories=["cert-manager"], versions=[("v1", {"spec": ANY_OBJ, **status}, True, True)])
        self.crd(group="cert-manager.io", kind="Issuer", plural="issuers", categories=["cert-manager"],
                 versions=[("v1", {"spec": _ISSUER_SPEC, **status}, True, True)])
        self.crd(group="cert-manager.io", kind="ClusterIssuer", plural="clusterissuers", scope="Cluster",
                 categories=["cert-manager"], versions=[("v1", {"spec": _ISSUER_SPEC, **status}, True, True)])
        self.crd(group="acme.cert-manager.io", kind="Order", plural="orders", categories=["cert-manager", "cert-manager-acme"],
                 versions=[("v1", {"spec": ANY_OBJ, **status}, True, True)])
        self.crd(group="acme.cert-manager.io", kind="Challenge", plural="challenges",
                 categories=["cert-manager", "cert-manager-acme"], versions=[("v1", {"spec": ANY_OBJ, **status}, True, True)])


class CertManagerChart(PlatformChart):
    """Controller, webhook and cainjector in `cert-manager` (the platform CA is `add_platform_ca`)."""

    def __init__(self, scope: Construct, construct_id: str, *, props: CertManagerProps) -> None:
        super().__init__(scope, construct_id, component="cert-manager", version=props.version,
                         kubernetes_version=props.kubernetes_version, identity_mode=props.identity_mode)
        ns = NAMESPACE
        self.platform_namespace(ns)
        leader_rules = [{"apiGroups": ["coordination.k8s.io"], "resources": ["leases"],
                         "verbs": ["get", "create", "update", "patch"]}]
        for app in ("cert-manager", "cert-manager-webhook", "cert-manager-cainjector"):
            self.service_account(app, namespace=ns)
            self.allow_api_server_egress(namespace=ns, pod_selector={"matchLabels": {"app.kubernetes.io/name": app}},
                                         vpc_cidr=props.vpc_cidr, name=f"{app}-apiserver-egress")
        for app in ("cert-manager", "cert-manager-cainjector"):
            self.role(f"{app}:leaderelection", namespace=ns, rules=leader_rules, bind_to=(ns, app))

        # Controller: issues and renews certificates. ACME is not used (no internet egress granted) and no Ingress
        # carries cert-manager annotations, so the controllers for them are off (DISABLED_CONTROLLERS) and their
        # rights (pods, services, ingresses, orders, challenges) are not granted: every controller that runs has
        # the informers it waits for.
        self.cluster_role("cert-manager-controller", bind_to=(ns, "cert-manager"), rules=[
            {"apiGroups": ["cert-manager.io"], "resources": ["issuers", "clusterissuers", "certificates", "certificaterequests"],
             "verbs": ["get", "list", "watch", "create", "update", "patch", "delete"]},
            {"apiGroups": ["cert-manager.io"],
             "resources": ["issuers/status", "clusterissuers/status", "certificates/status", "certificaterequests/status",
                           "certificates/finalizers", "certificaterequests/finalizers"],
             "verbs": ["update", "patch"]},
            {"apiGroups": [""], "resources": ["secrets"], "verbs": ["get", "list", "watch", "create", "update", "patch", "delete"]},
            {"apiGroups": [""], "resources": ["events"], "verbs": ["create", "patch"]},
            {"apiGroups": ["cert-manager.io"], "resources": ["signers"], "verbs": ["approve"],
             "resourceNames": ["issuers.cert-manager.io/*", "clusterissuers.cert-manager.io/*"]},
            {"apiGroups": ["authorization.k8s.io"], "resources": ["subjectaccessreviews"], "verbs": ["create"]},
        ])
        self.cluster_role("cert-manager-webhook:subjectaccessreviews", bind_to=(ns, "cert-manager-webhook"), rules=[
            {"apiGroups": ["authorization.k8s.io"], "resources": ["subjectaccessreviews"], "verbs": ["create"]},
        ])
        self.role("cert-manager-webhook:dynamic-serving", namespace=ns, bind_to=(ns, "cert-manager-webhook"), rules=[
            {"apiGroups": [""], "resources": ["secrets"], "resourceNames": [WEBHOOK_CA_SECRET],
             "verbs": ["get", "list", "watch", "update"]},
            {"apiGroups": [""], "resources": ["secrets"], "verbs": ["create"]},
        ])
        # cainjector writes CA bundles into webhook configurations and CRDs: that is its whole job.
        self.cluster_role("cert-manager-cainjector", bind_to=(ns, "cert-manager-cainjector"), annotations=checkov_skips(
            "CKV_K8S_155=cainjector exists to patch caBundle into webhook configurations; without it webhooks have no CA",
        ), rules=[
            {"apiGroups": ["cert-manager.io"], "resources": ["certificates"], "verbs": ["get", "list", "watch"]},
            {"apiGroups": [""], "resources": ["secrets"], "verbs": ["get", "list", "watch"]},
            {"apiGroups": [""], "resources": ["events"], "verbs": ["get", "create", "update", "patch"]},
            {"apiGroups": ["admissionregistration.k8s.io"],
             "resources": ["validatingwebhookconfigurations", "mutatingwebhookconfigurations"],
             "verbs": ["get", "list", "watch", "update", "patch"]},
            {"apiGroups": ["apiregistration.k8s.io"], "resources": ["apiservices"], "verbs": ["get", "list", "watch", "update", "patch"]},
            {"apiGroups": ["apiextensions.k8s.io"], "resources": ["customresourcedefinitions"],
             "verbs": ["get", "list", "watch", "update", "patch"]},
        ])

        image = lambda name: pinned_image(f"{REGISTRY}/cert-manager-{name}", props.version)  # noqa: E731
        pod_ns = {"POD_NAMESPACE": {"valueFrom": {"fieldRef": {"fieldPath": "metadata.namespace"}}}}
        self.workload("Deployment", "cert-manager", namespace=ns, service_account="cert-manager",
                      api_access="watches certificates and writes their secrets",
                      containers=[container(
                          "cert-manager-controller", image("controller"),
                          args=["--v=2", "--cluster-resource-namespace=$(POD_NAMESPACE)", f"--leader-election-namespace={ns}",
                                "--controllers=" + ",".join(["*", *(f"-{c}" for c in DISABLED_CONTROLLERS)]),
                                f"--acme-http01-solver-image={image('acmesolver')}", "--max-concurrent-challenges=60"],
                          env=pod_ns, ports=[("http-metrics", 9402), ("http-healthz", 9403)],
                          resources_=resources("50m", "128Mi"),
                          liveness=http_probe("/livez", "http-healthz", initial_delay=10, period=10, failure_threshold=8),
                          readiness=http_probe("/livez", "http-healthz", initial_delay=5))])
        self.workload("Deployment", "cert-manager-webhook", namespace=ns, service_account="cert-manager-webhook",
                      api_access="reviews admission requests and manages its serving CA secret", replicas=2,
                      containers=[container(
                          "cert-manager-webhook", image("webhook"),
                          args=["--v=2", "--secure-port=10250", "--dynamic-serving-ca-secret-namespace=$(POD_NAMESPACE)",
                                f"--dynamic-serving-ca-secret-name={WEBHOOK_CA_SECRET}",
                                "--dynamic-serving-dns-names=cert-manager-webhook,cert-manager-webhook.$(POD_NAMESPACE),"
                                "cert-manager-webhook.$(POD_NAMESPACE).svc"],
                          env=pod_ns, ports=[("https", 10250), ("healthcheck", 6080), ("http-metrics", 9402)],
                          resources_=resources("50m", "64Mi"),
                          liveness=http_probe("/livez", "healthcheck", initial_delay=60, period=10),
                          readiness=http_probe("/healthz", "healthcheck", initial_delay=5, period=5))])
        self.workload("Deployment", "cert-manager-cainjector", namespace=ns, service_account="cert-manager-cainjector",
                      api_access="injects CA bundles into webhook configurations", containers=[container(
                          "cert-manager-cainjector", image("cainjector"),
                          args=["--v=2", f"--leader-election-namespace={ns}"], env=pod_ns,
                          ports=[("http-metrics", 9402)], resources_=resources("50m", "128Mi"),
                          # Upstream ships cainjector without probes: it serves no health endpoint and no traffic.
                          liveness=None, readiness=None,
                      )], skips=["CKV_K8S_8=cainjector serves no health endpoint; a crash restarts it through the kubelet",
                                 "CKV_K8S_9=cainjector has no readiness endpoint and no Service routes traffic to it"])

        self.service("cert-manager", namespace=ns, app="cert-manager", ports=[("tcp-prometheus-servicemonitor", 9402, "http-metrics")],
                     annotations=scrape_annotations(9402))
        self.service("cert-manager-webhook", namespace=ns, app="cert-manager-webhook",
                     ports=[("https", 443, "https"), ("metrics", 9402, "http-metrics")])
        # The API server calls the webhook from the control plane ENIs in the VPC.
        self.allow_ingress("webhook-from-apiserver", namespace=ns, app="cert-manager-webhook", ports=[10250],
                           from_=[{"ipBlock": {"cidr": props.vpc_cidr}}])
        self.allow_ingress("metrics-from-monitoring", namespace=ns, app="cert-manager", ports=[9402],
                           from_=[self.peer("monitoring", "prometheus")])

        webhook_client = {"service": {"name": "cert-manager-webhook", "namespace": ns, "path": ""}}
        inject = {"cert-manager.io/inject-ca-from-secret": f"{ns}/{WEBHOOK_CA_SECRET}"}
        rules = [{"apiGroups": ["cert-manager.io", "acme.cert-manager.io"], "apiVersions": ["v1"],
                  "operations": ["CREATE", "UPDATE"], "resources": ["*/*"]}]
        not_self = {"matchExpressions": [{"key": "kubernetes.io/metadata.name", "operator": "NotIn", "values": [ns]}]}
        self.api("MutatingWebhookConfiguration", api_version="admissionregistration.k8s.io/v1",
                 kind="MutatingWebhookConfiguration", name="cert-manager-webhook", annotations=inject,
                 webhooks=[{"name": "webhook.cert-manager.io", "rules": rules, "admissionReviewVersions": ["v1"],
                            "matchPolicy": "Equivalent", "timeoutSeconds": 30, "failurePolicy": "Fail",
                            "sideEffects": "None",
                            "clientConfig": {"service": {**webhook_client["service"], "path": "/mutate", "port": 443}}}])
        self.api("ValidatingWebhookConfiguration", api_version="admissionregistration.k8s.io/v1",
                 kind="ValidatingWebhookConfiguration", name="cert-manager-webhook", annotations=inject,
                 webhooks=[{"name": "webhook.cert-manager.io", "namespaceSelector": not_self, "rules": rules,
                            "admissionReviewVersions": ["v1"], "matchPolicy": "Equivalent", "timeoutSeconds": 30,
                            "failurePolicy": "Fail", "sideEffects": "None",
                            "clientConfig": {"service": {**webhook_client["service"], "path": "/validate", "port": 443}}}])


def add_platform_ca(chart: PlatformChart) -> None:
    """The platform CA: a self-signed root whose key stays in cert-manager's namespace, and the `platform-ca`
    ClusterIssuer. cert-manager's own webhook admits these objects, so they ship in the `cert-manager-issuers`
    chart, applied once that webhook is ready (k8s_charts/cert_manager_issuers.py)."""
    ns = NAMESPACE
    cm.ClusterIssuer(chart, "ClusterIssuer-selfsigned", metadata=object_metadata("platform-selfsigned"),
                     spec=cm.ClusterIssuerSpec(self_signed=cm.ClusterIssuerSpecSelfSigned()))
    cm.Certificate(chart, "Certificate-platform-ca", metadata=object_metadata("platform-ca", namespace=ns),
                   spec=cm.CertificateSpec(
                       is_ca=True, common_name="ml-platform in-cluster CA", secret_name="platform-ca", duration="87600h",
                       private_key=cm.CertificateSpecPrivateKey(algorithm=cm.CertificateSpecPrivateKeyAlgorithm.ECDSA,
                                                                size=256),
                       issuer_ref=cm.CertificateSpecIssuerRef(name="platform-selfsigned", kind="ClusterIssuer",
                                                              group="cert-manager.io")))
    cm.ClusterIssuer(chart, "ClusterIssuer-platform-ca", metadata=object_metadata(PLATFORM_CA_ISSUER),
                     spec=cm.ClusterIssuerSpec(ca=cm.ClusterIssuerSpecCa(secret_name="platform-ca")))
