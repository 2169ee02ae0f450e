"""Gate: every template stays under 800,000 bytes and 400 resources (CloudFormation allows 1 MB and 500)."""

from __future__ import annotations

import json

from tests.support.gates import MAX_TEMPLATE_RESOURCES, size_problems


def test_templates_within_limits(shipped):
    assert size_problems(shipped.template_paths.values()) == []


def test_identity_center_template_within_limits(identity_center):
    assert size_problems(identity_center.template_paths.values()) == []


def test_gate_reports_a_template_with_too_many_resources(tmp_path):
    big = tmp_path / "Big.template.json"
    resources = {f"T{i}": {"Type": "AWS::SNS::Topic"} for i in range(MAX_TEMPLATE_RESOURCES)}
    big.write_text(json.dumps({"Resources": resources}))
    assert size_problems([big]) == [f"Big.template.json: {MAX_TEMPLATE_RESOURCES} resources >= {MAX_TEMPLATE_RESOURCES}"]


def test_gate_reports_a_template_too_large(tmp_path):
    big = tmp_path / "Large.template.json"
    big.write_text(json.dumps({"Resources": {}, "Description": "x" * 800_000}))
    assert "bytes >= 800000" in size_problems([big])[0]
