"""The seed's data-storage layer: S3 stores, offline and online feature stores, ECR, FSx for Lustre."""

from __future__ import annotations

import aws_cdk as cdk
from aws_cdk import aws_dynamodb as dynamodb
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ecr as ecr
from aws_cdk import aws_kms as kms
from aws_cdk import aws_s3 as s3
from constructs import Construct

from platform_config.data import DataConfig, StoreLifecycleConfig
from platform_constructs.access_log_bucket import AccessLogBucket
from platform_constructs.image_repository import ImageRepository
from platform_constructs.offline_feature_store import OfflineFeatureStore
from platform_constructs.online_feature_table import OnlineFeatureTable
from platform_constructs.secure_bucket import SecureBucket
from platform_constructs.training_file_system import TrainingFileSystem


class DataStores(Construct):
    """Every store the platform reads and writes, as attributes other stacks and charts use.

    The models bucket is versioned like every store: a model version is `models/<name>/<version>/` with the
    artifact and its `metadata.json` (framework, metrics, training data set, image) side by side, so one S3
    version history covers both. The collected-data bucket belongs to the data producers: it is imported from
    `collected_data_bucket_arn` and only created (dev) when none is configured.
    """

    def __init__(
        self,
        scope: Construct,
        construct_id: str,
        *,
        data: DataConfig,
        bucket_names: dict[str, str],
        name_prefix: str,
        encryption_key: kms.IKey,
        vpc: ec2.IVpc,
        removal_policy: cdk.RemovalPolicy,
        ephemeral: bool,
    ) -> None:
        """`bucket_names` maps each store (and `access_logs`, `athena_results`) to its bucket name."""
        super().__init__(scope, construct_id)
        self.access_log_bucket: s3.IBucket = AccessLogBucket(
            self, "AccessLogs", bucket_name=bucket_names["access_logs"],
            expire_after_days=data.access_logs_expire_after_days, removal_policy=removal_policy,
        ).bucket

        def bucket(store_id: str, store: str, lifecycle: StoreLifecycleConfig) -> s3.IBucket:
            return SecureBucket(
                self, store_id, bucket_name=bucket_names[store], encryption_key=encryption_key,
                access_log_bucket=self.access_log_bucket, lifecycle=lifecycle, removal_policy=removal_policy,
            ).bucket

        if data.collected_data_bucket_arn:
            self.collected_data_bucket: s3.IBucket = s3.Bucket.from_bucket_arn(
                self, "CollectedDataImported", data.collected_data_bucket_arn
            )
        else:
            self.collected_data_bucket = bucket("CollectedData", "collected_data", data.collected_data)
        self.offline_features_bucket = bucket("OfflineFeatures", "offline_features", data.offline_features)
        self.models_bucket = bucket("Models", "models", data.models)
        self.predictions_bucket = bucket("Predictions", "predictions", data.predictions)
        self.metrics_bucket = bucket("Metrics", "metrics", data.metrics)
        self.pipeline_artifacts_bucket = bucket("PipelineArtifacts", "pipeline_artifacts", data.pipeline_artifacts)
        self.athena_results_bucket = bucket(
            "AthenaResults", "athena_results",
            StoreLifecycleConfig(expire_after_days=data.athena_results_expire_after_days, noncurrent_expire_after_days=1),
        )

        self.offline_feature_store = OfflineFeatureStore(
            self,
            "OfflineFeatureStore",
            database_name=f"{name_prefix}_features".replace("-", "_"),
            workgroup_name=f"{name_prefix}-features",
            features_bucket=self.offline_features_bucket,
            results_bucket=self.athena_results_bucket,
            encryption_key=encryption_key,
            bytes_scanned_cutoff=data.athena_bytes_scanned_cutoff,
            recursive_delete=ephemeral,
        )
        self.feature_table: dynamodb.ITable = OnlineFeatureTable(
            self,
            "OnlineFeatures",
            table_name=f"{name_prefix}-online-features",
            encryption_key=encryption_key,
            ttl_attribute=data.feature_ttl_attribute,
            deletion_protection=not ephemeral,
            removal_policy=removal_policy,
        ).table

        def repository(repo_id: str, name: str) -> ecr.IRepository:
            return ImageRepository(
                self, repo_id, repository_name=f"{name_prefix}/{name}", encryption_key=encryption_key,
                max_image_count=data.image_max_count, untagged_expire_after_days=data.untagged_image_expire_after_days,
                removal_policy=removal_policy,
            ).repository

        self.model_images_repository = repository("ModelImages", "models")
        self.platform_images_repository = repository("PlatformImages", "platform")
        self.training_file_system = TrainingFileSystem(
            self,
            "TrainingData",
            vpc=vpc,
            fsx_config=data.fsx,
            encryption_key=encryption_key,
            data_bucket=self.offline_features_bucket,
            removal_policy=removal_policy,
        )
