"""The CloudWatch side of container logs: the log group Fluent Bit writes to and a saved Logs Insights query.

CDK creates the group (Fluent Bit never does, so its role holds no logs:CreateLogGroup) encrypted with the platform's
logs key and with the configured retention; the name comes from the chart (`container_log_group_name`) so the two
sides cannot drift.
"""

from __future__ import annotations

import aws_cdk as cdk
from aws_cdk import aws_kms as kms
from aws_cdk import aws_logs as logs
from constructs import Construct

from k8s_charts.container_logs import container_log_group_name
from platform_constructs.log_retention import retention_days

# Logs Insights saved queries take no parameters: the namespace is the first filter's literal, edited before running.
ERRORS_OF_ONE_NAMESPACE = """\
fields @timestamp, kubernetes.pod_name, kubernetes.container_name, log
| filter kubernetes.namespace_name = "{namespace}"
| filter log like /(?i)(error|exception|fatal|panic|traceback)/
| sort @timestamp desc
| limit 500"""


class ContainerLogs(Construct):
    """Log group for every container's stdout/stderr, KMS-encrypted, with retention; plus its saved query."""

    def __init__(
        self,
        scope: Construct,
        construct_id: str,
        *,
        cluster_name: str,
        logs_key: kms.IKey,
        retention_in_days: int,
        removal_policy: cdk.RemovalPolicy,
        example_namespace: str = "ml-serving",
    ) -> None:
        """`example_namespace`: the namespace the saved query names until its user edits it (default ml-serving)."""
        super().__init__(scope, construct_id)
        self.log_group_name = container_log_group_name(cluster_name)
        self.log_group = logs.LogGroup(
            self, "LogGroup", log_group_name=self.log_group_name, encryption_key=logs_key,
            retention=retention_days(retention_in_days), removal_policy=removal_policy,
        )
        self.errors_query = logs.CfnQueryDefinition(
            self, "ErrorsOfOneNamespace",
            name=f"{cluster_name}/errors-of-one-namespace",
            query_string=ERRORS_OF_ONE_NAMESPACE.format(namespace=example_namespace),
            log_group_names=[self.log_group.log_group_name],
        )
