"""The offline feature store's query side: a Glue database over the features bucket and an Athena workgroup."""

from __future__ import annotations

import aws_cdk as cdk
from aws_cdk import aws_athena as athena
from aws_cdk import aws_glue as glue
from aws_cdk import aws_kms as kms
from aws_cdk import aws_s3 as s3
from constructs import Construct


class OfflineFeatureStore(Construct):
    """`database_name` catalogs tables under `s3://<features bucket>/features/`; `workgroup_name` queries them.

    The workgroup enforces its configuration: results are SSE-KMS encrypted in the results bucket and a query
    that would scan more than `bytes_scanned_cutoff` bytes is cancelled.
    """

    def __init__(
        self,
        scope: Construct,
        construct_id: str,
        *,
        database_name: str,
        workgroup_name: str,
        features_bucket: s3.IBucket,
        results_bucket: s3.IBucket,
        encryption_key: kms.IKey,
        bytes_scanned_cutoff: int,
        recursive_delete: bool,
    ) -> None:
        super().__init__(scope, construct_id)
        stack = cdk.Stack.of(self)
        self.database = glue.CfnDatabase(
            self,
            "Database",
            catalog_id=stack.account,
            database_input=glue.CfnDatabase.DatabaseInputProperty(
                name=database_name,
                description="Offline feature store (tables over the offline-features bucket)",
                location_uri=f"s3://{features_bucket.bucket_name}/features/",
            ),
        )
        self.database_name = database_name
        self.workgroup = athena.CfnWorkGroup(
            self,
            "WorkGroup",
            name=workgroup_name,
            description="Queries over the offline feature store",
            state="ENABLED",
            # Dev opts into destroy: a workgroup with query history is deleted only recursively.
            recursive_delete_option=recursive_delete,
            work_group_configuration=athena.CfnWorkGroup.WorkGroupConfigurationProperty(
                enforce_work_group_configuration=True,
                publish_cloud_watch_metrics_enabled=True,
                bytes_scanned_cutoff_per_query=bytes_scanned_cutoff,
                engine_version=athena.CfnWorkGroup.EngineVersionProperty(selected_engine_version="Athena engine version 3"),
                result_configuration=athena.CfnWorkGroup.ResultConfigurationProperty(
                    output_location=f"s3://{results_bucket.bucket_name}/results/",
                    encryption_configuration=athena.CfnWorkGroup.EncryptionConfigurationProperty(
                        encryption_option="SSE_KMS", kms_key=encryption_key.key_arn
                    ),
                ),
            ),
        )
        self.workgroup_name = workgroup_name
