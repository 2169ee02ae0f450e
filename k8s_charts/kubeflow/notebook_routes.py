"""Gateway routes to the notebook servers: `/notebook/<ns>/<name>/` through a per-profile router that lets in
only the profile's owner and configured contributors.

Why a router: the notebook controller v1.10.0 (kubeflow/kubeflow components/notebook-controller) gives each
Notebook `<name>` a Service `<name>` (port 80 -> 8888) and `NB_PREFIX=/notebook/<ns>/<name>`, and would add an
Istio VirtualService per notebook; without Istio nothing routes that path, and the Jupyter servers of the
Kubeflow images run without a token (access control is the mesh's job upstream). So per profile:
- an Emissary Mapping `/notebook/<ns>/` in `kubeflow` (through the SSO AuthService like every UI route, never
  `bypass_auth`) to the Service `notebook-router` in the profile namespace;
- nginx there that answers 403 unless `kubeflow-userid` (set by the gateway from the verified login, the
  client's own value replaced: see login_oauth2_proxy.py) is exactly the owner or a contributor from config,
  and otherwise proxies the unchanged path to `http://<name>.<ns>.svc.cluster.local:80` (WebSockets for the
  kernels, long read timeouts);
- NetworkPolicies: the gateway pods -> router:8080, router -> notebook pods (`notebook-name` label) :8888, and
  nothing else for the router (the profile-wide policies exclude it, see `common.tenant_pods`).

The allow-list is rendered at synth time like the profiles themselves: a contributor added in the dashboard
(KFAM) at runtime is not let in until added to `kubeflow.profiles[].contributors` in config.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from typing import Mapping, Sequence

from constructs import Construct

import cdk8s
import cdk8s_plus_35 as kplus

from k8s_charts.base import IMAGE_DIGEST_SKIP, PlatformChart, checkov_skips, object_metadata, pinned_image
from k8s_charts.imports import emissary as amb
from k8s_charts.kubeflow.common import (
    ChartEnv, GATEWAY_NAMESPACE, GATEWAY_POD_LABELS, KUBEFLOW_VERSION, NAMESPACE, NOTEBOOK_ROUTER, USERID_HEADER,
)
from k8s_charts.plus import (
    disruption_budget, network_policy, plus_resources, pods, restricted_container, restricted_pod, restricted_pod_seccomp,
    spread,
)
from platform_config.kubeflow import KubeflowProfile

# nginx stable 1.28 on Alpine, the unprivileged build (uid 101, no root master): docker.io/nginxinc/nginx-unprivileged.
NGINX_IMAGE = "docker.io/nginxinc/nginx-unprivileged"
NGINX_TAG = "1.28.0-alpine"
NGINX_UID = 101
PORT = 8080
HEALTH_PORT = 8081
CONFIG_DIR = "/etc/nginx/router"

# Pod label the notebook controller puts on every notebook pod (generateStatefulSet: `notebook-name: <name>`),
# and the port of the Jupyter server behind the notebook's Service.
NOTEBOOK_POD_LABEL = "notebook-name"
NOTEBOOK_PORT = 8888
# A notebook is named like any Kubernetes object its controller derives from it: a DNS-1123 label.
DNS_LABEL = "[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?"
# Session upper bounds for the kernels' WebSockets (Jupyter pings its kernel sockets, so an hour of silence
# means a dead client). Envoy's route timeout would cut a WebSocket, hence timeout_ms 0 and an idle timeout.
IDLE_TIMEOUT_S = 3600
KUBE_DNS = "kube-dns.kube-system.svc.cluster.local"

# Characters an e-mail may have to appear in nginx.conf: no quotes, spaces, `;`, braces or `$`.
_SAFE_EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")


def router_labels() -> dict[str, str]:
    return {"app.kubernetes.io/name": NOTEBOOK_ROUTER}


def allowed_users(profile: KubeflowProfile) -> tuple[str, ...]:
    """Who may open the profile's notebooks: the owner and every configured contributor, edit or view alike (as
    upstream, where KFAM admits each contributor's user header into the namespace whatever the role)."""
    return (profile.owner, *(c.email for c in profile.contributors))


def nginx_conf(profile: KubeflowProfile, *, idle_timeout_s: int = IDLE_TIMEOUT_S) -> str:
    """The router's nginx.conf for one profile; refuses e-mails that could change the configuration."""
    ns = profile.name
    users = allowed_users(profile)
    bad = [u for u in users if not _SAFE_EMAIL.match(u)]
    if bad:
        raise ValueError(f"kubeflow.profiles[{ns}]: e-mail(s) {bad} cannot be put in the notebook router's allow-list "
                         "(letters, digits and . _ % + - only)")
    # Exact, case-sensitive matches (a plain map key would match case-insensitively).
    allow = "\n".join(f'        "~^{re.escape(u)}$" 1;' for u in users)
    header_var = "$http_" + USERID_HEADER.replace("-", "_")
    return f"""# notebook-router of profile {ns} (k8s_charts/kubeflow/notebook_routes.py); generated, do not edit.
worker_processes 1;
daemon off;
pid /tmp/nginx.pid;
error_log /dev/stderr warn;

events {{
    worker_connections 1024;
}}

http {{
    client_body_temp_path /tmp/client_temp;
    proxy_temp_path /tmp/proxy_temp;
    fastcgi_temp_path /tmp/fastcgi_temp;
    uwsgi_temp_path /tmp/uwsgi_temp;
    scgi_temp_path /tmp/scgi_temp;
    server_tokens off;
    # Headers spelled with underscores (kubeflow_userid) are dropped, never read as {USERID_HEADER}.
    underscores_in_headers off;
    ignore_invalid_headers on;
    client_max_body_size 1g;
    log_format router '$remote_addr user="{header_var}" "$request" $status $body_bytes_sent $request_time';
    access_log /dev/stdout router;

    # Notebook Services are resolved per request: they come and go with the Notebooks.
    resolver {KUBE_DNS} valid=10s ipv6=off;
    resolver_timeout 5s;

    # {USERID_HEADER} is set by the gateway from the verified login; only these users reach {ns}'s notebooks.
    map {header_var} $notebook_user_allowed {{
        default 0;
{allow}
    }}

    map $http_upgrade $connection_upgrade {{
        default upgrade;
        "" close;
    }}

    server {{
        listen {PORT};
        server_name _;

        if ($notebook_user_allowed = 0) {{
            return 403;
        }}

        location ~ "^/notebook/{ns}/(?<notebook>{DNS_LABEL})(/|$)" {{
            proxy_pass http://$notebook.{ns}.svc.cluster.local:80;
            proxy_http_version 1.1;
            proxy_set_header Host $host;
            proxy_set_header Upgrade $http_upgrade;
            proxy_set_header Connection $connection_upgrade;
            proxy_buffering off;
            proxy_request_buffering off;
            proxy_connect_timeout 10s;
            proxy_read_timeout {idle_timeout_s}s;
            proxy_send_timeout {idle_timeout_s}s;
        }}

        location / {{
            return 404;
        }}
    }}

    # Kubelet probes only; the Service does not expose this port.
    server {{
        listen {HEALTH_PORT};
        location = /healthz {{
            access_log off;
            return 200 "ok\\n";
        }}
        location / {{
            return 404;
        }}
    }}
}}
"""


@dataclass(frozen=True, kw_only=True)
class NotebookRoutesProps(ChartEnv):
    hostname: str
    auth_service: str
    """Name of the gateway's AuthService the routes rely on; required so the chart cannot exist without login."""
    profiles: Sequence[KubeflowProfile]
    replicas: int = 1
    gateway_namespace: str = GATEWAY_NAMESPACE
    gateway_pod_labels: Mapping[str, str] = field(default_factory=lambda: dict(GATEWAY_POD_LABELS))


class NotebookRoutesChart(PlatformChart):
    """A notebook router, its Service, NetworkPolicies and gateway Mapping for every configured profile."""

    def __init__(self, scope: Construct, construct_id: str, *, props: NotebookRoutesProps) -> None:
        if not props.auth_service:
            raise ValueError("NotebookRoutesChart needs the SSO AuthService: notebooks are never routed without authentication")
        super().__init__(scope, construct_id, component="kubeflow-notebook-routes", version=KUBEFLOW_VERSION,
                         kubernetes_version=props.kubernetes_version, identity_mode=props.identity_mode)
        self.props = props
        for profile in props.profiles:
            self._router(profile)
            self._network(profile.name)
            self._mapping(profile.name)

    def _router(self, profile: KubeflowProfile) -> None:
        """The router's ConfigMap, ServiceAccount, Deployment and Service (cdk8s-plus), and its PDB when replicated."""
        ns, props = profile.name, self.props
        labels = router_labels()
        conf = nginx_conf(profile)
        config = kplus.ConfigMap(self, f"ConfigMap-{ns}", metadata=object_metadata(NOTEBOOK_ROUTER, namespace=ns),
                                 data={"nginx.conf": conf})
        account = kplus.ServiceAccount(self, f"ServiceAccount-{ns}", metadata=object_metadata(NOTEBOOK_ROUTER, namespace=ns),
                                       automount_token=False)
        health = dict(port=HEALTH_PORT, timeout_seconds=cdk8s.Duration.seconds(5), failure_threshold=3)
        deployment = kplus.Deployment(
            self, f"Deployment-{ns}",
            metadata=object_metadata(NOTEBOOK_ROUTER, namespace=ns, labels=labels, annotations=checkov_skips(
                IMAGE_DIGEST_SKIP,
                f"CKV_K8S_40=nginx-unprivileged runs as its image user {NGINX_UID} (non-root, no capabilities, read-only root)")),
            replicas=props.replicas,
            # The selector is the app label (as the Service, PDB and NetworkPolicies), not cdk8s+'s address label.
            select=False,
            # Roll the pods when the allow-list changes (nginx reads its configuration at start).
            pod_metadata=cdk8s.ApiObjectMetadata(labels=labels, annotations={
                "ml-platform/config-sha256": hashlib.sha256(conf.encode()).hexdigest()}),
            service_account=account,
            automount_service_account_token=False,
            security_context=restricted_pod(fs_group=NGINX_UID),
            containers=[kplus.ContainerProps(
                name="nginx", image=pinned_image(NGINX_IMAGE, NGINX_TAG), image_pull_policy=kplus.ImagePullPolicy.ALWAYS,
                # Bypasses the image entrypoint's scripts (they rewrite files under /etc/nginx).
                command=["nginx", "-e", "/dev/stderr", "-c", f"{CONFIG_DIR}/nginx.conf"],
                ports=[kplus.ContainerPort(name="http", number=PORT, protocol=kplus.Protocol.TCP),
                       kplus.ContainerPort(name="health", number=HEALTH_PORT, protocol=kplus.Protocol.TCP)],
                resources=plus_resources("50m", "64Mi", cpu_limit="500m", memory_limit="128Mi"),
                liveness=kplus.Probe.from_http_get("/healthz", initial_delay_seconds=cdk8s.Duration.seconds(5),
                                                   period_seconds=cdk8s.Duration.seconds(10), **health),
                readiness=kplus.Probe.from_http_get("/healthz", initial_delay_seconds=cdk8s.Duration.seconds(2),
                                                    period_seconds=cdk8s.Duration.seconds(5), **health),
                security_context=restricted_container(run_as_user=NGINX_UID),
            )],
        )
        deployment.select(kplus.LabelSelector.of(labels=labels))
        nginx = deployment.containers[0]
        nginx.mount("/tmp", kplus.Volume.from_empty_dir(self, f"TmpVolume-{ns}", "tmp", size_limit=cdk8s.Size.mebibytes(64)))
        nginx.mount("/var/cache/nginx", kplus.Volume.from_empty_dir(self, f"CacheVolume-{ns}", "cache",
                                                                    size_limit=cdk8s.Size.mebibytes(64)))
        nginx.mount(CONFIG_DIR, kplus.Volume.from_config_map(self, f"ConfigVolume-{ns}", config, name="config"), read_only=True)
        restricted_pod_seccomp(deployment)
        if props.replicas > 1:
            # Node drains and zone loss never take every router of the profile down.
            spread(deployment, labels=labels)
            disruption_budget(self, f"PodDisruptionBudget-{ns}", name=NOTEBOOK_ROUTER, namespace=ns, labels=labels,
                              min_available=props.replicas - 1)
        service = kplus.Service(self, f"Service-{ns}", metadata=object_metadata(NOTEBOOK_ROUTER, namespace=ns, labels=labels),
                                ports=[kplus.ServicePort(name="http", port=80, target_port=PORT, protocol=kplus.Protocol.TCP)])
        for key, value in labels.items():
            service.select_label(key, value)

    def _network(self, ns: str) -> None:
        props = self.props
        router = pods(self, f"RouterPods-{ns}", labels=router_labels())
        notebooks = pods(self, f"NotebookPods-{ns}", exists=[NOTEBOOK_POD_LABEL])
        gateway = pods(self, f"GatewayPods-{ns}", labels=props.gateway_pod_labels, namespace=props.gateway_namespace)
        tcp = lambda port: [kplus.NetworkPolicyPort.tcp(port)]  # noqa: E731
        network_policy(self, f"RouterIngress-{ns}", name=f"{NOTEBOOK_ROUTER}-ingress", namespace=ns, selector=router,
                       ingress=[kplus.NetworkPolicyRule(peer=gateway, ports=tcp(PORT))])
        # DNS comes from the namespace's allow-dns policy (every pod); nothing else leaves the router.
        network_policy(self, f"RouterEgress-{ns}", name=f"{NOTEBOOK_ROUTER}-egress", namespace=ns, selector=router,
                       egress=[kplus.NetworkPolicyRule(peer=notebooks, ports=tcp(NOTEBOOK_PORT))])
        network_policy(self, f"NotebooksFromRouter-{ns}", name=f"notebooks-from-{NOTEBOOK_ROUTER}", namespace=ns,
                       selector=notebooks, ingress=[kplus.NetworkPolicyRule(peer=router, ports=tcp(NOTEBOOK_PORT))])

    def _mapping(self, ns: str) -> None:
        props = self.props
        # In `kubeflow` with the other UI routes: tenants administer their namespace, not the gateway's routing.
        amb.MappingV3Alpha1(
            self, f"Mapping-notebooks-{ns}", metadata=object_metadata(
                f"notebooks-{ns}", namespace=NAMESPACE, annotations={"ml-platform/auth-service": props.auth_service}),
            spec=amb.MappingV3Alpha1Spec(hostname=props.hostname, prefix=f"/notebook/{ns}/", rewrite="",
                                         service=f"{NOTEBOOK_ROUTER}.{ns}:80", allow_upgrade=["websocket"],
                                         timeout_ms=0, idle_timeout_ms=IDLE_TIMEOUT_S * 1000))
