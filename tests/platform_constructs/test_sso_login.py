"""SsoLogin: the browser client, and the client-credentials app clients programs use to call models."""

from __future__ import annotations

import json

import aws_cdk as cdk
import pytest
from aws_cdk import aws_kms as kms
from aws_cdk.assertions import Match, Template

from platform_config.login import LoginConfig
from platform_constructs.sso_login import SsoLogin
from tests.support.synth import CDK_CONTEXT

LOGIN = dict(enabled=True, identity_center_metadata_url="https://portal.sso.eu-west-1.amazonaws.com/saml/metadata/X",
             cognito_domain_prefix="acme-ml-test")


def _synth(tmp_path, *, checks: bool = False, **login) -> tuple[Template, SsoLogin, cdk.App]:
    from platform_constructs.compliance import add_compliance_checks

    app = cdk.App(outdir=str(tmp_path), context=CDK_CONTEXT)
    stack = cdk.Stack(app, "S", env=cdk.Environment(account="111111111111", region="eu-west-1"))
    key = kms.Key(stack, "Key", enable_key_rotation=True)
    sso = SsoLogin(stack, "Sso", config=LoginConfig(**LOGIN, **login), name="mlp-test-users",
                   hostname="ml.example.com", secrets_key=key, removal_policy=cdk.RemovalPolicy.DESTROY)
    if checks:
        add_compliance_checks(app)
    return Template.from_stack(stack), sso, app


def _clients(template: Template) -> dict[str, dict]:
    return {c["Properties"]["ClientName"]: c["Properties"] for c in template.find_resources("AWS::Cognito::UserPoolClient").values()}


def test_without_machine_clients_only_the_browser_client_exists(tmp_path):
    template, sso, _ = _synth(tmp_path)
    assert list(_clients(template)) == ["mlp-test-users-oauth2-proxy"]
    template.resource_count_is("AWS::Cognito::UserPoolResourceServer", 0)
    assert sso.machine_clients == {}


def test_each_program_gets_a_client_credentials_client_for_the_models_scope(tmp_path):
    template, sso, _ = _synth(tmp_path, machine_clients=("batch-scorer", "fraud-api"))
    template.has_resource_properties("AWS::Cognito::UserPoolResourceServer", {
        "Identifier": "models", "Scopes": [{"ScopeName": "invoke", "ScopeDescription": Match.any_value()}],
    })
    clients = _clients(template)
    assert set(clients) == {"mlp-test-users-oauth2-proxy", "mlp-test-users-machine-batch-scorer", "mlp-test-users-machine-fraud-api"}
    for name in ("batch-scorer", "fraud-api"):
        client = clients[f"mlp-test-users-machine-{name}"]
        # Only the client-credentials grant (no user flow, no callback), a secret, the one custom scope.
        assert client["AllowedOAuthFlows"] == ["client_credentials"] and client["AllowedOAuthFlowsUserPoolClient"] is True
        assert client["GenerateSecret"] is True and "CallbackURLs" not in client
        # `models/invoke`, written as a reference to the resource server so the client is created after it.
        [(server_ref, suffix)] = [scope["Fn::Join"][1] for scope in client["AllowedOAuthScopes"]]
        assert server_ref["Ref"] in template.find_resources("AWS::Cognito::UserPoolResourceServer") and suffix == "/invoke"
        assert client["SupportedIdentityProviders"] == ["COGNITO"]
    # The browser client keeps the code flow and gains no custom scope.
    browser = clients["mlp-test-users-oauth2-proxy"]
    assert browser["AllowedOAuthFlows"] == ["code"] and sorted(browser["AllowedOAuthScopes"]) == ["email", "openid", "profile"]
    assert set(sso.machine_clients) == {"batch-scorer", "fraud-api"}
    assert sso.token_url == "https://acme-ml-test.auth.eu-west-1.amazoncognito.com/oauth2/token"


def test_client_id_and_secret_reach_secrets_manager_by_reference_only(tmp_path):
    template, _, _ = _synth(tmp_path, machine_clients=("batch-scorer",))
    secrets = {s["Properties"]["Name"]: s["Properties"] for s in template.find_resources("AWS::SecretsManager::Secret").values()}
    secret = secrets["mlp-test-users/machine-clients/batch-scorer"]
    assert "KmsKeyId" in secret
    text = json.dumps(secret["SecretString"])
    # client_id and ClientSecret are CloudFormation references to the app client, never literal values.
    assert "ClientSecret" in text and "Fn::GetAtt" in text and '\\"client_id\\"' in text
    assert "https://acme-ml-test.auth.eu-west-1.amazoncognito.com/oauth2/token" in text and "models/invoke" in text


def test_machine_clients_pass_cdk_nag(tmp_path):
    from platform_constructs.compliance import unacknowledged_findings

    _, _, app = _synth(tmp_path, checks=True, machine_clients=("batch-scorer",))
    try:
        app.synth()
    except RuntimeError:
        pass
    findings = [f for f in unacknowledged_findings(str(tmp_path)) if "/Sso/" in f]
    assert findings == []


@pytest.mark.parametrize("bad", [("Scorer",), ("a",), ("x" * 40,)])
def test_bad_client_names_are_rejected(bad):
    with pytest.raises(ValueError, match="machine_clients"):
        LoginConfig(**LOGIN, machine_clients=bad)
