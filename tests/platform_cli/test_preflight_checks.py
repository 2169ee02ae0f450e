"""Every preflight check group against a passing and a failing account (moto; Stubber where moto lacks the API)."""

from __future__ import annotations

import datetime as dt
import json

import boto3
import pytest
import yaml

from platform_cli.checks import Context, account, bootstrap, eks_versions, identity, network, placeholders, quotas, references, service_roles
from platform_config import CONFIG_DIR
from platform_config.identity_center import parse_identity_center
from platform_config.pipeline import parse_pipeline
from platform_constructs.addon_versions import ADDON_VERSIONS
from tests.platform_cli.conftest import ACCOUNT, REGION, env_config

TOOLING = "444444444444"


def ctx(config, aws, **kwargs) -> Context:
    return Context(config=config, aws=aws, account=kwargs.pop("account", ACCOUNT), **kwargs)


def statuses(results) -> dict[str, str]:
    return {r.check: r.status for r in results}


def pipeline_for_test_account():
    data = yaml.safe_load((CONFIG_DIR / "pipeline.yaml").read_text())
    data["environments"][0]["account"] = ACCOUNT
    return parse_pipeline(data, source="pipeline.yaml")


def identity_for(environments):
    data = yaml.safe_load((CONFIG_DIR / "identity.yaml").read_text())
    data["environments"] = environments
    return parse_identity_center(data, source="identity.yaml")


# --- account, region, AZs

def test_account_region_and_zones_pass(aws, config):
    assert set(statuses(account.check(ctx(config, aws))).values()) == {"pass"}


def test_account_mismatch_and_missing_zone_fail(aws):
    config = env_config(**{"eu-west-1c]": "eu-west-1z]"})
    results = statuses(account.check(ctx(config, aws, account="999999999999")))
    assert results["account"] == "fail" and results["availability zones"] == "fail"


# --- placeholders

def test_placeholders_fail_outside_dev_naming_the_field(aws):
    results = placeholders.check(ctx(env_config("prod"), aws))
    assert {r.status for r in results} == {"fail"}
    assert "platform_services.gateway.hostname" in {r.check for r in results}


def test_placeholders_only_warn_in_dev(aws, config):
    results = placeholders.check(ctx(config, aws))
    assert {r.status for r in results} == {"warn"}
    assert "cluster.public_access_cidrs[0]" in {r.check for r in results}


def test_real_values_pass_the_placeholder_check(aws):
    config = env_config(**{"example.com": "acme.io", "203.0.113.0/24": "85.1.2.0/24"})
    assert statuses(placeholders.check(ctx(config, aws))) == {"config values": "pass"}


@pytest.mark.parametrize("value", ["111111111111", "arn:aws:iam::123456789012:role/x", "198.51.100.0/25", "ml.example.com", "a@example.org"])
def test_placeholder_values_are_recognised(value):
    assert placeholders.placeholder_reason(value)


@pytest.mark.parametrize("value", ["210987654321", "10.0.0.0/16", "ml.acme.io", "example.company.com"])
def test_real_values_are_not_placeholders(value):
    assert placeholders.placeholder_reason(value) is None


# --- bootstrap

def _bootstrap(version: str, trusted: str | None) -> None:
    boto3.client("ssm", region_name=REGION).put_parameter(Name=bootstrap.VERSION_PARAMETER, Value=version, Type="String")
    iam = boto3.client("iam")
    for kind in ("deploy", "lookup"):
        principals = [f"arn:aws:iam::{ACCOUNT}:root"] + ([f"arn:aws:iam::{trusted}:root"] if trusted else [])
        doc = {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": principals}}]}
        iam.create_role(RoleName=bootstrap.role_name(kind, ACCOUNT, REGION), AssumeRolePolicyDocument=json.dumps(doc))


def test_bootstrapped_and_trusting_the_tooling_account_passes(aws, config):
    _bootstrap("33", TOOLING)
    results = statuses(bootstrap.check(ctx(config, aws, pipeline=pipeline_for_test_account())))
    assert results == {"version": "pass", "deploy role trust": "pass", "lookup role trust": "pass"}


def test_unbootstrapped_account_fails(aws, config):
    assert statuses(bootstrap.check(ctx(config, aws))) == {"version": "fail"}


def test_old_bootstrap_and_missing_trust_fail(aws, config):
    _bootstrap("7", None)
    results = statuses(bootstrap.check(ctx(config, aws, pipeline=pipeline_for_test_account())))
    assert results == {"version": "fail", "deploy role trust": "fail", "lookup role trust": "fail"}


def test_bootstrap_qualifier_is_the_pipelines():
    from platform_constructs.delivery_pipeline import BOOTSTRAP_QUALIFIER, lookup_role_arn

    assert bootstrap.QUALIFIER == BOOTSTRAP_QUALIFIER
    assert lookup_role_arn(ACCOUNT, REGION).endswith("/" + bootstrap.role_name("lookup", ACCOUNT, REGION))


# --- service-linked roles

def test_service_linked_roles_present_pass(aws, config):
    iam = boto3.client("iam")
    # As the services create them: a fixed name under /aws-service-role/<service>/.
    for name, (service, _) in service_roles.needed_roles(ctx(config, aws)).items():
        iam.create_role(RoleName=name, Path=f"/aws-service-role/{service}/", AssumeRolePolicyDocument="{}")
    assert set(statuses(service_roles.check(ctx(config, aws))).values()) == {"pass"}


def test_missing_service_linked_roles_warn_with_the_command(aws, config):
    results = service_roles.check(ctx(config, aws))
    assert {r.status for r in results} == {"warn"}
    spot = next(r for r in results if r.check == "AWSServiceRoleForEC2Spot")  # dev has a SPOT GPU group
    assert "--aws-service-name spot.amazonaws.com" in spot.fix


# --- Identity Center

def test_environment_without_permission_sets_skips_identity(aws, config):
    assert statuses(identity.check(ctx(config, aws))) == {"permission sets": "skip"}


def _sso_roles(config) -> None:
    iam = boto3.client("iam")
    for _, item in config.identity.permission_sets.items():
        name = item.role_arn.rsplit("/", 1)[-1]
        iam.create_role(RoleName=name, Path="/aws-reserved/sso.amazonaws.com/eu-west-1/", AssumeRolePolicyDocument="{}")


def test_identity_roles_present_and_environment_listed_pass(aws):
    config = env_config("prod")
    _sso_roles(config)
    results = identity.check(ctx(config, aws, identity=identity_for(["prod"])))
    assert {r.status for r in results} == {"pass"}


def test_identity_roles_missing_or_environment_unlisted_fail(aws):
    config = env_config("prod")
    results = statuses(identity.check(ctx(config, aws, identity=identity_for(["staging"]))))
    assert results["identity file"] == "fail" and results["platform_admin"] == "fail"


def test_identity_account_administers_the_instance(aws, stubs):
    config = identity_for(["prod"])
    stubs["sso-admin"].add_response("list_instances", {"Instances": [{"InstanceArn": config.instance_arn, "Status": "ACTIVE"}]})
    assert statuses(identity.check_identity_account(config, aws, config.account)) == {"account": "pass", "instance": "pass"}


def test_identity_account_without_the_instance_fails(aws, stubs):
    config = identity_for(["prod"])
    stubs["sso-admin"].add_response("list_instances", {"Instances": []})
    results = identity.check_identity_account(config, aws, ACCOUNT)
    assert statuses(results) == {"account": "fail", "instance": "fail"}
    assert "register-delegated-administrator" in results[1].fix


# --- quotas

def _quota(name: str, code: str, value: float) -> dict:
    return {"QuotaName": name, "QuotaCode": code, "Value": value}


def stub_quotas(stubs, *, ec2: list[dict], vpc: list[dict], fsx: list[dict]) -> None:
    for service, quotas_ in (("ec2", ec2), ("vpc", vpc), ("fsx", fsx)):
        stubs["service-quotas"].add_response("list_aws_default_service_quotas", {"Quotas": quotas_}, {"ServiceCode": service})
        stubs["service-quotas"].add_response("list_service_quotas", {"Quotas": []}, {"ServiceCode": service})


def _quotas(g_spot: float, eip: float = 5) -> dict:
    return {
        "ec2": [_quota(quotas.ON_DEMAND_QUOTA["standard"], "L-1216C47A", 64), _quota(quotas.SPOT_QUOTA["G and VT"], "L-3819A6DF", g_spot),
                _quota(quotas.EIP_QUOTA[1], "L-0263D0A3", eip)],
        "vpc": [_quota(quotas.VPC_QUOTA[1], "L-F678F1CE", 5), _quota(quotas.NAT_QUOTA[1], "L-FE5A380F", 5)],
        "fsx": [_quota("Lustre Persistent_2 total storage capacity", "L-FSX", 100000)],
    }


def test_quotas_covering_every_node_group_pass(aws, stubs, config):
    stub_quotas(stubs, **_quotas(g_spot=16))
    results = quotas.check(ctx(config, aws))
    stubs.verify()
    assert {r.status for r in results} == {"pass"}, results
    spot = next(r for r in results if r.check == quotas.SPOT_QUOTA["G and VT"])
    assert "16 vCPUs at max_size (gpu-g5 2xg5.2xlarge (8 vCPUs))" in spot.detail


def test_gpu_spot_quota_below_max_size_fails_with_the_increase_command(aws, stubs, config):
    stub_quotas(stubs, **_quotas(g_spot=0, eip=0))
    results = {r.check: r for r in quotas.check(ctx(config, aws))}
    spot = results[quotas.SPOT_QUOTA["G and VT"]]
    assert spot.status == "fail" and "--quota-code L-3819A6DF --desired-value 16" in spot.fix
    assert results[quotas.EIP_QUOTA[1]].status == "fail"
    assert results[quotas.ON_DEMAND_QUOTA["standard"]].status == "pass"


def test_quota_classes_and_split_p_spot_quota():
    assert quotas.quota_class("g5.xlarge") == "G and VT" and quotas.quota_class("p4d.24xlarge") == "P"
    assert quotas.quota_class("m6i.xlarge") == "standard" and quotas.quota_class("inf2.xlarge") is None
    split = {"All P4, P3 and P2 Spot Instance Requests", "All P5 Spot Instance Requests"}
    assert quotas.spot_quota_name("P", "p5.48xlarge", split) == "All P5 Spot Instance Requests"
    assert quotas.spot_quota_name("P", "p4d.24xlarge", split) == "All P4, P3 and P2 Spot Instance Requests"


# --- EKS versions

def stub_versions(stubs, version: str, *, offered: bool, addon_ok: bool = True) -> None:
    eks = stubs["eks"]
    eks.add_response("describe_cluster_versions", {"clusterVersions": [{"clusterVersion": version, "versionStatus": "STANDARD_SUPPORT"}] if offered else []},
                     {"clusterVersions": [version]})
    if not offered:
        return
    for addon, pinned in sorted(ADDON_VERSIONS[version].items()):
        listed = pinned if addon_ok or addon != "coredns" else "v0.0.1-eksbuild.1"
        eks.add_response("describe_addon_versions", {"addons": [{"addonName": addon, "addonVersions": [{"addonVersion": listed}]}]},
                         {"addonName": addon, "kubernetesVersion": version})


def test_offered_version_and_pins_pass(aws, stubs, config):
    stub_versions(stubs, "1.35", offered=True)
    results = eks_versions.check(ctx(config, aws))
    stubs.verify()
    assert {r.status for r in results} == {"pass"} and len(results) == 1 + len(ADDON_VERSIONS["1.35"])


def test_version_not_offered_fails(aws, stubs, config):
    stub_versions(stubs, "1.35", offered=False)
    assert statuses(eks_versions.check(ctx(config, aws))) == {"kubernetes version": "fail"}


def test_pinned_addon_not_offered_fails_naming_the_pin(aws, stubs, config):
    stub_versions(stubs, "1.35", offered=True, addon_ok=False)
    result = next(r for r in eks_versions.check(ctx(config, aws)) if r.check == "coredns")
    assert result.status == "fail" and "ADDON_VERSIONS['1.35']['coredns']" in result.fix


# --- references

def _self_signed(hostname: str, *, days: int = 30) -> tuple[bytes, bytes]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, hostname)])
    now = dt.datetime.now(dt.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=days))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName(hostname)]), critical=False)
            .sign(key, hashes.SHA256()))
    return (cert.public_bytes(serialization.Encoding.PEM),
            key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.TraditionalOpenSSL, serialization.NoEncryption()))


def _with_certificate(hostname_in_cert: str):
    cert, key = _self_signed(hostname_in_cert)
    arn = boto3.client("acm", region_name=REGION).import_certificate(Certificate=cert, PrivateKey=key)["CertificateArn"]
    return env_config(**{"arn:aws:acm:eu-west-1:" + ACCOUNT + ":certificate/0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d": arn})


def test_existing_certificate_zone_and_principal_pass(aws):
    config = _with_certificate("*.dev.example.com")
    boto3.client("route53").create_hosted_zone(Name="dev.example.com", CallerReference="t")
    boto3.client("iam").create_role(RoleName="platform-ci-deploy", AssumeRolePolicyDocument="{}")
    results = statuses(references.check(ctx(config, aws)))
    assert results == {"certificate": "pass", "hosted zone": "pass", "collected-data bucket": "skip",
                       "identity.additional_access[0].principal_arn": "pass"}


def test_missing_certificate_zone_and_principal_fail(aws, config):
    results = statuses(references.check(ctx(config, aws)))
    assert results["certificate"] == "fail" and results["hosted zone"] == "warn"
    assert results["identity.additional_access[0].principal_arn"] == "fail"


def test_certificate_for_another_host_fails(aws):
    result = next(r for r in references.check(ctx(_with_certificate("other.acme.io"), aws)) if r.check == "certificate")
    assert result.status == "fail" and "not platform_services.gateway.hostname=ml.dev.example.com" in result.detail


def test_imported_bucket_exists_or_fails(aws):
    config = env_config("prod")
    assert statuses(references.check(ctx(config, aws)))["collected-data bucket"] == "fail"
    boto3.client("s3", region_name=REGION).create_bucket(
        Bucket="acme-data-platform-collected-prod", CreateBucketConfiguration={"LocationConstraint": REGION})
    assert statuses(references.check(ctx(config, aws)))["collected-data bucket"] == "pass"


@pytest.mark.parametrize(("status", "expected"), [("AVAILABLE", "pass"), ("PENDING", "fail")])
def test_source_connection_must_be_available(aws, stubs, status, expected):
    arn = pipeline_for_test_account().source.connection_arn
    stubs["codeconnections"].add_response("get_connection", {"Connection": {"ConnectionArn": arn, "ConnectionStatus": status}}, {"ConnectionArn": arn})
    assert statuses(references.check_connection(aws, arn)) == {"source connection": expected}


# --- network

def test_vpc_cidr_clear_of_existing_vpcs_passes(aws, config):
    ec2 = boto3.client("ec2", region_name=REGION)
    own = ec2.create_vpc(CidrBlock="10.40.0.0/16")["Vpc"]["VpcId"]  # the platform's own VPC, on a redeploy
    ec2.create_tags(Resources=[own], Tags=[{"Key": "aws:cloudformation:stack-name", "Value": "mlplatform-dev-network"}])
    assert set(statuses(network.check(ctx(config, aws))).values()) == {"pass"}


def test_vpc_cidr_overlapping_another_vpc_fails(aws, config):
    vpc = boto3.client("ec2", region_name=REGION).create_vpc(CidrBlock="10.40.128.0/20")["Vpc"]["VpcId"]
    result = next(r for r in network.check(ctx(config, aws)) if r.check == "vpc_cidr vs existing VPCs")
    assert result.status == "fail" and vpc in result.detail


def test_an_unreadable_api_is_a_failed_check_not_a_crash(aws, stubs, config):
    stubs["eks"].add_client_error("describe_cluster_versions", service_error_code="AccessDeniedException",
                                  service_message="not authorized to perform: eks:DescribeClusterVersions")
    (result,) = eks_versions.check(ctx(config, aws))
    assert (result.group, result.status) == ("eks versions", "fail")
    assert "AccessDeniedException: not authorized to perform: eks:DescribeClusterVersions" in result.detail


@pytest.mark.parametrize(("p_quota", "expected"), [(192, "pass"), (96, "fail")])
def test_on_demand_p_family_counts_max_size_times_vcpus(aws, stubs, p_quota, expected):
    config = env_config("prod")  # gpu-p4d: 2 x p4d.24xlarge (96 vCPUs); gpu-g5: 8 x g5.2xlarge; system: 9 x m6i.2xlarge
    ec2 = [_quota(quotas.ON_DEMAND_QUOTA["standard"], "L-1216C47A", 72), _quota(quotas.ON_DEMAND_QUOTA["G and VT"], "L-DB2E81BA", 64),
           _quota(quotas.ON_DEMAND_QUOTA["P"], "L-417A185B", p_quota), _quota(quotas.EIP_QUOTA[1], "L-0263D0A3", 5)]
    stub_quotas(stubs, ec2=ec2, vpc=_quotas(0)["vpc"], fsx=_quotas(0)["fsx"])
    results = statuses(quotas.check(ctx(config, aws)))
    assert results[quotas.ON_DEMAND_QUOTA["P"]] == expected
    assert results[quotas.ON_DEMAND_QUOTA["G and VT"]] == "pass" and results[quotas.ON_DEMAND_QUOTA["standard"]] == "pass"
