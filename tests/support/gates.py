"""The quality gates as functions returning problems, so each can be proven on a bad case."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any, Iterable

import aws_cdk as cdk
from constructs import IConstruct

from platform_constructs.compliance import check_acknowledgment
from tests.support.synth import ROOT

MAX_TEMPLATE_BYTES = 800_000
MAX_TEMPLATE_RESOURCES = 400
CHECKOV = ROOT / ".venv-checkov" / "bin" / "checkov"
CFN_LINT = ROOT / ".venv" / "bin" / "cfn-lint"
MIN_SKIP_REASON = 20


def acknowledgment_problems(root: IConstruct) -> list[str]:
    """Acknowledgments that break the policy: one rule each, specific reason, on a resource not a stack."""
    key = cdk.Validations.ACKNOWLEDGED_RULES_METADATA_KEY
    problems = []
    for node in root.node.find_all():
        for entry in node.node.metadata:
            if entry.type != key:
                continue
            # Recorded as {"Annotation::<rule id>": "<reason>"} for cdk-nag rules and as
            # {"CloudFormation-Validate::<rule>": "<reason>"} for CDK's built-in template validation.
            for qualified_id, reason in dict(entry.data).items():
                rule_id = qualified_id.removeprefix("Annotation::")
                where = node.node.path
                problems += [f"{where}: {p}" for p in check_acknowledgment(rule_id, reason)]
                if isinstance(node, (cdk.Stack, cdk.Stage)):
                    problems.append(f"{where}: {rule_id} is acknowledged on a whole stack/stage; put it next to the resource")
    return problems


def size_problems(template_paths: Iterable[Path]) -> list[str]:
    problems = []
    for path in template_paths:
        size = path.stat().st_size
        count = len(json.loads(path.read_text()).get("Resources", {}))
        if size >= MAX_TEMPLATE_BYTES:
            problems.append(f"{path.name}: {size} bytes >= {MAX_TEMPLATE_BYTES}")
        if count >= MAX_TEMPLATE_RESOURCES:
            problems.append(f"{path.name}: {count} resources >= {MAX_TEMPLATE_RESOURCES}")
    return problems


def cfn_lint_errors(template_paths: Iterable[Path]) -> list[str]:
    """cfn-lint errors (not warnings or informational) on the templates."""
    paths = [str(p) for p in template_paths]
    result = subprocess.run([str(CFN_LINT), "--format", "json", *paths], capture_output=True, text=True, check=False)
    try:
        findings = json.loads(result.stdout or "[]")
    except json.JSONDecodeError:
        raise RuntimeError(f"cfn-lint failed to run (exit {result.returncode}): {result.stderr[-2000:]}") from None
    return [
        f"{Path(f['Filename']).name} {f['Rule']['Id']} at {'/'.join(map(str, f['Location'].get('Path') or []))}: {f['Message']}"
        for f in findings
        if f["Level"] == "Error"
    ]


def run_checkov(directory: Path, framework: str) -> dict[str, Any]:
    """Run checkov once on `directory` (offline: --skip-download) and return its parsed report."""
    result = subprocess.run(
        [str(CHECKOV), "-d", str(directory), "--framework", framework, "--skip-download", "--output", "json", "--compact"],
        capture_output=True, text=True, check=False,
    )
    if result.returncode not in (0, 1):
        raise RuntimeError(f"checkov failed to run: {result.stderr[-2000:]}")
    report = json.loads(result.stdout or "{}")
    reports = report if isinstance(report, list) else [report]
    merged: dict[str, Any] = {"failed": [], "skipped": []}
    for item in reports:
        results = item.get("results", {}) if isinstance(item, dict) else {}
        merged["failed"] += results.get("failed_checks", [])
        merged["skipped"] += results.get("skipped_checks", [])
    return merged


def checkov_problems(report: dict[str, Any]) -> list[str]:
    """Failed checks, and skips whose reason is missing or too short to be a reason."""
    problems = [
        f"FAILED {c['check_id']} {c['resource']} in {Path(c['file_path']).name}: {c.get('check_name', '')}"
        for c in report["failed"]
    ]
    for c in report["skipped"]:
        reason = (c.get("check_result") or {}).get("suppress_comment") or ""
        if len(reason.strip()) < MIN_SKIP_REASON or "No comment provided" in reason:
            problems.append(f"SKIP without a reason: {c['check_id']} {c['resource']} ({reason!r})")
    return problems
