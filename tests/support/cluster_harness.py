"""A stand-in for the network, security and data stacks so the cluster constructs are tested on their own.

Test code only: the real stacks come from the network/data issue; this builds the same typed props.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from aws_cdk import assertions

import aws_cdk as cdk
from aws_cdk import aws_dynamodb as dynamodb
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_kms as kms
from aws_cdk import aws_s3 as s3

from platform_config import PlatformConfig
from platform_constructs.compliance import add_compliance_checks, unacknowledged_findings
from stacks.cluster_stack import ClusterStack
from tests.conftest import shipped_config
from tests.support.synth import CDK_CONTEXT


@dataclass(frozen=True)
class FakeFileSystem:
    file_system_id: str
    dns_name: str
    mount_name: str
    client_security_group: ec2.ISecurityGroup


@dataclass(frozen=True)
class FakeStores:
    collected_data_bucket: s3.IBucket
    offline_features_bucket: s3.IBucket
    models_bucket: s3.IBucket
    predictions_bucket: s3.IBucket
    metrics_bucket: s3.IBucket
    pipeline_artifacts_bucket: s3.IBucket
    feature_table: dynamodb.ITable
    training_file_system: FakeFileSystem


@dataclass(frozen=True)
class FakeMapping:
    principal_arn: str
    kubernetes_groups: tuple[str, ...]
    access_policy: str | None
    namespaces: tuple[str, ...]


MAPPINGS = (
    FakeMapping("arn:aws:iam::111111111111:role/aws-reserved/sso.amazonaws.com/AWSReservedSSO_PlatformAdmin_abc", (), "AmazonEKSClusterAdminPolicy", ()),
    FakeMapping("arn:aws:iam::111111111111:role/data-scientist", ("data-scientists",), "AmazonEKSEditPolicy", ("data-science",)),
)


def build_cluster_app(config: PlatformConfig, outdir: Path) -> tuple[cdk.App, ClusterStack]:
    app = cdk.App(outdir=str(outdir), context=CDK_CONTEXT)
    env = cdk.Environment(account=config.account, region=config.region)
    base = cdk.Stack(app, "Base", env=env)
    vpc = ec2.Vpc(
        base, "Vpc", ip_addresses=ec2.IpAddresses.cidr(config.network.vpc_cidr),
        availability_zones=list(config.availability_zones), nat_gateways=1,
    )
    key = lambda name: kms.Key(base, name, enable_key_rotation=True)  # noqa: E731
    cluster_key, logs_key, data_key = key("ClusterKey"), key("LogsKey"), key("DataKey")
    bucket = lambda name: s3.Bucket.from_bucket_name(base, name, f"{config.environment}-{name.lower()}")  # noqa: E731
    fsx_sg = ec2.SecurityGroup.from_security_group_id(base, "FsxClient", "sg-0fffffffffffffff0")
    stores = FakeStores(
        collected_data_bucket=bucket("Collected"), offline_features_bucket=bucket("Offline"),
        models_bucket=bucket("Models"), predictions_bucket=bucket("Predictions"), metrics_bucket=bucket("Metrics"),
        pipeline_artifacts_bucket=bucket("Artifacts"),
        feature_table=dynamodb.Table.from_table_name(base, "Features", "online-features"),
        training_file_system=FakeFileSystem("fs-0123456789abcdef0", "fs.example", "abcdef", fsx_sg),
    )
    stack = ClusterStack(
        app, "Cluster", config=config, vpc=vpc, cluster_key=cluster_key, logs_key=logs_key, data_key=data_key,
        stores=stores, fsx_client_security_group=fsx_sg, access_mappings=MAPPINGS,
    )
    # The stand-in network is not under test (the network stack has its own gate); silence it wholesale.
    for rule in ("AwsSolutions-VPC7", "NIST.800.53.R5-VPCFlowLogsEnabled", "NIST.800.53.R5-VPCSubnetAutoAssignPublicIpDisabled",
                 "NIST.800.53.R5-VPCNoUnrestrictedRouteToIGW", "NIST.800.53.R5-VPCDefaultSecurityGroupClosed"):
        cdk.Validations.of(base).acknowledge(cdk.Acknowledgment(id=rule, reason="stand-in network of the cluster harness"))
    add_compliance_checks(app)
    return app, stack


@dataclass
class HarnessSynth:
    config: PlatformConfig
    stack: ClusterStack
    template_json: dict[str, Any]
    findings: list[str]
    template_path: Path

    @property
    def template(self) -> assertions.Template:
        return assertions.Template.from_json(self.template_json)

    def resources(self, resource_type: str) -> dict[str, dict[str, Any]]:
        return {k: v for k, v in self.template_json["Resources"].items() if v["Type"] == resource_type}


def harness_synth(config: PlatformConfig, outdir: Path) -> HarnessSynth:
    app, stack = build_cluster_app(config, outdir)
    app.synth()
    path = outdir / f"{stack.artifact_id}.template.json"
    return HarnessSynth(
        config=config, stack=stack, template_json=json.loads(path.read_text()),
        findings=[f for f in unacknowledged_findings(str(outdir)) if " at Cluster/" in f], template_path=path,
    )


_CACHE: dict[str, HarnessSynth] = {}


@pytest.fixture(scope="session", params=["dev", "prod-kube2iam"])
def harness(request, tmp_path_factory) -> HarnessSynth:
    """The cluster stack of dev (pod identity, public endpoint with CIDRs) and prod in kube2iam mode."""
    if request.param not in _CACHE:
        _CACHE[request.param] = harness_synth(shipped_config(request.param), tmp_path_factory.mktemp(f"harness-{request.param}"))
    return _CACHE[request.param]
