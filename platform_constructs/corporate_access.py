"""Routes from the VPC's private subnets to the corporate networks, through a Transit Gateway or a virtual private gateway."""

from __future__ import annotations

from collections.abc import Sequence

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from constructs import Construct

from platform_config.network import CorporateAccessConfig


class CorporateAccess(Construct):
    """Attaches the VPC to the corporate side and routes every peer CIDR from each of `subnets`.

    Transit Gateway: an attachment in `subnets` (one ENI per AZ) to an existing gateway; a gateway in another
    account is shared through RAM and may need the attachment accepted there (auto-accept off).
    https://docs.aws.amazon.com/vpc/latest/tgw/tgw-vpc-attachments.html
    Virtual private gateway: created and attached here; the Site-to-Site VPN or Direct Connect virtual
    interface that terminates on it is the network team's. https://docs.aws.amazon.com/vpn/latest/s2svpn/how_it_works.html
    Routes are explicit (not propagated) so a review of the template shows exactly what is reachable.
    """

    def __init__(
        self,
        scope: Construct,
        construct_id: str,
        *,
        vpc: ec2.IVpc,
        subnets: Sequence[ec2.ISubnet],
        peer_cidrs: Sequence[str],
        access: CorporateAccessConfig,
    ) -> None:
        super().__init__(scope, construct_id)
        self.routes: list[ec2.CfnRoute] = []
        target: dict[str, str]
        if access.transit_gateway_id:
            self.attachment: cdk.CfnResource = ec2.CfnTransitGatewayAttachment(
                self, "TransitGatewayAttachment",
                transit_gateway_id=access.transit_gateway_id,
                vpc_id=vpc.vpc_id,
                subnet_ids=[s.subnet_id for s in subnets],
            )
            target = {"transit_gateway_id": access.transit_gateway_id}
        else:
            gateway = ec2.CfnVPNGateway(self, "VirtualPrivateGateway", type="ipsec.1",
                                        amazon_side_asn=access.virtual_private_gateway_asn)
            self.attachment = ec2.CfnVPCGatewayAttachment(self, "VirtualPrivateGatewayAttachment",
                                                           vpc_id=vpc.vpc_id, vpn_gateway_id=gateway.ref)
            target = {"gateway_id": gateway.ref}
        for index, subnet in enumerate(subnets):
            for peer_index, cidr in enumerate(peer_cidrs):
                route = ec2.CfnRoute(
                    self, f"Route{index}Peer{peer_index}",
                    route_table_id=subnet.route_table.route_table_id,
                    destination_cidr_block=cidr,
                    **target,
                )
                route.add_resource_dependency(self.attachment)  # a route to a gateway not yet attached fails
                self.routes.append(route)
