"""The assembly: apply order (CRDs and namespaces before their users) and manifest sizes."""

from __future__ import annotations

import json

import pytest

from tests.support.k8s_gates import group_of, is_cluster_scoped

MAX_MANIFEST_BYTES = 200_000


def order_problems(by_chart: dict[str, list[dict]]) -> list[str]:
    """A chart using a custom kind or a namespace must come after the chart that ships it."""
    shipped_kind: dict[tuple[str, str], int] = {}
    shipped_ns: dict[str, int] = {}
    position = {name: i for i, name in enumerate(by_chart)}
    for name, objects in by_chart.items():
        for o in objects:
            if o["kind"] == "CustomResourceDefinition":
                shipped_kind.setdefault((o["spec"]["group"], o["spec"]["names"]["kind"]), position[name])
            if o["kind"] == "Namespace":
                shipped_ns.setdefault(o["metadata"]["name"], position[name])
    problems = []
    for name, objects in by_chart.items():
        for o in objects:
            key = (group_of(o["apiVersion"]), o["kind"])
            if key in shipped_kind and shipped_kind[key] >= position[name]:
                problems.append(f"{name}: {o['kind']} {o['metadata']['name']} is applied before (or with) its CRD")
            ns = o["metadata"].get("namespace")
            if ns in shipped_ns and shipped_ns[ns] > position[name]:
                problems.append(f"{name}: {o['kind']} {o['metadata']['name']} is applied before namespace {ns}")
    return problems


def test_crds_and_namespaces_come_before_their_users(charts):
    assert order_problems(charts.by_chart) == []


def test_order_gate_rejects_a_custom_resource_before_its_crd(dev_charts):
    reordered = dict(reversed(list(dev_charts.by_chart.items())))
    assert any("before (or with) its CRD" in p for p in order_problems(reordered))


def test_every_manifest_stays_under_the_embedded_size_limit(charts):
    sizes = {name: len(json.dumps(objects, separators=(",", ":"))) for name, objects in charts.by_chart.items()}
    assert max(sizes.values()) < MAX_MANIFEST_BYTES, sizes


def test_cluster_scoped_objects_carry_no_namespace(charts):
    assert [o["metadata"]["name"] for o in charts.objects if is_cluster_scoped(o) and o["metadata"].get("namespace")] == []


@pytest.mark.parametrize("variant_mode", ["pod-identity", "kube2iam"])
def test_kube2iam_chart_follows_the_identity_mode(variant_mode, dev_charts, dev_kube2iam_charts):
    charts = dev_charts if variant_mode == "pod-identity" else dev_kube2iam_charts
    assert ("kube2iam" in charts.by_chart) == (variant_mode == "kube2iam")
