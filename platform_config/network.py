"""VPC layout: address space, NAT gateways, endpoints and flow logs."""

from __future__ import annotations

import ipaddress
from typing import Annotated

from pydantic import Field, field_validator

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


class NetworkConfig(FrozenModel):
    """The platform VPC. Subnets are carved from `vpc_cidr` per AZ: public, private (egress), isolated."""

    vpc_cidr: str = Field(default="10.40.0.0/16", description="IPv4 CIDR of the VPC, /16 to /20.")
    nat_gateways: Annotated[int, Field(ge=1, le=6)] = Field(
        default=1, description="NAT gateways; one per AZ for production (at most the AZ count)."
    )
    flow_log_retention_days: int = Field(default=90, description="Retention of VPC flow logs in CloudWatch Logs (days).")

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

    @field_validator("flow_log_retention_days")
    @classmethod
    def _retention(cls, value: int) -> int:
        return check_retention(value)
