"""Names every Kubeflow chart shares: the namespace, labels, the user-id header, image registries, versions.

Owned by the core/notebooks/training charts; the pipelines and login charts import it
so both halves agree on the namespace, the header the gateway sets and the labels the NetworkPolicies select.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from k8s_charts.base import object_metadata
from k8s_charts.imports import certmanager as cm

# The namespace every Kubeflow control-plane component runs in (upstream manifests use the same name).
NAMESPACE = "kubeflow"

# The header the gateway's external auth sets to the verified user's email; the dashboard, KFAM, the
# Jupyter web app, Katib UI and the pipelines API read it. Upstream default: kubeflow/kubeflow v1.10.0
# components/profile-controller (`USERID_HEADER=kubeflow-userid`, `USERID_PREFIX=""`).
USERID_HEADER = "kubeflow-userid"
USERID_PREFIX = ""

# Versions pinned by ARCHITECTURE.md.
KUBEFLOW_VERSION = "v1.10.0"
KATIB_VERSION = "v0.19.0"
TRAINING_OPERATOR_VERSION = "v1.9.2"
PIPELINES_VERSION = "2.16.0"

# Image registries (verified against the upstream manifests of the pinned releases).
KUBEFLOW_REGISTRY = "ghcr.io/kubeflow/kubeflow"           # central-dashboard, profile-controller, kfam, ...
NOTEBOOK_IMAGES_REGISTRY = "ghcr.io/kubeflow/kubeflow/notebook-servers"  # jupyter-scipy, jupyter-pytorch-cuda-full
KATIB_REGISTRY = "ghcr.io/kubeflow/katib"
# v1.9.2 image: ghcr.io/kubeflow/training-v1/training-operator:v1-3f15cb8 (kubeflow/trainer#2634).
TRAINING_OPERATOR_REGISTRY = "ghcr.io/kubeflow/training-v1"
PIPELINES_REGISTRY = "ghcr.io/kubeflow"                   # the KFP 2.16.0 images live here too

# The Secret (in `kubeflow`) holding the managed MySQL credentials Katib uses, keys DB_USER and DB_PASSWORD
# (upstream katib-external-db names). Issue-7b's database wiring delivers it from Secrets Manager.
KATIB_DB_SECRET = "katib-mysql-secrets"

# Labels shared by every Kubeflow object; NetworkPolicies select peers by `app.kubernetes.io/name`.
PART_OF_KUBEFLOW = "kubeflow"
NAME_LABEL = "app.kubernetes.io/name"

# Label the profile controller puts on every profile namespace; NetworkPolicies in `kubeflow` admit
# traffic from namespaces carrying it (upstream: `app.kubernetes.io/part-of: kubeflow-profile`).
PROFILE_NAMESPACE_LABEL = "app.kubernetes.io/part-of"
PROFILE_NAMESPACE_VALUE = "kubeflow-profile"

# Gateway namespace and pod labels (the Emissary chart): the only source of UI traffic.
GATEWAY_NAMESPACE = "emissary"
GATEWAY_POD_LABELS = {"app.kubernetes.io/name": "emissary-ingress"}

# The per-profile notebook router (notebook_routes.py). The profile-wide NetworkPolicies select every pod of a
# team namespace but this one (`tenant_pods()`), so the router gets only its own exact allows.
NOTEBOOK_ROUTER = "notebook-router"


def tenant_pods() -> dict:
    """Pod selector of the profile-wide NetworkPolicies: every pod of the team namespace except the router."""
    return {"matchExpressions": [{"key": NAME_LABEL, "operator": "NotIn", "values": [NOTEBOOK_ROUTER]}]}

# ClusterRoles Kubeflow aggregates (kubeflow-admin/edit/view) and the aggregation label prefix.
AGGREGATE_LABEL = "rbac.authorization.kubeflow.org/aggregate-to-kubeflow-{role}"
KUBEFLOW_ROLES = ("admin", "edit", "view")

# The GPU scheduling contract with the GPU node groups (platform_constructs/gpu_node_group.py labels
# and taints the GPU node groups): resource name, taint key, `ml-platform/accelerator: nvidia` on every GPU
# node and `ml-platform/gpu-model: <gpu_model>` (e.g. nvidia-a10g) per node group.
from platform_config.gpu_nodes import ACCELERATOR_LABEL as GPU_NODE_LABEL  # noqa: E402
from platform_config.gpu_nodes import ACCELERATOR_VALUE as GPU_NODE_VALUE  # noqa: E402
from platform_config.gpu_nodes import GPU_MODEL_LABEL, GPU_RESOURCE, GPU_TAINT_KEY  # noqa: E402,F401


def gpu_node_selector() -> dict[str, str]:
    """Node selector of every GPU workload: only GPU nodes."""
    return {GPU_NODE_LABEL: GPU_NODE_VALUE}


@dataclass(frozen=True, kw_only=True)
class ChartEnv:
    """What every Kubeflow chart's props carry for the framework: the cluster minor (PSS version pins) and
    the workload identity mode (kube2iam annotations vs Pod Identity associations)."""

    kubernetes_version: str
    identity_mode: Literal["pod-identity", "kube2iam"] = "pod-identity"


def component_labels(name: str) -> dict[str, str]:
    """Selector labels of one Kubeflow workload (Deployment selector, Service selector, NetworkPolicy)."""
    return {NAME_LABEL: name, "app.kubernetes.io/part-of-kubeflow": PART_OF_KUBEFLOW}


def aggregate_labels(*roles: str) -> dict[str, str]:
    """Labels that fold a ClusterRole into kubeflow-admin/edit/view (`aggregate_labels("admin", "edit")`)."""
    unknown = [r for r in roles if r not in KUBEFLOW_ROLES]
    if unknown:
        raise ValueError(f"unknown Kubeflow role(s) {unknown}: one of {list(KUBEFLOW_ROLES)}")
    return {AGGREGATE_LABEL.format(role=r): "true" for r in roles}


def gpu_toleration() -> dict[str, Any]:
    """Tolerates the GPU node groups' `nvidia.com/gpu=true:NoSchedule` taint."""
    return {"key": GPU_TAINT_KEY, "operator": "Exists", "effect": "NoSchedule"}


def webhook_certificate(chart: Any, *, service: str, namespace: str = NAMESPACE) -> tuple[str, str]:
    """A self-signed cert-manager Issuer + Certificate for a webhook Service.

    Returns `(secret_name, inject_ca_from)`: mount the secret into the webhook pod and annotate the webhook
    configuration with `cert-manager.io/inject-ca-from: <inject_ca_from>` so cert-manager's CA injector
    fills in `caBundle` (https://cert-manager.io/docs/concepts/ca-injector/).
    """
    issuer = f"{service}-selfsigned"
    certificate = f"{service}-cert"
    secret = f"{service}-tls"
    cm.Issuer(chart, f"Issuer-{issuer}", metadata=object_metadata(issuer, namespace=namespace),
              spec=cm.IssuerSpec(self_signed=cm.IssuerSpecSelfSigned()))
    cm.Certificate(
        chart, f"Certificate-{certificate}", metadata=object_metadata(certificate, namespace=namespace),
        spec=cm.CertificateSpec(
            secret_name=secret,
            common_name=f"{service}.{namespace}.svc",
            dns_names=[f"{service}.{namespace}.svc", f"{service}.{namespace}.svc.cluster.local"],
            issuer_ref=cm.CertificateSpecIssuerRef(name=issuer, kind="Issuer"),
            private_key=cm.CertificateSpecPrivateKey(algorithm=cm.CertificateSpecPrivateKeyAlgorithm.ECDSA, size=256,
                                                     rotation_policy=cm.CertificateSpecPrivateKeyRotationPolicy.ALWAYS),
            duration="2160h",
            renew_before="360h",
        ),
    )
    return secret, f"{namespace}/{certificate}"
