"""Cluster config rules: each bad case is rejected naming the field and the bad value."""

from __future__ import annotations

import copy

import pytest
import yaml

from platform_config import ConfigError, parse_config
from tests.support.synth import ROOT


def _config(env: str) -> dict:
    return yaml.safe_load((ROOT / "config" / f"{env}.yaml").read_text())


def _errors(data: dict) -> str:
    with pytest.raises(ConfigError) as info:
        parse_config(data, source="bad.yaml")
    return str(info.value)


def test_prod_public_endpoint_without_cidrs_is_rejected():
    data = _config("prod")
    data["cluster"]["endpoint_public_access"] = True
    report = _errors(data)
    assert "cluster: endpoint_public_access=true needs public_access_cidrs" in report


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"gpu_model": "NVIDIA A100"}, "cluster.gpu_node_groups[0].gpu_model: String should match pattern"),
        ({"gpu_model": "-a100"}, "cluster.gpu_node_groups[0].gpu_model: String should match pattern"),
        ({"instance_types": ["c6i.4xlarge"]}, "cluster.gpu_node_groups[0].instance_types: 'c6i.4xlarge' is not a GPU instance family"),
        ({"min_size": 3, "desired_size": 0, "max_size": 2}, "min_size=3, desired_size=0, max_size=2"),
    ],
)
def test_gpu_group_rules(change, expected):
    data = copy.deepcopy(_config("prod"))
    data["cluster"]["gpu_node_groups"][0].update(change)
    assert expected in _errors(data)


def test_unsupported_kubernetes_version_names_the_field():
    data = _config("staging")
    data["cluster"]["kubernetes_version"] = "1.33"
    assert "cluster.kubernetes_version: '1.33' is not supported (one of 1.34, 1.35, 1.36)" in _errors(data)
