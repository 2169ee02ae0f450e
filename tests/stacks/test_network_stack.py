"""Network stack: subnet tiers per AZ, NAT per config, endpoints behind a 443-from-VPC group, encrypted flow logs."""

from __future__ import annotations

from aws_cdk import aws_ec2 as ec2

from platform_constructs.platform_vpc import INTERNAL_ELB_TAG, PUBLIC_ELB_TAG, interface_endpoints
from tests.support.references import LOGS_KEY, logical_id, refers_to


def _tags(resource) -> dict[str, str]:
    return {t["Key"]: t["Value"] for t in resource["Properties"].get("Tags", [])}


def test_vpc_spans_the_configured_azs_with_three_tiers(shipped):
    config = shipped.config
    assert isinstance(shipped.stage.network.vpc, ec2.Vpc)  # an ec2.IVpc (a protocol, not isinstance-checkable)
    vpcs = shipped.resources("Network", "AWS::EC2::VPC")
    assert [v["Properties"]["CidrBlock"] for v in vpcs.values()] == [config.network.vpc_cidr]
    subnets = shipped.resources("Network", "AWS::EC2::Subnet").values()
    assert sorted({s["Properties"]["AvailabilityZone"] for s in subnets}) == sorted(config.availability_zones)
    kinds = [_tags(s)["aws-cdk:subnet-type"] for s in subnets]
    assert sorted(set(kinds)) == ["Isolated", "Private", "Public"]
    assert all(kinds.count(kind) == len(config.availability_zones) for kind in set(kinds))
    masks = {"Public": config.network.public_subnet_mask, "Private": config.network.private_subnet_mask,
             "Isolated": config.network.isolated_subnet_mask}
    for subnet in subnets:
        assert subnet["Properties"]["CidrBlock"].endswith(f"/{masks[_tags(subnet)['aws-cdk:subnet-type']]}")


def test_nat_gateways_follow_config(shipped):
    assert len(shipped.resources("Network", "AWS::EC2::NatGateway")) == shipped.config.network.nat_gateways


def test_public_subnets_assign_no_public_ips_and_carry_load_balancer_tags(shipped):
    for subnet in shipped.resources("Network", "AWS::EC2::Subnet").values():
        tags = _tags(subnet)
        kind = tags["aws-cdk:subnet-type"]
        assert subnet["Properties"].get("MapPublicIpOnLaunch") in (False, None)
        assert (tags.get(PUBLIC_ELB_TAG) == "1") is (kind == "Public")
        assert (tags.get(INTERNAL_ELB_TAG) == "1") is (kind == "Private")


def test_gateway_endpoints_for_s3_and_dynamodb(shipped):
    gateways = [
        e["Properties"]["ServiceName"] for e in shipped.resources("Network", "AWS::EC2::VPCEndpoint").values()
        if e["Properties"].get("VpcEndpointType") == "Gateway"
    ]
    rendered = str(gateways)
    assert len(gateways) == 2 and ".s3" in rendered and ".dynamodb" in rendered


def test_interface_endpoints_are_private_behind_the_restrictive_group(shipped):
    network = shipped.stage.network.platform_vpc
    sg_id = logical_id(network.endpoint_security_group)
    interfaces = [
        e["Properties"] for e in shipped.resources("Network", "AWS::EC2::VPCEndpoint").values()
        if e["Properties"].get("VpcEndpointType") == "Interface"
    ]
    assert len(interfaces) == len(interface_endpoints(shipped.config.network))
    names = " ".join(str(e["ServiceName"]) for e in interfaces)
    region = shipped.config.region
    for service in ("ecr.api", "ecr.dkr", "sts", "logs", "ec2", "elasticloadbalancing", "eks-auth", "ssm"):
        assert f"com.amazonaws.{region}.{service}" in names, service
    for endpoint in interfaces:
        assert endpoint["PrivateDnsEnabled"] is True
        assert all(refers_to(g, sg_id) for g in endpoint["SecurityGroupIds"])
    group = shipped.json("Network")["Resources"][sg_id]["Properties"]
    assert group["SecurityGroupIngress"] == [{
        "CidrIp": shipped.config.network.vpc_cidr, "Description": "HTTPS from the VPC",
        "FromPort": 443, "IpProtocol": "tcp", "ToPort": 443,
    }]
    # allow_all_outbound=False renders CDK's placeholder rule that matches no traffic.
    assert [r["CidrIp"] for r in group["SecurityGroupEgress"]] == ["255.255.255.255/32"]


def test_flow_logs_capture_all_traffic_into_a_logs_key_encrypted_group(shipped):
    flow_logs = list(shipped.resources("Network", "AWS::EC2::FlowLog").values())
    assert len(flow_logs) == 1
    flow_log = flow_logs[0]["Properties"]
    group_id = logical_id(shipped.stage.network.platform_vpc.flow_log_group)
    assert flow_log["TrafficType"] == "ALL" and flow_log["LogDestinationType"] == "cloud-watch-logs"
    assert refers_to(flow_log["LogGroupName"], group_id)
    group = shipped.json("Network")["Resources"][group_id]
    assert group["Properties"]["RetentionInDays"] == shipped.config.network.flow_log_retention_days
    assert refers_to(group["Properties"]["KmsKeyId"], LOGS_KEY)


def test_default_security_group_is_stripped(shipped):
    restrict = [r for r in shipped.json("Network")["Resources"].values() if r["Type"] == "Custom::VpcRestrictDefaultSG"]
    assert len(restrict) == 1
