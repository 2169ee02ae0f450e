"""Cluster config rules: each bad case is rejected naming the field and the bad value."""

from __future__ import annotations

import copy

import pytest
import yaml

from platform_config import ConfigError, parse_config
from platform_config.gpu_instances import GPU_INSTANCE_SPECS
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


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        # dev's old group: the autoscaler would size a scale-from-zero node as either type.
        ({"instance_types": ["g5.xlarge", "g5.2xlarge"], "capacity_type": "SPOT"},
         "cluster.gpu_node_groups[0]: instance_types=['g5.xlarge', 'g5.2xlarge'] mixes sizes "
         "(g5.xlarge: 4 vCPU/16 GiB/1 GPU, g5.2xlarge: 8 vCPU/32 GiB/1 GPU)"),
        ({"instance_types": ["g5.12xlarge", "g5.16xlarge"]}, "mixes sizes (g5.12xlarge: 48 vCPU/192 GiB/4 GPU"),
        ({"instance_types": ["gr6.8xlarge", "gr6.12xlarge"]}, "instance_types=['gr6.8xlarge', 'gr6.12xlarge']: the size of ['gr6.12xlarge'] is unknown"),
        ({"instance_types": ["g5.12xlarge"], "gpus_per_node": 1}, "gpus_per_node=1 but ['g5.12xlarge'] carry 4 GPUs per instance"),
        ({"instance_types": ["g5.2xlarge"], "efa": True}, "efa=True but ['g5.2xlarge'] support no Elastic Fabric Adapter"),
    ],
)
def test_gpu_group_size_and_efa_rules(change, expected):
    data = copy.deepcopy(_config("prod"))
    data["cluster"]["gpu_node_groups"][0].update(change)
    assert expected in _errors(data)


def test_same_size_types_are_accepted_and_efa_follows_the_instance_types():
    data = copy.deepcopy(_config("prod"))
    data["cluster"]["gpu_node_groups"][0].update({"instance_types": ["g5.2xlarge", "g6.2xlarge"], "capacity_type": "SPOT"})
    config = parse_config(data, source="ok.yaml")
    g5, p4d = config.cluster.gpu_node_groups
    assert g5.efa_interfaces == 0 and p4d.efa_interfaces == 4  # p4d.24xlarge: 4 network cards, one EFA each
    data["cluster"]["gpu_node_groups"][1]["efa"] = False
    assert parse_config(data, source="ok.yaml").cluster.gpu_node_groups[1].efa_interfaces == 0


def test_p5_4xlarge_takes_its_one_efa():
    # p5.4xlarge (1 H100) supports one EFA; without a row in the GPU table `efa: true` was refused.
    data = copy.deepcopy(_config("prod"))
    data["cluster"]["gpu_node_groups"][1].update({"instance_types": ["p5.4xlarge"], "gpus_per_node": 1, "efa": True})
    assert parse_config(data, source="ok.yaml").cluster.gpu_node_groups[1].efa_interfaces == 1


@pytest.mark.parametrize("env", ["dev", "staging", "prod"])
def test_shipped_gpu_groups_hold_one_size(env):
    config = parse_config(_config(env), source=f"{env}.yaml")
    assert config.cluster.container_log_retention_days in (14, 30, 90)
    for group in config.cluster.gpu_node_groups:
        assert len({GPU_INSTANCE_SPECS[t][:3] for t in group.instance_types}) == 1, group.instance_types
