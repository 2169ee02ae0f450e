"""Permission-set policies: least privilege by role, data key only through the platform's services."""

from __future__ import annotations

import functools
import json
import re

import aws_cdk as cdk
import pytest
from aws_cdk import assertions
from aws_cdk import aws_iam as iam

from platform_config.identity import PermissionSetConfig, PermissionSetsConfig
from platform_constructs import permission_sets
from platform_constructs.permission_sets import (
    OBJECT_READ,
    UNSCOPED_READ,
    PlatformPermissionSets,
    PlatformResourceNames,
    policies,
)
from tests.support.synth import CDK_CONTEXT

NAMES = PlatformResourceNames(
    account="333333333333", region="eu-west-1", partition="aws", name_prefix="mlplatform-prod",
    bucket_names={s: f"b-{s}" for s in ("collected_data", "offline_features", "models", "predictions", "metrics",
                                        "pipeline_artifacts", "athena_results")},
    data_key_alias="alias/mlplatform-prod-data", glue_database="mlplatform_prod_features", athena_workgroup="mlplatform-prod-features",
)
INSTANCE_ARN = "arn:aws:sso:::instance/ssoins-6804a1b2c3d4e5f6"


def _as_list(value: object) -> list:
    """IAM accepts a single action or resource as a string; `PolicyDocument` renders a one-element list that way."""
    return value if isinstance(value, list) else [value]


def _build(stack: cdk.Stack, sets: PermissionSetsConfig | None = None) -> PlatformPermissionSets:
    sets = sets or PermissionSetsConfig()
    return PlatformPermissionSets(
        stack, "prod", instance_arn=INSTANCE_ARN, permission_sets=sets,
        set_names={key: f"mlp-prod-{key}" for key, _ in sets.items()}, resources=NAMES,
    )


@functools.cache
def _synthesized() -> dict[str, dict]:
    """Each permission set's `InlinePolicy` as synthesized (role key -> document), under the app's feature flags."""
    stack = cdk.Stack(cdk.App(context=CDK_CONTEXT), "Identity", env=cdk.Environment(account="555555555555", region="eu-west-1"))
    _build(stack)
    found = assertions.Template.from_stack(stack).find_resources("AWS::SSO::PermissionSet")
    by_name = {r["Properties"]["Name"]: r["Properties"]["InlinePolicy"] for r in found.values()}
    return {key: by_name[f"mlp-prod-{key}"] for key, _ in PermissionSetsConfig().items()}


def _grants(policy: dict) -> dict[str, set[str]]:
    """action -> resources it is granted on."""
    out: dict[str, set[str]] = {}
    for statement in policy["Statement"]:
        for action in _as_list(statement["Action"]):
            out.setdefault(action, set()).update(_as_list(statement["Resource"]))
    return out


def test_only_engineers_and_admins_write_models_and_push_images():
    all_policies = _synthesized()
    for role in ("data_scientist", "read_only"):
        grants = _grants(all_policies[role])
        assert "arn:aws:s3:::b-models/*" not in grants.get("s3:PutObject", set()), role
        assert "ecr:PutImage" not in grants, role
    for role in ("ml_engineer", "platform_admin"):
        grants = _grants(all_policies[role])
        assert "arn:aws:s3:::b-models/*" in grants["s3:PutObject"]
        assert "arn:aws:ecr:eu-west-1:333333333333:repository/mlplatform-prod/models" in grants["ecr:PutImage"]


def test_nobody_writes_collected_data():
    for role, policy in _synthesized().items():
        assert "arn:aws:s3:::b-collected_data/*" not in _grants(policy).get("s3:PutObject", set()), role


def test_read_only_gets_configuration_not_data():
    grants = _grants(_synthesized()["read_only"])
    assert not {"s3:GetObject", "dynamodb:GetItem", "dynamodb:Query", "ecr:BatchGetImage", "kms:Decrypt"} & set(grants)


def test_data_key_use_is_limited_to_its_alias_and_platform_services():
    for role in ("platform_admin", "ml_engineer", "data_scientist"):
        (statement,) = [s for s in _synthesized()[role]["Statement"] if s["Sid"] == "UseDataKeyViaPlatformServices"]
        assert statement["Condition"]["ForAnyValue:StringEquals"] == {"kms:ResourceAliases": ["alias/mlplatform-prod-data"]}
        assert "s3.eu-west-1.amazonaws.com" in statement["Condition"]["StringEquals"]["kms:ViaService"]


def test_inline_policies_fit_identity_center_limit():
    # PutInlinePolicyToPermissionSet accepts at most 32,768 characters.
    # https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_PutInlinePolicyToPermissionSet.html
    for role, policy in _synthesized().items():
        assert len(json.dumps(policy, separators=(",", ":"))) < 32_768, role


def test_resource_names_follow_the_environment_config():
    from platform_config import load_config
    from platform_constructs.permission_sets import resource_names
    from tests.support.synth import ROOT

    prod = load_config(ROOT / "config" / "prod.yaml")
    names = resource_names(prod, partition="aws")
    assert (names.account, names.region, names.name_prefix) == ("333333333333", "eu-west-1", "mlplatform-prod")
    assert names.bucket_names["collected_data"] == "acme-data-platform-collected-prod"
    assert names.bucket_names["models"] == prod.serving_names()["models"]
    assert names.data_key_alias == "alias/mlplatform-prod-data"


def test_assignments_target_the_environments_account_not_the_deploying_one():
    # Built in the identity account's stack, each assignment still grants access in the environment's account.
    group = "a1b2c3d4e5-4d5e6f7a-8b9c-4d0e-1f2a-3b4c5d6e7f8a"
    stack = cdk.Stack(cdk.App(), "Identity", env=cdk.Environment(account="555555555555", region="eu-west-1"))
    _build(stack, PermissionSetsConfig(read_only=PermissionSetConfig(group_ids=(group,))))
    template = assertions.Template.from_stack(stack)
    template.resource_count_is("AWS::SSO::PermissionSet", 4)
    (assignment,) = template.find_resources("AWS::SSO::Assignment").values()
    assert assignment["Properties"]["TargetId"] == NAMES.account == "333333333333"
    assert assignment["Properties"]["PrincipalId"] == group


SIDS = {
    "platform_admin": ["ListAndReadMetrics", "AdministerPlatformBuckets", "ReadCollectedData", "AdministerFeatureTable",
                       "AdministerRepositories", "AdministerCluster", "QueryFeatures", "ReadPlatformStacks",
                       "UseDataKeyViaPlatformServices"],
    "ml_engineer": ["ListAndReadMetrics", "ReadInputs", "WriteModelsAndResults", "ReadWriteFeatureTable", "PushModelImages",
                    "PullPlatformImages", "UseCluster", "QueryFeatures", "UseDataKeyViaPlatformServices"],
    "data_scientist": ["ListAndReadMetrics", "ReadData", "WriteFeaturesAndResults", "ReadFeatureTable", "UseCluster",
                       "QueryAndCatalogFeatures", "UseDataKeyViaPlatformServices"],
    "read_only": ["ListAndReadMetrics", "ReadBucketConfiguration", "DescribeFeatureTable", "DescribeRepositories", "DescribeCluster"],
}


def _by_sid(document: dict) -> dict[str, tuple]:
    """Sid -> (effect, sorted actions, sorted resources, condition): the statement's meaning, free of rendering order."""
    return {
        s["Sid"]: (s["Effect"], sorted(_as_list(s["Action"])), sorted(_as_list(s["Resource"])), s.get("Condition"))
        for s in document["Statement"]
    }


def test_synthesized_inline_policies_keep_every_statement_as_built():
    # The template holds each role's statements, in order, under their Sids: the library neither merges, drops
    # nor rewrites them (under the minimizePolicies flag it only sorts actions and resources and turns a
    # one-element list into a string), so they grant what the hand-written documents did.
    built = {role: document.to_json() for role, document in policies(NAMES).items()}
    for role, document in _synthesized().items():
        assert document["Version"] == "2012-10-17", role
        assert [s["Sid"] for s in document["Statement"]] == SIDS[role], role
        assert _by_sid(document) == _by_sid(built[role]), role
        assert {s["Effect"] for s in document["Statement"]} == {"Allow"}, role
    admin = _by_sid(_synthesized()["platform_admin"])
    assert admin["ListAndReadMetrics"] == ("Allow", sorted(UNSCOPED_READ), ["*"], None)
    collected = ["arn:aws:s3:::b-collected_data", "arn:aws:s3:::b-collected_data/*"]
    assert admin["ReadCollectedData"] == ("Allow", sorted(OBJECT_READ), collected, None)
    assert admin["AdministerFeatureTable"][2] == ["arn:aws:dynamodb:eu-west-1:333333333333:table/mlplatform-prod-online-features"]
    assert admin["UseDataKeyViaPlatformServices"] == (
        "Allow", ["kms:Decrypt", "kms:DescribeKey", "kms:Encrypt", "kms:GenerateDataKey"], ["arn:aws:kms:eu-west-1:333333333333:key/*"],
        {"ForAnyValue:StringEquals": {"kms:ResourceAliases": ["alias/mlplatform-prod-data"]},
         "StringEquals": {"kms:ViaService": [f"{s}.eu-west-1.amazonaws.com" for s in ("s3", "dynamodb", "ecr", "athena", "glue")]}},
    )


def test_invalid_statements_are_rejected_naming_each_permission_set(monkeypatch):
    # Identity Center attaches the inline policy to a role: a statement must name resources and no principal.
    def broken(names: PlatformResourceNames) -> dict[str, iam.PolicyDocument]:
        documents = policies(names)
        documents["read_only"] = iam.PolicyDocument(statements=[iam.PolicyStatement(sid="NoResource", actions=["s3:ListAllMyBuckets"])])
        documents["ml_engineer"] = iam.PolicyDocument(statements=[iam.PolicyStatement(
            sid="WithPrincipal", actions=["s3:GetObject"], resources=["*"], principals=[iam.AccountRootPrincipal()])])
        return documents

    monkeypatch.setattr(permission_sets, "policies", broken)
    stack = cdk.Stack(cdk.App(), "Identity", env=cdk.Environment(account="555555555555", region="eu-west-1"))
    with pytest.raises(ValueError) as raised:
        _build(stack)
    message = str(raised.value)
    assert re.search(r"'mlp-prod-read_only' \(read_only\) of Identity/prod: inline policy: .*must specify at least one resource", message)
    assert re.search(r"'mlp-prod-ml_engineer' \(ml_engineer\) of Identity/prod: inline policy: .*cannot specify any IAM principals", message)
    assert "platform_admin" not in message and "data_scientist" not in message
