"""The pipeline's Verify script checks health through read-only AWS API calls alone (no kubectl to a private endpoint).

It runs here against a stand-in `aws` CLI that records every call and answers from the test's scenario.
"""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest

from tests.support.synth import ROOT

SCRIPT = ROOT / "scripts" / "verify_environment.sh"

FAKE_AWS = r"""#!/usr/bin/env bash
echo "$*" >> "$CALLS"
case "$1 $2" in
  "sts assume-role") printf 'AKIAEXAMPLE\tsecret\ttoken\n' ;;
  "cloudformation describe-stacks") echo "${STACK_STATUS:-UPDATE_COMPLETE}" ;;
  "cloudformation list-stack-resources") if [ "$4" = "dev-Cluster" ]; then echo "mlplatform-dev-eks"; else echo "None"; fi ;;
  "eks describe-cluster") printf '%b\n' "${CLUSTER_LINE:-ACTIVE\t1.35\t0}" ;;
  "eks list-nodegroups") printf 'system\tgpu-g5\n' ;;
  "eks describe-nodegroup") printf '%b\n' "${NODEGROUP_LINE:-ACTIVE\t0}" ;;
  "eks list-addons") printf 'vpc-cni\tcoredns\n' ;;
  "eks describe-addon") printf '%b\n' "${ADDON_LINE:-ACTIVE\t0}" ;;
  *) echo "unexpected call: $*" >&2; exit 99 ;;
esac
"""


def _run(tmp_path: Path, **scenario: str) -> tuple[subprocess.CompletedProcess, list[str]]:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir(exist_ok=True)
    fake = bin_dir / "aws"
    fake.write_text(FAKE_AWS)
    fake.chmod(0o755)
    calls = tmp_path / "calls.log"
    calls.write_text("")
    env = {
        "PATH": f"{bin_dir}:{os.environ['PATH']}", "CALLS": str(calls),
        "TARGET_ACCOUNT": "111111111111", "TARGET_REGION": "eu-west-1",
        "LOOKUP_ROLE_ARN": "arn:aws:iam::111111111111:role/cdk-hnb659fds-lookup-role-111111111111-eu-west-1",
        "STACKS": "dev-Network dev-Cluster dev-Services", "KUBERNETES_VERSION": "1.35", **scenario,
    }
    result = subprocess.run(["bash", str(SCRIPT)], env=env, capture_output=True, text=True, timeout=60)
    return result, calls.read_text().splitlines()


def test_a_healthy_environment_passes_with_read_only_calls(tmp_path):
    result, calls = _run(tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "environment 111111111111/eu-west-1 verified" in result.stdout
    operations = [" ".join(c.split()[:2]) for c in calls]
    assert "eks describe-nodegroup" in operations and "eks describe-addon" in operations
    assert operations.count("cloudformation describe-stacks") == 3
    for operation in operations:
        service, verb = operation.split()
        assert re.match(r"(describe|list|get)-", verb) or operation == "sts assume-role", operation


@pytest.mark.parametrize(
    ("scenario", "message"),
    [
        ({"STACK_STATUS": "UPDATE_ROLLBACK_COMPLETE"}, "FAIL: dev-Network is UPDATE_ROLLBACK_COMPLETE"),
        ({"CLUSTER_LINE": r"UPDATING\t1.35\t0"}, "FAIL: cluster mlplatform-dev-eks is UPDATING"),
        ({"CLUSTER_LINE": r"ACTIVE\t1.34\t0"}, "runs 1.34, config says 1.35"),
        ({"CLUSTER_LINE": r"ACTIVE\t1.35\t2"}, "reports 2 health issues"),
        ({"NODEGROUP_LINE": r"DEGRADED\t1"}, "FAIL: node group system of mlplatform-dev-eks is DEGRADED"),
        ({"ADDON_LINE": r"ACTIVE\t1"}, "FAIL: add-on vpc-cni of mlplatform-dev-eks reports 1 health issues"),
    ],
)
def test_an_unhealthy_environment_fails_naming_what(tmp_path, scenario, message):
    result, _ = _run(tmp_path, **scenario)
    assert result.returncode != 0
    assert message in result.stdout


def test_no_kubectl_and_no_network_download():
    """A private endpoint is unreachable from the tooling account: the script must not depend on it."""
    code = "\n".join(line for line in SCRIPT.read_text().splitlines() if not line.lstrip().startswith("#"))
    assert "kubectl" not in code and "curl" not in code and "update-kubeconfig" not in code
