"""A stand-in for the network, security and data stacks so the cluster constructs are tested on their own.

Test code only: the real stacks come from the network/data issue; this builds the same typed props.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import aws_cdk as cdk
from aws_cdk import aws_dynamodb as dynamodb
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_kms as kms
from aws_cdk import aws_s3 as s3

from platform_config import PlatformConfig
from platform_constructs.compliance import add_compliance_checks
from stacks.cluster_stack import ClusterStack
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
    FakeMapping("arn:aws:iam::111111111111:role/data-scientist", ("ml-team-editors",), "AmazonEKSEditPolicy", ("ml-team",)),
)


def build_cluster_app(config: PlatformConfig, outdir: Path) -> tuple[cdk.App, ClusterStack]:
    app = cdk.App(outdir=str(outdir), context=CDK_CONTEXT)
    env = cdk.Environment(account=config.account, region=config.region)
    base = cdk.Stack(app, "Base", env=env)
    vpc = ec2.Vpc.from_vpc_attributes(
        base, "Vpc", vpc_id="vpc-0123456789abcdef0", availability_zones=list(config.availability_zones),
        private_subnet_ids=["subnet-0aaaaaaaaaaaaaaa1", "subnet-0aaaaaaaaaaaaaaa2", "subnet-0aaaaaaaaaaaaaaa3"],
        public_subnet_ids=["subnet-0bbbbbbbbbbbbbbb1", "subnet-0bbbbbbbbbbbbbbb2", "subnet-0bbbbbbbbbbbbbbb3"],
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
    add_compliance_checks(app)
    return app, stack
