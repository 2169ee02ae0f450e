"""IAM Identity Center permission sets for the platform's four roles in one environment, and their assignments
to that environment's account (built in the identity account's stack, one instance per environment)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from aws_cdk import aws_iam as iam
from aws_cdk import aws_sso as sso
from constructs import Construct

from platform_config.data import bucket_name
from platform_config.identity import PermissionSetsConfig
from platform_config.models import PlatformConfig


@dataclass(frozen=True)
class PlatformResourceNames:
    """Names of the environment's resources the policies are scoped to (deterministic, so no cross-stack reference)."""

    account: str
    region: str
    partition: str
    name_prefix: str
    """`<project>-<environment>`: prefixes the table, repositories, workgroup and cluster names."""
    bucket_names: dict[str, str]
    """Store -> bucket name (collected_data, offline_features, models, predictions, metrics, pipeline_artifacts, athena_results)."""
    data_key_alias: str
    glue_database: str
    athena_workgroup: str

    def bucket_arns(self, *stores: str) -> list[str]:
        arns = []
        for store in stores:
            arn = f"arn:{self.partition}:s3:::{self.bucket_names[store]}"
            arns += [arn, f"{arn}/*"]
        return arns

    @property
    def table_arn(self) -> str:
        return f"arn:{self.partition}:dynamodb:{self.region}:{self.account}:table/{self.name_prefix}-online-features"

    def repository_arn(self, name: str) -> str:
        return f"arn:{self.partition}:ecr:{self.region}:{self.account}:repository/{self.name_prefix}/{name}"

    @property
    def cluster_arn(self) -> str:
        return f"arn:{self.partition}:eks:{self.region}:{self.account}:cluster/{self.name_prefix}*"

    @property
    def workgroup_arn(self) -> str:
        return f"arn:{self.partition}:athena:{self.region}:{self.account}:workgroup/{self.athena_workgroup}"

    @property
    def glue_arns(self) -> list[str]:
        base = f"arn:{self.partition}:glue:{self.region}:{self.account}"
        return [f"{base}:catalog", f"{base}:database/{self.glue_database}", f"{base}:table/{self.glue_database}/*"]

    @property
    def key_arn_pattern(self) -> str:
        return f"arn:{self.partition}:kms:{self.region}:{self.account}:key/*"


def resource_names(config: PlatformConfig, *, partition: str) -> PlatformResourceNames:
    """The environment's resource names, from its config alone (the same names its stacks give them)."""
    prefix = f"{config.project}-{config.environment}"
    buckets = config.data.store_bucket_names(project=config.project, environment=config.environment, account=config.account)
    buckets["athena_results"] = bucket_name(config.project, config.environment, config.account, "athena_results")
    return PlatformResourceNames(
        account=config.account,
        region=config.region,
        partition=partition,
        name_prefix=prefix,
        bucket_names=buckets,
        data_key_alias=f"alias/{prefix}-data",
        glue_database=f"{prefix}_features".replace("-", "_"),
        athena_workgroup=f"{prefix}-features",
    )


ALL_STORES = ("collected_data", "offline_features", "models", "predictions", "metrics", "pipeline_artifacts")
OBJECT_READ = ["s3:GetObject", "s3:GetObjectVersion", "s3:GetObjectTagging", "s3:ListBucket", "s3:ListBucketVersions", "s3:GetBucketLocation"]
OBJECT_WRITE = ["s3:PutObject", "s3:PutObjectTagging", "s3:DeleteObject", "s3:AbortMultipartUpload"]
ATHENA_QUERY = [
    "athena:StartQueryExecution", "athena:StopQueryExecution", "athena:GetQueryExecution", "athena:GetQueryResults",
    "athena:GetWorkGroup", "athena:ListQueryExecutions", "athena:BatchGetQueryExecution",
]
GLUE_READ = ["glue:GetDatabase", "glue:GetTable", "glue:GetTables", "glue:GetPartition", "glue:GetPartitions", "glue:BatchGetPartition"]
GLUE_WRITE = ["glue:CreateTable", "glue:UpdateTable", "glue:DeleteTable", "glue:BatchCreatePartition", "glue:CreatePartition", "glue:UpdatePartition", "glue:DeletePartition", "glue:BatchDeletePartition"]
ECR_PULL = ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer", "ecr:BatchCheckLayerAvailability", "ecr:DescribeImages", "ecr:DescribeImageScanFindings", "ecr:ListImages"]
ECR_PUSH = ["ecr:InitiateLayerUpload", "ecr:UploadLayerPart", "ecr:CompleteLayerUpload", "ecr:PutImage"]
TABLE_READ = ["dynamodb:GetItem", "dynamodb:BatchGetItem", "dynamodb:Query", "dynamodb:DescribeTable", "dynamodb:DescribeTimeToLive"]
TABLE_WRITE = ["dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem", "dynamodb:BatchWriteItem"]
EKS_ACCESS = ["eks:DescribeCluster", "eks:ListAccessEntries", "eks:DescribeAccessEntry", "eks:ListAssociatedAccessPolicies"]
# Actions that take no resource ARN (listing, console navigation, the ECR login token, reading metrics).
UNSCOPED_READ = [
    "s3:ListAllMyBuckets", "eks:ListClusters", "ecr:GetAuthorizationToken", "ecr:DescribeRepositories",
    "athena:ListWorkGroups", "athena:ListDataCatalogs", "cloudwatch:GetMetricData", "cloudwatch:ListMetrics",
    "cloudwatch:DescribeAlarms", "fsx:DescribeFileSystems", "fsx:DescribeDataRepositoryAssociations",
]


def _statement(sid: str, actions: list[str], resources: list[str], condition: dict[str, Any] | None = None) -> iam.PolicyStatement:
    return iam.PolicyStatement(sid=sid, effect=iam.Effect.ALLOW, actions=sorted(set(actions)), resources=resources, conditions=condition)


def _document(*statements: iam.PolicyStatement) -> iam.PolicyDocument:
    return iam.PolicyDocument(statements=list(statements))


def _data_key(names: PlatformResourceNames, actions: list[str]) -> iam.PolicyStatement:
    """Use of the data key, only through the services that hold platform data, identified by its alias."""
    return _statement(
        "UseDataKeyViaPlatformServices",
        actions,
        [names.key_arn_pattern],
        {
            "ForAnyValue:StringEquals": {"kms:ResourceAliases": [names.data_key_alias]},
            "StringEquals": {"kms:ViaService": [
                f"{service}.{names.region}.amazonaws.com" for service in ("s3", "dynamodb", "ecr", "athena", "glue")
            ]},
        },
    )


def policies(names: PlatformResourceNames) -> dict[str, iam.PolicyDocument]:
    """The inline policy of each permission set, scoped to this environment's resources.

    Rendered by `PolicyDocument`: a one-element `Action`/`Resource` becomes a string, and under the
    `@aws-cdk/aws-iam:minimizePolicies` flag (cdk.json) actions and resources are sorted; statements with a
    Sid are never merged.
    """
    repos = [names.repository_arn("models"), names.repository_arn("platform")]

    def unscoped() -> iam.PolicyStatement:
        # One statement object per document: a document freezes its statements when it renders.
        return _statement("ListAndReadMetrics", UNSCOPED_READ, ["*"])

    return {
        "platform_admin": _document(
            unscoped(),
            _statement("AdministerPlatformBuckets", [*OBJECT_READ, *OBJECT_WRITE, "s3:GetBucket*", "s3:PutBucketTagging",
                                                     "s3:GetLifecycleConfiguration", "s3:GetEncryptionConfiguration"],
                       names.bucket_arns(*[s for s in ALL_STORES if s != "collected_data"], "athena_results")),
            # Collected data belongs to its producers: the platform, its admins included, only reads it.
            _statement("ReadCollectedData", OBJECT_READ, names.bucket_arns("collected_data")),
            _statement("AdministerFeatureTable", [*TABLE_READ, *TABLE_WRITE, "dynamodb:Scan", "dynamodb:DescribeContinuousBackups"],
                       [names.table_arn]),
            _statement("AdministerRepositories", [*ECR_PULL, *ECR_PUSH, "ecr:BatchDeleteImage", "ecr:StartImageScan",
                                                  "ecr:GetLifecyclePolicy", "ecr:GetRepositoryPolicy"], repos),
            _statement("AdministerCluster", [*EKS_ACCESS, "eks:AccessKubernetesApi", "eks:ListNodegroups", "eks:DescribeNodegroup",
                                             "eks:ListAddons", "eks:DescribeAddon", "eks:UpdateNodegroupConfig"],
                       [names.cluster_arn, f"{names.cluster_arn}/*"]),
            _statement("QueryFeatures", [*ATHENA_QUERY, *GLUE_READ, *GLUE_WRITE], [names.workgroup_arn, *names.glue_arns]),
            _statement("ReadPlatformStacks", ["cloudformation:DescribeStacks", "cloudformation:DescribeStackEvents",
                                              "cloudformation:GetTemplate", "cloudformation:ListStackResources"],
                       [f"arn:{names.partition}:cloudformation:{names.region}:{names.account}:stack/{names.name_prefix}-*/*"]),
            _data_key(names, ["kms:Decrypt", "kms:Encrypt", "kms:GenerateDataKey", "kms:DescribeKey"]),
        ),
        "ml_engineer": _document(
            unscoped(),
            _statement("ReadInputs", OBJECT_READ, names.bucket_arns("collected_data", "offline_features")),
            _statement("WriteModelsAndResults", [*OBJECT_READ, *OBJECT_WRITE],
                       names.bucket_arns("models", "predictions", "metrics", "pipeline_artifacts", "athena_results")),
            _statement("ReadWriteFeatureTable", [*TABLE_READ, *TABLE_WRITE], [names.table_arn]),
            _statement("PushModelImages", [*ECR_PULL, *ECR_PUSH], [names.repository_arn("models")]),
            _statement("PullPlatformImages", ECR_PULL, [names.repository_arn("platform")]),
            _statement("UseCluster", [*EKS_ACCESS, "eks:AccessKubernetesApi"], [names.cluster_arn]),
            _statement("QueryFeatures", [*ATHENA_QUERY, *GLUE_READ], [names.workgroup_arn, *names.glue_arns]),
            _data_key(names, ["kms:Decrypt", "kms:Encrypt", "kms:GenerateDataKey", "kms:DescribeKey"]),
        ),
        "data_scientist": _document(
            unscoped(),
            _statement("ReadData", OBJECT_READ, names.bucket_arns("collected_data", "models", "predictions", "metrics")),
            _statement("WriteFeaturesAndResults", [*OBJECT_READ, *OBJECT_WRITE], names.bucket_arns("offline_features", "athena_results")),
            _statement("ReadFeatureTable", TABLE_READ, [names.table_arn]),
            _statement("UseCluster", [*EKS_ACCESS, "eks:AccessKubernetesApi"], [names.cluster_arn]),
            _statement("QueryAndCatalogFeatures", [*ATHENA_QUERY, *GLUE_READ, *GLUE_WRITE], [names.workgroup_arn, *names.glue_arns]),
            _data_key(names, ["kms:Decrypt", "kms:Encrypt", "kms:GenerateDataKey", "kms:DescribeKey"]),
        ),
        "read_only": _document(
            unscoped(),
            # Configuration only: no s3:GetObject, no table reads, no image layers.
            _statement("ReadBucketConfiguration", ["s3:GetBucketLocation", "s3:GetBucketVersioning", "s3:GetEncryptionConfiguration",
                                                   "s3:GetLifecycleConfiguration", "s3:GetBucketTagging", "s3:GetBucketLogging"],
                       [arn for arn in names.bucket_arns(*ALL_STORES) if not arn.endswith("/*")]),
            _statement("DescribeFeatureTable", ["dynamodb:DescribeTable", "dynamodb:DescribeTimeToLive", "dynamodb:DescribeContinuousBackups"],
                       [names.table_arn]),
            _statement("DescribeRepositories", ["ecr:DescribeImages", "ecr:DescribeImageScanFindings", "ecr:ListImages"], repos),
            _statement("DescribeCluster", [*EKS_ACCESS, "eks:AccessKubernetesApi"], [names.cluster_arn]),
        ),
    }


DESCRIPTIONS = {
    "platform_admin": "Operates the ML platform's resources and cluster",
    "ml_engineer": "Builds pipelines, pushes model images, deploys models",
    "data_scientist": "Explores data and features, trains models",
    "read_only": "Reads the platform's configuration and metrics, not its data",
}


class PlatformPermissionSets(Construct):
    """One environment's permission sets (one per platform role, inline policy scoped to that environment's
    resources) and one assignment per configured group in the environment's account `resources.account`."""

    def __init__(
        self,
        scope: Construct,
        construct_id: str,
        *,
        instance_arn: str,
        permission_sets: PermissionSetsConfig,
        set_names: dict[str, str],
        resources: PlatformResourceNames,
    ) -> None:
        """`set_names` maps each permission set key (`platform_admin`, ...) to its Identity Center name."""
        super().__init__(scope, construct_id)
        inline = policies(resources)
        # Identity Center attaches the inline policy to an IAM role in the account: an identity-based policy.
        errors = [
            f"permission set {set_names[key]!r} ({key}) of {self.node.path}: inline policy: {error}"
            for key, _ in permission_sets.items()
            for error in inline[key].validate_for_identity_policy()
        ]
        if errors:
            raise ValueError("invalid permission set inline policies:\n  " + "\n  ".join(errors))
        self.permission_sets: dict[str, sso.CfnPermissionSet] = {}
        self.assignments: list[sso.CfnAssignment] = []
        for key, item in permission_sets.items():
            construct_name = "".join(part.title() for part in key.split("_"))
            permission_set = sso.CfnPermissionSet(
                self,
                construct_name,
                instance_arn=instance_arn,
                name=set_names[key],
                description=DESCRIPTIONS[key],
                session_duration=f"PT{item.session_duration_hours}H",
                inline_policy=inline[key],
            )
            self.permission_sets[key] = permission_set
            for group_id in item.group_ids:
                # Logical ID from the group ID, so reordering the config list does not replace assignments.
                digest = hashlib.sha256(group_id.encode()).hexdigest()[:8]
                self.assignments.append(sso.CfnAssignment(
                    self,
                    f"{construct_name}Group{digest}",
                    instance_arn=instance_arn,
                    permission_set_arn=permission_set.attr_permission_set_arn,
                    principal_type="GROUP",
                    principal_id=group_id,
                    target_type="AWS_ACCOUNT",
                    target_id=resources.account,
                ))
