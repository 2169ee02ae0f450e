"""cdk8s-plus helpers (k8s_charts/plus.py) write what the base helpers write, so the gates hold either way."""

from __future__ import annotations

import cdk8s
import cdk8s_plus_35 as kplus
import pytest

from k8s_charts.base import container_security_context, pod_security_context, resources
from k8s_charts.plus import plus_resources, restricted_container, restricted_pod, restricted_pod_seccomp
from platform_config.aws_limits import DEFAULT_KUBERNETES_VERSION


def _pod(**container: object) -> dict:
    chart = cdk8s.Chart(cdk8s.App(), "c")
    deployment = kplus.Deployment(chart, "d", security_context=restricted_pod(fs_group=1000), containers=[
        kplus.ContainerProps(name="app", image="example/app:1.0", **container)])
    restricted_pod_seccomp(deployment)
    (obj,) = chart.to_json()
    return obj["spec"]["template"]["spec"]


def _quantity(value: str) -> float:
    for suffix, factor in (("Gi", 1024 ** 3), ("Mi", 1024 ** 2), ("m", 0.001)):
        if value.endswith(suffix):
            return float(value[:-len(suffix)]) * factor
    return float(value)


def _amounts(res: dict) -> dict:
    return {kind: {name: _quantity(v) for name, v in values.items()} for kind, values in res.items()}


def test_cdk8s_plus_matches_the_default_cluster_minor() -> None:
    assert kplus.__name__ == f"cdk8s_plus_{DEFAULT_KUBERNETES_VERSION.split('.')[1]}"


@pytest.mark.parametrize("user,read_only", [(65532, True), (1000, False)])
def test_restricted_container_is_the_base_security_context(user: int, read_only: bool) -> None:
    spec = _pod(security_context=restricted_container(run_as_user=user, read_only_root=read_only))
    # cdk8s-plus also writes `privileged: false`, the API server's default.
    assert spec["containers"][0]["securityContext"] == {**container_security_context(run_as_user=user, read_only_root=read_only),
                                                         "privileged": False}


def test_restricted_pod_is_the_base_pod_context_with_seccomp() -> None:
    context = _pod(security_context=restricted_container())["securityContext"]
    assert context == {**pod_security_context(fs_group=1000), "fsGroupChangePolicy": "Always"}


@pytest.mark.parametrize("args", [("100m", "256Mi", {}), ("1", "1Gi", {}), ("250m", "512Mi", {"cpu_limit": "500m"}),
                                  ("50m", "64Mi", {"memory_limit": "128Mi"})])
def test_plus_resources_are_the_base_resources(args: tuple) -> None:
    cpu, memory, limits = args
    spec = _pod(resources=plus_resources(cpu, memory, **limits), security_context=restricted_container())
    # Same quantities; cdk8s-plus writes memory in Mi and CPU in millicores ("1Gi" -> "1024Mi", "1" -> "1000m").
    assert _amounts(spec["containers"][0]["resources"]) == _amounts(resources(cpu, memory, **limits))


def test_memory_needs_binary_units() -> None:
    with pytest.raises(ValueError, match="'1G'"):
        plus_resources("100m", "1G")


def test_cdk8s_plus_cannot_carry_a_gpu_request() -> None:
    """Why the batch prediction Jobs keep the base helpers: a JSON patch adding `nvidia.com/gpu` is dropped by
    cdk8s-plus's serializer. If a cdk8s-plus bump keeps it, this fails and the Jobs can move over."""
    chart = cdk8s.Chart(cdk8s.App(), "c")
    job = kplus.Job(chart, "j", security_context=restricted_pod(), containers=[kplus.ContainerProps(
        name="app", image="example/app:1.0", security_context=restricted_container(),
        resources=plus_resources("100m", "256Mi"))])
    cdk8s.ApiObject.of(job).add_json_patch(
        cdk8s.JsonPatch.add("/spec/template/spec/containers/0/resources/limits/nvidia.com~1gpu", 1))
    (obj,) = chart.to_json()
    assert "nvidia.com/gpu" not in obj["spec"]["template"]["spec"]["containers"][0]["resources"]["limits"]
