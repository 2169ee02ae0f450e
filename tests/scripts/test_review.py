"""`make review`: the CLI's own diff against base templates, the cluster's objects compared, and a red section
that stops stateful loss in AWS and in the cluster.

The git test makes real commits in a temporary copy of this checkout and runs `make review` there with no
AWS credentials; it costs three synths of one environment (base once, then two working trees). The parser and
`--live` tests synthesize one small stage for real and run the pinned CLI on it; the cluster tests build dev's
charts with cdk8s alone and wrap them in templates the way the delivery stacks do.
"""

from __future__ import annotations

import json
import os
import re
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
    assert renamed.returncode != 0 and "!!! STATEFUL" in renamed.stdout, renamed.stdout[-3000:] + renamed.stderr[-3000:]
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
    # Without a base template at hand the CLI's `orphan` impact says the same.
    (live,) = review.stateful_findings([review.Change(op="-", type="AWS::S3::Bucket", logical_id="B", impact="orphan")], {}, {})
    assert any("orphaned" in r for r in live.reasons)
    (gone,) = review.stateful_findings([review.Change(op="-", type="AWS::S3::Bucket", logical_id="B", impact="destroy")], {}, {})
    assert any("DELETED" in r for r in gone.reasons)


def test_override_allows_named_ids_only(tmp_path):
    change = review.Change(op="-", type="AWS::KMS::Key", logical_id="K1", reasons=["removed"])
    other = review.Change(op="-", type="AWS::S3::Bucket", logical_id="B1", reasons=["removed"])
    stack = review.StackReview(env="dev", stack="s", changes=[change, other], diff_text="", red=[change, other])
    env = [review.EnvReview(env="dev", stacks=[stack], kube=review.KubeReview(env="dev", changes=[]))]
    _, _, status = review.render(env, review.read_allowed(["K1"], None), header="h", with_diff=False)
    assert status == 1
    text, _, status = review.render(env, review.read_allowed(["K1, B1"], None), header="h", with_diff=False)
    assert status == 0 and "allowed  dev / s / B1" in text
    allow = tmp_path / "review-allow.txt"
    allow.write_text("K1 data migrated to the new key in change 1234\nB1\n")
    with pytest.raises(SystemExit, match="B1 needs a reason"):
        review.read_allowed([], allow)


# --- the resource-line parser on the real CLI's output --------------------------------------------------------

MANIFEST_TYPE = review.MANIFEST_TYPE
TOKEN = "arn:aws:lambda:eu-west-1:111111111111:function:kubectl"


def _tiny_base() -> dict:
    """What the tiny stack looked like before: every shape of `cdk diff` resource line against the new one."""
    pvc = {"apiVersion": "v1", "kind": "PersistentVolumeClaim", "metadata": {"name": "scratch", "namespace": "team-a"},
           "spec": {"storageClassName": "gp3", "resources": {"requests": {"storage": "5Gi"}}}}
    return {"Resources": {
        "Bucket": {"Type": "AWS::S3::Bucket", "Properties": {"BucketName": "tiny-old"}},  # replaced
        "Queue": {"Type": "AWS::SQS::Queue", "Properties": {"DelaySeconds": 1}},  # modified
        "Kept": {"Type": "AWS::S3::Bucket", "DeletionPolicy": "Retain", "Properties": {}},  # orphan
        "Scratch": {"Type": "AWS::SQS::Queue", "Properties": {}},  # destroy
        "TeamManifest": {"Type": MANIFEST_TYPE, "Properties": {"ServiceToken": TOKEN, "Manifest": json.dumps([
            {"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "team-a"}}, pvc])}},
        "OldManifest": {"Type": MANIFEST_TYPE, "Properties": {"ServiceToken": TOKEN, "Manifest": "[]"}},  # hyphen, removed
    }}


@pytest.fixture(scope="module")
def tiny(tmp_path_factory) -> tuple[Path, Path]:
    """A small stage synthesized for real, and a base template: (assembly, base template)."""
    import aws_cdk as cdk

    out = tmp_path_factory.mktemp("tiny") / "cdk.out"
    app = cdk.App(outdir=str(out))
    stack = cdk.Stack(cdk.Stage(app, "tiny"), "Tiny", stack_name="tiny-stack")
    cdk.CfnResource(stack, "Bucket", type="AWS::S3::Bucket", properties={"BucketName": "tiny-new"})
    cdk.CfnResource(stack, "Queue", type="AWS::SQS::Queue", properties={"DelaySeconds": 5})
    # The namespace stays, its claim goes; the deploy-time value becomes an Fn::Join in the template.
    team = json.dumps([{"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "team-a",
                                                                               "labels": {"vpc": "VPC_TOKEN"}}}])
    before, after = team.split("VPC_TOKEN")
    cdk.CfnResource(stack, "TeamManifest", type=MANIFEST_TYPE, properties={
        "ServiceToken": TOKEN, "Manifest": cdk.Fn.join("", [before, cdk.Fn.import_value("tiny-vpc-id"), after])})
    cdk.CfnResource(stack, "NewWait", type="Custom::AWSCDK-EKS-KubernetesObjectValue",
                    properties={"ServiceToken": TOKEN, "ObjectName": "x"})
    app.synth()
    base = tmp_path_factory.mktemp("tiny-base") / "tiny-stack.template.json"
    base.write_text(json.dumps(_tiny_base()))
    return out, base


@pytest.mark.slow
def test_parser_reads_every_resource_line_shape_of_the_real_cli(tiny):
    out, base = tiny
    text = review.diff_stack(out, "tiny/Tiny", base, review._offline_env())
    assert "[+] Custom::AWSCDK-EKS-KubernetesObjectValue" in text  # the CLI's own line, not a fixture's
    found = {c.logical_id: (c.kind, c.type, c.impact) for c in review.parse_cdk_diff(text)}
    assert found == {
        "Bucket": ("replaced", "AWS::S3::Bucket", "replace"),
        "Queue": ("modified", "AWS::SQS::Queue", ""),
        "Kept": ("removed", "AWS::S3::Bucket", "orphan"),
        "Scratch": ("removed", "AWS::SQS::Queue", "destroy"),
        "TeamManifest": ("modified", MANIFEST_TYPE, ""),
        "OldManifest": ("removed", MANIFEST_TYPE, "destroy"),
        "NewWait": ("added", "Custom::AWSCDK-EKS-KubernetesObjectValue", ""),
    }


def test_parser_takes_hyphens_colons_and_paths():
    text = ("Resources\n"
            "[~] Custom::AWSCDK-EKS-KubernetesResource dev/PlatformServices/GpuManifest/Resource/Default GpuManifestADEC6338\n"
            "[+] AWS::SSM::Parameter::Value<String> Param Param\n")
    (gpu, param) = review.parse_cdk_diff(text)
    assert (gpu.type, gpu.logical_id, gpu.path) == (MANIFEST_TYPE, "GpuManifestADEC6338", "dev/PlatformServices/GpuManifest/Resource/Default")
    assert param.type == "AWS::SSM::Parameter::Value<String>"
    # The code as it was dropped the hyphenated type: the report said "0 modified".
    assert not re.match(r"^\[(?P<op>[+\-~])\] (?P<type>[A-Za-z0-9]+::[A-Za-z0-9:]+) (?P<rest>.+)$", text.splitlines()[1])


@pytest.mark.slow
def test_live_path_parses_the_same_and_guards_the_cluster(tiny, tmp_path):
    out, base = tiny
    deployed = tmp_path / "deployed"
    deployed.mkdir()
    shutil.copy(base, deployed / "tiny-stack.template.json")
    offline = {c.logical_id: c.kind for c in review.parse_cdk_diff(review.diff_stack(out, "tiny/Tiny", base, review._offline_env()))}
    (result,) = review.review_live(out, ["tiny"], deployed)
    (stack,) = result.stacks
    assert {c.logical_id: c.kind for c in stack.changes} == offline
    # Bucket replaced (CLI and table) and Kept orphaned: the stateful AWS findings, as offline.
    assert {c.logical_id for c in stack.red} == {"Bucket", "Kept"}
    # The cluster section from the deployed vs new template: the claim goes, the namespace gets a placeholder.
    changes = {(c.op, c.obj.kind, c.obj.label): c for c in result.kube.changes}
    assert set(changes) == {("removed", "PersistentVolumeClaim", "team-a/scratch"), ("changed", "Namespace", "team-a")}
    assert changes[("changed", "Namespace", "team-a")].fields == [("metadata.labels", review.MISSING, {"vpc": "${import:tiny-vpc-id}"})]
    (finding,) = result.kube.red
    assert finding.logical_id == "PersistentVolumeClaim/team-a/scratch"
    assert any("its data is deleted" in r for r in finding.reasons)

    report = tmp_path / "review" / "tiny.txt"
    status = review.main(["--live", "--assembly", str(out), "--env", "tiny", "--deployed-templates", str(deployed),
                          "--report", str(report), "--allow-file", str(tmp_path / "none.txt")])
    assert status == 1
    md = report.with_suffix(".md").read_text()
    assert "| tiny | 1 of 1 |" in md and "**BLOCKING** `tiny / cluster / PersistentVolumeClaim/team-a/scratch`" in md
    assert "     removed  PersistentVolumeClaim team-a/scratch" in report.read_text()


# --- the cluster section: objects by kind and name, fields old -> new, stateful objects guarded ---------------

def _manifest_id(chart: str) -> str:
    return "".join(part.capitalize() for part in chart.split("-")) + "Manifest"


def _template(objects: dict[str, list[dict]], *, retain: tuple[str, ...] = ()) -> dict:
    """A delivery stack's template as PlatformServicesStack writes it: one manifest resource per chart."""
    return {"Resources": {
        f"{_manifest_id(chart)}0A1B2C3D": {
            "Type": MANIFEST_TYPE, "DeletionPolicy": "Retain" if chart in retain else "Delete",
            "Metadata": {"aws:cdk:path": f"dev/PlatformServices/{_manifest_id(chart)}/Resource/Default"},
            "Properties": {"ServiceToken": TOKEN, "Manifest": json.dumps(chart_objects)},
        } for chart, chart_objects in objects.items()}}


@pytest.fixture(scope="module")
def dev_objects() -> dict[str, list[dict]]:
    """dev's charts as cdk8s writes them (no CDK synth)."""
    from k8s_charts.platform_charts import props_from_config, synth_objects
    from tests.conftest import shipped_config

    return synth_objects(props_from_config(shipped_config("dev")))


def _kube(base: dict[str, list[dict]], new: dict[str, list[dict]], **kw) -> review.KubeReview:
    base_t, new_t = {"ps": _template(base, **kw)}, {"ps": _template(new, **kw)}
    changes = review.kube_diff(base_t, new_t)
    return review.KubeReview(env="dev", changes=changes, red=review.kube_findings(changes, base_t, new_t))


def _report(kube: review.KubeReview, allowed: set[str]) -> tuple[str, str, int]:
    return review.render([review.EnvReview(env="dev", stacks=[], kube=kube)], allowed, header="h", with_diff=False)


def test_a_new_model_and_team_show_their_objects_by_kind_and_name(dev_objects):
    from k8s_charts.platform_charts import props_from_config, synth_objects
    from tests.conftest import shipped_config

    config = shipped_config("dev")
    churn, sandbox = config.serving.models[0], config.kubeflow.profiles[0]
    fraud_model = churn.model_copy(update={"name": "fraud", "canary": None})
    fraud_team = sandbox.model_copy(update={"name": "fraud", "owner": "fraud-lead@example.com"})
    changed = config.model_copy(update={
        "serving": config.serving.model_copy(update={"models": (*config.serving.models, fraud_model)}),
        "kubeflow": config.kubeflow.model_copy(update={"profiles": (*config.kubeflow.profiles, fraud_team)}),
    })
    kube = _kube(dev_objects, synth_objects(props_from_config(changed)))
    added = {(c.obj.chart, c.obj.kind, c.obj.label) for c in kube.changes if c.op == "added"}
    assert ("model-deployments", "SeldonDeployment", "ml-serving/fraud") in added
    assert ("kubeflow-profiles", "Profile", "fraud") in added
    assert not [c for c in kube.changes if c.op == "removed"] and kube.red == []
    text, md, status = _report(kube, set())
    assert status == 0
    assert "     added    SeldonDeployment ml-serving/fraud" in text and "     added    Profile fraud" in text
    assert "**added** SeldonDeployment `ml-serving/fraud`" in md
    # Sorted by chart, then kind: the profile chart's objects come before the model chart's.
    assert text.index("   kubeflow-profiles\n") < text.index("   model-deployments\n")


def test_an_image_bump_shows_old_and_new(dev_objects):
    new = json.loads(json.dumps(dev_objects))
    (deployment,) = [o for o in new["cert-manager"] if o["kind"] == "Deployment" and o["metadata"]["name"] == "cert-manager"]
    (container,) = deployment["spec"]["template"]["spec"]["containers"]
    old_image = container["image"]
    container["image"] = old_image.rsplit(":", 1)[0] + ":v9.9.9"
    deployment["spec"]["replicas"] = 3
    kube = _kube(dev_objects, new)
    (change,) = kube.changes
    assert (change.op, change.obj.kind, change.obj.label) == ("changed", "Deployment", "cert-manager/cert-manager")
    path = f"spec.template.spec.containers[{container['name']}].image"
    assert (path, old_image, container["image"]) in change.fields
    text, _, _ = _report(kube, set())
    assert f"{path}: {old_image} -> {container['image']}" in text
    assert "spec.replicas: " in text and "-> 3" in text


def test_long_values_are_abbreviated_and_placeholders_are_not_changes():
    assert review.short("x" * 500).endswith("(500 chars)") and len(review.short("x" * 500)) < 130
    join = {"Fn::Join": ["", ['[{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"c","namespace":"n"},"data":{"fs":"',
                              {"Fn::GetStackOutput": {"StackName": "mlplatform-dev-data", "Region": "eu-west-1",
                                                      "OutputName": "PublishOutputRefStoresTrainingDataFileSystemC2260FBF0DFCB451"}},
                              '"}}]']]}
    (obj,) = review.manifest_objects(join)
    assert obj["data"]["fs"] == "${mlplatform-dev-data:StoresTrainingDataFileSystem}"
    resource = lambda m: {"ps": {"Resources": {"M": {"Type": MANIFEST_TYPE, "Properties": {"Manifest": m}}}}}  # noqa: E731
    assert review.kube_diff(resource(join), resource(json.loads(json.dumps(join)))) == []


def test_json_and_multi_line_strings_are_compared_inside():
    old = {"data": {"d.json": json.dumps({"title": "SLA", "refresh": "1m"}), "r.yaml": "groups:\n- name: churn\n  rules: []\n"}}
    new = {"data": {"d.json": json.dumps({"title": "SLA", "refresh": "5m"}), "r.yaml": "groups:\n- name: churn\n  rules: []\n- name: fraud\n"}}
    assert review.field_changes(old, new) == [
        ('data["d.json"]<json>.refresh', "1m", "5m"),
        ('data["r.yaml"] (text)', "-0 lines", "+1 lines: - name: fraud"),
    ]


def _without(objects: dict[str, list[dict]], kind: str, name: str) -> dict[str, list[dict]]:
    return {chart: [o for o in items if not (o["kind"] == kind and o["metadata"]["name"] == name)] for chart, items in objects.items()}


def test_deleting_a_crd_chart_is_refused_until_overridden(dev_objects):
    new = {chart: items for chart, items in dev_objects.items() if chart != "kubeflow-crds"}
    kube = _kube(dev_objects, new, retain=("kubeflow-crds",))
    crds = {f.logical_id: f for f in kube.red}
    notebooks = next(i for i in crds if i.startswith("CustomResourceDefinition/notebooks."))
    assert any("every Notebook (kubeflow.org) in the cluster is deleted with it" in r for r in crds[notebooks].reasons)
    assert any("orphaned, left in the cluster unmanaged" in r for r in crds[notebooks].reasons)  # the CRD chart is retained
    profiles = crds["CustomResourceDefinition/profiles.kubeflow.org"]
    assert any("1 shipped here (sandbox)" in r for r in profiles.reasons)
    text, _, status = _report(kube, set())
    assert status == 1 and f"BLOCKING dev / cluster / {notebooks} (CustomResourceDefinition)" in text
    assert "ALLOW_STATEFUL_CHANGES=CustomResourceDefinition/" in text
    _, _, status = _report(kube, set(crds))
    assert status == 0


def test_deleting_a_pvc_or_a_namespace_is_refused_until_overridden(dev_objects, tmp_path):
    kube = _kube(dev_objects, _without(_without(dev_objects, "PersistentVolumeClaim", "grafana"), "Namespace", "ml-serving"))
    red = {f.logical_id: f for f in kube.red}
    assert set(red) == {"PersistentVolumeClaim/monitoring/grafana", "Namespace/ml-serving"}
    assert "removed from its manifest: the apply's prune deletes it" in red["Namespace/ml-serving"].reasons
    assert any(r.startswith("lost: everything in the namespace: ") and "SeldonDeployment" in r for r in red["Namespace/ml-serving"].reasons)
    assert any("released volume (reclaim policy Retain, class gp3-encrypted) but must be re-bound by hand" in r
               for r in red["PersistentVolumeClaim/monitoring/grafana"].reasons)
    assert _report(kube, set())[2] == 1
    assert _report(kube, {"PersistentVolumeClaim/monitoring/grafana"})[2] == 1
    allow = tmp_path / "review-allow.txt"
    allow.write_text("PersistentVolumeClaim/monitoring/grafana dashboards are provisioned from code, nothing to keep\n"
                     "Namespace/ml-serving serving moved to the ml-models namespace in the same change\n")
    assert _report(kube, review.read_allowed([], allow))[2] == 0


def test_storage_class_is_guarded_only_while_in_use(dev_objects):
    unused = {"storage": [{"apiVersion": "storage.k8s.io/v1", "kind": "StorageClass", "metadata": {"name": "spare"}}]}
    assert _kube(unused, {"storage": []}).red == []
    # Removed from a manifest that stays, a StorageClass is not pruned (kubectl's default allowlist): orphaned.
    in_use = _kube(dev_objects, _without(dev_objects, "StorageClass", "fsx-lustre-static"))
    (finding,) = in_use.red
    assert finding.logical_id == "StorageClass/fsx-lustre-static" and any("ml-training/training-data" in r for r in finding.reasons)
    assert "removed from its manifest: not in kubectl's default prune list, so it stays in the cluster unmanaged" in finding.reasons
    assert any(r.startswith("at stake: the class in use by") for r in finding.reasons)


def test_a_storage_class_whose_immutable_fields_change_is_refused_until_overridden(dev_objects):
    """A new kmsKeyId (or any parameter) makes kubectl apply fail on a cluster that has the class: refused, with the step."""
    base = json.loads(json.dumps(dev_objects))
    (gp3,) = [o for o in base["storage"] if o["kind"] == "StorageClass" and o["metadata"]["name"] == "gp3-encrypted"]
    del gp3["parameters"]["kmsKeyId"]  # the class as shipped before it named the data key
    kube = _kube(base, dev_objects)
    (finding,) = kube.red
    assert finding.logical_id == "StorageClass/gp3-encrypted"
    assert finding.reasons[0].startswith("changes immutable fields (parameters.kmsKeyId): kubectl apply fails")
    assert "kubectl delete storageclass gp3-encrypted" in finding.reasons[1]
    assert _report(kube, set())[2] == 1 and _report(kube, {"StorageClass/gp3-encrypted"})[2] == 0
    # Fields the API server lets change (allowVolumeExpansion, labels) are not findings.
    relaxed = json.loads(json.dumps(dev_objects))
    (gp3,) = [o for o in relaxed["storage"] if o["kind"] == "StorageClass" and o["metadata"]["name"] == "gp3-encrypted"]
    gp3["allowVolumeExpansion"] = False
    assert _kube(dev_objects, relaxed).red == []
    for field, value in (("reclaimPolicy", "Delete"), ("volumeBindingMode", "Immediate"), ("provisioner", "ebs.example.com")):
        changed = json.loads(json.dumps(dev_objects))
        (gp3,) = [o for o in changed["storage"] if o["kind"] == "StorageClass" and o["metadata"]["name"] == "gp3-encrypted"]
        gp3[field] = value
        assert [f.logical_id for f in _kube(dev_objects, changed).red] == ["StorageClass/gp3-encrypted"], field


def test_environments_in_promotion_order_and_unchanged_stacks_on_one_line():
    assert review.promotion_order(["prod", "dev", "staging", "zeta"]) == ["dev", "staging", "prod", "zeta"]
    empty = review.KubeReview(env="x", changes=[])
    results = [review.EnvReview(env=e, stacks=[review.StackReview(env=e, stack=f"{e}-a", changes=[], diff_text=""),
                                               review.StackReview(env=e, stack=f"{e}-b", changes=[], diff_text="")], kube=empty)
               for e in ("prod", "dev")]
    text, _, status = review.render(results, set(), header="h", with_diff=False)
    assert status == 0 and "== dev: unchanged: dev-a, dev-b\n" in text
    assert text.index("  dev ") < text.index("  prod ") and text.index("== dev:") < text.index("== prod:")


def test_cache_keeps_the_most_recent_commits(tmp_path):
    for i, sha in enumerate(("a" * 40, "b" * 40, "c" * 40, "d" * 40)):
        (tmp_path / sha).mkdir()
        (tmp_path / sha / ".used").touch()
        os.utime(tmp_path / sha / ".used", (1000 + i, 1000 + i))
    (tmp_path / "report.md").write_text("kept")
    removed = review.prune_cache(tmp_path, keep=3)
    assert [p.name for p in removed] == ["a" * 40]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b" * 40, "c" * 40, "d" * 40, "report.md"]


def test_a_stateful_object_moved_to_another_manifest_is_refused(dev_objects):
    # A chart moved to another stack: the old stack deletes its manifest resource, kubectl deletes the objects.
    base = {"ps": _template(dev_objects)}
    storage = _template({"storage": dev_objects["storage"]})
    new = {"ps": _template({c: o for c, o in dev_objects.items() if c != "storage"}), "ps2": storage}
    for resource in storage["Resources"].values():  # the new stack's provider labels the objects its own way
        objects = json.loads(resource["Properties"]["Manifest"])
        for obj in objects:
            obj["metadata"].setdefault("labels", {})["aws.cdk.eks/prune-c8aaaa"] = ""
        resource["Properties"]["Manifest"] = json.dumps(objects)
    changes = review.kube_diff(base, new)
    assert {c.op for c in changes} == {"changed"} and all(c.fields == [] for c in changes)  # prune labels are no change
    assert all("moved from ps / StorageManifest0A1B2C3D" in c.note for c in changes)
    red = {f.logical_id: f for f in review.kube_findings(changes, base, new)}
    assert {"PersistentVolumeClaim/ml-training/training-data", "Namespace/ml-training", "PersistentVolume/fsx-ml-training",
            "StorageClass/fsx-lustre-static", "StorageClass/gp3-encrypted"} == set(red)
    assert any("kubectl delete" in r for r in red["Namespace/ml-training"].reasons)
    # A retained old manifest keeps its objects in the cluster: moving them loses nothing.
    retained = {"ps": _template(dev_objects, retain=("storage",))}
    assert review.kube_findings(review.kube_diff(retained, new), retained, new) == []


def test_a_stack_with_only_output_changes_is_not_collapsed_as_unchanged():
    outputs_only = review.StackReview(env="dev", stack="s", changes=[], diff_text="Stack s\nOutputs\n[~] Output X: ...\n")
    same = review.StackReview(env="dev", stack="t", changes=[], diff_text="Stack t\nThere were no differences\n")
    assert outputs_only.changed and not same.changed
