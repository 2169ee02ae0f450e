"""Gate: cfn-lint reports no error on any template of any shipped environment."""

from __future__ import annotations

import json

import pytest

from tests.support.gates import cfn_lint_errors

pytestmark = pytest.mark.slow


def test_templates_have_no_cfn_lint_errors(shipped):
    assert cfn_lint_errors(shipped.template_paths.values()) == []


def test_identity_center_template_has_no_cfn_lint_errors(identity_center):
    assert cfn_lint_errors(identity_center.template_paths.values()) == []


def test_gate_reports_an_invalid_property(tmp_path):
    bad = tmp_path / "bad.template.json"
    bad.write_text(json.dumps({
        "Resources": {"Table": {"Type": "AWS::DynamoDB::Table", "Properties": {"BillingMode": "FREE"}}}
    }))
    errors = cfn_lint_errors([bad])
    assert errors and any("BillingMode" in e or "KeySchema" in e for e in errors)
