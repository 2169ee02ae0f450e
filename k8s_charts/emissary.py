"""The Ambassador API gateway: Emissary-ingress 3.10, behind an NLB that terminates TLS with an ACM certificate.

Two charts. `emissary-crds` ships the getambassador.io CRDs (served and stored versions as upstream: v2 stored
and v1/v2/v3alpha1 served, converted by the `emissary-apiext` webhook in `emissary-system`; Listener only
v3alpha1) and apiext itself. `emissary` runs the gateway in the `emissary` namespace: an HA Deployment spread
over AZs with a PodDisruptionBudget, that starts only once apiext has rolled out, a `LoadBalancer`
Service that the AWS Load Balancer Controller turns into an internal or internet-facing NLB, the
Listener/Host that accept the NLB's traffic, the `ambassador` Module, and the AuthService hook the
Kubeflow login points at oauth2-proxy. Facts from https://github.com/emissary-ingress/emissary
(manifests/emissary, v3.10) and https://kubernetes-sigs.github.io/aws-load-balancer-controller/.
"""

from __future__ import annotations

from dataclasses import dataclass

from constructs import Construct

from k8s_charts.base import (
    ANY_OBJ, BOOL, INT, STR, STR_LIST, STR_MAP, IdentityMode, PlatformChart, container, http_probe, oas, object_metadata,
    pinned_image, resources,
)
from k8s_charts.imports import emissary as amb
from k8s_charts.external_dns import HOSTNAME_ANNOTATION
from k8s_charts.monitoring_config import scrape_annotations
from k8s_charts.props import AuthHook, ClusterServicesProps
from platform_config.platform_services import GatewayConfig

VERSION = "3.10.0"
IMAGE = "docker.io/emissaryingress/emissary"
SYSTEM_NAMESPACE = "emissary-system"
NAMESPACE = "emissary"
APP = "emissary-ingress"
APIEXT = "emissary-apiext"
GROUP = "getambassador.io"
HTTP_PORT = 8080
ADMIN_PORT = 8877
# apiext only watches and patches (CA bundle) the CRDs carrying this label: `--crd-label-selector`
# (emissary v3.10.0 cmd/apiext/main.go, manifests/emissary/emissary-crds.yaml.in).
APIEXT_CRD_LABELS = {"app.kubernetes.io/part-of": APIEXT}
# The only path apiext's HTTPS server answers (pkg/apiext/path/path.go); it serves on 8443 behind Service port 443.
APIEXT_CONVERT_PATH = "/webhooks/crd-convert"
APIEXT_HTTPS_PORT = 8443
APIEXT_HEALTH_PORT = 8080
# The CA Secret apiext creates and the Lease of its leader election (pkg/apiext/defaults, pkg/apiext/server.go).
APIEXT_CA_SECRET = "emissary-ingress-webhook-ca"
APIEXT_LEADER_LEASE = "emissary-ca-mgr-leader"
# The gateway's start-up wait (upstream's `wait-for-apiext` init container): kubectl from the Kubernetes
# project's own registry. kubectl supports one minor of skew either way, which covers the
# accepted cluster versions 1.34-1.36 (https://kubernetes.io/releases/version-skew-policy/#kubectl).
KUBECTL_IMAGE = ("registry.k8s.io/kubectl", "v1.35.0")
# NLB TLS policy: TLS 1.3 with 1.2 fallback (https://docs.aws.amazon.com/elasticloadbalancing/latest/network/describe-ssl-policies.html).
TLS_POLICY = "ELBSecurityPolicy-TLS13-1-2-2021-06"

# Every getambassador.io kind Emissary 3.10 watches (cmd/entrypoint/interesting_types.go); the platform uses
# the first six, the others are free-form so Emissary's watches find every kind it knows.
_USED = ("Mapping", "Host", "Listener", "AuthService", "Module", "TLSContext")
_OTHER_KINDS = ("ConsulResolver", "DevPortal", "KubernetesEndpointResolver", "KubernetesServiceResolver", "LogService",
                "RateLimitService", "TCPMapping", "TracingService")

_AMBASSADOR_ID = STR_LIST
_CIRCUIT_BREAKERS = {"type": "array", "items": oas({"max_connections": INT, "max_pending_requests": INT, "max_requests": INT,
                                                    "max_retries": INT, "priority": {"type": "string", "enum": ["default", "high"]}})}
_SPECS = {
    "Mapping": oas({
        "ambassador_id": _AMBASSADOR_ID, "prefix": STR, "prefix_regex": BOOL, "prefix_exact": BOOL, "rewrite": STR,
        "regex_rewrite": ANY_OBJ, "service": STR, "hostname": STR, "host": STR, "host_regex": BOOL, "method": STR,
        "method_regex": BOOL, "headers": STR_MAP, "regex_headers": STR_MAP, "query_parameters": STR_MAP,
        "timeout_ms": INT, "idle_timeout_ms": INT, "connect_timeout_ms": INT, "bypass_auth": BOOL,
        "auth_context_extensions": STR_MAP, "allow_upgrade": STR_LIST, "add_request_headers": ANY_OBJ,
        "add_response_headers": ANY_OBJ, "remove_request_headers": STR_LIST, "remove_response_headers": STR_LIST,
        "cors": ANY_OBJ, "retry_policy": ANY_OBJ, "circuit_breakers": _CIRCUIT_BREAKERS, "load_balancer": ANY_OBJ,
        "weight": INT, "precedence": INT, "tls": STR, "use_websocket": BOOL, "case_sensitive": BOOL, "resolver": STR,
        "docs": ANY_OBJ, "labels": ANY_OBJ, "stats_name": STR, "grpc": BOOL, "shadow": BOOL, "rewrite_host": STR,
        "bypass_error_response_overrides": BOOL, "error_response_overrides": {"type": "array", "items": ANY_OBJ},
        "envoy_override": ANY_OBJ, "keepalive": ANY_OBJ, "cluster_tag": STR, "dns_type": STR,
    }, required=["prefix", "service"]),
    "Host": oas({
        "ambassador_id": _AMBASSADOR_ID, "hostname": STR,
        "acmeProvider": oas({"authority": STR, "email": STR, "privateKeySecret": oas({"name": STR}),
                             "registration": STR}),
        "tlsSecret": oas({"name": STR, "namespace": STR}), "tls": ANY_OBJ, "tlsContext": oas({"name": STR}),
        "requestPolicy": oas({"insecure": oas({"action": {"type": "string", "enum": ["Redirect", "Reject", "Route"]},
                                               "additionalPort": INT})}),
        "mappingSelector": ANY_OBJ, "selector": ANY_OBJ, "previewUrl": ANY_OBJ,
    }),
    "Listener": oas({
        "ambassador_id": _AMBASSADOR_ID, "port": {"type": "integer", "minimum": 1, "maximum": 65535},
        "protocol": {"type": "string", "enum": ["HTTP", "HTTPS", "HTTPPROXY", "HTTPSPROXY", "TCP", "TLS", "UDP"]},
        "protocolStack": STR_LIST, "securityModel": {"type": "string", "enum": ["XFP", "SECURE", "INSECURE"]},
        "l7Depth": INT, "statsPrefix": STR,
        "hostBinding": oas({"namespace": oas({"from": {"type": "string", "enum": ["SELF", "ALL", "SELECTOR"]}}),
                            "selector": ANY_OBJ}),
    }, required=["port", "securityModel"]),
    "AuthService": oas({
        "ambassador_id": _AMBASSADOR_ID, "auth_service": STR, "path_prefix": STR,
        "proto": {"type": "string", "enum": ["http", "grpc"]}, "protocol_version": {"type": "string", "enum": ["v2", "v3"]},
        "allowed_request_headers": STR_LIST, "allowed_authorization_headers": STR_LIST, "add_auth_headers": STR_MAP,
        "add_linkerd_headers": BOOL, "allow_request_body": BOOL, "timeout_ms": INT, "failure_mode_allow": BOOL,
        "include_body": oas({"allow_partial": BOOL, "max_bytes": INT}, required=["allow_partial", "max_bytes"]),
        "status_on_error": oas({"code": INT}), "tls": STR, "stats_name": STR, "circuit_breakers": _CIRCUIT_BREAKERS,
    }, required=["auth_service"]),
    "Module": oas({"ambassador_id": _AMBASSADOR_ID, "config": ANY_OBJ}),
    "TLSContext": oas({"ambassador_id": _AMBASSADOR_ID, "hosts": STR_LIST, "secret": STR, "min_tls_version": STR,
                       "max_tls_version": STR, "alpn_protocols": STR, "cipher_suites": STR_LIST, "ecdh_curves": STR_LIST,
                       "sni": STR, "ca_secret": STR, "cert_required": BOOL, "secret_namespacing": BOOL}),
}


def _plural(kind: str) -> str:
    return kind.lower() + "s"


# Served versions per kind in emissary v3.10.0 manifests/emissary/emissary-crds.yaml.in: v2 is stored, v1 and
# v3alpha1 are served and converted by apiext; Host has no v1; Listener exists only as v3alpha1 (stored, one
# version, so no conversion). Seldon Core's operator writes v2 Mappings, Emissary reads v3alpha1.
_VERSIONS: dict[str, tuple[str, ...]] = {"Host": ("v2", "v3alpha1"), "Listener": ("v3alpha1",)}
_DEFAULT_VERSIONS = ("v1", "v2", "v3alpha1")


def crd_versions(kind: str) -> tuple[tuple[str, ...], str]:
    """(served versions, storage version) of a getambassador.io kind, as upstream ships them."""
    served = _VERSIONS.get(kind, _DEFAULT_VERSIONS)
    return served, "v3alpha1" if served == ("v3alpha1",) else "v2"


@dataclass(frozen=True, kw_only=True)
class EmissaryProps:
    kubernetes_version: str
    identity_mode: IdentityMode
    vpc_cidr: str
    gateway: GatewayConfig
    auth: AuthHook | None = None
    version: str = VERSION
    # Corporate networks routed to the VPC: an internal gateway admits them besides `allowed_cidrs`.
    peer_cidrs: tuple[str, ...] = ()

    @classmethod
    def from_cluster(cls, props: ClusterServicesProps) -> "EmissaryProps":
        return cls(kubernetes_version=props.kubernetes_version, identity_mode=props.identity_mode, vpc_cidr=props.vpc_cidr,
                   gateway=props.platform_services.gateway, auth=props.gateway_auth, peer_cidrs=props.peer_cidrs)

    def source_ranges(self) -> list[str]:
        """Who the NLB admits: `allowed_cidrs` (or the VPC), plus the routed corporate networks when internal."""
        ranges = list(self.gateway.allowed_cidrs) or [self.vpc_cidr]
        if self.gateway.scheme == "internal":
            ranges += [c for c in self.peer_cidrs if c not in ranges]
        return ranges


def wait_for_apiext() -> dict:
    """The init container that holds Emissary back until apiext has rolled out (it is Ready only once every
    converted CRD carries its CA), as upstream's `wait-for-apiext` does: Emissary reads v3alpha1 through the
    conversion webhook, so starting earlier leaves it without configuration. One kubectl command instead of
    upstream's shell loop: a missing Deployment fails it and the kubelet retries the init container with back-off.
    """
    return container(
        "wait-for-apiext", pinned_image(*KUBECTL_IMAGE),
        # The image's entrypoint is /bin/kubectl (kubernetes/kubernetes build/server-image/kubectl/Dockerfile).
        # `rollout status` returns once every replica is updated and available,
        # which is upstream's "available and not restarting" check.
        args=["rollout", "status", f"deployment/{APIEXT}", f"--namespace={SYSTEM_NAMESPACE}", "--timeout=10m",
              "--cache-dir=/tmp/kubectl-cache"],
        resources_=resources("10m", "64Mi", cpu_limit="100m"), liveness=None, readiness=None,
        volume_mounts=[{"name": "tmp", "mountPath": "/tmp"}],
    )


class EmissaryCrdsChart(PlatformChart):
    """The getambassador.io CRDs and the apiext conversion webhook that serves them."""

    def __init__(self, scope: Construct, construct_id: str, *, props: EmissaryProps) -> None:
        super().__init__(scope, construct_id, component="emissary-crds", version=props.version,
                         kubernetes_version=props.kubernetes_version, identity_mode=props.identity_mode)
        # The API server calls apiext at the one path it serves, with ConversionReview v1: exactly the conversion
        # config apiext itself writes, with its caBundle, once it has its CA
        # (pkg/apiext/internal/controller/crd/controller.go, createConversionConfig).
        conversion = {"strategy": "Webhook", "webhook": {
            "clientConfig": {"service": {"name": APIEXT, "namespace": SYSTEM_NAMESPACE, "path": APIEXT_CONVERT_PATH,
                                         "port": 443}},
            "conversionReviewVersions": ["v1"]}}
        for kind in (*_USED, *_OTHER_KINDS):
            served, storage = crd_versions(kind)
            schemas = {"v3alpha1": {"spec": _SPECS.get(kind, ANY_OBJ), "status": ANY_OBJ},
                       "v2": {"spec": ANY_OBJ, "status": ANY_OBJ}, "v1": {"spec": ANY_OBJ}}
            self.crd(group=GROUP, kind=kind, plural=_plural(kind), categories=["ambassador-crds"],
                     conversion=conversion if len(served) > 1 else None, labels=APIEXT_CRD_LABELS,
                     versions=[(version, schemas[version], True, version == storage) for version in served])
        ns = SYSTEM_NAMESPACE
        self.platform_namespace(ns)
        self.service_account(APIEXT, namespace=ns)
        # Rules from upstream's apiext ClusterRole and Role (manifests/emissary/emissary-crds.yaml.in): it lists and
        # watches CRDs, writes the caBundle into its own, creates and watches its CA Secret, and elects a leader.
        self.cluster_role(APIEXT, bind_to=(ns, APIEXT), rules=[
            {"apiGroups": ["apiextensions.k8s.io"], "resources": ["customresourcedefinitions"], "verbs": ["list", "watch"]},
            {"apiGroups": ["apiextensions.k8s.io"], "resources": ["customresourcedefinitions", "customresourcedefinitions/status"],
             "verbs": ["update"], "resourceNames": sorted(f"{_plural(k)}.{GROUP}" for k in (*_USED, *_OTHER_KINDS))},
        ])
        self.role(APIEXT, namespace=ns, bind_to=(ns, APIEXT), rules=[
            {"apiGroups": [""], "resources": ["secrets"], "verbs": ["create", "list", "watch"]},
            {"apiGroups": [""], "resources": ["secrets"], "resourceNames": [APIEXT_CA_SECRET], "verbs": ["get", "update"]},
            {"apiGroups": ["coordination.k8s.io"], "resources": ["leases"], "verbs": ["create"]},
            {"apiGroups": ["coordination.k8s.io"], "resources": ["leases"], "resourceNames": [APIEXT_LEADER_LEASE],
             "verbs": ["get", "update"]},
            {"apiGroups": [""], "resources": ["events"], "verbs": ["create"]},
        ])
        self.workload("Deployment", APIEXT, namespace=ns, service_account=APIEXT, replicas=2,
                      api_access="patches its CA bundle into the getambassador.io CRDs",
                      containers=[container(
                          APIEXT, pinned_image(IMAGE, props.version), command=["apiext", APIEXT],
                          args=["--crd-label-selector", ",".join(f"{k}={v}" for k, v in APIEXT_CRD_LABELS.items())],
                          ports=[("http", APIEXT_HEALTH_PORT), ("https", APIEXT_HTTPS_PORT)], resources_=resources("50m", "128Mi"),
                          liveness=http_probe("/probes/live", APIEXT_HEALTH_PORT, period=3),
                          # Ready only once it holds the CA and every converted CRD carries it (pkg/apiext/server.go).
                          readiness=http_probe("/probes/ready", APIEXT_HEALTH_PORT, period=3),
                          startupProbe=http_probe("/probes/live", APIEXT_HEALTH_PORT, initial_delay=0, period=3,
                                                  failure_threshold=10),
                      )])
        self.service(APIEXT, namespace=ns, app=APIEXT, ports=[("https", 443, "https")])
        self.allow_ingress("apiext-from-apiserver", namespace=ns, app=APIEXT, ports=[APIEXT_HTTPS_PORT],
                           from_=[{"ipBlock": {"cidr": props.vpc_cidr}}])
        self.allow_api_server_egress(namespace=ns, pod_selector={"matchLabels": {"app.kubernetes.io/name": APIEXT}},
                                     vpc_cidr=props.vpc_cidr)


class EmissaryChart(PlatformChart):
    """The gateway Deployment, its NLB Service, Listener, Host, Module and the AuthService hook."""

    def __init__(self, scope: Construct, construct_id: str, *, props: EmissaryProps) -> None:
        super().__init__(scope, construct_id, component="emissary-ingress", version=props.version,
                         kubernetes_version=props.kubernetes_version, identity_mode=props.identity_mode)
        ns, gateway = NAMESPACE, props.gateway
        self.platform_namespace(ns)
        self.service_account(APP, namespace=ns)
        self.cluster_role(APP, bind_to=(ns, APP), rules=[
            {"apiGroups": ["apiextensions.k8s.io"], "resources": ["customresourcedefinitions"], "verbs": ["get", "list", "watch"]},
            {"apiGroups": [""], "resources": ["namespaces", "services", "secrets", "configmaps", "endpoints"],
             "verbs": ["get", "list", "watch"]},
            {"apiGroups": [GROUP], "resources": ["*"], "verbs": ["get", "list", "watch", "update", "patch", "create", "delete"]},
            {"apiGroups": [GROUP], "resources": ["mappings/status"], "verbs": ["update"]},
            {"apiGroups": ["networking.k8s.io"], "resources": ["ingresses", "ingressclasses"], "verbs": ["get", "list", "watch"]},
            {"apiGroups": ["networking.k8s.io"], "resources": ["ingresses/status"], "verbs": ["update"]},
            {"apiGroups": ["discovery.k8s.io"], "resources": ["endpointslices"], "verbs": ["get", "list", "watch"]},
            {"apiGroups": [""], "resources": ["events"], "verbs": ["create", "patch"]},
        ])
        # The start-up wait reads apiext's Deployment (upstream's `emissary-ingress-apiext` Role).
        self.role(f"{APP}-apiext", namespace=SYSTEM_NAMESPACE, bind_to=(ns, APP), rules=[
            {"apiGroups": ["apps"], "resources": ["deployments"], "verbs": ["get", "list", "watch"]},
        ])
        self.workload(
            "Deployment", APP, namespace=ns, service_account=APP, replicas=gateway.replicas,
            api_access="watches Mappings, Hosts and Services to build the Envoy configuration",
            pdb_min_available=max(1, gateway.replicas - 1),
            volumes=[{"name": "tmp", "emptyDir": {"sizeLimit": "1Gi"}},
                     # Emissary reads its own pod labels here (python/ambassador/fetch/fetcher.py).
                     {"name": "ambassador-pod-info", "downwardAPI": {"items": [
                         {"path": "labels", "fieldRef": {"fieldPath": "metadata.labels"}}]}}],
            init_containers=[wait_for_apiext()],
            containers=[container(
                "ambassador", pinned_image(IMAGE, props.version),
                env={
                    "AMBASSADOR_NAMESPACE": {"valueFrom": {"fieldRef": {"fieldPath": "metadata.namespace"}}},
                    # The image writes its snapshots and Envoy config here; the root filesystem stays read-only.
                    "AMBASSADOR_CONFIG_BASE_DIR": "/tmp/ambassador",
                    "SCOUT_DISABLE": "1",
                },
                ports=[("http", HTTP_PORT), ("admin", ADMIN_PORT)],
                resources_=resources("200m", "512Mi", cpu_limit="1"),
                liveness=http_probe("/ambassador/v0/check_alive", "admin", initial_delay=30, period=3),
                readiness=http_probe("/ambassador/v0/check_ready", "admin", initial_delay=30, period=3),
                volume_mounts=[{"name": "tmp", "mountPath": "/tmp"},
                               {"name": "ambassador-pod-info", "mountPath": "/tmp/ambassador-pod-info", "readOnly": True}],
            )],
        )
        # The NLB terminates TLS with the ACM certificate and forwards plain HTTP to the pods (IP targets).
        annotations = {
            "service.beta.kubernetes.io/aws-load-balancer-type": "external",
            "service.beta.kubernetes.io/aws-load-balancer-nlb-target-type": "ip",
            "service.beta.kubernetes.io/aws-load-balancer-scheme": gateway.scheme,
            "service.beta.kubernetes.io/aws-load-balancer-attributes": "load_balancing.cross_zone.enabled=true",
            "service.beta.kubernetes.io/aws-load-balancer-healthcheck-path": "/ambassador/v0/check_ready",
            "service.beta.kubernetes.io/aws-load-balancer-healthcheck-port": str(ADMIN_PORT),
            "service.beta.kubernetes.io/aws-load-balancer-healthcheck-protocol": "HTTP",
        }
        if gateway.hosted_zone_id:
            # ExternalDNS (k8s_charts/external_dns.py) points this name at the NLB once the controller created it.
            annotations[HOSTNAME_ANNOTATION] = gateway.hostname
        ports = [("http", 80, "http")]
        if gateway.certificate_arn:
            annotations |= {
                "service.beta.kubernetes.io/aws-load-balancer-ssl-cert": gateway.certificate_arn,
                "service.beta.kubernetes.io/aws-load-balancer-ssl-ports": "https",
                "service.beta.kubernetes.io/aws-load-balancer-ssl-negotiation-policy": TLS_POLICY,
            }
            ports = [("https", 443, "http")]
        # The controller writes these into the NLB's frontend security group (one ingress rule per range and port).
        # https://kubernetes-sigs.github.io/aws-load-balancer-controller/v2.14/guide/service/annotations/#lb-source-ranges
        source_ranges = props.source_ranges()
        self.service(APP, namespace=ns, app=APP, ports=ports, type_="LoadBalancer", annotations=annotations,
                     loadBalancerClass="service.k8s.aws/nlb", loadBalancerSourceRanges=source_ranges,
                     externalTrafficPolicy="Local")
        self.service(f"{APP}-admin", namespace=ns, app=APP, ports=[("admin", ADMIN_PORT, "admin")],
                     annotations=scrape_annotations(ADMIN_PORT, "/metrics"))

        # NLB health checks and (IP targets, no client IP preservation) proxied traffic come from the NLB's
        # addresses in the VPC; the source ranges above are enforced on the NLB's security group.
        self.allow_ingress("gateway-from-nlb", namespace=ns, app=APP, ports=[HTTP_PORT, ADMIN_PORT],
                           from_=[{"ipBlock": {"cidr": props.vpc_cidr}}])
        self.allow_ingress("admin-from-monitoring", namespace=ns, app=APP, ports=[ADMIN_PORT],
                           from_=[self.peer("monitoring", "prometheus")])
        # The gateway proxies to services in every namespace; each backend admits it with its own policy.
        self.allow_egress("gateway-egress", namespace=ns, app=APP, rules=[
            {"to": [{"namespaceSelector": {}}]},
            {"to": [{"ipBlock": {"cidr": props.vpc_cidr}}], "ports": [{"protocol": "TCP", "port": 443}]},
        ])

        secure = amb.ListenerSpecSecurityModel.SECURE if gateway.certificate_arn else amb.ListenerSpecSecurityModel.XFP
        amb.Listener(self, "Listener", metadata=object_metadata(f"{APP}-http", namespace=ns), spec=amb.ListenerSpec(
            port=HTTP_PORT, protocol=amb.ListenerSpecProtocol.HTTP,
            # Behind a TLS-terminating NLB every request arrived over TLS, so it is treated as secure.
            security_model=secure,
            host_binding=amb.ListenerSpecHostBinding(namespace=amb.ListenerSpecHostBindingNamespace(
                from_=amb.ListenerSpecHostBindingNamespaceFrom.ALL)),
        ))
        action = amb.HostV3Alpha1SpecRequestPolicyInsecureAction
        amb.HostV3Alpha1(self, "Host", metadata=object_metadata("platform", namespace=ns), spec=amb.HostV3Alpha1Spec(
            hostname=gateway.hostname,
            acme_provider=amb.HostV3Alpha1SpecAcmeProvider(authority="none"),
            request_policy=amb.HostV3Alpha1SpecRequestPolicy(insecure=amb.HostV3Alpha1SpecRequestPolicyInsecure(
                action=action.ROUTE if gateway.certificate_arn else action.REJECT)),
        ))
        # The Module's `config` is free-form in the CRD (Emissary reads its keys itself), so it stays a dict.
        amb.ModuleV3Alpha1(self, "Module", metadata=object_metadata("ambassador", namespace=ns), spec=amb.ModuleV3Alpha1Spec(
            config={"diagnostics": {"enabled": False}, "strip_matching_host_port": True,
                    "use_remote_address": False, "xff_num_trusted_hops": 0,
                    "server_name": "ml-platform", "add_linkerd_headers": False},
        ))
        if props.auth:
            amb.AuthServiceV3Alpha1(self, "AuthService", metadata=object_metadata("platform-login", namespace=ns),
                                    spec=amb.AuthServiceV3Alpha1Spec(
                auth_service=props.auth.service, path_prefix=props.auth.path_prefix,
                proto=amb.AuthServiceV3Alpha1SpecProto.HTTP, timeout_ms=props.auth.timeout_ms, failure_mode_allow=False,
                allowed_request_headers=list(props.auth.allowed_request_headers),
                allowed_authorization_headers=list(props.auth.allowed_authorization_headers),
                status_on_error=amb.AuthServiceV3Alpha1SpecStatusOnError(code=503),
            ))
