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
