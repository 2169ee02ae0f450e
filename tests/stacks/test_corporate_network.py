"""Corporate network: every peer CIDR is routed from every private subnet and admitted to the API endpoint and the gateway."""

from __future__ import annotations

import aws_cdk as cdk
import pytest
from aws_cdk import assertions

from platform_config.network import CorporateAccessConfig, NetworkConfig
from platform_constructs.platform_vpc import PlatformVpc
from tests.support.references import logical_id, refers_to
from tests.support.role_statements import actions_of, role_statements


def _private_route_tables(template: dict) -> set[str]:
    """Logical IDs of the route tables of the "Private" subnet group."""
    resources = template["Resources"]
    tables = set()
    for association in (r for r in resources.values() if r["Type"] == "AWS::EC2::SubnetRouteTableAssociation"):
        subnet = resources[association["Properties"]["SubnetId"]["Ref"]]
        tags = {t["Key"]: t["Value"] for t in subnet["Properties"].get("Tags", [])}
        if tags.get("aws-cdk:subnet-name") == "Private":
            tables.add(association["Properties"]["RouteTableId"]["Ref"])
    return tables


def test_every_peer_cidr_is_routed_from_every_private_subnet(shipped):
    network = shipped.config.network
    template = shipped.json("Network")
    routes = [r["Properties"] for r in template["Resources"].values() if r["Type"] == "AWS::EC2::Route"]
    tables = _private_route_tables(template)
    assert len(tables) == len(shipped.config.availability_zones)
    access = shipped.stage.network.platform_vpc.corporate_access
    assert (access is None) is (not network.peer_cidrs)
    for cidr in network.peer_cidrs:
        to_peer = [r for r in routes if r.get("DestinationCidrBlock") == cidr]
        assert {r["RouteTableId"]["Ref"] for r in to_peer} == tables, cidr
        for route in to_peer:
            if network.corporate_access.transit_gateway_id:
                assert route["TransitGatewayId"] == network.corporate_access.transit_gateway_id
            else:
                assert refers_to(route["GatewayId"], logical_id(access.node.find_child("VirtualPrivateGateway")))
    # Only the peers leave through the corporate gateway: no default route to it.
    assert not [r for r in routes if ("TransitGatewayId" in r or "GatewayId" in r and "VirtualPrivateGateway" in str(r))
                and r.get("DestinationCidrBlock") not in network.peer_cidrs]


def test_routes_wait_for_the_gateway_attachment(shipped):
    access = shipped.stage.network.platform_vpc.corporate_access
    if access is None:
        pytest.skip(f"{shipped.config.environment} routes no corporate network")
    attachment = logical_id(access.attachment)
    for resource in shipped.json("Network")["Resources"].values():
        if resource["Type"] == "AWS::EC2::Route" and "DestinationCidrBlock" in resource["Properties"] \
                and resource["Properties"]["DestinationCidrBlock"] in shipped.config.network.peer_cidrs:
            assert attachment in resource["DependsOn"]


def test_transit_gateway_attachment_spans_the_private_subnets(prod):
    attachments = list(prod.resources("Network", "AWS::EC2::TransitGatewayAttachment").values())
    assert len(attachments) == 1
    props = attachments[0]["Properties"]
    assert props["TransitGatewayId"] == prod.config.network.corporate_access.transit_gateway_id
    private = {logical_id(s) for s in prod.stage.network.platform_vpc.private_subnets}
    assert {s["Ref"] for s in props["SubnetIds"]} == private


def test_cluster_endpoint_admits_every_peer_on_443(shipped):
    cluster = shipped.stage.cluster.platform_cluster.cluster
    cluster_id = logical_id(cluster)
    rules = [r["Properties"] for r in shipped.resources("Cluster", "AWS::EC2::SecurityGroupIngress").values()]
    for cidr in shipped.config.network.peer_cidrs:
        matching = [r for r in rules if r.get("CidrIp") == cidr]
        assert len(matching) == 1, cidr
        rule = matching[0]
        assert (rule["IpProtocol"], rule["FromPort"], rule["ToPort"]) == ("tcp", 443, 443)
        assert rule["GroupId"] == {"Fn::GetAtt": [cluster_id, "ClusterSecurityGroupId"]}
    # No CIDR other than the peers reaches the cluster security group.
    assert {r["CidrIp"] for r in rules if "CidrIp" in r} == set(shipped.config.network.peer_cidrs)


def test_virtual_private_gateway_variant():
    """A VGW with the configured ASN is attached, and routes target it (on a tiny app, no platform synth)."""
    from aws_cdk import aws_kms as kms

    stack = cdk.Stack(cdk.App(), "S", env=cdk.Environment(account="111111111111", region="eu-west-1"))
    network = NetworkConfig(peer_cidrs=("10.0.0.0/16", "192.168.0.0/24"),
                            corporate_access=CorporateAccessConfig(virtual_private_gateway_asn=64600))
    PlatformVpc(stack, "Net", network=network, logs_key=kms.Key(stack, "K"), removal_policy=cdk.RemovalPolicy.DESTROY)
    template = assertions.Template.from_stack(stack)
    template.has_resource_properties("AWS::EC2::VPNGateway", {"AmazonSideAsn": 64600, "Type": "ipsec.1"})
    template.resource_count_is("AWS::EC2::VPCGatewayAttachment", 2)  # the internet gateway's and the VGW's
    azs = len(stack.availability_zones)
    routes = template.find_resources("AWS::EC2::Route", {"Properties": {"GatewayId": {"Ref": assertions.Match.string_like_regexp("VirtualPrivateGateway")}}})
    assert len(routes) == 2 * azs


def test_external_dns_role_may_change_only_the_gateway_zone(shipped):
    """The Route 53 scope: record changes on the one zone ARN; only ListHostedZones (unscopable) on '*'."""
    zone = shipped.config.platform_services.gateway.hosted_zone_id
    identity = shipped.stage.cluster.identities["external-dns"]
    role_id = logical_id(identity.role)
    statements = role_statements(shipped.json("Cluster")["Resources"], role_id)
    assert statements
    by_action = {}
    for statement in statements:
        actions = actions_of(statement)
        resources = [statement["Resource"]] if not isinstance(statement["Resource"], list) else statement["Resource"]
        for action in actions:
            by_action.setdefault(action, []).extend(resources)
    zone_arn = f"arn:aws:route53:::hostedzone/{zone}"
    assert by_action == {
        "route53:ChangeResourceRecordSets": [zone_arn],
        "route53:ListResourceRecordSets": [zone_arn],
        "route53:ListHostedZones": ["*"],
    }


def test_login_callback_is_on_the_managed_hostname(shipped):
    """The Cognito app client's callback is https://<gateway hostname>/oauth2/callback: the record ExternalDNS writes."""
    if not shipped.config.login.enabled:
        pytest.skip("no login in this environment")
    clients = [r["Properties"] for r in shipped.resources("KubeflowBacking", "AWS::Cognito::UserPoolClient").values()
               if r["Properties"].get("CallbackURLs")]
    hostname = shipped.config.platform_services.gateway.hostname
    assert clients and all(c["CallbackURLs"] == [f"https://{hostname}/oauth2/callback"] for c in clients)
