#!/usr/bin/env python3
"""Change review: what a deploy would add, remove, modify and replace, and a red STATEFUL section.

  make review BASE=<git ref> [ENV=dev]
      review.py --base REF [--env dev ...]     offline, no AWS credentials: synthesizes REF (git archive into
                                               .review/<sha>/, cached) and the working tree with this checkout's
                                               .venv and node_modules, then `cdk diff --template <base template>`
  review.py --live --assembly cdk.out --env prod
                                               the pipeline's Review step: `cdk diff --method template` against
                                               the deployed stacks (read-only bootstrap lookup role)

Exit status 1 when a stateful resource (tests/support/stateful.py STATEFUL_TYPES) would be destroyed,
orphaned, replaced or re-created under another logical ID, unless every such logical ID is allowed:
ALLOW_STATEFUL_CHANGES="KeysDataKey8F3FE3A4,..." (or `--allow`), or listed with a reason in `--allow-file`.
Standard library only, so the pipeline runs it with the build image's python3.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.support.stateful import STATEFUL_TYPES  # noqa: E402  (plain data, no third-party imports)

CDK = ROOT / "node_modules" / ".bin" / "cdk"
CACHE = ROOT / ".review"

# Properties whose change makes CloudFormation replace the resource ("Update requires: Replacement" in the
# CloudFormation resource reference, https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-template-resource-type-ref.html).
# The CLI's own diff is the primary source; this table cross-checks it for the stateful types, so a CLI whose
# spec database misses one still stops the review.
REPLACEMENT_PROPERTIES: dict[str, tuple[str, ...]] = {
    "AWS::S3::Bucket": ("BucketName",),
    "AWS::DynamoDB::Table": ("TableName", "KeySchema", "LocalSecondaryIndexes"),
    "AWS::FSx::FileSystem": ("FileSystemType", "SubnetIds", "SecurityGroupIds", "KmsKeyId", "StorageType", "BackupId"),
    "AWS::KMS::Key": ("KeySpec", "KeyUsage", "MultiRegion"),
    "AWS::ECR::Repository": ("RepositoryName", "EncryptionConfiguration"),
    "AWS::RDS::DBCluster": ("DBClusterIdentifier", "Engine", "DatabaseName", "StorageEncrypted", "KmsKeyId", "DBSubnetGroupName"),
    "AWS::RDS::DBInstance": ("DBInstanceIdentifier", "DBName", "StorageEncrypted", "KmsKeyId", "DBClusterIdentifier"),
    "AWS::Logs::LogGroup": ("LogGroupName", "LogGroupClass"),
    "AWS::Cognito::UserPool": ("AliasAttributes", "UsernameAttributes"),
    "AWS::DirectoryService::MicrosoftAD": ("Name", "ShortName", "Password", "Edition", "VpcSettings", "CreateAlias"),
    "AWS::SecretsManager::Secret": ("Name",),
}
# How `cdk diff` marks a resource line's impact (aws-cdk cloudformation-diff `formatImpact`).
IMPACTS = ("may be replaced", "replace", "destroy", "orphan", "import")
RESOURCE_LINE = re.compile(r"^\[(?P<op>[+\-~])\] (?P<type>[A-Za-z0-9]+::[A-Za-z0-9:]+) (?P<rest>.+)$")
SECTION = re.compile(r"^[A-Z][A-Za-z ]+$")
EMPTY_TEMPLATE = {"Resources": {}}


@dataclass
class Change:
    """One resource line of `cdk diff`."""

    op: str  # "+", "-", "~"
    type: str
    logical_id: str
    path: str = ""
    impact: str = ""
    reasons: list[str] = field(default_factory=list)

    @property
    def kind(self) -> str:
        if self.op == "+":
            return "added"
        if self.op == "-":
            return "removed"
        return "replaced" if self.impact in ("replace", "may be replaced") else "modified"


@dataclass
class StackReview:
    env: str
    stack: str
    changes: list[Change]
    diff_text: str
    red: list[Change] = field(default_factory=list)


def parse_cdk_diff(text: str) -> list[Change]:
    """Resource lines of `cdk diff` output (`[-] AWS::S3::Bucket Path/To/It LogicalId destroy`)."""
    changes, section = [], ""
    for raw in text.splitlines():
        line = raw.rstrip()
        if SECTION.match(line):
            section = line
            continue
        match = RESOURCE_LINE.match(line)
        if section != "Resources" or not match:
            continue
        rest, impact = match["rest"].strip(), ""
        for candidate in IMPACTS:
            if rest.endswith(" " + candidate):
                rest, impact = rest[: -len(candidate) - 1].rstrip(), candidate
                break
        *path, logical_id = rest.split(" ")
        changes.append(Change(op=match["op"], type=match["type"], logical_id=logical_id, path=" ".join(path), impact=impact))
    return changes


def replacement_properties(resource_type: str, old: dict, new: dict) -> list[str]:
    """Properties in the table that differ between the base and new resource (each forces replacement)."""
    old_props, new_props = old.get("Properties", {}), new.get("Properties", {})
    return [p for p in REPLACEMENT_PROPERTIES.get(resource_type, ()) if old_props.get(p) != new_props.get(p)]


def stateful_findings(changes: list[Change], base: dict, new: dict) -> list[Change]:
    """The red section of one stack: stateful resources destroyed, orphaned, replaced or renamed."""
    base_res, new_res = base.get("Resources", {}), new.get("Resources", {})
    red: dict[str, Change] = {}
    for change in changes:
        if change.type not in STATEFUL_TYPES:
            continue
        if change.op == "-":
            was = base_res.get(change.logical_id, {})
            policy = was.get("DeletionPolicy", "Delete")
            twins = [c.logical_id for c in changes if c.op == "+" and c.type == change.type]
            retained = change.impact == "orphan" or policy in ("Retain", "RetainExceptOnCreate")
            what = "orphaned (DeletionPolicy Retain: the data stays, the stack forgets it)" if retained else "DELETED with its data"
            change.reasons.append(f"removed: {what}")
            if twins:
                change.reasons.append(f"logical ID changed? added in the same stack: {', '.join(twins)}")
            red[change.logical_id] = change
        elif change.op == "~" and change.impact in ("replace", "may be replaced"):
            change.reasons.append(f"CLI: {change.impact}")
            red[change.logical_id] = change
    # Cross-check with the replacement-property table (catches what the CLI would only call "modified").
    for logical_id, old in base_res.items():
        new_one = new_res.get(logical_id)
        if old.get("Type") not in STATEFUL_TYPES or not new_one or new_one.get("Type") != old.get("Type"):
            continue
        props = replacement_properties(old["Type"], old, new_one)
        if not props:
            continue
        change = red.get(logical_id) or next((c for c in changes if c.logical_id == logical_id), None)
        if change is None:
            change = Change(op="~", type=old["Type"], logical_id=logical_id)
            changes.append(change)
        change.reasons.append(f"replacement property changed: {', '.join(props)}")
        if change.impact not in ("replace", "may be replaced"):
            change.reasons.append("(the CLI did not mark it replaced; the property table does)")
        red[logical_id] = change
    return list(red.values())


def _offline_env() -> dict[str, str]:
    """No AWS credentials or profiles: review must work, and must be proven to work, without them."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_") or k == "AWS_CA_BUNDLE"}
    env.update(AWS_CONFIG_FILE="/dev/null", AWS_SHARED_CREDENTIALS_FILE="/dev/null", AWS_EC2_METADATA_DISABLED="true")
    return _cli_env(env)


def _cli_env(env: dict[str, str]) -> dict[str, str]:
    return {
        **env,
        "PATH": f"{ROOT / 'node_modules' / '.bin'}:{ROOT / '.venv' / 'bin'}:{env.get('PATH', '')}",
        "CDK_DISABLE_VERSION_CHECK": "1",
        "JSII_SILENCE_WARNING_UNTESTED_NODE_VERSION": "1",
    }


def _run(cmd: list[str], *, cwd: Path, env: dict[str, str], check: bool = True) -> subprocess.CompletedProcess:
    result = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, check=False)
    if check and result.returncode != 0:
        raise SystemExit(f"review: `{' '.join(cmd)}` failed in {cwd} (exit {result.returncode}):\n{result.stderr[-4000:]}{result.stdout[-2000:]}")
    return result


def synth(src: Path, env_name: str, out: Path, env: dict[str, str]) -> None:
    """`cdk synth -c env=<env>` of the checkout in `src` into `out`, with this checkout's pinned toolchain."""
    if out.exists():
        shutil.rmtree(out)
    _run([str(CDK), "synth", "--quiet", "-c", f"env={env_name}", "--output", str(out)], cwd=src, env=env)


def stacks_of(out: Path, env_name: str) -> dict[str, tuple[str, Path]]:
    """CloudFormation stack name -> (display path, template) of one environment's stage in an assembly."""
    stage_dir = out / f"assembly-{env_name}"
    manifest = json.loads((stage_dir / "manifest.json").read_text())
    found = {}
    for artifact in manifest["artifacts"].values():
        if artifact["type"] == "aws:cloudformation:stack":
            props = artifact["properties"]
            found[props.get("stackName") or artifact["displayName"]] = (artifact["displayName"], stage_dir / props["templateFile"])
    return found


def checkout(ref: str) -> tuple[str, Path]:
    """`git archive` of `ref` into .review/<sha>/src (once per commit), sharing .venv and node_modules."""
    sha = _run(["git", "rev-parse", "--verify", f"{ref}^{{commit}}"], cwd=ROOT, env=dict(os.environ)).stdout.strip()
    src = CACHE / sha / "src"
    if not (src / "app.py").is_file():
        if src.exists():
            shutil.rmtree(src)
        src.mkdir(parents=True)
        archive = subprocess.run(["git", "archive", "--format=tar", sha], cwd=ROOT, capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", str(src)], input=archive, check=True)
        for shared in (".venv", "node_modules"):
            link = src / shared
            if link.is_symlink():  # committed by accident somewhere: point it at this checkout's copy
                link.unlink()
            link.symlink_to((ROOT / shared).resolve())
    return sha, src


def diff_stack(app: Path, display: str, base_template: Path, env: dict[str, str]) -> str:
    """The CLI's own diff of one stack of the new assembly against a base template (offline)."""
    result = _run(
        [str(CDK), "diff", "--no-color", "--app", str(app), "--template", str(base_template), "--exclusively", display],
        cwd=ROOT, env=env, check=False,
    )
    if result.returncode not in (0, 1):
        raise SystemExit(f"review: cdk diff of {display} failed:\n{result.stderr[-4000:]}")
    return result.stderr + result.stdout


def review_offline(base_ref: str, envs: list[str]) -> list[StackReview]:
    env = _offline_env()
    sha, src = checkout(base_ref)
    reviews: list[StackReview] = []
    with tempfile.TemporaryDirectory(prefix="review-") as tmp:
        empty = Path(tmp) / "empty.template.json"
        empty.write_text(json.dumps(EMPTY_TEMPLATE))
        for env_name in envs:
            base_out = CACHE / sha / f"out-{env_name}"
            base_has_env = (src / "config" / f"{env_name}.yaml").is_file()
            if base_has_env and not (base_out / "manifest.json").is_file():
                synth(src, env_name, base_out, env)
            new_out = Path(tmp) / f"new-{env_name}"
            synth(ROOT, env_name, new_out, env)
            base_stacks = stacks_of(base_out, env_name) if base_has_env else {}
            new_stacks = stacks_of(new_out, env_name)
            for name, (display, template) in sorted(new_stacks.items()):
                base_template = base_stacks[name][1] if name in base_stacks else empty
                text = diff_stack(new_out, display, base_template, env)
                changes = parse_cdk_diff(text)
                review = StackReview(env=env_name, stack=name, changes=changes, diff_text=text)
                review.red = stateful_findings(changes, json.loads(base_template.read_text()), json.loads(template.read_text()))
                reviews.append(review)
            for name, (display, template) in sorted(base_stacks.items()):
                if name in new_stacks:
                    continue
                # The whole stack goes: CloudFormation deletes every resource in it.
                base = json.loads(template.read_text())
                changes = [Change(op="-", type=r["Type"], logical_id=lid, impact="destroy") for lid, r in base.get("Resources", {}).items()]
                review = StackReview(env=env_name, stack=f"{name} (stack removed)", changes=changes, diff_text="")
                review.red = stateful_findings(changes, base, EMPTY_TEMPLATE)
                reviews.append(review)
    return reviews


def review_live(assembly: Path, envs: list[str]) -> list[StackReview]:
    """Against the deployed stacks, with the caller's credentials (the pipeline's Review step)."""
    env = _cli_env(dict(os.environ))
    reviews = []
    for env_name in envs:
        for name, (display, template) in sorted(stacks_of(assembly, env_name).items()):
            result = _run(
                [str(CDK), "diff", "--no-color", "--app", str(assembly), "--method", "template", "--exclusively", display],
                cwd=ROOT, env=env, check=False,
            )
            if result.returncode not in (0, 1):
                raise SystemExit(f"review: cdk diff of {display} failed:\n{result.stderr[-4000:]}")
            text = result.stderr + result.stdout
            changes = parse_cdk_diff(text)
            review = StackReview(env=env_name, stack=name, changes=changes, diff_text=text)
            # Without the deployed template at hand, the CLI's impacts are the source (no table cross-check).
            review.red = stateful_findings(changes, EMPTY_TEMPLATE, json.loads(template.read_text()))
            reviews.append(review)
    return reviews


def read_allowed(values: list[str], allow_file: Path | None) -> set[str]:
    """Logical IDs whose stateful change is deliberate: env/flag lists, and `<id> <reason>` lines of a file."""
    allowed = {item.strip() for value in values for item in re.split(r"[,\s]+", value) if item.strip()}
    if allow_file and allow_file.is_file():
        for number, line in enumerate(allow_file.read_text().splitlines(), 1):
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            logical_id, _, reason = line.partition(" ")
            if len(reason.strip()) < 20:
                raise SystemExit(f"review: {allow_file}:{number}: {logical_id} needs a reason (at least 20 characters)")
            allowed.add(logical_id)
    return allowed


def render(reviews: list[StackReview], allowed: set[str], *, header: str, with_diff: bool) -> tuple[str, int]:
    """The report text and its exit status."""
    lines = [header, ""]
    for review in reviews:
        by_kind: dict[str, list[Change]] = {"added": [], "removed": [], "modified": [], "replaced": []}
        for change in review.changes:
            by_kind[change.kind].append(change)
        counts = ", ".join(f"{len(v)} {k}" for k, v in by_kind.items())
        lines.append(f"== {review.env} / {review.stack}: {counts}")
        for kind, items in by_kind.items():
            for change in items:
                impact = f" ({change.impact})" if change.impact else ""
                lines.append(f"   {kind:<9} {change.type:<32} {change.logical_id}{impact}")
        if with_diff and review.diff_text.strip():
            lines += ["   --- cdk diff ---"] + [f"   {line}" for line in review.diff_text.rstrip().splitlines()]
    red = [(review, change) for review in reviews for change in review.red]
    blocking = [(r, c) for r, c in red if c.logical_id not in allowed]
    lines.append("")
    if red:
        lines.append("!!! STATEFUL: resources that hold data would be destroyed, orphaned, replaced or renamed !!!")
        for review, change in red:
            mark = "allowed " if change.logical_id in allowed else "BLOCKING"
            lines.append(f"  {mark} {review.env} / {review.stack} / {change.logical_id} ({change.type}): {'; '.join(change.reasons)}")
        if blocking:
            lines.append(
                "Refusing. If this is deliberate (data migrated or disposable), re-run with "
                f"ALLOW_STATEFUL_CHANGES={','.join(sorted({c.logical_id for _, c in blocking}))} "
                "(docs/reviewer.md, 'Overriding the stateful check')."
            )
    else:
        lines.append("STATEFUL: no stateful resource is destroyed, orphaned, replaced or renamed.")
    return "\n".join(lines) + "\n", 1 if blocking else 0


def shipped_envs() -> list[str]:
    return sorted(p.stem for p in (ROOT / "config").glob("*.yaml") if p.stem != "pipeline")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--base", help="git ref to compare the working tree with (offline)")
    mode.add_argument("--live", action="store_true", help="compare a synthesized assembly with the deployed stacks")
    parser.add_argument("--assembly", type=Path, default=ROOT / "cdk.out", help="assembly for --live (default cdk.out)")
    parser.add_argument("--env", action="append", help="environment (repeatable; default every shipped one)")
    parser.add_argument("--allow", action="append", default=[], help="logical IDs allowed to change (comma separated)")
    parser.add_argument("--allow-file", type=Path, default=ROOT / "review-allow.txt", help="`<logical id> <reason>` lines")
    parser.add_argument("--report", type=Path, help="also write the report here")
    parser.add_argument("--diff", action="store_true", help="include the full `cdk diff` text per stack")
    args = parser.parse_args(argv)
    envs = args.env or shipped_envs()
    if args.live:
        reviews = review_live(args.assembly, envs)
        header = f"Change review: {args.assembly} vs deployed stacks ({', '.join(envs)})"
    else:
        reviews = review_offline(args.base, envs)
        header = f"Change review: working tree vs {args.base} ({', '.join(envs)})"
    allowed = read_allowed([os.environ.get("ALLOW_STATEFUL_CHANGES", ""), *args.allow], args.allow_file)
    text, status = render(reviews, allowed, header=header, with_diff=args.diff or args.live)
    sys.stdout.write(text)
    if args.report:
        args.report.parent.mkdir(parents=True, exist_ok=True)
        args.report.write_text(text)
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
