"""cdk8s-plus settings for the platform's own workloads, matching the base helpers' gate-passing defaults.

cdk8s-plus-35 (the cluster's default minor, 1.35) builds Deployments, Jobs, Services and ConfigMaps with
typed props. These helpers give its objects the same restricted security contexts and requests/limits
convention as `k8s_charts.base`, so the Kubernetes gates pass whichever way a workload is built. Its pod
security context has no `seccompProfile` field (https://cdk8s.io/docs/latest/plus/cdk8s-plus-35/python/api-reference/#podsecuritycontextprops),
so `restricted_pod_seccomp` writes the pod-level RuntimeDefault the base helper writes.
"""

from __future__ import annotations

import cdk8s
import cdk8s_plus_35 as kplus

from k8s_charts.base import resources

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
