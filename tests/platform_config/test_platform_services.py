"""Rules of the platform_services section: each rejects its bad case naming the field and the value."""

from __future__ import annotations

import pytest

from tests.platform_config.test_models import _errors, _prod, _set

CERT = "arn:aws:acm:eu-west-1:333333333333:certificate/2d3e4f50-6172-4c8d-8e9f-1a2b3c4d5e6f"


@pytest.mark.parametrize(
    ("path", "value", "expected"),
    [
        ("platform_services.gateway.scheme", "public", "platform_services.gateway.scheme: Input should be 'internal' or 'internet-facing'"),
        ("platform_services.gateway.certificate_arn", "arn:aws:iam::333333333333:role/x",
         "platform_services.gateway.certificate_arn: 'arn:aws:iam::333333333333:role/x' is not an ACM certificate ARN"),
        ("platform_services.gateway.certificate_arn", CERT.replace("eu-west-1", "us-east-1"),
         "platform_services.gateway.certificate_arn is in region 'us-east-1', the NLB is in 'eu-west-1'"),
        ("platform_services.gateway.certificate_arn", None, "platform_services.gateway.certificate_arn is required for tier 'prod'"),
        ("platform_services.gateway.replicas", 1, "platform_services.gateway.replicas=1: prod needs at least 2"),
        ("platform_services.gateway.allowed_cidrs", ["10.0.0.1/8"], "platform_services.gateway.allowed_cidrs: '10.0.0.1/8' is not a valid CIDR"),
        ("platform_services.gateway.hostname", "Not A Host", "platform_services.gateway.hostname: String should match pattern"),
        ("platform_services.monitoring.prometheus_storage_gib", 50,
         "platform_services.monitoring: prometheus_storage_gib=50 is too small for retention_days=30"),
        ("platform_services.monitoring.sla.p99_latency_ms", 0, "platform_services.monitoring.sla.p99_latency_ms: Input should be greater than or equal to 1"),
        ("platform_services.monitoring.sla.error_rate_percent", 150, "platform_services.monitoring.sla.error_rate_percent: Input should be less than or equal to 100"),
    ],
)
def test_rule_rejects_bad_value(path, value, expected):
    assert expected in _errors(_set(_prod(), path, value))


def test_internet_facing_gateway_needs_a_certificate_and_client_networks():
    data = _set(_set(_prod(), "platform_services.gateway.scheme", "internet-facing"), "platform_services.gateway.certificate_arn", None)
    report = _errors(data)
    assert "platform_services.gateway: certificate_arn is required when scheme='internet-facing'" in report
    assert "platform_services.gateway: allowed_cidrs must list the client networks when scheme='internet-facing'" in report
    open_world = _set(_set(_prod(), "platform_services.gateway.scheme", "internet-facing"), "platform_services.gateway.allowed_cidrs", ["0.0.0.0/0"])
    assert "allowed_cidrs contains '0.0.0.0/0'" in _errors(open_world)
