"""Delivery of the charts: grouping into stacks within the size limits, apply order kept."""

from __future__ import annotations

import cdk8s
import pytest

from k8s_charts.base import PlatformChart
from stacks.platform_services_stack import MAX_MANIFEST_BYTES, manifest_bytes, partition_charts


def _chart(app: cdk8s.App, name: str, size: int) -> PlatformChart:
    chart = PlatformChart(app, name, component=name, version="1", kubernetes_version="1.35")
    chart.config_map(name, namespace="n", data={"blob": "x" * size})
    return chart


def test_charts_are_grouped_in_order_within_the_budget():
    app = cdk8s.App()
    charts = [_chart(app, f"c{i}", 40_000) for i in range(5)]
    groups = partition_charts(charts, budget=100_000)
    assert [[c.node.id for c in g] for g in groups] == [["c0", "c1"], ["c2", "c3"], ["c4"]]
    assert all(sum(manifest_bytes(c) for c in g) <= 100_000 for g in groups)


def test_a_chart_over_the_manifest_limit_is_refused():
    app = cdk8s.App()
    with pytest.raises(ValueError, match=f"chart 'huge' is .* bytes; split it below {MAX_MANIFEST_BYTES}"):
        partition_charts([_chart(app, "huge", MAX_MANIFEST_BYTES)])
