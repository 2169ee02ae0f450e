"""Props and small builders shared by the Kubeflow Pipelines charts (not a chart itself).

Facts (images, ports, env, RBAC, args) come from kubeflow/pipelines 2.16.0 `manifests/kustomize` (base +
installs/multi-user) and argoproj/argo-workflows v3.7.3 `manifests/`; the objects are written here from them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from k8s_charts import base
from k8s_charts.base import (
    IMAGE_DIGEST_SKIP, TMP_MOUNT, checkov_skips, container, container_security_context, pinned_image,
    pod_security_context, resources, tmp_volume,
)
from k8s_charts.kubeflow.common import NAMESPACE, PIPELINES_REGISTRY, PIPELINES_VERSION, USERID_HEADER, USERID_PREFIX
from k8s_charts.kubeflow import workload

# Image tags verified against the kustomize `images:` of kubeflow/pipelines 2.16.0: the 2.x line moved from
# gcr.io/ml-pipeline/<component> to ghcr.io/kubeflow/kfp-<component>.
KFP_VERSION = PIPELINES_VERSION
ARGO_VERSION = "v3.7.3"  # manifests/kustomize/third-party/argo/base/kustomization.yaml at 2.16.0
MLMD_IMAGE = pinned_image("gcr.io/tfx-oss-public/ml_metadata_store_server", "1.14.0")
ESO_VERSION = "v1.3.2"  # External Secrets Operator, external-secrets.io/v1 API
CACHE_STUB_IMAGE = pinned_image("ghcr.io/containerd/busybox", "1.36")

# Service accounts that call AWS, each with its own identity (`identities["kubeflow-pipelines"]`, `-ui`,
# `-secrets`): associated with it (Pod Identity) or named in its pods' annotation (kube2iam).
API_SERVER_SA = "ml-pipeline"
UI_SA = "ml-pipeline-ui"
SECRETS_SA = "kfp-external-secrets"
AWS_SERVICE_ACCOUNTS = (API_SERVER_SA, UI_SA, SECRETS_SA)
# The platform identity (component name) of each of those service accounts.
SERVICE_ACCOUNT_IDENTITIES = {
    API_SERVER_SA: "kubeflow-pipelines", UI_SA: "kubeflow-pipelines-ui", SECRETS_SA: "kubeflow-pipelines-secrets",
}

# The Kubernetes Secret ESO materializes from Secrets Manager; its keys are the ones KFP's manifests read.
DB_SECRET = "mysql-secret"
INSTALL_CONFIG = "pipeline-install-config"
SECRET_STORE = "aws-secrets-manager"

PIPELINE_DB, MLMD_DB, CACHE_DB = "mlpipeline", "metadb", "cachedb"


# Field 4 of /proc/net/tcp{,6} is the socket state (01 = ESTABLISHED), field 3 the remote address:port in hex.
_WATCH_PROBE_PY = (
    "import os,sys\n"
    "port=':%04X' % int(os.environ.get('KUBERNETES_SERVICE_PORT','443'))\n"
    "def held(path):\n"
    "    try: rows=[r.split() for r in open(path).read().splitlines()[1:]]\n"
    "    except OSError: return False\n"
    "    return any(len(r)>3 and r[3]=='01' and r[2].endswith(port) for r in rows)\n"
    "sys.exit(0 if held('/proc/net/tcp') or held('/proc/net/tcp6') else 1)\n"
)
_WATCH_PROBE_AWK = (
    "BEGIN{p=ENVIRON[\"KUBERNETES_SERVICE_PORT\"]; if (p == \"\") p=443; p=sprintf(\":%04X\", p+0)} "
    "FNR>1 && $4==\"01\" && substr($3, length($3)-4)==p {f=1} END{exit !f}"
)


def api_watch_probe(*, python: bool = False) -> dict[str, Any]:
    """Liveness for controllers without a health endpoint upstream: the pod holds an open connection to the
    Kubernetes API, i.e. the controller's watch is alive.

    A check for the process itself cannot fail: the container lives exactly as long as its main process, and a
    `pgrep -f` or cmdline scan also matches the probe's own command line. The watches reconnect well within the failure window
    (the metadata writer's client-side timeout is 60 s; client-go informers hold theirs open), so a pod without
    such a connection for three periods is stuck. The Go controllers run on alpine (busybox awk); the
    metadata writer on python:3.11-slim (no procps).
    """
    if python:
        command = ["python3", "-c", _WATCH_PROBE_PY]
    else:
        command = ["awk", _WATCH_PROBE_AWK, "/proc/net/tcp"]  # the platform's clusters are IPv4
    return {"exec": {"command": command}, "periodSeconds": 30, "timeoutSeconds": 5, "failureThreshold": 3}


def kfp_image(component: str) -> str:
    return pinned_image(f"{PIPELINES_REGISTRY}/kfp-{component}", KFP_VERSION)


@dataclass(frozen=True, kw_only=True)
class PipelinesProps:
    """Everything the pipelines charts need from the AWS side and the config; no credential is ever a prop."""

    region: str
    kubernetes_version: str
    """The cluster minor ("1.35"); namespaces and gates pin to it."""
    artifacts_bucket: str
    artifact_prefix: str = "pipelines"
    db_host: str
    db_port: int = 3306
    db_secret_name: str
    """Name of the Secrets Manager secret (JSON with `username`, `password`) ESO reads; never its value."""
    pipelines_role_arn: str
    """The API server's role (artifacts read/write)."""
    ui_role_arn: str
    """The UI's role (artifacts read)."""
    secrets_role_arn: str
    """The External Secrets controller's role (the database and login secrets)."""
    workload_identity: Literal["pod-identity", "kube2iam"] = "pod-identity"
    vpc_cidr: str
    profile_namespaces: tuple[str, ...] = ()
    default_cache_staleness: str = "P30D"
    workflow_ttl_seconds: int = 86400
    log_level: str = "info"
    replicas: int = 1
    katib_secret: bool = False
    """Also deliver Katib's DB credentials (`katib-mysql-secrets`) from the same database secret."""

    @property
    def identity_mode(self) -> Literal["pod-identity", "kube2iam"]:
        return self.workload_identity

    @property
    def s3_endpoint(self) -> str:
        return f"s3.{self.region}.amazonaws.com"

    def pipeline_root(self, namespace: str) -> str:
        """Where a profile's v2 artifacts land: s3://<bucket>/<namespace>/<prefix>/v2/artifacts.

        Namespace first, so a team role scoped to `pipeline-artifacts/<team>/` (the profile's S3 prefixes)
        covers everything its runs write.
        """
        return f"s3://{self.artifacts_bucket}/{namespace}/{self.artifact_prefix}/v2/artifacts"

    def pod_annotations(self, service_account: str) -> dict[str, str]:
        """kube2iam reads the role from a pod annotation; Pod Identity needs none (the association names the SA)."""
        if self.workload_identity == "kube2iam" and service_account in AWS_SERVICE_ACCOUNTS:
            return {"iam.amazonaws.com/role": self.role_arn(service_account)}
        return {}

    def role_arn(self, service_account: str) -> str:
        """The role of one of the AWS-calling service accounts (each has its own)."""
        return {API_SERVER_SA: self.pipelines_role_arn, UI_SA: self.ui_role_arn, SECRETS_SA: self.secrets_role_arn}[service_account]


def app_labels(app: str) -> dict[str, str]:
    """Upstream's `app` selector label plus the Kubeflow name label the NetworkPolicies select."""
    return {"app": app, "app.kubernetes.io/name": app, "ml-platform/kubeflow-pipelines": "true"}


# The Kubeflow env and RBAC helpers, under the names the KFP charts import from here.
env_value = workload.env
env_field = workload.env_field
rule = workload.rule


def env_config(name: str, key: str, *, optional: bool = False) -> dict[str, Any]:
    ref: dict[str, Any] = {"name": INSTALL_CONFIG, "key": key}
    if optional:
        ref["optional"] = True
    return {"name": name, "valueFrom": {"configMapKeyRef": ref}}


def env_secret(name: str, key: str) -> dict[str, Any]:
    """A reference to the ESO-managed Secret: the manifest carries the reference, never the value."""
    return workload.env_secret(name, DB_SECRET, key)


def userid_env() -> list[dict[str, Any]]:
    return [env_value("KUBEFLOW_USERID_HEADER", USERID_HEADER), env_value("KUBEFLOW_USERID_PREFIX", USERID_PREFIX)]


@dataclass(frozen=True, kw_only=True)
class Workload:
    """One Deployment (+ optional Service) of a KFP component in the kubeflow namespace."""

    name: str
    image: str
    service_account: str
    container_name: str | None = None
    env: tuple[dict[str, Any], ...] = ()
    args: tuple[str, ...] = ()
    command: tuple[str, ...] = ()
    ports: tuple[tuple[str, int], ...] = ()
    cpu: str = "100m"
    memory: str = "256Mi"
    memory_limit: str | None = None
    probe: dict[str, Any] | None = None
    volumes: tuple[dict[str, Any], ...] = ()
    mounts: tuple[dict[str, Any], ...] = ()
    annotations: dict[str, str] = field(default_factory=dict)
    run_as_user: int = 65532
    labels: dict[str, str] | None = None
    api_access: str | None = None
    """Why the pods call the Kubernetes API (keeps the service-account token mounted); None unmounts it."""
    env_secrets: str | None = None
    """Why a Secret reaches the container as env (the upstream binary reads only env/flags); None if it does not."""
    tmp_size: str = "64Mi"
    tmp_on_disk: bool = False
    """/tmp is a tmpfs (counted against the memory limit) unless the component writes more than scratch there."""


def deployment(chart: Any, w: Workload, *, replicas: int = 1) -> None:
    """A restricted-profile Deployment: non-root, read-only root, no capabilities, probes where the app has one."""
    labels = w.labels or app_labels(w.name)
    probe = w.probe or None
    body = container(
        w.container_name or w.name, w.image, ports=w.ports, protocol=None,
        args=list(w.args) or None, command=list(w.command) or None, env=w.env,
        resources_=resources(w.cpu, w.memory, memory_limit=w.memory_limit),
        liveness=probe and {**probe, "initialDelaySeconds": 30}, readiness=probe,
        security_context=container_security_context(run_as_user=w.run_as_user), volume_mounts=[TMP_MOUNT, *w.mounts],
    )
    skips = [IMAGE_DIGEST_SKIP]
    if w.api_access:
        skips.append(f"CKV_K8S_38=the pods call the Kubernetes API: {w.api_access}")
    if w.env_secrets:
        skips.append(f"CKV_K8S_35={w.env_secrets}")
    chart.api(
        f"Deployment-{w.name}", api_version="apps/v1", kind="Deployment", name=w.name, namespace=NAMESPACE,
        labels=labels, annotations=checkov_skips(*skips),
        spec={
            "replicas": replicas,
            "selector": {"matchLabels": labels},
            "template": {
                "metadata": {"labels": labels, **({"annotations": w.annotations} if w.annotations else {})},
                "spec": {
                    "serviceAccountName": w.service_account,
                    "automountServiceAccountToken": bool(w.api_access),
                    "securityContext": pod_security_context(fs_group=w.run_as_user),
                    "containers": [body],
                    "volumes": [tmp_volume(w.tmp_size, memory=not w.tmp_on_disk), *w.volumes],
                },
            },
        },
    )


def service(chart: Any, name: str, *, selector: dict[str, str], ports: list[dict[str, Any]]) -> None:
    chart.api(f"Service-{name}", api_version="v1", kind="Service", name=name, namespace=NAMESPACE,
              spec={"selector": selector, "ports": ports, "type": "ClusterIP"})


def service_account(chart: Any, name: str) -> None:
    chart.api(f"ServiceAccount-{name}", api_version="v1", kind="ServiceAccount", name=name, namespace=NAMESPACE)


def cluster_role(chart: Any, name: str, rules: list[dict[str, Any]], *, labels: dict[str, str] | None = None,
                 bind_to: str | None = None) -> None:
    """A ClusterRole and, when `bind_to` names a service account in kubeflow, its ClusterRoleBinding."""
    chart.cluster_role(name, rules=rules, labels=labels, bind_to=(NAMESPACE, bind_to) if bind_to else None)


def role(chart: Any, name: str, rules: list[dict[str, Any]], *, bind_to: str, namespace: str = NAMESPACE) -> None:
    """A Role in `namespace` bound to the kubeflow service account `bind_to`."""
    chart.role(name, namespace=namespace, rules=rules, bind_to=(NAMESPACE, bind_to))


def crd(chart: Any, *, group: str, kind: str, plural: str, version: str, scope: str = "Namespaced",
        short_names: tuple[str, ...] = (), spec_schema: dict[str, Any] | None = None, status: bool = True,
        status_subresource: bool = False, required: tuple[str, ...] = ("spec",),
        extra_properties: dict[str, Any] | None = None) -> None:
    """A structural CRD: typed top level, `spec`/`status` preserving unknown fields unless a schema is given.

    Argo and KFP controllers write status with a plain update, so their CRDs have no status subresource
    (as upstream); ESO uses the subresource.
    """
    open_object = {"type": "object", "x-kubernetes-preserve-unknown-fields": True}
    properties: dict[str, Any] = {
        "apiVersion": {"type": "string"},
        "kind": {"type": "string"},
        "metadata": {"type": "object"},
        "spec": spec_schema or open_object,
    }
    if status:
        properties["status"] = open_object
    properties.update(extra_properties or {})
    names: dict[str, Any] = {"kind": kind, "listKind": f"{kind}List", "plural": plural, "singular": kind.lower()}
    if short_names:
        names["shortNames"] = list(short_names)
    chart.api(
        f"CRD-{plural}.{group}", api_version="apiextensions.k8s.io/v1", kind="CustomResourceDefinition",
        name=f"{plural}.{group}",
        spec={
            "group": group, "names": names, "scope": scope,
            "versions": [{
                "name": version, "served": True, "storage": True,
                "schema": {"openAPIV3Schema": {"type": "object", "required": list(required), "properties": properties}},
                **({"subresources": {"status": {}}} if status_subresource else {}),
            }],
        },
    )


# --- NetworkPolicies (the kubeflow namespace is default-deny; the Kubeflow core chart creates it) ---
KFP_POD_LABEL = {"ml-platform/kubeflow-pipelines": "true"}
GATEWAY_PEER = {"namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": "emissary"}}}
POD_IDENTITY_AGENT = base.POD_IDENTITY_AGENT["cidr"]  # EKS Pod Identity agent (link-local, port 80)
INSTANCE_METADATA = base.INSTANCE_METADATA["cidr"]  # kube2iam intercepts IMDS on the node


def ingress_policy(chart: Any, name: str, *, app: str, peers: list[dict[str, Any]], ports: list[int]) -> None:
    """Admit `peers` to one component's `ports`; everything else stays denied."""
    chart.network_policy(
        name, namespace=NAMESPACE, pod_selector={"matchLabels": {"app": app}}, policy_types=["Ingress"],
        ingress=[{"from": peers, "ports": [{"protocol": "TCP", "port": p} for p in ports]}],
    )
