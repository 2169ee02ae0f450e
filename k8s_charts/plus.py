"""cdk8s-plus settings for the platform's own workloads, matching the base helpers' gate-passing defaults.

cdk8s-plus-35 (the cluster's default minor, 1.35) builds Deployments, Jobs, Services and ConfigMaps with
typed props. These helpers give its objects the same restricted security contexts and requests/limits
convention as `k8s_charts.base`, so the Kubernetes gates pass whichever way a workload is built. Its pod
security context has no `seccompProfile` field (https://cdk8s.io/docs/latest/plus/cdk8s-plus-35/python/api-reference/#podsecuritycontextprops),
so `restricted_pod_seccomp` writes the pod-level RuntimeDefault the base helper writes.

Three things cdk8s-plus-35 2.0.5 has no props for go through its escape hatch (`ApiObject.of(...)`), each
written as the base helpers write it: extended resources such as `nvidia.com/gpu` (`ContainerResources` has
CPU, memory and ephemeral storage only), zone/host `topologySpreadConstraints` (its `spread` writes pod
anti-affinity instead) and the PodDisruptionBudget (no construct; the typed `k8s.KubePodDisruptionBudget`
it bundles is used).
"""

from __future__ import annotations

import cdk8s
import cdk8s_plus_35 as kplus
from cdk8s_plus_35 import k8s

from typing import Mapping, Sequence

from constructs import Construct

from k8s_charts.base import INSTANCE_METADATA, POD_IDENTITY_AGENT, IdentityMode, object_metadata, resources

_USER = 65532


def restricted_container(*, run_as_user: int = _USER, read_only_root: bool = True) -> kplus.ContainerSecurityContextProps:
    """`base.container_security_context` as cdk8s-plus props: non-root, no escalation, no capabilities, RuntimeDefault."""
    return kplus.ContainerSecurityContextProps(
        ensure_non_root=True, user=run_as_user, group=run_as_user, allow_privilege_escalation=False,
        read_only_root_filesystem=read_only_root, privileged=False,
        capabilities=kplus.ContainerSecutiryContextCapabilities(drop=[kplus.Capability.ALL]),
        seccomp_profile=kplus.SeccompProfile(type=kplus.SeccompProfileType.RUNTIME_DEFAULT),
    )


def restricted_pod(*, fs_group: int = _USER) -> kplus.PodSecurityContextProps:
    """`base.pod_security_context` as cdk8s-plus props (the seccomp profile is added by `restricted_pod_seccomp`)."""
    return kplus.PodSecurityContextProps(ensure_non_root=True, fs_group=fs_group)


def restricted_pod_seccomp(workload: kplus.AbstractPod | kplus.Workload) -> None:
    """The pod-level RuntimeDefault seccomp profile cdk8s-plus cannot express, through its escape hatch."""
    path = "/spec/securityContext/seccompProfile" if isinstance(workload, kplus.Pod) else \
        "/spec/template/spec/securityContext/seccompProfile"
    cdk8s.ApiObject.of(workload).add_json_patch(cdk8s.JsonPatch.add(path, {"type": "RuntimeDefault"}))


def _cpu(quantity: str) -> kplus.Cpu:
    return kplus.Cpu.millis(int(quantity[:-1])) if quantity.endswith("m") else kplus.Cpu.units(float(quantity))


def _memory(quantity: str) -> cdk8s.Size:
    units = {"Mi": cdk8s.Size.mebibytes, "Gi": cdk8s.Size.gibibytes}
    if quantity[-2:] not in units:
        raise ValueError(f"memory quantity {quantity!r}: use Mi or Gi")
    return units[quantity[-2:]](int(quantity[:-2]))


def plus_resources(cpu: str, memory: str, *, cpu_limit: str | None = None,
                   memory_limit: str | None = None) -> kplus.ContainerResources:
    """`base.resources` as cdk8s-plus props: memory limit = request, CPU limit 4x the request unless given."""
    amounts = resources(cpu, memory, cpu_limit=cpu_limit, memory_limit=memory_limit)
    requests, limits = amounts["requests"], amounts["limits"]
    return kplus.ContainerResources(
        cpu=kplus.CpuResources(request=_cpu(requests["cpu"]), limit=_cpu(limits["cpu"])),
        memory=kplus.MemoryResources(request=_memory(requests["memory"]), limit=_memory(limits["memory"])),
    )


def _template_path(workload: kplus.AbstractPod | kplus.Workload) -> str:
    return "/spec" if isinstance(workload, kplus.Pod) else "/spec/template/spec"


def extended_resources(workload: kplus.AbstractPod | kplus.Workload, *, amounts: Mapping[str, int],
                       container: int = 0, init: bool = False) -> None:
    """Extended resources (`nvidia.com/gpu`) as request = limit on one container, through the escape hatch.

    The values must be `k8s.Quantity` objects: the generated `KubeJob`/`KubeDeployment` serializer keeps a
    resource quantity only as a Quantity and drops a bare number (tests/k8s_charts/test_plus.py shows both).
    """
    containers = "initContainers" if init else "containers"
    api = cdk8s.ApiObject.of(workload)
    for name, amount in amounts.items():
        if amount < 1:
            raise ValueError(f"extended resource {name}: {amount!r} is not a positive whole number")
        key = name.replace("~", "~0").replace("/", "~1")
        for side in ("requests", "limits"):
            api.add_json_patch(cdk8s.JsonPatch.add(f"{_template_path(workload)}/{containers}/{container}/resources/{side}/{key}",
                                                   k8s.Quantity.from_number(amount)))


ZONE_AND_HOST = ("topology.kubernetes.io/zone", "kubernetes.io/hostname")


def spread(workload: kplus.Workload, *, labels: Mapping[str, str], keys: Sequence[str] = ZONE_AND_HOST) -> None:
    """Soft topology spread over `keys` (skew 1, ScheduleAnyway), the constraints `base.workload` writes."""
    cdk8s.ApiObject.of(workload).add_json_patch(cdk8s.JsonPatch.add(
        f"{_template_path(workload)}/topologySpreadConstraints",
        [{"maxSkew": 1, "topologyKey": key, "whenUnsatisfiable": "ScheduleAnyway", "labelSelector": {"matchLabels": dict(labels)}}
         for key in keys]))


def disruption_budget(scope: Construct, construct_id: str, *, name: str, namespace: str, labels: Mapping[str, str],
                      min_available: int | None = None, max_unavailable: int | None = None) -> k8s.KubePodDisruptionBudget:
    """A PodDisruptionBudget over the pods with `labels`: exactly one of `min_available`, `max_unavailable`."""
    if (min_available is None) == (max_unavailable is None):
        raise ValueError(f"PodDisruptionBudget {namespace}/{name}: give exactly one of min_available and max_unavailable")
    return k8s.KubePodDisruptionBudget(scope, construct_id, metadata=k8s.ObjectMeta(name=name, namespace=namespace),
                                       spec=k8s.PodDisruptionBudgetSpec(
        selector=k8s.LabelSelector(match_labels=dict(labels)),
        min_available=None if min_available is None else k8s.IntOrString.from_number(min_available),
        max_unavailable=None if max_unavailable is None else k8s.IntOrString.from_number(max_unavailable)))


# ----------------------------------------------------------------- network policies


def _singleton_ip_block(scope: Construct, construct_id: str, cidr: str) -> kplus.NetworkPolicyIpBlock:
    chart = cdk8s.Chart.of(scope)
    found = chart.node.try_find_child(construct_id)
    return found if isinstance(found, kplus.NetworkPolicyIpBlock) else kplus.NetworkPolicyIpBlock.ipv4(chart, construct_id, cidr)


def credentials_rule(scope: Construct, *, identity_mode: IdentityMode) -> kplus.NetworkPolicyRule:
    """Egress to where the AWS SDK gets credentials: the Pod Identity agent, or IMDS (intercepted by kube2iam)."""
    target = POD_IDENTITY_AGENT if identity_mode == "pod-identity" else INSTANCE_METADATA
    return kplus.NetworkPolicyRule(peer=_singleton_ip_block(scope, f"CredentialsPeer-{identity_mode}", str(target["cidr"])),
                                   ports=[kplus.NetworkPolicyPort.tcp(int(target["port"]))])


def https_anywhere_rule(scope: Construct) -> kplus.NetworkPolicyRule:
    """Egress on 443 to any address: AWS public endpoints (S3) that a NetworkPolicy cannot name; the IAM and
    bucket policies limit where the data goes."""
    return kplus.NetworkPolicyRule(peer=_singleton_ip_block(scope, "AnyAddressPeer", "0.0.0.0/0"),
                                   ports=[kplus.NetworkPolicyPort.tcp(443)])


def pods(scope: Construct, construct_id: str, *, labels: Mapping[str, str] | None = None, exists: Sequence[str] = (),
         namespace: str | None = None) -> kplus.Pods:
    """A NetworkPolicy peer/selector: pods with `labels` and the `exists` label keys, in `namespace` if given
    (else the policy's own namespace)."""
    namespaces = kplus.Namespaces.select(scope, f"{construct_id}Namespace", names=[namespace]) if namespace else None
    return kplus.Pods.select(scope, construct_id, labels=dict(labels) if labels else None,
                             expressions=[kplus.LabelExpression.exists(key) for key in exists] or None, namespaces=namespaces)


def network_policy(scope: Construct, construct_id: str, *, name: str, namespace: str, selector: kplus.IPodSelector,
                   ingress: Sequence[kplus.NetworkPolicyRule] = (),
                   egress: Sequence[kplus.NetworkPolicyRule] = ()) -> kplus.NetworkPolicy:
    """An allow policy: policyTypes are the directions given rules (the namespace's default deny does the rest)."""
    if not ingress and not egress:
        raise ValueError(f"NetworkPolicy {namespace}/{name}: give ingress or egress rules (default deny is the namespace's)")
    return kplus.NetworkPolicy(scope, construct_id, metadata=object_metadata(name, namespace=namespace), selector=selector,
                               ingress=kplus.NetworkPolicyTraffic(rules=list(ingress)) if ingress else None,
                               egress=kplus.NetworkPolicyTraffic(rules=list(egress)) if egress else None)
