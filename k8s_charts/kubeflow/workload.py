"""Builders for the shapes every Kubeflow component repeats: a hardened Deployment, its Service, RBAC.

Not a chart: the component charts call these so each Deployment gets the platform's restricted security
context, requests/limits, probes, a writable /tmp on a read-only root, and spreads over zones.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Sequence

from k8s_charts import base
from k8s_charts.base import (
    TMP_MOUNT, PlatformChart, checkov_skips, container, container_security_context, resources, tmp_volume,
)
from k8s_charts.kubeflow.common import NAMESPACE, component_labels


@dataclass(frozen=True, kw_only=True)
class Container:
    """One container of a component Deployment."""

    name: str
    image: str
    ports: Sequence[tuple[str, int]] = ()
    args: Sequence[str] = ()
    command: Sequence[str] = ()
    env: Sequence[dict[str, Any]] = ()
    cpu: str = "100m"
    memory: str = "256Mi"
    memory_limit: str | None = None
    liveness: dict[str, Any] | None = None
    readiness: dict[str, Any] | None = None
    volume_mounts: Sequence[dict[str, Any]] = ()
    run_as_user: int = 65532
    read_only_root: bool = True

    def render(self) -> dict[str, Any]:
        """The container dict, built by the platform's one container builder with a writable /tmp mounted first."""
        return container(
            self.name, self.image, ports=self.ports, args=list(self.args) or None, command=list(self.command) or None,
            env=self.env, resources_=resources(self.cpu, self.memory, memory_limit=self.memory_limit),
            liveness=self.liveness or None, readiness=self.readiness or None,
            security_context=container_security_context(run_as_user=self.run_as_user, read_only_root=self.read_only_root),
            volume_mounts=[TMP_MOUNT, *self.volume_mounts],
        )


def http_probe(path: str, port: int | str, *, initial_delay: int = 10, period: int = 20) -> dict[str, Any]:
    """The platform's HTTP probe with the Kubeflow components' slower defaults and upstream's 3s timeout."""
    return base.http_probe(path, port, scheme=None, initial_delay=initial_delay, period=period, timeout=3)


def tcp_probe(port: int | str, *, initial_delay: int = 10, period: int = 20) -> dict[str, Any]:
    """The platform's TCP probe with the Kubeflow components' slower defaults and upstream's 3s timeout."""
    return base.tcp_probe(port, initial_delay=initial_delay, period=period, timeout=3)


def grpc_probe(port: int, *, initial_delay: int = 10, period: int = 30) -> dict[str, Any]:
    return {"grpc": {"port": port}, "initialDelaySeconds": initial_delay, "periodSeconds": period, "failureThreshold": 5}


def env(name: str, value: str) -> dict[str, Any]:
    return {"name": name, "value": value}


def env_field(name: str, path: str) -> dict[str, Any]:
    return {"name": name, "valueFrom": {"fieldRef": {"fieldPath": path}}}


def env_secret(name: str, secret: str, key: str) -> dict[str, Any]:
    return {"name": name, "valueFrom": {"secretKeyRef": {"name": secret, "key": key}}}


@dataclass(frozen=True, kw_only=True)
class Workload:
    """A component Deployment: name (also its ServiceAccount and selector label), containers, volumes."""

    name: str
    containers: Sequence[Container]
    service_account: str | None = None
    replicas: int = 1
    volumes: Sequence[dict[str, Any]] = ()
    pod_labels: dict[str, str] = field(default_factory=dict)
    namespace: str = NAMESPACE
    # Why the pods call the Kubernetes API (controllers, SubjectAccessReviews); None: no token is mounted.
    api_access: str | None = None
    # checkov skips for this Deployment, `CKV_K8S_xx=reason` (the image-digest skip is implied).
    skips: Sequence[str] = ()

    @property
    def selector(self) -> dict[str, str]:
        return component_labels(self.name)


def deployment(chart: PlatformChart, workload: Workload, *, create_service_account: bool = True) -> None:
    """ServiceAccount + Deployment (restricted, spread across zones, on Linux nodes, no GPU nodes)."""
    sa = workload.service_account or workload.name
    if create_service_account:
        chart.api(f"SA-{sa}", api_version="v1", kind="ServiceAccount", name=sa, namespace=workload.namespace)
    chart.workload(
        "Deployment", workload.name, namespace=workload.namespace, service_account=sa, replicas=workload.replicas,
        containers=[c.render() for c in workload.containers], volumes=[tmp_volume("256Mi"), *workload.volumes],
        labels=workload.selector, pod_labels=workload.pod_labels, spread_keys=("topology.kubernetes.io/zone",),
        node_selector={"kubernetes.io/os": "linux"}, api_access=workload.api_access, skips=workload.skips,
        revision_history_limit=3,
    )


def service(chart: PlatformChart, *, name: str, selector: dict[str, str], ports: Sequence[tuple[str, int, int | str]],
            namespace: str = NAMESPACE) -> None:
    """A ClusterIP Service; ports are (name, port, targetPort)."""
    chart.api(f"Service-{name}", api_version="v1", kind="Service", name=name, namespace=namespace, labels=selector, spec={
        "type": "ClusterIP",
        "selector": selector,
        "ports": [{"name": n, "port": p, "targetPort": t, "protocol": "TCP"} for n, p, t in ports],
    })


def cluster_role(chart: PlatformChart, name: str, rules: list[dict[str, Any]], *, labels: dict[str, str] | None = None,
                 aggregate_from: dict[str, str] | None = None, skips: Sequence[str] = ()) -> None:
    """A ClusterRole (aggregated when `aggregate_from` is given) with optional checkov skips."""
    chart.cluster_role(name, rules=rules, labels=labels, annotations=checkov_skips(*skips) or None,
                       aggregate_from=aggregate_from)


def bind_cluster_role(chart: PlatformChart, *, role: str, service_account: str, namespace: str = NAMESPACE,
                      name: str | None = None) -> None:
    binding = name or f"{role}-{service_account}"
    chart.api(f"ClusterRoleBinding-{binding}", api_version="rbac.authorization.k8s.io/v1", kind="ClusterRoleBinding",
              name=binding, roleRef={"apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": role},
              subjects=[{"kind": "ServiceAccount", "name": service_account, "namespace": namespace}])


def namespaced_role(chart: PlatformChart, *, name: str, service_account: str, rules: list[dict[str, Any]],
                    namespace: str = NAMESPACE) -> None:
    """A Role in `namespace` and its RoleBinding to the component's ServiceAccount (e.g. leader election)."""
    chart.role(name, namespace=namespace, rules=rules, bind_to=(NAMESPACE, service_account))


def rule(groups: Sequence[str], resources_: Sequence[str], verbs: Sequence[str],
         names: Sequence[str] | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"apiGroups": list(groups), "resources": list(resources_), "verbs": list(verbs)}
    if names:
        out["resourceNames"] = list(names)
    return out


READ = ("get", "list", "watch")
WRITE = ("get", "list", "watch", "create", "update", "patch", "delete")
EDIT = ("get", "list", "watch", "create", "delete", "deletecollection", "patch", "update")
LEADER_ELECTION_RULES = [
    rule(["coordination.k8s.io"], ["leases"], WRITE),
    rule([""], ["events"], ["create", "patch"]),
]


def aggregated_roles(chart: PlatformChart, *, component: str, group: str, resources_: Sequence[str],
                     view_extra: Sequence[dict[str, Any]] = ()) -> None:
    """kubeflow-<component>-admin/edit/view folded into kubeflow-admin/edit/view (upstream pattern)."""
    from k8s_charts.kubeflow.common import aggregate_labels

    admin = f"kubeflow-{component}-admin"
    cluster_role(chart, admin, [], labels=aggregate_labels("admin"),
                 aggregate_from={f"rbac.authorization.kubeflow.org/aggregate-to-{admin}": "true"})
    cluster_role(chart, f"kubeflow-{component}-edit", [rule([group], resources_, EDIT)],
                 labels={**aggregate_labels("edit"), f"rbac.authorization.kubeflow.org/aggregate-to-{admin}": "true"})
    cluster_role(chart, f"kubeflow-{component}-view", [rule([group], resources_, READ), *view_extra],
                 labels=aggregate_labels("view"))
