"""In-cluster platform services: the Emissary gateway's exposure and TLS, monitoring retention and SLA alerts."""

from __future__ import annotations

import ipaddress
import re
from typing import Annotated, Literal

from pydantic import Field, field_validator, model_validator

from platform_config.base import FrozenModel
from platform_config.network import check_cidr

ACM_CERTIFICATE_ARN = re.compile(r"^arn:aws[a-z-]*:acm:([a-z]{2}(?:-gov)?-[a-z]+-\d):(\d{12}):certificate/[0-9a-f-]{36}$")


def certificate_region(arn: str) -> str:
    """The region of an ACM certificate ARN (an NLB can only use a certificate of its own region)."""
    match = ACM_CERTIFICATE_ARN.match(arn)
    return match.group(1) if match else ""


class GatewayConfig(FrozenModel):
    """The Ambassador API gateway (Emissary-ingress) behind a Network Load Balancer."""

    scheme: Literal["internal", "internet-facing"] = Field(
        default="internal", description="NLB scheme: internal (reached through VPN/peering) or internet-facing."
    )
    hostname: str = Field(
        default="ml.internal.example.com", pattern=r"^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$",
        description="DNS name users reach the platform at; the Host resource and the certificate match it.",
    )
    certificate_arn: str | None = Field(
        default=None, description="ACM certificate ARN for TLS on the NLB (same region); required when internet-facing."
    )
    allowed_cidrs: tuple[str, ...] = Field(
        default=(), description="Source CIDRs the NLB admits (loadBalancerSourceRanges); empty admits the VPC only."
    )
    replicas: Annotated[int, Field(ge=1, le=20)] = Field(default=2, description="Gateway pods, spread over AZs.")
    hosted_zone_id: str | None = Field(
        default=None, pattern=r"^Z[A-Z0-9]{1,32}$",
        description="Route 53 hosted zone (public or private) that holds `hostname`; ExternalDNS points it at the gateway's NLB. None: no DNS record is managed.",
    )
    hosted_zone_name: str | None = Field(
        default=None, description="Domain of `hosted_zone_id` (example.com); `hostname` must be in it.",
    )
    hosted_zone_private: bool = Field(
        default=True, description="Whether `hosted_zone_id` is a private hosted zone (associated with the VPC and resolved through the corporate DNS) or public.",
    )

    @field_validator("certificate_arn")
    @classmethod
    def _arn(cls, value: str | None) -> str | None:
        if value is not None and not ACM_CERTIFICATE_ARN.match(value):
            raise ValueError(f"{value!r} is not an ACM certificate ARN (arn:aws:acm:<region>:<account>:certificate/<uuid>)")
        return value

    @field_validator("allowed_cidrs")
    @classmethod
    def _cidrs(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for item in value:
            check_cidr(item)
        return value

    @model_validator(mode="after")
    def _exposure(self) -> "GatewayConfig":
        problems = []
        if self.scheme == "internet-facing" and self.certificate_arn is None:
            problems.append("certificate_arn is required when scheme='internet-facing': the gateway never serves plain HTTP to the internet")
        if self.scheme == "internet-facing" and not self.allowed_cidrs:
            problems.append("allowed_cidrs must list the client networks when scheme='internet-facing'")
        if (self.hosted_zone_id is None) != (self.hosted_zone_name is None):
            problems.append(f"hosted_zone_id={self.hosted_zone_id!r} and hosted_zone_name={self.hosted_zone_name!r} go together")
        elif self.hosted_zone_name and not (self.hostname == self.hosted_zone_name or self.hostname.endswith("." + self.hosted_zone_name)):
            problems.append(f"hostname={self.hostname!r} is not in hosted_zone_name={self.hosted_zone_name!r}")
        open_world = [c for c in self.allowed_cidrs if ipaddress.ip_network(c).prefixlen == 0]
        if open_world:
            problems.append(f"allowed_cidrs contains {open_world[0]!r}: list the client networks instead")
        if problems:
            raise ValueError("\n".join(problems))
        return self


class SlaConfig(FrozenModel):
    """Serving SLAs per model; the alert rules take their thresholds from here."""

    p99_latency_ms: Annotated[int, Field(ge=1, le=60_000)] = Field(default=500, description="p99 request latency per model above which the SLA alert fires (ms).")
    error_rate_percent: Annotated[float, Field(gt=0, le=100)] = Field(default=1.0, description="5xx share of requests per model above which the SLA alert fires (%).")
    for_minutes: Annotated[int, Field(ge=1, le=120)] = Field(default=5, description="How long a breach lasts before it alerts (minutes).")
    gpu_idle_hours: Annotated[int, Field(ge=1, le=168)] = Field(default=4, description="Alert when a GPU node has been idle this long (hours).")


class MonitoringConfig(FrozenModel):
    """Prometheus, Alertmanager and Grafana in the `monitoring` namespace."""

    retention_days: Annotated[int, Field(ge=1, le=90)] = Field(default=15, description="Days Prometheus keeps metrics on its volume (S3 keeps them longer).")
    prometheus_storage_gib: Annotated[int, Field(ge=10, le=16384)] = Field(default=50, description="Encrypted gp3 volume per Prometheus replica (GiB).")
    prometheus_replicas: Annotated[int, Field(ge=1, le=3)] = Field(default=1, description="Prometheus replicas (2 for HA; each scrapes everything).")
    grafana_storage_gib: Annotated[int, Field(ge=1, le=1024)] = Field(default=10, description="Encrypted gp3 volume for Grafana (GiB).")
    alertmanager_replicas: Annotated[int, Field(ge=1, le=5)] = Field(default=1, description="Alertmanager replicas (clustered when more than one).")
    sla: SlaConfig = Field(default_factory=SlaConfig, description="Serving SLA alert thresholds.")

    @model_validator(mode="after")
    def _storage(self) -> "MonitoringConfig":
        # Rough floor: ~2 GiB/day for a platform-sized cluster; a volume that fills stops Prometheus ingesting.
        needed = self.retention_days * 2
        if self.prometheus_storage_gib < needed:
            raise ValueError(
                f"prometheus_storage_gib={self.prometheus_storage_gib} is too small for retention_days={self.retention_days} "
                f"(need at least {needed} GiB at ~2 GiB/day)"
            )
        return self


class PlatformServicesConfig(FrozenModel):
    """Shared in-cluster services: gateway and monitoring."""

    gateway: GatewayConfig = Field(default_factory=GatewayConfig, description="Ambassador API gateway (Emissary-ingress).")
    monitoring: MonitoringConfig = Field(default_factory=MonitoringConfig, description="Prometheus, Alertmanager, Grafana.")
