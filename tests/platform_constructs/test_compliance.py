"""The acknowledgment helper accepts CDK's built-in validation rule IDs in their one documented form."""

from __future__ import annotations

import pytest

from platform_constructs.compliance import check_acknowledgment

REASON = "AZ names are explicit in config so synth needs no AWS lookup"


def test_cloudformation_validate_rule_is_accepted():
    assert check_acknowledgment("CloudFormation-Validate::W3010", REASON) == []


@pytest.mark.parametrize("rule_id", ["W3010", "CloudFormation-Validate::*", "CloudFormation-Validate::W3010,W3011", "CloudFormation-Validate::"])
def test_bare_or_broad_validation_ids_are_rejected(rule_id):
    assert any("must name one cdk-nag rule" in p for p in check_acknowledgment(rule_id, REASON))


def test_gate_reads_validation_acknowledgments_by_their_full_id(tmp_path):
    import aws_cdk as cdk
    from aws_cdk import aws_ec2 as ec2

    from tests.support.gates import acknowledgment_problems

    app = cdk.App(outdir=str(tmp_path))
    subnet = ec2.CfnSubnet(cdk.Stack(app, "S"), "Subnet", vpc_id="vpc-0123456789abcdef0", cidr_block="10.0.0.0/24")
    cdk.Validations.of(subnet).acknowledge(cdk.Acknowledgment(id="CloudFormation-Validate::W3010", reason="short"))
    problems = acknowledgment_problems(app)
    assert problems == ["S/Subnet: reason 'short' for CloudFormation-Validate::W3010 is shorter than 20 characters"]
