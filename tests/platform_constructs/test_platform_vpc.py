"""The config's subnet plan agrees with how CDK allocates subnets (proven on a tiny app, no platform synth)."""

from __future__ import annotations

import aws_cdk as cdk
import pytest
from aws_cdk import aws_ec2 as ec2

from platform_config.network import NetworkConfig

AZS = ["eu-west-1a", "eu-west-1b", "eu-west-1c"]


def _cdk_allocates(network: NetworkConfig) -> bool:
    stack = cdk.Stack(cdk.App(), "S", env=cdk.Environment(account="111111111111", region="eu-west-1"))
    try:
        ec2.Vpc(
            stack, "Vpc", ip_addresses=ec2.IpAddresses.cidr(network.vpc_cidr), availability_zones=AZS,
            subnet_configuration=[
                ec2.SubnetConfiguration(name="Public", subnet_type=ec2.SubnetType.PUBLIC, cidr_mask=network.public_subnet_mask),
                ec2.SubnetConfiguration(name="Private", subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS, cidr_mask=network.private_subnet_mask),
                ec2.SubnetConfiguration(name="Isolated", subnet_type=ec2.SubnetType.PRIVATE_ISOLATED, cidr_mask=network.isolated_subnet_mask),
            ],
        )
    except RuntimeError as exc:
        assert "exceeds remaining space" in str(exc)
        return False
    return True


@pytest.mark.parametrize(("cidr", "private_mask"), [("10.42.0.0/16", 18), ("10.42.0.0/16", 19), ("10.42.0.0/20", 22), ("10.42.0.0/20", 23)])
def test_subnet_rule_matches_cdk_allocation(cidr, private_mask):
    network = NetworkConfig(vpc_cidr=cidr, private_subnet_mask=private_mask, public_subnet_mask=26, isolated_subnet_mask=26)
    assert (network.subnet_problems(len(AZS)) == []) is _cdk_allocates(network)
