"""Rules of the network, audit, data and identity sections: each rejects its bad case naming the field and value."""

from __future__ import annotations

import pytest

from platform_config import load_config
from tests.platform_config.test_models import _errors, _prod, _set
from tests.support.synth import ROOT

SECRET = "arn:aws:secretsmanager:eu-west-1:333333333333:secret:ecr-pullthroughcache/"
PROD_ROLE = "arn:aws:iam::333333333333:role/aws-reserved/sso.amazonaws.com/eu-west-1/AWSReservedSSO_{name}_0123456789abcdef"


@pytest.mark.parametrize(
    ("path", "value", "expected"),
    [
        # network
        ("network.public_subnet_mask", 16, "network: public_subnet_mask=16 must be longer than the VPC prefix /16 of vpc_cidr='10.42.0.0/16'"),
        ("network.private_subnet_mask", 17, "network: 3 AZs x subnets /24 public, /17 private, /24 isolated need"),
        ("network.private_subnet_mask", 29, "network.private_subnet_mask: Input should be less than or equal to 28"),
        ("network.peer_cidrs", ["10.42.128.0/17"], "network: peer_cidrs[0]='10.42.128.0/17' overlaps vpc_cidr='10.42.0.0/16'"),
        ("network.peer_cidrs", ["10.0.0.0/16", "10.0.4.0/24"], "peer_cidrs[1]='10.0.4.0/24' overlaps peer_cidrs entry '10.0.0.0/16'"),
        ("network.peer_cidrs", ["10.0.0.1/16"], "network.peer_cidrs: '10.0.0.1/16' is not a valid CIDR block"),
        ("network.corporate_access", None, "network: peer_cidrs=['10.0.0.0/16'] need corporate_access"),
        ("network.corporate_access", {"transit_gateway_id": "tgw-0a1b2c3d4e5f60718", "virtual_private_gateway_asn": 64512},
         "network.corporate_access: set exactly one of transit_gateway_id or virtual_private_gateway_asn"),
        ("network.corporate_access", {"transit_gateway_id": "vgw-0a1b2c3d"}, "network.corporate_access.transit_gateway_id: String should match pattern"),
        ("network.peer_cidrs", [], "network: corporate_access is set but peer_cidrs is empty"),
        ("network.nat_gateways", 0, "network: nat_gateways=0 needs private_only: true"),
        ("network.private_only", True, "network: nat_gateways=3 with private_only: a fully private VPC has no NAT gateway (set 0)"),
        # audit
        ("audit.trail_bucket_expire_after_days", 60, "audit: trail_bucket_expire_after_days=60 must be greater than trail_bucket_glacier_after_days=90"),
        ("audit.object_lock_days", 3000, "audit: object_lock_days=3000 exceeds trail_bucket_expire_after_days=2557"),
        # data: collected-data ARN
        ("data.collected_data_bucket_arn", "arn:aws:s3:::Bad_Bucket", "data.collected_data_bucket_arn: 'arn:aws:s3:::Bad_Bucket' is not an S3 bucket ARN"),
        ("data.collected_data_bucket_arn", "arn:aws:s3:::bucket/key", "'arn:aws:s3:::bucket/key' is not an S3 bucket ARN"),
        ("data.collected_data_bucket_arn", "acme-data-platform-collected-prod", "'acme-data-platform-collected-prod' is not an S3 bucket ARN"),
        ("data.collected_data_bucket_arn", "arn:aws:s3:::192.168.1.1", "'arn:aws:s3:::192.168.1.1' is not an S3 bucket ARN"),
        # data: FSx for Lustre PERSISTENT_2
        ("data.fsx.storage_capacity_gib", 3600, "data.fsx.storage_capacity_gib: 3600 GiB is not a PERSISTENT_2 SSD capacity"),
        ("data.fsx.storage_capacity_gib", 1000, "data.fsx.storage_capacity_gib: 1000 GiB is not a PERSISTENT_2 SSD capacity"),
        ("data.fsx.per_unit_storage_throughput", 200, "data.fsx.per_unit_storage_throughput: 200 MB/s/TiB is not a PERSISTENT_2 throughput"),
        ("data.fsx.data_repository_prefix", "/training-data", "data.fsx.data_repository_prefix: '/training-data' must be an S3 key prefix ending in '/'"),
        ("data.fsx.automatic_backup_retention_days", 91, "data.fsx.automatic_backup_retention_days: Input should be less than or equal to 90"),
        # data: lifecycles S3 would reject
        ("data.predictions", {"infrequent_access_after_days": 10}, "data.predictions: infrequent_access_after_days=10: S3 moves objects to STANDARD_IA after 30 days at the earliest"),
        ("data.predictions", {"infrequent_access_after_days": 30, "glacier_after_days": 45}, "data.predictions: glacier_after_days=45 must be at least 30 days after infrequent_access_after_days=30"),
        ("data.metrics", {"infrequent_access_after_days": 30, "expire_after_days": 30}, "data.metrics: expire_after_days=30 must be greater than the last transition (30 days)"),
        ("data.models", {"noncurrent_expire_after_days": 0}, "data.models.noncurrent_expire_after_days: Input should be greater than or equal to 1"),
        ("data.athena_bytes_scanned_cutoff", 1000, "data.athena_bytes_scanned_cutoff: 1000 bytes is below Athena's minimum per-query limit of 10000000"),
        ("data.feature_ttl_attribute", "expires at", "data.feature_ttl_attribute: String should match pattern"),
        # identity
        ("identity.permission_sets.ml_engineer.role_arn", "arn:aws:iam::333333333333:role/ml-engineer", "identity.permission_sets.ml_engineer.role_arn: 'arn:aws:iam::333333333333:role/ml-engineer' is not an Identity Center role ARN"),
        ("identity.permission_sets.ml_engineer.role_arn", PROD_ROLE.replace("333333333333", "444444444444").format(name="mlp-prod-ml-engineer"), "identity.permission_sets.ml_engineer.role_arn: account 444444444444 is not the environment's account 333333333333"),
        ("identity.permission_sets.ml_engineer.role_arn", PROD_ROLE.format(name="mlp-prod-data-scientist"), "identity.permission_sets.ml_engineer.role_arn: role of permission set 'mlp-prod-data-scientist', expected '<prefix>-prod-ml-engineer'"),
        ("identity.permission_sets.ml_engineer.role_arn", PROD_ROLE.format(name="mlp-staging-ml-engineer"), "identity.permission_sets.ml_engineer.role_arn: role of permission set 'mlp-staging-ml-engineer', expected '<prefix>-prod-ml-engineer'"),
        ("identity.permission_sets.read_only.group_ids", ["not-a-group"], "identity.permission_sets.read_only.group_ids[0]: String should match pattern"),
        ("identity.permission_sets.read_only.kubernetes_groups", ["system:masters"], "identity.permission_sets.read_only.kubernetes_groups[0]: 'system:masters': Kubernetes groups starting with 'system:' are reserved"),
        ("identity.permission_sets.read_only.namespaces", ["Data_Science"], "identity.permission_sets.read_only.namespaces[0]: String should match pattern"),
        ("identity.permission_sets.read_only.access_policy", "AmazonEKSSuperPolicy", "identity.permission_sets.read_only.access_policy: Input should be"),
        ("identity.permission_sets.read_only.session_duration_hours", 13, "identity.permission_sets.read_only.session_duration_hours: Input should be less than or equal to 12"),
        ("identity.additional_access", [{"principal_arn": "arn:aws:iam::111111111111:role/ci"}], "identity.additional_access[0].principal_arn: account 111111111111 is not the environment's account 333333333333"),
        ("identity.additional_access", [{"principal_arn": "role/ci"}], "identity.additional_access[0].principal_arn: 'role/ci' is not an IAM role or user ARN"),
        # Identity Center settings moved to config/identity.yaml: naming them here says where they went.
        ("identity.identity_center_instance_arn", "arn:aws:sso:::instance/ssoins-6804a1b2c3d4e5f6", "identity.identity_center_instance_arn: 'arn:aws:sso:::instance/ssoins-6804a1b2c3d4e5f6': moved to config/identity.yaml (instance_arn)"),
        ("identity.permission_set_prefix", "mlp", "identity.permission_set_prefix: 'mlp': moved to config/identity.yaml (permission_set_prefix)"),
        ("identity.directory", {"name": "corp.example.com", "short_name": "CORP"}, "identity.directory: {'name': 'corp.example.com', 'short_name': 'CORP'}: moved to config/identity.yaml (directory)"),
    ],
)
def test_rule_rejects_bad_value_with_field_named(path, value, expected):
    assert expected in _errors(_set(_prod(), path, value))


def test_misplaced_identity_center_settings_are_reported_with_every_other_error():
    # An environment file written for the old layout: each moved key is named, and other errors still show.
    data = _set(_set(_prod(), "identity.identity_center_instance_arn", "arn:aws:sso:::instance/ssoins-6804a1b2c3d4e5f6"),
                "identity.permission_sets.read_only.session_duration_hours", 13)
    data = _set(data, "identity.directory", {"name": "corp.example.com", "short_name": "CORP"})
    report = _errors(data)
    assert report.startswith("bad.yaml: 3 configuration errors")
    assert "identity.identity_center_instance_arn: " in report and "identity.directory: " in report
    assert "moved to config/identity.yaml (instance_arn). Identity Center permission sets and assignments can only be created" in report
    assert "identity.permission_sets.read_only.session_duration_hours: Input should be less than or equal to 12" in report


def test_a_principal_is_mapped_once():
    role = _prod()["identity"]["permission_sets"]["platform_admin"]["role_arn"]
    data = _set(_prod(), "identity.additional_access", [{"principal_arn": role}])
    assert f"identity: each principal may be mapped once (one EKS access entry each), repeated: ['{role}']" in _errors(data)


def test_long_environment_names_break_bucket_and_permission_set_limits():
    data = _set(_set(_prod(), "environment", "productionfleet1"), "project", "acmemachinelearning01")
    report = _errors(data)
    assert "project='acmemachinelearning01' with environment='productionfleet1' makes bucket name" in report
    assert "(S3 allows 63); shorten one of them" in report


def test_subnet_plan_counts_alignment_gaps():
    # 3 x /24 public, then 3 x /18 private aligned from 10.42.64.0 fill the /16: no room for the isolated /24s.
    data = _set(_prod(), "network.private_subnet_mask", 18)
    assert "need 66304 addresses but vpc_cidr='10.42.0.0/16' has 65536" in _errors(data)


def test_shipped_data_and_identity_settings_differ_by_environment():
    dev, staging, prod = (load_config(ROOT / "config" / f"{e}.yaml") for e in ("dev", "staging", "prod"))
    assert dev.data.collected_data_bucket_arn is None and prod.data.collected_data_bucket_arn
    assert prod.data.fsx.storage_capacity_gib > dev.data.fsx.storage_capacity_gib
    assert not any(item.group_ids for _, item in dev.identity.permission_sets.items())
    assert all(item.group_ids for _, item in staging.identity.permission_sets.items())
    assert dev.identity.additional_access and not prod.identity.additional_access
    assert prod.data.predictions.expire_after_days > dev.data.predictions.expire_after_days


def test_private_only_forbids_public_exposure_and_lifts_the_nat_rule():
    data = _set(_set(_prod(), "network.private_only", True), "network.nat_gateways", 0)
    data = _set(data, "platform_services.gateway.hosted_zone_private", False)
    data = _set(data, "network.docker_hub_credentials_arn", f"{SECRET}docker-hub-AbCdEf")
    data = _set(data, "network.ghcr_credentials_arn", f"{SECRET}ghcr-AbCdEf")
    data = _set(_set(data, "platform_services.gateway.scheme", "internet-facing"), "cluster.endpoint_public_access", True)
    data = _set(_set(data, "cluster.public_access_cidrs", ["203.0.113.0/24"]), "platform_services.gateway.allowed_cidrs", ["203.0.113.0/24"])
    report = _errors(data)
    assert "platform_services.gateway.scheme='internet-facing' with network.private_only" in report
    assert "cluster.endpoint_public_access=true with network.private_only" in report
    assert "prod needs one NAT gateway per AZ" not in report
    assert "platform_services.gateway.hosted_zone_id with network.private_only: Route 53 is a global API" in report


def test_pull_through_credentials_are_required_and_local():
    data = _set(_set(_prod(), "network.private_only", True), "network.nat_gateways", 0)
    report = _errors(data)
    assert "network: docker_hub_credentials_arn is required with private_only" in report
    assert "ghcr_credentials_arn is required with private_only" in report
    data = _set(data, "network.ghcr_credentials_arn", f"{SECRET}ghcr-AbCdEf")
    data = _set(data, "network.docker_hub_credentials_arn", f"{SECRET}docker-hub-AbCdEf".replace("333333333333", "444444444444"))
    assert "must be in the environment's region eu-west-1 and account 333333333333" in _errors(data)
    bad = _set(data, "network.ghcr_credentials_arn", "arn:aws:secretsmanager:eu-west-1:333333333333:secret:ghcr-token-AbCdEf")
    assert "network.ghcr_credentials_arn: String should match pattern" in _errors(bad)


def test_private_hosted_zone_needs_an_internal_gateway():
    data = _set(_prod(), "platform_services.gateway.scheme", "internet-facing")
    data = _set(data, "platform_services.gateway.allowed_cidrs", ["203.0.113.0/24"])
    assert "platform_services.gateway.hosted_zone_private=true with scheme='internet-facing'" in _errors(data)


@pytest.mark.parametrize(("zone_name", "expected"), [
    (None, "hosted_zone_id='Z0PRD0A1B2C3D4E5F6' and hosted_zone_name=None go together"),
    ("other.com", "hostname='ml.example.com' is not in hosted_zone_name='other.com'"),
])
def test_hosted_zone_rules(zone_name, expected):
    assert expected in _errors(_set(_prod(), "platform_services.gateway.hosted_zone_name", zone_name))


def test_private_only_subnet_plan_has_no_public_tier():
    from platform_config.network import NetworkConfig

    network = NetworkConfig(vpc_cidr="10.42.0.0/20", nat_gateways=0, private_only=True, private_subnet_mask=22,
                            isolated_subnet_mask=26, public_subnet_mask=22,
                            docker_hub_credentials_arn=f"{SECRET}docker-hub-AbCdEf", ghcr_credentials_arn=f"{SECRET}ghcr-AbCdEf")
    # With a public /22 per AZ the /20 would be full; without the public tier it fits.
    assert network.subnet_problems(3) == []
    assert network.model_copy(update={"private_only": False, "nat_gateways": 1}).subnet_problems(3) != []
