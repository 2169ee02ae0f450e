"""Every config rule rejects its bad case, naming the field and the bad value; shipped files parse."""

from __future__ import annotations

import copy

import pytest
import yaml

from platform_config import ConfigError, load_config, parse_config
from tests.conftest import SHIPPED_ENVS
from tests.support.synth import ROOT


def _prod() -> dict:
    return yaml.safe_load((ROOT / "config" / "prod.yaml").read_text())


def _errors(data: dict) -> str:
    with pytest.raises(ConfigError) as info:
        parse_config(data, source="bad.yaml")
    return str(info.value)


@pytest.mark.parametrize("env", SHIPPED_ENVS)
def test_shipped_configs_parse(env):
    config = load_config(ROOT / "config" / f"{env}.yaml")
    assert config.environment == env
    assert len(config.availability_zones) == 3


def test_environments_differ_where_real_environments_differ():
    dev, prod = (load_config(ROOT / "config" / f"{e}.yaml") for e in ("dev", "prod"))
    assert dev.removal_policy == "destroy" and prod.removal_policy == "retain"
    assert dev.network.nat_gateways == 1 and prod.network.nat_gateways == 3
    assert prod.audit.log_retention_days > dev.audit.log_retention_days
    assert dev.cluster.endpoint_public_access and not prod.cluster.endpoint_public_access
    assert prod.cluster.system_node_group.max_size > dev.cluster.system_node_group.max_size


def _set(data: dict, path: str, value) -> dict:
    data = copy.deepcopy(data)
    node = data
    keys = path.split(".")
    for key in keys[:-1]:
        node = node[int(key)] if isinstance(node, list) else node.setdefault(key, {})
    last = keys[-1]
    if isinstance(node, list):
        node[int(last)] = value
    else:
        node[last] = value
    return data


@pytest.mark.parametrize(
    ("path", "value", "expected"),
    [
        ("account", "12345", "account: String should match pattern"),
        ("region", "Europe", "region: String should match pattern"),
        ("availability_zones", ["eu-west-1a", "eu-west-1a", "eu-west-1b"], "availability zones repeat"),
        ("availability_zones", ["us-east-1a", "us-east-1b", "us-east-1c"], "are not zones of region 'eu-west-1'"),
        ("removal_policy", "destroy", "removal_policy='destroy' is only allowed for tier 'dev'"),
        ("network.vpc_cidr", "10.0.0.1/16", "network.vpc_cidr: '10.0.0.1/16' is not a valid CIDR block"),
        ("network.vpc_cidr", "10.0.0.0/8", "network.vpc_cidr: '10.0.0.0/8' must be an IPv4 block between /16 and /20"),
        ("network.vpc_cidr", "8.8.0.0/16", "is not an RFC 1918 private range"),
        ("network.nat_gateways", 1, "network.nat_gateways=1: prod needs one NAT gateway per AZ"),
        ("network.nat_gateways", 5, "network.nat_gateways=5 exceeds the 3 availability zones"),
        ("network.flow_log_retention_days", 10, "network.flow_log_retention_days: 10 is not a retention CloudWatch Logs accepts"),
        ("audit.log_retention_days", 100, "audit.log_retention_days: 100 is not a retention"),
        ("audit.alarm_emails", ["not-an-email"], "audit.alarm_emails[0]: String should match pattern"),
        ("data.collected_data_bucket_arn", None, "data.collected_data_bucket_arn is required outside dev"),
        ("cluster.kubernetes_version", "1.29", "cluster.kubernetes_version: '1.29' is not supported"),
        ("cluster.endpoint_public_access", True, "endpoint_public_access=true needs public_access_cidrs"),
        ("cluster.public_access_cidrs", ["10.0.0.0/8"], "public_access_cidrs=['10.0.0.0/8'] is set but endpoint_public_access=false"),
        ("cluster.workload_identity", "irsa", "cluster.workload_identity: Input should be 'pod-identity' or 'kube2iam'"),
        ("cluster.system_node_group.instance_types", ["g5.xlarge"], "'g5.xlarge' is a GPU instance"),
        ("cluster.system_node_group.min_size", 7, "min_size <= desired_size <= max_size, got min_size=7, desired_size=3, max_size=9"),
        ("cluster.gpu_node_groups.0.instance_types", ["m5.large"], "cluster.gpu_node_groups[0].instance_types: 'm5.large' is not a GPU instance family"),
        ("cluster.gpu_node_groups.0.instance_types", ["g5"], "'g5' is not an EC2 instance type"),
        ("cluster.gpu_node_groups.0.min_size", 9, "cluster.gpu_node_groups[0]: sizes must satisfy min_size <= desired_size <= max_size"),
        ("cluster.gpu_node_groups.0.capacity_type", "SPOT", "capacity_type='SPOT' needs at least two instance_types"),
        ("cluster.gpu_node_groups.0.ami_type", "AL2023_x86_64_STANDARD", "cluster.gpu_node_groups[0].ami_type: Input should be"),
        ("cluster.gpu_node_groups.1.name", "gpu-g5", "gpu_node_groups names must be unique, repeated: ['gpu-g5']"),
        ("cluster.colour", "blue", "cluster.colour: unknown key (value 'blue')"),
    ],
)
def test_rule_rejects_bad_value_with_field_named(path, value, expected):
    assert expected in _errors(_set(_prod(), path, value))


def test_public_endpoint_open_to_world_is_rejected():
    data = _set(_set(_prod(), "cluster.endpoint_public_access", True), "cluster.public_access_cidrs", ["0.0.0.0/0"])
    assert "public_access_cidrs contains '0.0.0.0/0'" in _errors(data)


def test_every_error_is_reported_at_once():
    data = _set(_set(_set(_prod(), "account", "x"), "network.vpc_cidr", "nope"), "audit.log_retention_days", 2)
    report = _errors(data)
    assert report.startswith("bad.yaml: 3 configuration errors")
    for field in ("account", "network.vpc_cidr", "audit.log_retention_days"):
        assert f"  - {field}:" in report


def test_missing_file_and_bad_yaml_are_config_errors(tmp_path):
    with pytest.raises(ConfigError, match="no such file"):
        load_config(tmp_path / "nope.yaml")
    broken = tmp_path / "broken.yaml"
    broken.write_text("environment: [dev\n")
    with pytest.raises(ConfigError, match="not valid YAML"):
        load_config(broken)
    listing = tmp_path / "list.yaml"
    listing.write_text("- a\n")
    with pytest.raises(ConfigError, match="must hold a mapping"):
        load_config(listing)


def test_models_are_frozen():
    config = load_config(ROOT / "config" / "dev.yaml")
    with pytest.raises(Exception, match="frozen"):
        config.region = "us-east-1"  # type: ignore[misc]
