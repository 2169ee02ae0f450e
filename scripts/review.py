#!/usr/bin/env python3
"""Change review: what a deploy would change in AWS and in the cluster, with stateful losses refused.

  make review BASE=<git ref> [ENV=dev]
      review.py --base REF [--env dev ...]     offline, no AWS credentials: synthesizes REF (git archive into
                                               .review/<sha>/, cached, the three most recent commits kept) and
                                               the working tree with this checkout's .venv and node_modules
  review.py --live --assembly cdk.out --env prod
                                               the pipeline's Review step: the deployed stacks' templates
                                               (`aws cloudformation get-template` through the read-only
                                               bootstrap lookup role) are the base; `--deployed-templates DIR`
                                               reads them from files instead

Both modes then run the same steps on (base template, new template) pairs: the CLI's own `cdk diff --template`
per stack (AWS resources), and the Kubernetes objects of both sides rebuilt from the `Manifest` properties of
the `Custom::AWSCDK-EKS-KubernetesResource` resources, compared object by object per environment.

Exit status 1 when a stateful AWS resource (tests/support/stateful.py STATEFUL_TYPES) would be destroyed,
orphaned, replaced or re-created under another logical ID, or a stateful Kubernetes object (PVC, PV, a
StorageClass in use, CRD, Namespace, Kubeflow Profile) would be removed, or a StorageClass's immutable fields
would change (the apply would fail: delete the class first), unless every such finding is allowed by its ID:
ALLOW_STATEFUL_CHANGES="KeysDataKey8F3FE3A4,Namespace/fraud,..." (or `--allow`), or listed with a reason in
`--allow-file`. Standard library only, so the pipeline runs it with the build image's python3.
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.support.stateful import STATEFUL_TYPES  # noqa: E402  (plain data, no third-party imports)

CDK = ROOT / "node_modules" / ".bin" / "cdk"
CACHE = ROOT / ".review"
CACHE_KEEP = 3  # base commits kept in the cache

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
# Type names: `AWS::S3::Bucket`, `Custom::AWSCDK-EKS-KubernetesResource` (hyphens), `AWS::SSM::Parameter::Value<String>`.
RESOURCE_LINE = re.compile(r"^\[(?P<op>[+\-~])\] (?P<type>[A-Za-z0-9]+::[A-Za-z0-9:_.<>-]+) (?P<rest>.+)$")
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

    @property
    def changed(self) -> bool:
        """Resources changed, or the CLI saw another difference (parameters, outputs, conditions)."""
        return bool(self.changes) or bool(self.diff_text.strip()) and "There were no differences" not in self.diff_text


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


# --- Kubernetes objects -------------------------------------------------------------------------------------
# The cluster section compares the objects inside the templates (the `Manifest` JSON that the kubectl provider
# applies), not dist/*.yaml: templates are what CloudFormation applies, the deployed stack's template is the only
# record of what runs (the --live base), and JSON needs no third-party parser in the pipeline's python3.
MANIFEST_TYPE = "Custom::AWSCDK-EKS-KubernetesResource"
MISSING = object()
MAX_VALUE = 100  # characters of a value shown in full; longer ones keep their start and end
MAX_FIELDS = 12  # changed fields listed per object; the rest are counted
# The kubectl provider (aws-cdk-lib 2.275.0, custom-resource-handlers/dist/aws-eks-v2/kubectl-handler/apply):
# Create applies the manifest, Update applies it with `--prune -l <PruneLabel>` (objects no longer in it are
# deleted), Delete runs `kubectl delete -f` on it. Each manifest resource labels its objects with its PruneLabel.
PRUNE_LABEL = "aws.cdk.eks/prune-"
# `--prune` without `--prune-allowlist` deletes only these (group, kind)s (kubernetes/kubectl,
# pkg/util/prune/prune.go, the default allowlists): a removed CRD, StorageClass or Profile stays in the cluster.
PRUNED_KINDS = frozenset({
    ("", "ConfigMap"), ("", "Endpoints"), ("", "PersistentVolumeClaim"), ("", "Pod"), ("", "ReplicationController"),
    ("", "Secret"), ("", "Service"), ("batch", "Job"), ("batch", "CronJob"), ("networking.k8s.io", "Ingress"),
    ("apps", "DaemonSet"), ("apps", "Deployment"), ("apps", "ReplicaSet"), ("apps", "StatefulSet"),
    ("", "Namespace"), ("", "PersistentVolume"),
})
HASH = re.compile(r"(?<=[a-z])(?:[0-9A-F]{8})+(?=[A-Z][a-z]|$)")


@dataclass
class KubeObject:
    """One Kubernetes object as a template applies it, with the manifest resource that carries it."""

    body: dict[str, Any]
    chart: str
    stack: str
    manifest_id: str  # logical ID of the Custom::AWSCDK-EKS-KubernetesResource
    retained: bool  # that resource's DeletionPolicy keeps the objects in the cluster when it is deleted

    @property
    def kind(self) -> str:
        return str(self.body.get("kind", "?"))

    @property
    def label(self) -> str:
        meta = self.body.get("metadata") or {}
        namespace = meta.get("namespace")
        return f"{namespace}/{meta.get('name')}" if namespace else str(meta.get("name"))

    @property
    def override_id(self) -> str:
        """What ALLOW_STATEFUL_CHANGES / review-allow.txt name to allow its removal: `Kind/namespace/name`."""
        return f"{self.kind}/{self.label}"


@dataclass
class KubeChange:
    op: str  # "added", "removed", "changed"
    obj: KubeObject  # the new object (the base one when removed)
    fields: list[tuple[str, Any, Any]] = field(default_factory=list)
    note: str = ""


@dataclass
class KubeFinding:
    """A stateful Kubernetes object removed, or changed where the apply cannot change it (a StorageClass's immutable
    fields): the same red section and override as a stateful AWS resource."""

    obj: KubeObject
    reasons: list[str]

    @property
    def logical_id(self) -> str:
        return self.obj.override_id

    @property
    def type(self) -> str:
        return self.obj.kind


@dataclass
class KubeReview:
    env: str
    changes: list[KubeChange]
    red: list[KubeFinding] = field(default_factory=list)


def placeholder(intrinsic: Any) -> str:
    """A deploy-time value (`Ref`, `Fn::GetAtt`, `Fn::GetStackOutput`, ...) as a readable, stable `${...}`."""
    if not isinstance(intrinsic, dict) or len(intrinsic) != 1:
        return "${?}"
    ((fn, arg),) = intrinsic.items()
    if fn == "Ref":
        return "${%s}" % arg
    if fn == "Fn::GetAtt":
        return "${%s}" % ".".join(map(str, arg)) if isinstance(arg, list) else "${%s}" % arg
    if fn == "Fn::GetStackOutput" and isinstance(arg, dict):
        # Cross-stack outputs are named after the producer's logical ID: keep the readable part.
        output = re.sub(r"^PublishOutput(?:Ref|FnGetAtt)?", "", str(arg.get("OutputName", "")))
        return "${%s:%s}" % (arg.get("StackName"), HASH.sub("", output))
    if fn == "Fn::ImportValue":
        return "${import:%s}" % (arg if isinstance(arg, str) else placeholder(arg))
    if fn == "Fn::Join" and isinstance(arg, list) and len(arg) == 2:
        return str(arg[0]).join(p if isinstance(p, str) else placeholder(p) for p in arg[1])
    return "${%s}" % fn


def manifest_objects(value: Any) -> list[dict[str, Any]]:
    """The objects of one `Manifest` property: a JSON string, or an `Fn::Join` of strings and intrinsics."""
    text = value if isinstance(value, str) else placeholder(value)
    try:
        objects = json.loads(text)
    except ValueError:
        # Not JSON once deploy-time values are placeholders: keep it comparable as one opaque object.
        return [{"apiVersion": "review/v1", "kind": "UnreadableManifest", "metadata": {"name": "manifest"}, "text": text}]
    return [o for o in (objects if isinstance(objects, list) else [objects]) if isinstance(o, dict)]


def chart_of(logical_id: str, resource: dict[str, Any]) -> str:
    """`dev/PlatformServices/KubeflowPipelinesApiManifest/Resource/Default` -> `kubeflow-pipelines-api`."""
    path = str((resource.get("Metadata") or {}).get("aws:cdk:path", ""))
    name = next((part for part in path.split("/") if part.endswith("Manifest")), "") or HASH.sub("", logical_id)
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "-", name.removesuffix("Manifest")).lower() or logical_id


def object_key(body: dict[str, Any]) -> tuple[str, str, str, str]:
    """Identity in the cluster: API group (not version: one stored object serves every version), kind, namespace, name."""
    meta = body.get("metadata") or {}
    group = str(body.get("apiVersion", "")).rpartition("/")[0]
    return group, str(body.get("kind", "")), str(meta.get("namespace") or ""), str(meta.get("name", ""))


def kube_objects(templates: dict[str, dict[str, Any]]) -> dict[tuple[str, str, str, str], KubeObject]:
    """Every Kubernetes object of one environment: stack name -> template, in."""
    found: dict[tuple[str, str, str, str], KubeObject] = {}
    for stack, template in sorted(templates.items()):
        for logical_id, resource in (template.get("Resources") or {}).items():
            if resource.get("Type") != MANIFEST_TYPE:
                continue
            retained = resource.get("DeletionPolicy") in ("Retain", "RetainExceptOnCreate")
            for body in manifest_objects((resource.get("Properties") or {}).get("Manifest", "[]")):
                labels = (body.get("metadata") or {}).get("labels")
                if isinstance(labels, dict):  # the provider's prune label names the manifest resource, not a change
                    body["metadata"]["labels"] = {k: v for k, v in labels.items() if not k.startswith(PRUNE_LABEL)}
                found[object_key(body)] = KubeObject(body=body, chart=chart_of(logical_id, resource), stack=stack,
                                                     manifest_id=logical_id, retained=retained)
    return found


def _segment(key: str) -> str:
    return f".{key}" if re.fullmatch(r"[A-Za-z0-9_-]+", key) else f'["{key}"]'


def field_changes(old: Any, new: Any, path: str = "") -> list[tuple[str, Any, Any]]:
    """Changed leaves as (dotted path, old, new); list items with a `name` are matched by it (containers, env)."""
    if isinstance(old, dict) and isinstance(new, dict):
        changes = []
        for key in sorted(set(old) | set(new), key=str):
            changes += field_changes(old.get(key, MISSING), new.get(key, MISSING), f"{path}{_segment(str(key))}".lstrip("."))
        return changes
    if isinstance(old, list) and isinstance(new, list):
        names_old = [i.get("name") for i in old if isinstance(i, dict)]
        names_new = [i.get("name") for i in new if isinstance(i, dict)]
        named = (len(names_old) == len(old) and len(names_new) == len(new) and None not in names_old + names_new
                 and len(set(names_old)) == len(old) and len(set(names_new)) == len(new))
        if named:
            by_old, by_new = {i["name"]: i for i in old}, {i["name"]: i for i in new}
            changes = []
            for name in [*names_old, *[n for n in names_new if n not in by_old]]:
                changes += field_changes(by_old.get(name, MISSING), by_new.get(name, MISSING), f"{path}[{name}]")
            return changes
        if len(old) == len(new):
            return [c for i, (o, n) in enumerate(zip(old, new)) for c in field_changes(o, n, f"{path}[{i}]")]
    if isinstance(old, str) and isinstance(new, str) and old != new:
        inner = _json_container(old), _json_container(new)
        if None not in inner:  # a JSON document in a string (dashboards): its own fields, not two long strings
            return field_changes(*inner, path=f"{path}<json>")
        if "\n" in old or "\n" in new:
            return [_text_change(path, old, new)]
    return [] if old == new else [(path or ".", old, new)]


def _json_container(text: str) -> Any:
    if not text.lstrip().startswith(("{", "[")):
        return None
    try:
        return json.loads(text)
    except ValueError:
        return None


def _text_change(path: str, old: str, new: str) -> tuple[str, Any, Any]:
    """A multi-line string (rules, scripts, config files) as lines removed and added, each side's first shown."""
    removed, added = [], []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=old.splitlines(), b=new.splitlines(), autojunk=False).get_opcodes():
        if tag != "equal":
            removed += old.splitlines()[i1:i2]
            added += new.splitlines()[j1:j2]
    side = lambda lines, sign: f"{sign}{len(lines)} lines" + (f": {lines[0].strip()}" if lines else "")  # noqa: E731
    return f"{path} (text)", side(removed, "-"), side(added, "+")


def short(value: Any) -> str:
    """A value on one line, long ones abbreviated in the middle (image tags and names sit at the ends)."""
    if value is MISSING:
        return "(none)"
    text = value if isinstance(value, str) and value and '"' not in value else json.dumps(value, separators=(",", ":"), sort_keys=True)
    if len(text) <= MAX_VALUE:
        return text
    keep = (MAX_VALUE - 3) // 2
    return f"{text[:keep]}…{text[-keep:]} ({len(text)} chars)"


def kube_diff(base: dict[str, dict[str, Any]], new: dict[str, dict[str, Any]]) -> list[KubeChange]:
    """Objects added, removed and changed between two environments' templates, by chart, then kind, then name."""
    old_objects, new_objects = kube_objects(base), kube_objects(new)
    changes = []
    for key in set(old_objects) | set(new_objects):
        was, now = old_objects.get(key), new_objects.get(key)
        if was is None:
            changes.append(KubeChange("added", now))
        elif now is None:
            changes.append(KubeChange("removed", was))
        else:
            fields = field_changes(was.body, now.body)
            note = f"moved from {was.stack} / {was.manifest_id}: {MOVED}" if _moved(was, now) else ""
            if fields or note:
                changes.append(KubeChange("changed", now, fields, note))
    order = {"removed": 0, "changed": 1, "added": 2}
    return sorted(changes, key=lambda c: (c.obj.chart, c.obj.kind, c.obj.label, order[c.op]))


MOVED = "the old manifest resource's deletion runs kubectl delete on it"

# Fields the API server refuses to update on a StorageClass (kubernetes pkg/apis/storage/validation
# ValidateStorageClassUpdate): `kubectl apply` of a changed one fails, and with it the stack update.
STORAGE_CLASS_IMMUTABLE = ("parameters", "provisioner", "reclaimPolicy", "volumeBindingMode")


def _moved(was: KubeObject, now: KubeObject) -> bool:
    """Carried by another manifest resource now (a chart renamed, moved to another stack): unless the old resource
    is retained, deleting it deletes the object, whichever of the two CloudFormation handles first."""
    return (was.stack, was.manifest_id) != (now.stack, now.manifest_id) and not was.retained


def _count_kinds(objects: Iterable[KubeObject]) -> str:
    counts: dict[str, int] = {}
    for obj in objects:
        counts[obj.kind] = counts.get(obj.kind, 0) + 1
    return ", ".join(f"{n} {kind}" for kind, n in sorted(counts.items())) or "none"


def _names(objects: list[KubeObject], limit: int = 4) -> str:
    shown = ", ".join(o.label for o in objects[:limit])
    return shown + (f" and {len(objects) - limit} more" if len(objects) > limit else "")


def kube_findings(changes: list[KubeChange], base: dict[str, dict[str, Any]], new: dict[str, dict[str, Any]]) -> list[KubeFinding]:
    """Removed stateful objects, each with what would be lost and how (pruned, deleted or orphaned)."""
    old_by_key = kube_objects(base)
    old_objects = list(old_by_key.values())
    new_manifests = {(stack, lid) for stack, t in new.items() for lid in (t.get("Resources") or {})}
    added = [c.obj for c in changes if c.op == "added"]
    findings = []
    for change in changes:
        obj = change.obj
        if change.op == "changed" and not change.note and obj.kind == "StorageClass":
            immutable = [path for path, _, _ in change.fields
                         if re.match(r"[A-Za-z0-9_-]*", path).group() in STORAGE_CLASS_IMMUTABLE]
            if immutable:
                name = (obj.body.get("metadata") or {}).get("name")
                findings.append(KubeFinding(obj=obj, reasons=[
                    f"changes immutable fields ({', '.join(immutable)}): kubectl apply fails on a cluster that has the "
                    "class, and the stack update rolls back",
                    f"before deploying: kubectl delete storageclass {name} (the deploy re-creates it); bound claims and "
                    "their volumes are untouched and keep their old settings, only volumes provisioned after it get the new ones",
                ]))
            continue
        if change.op == "changed" and change.note:
            was = old_by_key[object_key(obj.body)]
            obj = KubeObject(body=was.body, chart=was.chart, stack=was.stack, manifest_id=was.manifest_id, retained=was.retained)
        elif change.op != "removed":
            continue
        spec, meta, kind = obj.body.get("spec") or {}, obj.body.get("metadata") or {}, obj.kind
        name = meta.get("name")
        if kind == "PersistentVolumeClaim":
            lost = f"the claim: {_claim_policy(obj, old_objects)}"
        elif kind == "PersistentVolume":
            policy = spec.get("persistentVolumeReclaimPolicy", "Retain")
            lost = (f"the volume (reclaim policy {policy}: "
                    + ("its storage is deleted)" if policy == "Delete" else "the storage stays, nothing binds to it by name any more)"))
        elif kind == "StorageClass":
            users = [o for o in old_objects if o.kind in ("PersistentVolumeClaim", "PersistentVolume")
                     and (o.body.get("spec") or {}).get("storageClassName") == name]
            default = (meta.get("annotations") or {}).get("storageclass.kubernetes.io/is-default-class") == "true"
            if not users and not default:
                continue  # not in use: removing it loses nothing
            lost = ("the class in use by " + (_names(users) if users else "every claim without a storageClassName (it is the default)")
                    + ": their volumes can no longer be provisioned or re-bound")
        elif kind == "CustomResourceDefinition":
            crd_kind, group = (spec.get("names") or {}).get("kind"), spec.get("group")
            shipped = [o for o in old_objects if o.kind == crd_kind and object_key(o.body)[0] == group]
            lost = (f"every {crd_kind} ({group}) in the cluster is deleted with it: "
                    + (f"{len(shipped)} shipped here ({_names(shipped)})" if shipped else "none shipped here")
                    + " plus any that users or controllers created")
        elif kind == "Namespace":
            inside = [o for o in old_objects if (o.body.get("metadata") or {}).get("namespace") == name]
            lost = f"everything in the namespace: {_count_kinds(inside)} shipped here, plus what users created (notebooks, volumes, runs)"
        elif kind == "Profile" and object_key(obj.body)[0] == "kubeflow.org":
            lost = f"its namespace {name} and everything in it (notebooks, volumes, pipeline runs, secrets), deleted by the profile controller"
        else:
            continue
        orphaned = False
        if change.op == "changed":
            how = f"moved from {obj.stack} / {obj.manifest_id}: {MOVED}"
        elif (obj.stack, obj.manifest_id) in new_manifests:
            orphaned = (object_key(obj.body)[0], kind) not in PRUNED_KINDS
            how = ("removed from its manifest: not in kubectl's default prune list, so it stays in the cluster unmanaged"
                   if orphaned else "removed from its manifest: the apply's prune deletes it")
        elif obj.retained:
            orphaned = True
            how = "its manifest resource goes with DeletionPolicy Retain: orphaned, left in the cluster unmanaged"
        else:
            how = "its manifest resource is deleted (kubectl delete)"
        reasons = [how, f"{'at stake' if orphaned else 'lost'}: {lost}"]
        twins = [o.label for o in added if o.kind == kind]
        if twins:
            reasons.append(f"renamed? {kind} added in the same environment: {', '.join(twins)}")
        findings.append(KubeFinding(obj=obj, reasons=reasons))
    return findings


def _claim_policy(claim: KubeObject, objects: list[KubeObject]) -> str:
    spec = claim.body.get("spec") or {}
    volume = next((o for o in objects if o.kind == "PersistentVolume" and (o.body.get("metadata") or {}).get("name") == spec.get("volumeName")), None)
    if volume is not None:
        policy = (volume.body.get("spec") or {}).get("persistentVolumeReclaimPolicy", "Retain")
        source = f"volume {volume.label}"
    else:
        klass = next((o for o in objects if o.kind == "StorageClass" and (o.body.get("metadata") or {}).get("name") == spec.get("storageClassName")), None)
        policy = (klass.body.get("reclaimPolicy", "Delete") if klass else "Delete")
        source = f"class {spec.get('storageClassName') or '(default)'}"
    if policy == "Delete":
        return f"its data is deleted (reclaim policy Delete, {source})"
    return f"the data stays on the released volume (reclaim policy {policy}, {source}) but must be re-bound by hand"


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


def stack_artifacts(out: Path, env_name: str) -> dict[str, dict[str, Any]]:
    """CloudFormation stack name -> its assembly artifact (plus `templatePath`) of one environment's stage."""
    stage_dir = out / f"assembly-{env_name}"
    manifest = json.loads((stage_dir / "manifest.json").read_text())
    found = {}
    for artifact in manifest["artifacts"].values():
        if artifact["type"] == "aws:cloudformation:stack":
            props = artifact["properties"]
            found[props.get("stackName") or artifact["displayName"]] = {**artifact, "templatePath": stage_dir / props["templateFile"]}
    return found


def stacks_of(out: Path, env_name: str) -> dict[str, tuple[str, Path]]:
    """CloudFormation stack name -> (display path, template) of one environment's stage in an assembly."""
    return {name: (a["displayName"], a["templatePath"]) for name, a in stack_artifacts(out, env_name).items()}


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
    (CACHE / sha / ".used").touch()
    prune_cache(CACHE, keep=CACHE_KEEP)
    return sha, src


def prune_cache(cache: Path, *, keep: int) -> list[Path]:
    """Keep the `keep` most recently used base commits in the cache (each is a source tree plus ~60 MB per
    synthesized environment); delete the others. Returns what was deleted."""
    entries = [p for p in cache.glob("*") if p.is_dir() and re.fullmatch(r"[0-9a-f]{40,64}", p.name)]
    entries.sort(key=lambda p: (p / ".used").stat().st_mtime if (p / ".used").exists() else p.stat().st_mtime, reverse=True)
    for stale in entries[keep:]:
        shutil.rmtree(stale, ignore_errors=True)
    return entries[keep:]


def diff_stack(app: Path, display: str, base_template: Path, env: dict[str, str]) -> str:
    """The CLI's own diff of one stack of the new assembly against a base template (offline)."""
    result = _run(
        [str(CDK), "diff", "--no-color", "--app", str(app), "--template", str(base_template), "--exclusively", display],
        cwd=ROOT, env=env, check=False,
    )
    if result.returncode not in (0, 1):
        raise SystemExit(f"review: cdk diff of {display} failed:\n{result.stderr[-4000:]}")
    return result.stderr + result.stdout


@dataclass
class EnvReview:
    """One environment: its stacks (AWS resources) and its Kubernetes objects."""

    env: str
    stacks: list[StackReview]
    kube: KubeReview


def review_environment(env_name: str, app: Path, new_stacks: dict[str, tuple[str, Path]],
                       base_templates: dict[str, dict[str, Any]], cli_env: dict[str, str], tmp: Path) -> EnvReview:
    """The same steps for both modes: the CLI's diff per changed stack, the stateful check, the cluster objects."""
    stacks, new_templates = [], {}
    for name, (display, template) in sorted(new_stacks.items()):
        new = json.loads(template.read_text())
        new_templates[name] = new
        base = base_templates.get(name, EMPTY_TEMPLATE)
        if base == new:  # nothing to ask the CLI
            stacks.append(StackReview(env=env_name, stack=name, changes=[], diff_text=""))
            continue
        base_path = tmp / f"base-{env_name}-{name}.template.json"
        base_path.write_text(json.dumps(base))
        text = diff_stack(app, display, base_path, cli_env)
        changes = parse_cdk_diff(text)
        review = StackReview(env=env_name, stack=name, changes=changes, diff_text=text)
        review.red = stateful_findings(changes, base, new)
        stacks.append(review)
    for name, base in sorted(base_templates.items()):
        if name in new_stacks:
            continue
        # The whole stack goes: CloudFormation deletes every resource in it.
        changes = [Change(op="-", type=r["Type"], logical_id=lid, impact="destroy") for lid, r in base.get("Resources", {}).items()]
        review = StackReview(env=env_name, stack=f"{name} (stack removed)", changes=changes, diff_text="")
        review.red = stateful_findings(changes, base, EMPTY_TEMPLATE)
        stacks.append(review)
    kube_changes = kube_diff(base_templates, new_templates)
    kube = KubeReview(env=env_name, changes=kube_changes, red=kube_findings(kube_changes, base_templates, new_templates))
    return EnvReview(env=env_name, stacks=stacks, kube=kube)


def review_offline(base_ref: str, envs: list[str]) -> list[EnvReview]:
    env = _offline_env()
    sha, src = checkout(base_ref)
    results = []
    with tempfile.TemporaryDirectory(prefix="review-") as tmp:
        for env_name in envs:
            base_out = CACHE / sha / f"out-{env_name}"
            base_has_env = (src / "config" / f"{env_name}.yaml").is_file()
            if base_has_env and not (base_out / "manifest.json").is_file():
                synth(src, env_name, base_out, env)
            new_out = Path(tmp) / f"new-{env_name}"
            synth(ROOT, env_name, new_out, env)
            base_stacks = stacks_of(base_out, env_name) if base_has_env else {}
            base_templates = {name: json.loads(path.read_text()) for name, (_, path) in base_stacks.items()}
            results.append(review_environment(env_name, new_out, stacks_of(new_out, env_name), base_templates, env, Path(tmp)))
    return results


def _partition(region: str) -> str:
    return "aws-cn" if region.startswith("cn-") else "aws-us-gov" if region.startswith("us-gov-") else "aws"


def deployed_template(artifact: dict[str, Any], credentials: dict[str, dict[str, str]]) -> dict[str, Any] | None:
    """The deployed template of one stack (None: not deployed yet), read through the bootstrap lookup role
    (read-only; the Review step's role may assume it) with the AWS CLI of the build image."""
    region = artifact["environment"].rsplit("/", 1)[-1]
    role = artifact["properties"]["lookupRole"]["arn"].replace("${AWS::Partition}", _partition(region))
    if role not in credentials:
        assumed = _run(["aws", "sts", "assume-role", "--role-arn", role, "--role-session-name", "change-review",
                        "--output", "json"], cwd=ROOT, env=dict(os.environ))
        creds = json.loads(assumed.stdout)["Credentials"]
        credentials[role] = {"AWS_ACCESS_KEY_ID": creds["AccessKeyId"], "AWS_SECRET_ACCESS_KEY": creds["SecretAccessKey"],
                             "AWS_SESSION_TOKEN": creds["SessionToken"]}
    name = artifact["properties"].get("stackName") or artifact["displayName"]
    result = _run(["aws", "cloudformation", "get-template", "--stack-name", name, "--template-stage", "Original",
                   "--region", region, "--output", "json"], cwd=ROOT, env={**os.environ, **credentials[role]}, check=False)
    if result.returncode != 0:
        if "does not exist" in result.stderr:
            return None
        raise SystemExit(f"review: get-template {name} failed:\n{result.stderr[-2000:]}")
    body = json.loads(result.stdout)["TemplateBody"]
    return json.loads(body) if isinstance(body, str) else body  # the CLI decodes JSON bodies itself


def review_live(assembly: Path, envs: list[str], deployed_dir: Path | None = None) -> list[EnvReview]:
    """Against the deployed stacks: their templates are the base, then the same steps as offline. Stacks no
    longer in the assembly are not seen (the pipeline never deletes stacks)."""
    results, credentials = [], {}
    with tempfile.TemporaryDirectory(prefix="review-") as tmp:
        for env_name in envs:
            artifacts = stack_artifacts(assembly, env_name)
            base_templates = {}
            for name, artifact in artifacts.items():
                if deployed_dir is not None:
                    path = deployed_dir / f"{name}.template.json"
                    template = json.loads(path.read_text()) if path.is_file() else None
                else:
                    template = deployed_template(artifact, credentials)
                if template is not None:
                    base_templates[name] = template
            new_stacks = {name: (a["displayName"], a["templatePath"]) for name, a in artifacts.items()}
            results.append(review_environment(env_name, assembly, new_stacks, base_templates, _offline_env(), Path(tmp)))
    return results


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


def promotion_order(envs: Iterable[str]) -> list[str]:
    """Environments in the order the pipeline promotes them (config/pipeline.yaml), the others after, by name."""
    pipeline = ROOT / "config" / "pipeline.yaml"
    text = pipeline.read_text() if pipeline.is_file() else ""
    listed = text.split("\nenvironments:", 1)[-1] if "\nenvironments:" in text else ""
    order = re.findall(r"^\s*- name:\s*['\"]?([A-Za-z0-9_-]+)", listed, flags=re.MULTILINE)
    return sorted(set(envs), key=lambda e: (order.index(e) if e in order else len(order), e))


KINDS = ("added", "removed", "modified", "replaced")


def _aws_counts(stacks: list[StackReview]) -> dict[str, int]:
    counts = dict.fromkeys(KINDS, 0)
    for review in stacks:
        for change in review.changes:
            counts[change.kind] += 1
    return counts


def _kube_counts(kube: KubeReview) -> dict[str, int]:
    counts = dict.fromkeys(("added", "removed", "changed"), 0)
    for change in kube.changes:
        counts[change.op] += 1
    return counts


def _abbreviate(line: str, limit: int = 240) -> str:
    return line if len(line) <= limit else f"{line[:limit]}… ({len(line)} chars)"


def render(results: list[EnvReview], allowed: set[str], *, header: str, with_diff: bool) -> tuple[str, str, int]:
    """The report as terminal text and as Markdown, and the exit status: summary, blocking findings, details."""
    results = sorted(results, key=lambda r: promotion_order([x.env for x in results]).index(r.env))
    red = [(r.env, s.stack, c) for r in results for s in r.stacks for c in s.red]
    red += [(r.env, "cluster", f) for r in results for f in r.kube.red]
    blocking = [item for item in red if item[2].logical_id not in allowed]
    text, md = [header, "", "Summary"], [f"# {header}", "", "## Summary", "",
                                         "| environment | stacks changed | AWS resources | cluster objects | blocking |", "|---|---|---|---|---|"]
    for result in results:
        changed = [s for s in result.stacks if s.changed]
        aws = ", ".join(f"{n} {k}" for k, n in _aws_counts(result.stacks).items())
        kube = ", ".join(f"{n} {k}" for k, n in _kube_counts(result.kube).items())
        n_block = sum(1 for env, _, _ in blocking if env == result.env)
        text.append(f"  {result.env:<8} {len(changed)} of {len(result.stacks)} stacks changed; AWS: {aws}; cluster: {kube}; blocking: {n_block}")
        md.append(f"| {result.env} | {len(changed)} of {len(result.stacks)} | {aws} | {kube} | {n_block} |")
    text.append("")
    md.append("")
    if red:
        text.append("!!! STATEFUL: resources that hold data would be destroyed, orphaned, replaced or renamed !!!")
        md += ["## Stateful findings", ""]
        for env, where, item in red:
            mark = "allowed " if item.logical_id not in {c.logical_id for _, _, c in blocking} else "BLOCKING"
            text.append(f"  {mark} {env} / {where} / {item.logical_id} ({item.type}): {'; '.join(item.reasons)}")
            md.append(f"- **{mark.strip()}** `{env} / {where} / {item.logical_id}` ({item.type}): {'; '.join(item.reasons)}")
        if blocking:
            ids = ",".join(sorted({c.logical_id for _, _, c in blocking}))
            refuse = ("Refusing. If this is deliberate (data migrated or disposable), re-run with "
                      f"ALLOW_STATEFUL_CHANGES={ids} (docs/reviewer.md, 'Overriding the stateful check').")
            text.append(refuse)
            md += ["", f"**{refuse}**"]
    else:
        text.append("STATEFUL: no stateful resource is destroyed, orphaned, replaced or renamed.")
        md += ["## Stateful findings", "", "None: no stateful resource or Kubernetes object is destroyed, orphaned, replaced or renamed."]
    text += ["", "Details"]
    for result in results:
        md += ["", f"## {result.env}", ""]
        unchanged = [s.stack for s in result.stacks if not s.changed]
        if unchanged:
            text.append(f"== {result.env}: unchanged: {', '.join(unchanged)}")
            md.append(f"Unchanged stacks: {', '.join(f'`{s}`' for s in unchanged)}")
        for review in (s for s in result.stacks if s.changed):
            counts = ", ".join(f"{n} {k}" for k, n in _aws_counts([review]).items())
            text.append(f"== {review.env} / {review.stack}: {counts}")
            md += ["", f"### `{review.stack}`: {counts}", ""]
            for kind in KINDS:
                for change in (c for c in review.changes if c.kind == kind):
                    impact = f" ({change.impact})" if change.impact else ""
                    text.append(f"   {kind:<9} {change.type:<32} {change.logical_id}{impact}")
                    md.append(f"- {kind} `{change.type}` `{change.logical_id}`{impact}")
            if with_diff and review.diff_text.strip():
                diff = [_abbreviate(line) for line in review.diff_text.rstrip().splitlines()]
                text += ["   --- cdk diff ---"] + [f"   {line}" for line in diff]
                md += ["", "<details><summary>cdk diff</summary>", "", "```", *diff, "```", "</details>"]
        kube = result.kube
        counts = ", ".join(f"{n} {k}" for k, n in _kube_counts(kube).items())
        text.append(f"-- {result.env} / cluster objects: {counts}")
        md += ["", f"### Cluster objects: {counts}", ""]
        chart = None
        for change in kube.changes:
            obj = change.obj
            if obj.chart != chart:
                chart = obj.chart
                text.append(f"   {chart}")
            note = f" ({change.note})" if change.note else ""
            text.append(f"     {change.op:<8} {obj.kind} {obj.label}{note}")
            md.append(f"- `{chart}` **{change.op}** {obj.kind} `{obj.label}`{note}")
            for path, old, new in change.fields[:MAX_FIELDS]:
                text.append(f"              {path}: {short(old)} -> {short(new)}")
                md.append(f"  - `{path}`: `{short(old)}` → `{short(new)}`")
            if len(change.fields) > MAX_FIELDS:
                text.append(f"              ... and {len(change.fields) - MAX_FIELDS} more fields")
                md.append(f"  - ... and {len(change.fields) - MAX_FIELDS} more fields")
    return "\n".join(text) + "\n", "\n".join(md) + "\n", 1 if blocking else 0


def shipped_envs() -> list[str]:
    return promotion_order(p.stem for p in (ROOT / "config").glob("*.yaml") if p.stem not in ("pipeline", "identity"))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--base", help="git ref to compare the working tree with (offline)")
    mode.add_argument("--live", action="store_true", help="compare a synthesized assembly with the deployed stacks")
    parser.add_argument("--assembly", type=Path, default=ROOT / "cdk.out", help="assembly for --live (default cdk.out)")
    parser.add_argument("--deployed-templates", type=Path, help="--live: read `<stack name>.template.json` here, not from AWS")
    parser.add_argument("--env", action="append", help="environment (repeatable; default every shipped one)")
    parser.add_argument("--allow", action="append", default=[], help="IDs allowed to change (comma separated)")
    parser.add_argument("--allow-file", type=Path, default=ROOT / "review-allow.txt", help="`<id> <reason>` lines")
    parser.add_argument("--report", type=Path, help="also write the terminal text here")
    parser.add_argument("--markdown", type=Path, help="write the Markdown report here (default .review/report.md offline, "
                                                      "the --report path with .md in --live)")
    parser.add_argument("--diff", action="store_true", help="include the `cdk diff` text per stack (long lines abbreviated)")
    args = parser.parse_args(argv)
    envs = promotion_order(args.env) if args.env else shipped_envs()
    if args.live:
        results = review_live(args.assembly, envs, args.deployed_templates)
        header = f"Change review: {args.assembly} vs deployed stacks ({', '.join(envs)})"
        markdown = args.markdown or (args.report.with_suffix(".md") if args.report else None)
    else:
        results = review_offline(args.base, envs)
        header = f"Change review: working tree vs {args.base} ({', '.join(envs)})"
        markdown = args.markdown or CACHE / "report.md"
    allowed = read_allowed([os.environ.get("ALLOW_STATEFUL_CHANGES", ""), *args.allow], args.allow_file)
    text, md, status = render(results, allowed, header=header, with_diff=args.diff or args.live)
    sys.stdout.write(text)
    for path, content in ((args.report, text), (markdown, md)):
        if path:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(content)
    if markdown:
        sys.stdout.write(f"\nMarkdown report: {markdown}\n")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
