"""Session fixtures: each shipped environment is synthesized exactly once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

from platform_config import PlatformConfig, load_config
from tests.support.synth import ROOT, Synthesized, synthesize

SHIPPED_ENVS = ("dev", "staging", "prod")
# Every shipped environment in both workload-identity modes: "<env>" as shipped, "<env>-kube2iam" switched.
VARIANTS = SHIPPED_ENVS + tuple(f"{env}-kube2iam" for env in SHIPPED_ENVS)


def shipped_config(variant: str) -> PlatformConfig:
    """The shipped config of `dev`, or `dev-kube2iam`: the same with `cluster.workload_identity: kube2iam`."""
    env, _, mode = variant.partition("-")
    config = load_config(ROOT / "config" / f"{env}.yaml")
    if mode:
        cluster = config.cluster.model_copy(update={"workload_identity": mode})
        config = config.model_copy(update={"cluster": cluster})
    return config


@pytest.fixture(scope="session")
def synth_cache(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Synthesized]:
    return {}


def _synth(cache: dict[str, Synthesized], key: str, config: PlatformConfig, tmp: pytest.TempPathFactory) -> Synthesized:
    if key not in cache:
        cache[key] = synthesize(config, Path(tmp.mktemp(f"cdk-{key}")))
    return cache[key]


@pytest.fixture(scope="session", params=VARIANTS)
def shipped(request: pytest.FixtureRequest, synth_cache, tmp_path_factory) -> Synthesized:
    """Every shipped environment in both identity modes, one at a time (tests using it run per variant)."""
    return _synth(synth_cache, request.param, shipped_config(request.param), tmp_path_factory)


@pytest.fixture(scope="session")
def dev(synth_cache, tmp_path_factory) -> Synthesized:
    return _synth(synth_cache, "dev", shipped_config("dev"), tmp_path_factory)


@pytest.fixture(scope="session")
def prod(synth_cache, tmp_path_factory) -> Synthesized:
    return _synth(synth_cache, "prod", shipped_config("prod"), tmp_path_factory)


@pytest.fixture(scope="session")
def pipeline(tmp_path_factory):
    """The pipeline app from config/pipeline.yaml (all its environments), synthesized once per session."""
    from platform_config import load_pipeline
    from tests.support.synth import synthesize_pipeline

    pipeline_config, configs, identity_center = load_pipeline()
    return synthesize_pipeline(pipeline_config, configs, identity_center, Path(tmp_path_factory.mktemp("cdk-pipeline")))


@pytest.fixture(scope="session")
def identity_center(tmp_path_factory) -> Synthesized:
    """The identity stage alone from config/identity.yaml (`cdk synth -c identity=true`), synthesized once per session."""
    from platform_config import load_identity_center
    from tests.support.synth import synthesize_identity_center

    config, environments = load_identity_center()
    return synthesize_identity_center(config, environments, Path(tmp_path_factory.mktemp("cdk-identity")))
