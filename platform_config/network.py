"""VPC layout: address space, subnet sizes, NAT gateways, endpoints and flow logs."""

from __future__ import annotations

import ipaddress
from typing import Annotated

from pydantic import Field, field_validator, model_validator

from platform_config.aws_limits import LOG_RETENTION_DAYS
from platform_config.base import FrozenModel


def check_retention(value: int) -> int:
    """Reject a log retention CloudWatch Logs would refuse at deploy time."""
    if value not in LOG_RETENTION_DAYS:
        allowed = ", ".join(str(d) for d in sorted(LOG_RETENTION_DAYS))
        raise ValueError(f"{value} is not a retention CloudWatch Logs accepts (one of {allowed})")
    return value


def check_cidr(value: str) -> str:
    """A network in CIDR notation with its host bits zero (10.0.0.0/16, not 10.0.0.1/16)."""
    try:
        ipaddress.ip_network(value, strict=True)
    except ValueError as exc:
        raise ValueError(f"{value!r} is not a valid CIDR block ({exc})") from None
    return value


class CorporateAccessConfig(FrozenModel):
    """How the corporate network reaches the VPC: exactly one of an existing Transit Gateway or a new virtual private gateway."""

    transit_gateway_id: str | None = Field(
        default=None, pattern=r"^tgw-[0-9a-f]{8,17}$",
        description="Existing Transit Gateway (own or shared through RAM) the VPC attaches to; the peers are routed to it.",
    )
    virtual_private_gateway_asn: Annotated[int, Field(ge=64512, le=4294967294)] | None = Field(
        default=None,
        description="Create a virtual private gateway with this Amazon-side private ASN (for a Site-to-Site VPN or Direct Connect); the peers are routed to it.",
    )

    @model_validator(mode="after")
    def _exactly_one(self) -> "CorporateAccessConfig":
        if (self.transit_gateway_id is None) == (self.virtual_private_gateway_asn is None):
            raise ValueError(
                "set exactly one of transit_gateway_id or virtual_private_gateway_asn "
                f"(got transit_gateway_id={self.transit_gateway_id!r}, virtual_private_gateway_asn={self.virtual_private_gateway_asn!r})"
            )
        return self


# ECR reads upstream credentials only from secrets with this name prefix, in its own account and region.
# https://docs.aws.amazon.com/AmazonECR/latest/userguide/pull-through-cache-creating-secret.html
PULL_THROUGH_SECRET = r"^arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:\d{12}:secret:ecr-pullthroughcache/[A-Za-z0-9/_+=.@-]+$"

# VPC subnets are /16 to /28; EKS wants room for pod IPs in the private subnets.
SubnetMask = Annotated[int, Field(ge=16, le=28)]


class NetworkConfig(FrozenModel):
    """The platform VPC. Subnets are carved from `vpc_cidr` per AZ: public, private (egress), isolated."""

    vpc_cidr: str = Field(default="10.40.0.0/16", description="IPv4 CIDR of the VPC, /16 to /20.")
    public_subnet_mask: SubnetMask = Field(default=24, description="Prefix length of each public subnet (load balancers, NAT).")
    private_subnet_mask: SubnetMask = Field(default=19, description="Prefix length of each private subnet (nodes and pods: keep it large).")
    isolated_subnet_mask: SubnetMask = Field(default=24, description="Prefix length of each isolated subnet (databases, no internet route).")
    nat_gateways: Annotated[int, Field(ge=0, le=6)] = Field(
        default=1, description="NAT gateways; one per AZ for production (at most the AZ count); 0 only with private_only."
    )
    private_only: bool = Field(
        default=False,
        description="Fully private: no internet gateway, no NAT, no public subnets; AWS APIs through VPC endpoints and "
        "public images through ECR pull-through cache. Requires nat_gateways: 0.",
    )
    flow_log_retention_days: int = Field(default=90, description="Retention of VPC flow logs in CloudWatch Logs (days).")
    docker_hub_credentials_arn: str | None = Field(
        default=None, pattern=PULL_THROUGH_SECRET,
        description="Secrets Manager secret (ecr-pullthroughcache/...) with Docker Hub credentials for ECR pull-through cache; required with private_only.",
    )
    ghcr_credentials_arn: str | None = Field(
        default=None, pattern=PULL_THROUGH_SECRET,
        description="Secrets Manager secret (ecr-pullthroughcache/...) with a GitHub token for the ghcr.io pull-through cache; required with private_only.",
    )
    peer_cidrs: tuple[str, ...] = Field(
        default=(),
        description="Networks routed to the VPC (on-premises, peered VPCs); must not overlap vpc_cidr or each other. "
        "Routed from the private subnets through corporate_access and admitted to the cluster endpoint and the gateway.",
    )
    corporate_access: CorporateAccessConfig | None = Field(
        default=None, description="How peer_cidrs reach the VPC; required when peer_cidrs is set.",
    )

    @field_validator("vpc_cidr")
    @classmethod
    def _vpc_cidr(cls, value: str) -> str:
        check_cidr(value)
        net = ipaddress.ip_network(value)
        if net.version != 4 or not 16 <= net.prefixlen <= 20:
            raise ValueError(f"{value!r} must be an IPv4 block between /16 and /20 (VPC limits)")
        if not net.is_private:
            raise ValueError(f"{value!r} is not an RFC 1918 private range")
        return value

    @field_validator("peer_cidrs")
    @classmethod
    def _peer_cidrs(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for item in value:
            check_cidr(item)
        return value

    @field_validator("flow_log_retention_days")
    @classmethod
    def _retention(cls, value: int) -> int:
        return check_retention(value)

    @model_validator(mode="after")
    def _overlaps(self) -> "NetworkConfig":
        problems = []
        vpc = ipaddress.ip_network(self.vpc_cidr)
        for name in ("public_subnet_mask", "private_subnet_mask", "isolated_subnet_mask"):
            mask = getattr(self, name)
            if mask <= vpc.prefixlen:
                problems.append(f"{name}={mask} must be longer than the VPC prefix /{vpc.prefixlen} of vpc_cidr={self.vpc_cidr!r}")
        if self.private_only and self.nat_gateways:
            problems.append(f"nat_gateways={self.nat_gateways} with private_only: a fully private VPC has no NAT gateway (set 0)")
        if not self.private_only and self.nat_gateways == 0:
            problems.append("nat_gateways=0 needs private_only: true (nodes then reach AWS only through VPC endpoints)")
        if self.private_only:
            for name in ("docker_hub_credentials_arn", "ghcr_credentials_arn"):
                if getattr(self, name) is None:
                    problems.append(f"{name} is required with private_only: the platform's images from that registry come through ECR pull-through cache, which needs credentials")
        if self.peer_cidrs and self.corporate_access is None:
            problems.append(f"peer_cidrs={list(self.peer_cidrs)} need corporate_access (transit_gateway_id or virtual_private_gateway_asn) to be routed")
        if self.corporate_access is not None and not self.peer_cidrs:
            problems.append("corporate_access is set but peer_cidrs is empty: list the corporate networks to route")
        nets = [ipaddress.ip_network(c) for c in self.peer_cidrs]
        for index, net in enumerate(nets):
            if net.overlaps(vpc):
                problems.append(f"peer_cidrs[{index}]={str(net)!r} overlaps vpc_cidr={self.vpc_cidr!r}")
            for other in nets[:index]:
                if net.overlaps(other):
                    problems.append(f"peer_cidrs[{index}]={str(net)!r} overlaps peer_cidrs entry {str(other)!r}")
        if problems:
            raise ValueError("\n".join(problems))
        return self

    def subnet_problems(self, az_count: int) -> list[str]:
        """Whether one subnet of each kind per AZ fits in `vpc_cidr`, allocated as CDK does (aligned, in order)."""
        vpc = ipaddress.ip_network(self.vpc_cidr)
        masks = (self.public_subnet_mask, self.private_subnet_mask, self.isolated_subnet_mask)
        kinds = ("public", "private", "isolated")
        if self.private_only:  # no public subnets
            masks, kinds = masks[1:], kinds[1:]
        if any(mask <= vpc.prefixlen for mask in masks):
            return []  # reported by the field rule
        # CDK's NetworkBuilder places each subnet at the next address aligned to its size, kinds in this order.
        cursor = 0
        for mask in masks:
            size = 2 ** (32 - mask)
            for _ in range(az_count):
                cursor = -(-cursor // size) * size + size
        if cursor > vpc.num_addresses:
            layout = ", ".join(f"/{mask} {kind}" for mask, kind in zip(masks, kinds))
            return [
                f"network: {az_count} AZs x subnets {layout} need "
                f"{cursor} addresses but vpc_cidr={self.vpc_cidr!r} has {vpc.num_addresses}"
            ]
        return []
