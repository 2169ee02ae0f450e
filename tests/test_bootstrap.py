"""The bootstrap's IAM documents: the CloudFormation execution policies let CloudFormation make every call the
synthesized templates need (actions, not only services) and nothing that could mint an administrator; the
permissions boundary every platform role carries leaves each role what it is granted.

What CloudFormation calls is derived from the templates (tests/support/deploy_calls.py): every resource type's
handler permissions from the CloudFormation registry schemas, `Fn::GetStackOutput` (weak cross-stack
references: `cloudformation:DescribeStacks` on the producing stack), custom-resource service tokens, SSM
parameter types and dynamic references.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
import yaml

from platform_constructs.permissions_boundary import boundary_policy_name, managed_name_prefix
from tests.support.deploy_calls import StackEnv, deploy_calls, handler_permissions, resolve, stage_roles
from tests.support.iam_policy import Call, allows, denied_calls
from tests.support.synth import ROOT

TARGET, TOOLING = "target-execution-policy.json", "tooling-execution-policy.json"
IDENTITY = "identity-execution-policy.json"
BOUNDARY, TOOLING_BOUNDARY = "permissions-boundary-policy.json", "tooling-permissions-boundary-policy.json"
MANAGED_FACTS = ROOT / "tests" / "upstream_facts" / "iam" / "aws-managed-policies.yaml"


def _policy(name: str) -> dict[str, Any]:
    return json.loads((ROOT / "bootstrap" / name).read_text())


def _stage(shipped) -> tuple[dict[str, dict], dict[str, StackEnv]]:
    """Every template of the environment with where it deploys (stack name, account, region)."""
    templates, envs = {}, {}
    for stack_id in shipped.template_paths:
        stack = getattr(shipped.stage, _attr(stack_id), None) or _stack(shipped.stage, stack_id)
        templates[stack_id] = shipped.json(stack_id)
        envs[stack_id] = StackEnv(stack.stack_name, shipped.config.account, shipped.config.region)
    return templates, envs


def _attr(stack_id: str) -> str:
    return {"KubeflowBacking": "kubeflow_backing"}.get(stack_id, stack_id.lower())


def _stack(stage, stack_id: str):
    import aws_cdk as cdk

    return next(c for c in stage.node.children if isinstance(c, cdk.Stack) and c.node.id == stack_id)


# --- the target accounts' execution policy -------------------------------------------------------------------

def test_target_policy_allows_every_call_cloudformation_makes(shipped):
    templates, envs = _stage(shipped)
    calls = deploy_calls(templates, envs)
    assert any(c.action == "cloudformation:DescribeStacks" for c in calls), "weak references need DescribeStacks"
    assert denied_calls(_policy(TARGET), calls) == []


def test_weak_references_read_only_this_projects_stacks(shipped):
    templates, envs = _stage(shipped)
    reads = [c for c in deploy_calls(templates, envs) if c.action == "cloudformation:DescribeStacks"]
    names = {c.resource.split(":stack/")[1].split("/")[0] for c in reads}
    assert names <= {env.stack_name for env in envs.values()}
    foreign = Call("cloudformation:DescribeStacks", "arn:aws:cloudformation:eu-west-1:111111111111:stack/other-app/x")
    assert not allows(_policy(TARGET), foreign)


def test_every_role_is_in_the_deploy_roles_scope_and_carries_the_boundary(shipped):
    """Named roles start with `<project>-`; CloudFormation names the others after their stack, whose name does."""
    templates, envs = _stage(shipped)
    project = shipped.config.project
    boundary = f"arn:aws:iam::{shipped.config.account}:policy/{boundary_policy_name(project)}"
    roles = stage_roles(templates, envs)
    assert roles
    for env in envs.values():
        assert env.stack_name.startswith(managed_name_prefix(project))
    for (stack_id, logical), role in roles.items():
        props = templates[stack_id]["Resources"][logical]["Properties"]
        assert props.get("Path", "/") == "/", f"{stack_id}/{logical}: a path would move it out of the scope"
        assert role.arn.split(":role/")[1].startswith(managed_name_prefix(project)), role.arn
        assert role.boundary == boundary, f"{stack_id}/{logical} has boundary {props.get('PermissionsBoundary')!r}"


@pytest.mark.parametrize("policy_file", [TARGET, TOOLING])
def test_execution_policy_cannot_mint_an_administrator(policy_file):
    policy = _policy(policy_file)
    boundary = {"iam:PermissionsBoundary": "arn:aws:iam::111111111111:policy/mlplatform-permissions-boundary"}
    role = "arn:aws:iam::111111111111:role/mlplatform-dev-anything"
    assert allows(policy, Call("iam:CreateRole", role, boundary))
    # No boundary, another boundary, or a role outside the platform's names: refused.
    assert not allows(policy, Call("iam:CreateRole", role))
    assert not allows(policy, Call("iam:CreateRole", role, {"iam:PermissionsBoundary": "arn:aws:iam::aws:policy/AdministratorAccess"}))
    assert not allows(policy, Call("iam:CreateRole", "arn:aws:iam::111111111111:role/admin", boundary))
    for action in ("iam:PutRolePolicy", "iam:AttachRolePolicy"):
        assert not allows(policy, Call(action, role, {"iam:PolicyARN": "arn:aws:iam::aws:policy/AdministratorAccess"}))
        assert not allows(policy, Call(action, "arn:aws:iam::111111111111:role/OrganizationAccountAccessRole", boundary))
    assert not allows(policy, Call("iam:PassRole", "arn:aws:iam::111111111111:role/OrganizationAccountAccessRole"))
    assert not allows(policy, Call("iam:DeleteRolePermissionsBoundary", role))
    the_boundary = "arn:aws:iam::111111111111:policy/mlplatform-permissions-boundary"
    for action in ("iam:CreatePolicyVersion", "iam:SetDefaultPolicyVersion", "iam:DeletePolicy"):
        assert not allows(policy, Call(action, the_boundary))
    if policy_file == TARGET:
        assert allows(policy, Call("iam:CreatePolicyVersion", "arn:aws:iam::111111111111:policy/mlplatform-dev-cluster-XPolicy-1"))


def test_bootstrap_documents_name_the_shipped_project():
    """The JSON documents are static: they name the project the shipped configs use."""
    from platform_config import load_config
    from platform_config.loader import NON_ENVIRONMENT_FILES

    projects = {load_config(path).project for path in sorted((ROOT / "config").glob("*.yaml"))
                if path.stem not in NON_ENVIRONMENT_FILES}
    text = (ROOT / "bootstrap" / TARGET).read_text() + (ROOT / "bootstrap" / TOOLING).read_text()
    for project in projects:
        assert f"policy/{boundary_policy_name(project)}" in text
        assert f"role/{managed_name_prefix(project)}*" in text


# --- the permissions boundary ----------------------------------------------------------------------------------

def _granted_actions(templates: dict[str, dict], envs: dict[str, StackEnv]) -> list[Call]:
    """Every action a platform role is granted: inline and customer-managed statements, and the services (and
    IAM actions) of the AWS managed policies attached (tests/upstream_facts/iam/aws-managed-policies.yaml)."""
    managed = yaml.safe_load(MANAGED_FACTS.read_text())["policies"]
    calls = []
    for stack_id, template in templates.items():
        for logical, resource in template["Resources"].items():
            props = resource.get("Properties", {})
            documents = []
            if resource["Type"] in ("AWS::IAM::Policy", "AWS::IAM::ManagedPolicy"):
                documents.append(props["PolicyDocument"])
            if resource["Type"] == "AWS::IAM::Role":
                documents += [p["PolicyDocument"] for p in props.get("Policies", [])]
                for arn in props.get("ManagedPolicyArns", []):
                    literal = resolve(arn, envs[stack_id]) or ""
                    if ":iam::aws:policy/" in literal:
                        name = literal.split(":policy/", 1)[1]
                        assert name in managed, f"{stack_id}/{logical}: add {name} to {MANAGED_FACTS.name}"
                        facts = managed[name]
                        calls += [Call(f"{s}:*", why=f"{logical} {name}") for s in facts["services"]]
                        calls += [Call(a, "arn:aws:iam::111111111111:role/aws-service-role/x/y", why=f"{logical} {name}")
                                  for a in facts.get("iam_actions", [])]
            for document in documents:
                for statement in document["Statement"]:
                    if statement["Effect"] != "Allow":
                        continue
                    actions = statement["Action"] if isinstance(statement["Action"], list) else [statement["Action"]]
                    resource_arn = "arn:aws:iam::111111111111:role/aws-service-role/x/y" if any(
                        a == "iam:CreateServiceLinkedRole" for a in actions) else "*"
                    calls += [Call(a, resource_arn if a.startswith("iam:") else "*", why=f"{stack_id}/{logical}") for a in actions]
    return calls


def test_boundary_leaves_every_role_what_it_is_granted(shipped):
    templates, envs = _stage(shipped)
    calls = _granted_actions(templates, envs)
    assert calls
    boundary = _policy(BOUNDARY)
    # The boundary caps by action; a call "on *" stands for the statement's resources.
    assert denied_calls(boundary, calls) == []


@pytest.mark.parametrize("boundary_file", [BOUNDARY, TOOLING_BOUNDARY])
def test_boundary_allows_no_identity_or_account_changes(boundary_file):
    boundary = _policy(boundary_file)
    for action in ("iam:CreateRole", "iam:PutRolePolicy", "iam:AttachRolePolicy", "iam:CreateUser",
                   "iam:CreatePolicyVersion", "iam:PassRole", "organizations:LeaveOrganization", "account:PutContactInformation",
                   "cloudformation:CreateStack", "sts:AssumeRoleWithSAML"):
        assert not allows(boundary, Call(action, "arn:aws:iam::111111111111:role/mlplatform-dev-x")), action
    if boundary_file == BOUNDARY:
        assert allows(boundary, Call("iam:CreateServiceLinkedRole", "arn:aws:iam::111111111111:role/aws-service-role/elasticloadbalancing.amazonaws.com/X"))


# --- the tooling account and the checks themselves ---------------------------------------------------------------

def test_tooling_policy_allows_every_call_cloudformation_makes(pipeline):
    assert denied_calls(_policy(TOOLING), deploy_calls(*_pipeline_stage(pipeline))) == []


def _pipeline_stage(pipeline) -> tuple[dict[str, dict], dict[str, StackEnv]]:
    tooling = pipeline.config.tooling
    return {"Pipeline": pipeline.json()}, {"Pipeline": StackEnv(pipeline.stack.stack_name, tooling.account, tooling.region)}


def test_pipeline_roles_are_in_the_scope_and_carry_the_boundary(pipeline):
    templates, envs = _pipeline_stage(pipeline)
    boundary = f"arn:aws:iam::{pipeline.config.tooling.account}:policy/{boundary_policy_name(pipeline.config.project)}"
    roles = stage_roles(templates, envs)
    assert roles
    for role in roles.values():
        assert role.arn.split(":role/")[1].startswith(managed_name_prefix(pipeline.config.project)), role.arn
        assert role.boundary == boundary, role.logical_id


def test_tooling_boundary_leaves_every_pipeline_role_what_it_is_granted(pipeline):
    templates, envs = _pipeline_stage(pipeline)
    calls = _granted_actions(templates, envs)
    assert calls
    assert denied_calls(_policy(TOOLING_BOUNDARY), calls) == []


# --- the identity account's execution policy ------------------------------------------------------------------

def test_identity_policy_allows_every_call_cloudformation_makes(identity_center):
    templates, envs = {}, {}
    for stack_id in identity_center.template_paths:
        stack = _stack(identity_center.stage, stack_id)
        templates[stack_id] = identity_center.json(stack_id)
        envs[stack_id] = StackEnv(stack.stack_name, stack.account, stack.region)
    assert denied_calls(_policy(IDENTITY), deploy_calls(templates, envs)) == []


def test_identity_policy_creates_no_iam_role():
    """Identity Center creates the AWSReservedSSO_* roles in each account itself (its service-linked role)."""
    policy = _policy(IDENTITY)
    assert not allows(policy, Call("iam:CreateRole", "arn:aws:iam::555555555555:role/mlplatform-anything"))
    assert not allows(policy, Call("iam:PassRole", "arn:aws:iam::555555555555:role/mlplatform-anything"))


@pytest.mark.parametrize("policy_file", [TARGET, TOOLING, IDENTITY])
def test_policies_deny_users_and_account_changes(policy_file):
    policy = _policy(policy_file)
    denied = {a for s in policy["Statement"] if s["Effect"] == "Deny" for a in s["Action"]}
    assert {"iam:CreateUser", "iam:CreateAccessKey", "organizations:*"} <= denied
    assert not any(a in ("*", "iam:*") for s in policy["Statement"] if s["Effect"] == "Allow"
                   for a in (s["Action"] if isinstance(s["Action"], list) else [s["Action"]]))


def test_check_reports_missing_calls():
    """A weak reference to another project's stack, a role without the boundary and an uncovered service fail."""
    env = StackEnv("mlplatform-dev-x", "111111111111", "eu-west-1")
    template = {"Resources": {
        "Queue": {"Type": "AWS::SageMaker::Domain", "Properties": {}},
        "Role": {"Type": "AWS::IAM::Role", "Properties": {"AssumeRolePolicyDocument": {}}},
        "Thing": {"Type": "AWS::SSM::Parameter", "Properties": {"Value": {"Fn::GetStackOutput": {"StackName": "other-app", "OutputName": "O"}}}},
    }}
    denied = "\n".join(denied_calls(_policy(TARGET), deploy_calls({"X": template}, {"X": env})))
    assert "sagemaker:CreateDomain" in denied
    assert "iam:CreateRole on arn:aws:iam::111111111111:role/mlplatform-dev-x-Role" in denied
    assert "cloudformation:DescribeStacks on arn:aws:cloudformation:eu-west-1:111111111111:stack/other-app/" in denied


def test_an_intrinsic_of_unknown_cost_fails_the_check():
    env = StackEnv("mlplatform-dev-x", "111111111111", "eu-west-1")
    template = {"Resources": {"P": {"Type": "AWS::SSM::Parameter", "Properties": {"Value": {"Fn::Transform": {"Name": "X"}}}}}}
    with pytest.raises(ValueError, match="Fn::Transform"):
        deploy_calls({"X": template}, {"X": env})


def test_handler_permissions_come_from_the_registry_schemas():
    assert "eks:CreateCluster" in handler_permissions("AWS::EKS::Cluster", "eu-west-1")
    assert "iam:PassRole" in handler_permissions("AWS::EKS::Cluster", "eu-west-1")
