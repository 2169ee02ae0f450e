"""`make review`: the CLI's own diff against base templates, and a red section that stops stateful loss.

The git test makes real commits in a temporary copy of this checkout and runs `make review` there with no
AWS credentials; it costs three synths of one environment (base once, then two working trees).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from scripts import review
from tests.support.synth import ROOT

IGNORED = (".git", ".venv", ".venv-checkov", "node_modules", "cdk.out", "cdk.*.out", ".review", "dist",
           "__pycache__", ".pytest_cache", "*.pyc")


def _no_aws_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
    env["AWS_CONFIG_FILE"] = env["AWS_SHARED_CREDENTIALS_FILE"] = "/dev/null"
    env.pop("ALLOW_STATEFUL_CHANGES", None)
    return env


def _git(repo: Path, *args: str) -> str:
    return subprocess.run(
        ["git", "-c", "user.name=review-test", "-c", "user.email=review-test@example.invalid", *args],
        cwd=repo, check=True, capture_output=True, text=True,
    ).stdout.strip()


def _make_review(repo: Path, base: str, **extra: str) -> subprocess.CompletedProcess:
    # `-o`: the shared .venv and node_modules are installed; never reinstall them from the copy.
    return subprocess.run(
        ["make", "-o", ".venv/.installed", "-o", "node_modules/.installed", "review", f"BASE={base}", "ENV=dev"],
        cwd=repo, env={**_no_aws_env(), **extra}, capture_output=True, text=True, timeout=1200, check=False,
    )


@pytest.fixture(scope="module")
def repo(tmp_path_factory) -> Path:
    """A git repository holding this checkout's files (one commit), sharing the pinned toolchain."""
    repo = tmp_path_factory.mktemp("review-repo") / "repo"
    shutil.copytree(ROOT, repo, ignore=shutil.ignore_patterns(*IGNORED), symlinks=True)
    for shared in (".venv", "node_modules"):
        (repo / shared).symlink_to((ROOT / shared).resolve())
    _git(repo, "init", "-q", "-b", "main")
    _git(repo, "add", "-A", "--", ".", ":!.venv", ":!node_modules")
    _git(repo, "commit", "-q", "-m", "base")
    return repo


@pytest.mark.slow
def test_make_review_on_real_git_refs(repo):
    base = _git(repo, "rev-parse", "HEAD")
    # A harmless change (one more tag) is reported as modifications and passes.
    dev = repo / "config" / "dev.yaml"
    dev.write_text(dev.read_text().replace("  owner: platform-team\n", "  owner: platform-team\n  team: ml\n"))
    _git(repo, "commit", "-q", "-am", "tag dev resources")
    harmless = _make_review(repo, base)
    assert harmless.returncode == 0, harmless.stdout + harmless.stderr
    assert "== dev / mlplatform-dev-security:" in harmless.stdout
    assert "modified  AWS::KMS::Key" in harmless.stdout
    assert "STATEFUL: no stateful resource is destroyed" in harmless.stdout

    # Renaming a stateful construct changes its logical ID: the old key would be destroyed. Refused, named.
    keys = repo / "platform_constructs" / "platform_keys.py"
    keys.write_text(keys.read_text().replace('key("DataKey", "data")', 'key("PrimaryDataKey", "data")'))
    _git(repo, "commit", "-q", "-am", "rename the data key construct")
    renamed = _make_review(repo, base)
    assert renamed.returncode != 0
    red = renamed.stdout.split("!!! STATEFUL")[1]
    assert "BLOCKING dev / mlplatform-dev-security / KeysDataKey8F3FE3A4 (AWS::KMS::Key)" in red
    assert "DELETED with its data" in red and "KeysPrimaryDataKey" in red
    assert "ALLOW_STATEFUL_CHANGES=KeysDataKey8F3FE3A4" in renamed.stdout
    assert "Traceback" not in renamed.stderr
    # The base was synthesized once and cached by commit (.review/<sha>/), never re-synthesized.
    assert (repo / ".review" / base / "out-dev" / "manifest.json").is_file()


def test_make_review_needs_a_base(repo):
    result = subprocess.run(["make", "-o", ".venv/.installed", "-o", "node_modules/.installed", "review"],
                            cwd=repo, env=_no_aws_env(), capture_output=True, text=True, check=False)
    assert result.returncode != 0 and "usage: make review BASE=<git ref>" in result.stdout


def _bucket(name: str) -> dict:
    return {"Type": "AWS::S3::Bucket", "DeletionPolicy": "Retain", "UpdateReplacePolicy": "Retain",
            "Properties": {"BucketName": name}}


@pytest.mark.slow
def test_bucket_replacement_property_is_red_from_the_cli_and_the_table(dev, tmp_path):
    # The CLI's diff of a real assembly against a base template, offline: BucketName forces replacement.
    app = tmp_path / "assembly"
    shutil.copytree(dev.outdir, app)
    new_path = app / "assembly-dev" / dev.template_paths["Security"].name
    new = json.loads(new_path.read_text())
    base = json.loads(json.dumps(new))
    base["Resources"]["ModelsBucket"] = _bucket("acme-models-dev")
    new["Resources"]["ModelsBucket"] = _bucket("acme-models-dev-v2")
    base["Resources"]["Scratch"] = {"Type": "AWS::SQS::Queue", "Properties": {}}
    new_path.write_text(json.dumps(new))
    base_path = tmp_path / "base.template.json"
    base_path.write_text(json.dumps(base))

    text = review.diff_stack(app, "dev/Security", base_path, review._offline_env())
    changes = {c.logical_id: c for c in review.parse_cdk_diff(text)}
    assert changes["ModelsBucket"].impact == "replace" and changes["ModelsBucket"].kind == "replaced"
    assert changes["Scratch"].kind == "removed" and changes["Scratch"].impact == "destroy"
    red = {c.logical_id: c for c in review.stateful_findings(list(changes.values()), base, new)}
    assert set(red) == {"ModelsBucket"}  # the queue holds no data worth a red line
    assert "CLI: replace" in red["ModelsBucket"].reasons
    assert "replacement property changed: BucketName" in red["ModelsBucket"].reasons


def test_table_catches_a_replacement_the_cli_did_not_mark():
    base = {"Resources": {"T": {"Type": "AWS::DynamoDB::Table", "Properties": {"KeySchema": [{"AttributeName": "id", "KeyType": "HASH"}]}}}}
    new = {"Resources": {"T": {"Type": "AWS::DynamoDB::Table", "Properties": {"KeySchema": [{"AttributeName": "pk", "KeyType": "HASH"}]}}}}
    (finding,) = review.stateful_findings([review.Change(op="~", type="AWS::DynamoDB::Table", logical_id="T")], base, new)
    assert "replacement property changed: KeySchema" in finding.reasons
    assert any("the CLI did not mark it replaced" in r for r in finding.reasons)


def test_retained_resource_removal_is_reported_as_orphaned():
    base = {"Resources": {"B": _bucket("x")}}
    (finding,) = review.stateful_findings([review.Change(op="-", type="AWS::S3::Bucket", logical_id="B")], base, {"Resources": {}})
    assert any("orphaned" in r for r in finding.reasons)
    # Live mode has no base template: the CLI's `orphan` impact says the same.
    (live,) = review.stateful_findings([review.Change(op="-", type="AWS::S3::Bucket", logical_id="B", impact="orphan")], {}, {})
    assert any("orphaned" in r for r in live.reasons)
    (gone,) = review.stateful_findings([review.Change(op="-", type="AWS::S3::Bucket", logical_id="B", impact="destroy")], {}, {})
    assert any("DELETED" in r for r in gone.reasons)


def test_override_allows_named_ids_only(tmp_path):
    change = review.Change(op="-", type="AWS::KMS::Key", logical_id="K1", reasons=["removed"])
    other = review.Change(op="-", type="AWS::S3::Bucket", logical_id="B1", reasons=["removed"])
    stack = review.StackReview(env="dev", stack="s", changes=[change, other], diff_text="", red=[change, other])
    _, status = review.render([stack], review.read_allowed(["K1"], None), header="h", with_diff=False)
    assert status == 1
    text, status = review.render([stack], review.read_allowed(["K1, B1"], None), header="h", with_diff=False)
    assert status == 0 and "allowed  dev / s / B1" in text
    allow = tmp_path / "review-allow.txt"
    allow.write_text("K1 data migrated to the new key in change 1234\nB1\n")
    with pytest.raises(SystemExit, match="B1 needs a reason"):
        review.read_allowed([], allow)
