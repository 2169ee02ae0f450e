"""The CloudFormation execution policies the README bootstraps with cover every service the templates use."""

from __future__ import annotations

import json

import pytest

from tests.support.synth import ROOT

# CloudFormation type namespace -> IAM service prefix, where they differ.
SERVICE_PREFIX = {
    "ApplicationAutoScaling": "application-autoscaling",
    "CodeStarConnections": "codestar-connections",
    "Cognito": "cognito-idp",
    "DirectoryService": "ds",
    "ElasticLoadBalancing": "elasticloadbalancing",
    "ElasticLoadBalancingV2": "elasticloadbalancing",
    "StepFunctions": "states",
}


def services(template: dict) -> set[str]:
    """IAM service prefixes CloudFormation needs to create the template's resources."""
    found = set()
    for resource in template.get("Resources", {}).values():
        kind = resource["Type"]
        if kind == "AWS::CDK::Metadata":
            continue
        if kind.startswith("Custom::") or kind == "AWS::CloudFormation::CustomResource":
            found.add("lambda")  # CloudFormation invokes the provider function
            continue
        namespace = kind.split("::")[1]
        found.add(SERVICE_PREFIX.get(namespace, namespace.lower()))
    return found


def allowed_services(policy_file: str) -> set[str]:
    policy = json.loads((ROOT / "bootstrap" / policy_file).read_text())
    return {
        action.split(":", 1)[0]
        for statement in policy["Statement"] if statement["Effect"] == "Allow"
        for action in statement["Action"]
    }


def _missing(templates, policy_file: str) -> set[str]:
    needed = set().union(*(services(t) for t in templates))
    return needed - allowed_services(policy_file)


def test_target_policy_covers_every_environment_template(shipped):
    templates = [shipped.json(stack_id) for stack_id in shipped.template_paths]
    assert _missing(templates, "target-execution-policy.json") == set()


def test_tooling_policy_covers_the_pipeline_template(pipeline):
    assert _missing([pipeline.json()], "tooling-execution-policy.json") == set()


def test_identity_policy_covers_the_identity_center_template(identity_center):
    templates = [identity_center.json(stack_id) for stack_id in identity_center.template_paths]
    assert _missing(templates, "identity-execution-policy.json") == set()
    # The identity account's execution role creates no IAM role: Identity Center makes the SSO roles itself.
    assert "iam" not in allowed_services("identity-execution-policy.json")


@pytest.mark.parametrize("policy_file", ["target-execution-policy.json", "tooling-execution-policy.json", "identity-execution-policy.json"])
def test_policies_deny_users_and_account_changes(policy_file):
    policy = json.loads((ROOT / "bootstrap" / policy_file).read_text())
    denied = {a for s in policy["Statement"] if s["Effect"] == "Deny" for a in s["Action"]}
    assert {"iam:CreateUser", "iam:CreateAccessKey", "organizations:*"} <= denied
    assert not any(a in ("*", "iam:*") for s in policy["Statement"] if s["Effect"] == "Allow" for a in s["Action"])


def test_check_reports_an_uncovered_service():
    template = {"Resources": {"Q": {"Type": "AWS::SageMaker::Domain"}, "C": {"Type": "Custom::Thing"}}}
    assert _missing([template], "tooling-execution-policy.json") == {"sagemaker", "lambda"}
