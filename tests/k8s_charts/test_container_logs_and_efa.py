"""Container logs (Fluent Bit) and EFA (device plugin, MPIJob request) in every shipped environment, both modes."""

from __future__ import annotations

import json

import cdk8s
import pytest

from k8s_charts.container_logs import APP, NAMESPACE, ContainerLogsChart, ContainerLogsProps, container_log_group_name
from k8s_charts.efa_device_plugin import EFA_RESOURCE, EfaDevicePluginChart, EfaDevicePluginProps, image_repository
from k8s_charts.kubeflow.examples import ExamplesProps, TrainingExamplesChart
from k8s_charts.base import WorkloadIdentity
from platform_config.gpu_nodes import GPU_TAINT_KEY, NODE_GROUP_LABEL


def _config(charts) -> str:
    return charts.one("ConfigMap", "fluent-bit-config", NAMESPACE)["data"]["fluent-bit.conf"]


def _settings(config: str, section: str) -> dict[str, str]:
    """key -> value of the first [section] of a classic Fluent Bit config."""
    lines = config.split(f"[{section}]", 1)[1].split("[", 1)[0].strip().splitlines()
    return dict(line.split(None, 1) for line in lines)


def test_fluent_bit_runs_on_every_node_and_reads_every_container_log(charts):
    ds = charts.one("DaemonSet", APP, NAMESPACE)
    pod = ds["spec"]["template"]["spec"]
    assert pod["tolerations"] == [{"operator": "Exists"}]  # GPU nodes (tainted) too
    assert "nodeSelector" not in pod and "affinity" not in pod
    tail = _settings(_config(charts), "INPUT")
    assert tail["Name"] == "tail" and tail["Path"] == "/var/log/containers/*.log" and tail["multiline.parser"] == "cri"
    mounts = {m["mountPath"]: m for m in pod["containers"][0]["volumeMounts"]}
    assert mounts["/var/log"]["readOnly"] is True and "/fluent-bit/etc/" in mounts
    assert pod["priorityClassName"] == "system-node-critical"


def test_fluent_bit_writes_only_to_the_cdk_created_log_group(charts):
    out = _settings(_config(charts), "OUTPUT")
    assert out["Name"] == "cloudwatch_logs"
    assert out["log_group_name"] == container_log_group_name(charts.props.cluster_name)
    assert out["region"] == charts.props.region
    assert out["auto_create_group"] == "false"
    assert "log_retention_days" not in out  # retention belongs to CDK (config), not to the agent
    meta = _settings(_config(charts), "FILTER")
    assert meta["Name"] == "kubernetes"  # kubernetes.namespace_name is what the saved query filters on


def test_fluent_bit_identity_follows_the_mode(charts):
    ds = charts.one("DaemonSet", APP, NAMESPACE)
    role = charts.props.identities["container-logs"].role_arn
    annotations = ds["spec"]["template"]["metadata"].get("annotations", {})
    namespace = charts.one("Namespace", NAMESPACE)
    if charts.props.identity_mode == "kube2iam":
        assert annotations["iam.amazonaws.com/role"] == role
        assert json.loads(namespace["metadata"]["annotations"]["iam.amazonaws.com/allowed-roles"]) == [role]
    else:
        assert "iam.amazonaws.com/role" not in annotations
    assert ds["spec"]["template"]["spec"]["serviceAccountName"] == "fluent-bit"


def test_logging_namespace_denies_by_default_and_allows_only_https_and_credentials_egress(charts):
    policies = {p["metadata"]["name"]: p["spec"] for p in charts.find("NetworkPolicy", namespace=NAMESPACE)}
    assert policies["default-deny"] == {"podSelector": {}, "policyTypes": ["Ingress", "Egress"]}
    egress = policies[f"{APP}-egress"]["egress"]
    assert egress[0] == {"ports": [{"protocol": "TCP", "port": 443}]}
    assert len(egress) == 2 and "ipBlock" in json.dumps(egress[1])
    assert not any(p.get("ingress") for p in policies.values())


def test_fluent_bit_reads_only_pod_and_namespace_metadata(charts):
    (role,) = [r for r in charts.find("ClusterRole", APP)]
    assert role["rules"] == [{"apiGroups": [""], "resources": ["pods", "namespaces"], "verbs": ["get", "list", "watch"]}]


def test_chart_refuses_an_identity_for_another_service_account():
    wrong = WorkloadIdentity(mode="pod-identity", namespace=NAMESPACE, service_account="other", role_arn="arn:aws:iam::1:role/x")
    with pytest.raises(ValueError, match="its AWS identity must be for logging/fluent-bit, got logging/other"):
        ContainerLogsChart(cdk8s.App(), "c", props=ContainerLogsProps(
            kubernetes_version="1.35", identity=wrong, cluster_name="c", region="eu-west-1", vpc_cidr="10.0.0.0/16"))


# --- EFA ---------------------------------------------------------------------------------------------------------


def test_efa_device_plugin_only_where_a_group_has_efa_and_only_on_those_groups(charts):
    efa_groups = sorted(g.name for g in charts.props.gpu_node_groups if g.efa_interfaces)
    plugins = charts.find("DaemonSet", "aws-efa-k8s-device-plugin")
    if not efa_groups:
        assert plugins == [] and "efa-device-plugin" not in charts.by_chart
        return
    (ds,) = plugins
    pod = ds["spec"]["template"]["spec"]
    (term,) = pod["affinity"]["nodeAffinity"]["requiredDuringSchedulingIgnoredDuringExecution"]["nodeSelectorTerms"]
    assert term == {"matchExpressions": [{"key": NODE_GROUP_LABEL, "operator": "In", "values": efa_groups}]}
    assert {"key": GPU_TAINT_KEY, "operator": "Exists", "effect": "NoSchedule"} in pod["tolerations"]
    assert pod["containers"][0]["image"].startswith(image_repository(charts.props.region) + ":v0.5.20")
    # Applied after the GPU chart, which creates its namespace.
    order = list(charts.by_chart)
    assert order.index("gpu") < order.index("efa-device-plugin")


def test_mpijob_requests_efa_exactly_when_the_environment_has_an_efa_group(charts):
    jobs = charts.find("MPIJob")
    efa_groups = [g for g in charts.props.gpu_node_groups if g.efa_interfaces]
    for job in jobs:
        worker = job["spec"]["mpiReplicaSpecs"]["Worker"]["template"]["spec"]
        requests = worker["containers"][0]["resources"]["requests"]
        if efa_groups:
            assert requests[EFA_RESOURCE] == efa_groups[0].efa_interfaces
            assert worker["nodeSelector"][NODE_GROUP_LABEL] == efa_groups[0].name
        else:
            assert EFA_RESOURCE not in requests


def test_mpijob_with_an_efa_group_requests_all_its_interfaces_and_pins_the_group():
    chart = TrainingExamplesChart(cdk8s.App(), "x", props=ExamplesProps(
        kubernetes_version="1.35", identity_mode="pod-identity", namespace="team",
        efa_node_group="gpu-p4d", efa_interfaces=4))
    (job,) = [o for o in chart.to_json() if o["kind"] == "MPIJob"]
    worker = job["spec"]["mpiReplicaSpecs"]["Worker"]["template"]["spec"]
    container = worker["containers"][0]
    assert container["resources"]["requests"][EFA_RESOURCE] == 4 == container["resources"]["limits"][EFA_RESOURCE]
    assert worker["nodeSelector"][NODE_GROUP_LABEL] == "gpu-p4d"
    assert {"name": "FI_PROVIDER", "value": "efa"} in container["env"]
    launcher = job["spec"]["mpiReplicaSpecs"]["Launcher"]["template"]["spec"]["containers"][0]
    assert EFA_RESOURCE not in launcher["resources"]["requests"]


def test_efa_plugin_refuses_no_groups_and_unknown_registries():
    with pytest.raises(ValueError, match="at least one EFA node group"):
        EfaDevicePluginChart(cdk8s.App(), "e", props=EfaDevicePluginProps(
            kubernetes_version="1.35", identity_mode="pod-identity", region="eu-west-1", efa_node_groups=()))
    with pytest.raises(ValueError, match="region 'xx-east-9' has no known EKS image registry"):
        image_repository("xx-east-9")
    assert image_repository("af-south-1").startswith("877085696533.dkr.ecr.af-south-1.amazonaws.com/eks/")
