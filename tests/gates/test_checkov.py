"""Gate: checkov's CloudFormation checks pass, or are skipped next to the resource with a reason."""

from __future__ import annotations

import json

import pytest

from tests.support.gates import checkov_problems, run_checkov

pytestmark = pytest.mark.slow


def test_templates_pass_checkov(shipped):
    assert checkov_problems(run_checkov(shipped.stage_dir, "cloudformation")) == []


def test_identity_center_template_passes_checkov(identity_center):
    assert checkov_problems(run_checkov(identity_center.stage_dir, "cloudformation")) == []


def test_gate_reports_a_failed_check_and_a_skip_without_reason(tmp_path):
    (tmp_path / "bad.template.json").write_text(json.dumps({
        "Resources": {
            "Plain": {"Type": "AWS::S3::Bucket", "Properties": {}},
            "Skipped": {
                "Type": "AWS::SQS::Queue",
                "Properties": {},
                "Metadata": {"checkov": {"skip": [{"id": "CKV_AWS_27"}]}},
            },
        }
    }))
    problems = checkov_problems(run_checkov(tmp_path, "cloudformation"))
    assert any(p.startswith("FAILED") and "AWS::S3::Bucket.Plain" in p for p in problems)
    assert any(p.startswith("SKIP without a reason: CKV_AWS_27") for p in problems)
