"""cdk-nag registration and the one sanctioned way to acknowledge a finding."""

from __future__ import annotations

import json
import re
from pathlib import Path

import aws_cdk as cdk
from cdk_nag import AwsSolutionsChecks, NIST80053R5Checks
from constructs import IConstruct

# An acknowledgment names exactly one rule, or one finding of a granular rule:
# `AwsSolutions-IAM5[Resource::*]`, `NIST.800.53.R5-IAMNoInlinePolicy`, or one rule of CDK's built-in
# CloudFormation validation, `CloudFormation-Validate::W3010` (aws-cdk-lib itself acknowledges
# `CloudFormation-Validate::F3002` on every flow log, so the form is not limited to warnings).
RULE_ID = re.compile(
    r"^((AwsSolutions|NIST\.800\.53\.R5)-[A-Za-z0-9]+(\[[^\]]+\])?|CloudFormation-Validate::[A-Z]\d{4})$"
)
MIN_REASON_LENGTH = 20
PLACEHOLDER = re.compile(r"\b(todo|tbd|fixme|demo|test|lorem|later)\b", re.IGNORECASE)


class AcknowledgmentError(ValueError):
    """An acknowledgment that does not meet the policy in docs/security.md, Acknowledgments."""


def check_acknowledgment(rule_id: str, reason: str) -> list[str]:
    """Problems with one acknowledgment; empty when it meets the policy."""
    problems = []
    if not RULE_ID.match(rule_id):
        problems.append(f"rule id {rule_id!r} must name one cdk-nag rule, e.g. 'AwsSolutions-IAM5[Resource::*]'")
    if len(reason.strip()) < MIN_REASON_LENGTH:
        problems.append(f"reason {reason!r} for {rule_id} is shorter than {MIN_REASON_LENGTH} characters")
    if PLACEHOLDER.search(reason):
        problems.append(f"reason {reason!r} for {rule_id} reads like a placeholder")
    return problems


def acknowledge(scope: IConstruct, rule_id: str, reason: str) -> None:
    """Acknowledge one cdk-nag finding on `scope` (and its children) with a specific reason."""
    problems = check_acknowledgment(rule_id, reason)
    if problems:
        raise AcknowledgmentError("; ".join(problems))
    cdk.Validations.of(scope).acknowledge(cdk.Acknowledgment(id=rule_id, reason=reason))


def add_compliance_checks(app: cdk.App) -> None:
    """Run AwsSolutions and NIST 800-53 rev5 on the whole app; any unacknowledged finding fails synth."""
    cdk.Validations.of(app).add_plugins(AwsSolutionsChecks(app), NIST80053R5Checks(app))


def unacknowledged_findings(outdir: str) -> list[str]:
    """Every finding, warnings included, left in the validation report CDK wrote to `outdir`."""
    report = Path(outdir) / "validation-report.json"
    if not report.is_file():
        return []
    findings = []
    for plugin in json.loads(report.read_text(encoding="utf-8")).get("pluginReports", []):
        for violation in plugin.get("violations", []):
            for where in violation.get("violatingConstructs", []):
                findings.append(
                    f"{violation.get('severity', 'error').upper()} {violation['ruleName']} at {where['constructPath']}: "
                    f"{violation.get('description', '')[:160]}"
                )
    return findings
