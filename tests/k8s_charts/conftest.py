"""Chart fixtures: the platform's charts synthesized ONCE per shipped environment and identity mode.

Charts take plain props, so this needs no CDK synth: `props_from_config` fills in conventional names for
what the AWS stacks create. The delivery tests (tests/stacks) check the same charts inside CDK.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from k8s_charts.platform_charts import props_from_config, synth_objects
from k8s_charts.props import ClusterServicesProps
from tests.conftest import VARIANTS, shipped_config


@dataclass
class SynthesizedCharts:
    variant: str
    props: ClusterServicesProps
    by_chart: dict[str, list[dict]]

    @property
    def objects(self) -> list[dict]:
        return [o for objects in self.by_chart.values() for o in objects]

    def find(self, kind: str, name: str | None = None, namespace: str | None = None) -> list[dict]:
        return [
            o for o in self.objects
            if o["kind"] == kind and (name is None or o["metadata"]["name"] == name)
            and (namespace is None or o["metadata"].get("namespace") == namespace)
        ]

    def one(self, kind: str, name: str, namespace: str | None = None) -> dict:
        found = self.find(kind, name, namespace)
        assert len(found) == 1, f"expected one {kind} {namespace}/{name}, found {len(found)}"
        return found[0]


_CACHE: dict[str, SynthesizedCharts] = {}


def charts_for(variant: str) -> SynthesizedCharts:
    if variant not in _CACHE:
        props = props_from_config(shipped_config(variant))
        _CACHE[variant] = SynthesizedCharts(variant=variant, props=props, by_chart=synth_objects(props))
    return _CACHE[variant]


@pytest.fixture(scope="session", params=VARIANTS)
def charts(request: pytest.FixtureRequest) -> SynthesizedCharts:
    """Every shipped environment in both identity modes (tests using it run once per variant)."""
    return charts_for(request.param)


@pytest.fixture(scope="session")
def dev_charts() -> SynthesizedCharts:
    return charts_for("dev")


@pytest.fixture(scope="session")
def dev_kube2iam_charts() -> SynthesizedCharts:
    return charts_for("dev-kube2iam")


@pytest.fixture(scope="session")
def prod_charts() -> SynthesizedCharts:
    return charts_for("prod")
