"""Delivery of the charts: grouping into stacks within the size limits, apply order kept."""

from __future__ import annotations

import json

import cdk8s
import pytest

from k8s_charts.base import PlatformChart
from stacks.platform_services_stack import MAX_MANIFEST_BYTES, manifest_bytes, partition_charts
from tests.support.references import data_key_arn_reference


def _chart(app: cdk8s.App, name: str, size: int) -> PlatformChart:
    chart = PlatformChart(app, name, component=name, version="1", kubernetes_version="1.35")
    chart.config_map(name, namespace="n", data={"blob": "x" * size})
    return chart


def test_charts_are_grouped_by_their_fixed_delivery_stack_in_order():
    app = cdk8s.App()
    charts = [_chart(app, f"c{i}", 40_000) for i in range(5)]
    group_of = {"c0": "A", "c1": "A", "c2": "B", "c3": "B", "c4": "C"}.get
    groups = partition_charts(charts, group_of=group_of, budget=100_000)
    assert [(stack, [c.node.id for c in g]) for stack, g in groups] == [("A", ["c0", "c1"]), ("B", ["c2", "c3"]), ("C", ["c4"])]
    # A chart's stack does not depend on the other charts: without c1 and c3, c2 and c4 stay where they were.
    fewer = partition_charts([charts[0], charts[2], charts[4]], group_of=group_of, budget=100_000)
    assert [(stack, [c.node.id for c in g]) for stack, g in fewer] == [("A", ["c0"]), ("B", ["c2"]), ("C", ["c4"])]


def test_a_group_over_its_budget_is_refused_not_moved():
    app = cdk8s.App()
    charts = [_chart(app, f"c{i}", 40_000) for i in range(3)]
    with pytest.raises(ValueError, match="delivery stack 'A' holds .* bytes of manifests .* over its budget of 100000"):
        partition_charts(charts, group_of=lambda _: "A", budget=100_000)


def test_a_delivery_stack_keeps_its_charts_consecutive():
    app = cdk8s.App()
    charts = [_chart(app, f"c{i}", 1_000) for i in range(3)]
    with pytest.raises(ValueError, match="chart 'c2' belongs to delivery stack 'A', which an earlier group already closed"):
        partition_charts(charts, group_of={"c0": "A", "c1": "B", "c2": "A"}.get)


def test_a_chart_over_the_manifest_limit_is_refused():
    app = cdk8s.App()
    with pytest.raises(ValueError, match=f"chart 'huge' is .* bytes; split it below {MAX_MANIFEST_BYTES}"):
        partition_charts([_chart(app, "huge", MAX_MANIFEST_BYTES)], group_of=lambda _: "A")


def test_every_chart_has_a_fixed_delivery_stack():
    from k8s_charts.platform_charts import CHART_FACTORIES, DELIVERY_GROUPS, delivery_group

    assert CHART_FACTORIES[0][0] == DELIVERY_GROUPS[0][1]
    stacks = [delivery_group(chart_id) for chart_id, _ in CHART_FACTORIES]
    assert stacks == sorted(stacks, key=[name for name, _ in DELIVERY_GROUPS].index)
    assert delivery_group("kubeflow-profiles") == "PlatformServicesKubeflow"
    with pytest.raises(ValueError, match="not in CHART_FACTORIES"):
        delivery_group("no-such-chart")


# ----------------------------------------------------------------------------- on the synthesized stage

MANIFEST_TYPE = "Custom::AWSCDK-EKS-KubernetesResource"


def _platform_stacks(synth) -> list[str]:
    return [s for s in synth.template_paths if s.startswith("PlatformServices")]


def _manifests(synth) -> dict[str, dict]:
    out = {}
    for stack in _platform_stacks(synth):
        out.update(synth.resources(stack, MANIFEST_TYPE))
    return out


def test_every_chart_is_delivered_in_order_within_limits(shipped):
    from k8s_charts.platform_charts import build_platform_charts

    manifests = _manifests(shipped)
    expected = [c.node.id for c in build_platform_charts(cdk8s.App(), props=shipped.stage.cluster_services_props)]
    delivered = [m.node.id for s in shipped.stage.platform_services for m in s.manifests.values()]
    assert delivered == [f"{''.join(p.capitalize() for p in c.split('-'))}Manifest" for c in expected]
    for logical_id, resource in manifests.items():
        assert len(json.dumps(resource["Properties"]["Manifest"])) < MAX_MANIFEST_BYTES, logical_id
    # Each manifest waits for the previous one: a chain, so CRDs and namespaces exist first. The first manifest
    # of a later delivery stack waits through the stack dependency on the one before it.
    stacks = shipped.stage.platform_services
    chained = [r for r in manifests.values() if r.get("DependsOn")]
    assert len(chained) == len(manifests) - len(stacks)
    for before, after in zip(stacks, stacks[1:]):
        assert before in after.dependencies


def test_delivery_stacks_wait_for_the_cluster(shipped):
    for stack in shipped.stage.platform_services:
        assert shipped.stage.cluster in stack.dependencies


def test_fsx_volume_points_at_the_data_stacks_file_system(shipped):
    storage = next(r for r in _manifests(shipped).values() if "fsx.csi.aws.com" in json.dumps(r["Properties"]["Manifest"]))
    parts = json.dumps(storage["Properties"]["Manifest"])
    assert "TrainingDataFileSystem" in parts and "LustreMountName" in parts
    assert '\\"volumeHandle\\":\\"' in parts and '\\"dnsname\\":\\"' in parts


def test_gp3_storage_class_is_encrypted_with_the_security_stacks_data_key(shipped):
    """kmsKeyId is the data key's ARN, read from the Security stack at deploy time (no key ID exists before)."""
    from aws_cdk.assertions import Match

    stack = shipped.stage.platform_services[0].node.id
    template = shipped.template(stack)
    reference = data_key_arn_reference(shipped)
    template.has_resource_properties(MANIFEST_TYPE, {"Manifest": {"Fn::Join": ["", Match.array_with([
        Match.string_like_regexp(r'"kind":"StorageClass",.*"name":"gp3-encrypted".*"kmsKeyId":"$'), reference,
    ])]}})


def test_kube2iam_is_delivered_only_in_kube2iam_mode(shipped):
    names = {m.node.id for s in shipped.stage.platform_services for m in s.manifests.values()}
    assert ("Kube2iamManifest" in names) == (shipped.config.cluster.workload_identity == "kube2iam")


def test_identities_of_the_cluster_stack_match_the_charts(shipped):
    props = shipped.stage.cluster_services_props
    for component in ("aws-load-balancer-controller", "cluster-autoscaler", "monitoring-metrics-export"):
        identity = shipped.stage.cluster.identities[component]
        assert (props.identities[component].namespace, props.identities[component].service_account) == \
            (identity.namespace, identity.service_account)


def test_charts_name_the_cluster_stacks_roles_literally(shipped):
    """Fixed role names give literal ARNs: kube2iam annotations and dist/ need no deploy-time value."""
    props = shipped.stage.cluster_services_props
    for name, identity in shipped.stage.cluster.identities.items():
        if identity.addon is None:
            role_name = identity.role.node.default_child.role_name
            assert props.identities[name].role_arn == f"arn:aws:iam::{shipped.config.account}:role/{role_name}"
