"""The serving charts of every shipped environment, synthesized once per session in both identity modes."""

from __future__ import annotations

import pytest

from tests.conftest import VARIANTS, shipped_config
from tests.k8s_charts.seldon.support import props_for, synth


@pytest.fixture(scope="session")
def serving_cache() -> dict:
    return {}


def _get(cache: dict, variant: str):
    if variant not in cache:
        config = shipped_config(variant)
        props = props_for(config)
        charts, objects = synth(props)
        cache[variant] = (config, props, charts, objects)
    return cache[variant]


@pytest.fixture(scope="session", params=VARIANTS)
def serving(request, serving_cache):
    """(config, props, charts, objects) of one shipped environment/identity-mode variant."""
    return _get(serving_cache, request.param)


@pytest.fixture(scope="session", params=("dev", "dev-kube2iam"))
def dev_serving(request, serving_cache):
    """The dev environment (it ships the example model and batch job), in both identity modes."""
    return _get(serving_cache, request.param)
