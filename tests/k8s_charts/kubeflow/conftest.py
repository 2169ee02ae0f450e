"""Kubeflow charts rendered once per shipped environment and identity mode (cdk8s only: fast, no CDK synth)."""

from __future__ import annotations

import pytest

from tests.conftest import VARIANTS, shipped_config
from tests.k8s_charts.kubeflow.kube import Rendered, render

_CACHE: dict[str, Rendered] = {}


def rendered(variant: str) -> Rendered:
    if variant not in _CACHE:
        _CACHE[variant] = render(shipped_config(variant))
    return _CACHE[variant]


@pytest.fixture(params=VARIANTS)
def kf(request: pytest.FixtureRequest) -> Rendered:
    """The Kubeflow charts of every shipped environment in both identity modes (examples included)."""
    return rendered(request.param)


@pytest.fixture
def kf_prod() -> Rendered:
    return rendered("prod")


@pytest.fixture
def kf_prod_kube2iam() -> Rendered:
    return rendered("prod-kube2iam")
