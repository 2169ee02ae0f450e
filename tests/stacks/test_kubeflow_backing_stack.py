"""KubeflowBacking: the pipelines database and the SSO user pool, asserted on the synthesized templates."""

from __future__ import annotations

import json
import re

import pytest

STACK = "KubeflowBacking"


def _one(synth, resource_type: str) -> dict:
    found = synth.resources(STACK, resource_type)
    assert len(found) == 1, f"{resource_type}: {list(found)}"
    return next(iter(found.values()))


def _security_ref(value, key_fragment: str) -> bool:
    """A cross-stack reference (Fn::ImportValue) to the Security stack's key."""
    return key_fragment in json.dumps(value)


def test_aurora_is_encrypted_with_the_data_key_backed_up_and_iam_authenticated(shipped):
    db = _one(shipped, "AWS::RDS::DBCluster")
    props = db["Properties"]
    cfg = shipped.config.kubeflow_pipelines.database
    assert props["Engine"] == "aurora-mysql" and props["EngineVersion"] == f"8.0.mysql_aurora.{cfg.engine_version}"
    assert props["StorageEncrypted"] is True and _security_ref(props["KmsKeyId"], "KeysDataKey")
    assert props["BackupRetentionPeriod"] == cfg.backup_retention_days
    assert props["EnableIAMDatabaseAuthentication"] is True
    assert props["DeletionProtection"] is (shipped.config.tier != "dev")
    assert props["BacktrackWindow"] == 86400
    assert set(props["EnableCloudwatchLogsExports"]) == {"audit", "error", "slowquery"}
    assert props["ServerlessV2ScalingConfiguration"] == {"MinCapacity": cfg.min_capacity_acu, "MaxCapacity": cfg.max_capacity_acu}
    expected_policy = "Delete" if shipped.config.is_ephemeral else "Retain"
    assert db["DeletionPolicy"] == expected_policy and db["UpdateReplacePolicy"] == expected_policy


def test_prod_has_a_reader_for_multi_az_and_dev_has_none(dev, prod):
    assert len(dev.resources(STACK, "AWS::RDS::DBInstance")) == 1
    assert len(prod.resources(STACK, "AWS::RDS::DBInstance")) == 1 + prod.config.kubeflow_pipelines.database.readers >= 2
    for instance in prod.resources(STACK, "AWS::RDS::DBInstance").values():
        assert instance["Properties"]["PubliclyAccessible"] is False


def test_database_lives_in_the_isolated_subnets(shipped):
    group = _one(shipped, "AWS::RDS::DBSubnetGroup")
    refs = json.dumps(group["Properties"]["SubnetIds"])
    assert "IsolatedSubnet" in refs and "PrivateSubnet" not in refs and "PublicSubnet" not in refs


def test_security_group_admits_nothing_but_the_cluster_on_3306(shipped):
    sg = _one(shipped, "AWS::EC2::SecurityGroup")["Properties"]
    for rule in sg.get("SecurityGroupIngress", []):
        assert "CidrIp" not in rule and rule["FromPort"] == rule["ToPort"] == 3306
    for rule in shipped.resources(STACK, "AWS::EC2::SecurityGroupIngress").values():
        assert "CidrIp" not in rule["Properties"] and rule["Properties"]["FromPort"] == 3306
    assert sg["SecurityGroupEgress"][0]["CidrIp"] == "255.255.255.255/32"


def test_credentials_are_generated_into_a_kms_encrypted_secret_and_only_referenced(shipped):
    secrets = shipped.resources(STACK, "AWS::SecretsManager::Secret")
    db_secret = [s for s in secrets.values() if "GenerateSecretString" in s["Properties"]
                 and "username" in s["Properties"]["GenerateSecretString"].get("SecretStringTemplate", "")]
    assert len(db_secret) == 1 and _security_ref(db_secret[0]["Properties"]["KmsKeyId"], "KeysDataKey")
    props = _one(shipped, "AWS::RDS::DBCluster")["Properties"]
    # The user name is not secret; the password is a dynamic reference resolved by CloudFormation.
    assert "{{resolve:secretsmanager:" in json.dumps(props["MasterUserPassword"])
    assert ":SecretString:password::}}" in json.dumps(props["MasterUserPassword"])


def test_no_template_and_no_manifest_holds_a_password_value(shipped):
    for stack_id in shipped.template_paths:
        text = shipped.template_paths[stack_id].read_text()
        for match in re.finditer(r'"(MasterUserPassword|Password|SecretString|ClientSecret)"\s*:\s*"([^"]*)"', text):
            pytest.fail(f"{stack_id}: literal {match.group(1)} value in the template")
    for path in shipped.stage_dir.rglob("*.k8s.yaml"):
        assert "password:" not in path.read_text().lower()


def test_log_groups_are_created_encrypted_and_pinned(shipped):
    groups = shipped.resources(STACK, "AWS::Logs::LogGroup")
    assert {g["Properties"]["LogGroupName"].rsplit("/", 1)[-1] for g in groups.values()} == {"audit", "error", "slowquery"}
    for g in groups.values():
        assert _security_ref(g["Properties"]["KmsKeyId"], "KeysLogsKey")
        assert g["Properties"]["RetentionInDays"] == shipped.config.audit.log_retention_days


def test_parameters_audit_and_keep_tls_optional_for_ml_metadata(shipped):
    params = _one(shipped, "AWS::RDS::DBClusterParameterGroup")["Properties"]["Parameters"]
    assert params["server_audit_logging"] == "1" and params["group_concat_max_len"] == "4194304"
    # ml_metadata_store_server 1.14.0 has no TLS flags; the Go clients use TLS when offered.
    assert params["require_secure_transport"] == "OFF"


# ------------------------------------------------------------------------------------------ SSO

def test_sso_is_skipped_cleanly_when_not_configured(dev):
    assert not dev.config.login.enabled
    for kind in ("AWS::Cognito::UserPool", "AWS::Cognito::UserPoolClient", "AWS::Cognito::UserPoolIdentityProvider"):
        assert dev.resources(STACK, kind) == {}
    assert len(dev.resources(STACK, "AWS::SecretsManager::Secret")) == 1  # the database's only


def test_user_pool_federates_identity_center_with_mfa_and_threat_protection(prod):
    pool = _one(prod, "AWS::Cognito::UserPool")
    props = pool["Properties"]
    assert props["MfaConfiguration"] == "ON" and props["UserPoolTier"] == "PLUS"
    assert props["UserPoolAddOns"]["AdvancedSecurityMode"] == "ENFORCED"
    assert props["AdminCreateUserConfig"]["AllowAdminCreateUserOnly"] is True
    assert props["DeletionProtection"] == "ACTIVE" and pool["DeletionPolicy"] == "Retain"
    idp = _one(prod, "AWS::Cognito::UserPoolIdentityProvider")["Properties"]
    assert idp["ProviderType"] == "SAML"
    assert idp["ProviderDetails"]["MetadataURL"] == prod.config.login.identity_center_metadata_url
    assert idp["AttributeMapping"] == {"email": "email"}


def test_oauth2_proxy_client_uses_the_code_flow_on_the_gateway_host(prod):
    clients = [c["Properties"] for c in prod.resources(STACK, "AWS::Cognito::UserPoolClient").values()]
    [client] = [c for c in clients if c["ClientName"].endswith("-oauth2-proxy")]
    host = prod.config.platform_services.gateway.hostname
    assert client["GenerateSecret"] is True and client["AllowedOAuthFlows"] == ["code"]
    assert client["CallbackURLs"] == [f"https://{host}/oauth2/callback"]
    assert client["SupportedIdentityProviders"] != ["COGNITO"]
    domain = _one(prod, "AWS::Cognito::UserPoolDomain")["Properties"]
    assert domain["Domain"] == prod.config.login.cognito_domain_prefix


def test_client_secret_reaches_secrets_manager_by_getatt_not_by_value(prod):
    secrets = prod.resources(STACK, "AWS::SecretsManager::Secret")
    client_secret = [s for s in secrets.values() if s["Properties"]["Name"].endswith("/oauth2-proxy-client-secret")]
    assert len(client_secret) == 1
    value = client_secret[0]["Properties"]["SecretString"]
    assert "Fn::GetAtt" in value and value["Fn::GetAtt"][1] == "ClientSecret"
    for secret in secrets.values():
        assert _security_ref(secret["Properties"]["KmsKeyId"], "KeysDataKey")


def test_backing_ref_hands_the_charts_names_not_values(prod):
    ref = prod.stage.kubeflow_backing.backing_ref(artifacts_bucket_name="bucket")
    assert ref.db_port == 3306 and ref.login is not None
    assert ref.login.hostname == prod.config.platform_services.gateway.hostname
    # Deploy-time values are tokens; the secret names are fixed, so they travel as literals (no reference).
    for value in (ref.db_host, ref.login.client_id, ref.login.issuer_url):
        assert "${Token[" in value
    assert ref.db_secret_name == "mlplatform-prod-kfp-db/credentials"
    assert ref.login.client_secret_name == "mlplatform-prod-users/oauth2-proxy-client-secret"
    # oauth2-proxy accepts the tokens of exactly the configured machine clients (their ids, as tokens).
    sso = prod.stage.kubeflow_backing.sso
    assert len(ref.login.machine_client_ids) == len(prod.config.login.machine_clients) >= 1
    assert ref.login.machine_client_ids == tuple(c.user_pool_client_id for c in sso.machine_clients.values())


def test_machine_clients_get_client_credentials_and_their_secret(prod):
    clients = {c["Properties"]["ClientName"]: c["Properties"] for c in prod.resources(STACK, "AWS::Cognito::UserPoolClient").values()}
    for name in prod.config.login.machine_clients:
        client = clients[f"mlplatform-prod-users-machine-{name}"]
        assert client["AllowedOAuthFlows"] == ["client_credentials"] and client["GenerateSecret"] is True
    servers = prod.resources(STACK, "AWS::Cognito::UserPoolResourceServer")
    assert [s["Properties"]["Identifier"] for s in servers.values()] == ["models"]
    names = {s["Properties"]["Name"] for s in prod.resources(STACK, "AWS::SecretsManager::Secret").values()}
    assert {f"mlplatform-prod-users/machine-clients/{n}" for n in prod.config.login.machine_clients} <= names


# ------------------------------------------------------------------------------------------ wiring to the cluster

def test_database_admits_exactly_the_cluster_security_group_on_3306(shipped):
    rules = list(shipped.resources(STACK, "AWS::EC2::SecurityGroupIngress").values())
    assert len(rules) == 1
    rule = rules[0]["Properties"]
    assert rule["IpProtocol"] == "tcp" and rule["FromPort"] == rule["ToPort"] == 3306
    assert "ClusterSecurityGroupId" in json.dumps(rule["SourceSecurityGroupId"]) or "Fn::ImportValue" in json.dumps(rule["SourceSecurityGroupId"])
    assert "CidrIp" not in rule


def test_pipelines_identity_reads_exactly_its_secrets(shipped):
    policy = _one(shipped, "AWS::IAM::ManagedPolicy")["Properties"]
    statements = {s["Sid"]: s for s in policy["PolicyDocument"]["Statement"]}
    db = statements["ReadPipelinesDatabaseSecret"]
    assert sorted(db["Action"]) == ["secretsmanager:DescribeSecret", "secretsmanager:GetResourcePolicy",
                                    "secretsmanager:GetSecretValue", "secretsmanager:ListSecretVersionIds"]
    assert json.dumps(db["Resource"]).count("Ref") == 1 and "PipelinesDatabaseCredentials" in json.dumps(db["Resource"])
    decrypt = statements["DecryptSecretsViaSecretsManager"]
    assert decrypt["Condition"] == {"StringEquals": {"kms:ViaService": f"secretsmanager.{shipped.config.region}.amazonaws.com"}}
    if shipped.config.login.enabled:
        assert len(statements["ReadLoginSecrets"]["Resource"]) == 2
    else:
        assert "ReadLoginSecrets" not in statements
    # Attached to the External Secrets controller's role only (by name, from the cluster stack's output).
    (role,) = policy["Roles"]
    assert _output_of(shipped, role) == _role_logical(shipped, "kubeflow-pipelines-secrets")


def _role_logical(shipped, component):
    role = shipped.stage.cluster.identities[component].role
    return shipped.stage.cluster.get_logical_id(role.node.default_child)


def _output_of(shipped, value):
    """The Cluster resource a weak reference (`Fn::GetStackOutput`) of this stack names."""
    ref = value["Fn::GetStackOutput"]
    assert ref["StackName"] == shipped.stage.cluster.stack_name
    output = shipped.json("Cluster")["Outputs"][ref["OutputName"]]["Value"]
    return (output.get("Ref") or output["Fn::GetAtt"][0])


def test_ui_and_secrets_controller_are_each_associated_with_their_own_role(shipped):
    associations = [a["Properties"] for a in shipped.resources(STACK, "AWS::EKS::PodIdentityAssociation").values()]
    if shipped.config.cluster.workload_identity == "kube2iam":
        assert associations == []  # the pods name the role in an annotation instead
        return
    roles = {a["ServiceAccount"]: _output_of(shipped, a["RoleArn"]) for a in associations}
    assert roles == {"ml-pipeline-ui": _role_logical(shipped, "kubeflow-pipelines-ui"),
                     "kfp-external-secrets": _role_logical(shipped, "kubeflow-pipelines-secrets")}
    assert {a["Namespace"] for a in associations} == {"kubeflow"}
