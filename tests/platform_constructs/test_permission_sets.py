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
