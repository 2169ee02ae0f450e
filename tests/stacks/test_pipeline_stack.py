"""Pipeline stack: promotion order, accounts, approval before prod, review and verify steps, encryption, logs."""

from __future__ import annotations

import json

import aws_cdk as cdk
import pytest
import yaml
from aws_cdk import assertions

from platform_constructs.delivery_pipeline import (
    CDK_CLI_VERSION,
    SYNTH_COMMANDS,
    _join_as_sub,
    lookup_role_arn,
    wildcard_findings,
    wildcard_reason,
)
from tests.support.gates import acknowledgment_problems, cfn_lint_errors, checkov_problems, run_checkov, size_problems
from tests.support.stateful import STATEFUL_TYPES
from tests.support.synth import CDK_CONTEXT, ROOT


def _pipeline_resource(pipeline) -> dict:
    (resource,) = pipeline.resources("AWS::CodePipeline::Pipeline").values()
    return resource["Properties"]


def _stages(pipeline) -> dict[str, list[dict]]:
    return {stage["Name"]: stage["Actions"] for stage in _pipeline_resource(pipeline)["Stages"]}


def _buildspec(pipeline, project_ref: dict) -> dict:
    project = pipeline.json()["Resources"][project_ref["Ref"]]
    return json.loads(project["Properties"]["Source"]["BuildSpec"])


def _project_of(pipeline, stage: str, action: str) -> dict:
    (found,) = [a for a in _stages(pipeline)[stage] if a["Name"] == action]
    return found["Configuration"]["ProjectName"]


def test_environments_are_stages_in_configured_order_after_self_mutation(pipeline):
    names = list(_stages(pipeline))
    expected = [e.name for e in pipeline.config.environments]
    assert names[:3] == ["Source", "Build", "UpdatePipeline"]
    assert [n for n in names if n in expected] == expected
    assert names.index(expected[0]) > names.index("UpdatePipeline")


def test_identity_stage_deploys_before_every_environment(pipeline):
    names = list(_stages(pipeline))
    identity = pipeline.identity_center.node.id
    first_env = min(names.index(e.name) for e in pipeline.config.environments)
    assert names.index("UpdatePipeline") < names.index(identity) < first_env
    # Nothing but the identity stack deploys there, and it goes to the identity account and region only.
    target = pipeline.config.identity_center
    deploys = [a for a in _stages(pipeline)[identity] if a["ActionTypeId"]["Category"] == "Deploy"]
    assert {a["Configuration"]["StackName"] for a in deploys} == {pipeline.identity_center.identity_center.stack_name}
    for action in deploys:
        assert f":iam::{target.account}:role/cdk-hnb659fds-deploy-role-{target.account}-{target.region}" in json.dumps(action["RoleArn"])
        assert action.get("Region", pipeline.config.tooling.region) == target.region
        if "RoleArn" in action["Configuration"]:
            assert f"cfn-exec-role-{target.account}-{target.region}" in json.dumps(action["Configuration"]["RoleArn"])
    assert not [a for a in _stages(pipeline)[identity] if a["ActionTypeId"]["Category"] == "Approval"]


def test_no_environment_stage_deploys_identity_center_resources(pipeline):
    # The environment stages the pipeline deploys hold no AWS::SSO resource; the identity stage holds them all.
    def sso_types(stage) -> set[str]:
        return {
            r["Type"] for stack in stage.node.children if isinstance(stack, cdk.Stack)
            for r in json.loads((pipeline.outdir / f"assembly-{stage.node.id}" / stack.template_file).read_text())["Resources"].values()
            if r["Type"].startswith("AWS::SSO::")
        }

    for env in pipeline.config.environments:
        assert sso_types(pipeline.app.node.find_child(env.name)) == set(), env.name
    assert sso_types(pipeline.identity_center) == {"AWS::SSO::PermissionSet", "AWS::SSO::Assignment"}


def test_pipeline_identity_stage_is_the_single_identity_stage(pipeline, identity_center):
    # One code path: what the pipeline deploys to the identity account is what `cdk deploy -c identity=true` deploys.
    for stack_id, path in identity_center.template_paths.items():
        assert (pipeline.outdir / "assembly-identity" / path.name).read_bytes() == path.read_bytes(), stack_id


def test_identity_stage_waits_for_approval_when_required(tmp_path):
    from platform_config.pipeline import PipelineIdentityCenter, parse_pipeline
    from platform_constructs.delivery_pipeline import DeliveryPipeline
    from platform_constructs.pipeline_artifacts import PipelineArtifacts

    config = parse_pipeline(yaml.safe_load((ROOT / "config" / "pipeline.yaml").read_text()), source="pipeline.yaml")
    app = cdk.App(outdir=str(tmp_path), context=CDK_CONTEXT)
    stack = cdk.Stack(app, "P", env=cdk.Environment(account=config.tooling.account, region=config.tooling.region))
    artifacts = PipelineArtifacts(stack, "Artifacts", name_prefix="p", artifact_retention_days=1, log_retention_days=1)
    delivery = DeliveryPipeline(stack, "Delivery", config=config, artifacts=artifacts)
    stage = cdk.Stage(app, "identity", env=cdk.Environment(account="555555555555", region="eu-west-1"))
    cdk.CfnResource(cdk.Stack(stage, "IdentityCenter"), "Topic", type="AWS::SNS::Topic")
    delivery.add_identity_center(stage, target=PipelineIdentityCenter(account="555555555555", region="eu-west-1", requires_approval=True))
    delivery.finish()
    (pipeline_resource,) = assertions.Template.from_stack(stack).find_resources("AWS::CodePipeline::Pipeline").values()
    (identity,) = [st for st in pipeline_resource["Properties"]["Stages"] if st["Name"] == "identity"]
    (approval,) = [a for a in identity["Actions"] if a["ActionTypeId"]["Category"] == "Approval"]
    first_deploy = min(a["RunOrder"] for a in identity["Actions"] if a["ActionTypeId"]["Category"] == "Deploy")
    assert approval["RunOrder"] < first_deploy
    assert "permission sets and assignments of every environment" in approval["Configuration"]["CustomData"]


def test_each_stage_deploys_every_stack_of_its_environment_to_its_own_account_and_region(pipeline):
    stages = _stages(pipeline)
    for env, config in zip(pipeline.config.environments, pipeline.environments):
        deploys = [a for a in stages[env.name] if a["ActionTypeId"]["Category"] == "Deploy"]
        stage = pipeline.app.node.find_child(env.name)
        expected = {c.stack_name for c in stage.node.children if isinstance(c, cdk.Stack)}
        assert {a["Configuration"]["StackName"] for a in deploys} == expected
        assert all(name.startswith(f"{config.project}-{config.environment}-") for name in expected)
        for action in deploys:
            role = json.dumps(action["RoleArn"])
            assert f":iam::{env.account}:role/cdk-hnb659fds-deploy-role-{env.account}-{env.region}" in role
            assert action.get("Region", pipeline.config.tooling.region) == env.region
            if "RoleArn" in action["Configuration"]:
                assert f"cfn-exec-role-{env.account}-{env.region}" in json.dumps(action["Configuration"]["RoleArn"])
        assert config.account == env.account and config.region == env.region


def test_prod_is_reviewed_then_approved_before_any_deploy_action(pipeline):
    stages = _stages(pipeline)
    for env in pipeline.config.environments:
        actions = stages[env.name]
        approvals = [a for a in actions if a["ActionTypeId"]["Category"] == "Approval"]
        if not env.requires_approval:
            assert approvals == [], env.name
            continue
        (approval,) = approvals
        (review,) = [a for a in actions if a["Name"] == "Review"]
        first_deploy = min(a["RunOrder"] for a in actions if a["ActionTypeId"]["Category"] == "Deploy")
        assert review["RunOrder"] < approval["RunOrder"] < first_deploy
        assert "Review" in approval["Configuration"]["CustomData"]
    assert any(e.requires_approval for e in pipeline.config.environments if e.name == "prod")


def test_review_step_publishes_diff_and_stateful_report_with_read_only_access(pipeline):
    prod = next(e for e in pipeline.config.environments if e.requires_approval)
    spec = _buildspec(pipeline, _project_of(pipeline, prod.name, "Review"))
    commands = " ".join(spec["phases"]["build"]["commands"])
    assert f"scripts/review.py --live --assembly cdk.out --env {prod.name}" in commands
    assert f"--report review/{prod.name}.txt --markdown review/{prod.name}.md" in commands
    assert spec["artifacts"]["base-directory"] == "review"
    # The review step may only assume the read-only lookup role of the account it reviews.
    assumed = [
        s["Resource"] for p in pipeline.resources("AWS::IAM::Policy").values()
        for s in p["Properties"]["PolicyDocument"]["Statement"] if s["Action"] == "sts:AssumeRole"
        and "lookup-role" in json.dumps(s["Resource"])
    ]
    assert lookup_role_arn(prod.account, prod.region) in assumed


def test_synth_step_runs_make_test_before_synthesizing_the_pipeline_app(pipeline):
    spec = _buildspec(pipeline, _project_of(pipeline, "Build", "Synth"))
    commands = spec["phases"]["build"]["commands"]
    assert [c for c in commands if c.startswith("make")] == list(SYNTH_COMMANDS)
    assert commands.index("make test") < commands.index("make synth-pipeline")
    assert spec["artifacts"]["base-directory"] == "cdk.out"
    makefile = (ROOT / "Makefile").read_text()
    recipe = makefile.split("\nsynth-pipeline: setup\n", 1)[1].split("\n\n", 1)[0]
    assert "cdk synth -c pipeline=true" in recipe and "--output $(CDK_OUT)" in recipe and "CDK_OUT ?= cdk.out" in makefile


def test_each_environment_is_verified_after_deploy(pipeline):
    stages = _stages(pipeline)
    for env in pipeline.config.environments:
        actions = stages[env.name]
        (verify,) = [a for a in actions if a["Name"] == "Verify"]
        assert verify["RunOrder"] > max(a["RunOrder"] for a in actions if a["ActionTypeId"]["Category"] == "Deploy")
        project = pipeline.json()["Resources"][verify["Configuration"]["ProjectName"]["Ref"]]
        variables = {v["Name"]: v["Value"] for v in project["Properties"]["Environment"]["EnvironmentVariables"]}
        assert variables["TARGET_ACCOUNT"] == env.account and variables["TARGET_REGION"] == env.region
        assert variables["LOOKUP_ROLE_ARN"] == lookup_role_arn(env.account, env.region)
        commands = _buildspec(pipeline, verify["Configuration"]["ProjectName"])["phases"]["build"]["commands"]
        assert "bash scripts/verify_environment.sh" in commands
        # AWS APIs only: the step runs outside the target VPC, where a private API endpoint is unreachable.
        assert "VpcConfig" not in project["Properties"] and not [c for c in commands if "kubectl" in c]
        # Read-only: the step's own role may assume only this environment's lookup role (ReadOnlyAccess).
        role_id = project["Properties"]["ServiceRole"]["Fn::GetAtt"][0]
        assumes = [
            st["Resource"] for r in pipeline.json()["Resources"].values()
            if r["Type"] == "AWS::IAM::Policy" and {"Ref": role_id} in r["Properties"].get("Roles", [])
            for st in r["Properties"]["PolicyDocument"]["Statement"] if "sts:AssumeRole" in json.dumps(st["Action"])
        ]
        assert assumes == [lookup_role_arn(env.account, env.region)]


def test_artifacts_are_encrypted_with_a_rotating_customer_key_and_expire(pipeline):
    store = _pipeline_resource(pipeline)["ArtifactStore"]
    key_id = store["EncryptionKey"]["Id"]["Fn::GetAtt"][0]
    key = pipeline.json()["Resources"][key_id]
    assert key["Type"] == "AWS::KMS::Key" and key["Properties"]["EnableKeyRotation"] is True
    bucket = pipeline.json()["Resources"][store["Location"]["Ref"]]["Properties"]
    (sse,) = bucket["BucketEncryption"]["ServerSideEncryptionConfiguration"]
    assert sse["ServerSideEncryptionByDefault"]["SSEAlgorithm"] == "aws:kms"
    assert sse["ServerSideEncryptionByDefault"]["KMSMasterKeyID"] == {"Fn::GetAtt": [key_id, "Arn"]}
    assert bucket["VersioningConfiguration"]["Status"] == "Enabled"
    assert bucket["LoggingConfiguration"]["DestinationBucketName"]
    (rule,) = bucket["LifecycleConfiguration"]["Rules"]
    assert rule["ExpirationInDays"] == pipeline.config.artifact_retention_days


def test_every_build_logs_to_one_retained_encrypted_log_group(pipeline):
    (log_id, log_group), = pipeline.resources("AWS::Logs::LogGroup").items()
    assert log_group["Properties"]["RetentionInDays"] == pipeline.config.log_retention_days
    assert "KmsKeyId" in log_group["Properties"]
    projects = pipeline.resources("AWS::CodeBuild::Project")
    assert len(projects) >= 2 + len(pipeline.config.environments)
    for project in projects.values():
        cloudwatch = project["Properties"]["LogsConfig"]["CloudWatchLogs"]
        assert cloudwatch == {"GroupName": {"Ref": log_id}, "Status": "ENABLED"}


def test_self_mutation_uses_the_pinned_cli(pipeline):
    package = json.loads((ROOT / "package.json").read_text())
    assert package["devDependencies"]["aws-cdk"] == CDK_CLI_VERSION
    spec = _buildspec(pipeline, _project_of(pipeline, "UpdatePipeline", "SelfMutate"))
    assert f"npm install -g aws-cdk@{CDK_CLI_VERSION}" in spec["phases"]["install"]["commands"]


def test_pipeline_stateful_resources_are_retained(pipeline):
    stateful = {k: r for k, r in pipeline.json()["Resources"].items() if r["Type"] in STATEFUL_TYPES}
    assert {r["Type"] for r in stateful.values()} >= {"AWS::S3::Bucket", "AWS::KMS::Key", "AWS::Logs::LogGroup"}
    assert {(r.get("DeletionPolicy"), r.get("UpdateReplacePolicy")) for r in stateful.values()} == {("Retain", "Retain")}
    assert pipeline.stack.termination_protection


def test_pipeline_stages_are_the_single_environment_stages(pipeline, dev):
    # One code path: what the pipeline deploys to dev is byte for byte what `cdk deploy 'dev/*'` deploys.
    for stack_id, path in dev.template_paths.items():
        assert (pipeline.outdir / "assembly-dev" / path.name).read_bytes() == path.read_bytes(), stack_id


@pytest.mark.slow
def test_pipeline_template_passes_cfn_lint_checkov_and_size(pipeline, tmp_path):
    assert cfn_lint_errors([pipeline.template_path]) == []
    (tmp_path / pipeline.template_path.name).write_bytes(pipeline.template_path.read_bytes())
    assert checkov_problems(run_checkov(tmp_path, "cloudformation")) == []
    assert size_problems([pipeline.template_path]) == []


def test_pipeline_acknowledgments_meet_the_policy(pipeline):
    assert acknowledgment_problems(pipeline.stack) == []


def test_wildcard_acknowledgments_cover_only_reviewed_shapes():
    document = {"Statement": [
        {"Effect": "Allow", "Action": ["s3:GetObject*", "sts:AssumeRole"], "Resource": {"Fn::Join": ["", [{"Fn::GetAtt": ["B", "Arn"]}, "/*"]]}},
        {"Effect": "Deny", "Action": "iam:*", "Resource": "*"},
    ]}
    found = wildcard_findings(document)
    assert list(found) == ["Action::s3:GetObject*", "Resource::<B.Arn>/*"]
    assert found["Action::s3:GetObject*"] == {"s3:GetObject*", "sts:AssumeRole"}
    # An admin-style grant has no reviewed reason: `finish()` raises on it instead of acknowledging it.
    assert wildcard_reason("Action::iam:*", {"iam:*"}) is None
    # A reviewed `Resource::*` shape with one more action is no longer the reviewed shape.
    assert wildcard_reason("Resource::*", {"cloudformation:DescribeStacks", "s3:ListBucket"})
    assert wildcard_reason("Resource::*", {"cloudformation:DescribeStacks", "s3:PutObject"}) is None


def test_join_with_partition_becomes_sub():
    joined = {"Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"}, ":iam::1:role/x"]]}
    assert _join_as_sub(joined) == {"Fn::Sub": "arn:${AWS::Partition}:iam::1:role/x"}
    assert _join_as_sub({"Fn::Join": [",", ["a", "b"]]}) == {"Fn::Join": [",", ["a", "b"]]}


def test_shipped_pipeline_file_is_not_an_environment():
    data = yaml.safe_load((ROOT / "config" / "pipeline.yaml").read_text())
    assert "environment" not in data and "tier" not in data


def test_artifact_key_is_shared_with_each_target_deploy_role_for_decrypt_only(pipeline):
    store = _pipeline_resource(pipeline)["ArtifactStore"]
    key = pipeline.json()["Resources"][store["EncryptionKey"]["Id"]["Fn::GetAtt"][0]]
    cross_account = [
        s for s in key["Properties"]["KeyPolicy"]["Statement"]
        if "deploy-role" in json.dumps(s.get("Principal", {}))
    ]
    (statement,) = cross_account
    assert sorted(statement["Action"]) == ["kms:Decrypt", "kms:DescribeKey"]
    principals = json.dumps(statement["Principal"])
    targets = [*pipeline.config.environments, pipeline.config.identity_center]
    for env in targets:
        assert f":iam::{env.account}:role/cdk-hnb659fds-deploy-role-{env.account}-{env.region}" in principals
    assert principals.count("deploy-role") == len(targets)


def test_pipeline_stateful_logical_ids_are_pinned(pipeline):
    pins = json.loads((ROOT / "tests" / "gates" / "stateful_logical_ids.json").read_text())["pipeline"]
    found = {f"Pipeline/{k}": r["Type"] for k, r in pipeline.json()["Resources"].items() if r["Type"] in STATEFUL_TYPES}
    assert found == pins, "pipeline stateful resources changed: a missing pin is a resource CloudFormation would replace"


def test_pipeline_synth_needs_no_context_lookup(pipeline):
    manifest = json.loads((pipeline.outdir / "manifest.json").read_text())
    assert manifest.get("missing", []) == []
