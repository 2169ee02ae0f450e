"""The pipelines and login charts of every shipped environment in both identity modes, synthesized once,
plus stand-ins for what other charts own (the `kubeflow` and profile namespaces of issue-7a, the
Emissary CRDs of issue-5) so the gates can run on these charts alone."""

from __future__ import annotations

import dataclasses

import cdk8s
import pytest

from k8s_charts.base import PlatformChart
from k8s_charts.kubeflow.common import NAMESPACE
from k8s_charts.kubeflow.pipelines_common import crd
from k8s_charts.kubeflow.pipelines_install import SECTION, backing_ref_from_config
from k8s_charts.platform_charts import props_from_config, synth_objects
from tests.conftest import VARIANTS, shipped_config
from tests.k8s_charts.conftest import SynthesizedCharts

PROFILE = "team-vision"
# Services the routes name that issue-7a's charts ship (reference gate findings about them are expected here).
ISSUE_7A_SERVICES = ("centraldashboard", "jupyter-web-app-service", "katib-ui")


def stand_ins(kubernetes_version: str) -> list[dict]:
    """Objects owned by other charts, only as the gates need them: namespaces and open-schema CRDs."""
    app = cdk8s.App()
    chart = PlatformChart(app, "stand-ins", component="stand-ins", version="0", kubernetes_version=kubernetes_version)
    chart.platform_namespace(NAMESPACE)
    chart.platform_namespace(PROFILE, labels={"app.kubernetes.io/part-of": "kubeflow-profile"})
    chart.api("ServiceAccount-default-editor", api_version="v1", kind="ServiceAccount", name="default-editor", namespace=PROFILE)
    for group, version, kind, plural in (
        ("getambassador.io", "v3alpha1", "Mapping", "mappings"), ("getambassador.io", "v3alpha1", "AuthService", "authservices"),
    ):
        crd(chart, group=group, kind=kind, plural=plural, version=version)
    return chart.to_json()


_CACHE: dict[str, SynthesizedCharts] = {}


def pipelines_charts_for(variant: str) -> SynthesizedCharts:
    if variant not in _CACHE:
        config = shipped_config(variant)
        props = props_from_config(config)
        props = dataclasses.replace(props, sections={**props.sections, SECTION: backing_ref_from_config(config, profile_namespaces=(PROFILE,))})
        # Ours, plus the real cert-manager CRDs (issue-5) the cache webhook's Issuer/Certificate validate against.
        by_chart = {k: v for k, v in synth_objects(props).items() if k.startswith("kubeflow") or k == "cert-manager-crds"}
        by_chart["stand-ins"] = stand_ins(props.kubernetes_version)
        _CACHE[variant] = SynthesizedCharts(variant=variant, props=props, by_chart=by_chart)
    return _CACHE[variant]


@pytest.fixture(scope="session", params=VARIANTS)
def kfp(request: pytest.FixtureRequest) -> SynthesizedCharts:
    return pipelines_charts_for(request.param)


@pytest.fixture(scope="session")
def kfp_prod() -> SynthesizedCharts:
    return pipelines_charts_for("prod")


@pytest.fixture(scope="session")
def kfp_dev_kube2iam() -> SynthesizedCharts:
    return pipelines_charts_for("dev-kube2iam")
