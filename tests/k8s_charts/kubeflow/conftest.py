"""The Kubeflow charts as the platform builds them (`build_platform_charts`), once per shipped environment and
identity mode: the session cache of tests/k8s_charts/conftest.py, viewed with the config that produced it."""

from __future__ import annotations

import pytest

from tests.conftest import VARIANTS, shipped_config
from tests.k8s_charts.conftest import charts_for
from tests.k8s_charts.kubeflow.kube import Rendered


def rendered(variant: str) -> Rendered:
    return Rendered(config=shipped_config(variant), by_chart=charts_for(variant).by_chart)


@pytest.fixture(params=VARIANTS)
def kf(request: pytest.FixtureRequest) -> Rendered:
    """Every shipped environment in both identity modes."""
    return rendered(request.param)


@pytest.fixture
def kf_dev() -> Rendered:
    """dev ships the worked examples (TFJob, MPIJob, Katib experiment)."""
    return rendered("dev")


@pytest.fixture
def kf_prod() -> Rendered:
    return rendered("prod")


@pytest.fixture
def kf_prod_kube2iam() -> Rendered:
    return rendered("prod-kube2iam")


# --- the pipelines and login charts -----------------------------------------------------------------

PIPELINES_CHART_PREFIXES = ("kubeflow-pipelines", "kubeflow-sso-login", "kubeflow-routes")


def pipelines_charts_for(variant: str):
    """The platform's charts of `variant` (pipelines + login included); see `pipelines_objects` for ours alone."""
    return charts_for(variant)


def pipelines_objects(charts) -> list[dict]:
    return [o for chart, objects in charts.by_chart.items() if chart.startswith(PIPELINES_CHART_PREFIXES) for o in objects]


def first_profile(charts) -> str:
    return shipped_config(charts.variant).kubeflow.profiles[0].name


@pytest.fixture(scope="session", params=VARIANTS)
def kfp(request: pytest.FixtureRequest):
    return pipelines_charts_for(request.param)


@pytest.fixture(scope="session")
def kfp_prod():
    return pipelines_charts_for("prod")
