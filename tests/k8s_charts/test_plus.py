"""cdk8s-plus helpers (k8s_charts/plus.py) write what the base helpers write, so the gates hold either way."""

from __future__ import annotations

import cdk8s
import cdk8s_plus_35 as kplus
import pytest

from k8s_charts.base import PlatformChart, WorkloadIdentity, container, container_security_context, pod_security_context, resources
from k8s_charts.plus import (
    credentials_rule, disruption_budget, extended_resources, https_anywhere_rule, network_policy, plus_resources, pods,
    restricted_container, restricted_pod, restricted_pod_seccomp, spread,
)
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


def _job(chart: cdk8s.Chart) -> kplus.Job:
    return kplus.Job(chart, "j", security_context=restricted_pod(), containers=[kplus.ContainerProps(
        name="app", image="example/app:1.0", security_context=restricted_container(),
        resources=plus_resources("100m", "256Mi"))])


def test_a_bare_number_patched_into_resources_is_dropped() -> None:
    """Why `extended_resources` patches `k8s.Quantity` objects: cdk8s-plus's serializer keeps only those."""
    chart = cdk8s.Chart(cdk8s.App(), "c")
    job = _job(chart)
    cdk8s.ApiObject.of(job).add_json_patch(
        cdk8s.JsonPatch.add("/spec/template/spec/containers/0/resources/limits/nvidia.com~1gpu", 1))
    (obj,) = chart.to_json()
    assert "nvidia.com/gpu" not in obj["spec"]["template"]["spec"]["containers"][0]["resources"]["limits"]


@pytest.mark.parametrize("init", [False, True])
def test_extended_resources_set_request_and_limit_on_the_named_container(init: bool) -> None:
    chart = cdk8s.Chart(cdk8s.App(), "c")
    job = _job(chart)
    job.add_init_container(name="first", image="example/app:1.0", security_context=restricted_container(),
                           resources=plus_resources("100m", "256Mi"))
    extended_resources(job, amounts={"nvidia.com/gpu": 2}, init=init)
    (obj,) = chart.to_json()
    spec = obj["spec"]["template"]["spec"]
    target, other = (spec["initContainers"][0], spec["containers"][0]) if init else (spec["containers"][0], spec["initContainers"][0])
    assert target["resources"]["requests"]["nvidia.com/gpu"] == target["resources"]["limits"]["nvidia.com/gpu"] == 2
    assert target["resources"]["requests"]["cpu"] == "100m"
    assert "nvidia.com/gpu" not in other["resources"]["limits"]


def test_extended_resources_reject_a_non_positive_amount() -> None:
    with pytest.raises(ValueError, match="nvidia.com/gpu: 0"):
        extended_resources(_job(cdk8s.Chart(cdk8s.App(), "c")), amounts={"nvidia.com/gpu": 0})


def test_spread_and_budget_write_what_the_base_workload_writes() -> None:
    labels = {"app.kubernetes.io/name": "app"}
    base_chart = PlatformChart(cdk8s.App(), "b", component="x", version="1", kubernetes_version="1.35")
    base_chart.workload("Deployment", "app", namespace="ns", service_account="app", replicas=3, containers=[
        container("app", "example/app:1.0", resources_=resources("100m", "256Mi"), liveness=None, readiness=None)])
    base = {o["kind"]: o for o in base_chart.to_json()}
    chart = cdk8s.Chart(cdk8s.App(), "c")
    deployment = kplus.Deployment(chart, "d", replicas=3, select=False, containers=[kplus.ContainerProps(
        name="app", image="example/app:1.0", security_context=restricted_container())])
    spread(deployment, labels=labels)
    disruption_budget(chart, "pdb", name="app", namespace="ns", labels=labels, min_available=2)
    plus = {o["kind"]: o for o in chart.to_json()}
    template = "topologySpreadConstraints"
    assert plus["Deployment"]["spec"]["template"]["spec"][template] == base["Deployment"]["spec"]["template"]["spec"][template]
    assert plus["PodDisruptionBudget"]["spec"] == base["PodDisruptionBudget"]["spec"]
    assert plus["PodDisruptionBudget"]["metadata"]["namespace"] == "ns"


def test_budget_needs_exactly_one_bound() -> None:
    for bounds in ({}, {"min_available": 1, "max_unavailable": 1}):
        with pytest.raises(ValueError, match="exactly one of min_available and max_unavailable"):
            disruption_budget(cdk8s.Chart(cdk8s.App(), "c"), "pdb", name="app", namespace="ns", labels={"a": "b"}, **bounds)


@pytest.mark.parametrize("mode, cidr", [("pod-identity", "169.254.170.23/32"), ("kube2iam", "169.254.169.254/32")])
def test_network_policy_rules_write_what_the_base_rules_write(mode: str, cidr: str) -> None:
    chart = cdk8s.Chart(cdk8s.App(), "c")
    network_policy(chart, "np", name="allow", namespace="ns", selector=pods(chart, "sel", exists=["job"]), egress=[
        credentials_rule(chart, identity_mode=mode), https_anywhere_rule(chart),
        kplus.NetworkPolicyRule(peer=pods(chart, "gw", labels={"product": "aes"}, namespace="emissary"),
                                ports=[kplus.NetworkPolicyPort.tcp(8080)])])
    # A second policy in the chart reuses the same peers (one construct each).
    network_policy(chart, "np2", name="allow2", namespace="ns", selector=pods(chart, "sel2", labels={"a": "b"}),
                   ingress=[credentials_rule(chart, identity_mode=mode)])
    (policy, _) = chart.to_json()
    assert policy["spec"] == {
        "podSelector": {"matchExpressions": [{"key": "job", "operator": "Exists"}]},
        "policyTypes": ["Egress"],
        "egress": [
            {"to": [{"ipBlock": {"cidr": cidr}}], "ports": [{"port": 80, "protocol": "TCP"}]},
            {"to": [{"ipBlock": {"cidr": "0.0.0.0/0"}}], "ports": [{"port": 443, "protocol": "TCP"}]},
            {"to": [{"namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": "emissary"}},
                     "podSelector": {"matchLabels": {"product": "aes"}}}], "ports": [{"port": 8080, "protocol": "TCP"}]},
        ],
    }
    assert WorkloadIdentity(mode=mode, namespace="ns", service_account="sa", role_arn="arn").credentials_egress() == {
        "to": [{"ipBlock": {"cidr": cidr}}], "ports": [{"protocol": "TCP", "port": 80}]}


def test_network_policy_needs_a_rule() -> None:
    chart = cdk8s.Chart(cdk8s.App(), "c")
    with pytest.raises(ValueError, match="ns/none: give ingress or egress rules"):
        network_policy(chart, "np", name="none", namespace="ns", selector=pods(chart, "sel", labels={"a": "b"}))
