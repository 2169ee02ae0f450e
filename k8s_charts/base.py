"""Shared chart framework: recommended labels, namespaces with Pod Security Standards and
default-deny NetworkPolicies, restricted security contexts, pinned images.

Every in-cluster component is a `PlatformChart` subclass with frozen, typed props. Objects are raw
`cdk8s.ApiObject`s (or cdk8s-plus-27 where it fits) and are validated by the Kubernetes gates in
tests/k8s_charts/ against the cluster version's schema and the CRDs the project ships.
"""

from __future__ import annotations

import re
from typing import Any, Literal, Sequence

import cdk8s
from constructs import Construct

PART_OF = "ml-platform"
PssLevel = Literal["restricted", "baseline", "privileged"]
_TAGGED_IMAGE = re.compile(r"^[a-z0-9.\-/:_]+(:[A-Za-z0-9_][A-Za-z0-9_.\-]{0,127}|@sha256:[a-f0-9]{64})$")


def pinned_image(repository: str, tag: str) -> str:
    """`repo:tag`, refusing `latest` and empty tags: every image the platform runs is pinned."""
    if not tag or tag == "latest" or tag.endswith("-latest"):
        raise ValueError(f"image {repository!r} must be pinned to a version tag, got {tag!r}")
    image = f"{repository}@{tag}" if tag.startswith("sha256:") else f"{repository}:{tag}"
    if not _TAGGED_IMAGE.match(image):
        raise ValueError(f"image reference {image!r} is malformed")
    return image


def container_security_context(*, run_as_user: int = 65532, read_only_root: bool = True) -> dict[str, Any]:
    """The restricted-profile container context: non-root, no escalation, no capabilities, RuntimeDefault."""
    return {
        "runAsNonRoot": True,
        "runAsUser": run_as_user,
        "runAsGroup": run_as_user,
        "allowPrivilegeEscalation": False,
        "readOnlyRootFilesystem": read_only_root,
        "capabilities": {"drop": ["ALL"]},
        "seccompProfile": {"type": "RuntimeDefault"},
    }


def pod_security_context(*, fs_group: int = 65532) -> dict[str, Any]:
    return {"runAsNonRoot": True, "fsGroup": fs_group, "seccompProfile": {"type": "RuntimeDefault"}}


def resources(cpu: str, memory: str, *, cpu_limit: str | None = None, memory_limit: str | None = None) -> dict[str, Any]:
    """Requests and limits; memory limit defaults to the request (no overcommit), CPU limit to 4x the request."""
    return {
        "requests": {"cpu": cpu, "memory": memory},
        "limits": {"cpu": cpu_limit or _times(cpu, 4), "memory": memory_limit or memory},
    }


def _times(cpu: str, factor: int) -> str:
    return f"{int(cpu[:-1]) * factor}m" if cpu.endswith("m") else str(float(cpu) * factor).rstrip("0").rstrip(".")


class PlatformChart(cdk8s.Chart):
    """A chart of one platform component; every object carries the recommended labels."""

    def __init__(self, scope: Construct, construct_id: str, *, component: str, version: str, namespace: str | None = None) -> None:
        super().__init__(
            scope,
            construct_id,
            namespace=namespace,
            labels={
                "app.kubernetes.io/part-of": PART_OF,
                "app.kubernetes.io/managed-by": "cdk8s",
                "app.kubernetes.io/component": component,
                "app.kubernetes.io/version": version,
            },
            disable_resource_name_hashes=True,
        )
        self.component = component

    def api(self, construct_id: str, *, api_version: str, kind: str, name: str, namespace: str | None = None,
            spec: dict[str, Any] | None = None, labels: dict[str, str] | None = None,
            annotations: dict[str, str] | None = None, **fields: Any) -> cdk8s.ApiObject:
        """A raw Kubernetes object; `fields` are top-level keys other than metadata (data, rules, ...)."""
        metadata: dict[str, Any] = {"name": name}
        if namespace:
            metadata["namespace"] = namespace
        if labels:
            metadata["labels"] = labels
        if annotations:
            metadata["annotations"] = annotations
        body = dict(fields)
        if spec is not None:
            body["spec"] = spec
        obj = cdk8s.ApiObject(self, construct_id, api_version=api_version, kind=kind, metadata=metadata)
        for key, value in body.items():
            obj.add_json_patch(cdk8s.JsonPatch.add(f"/{key}", value))
        return obj

    def platform_namespace(self, name: str, *, pss: PssLevel = "restricted", pss_reason: str | None = None,
                           labels: dict[str, str] | None = None, annotations: dict[str, str] | None = None) -> cdk8s.ApiObject:
        """A namespace with Pod Security Standard labels and a default-deny NetworkPolicy plus DNS egress.

        Anything weaker than `restricted` must say why (it is recorded as an annotation).
        """
        if pss != "restricted" and not pss_reason:
            raise ValueError(f"namespace {name!r}: pss={pss!r} needs pss_reason saying why restricted is not possible")
        ns_labels = {
            "pod-security.kubernetes.io/enforce": pss,
            "pod-security.kubernetes.io/enforce-version": "latest",
            "pod-security.kubernetes.io/audit": "restricted",
            "pod-security.kubernetes.io/warn": "restricted",
            **(labels or {}),
        }
        ns_annotations = dict(annotations or {})
        if pss_reason:
            ns_annotations["ml-platform/pod-security-reason"] = pss_reason
        namespace = self.api(f"Namespace-{name}", api_version="v1", kind="Namespace", name=name,
                             labels=ns_labels, annotations=ns_annotations or None)
        self.network_policy(f"{name}-default-deny", namespace=name, pod_selector={}, policy_types=["Ingress", "Egress"])
        self.network_policy(
            f"{name}-allow-dns", namespace=name, pod_selector={}, policy_types=["Egress"],
            egress=[{
                "to": [{"namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": "kube-system"}},
                        "podSelector": {"matchLabels": {"k8s-app": "kube-dns"}}}],
                "ports": [{"protocol": "UDP", "port": 53}, {"protocol": "TCP", "port": 53}],
            }],
        )
        return namespace

    def network_policy(self, name: str, *, namespace: str, pod_selector: dict[str, Any], policy_types: Sequence[str],
                       ingress: list[dict[str, Any]] | None = None, egress: list[dict[str, Any]] | None = None) -> cdk8s.ApiObject:
        spec: dict[str, Any] = {"podSelector": pod_selector, "policyTypes": list(policy_types)}
        if ingress is not None:
            spec["ingress"] = ingress
        if egress is not None:
            spec["egress"] = egress
        return self.api(f"NetworkPolicy-{namespace}-{name}", api_version="networking.k8s.io/v1", kind="NetworkPolicy",
                        name=name, namespace=namespace, spec=spec)

    def allow_api_server_egress(self, *, namespace: str, pod_selector: dict[str, Any], vpc_cidr: str) -> cdk8s.ApiObject:
        """Egress to the EKS API server: its private endpoint ENIs live in the VPC, on 443."""
        return self.network_policy(
            "allow-apiserver-egress", namespace=namespace, pod_selector=pod_selector, policy_types=["Egress"],
            egress=[{"to": [{"ipBlock": {"cidr": vpc_cidr}}], "ports": [{"protocol": "TCP", "port": 443}]}],
        )

