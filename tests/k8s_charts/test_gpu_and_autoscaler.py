"""GPU agents only on GPU nodes; the autoscaler discovers exactly this cluster's node groups."""

from __future__ import annotations

import dataclasses

import pytest

from k8s_charts.platform_charts import synth_objects
from platform_config.aws_limits import GPU_INSTANCE_FAMILIES
from platform_config.cluster import instance_family


def _gpu_types(charts) -> set[str]:
    return {t for g in charts.props.gpu_node_groups for t in g.instance_types}


@pytest.mark.parametrize("app", ["nvidia-device-plugin", "dcgm-exporter"])
def test_gpu_daemonsets_run_only_on_gpu_nodes_and_tolerate_the_taint(charts, app):
    pod = charts.one("DaemonSet", app, "gpu-system")["spec"]["template"]["spec"]
    terms = pod["affinity"]["nodeAffinity"]["requiredDuringSchedulingIgnoredDuringExecution"]["nodeSelectorTerms"]
    assert len(terms) == 1 and terms[0]["matchExpressions"] == [
        {"key": "node.kubernetes.io/instance-type", "operator": "In", "values": sorted(_gpu_types(charts))}]
    assert all(instance_family(t) in GPU_INSTANCE_FAMILIES for t in terms[0]["matchExpressions"][0]["values"])
    assert {"key": "nvidia.com/gpu", "operator": "Exists", "effect": "NoSchedule"} in pod["tolerations"]
    assert "nodeSelector" not in pod


def test_no_gpu_chart_without_gpu_node_groups(dev_charts):
    objects = synth_objects(dataclasses.replace(dev_charts.props, gpu_node_groups=()))
    assert "gpu" not in objects
    assert not [o for chart in objects.values() for o in chart if o["metadata"].get("namespace") == "gpu-system"]


def test_dcgm_is_scraped_and_reachable_from_prometheus_only(dev_charts):
    service = dev_charts.one("Service", "dcgm-exporter", "gpu-system")
    assert service["metadata"]["annotations"]["prometheus.io/scrape"] == "true"
    policy = dev_charts.one("NetworkPolicy", "dcgm-from-monitoring", "gpu-system")
    assert policy["spec"]["ingress"][0]["from"][0]["podSelector"] == {"matchLabels": {"app.kubernetes.io/name": "prometheus"}}


def test_autoscaler_discovers_exactly_this_clusters_node_groups(charts):
    deployment = charts.one("Deployment", "cluster-autoscaler", "platform-system")
    container = deployment["spec"]["template"]["spec"]["containers"][0]
    discovery = [a for a in container["args"] if a.startswith("--node-group-auto-discovery=")]
    assert discovery == [f"--node-group-auto-discovery=asg:tag=k8s.io/cluster-autoscaler/enabled,"
                         f"k8s.io/cluster-autoscaler/{charts.props.cluster_name}"]
    assert "--cloud-provider=aws" in container["args"] and "--expander=least-waste" in container["args"]
    assert not [a for a in container["args"] if a.startswith("--nodes=")]
    # The autoscaler supports only its own Kubernetes minor.
    assert container["image"].split(":")[-1].startswith(f"v{charts.props.kubernetes_version}.")


def test_autoscaler_gets_its_role_through_the_identity_mode(charts):
    pod = charts.one("Deployment", "cluster-autoscaler", "platform-system")["spec"]["template"]
    annotations = pod["metadata"].get("annotations") or {}
    role = charts.props.identities["cluster-autoscaler"].role_arn
    if charts.props.identity_mode == "kube2iam":
        assert annotations["iam.amazonaws.com/role"] == role
    else:
        assert "iam.amazonaws.com/role" not in annotations
    assert pod["spec"]["serviceAccountName"] == charts.props.identities["cluster-autoscaler"].service_account


def test_dcgm_exporter_can_start(dev_charts):
    """The image's entrypoint runs `ldconfig` under `set -e` before the exporter (it writes /etc/ld.so.cache), and
    the embedded DCGM host engine needs SYS_ADMIN (NVIDIA/dcgm-exporter 4.2.3-4.1.3, dcgm-exporter.yaml); everything
    else stays dropped."""
    pod = dev_charts.one("DaemonSet", "dcgm-exporter", "gpu-system")["spec"]["template"]["spec"]
    context = pod["containers"][0]["securityContext"]
    assert context["readOnlyRootFilesystem"] is False
    assert context["capabilities"] == {"drop": ["ALL"], "add": ["SYS_ADMIN"]}
    assert context["allowPrivilegeEscalation"] is False and context["runAsUser"] == 0


def test_dcgm_labels_gpus_with_their_node(dev_charts):
    """dcgm-exporter's `Hostname` label is $NODE_NAME, else the container's hostname: the exporter's pod name, which
    the GPU dashboards and the GpuIdle alert would show instead of the node (internal/pkg/hostname/hostname.go)."""
    env = {e["name"]: e for e in dev_charts.one("DaemonSet", "dcgm-exporter", "gpu-system")["spec"]["template"]["spec"]["containers"][0]["env"]}
    assert env["NODE_NAME"] == {"name": "NODE_NAME", "valueFrom": {"fieldRef": {"fieldPath": "spec.nodeName"}}}


def test_no_second_device_plugin_on_bottlerocket_nodes(dev_charts):
    """Bottlerocket NVIDIA AMIs run the device plugin on the host; the DaemonSet stays off their node groups, and
    is not shipped at all when every GPU group is Bottlerocket. DCGM still runs on every GPU node."""
    groups = dev_charts.props.gpu_node_groups
    bottlerocket = dataclasses.replace(groups[0], name="gpu-bottlerocket", ami_type="BOTTLEROCKET_x86_64_NVIDIA")
    mixed = synth_objects(dataclasses.replace(dev_charts.props, gpu_node_groups=(*groups, bottlerocket)))["gpu"]
    plugin = next(o for o in mixed if o["kind"] == "DaemonSet" and o["metadata"]["name"] == "nvidia-device-plugin")
    terms = plugin["spec"]["template"]["spec"]["affinity"]["nodeAffinity"]["requiredDuringSchedulingIgnoredDuringExecution"]["nodeSelectorTerms"]
    assert {"key": "ml-platform/node-group", "operator": "NotIn", "values": ["gpu-bottlerocket"]} in terms[0]["matchExpressions"]
    only = synth_objects(dataclasses.replace(dev_charts.props, gpu_node_groups=(bottlerocket,)))["gpu"]
    assert not [o for o in only if o["metadata"]["name"] == "nvidia-device-plugin"]
    assert [o for o in only if o["kind"] == "DaemonSet" and o["metadata"]["name"] == "dcgm-exporter"]
