"""Permission-set policies: least privilege by role, data key only through the platform's services."""

from __future__ import annotations

from platform_constructs.permission_sets import PlatformResourceNames, policies

NAMES = PlatformResourceNames(
    account="333333333333", region="eu-west-1", partition="aws", name_prefix="mlplatform-prod",
    bucket_names={s: f"b-{s}" for s in ("collected_data", "offline_features", "models", "predictions", "metrics",
                                        "pipeline_artifacts", "athena_results")},
    data_key_alias="alias/mlplatform-prod-data", glue_database="mlplatform_prod_features", athena_workgroup="mlplatform-prod-features",
)


def _grants(policy: dict) -> dict[str, set[str]]:
    """action -> resources it is granted on."""
    out: dict[str, set[str]] = {}
    for statement in policy["Statement"]:
        for action in statement["Action"]:
            out.setdefault(action, set()).update(statement["Resource"])
    return out


def test_only_engineers_and_admins_write_models_and_push_images():
    all_policies = policies(NAMES)
    for role in ("data_scientist", "read_only"):
        grants = _grants(all_policies[role])
        assert "arn:aws:s3:::b-models/*" not in grants.get("s3:PutObject", set()), role
        assert "ecr:PutImage" not in grants, role
    for role in ("ml_engineer", "platform_admin"):
        grants = _grants(all_policies[role])
        assert "arn:aws:s3:::b-models/*" in grants["s3:PutObject"]
        assert "arn:aws:ecr:eu-west-1:333333333333:repository/mlplatform-prod/models" in grants["ecr:PutImage"]


def test_nobody_writes_collected_data():
    for role, policy in policies(NAMES).items():
        assert "arn:aws:s3:::b-collected_data/*" not in _grants(policy).get("s3:PutObject", set()), role


def test_read_only_gets_configuration_not_data():
    grants = _grants(policies(NAMES)["read_only"])
    assert not {"s3:GetObject", "dynamodb:GetItem", "dynamodb:Query", "ecr:BatchGetImage", "kms:Decrypt"} & set(grants)


def test_data_key_use_is_limited_to_its_alias_and_platform_services():
    for role in ("platform_admin", "ml_engineer", "data_scientist"):
        (statement,) = [s for s in policies(NAMES)[role]["Statement"] if s["Sid"] == "UseDataKeyViaPlatformServices"]
        assert statement["Condition"]["ForAnyValue:StringEquals"] == {"kms:ResourceAliases": ["alias/mlplatform-prod-data"]}
        assert "s3.eu-west-1.amazonaws.com" in statement["Condition"]["StringEquals"]["kms:ViaService"]


def test_inline_policies_fit_identity_center_limit():
    # PutInlinePolicyToPermissionSet accepts at most 32,768 characters.
    # https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_PutInlinePolicyToPermissionSet.html
    import json

    for role, policy in policies(NAMES).items():
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
    import aws_cdk as cdk
    from aws_cdk import assertions

    from platform_config.identity import PermissionSetConfig, PermissionSetsConfig
    from platform_constructs.permission_sets import PlatformPermissionSets

    group = "a1b2c3d4e5-4d5e6f7a-8b9c-4d0e-1f2a-3b4c5d6e7f8a"
    stack = cdk.Stack(cdk.App(), "Identity", env=cdk.Environment(account="555555555555", region="eu-west-1"))
    sets = PermissionSetsConfig(read_only=PermissionSetConfig(group_ids=(group,)))
    PlatformPermissionSets(
        stack, "prod", instance_arn="arn:aws:sso:::instance/ssoins-6804a1b2c3d4e5f6", permission_sets=sets,
        set_names={key: f"mlp-prod-{key}" for key, _ in sets.items()}, resources=NAMES,
    )
    template = assertions.Template.from_stack(stack)
    template.resource_count_is("AWS::SSO::PermissionSet", 4)
    (assignment,) = template.find_resources("AWS::SSO::Assignment").values()
    assert assignment["Properties"]["TargetId"] == NAMES.account == "333333333333"
    assert assignment["Properties"]["PrincipalId"] == group
