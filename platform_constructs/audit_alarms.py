"""Metric filters and alarms on the CloudTrail log group for the events the governance layer watches."""

from __future__ import annotations

from dataclasses import dataclass

import aws_cdk as cdk
from aws_cdk import aws_cloudwatch as cloudwatch
from aws_cdk import aws_cloudwatch_actions as actions
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk import aws_logs as logs
from aws_cdk import aws_sns as sns
from aws_cdk import aws_sns_subscriptions as subscriptions
from constructs import Construct


@dataclass(frozen=True)
class AuditEvent:
    """One watched event class: a CloudWatch Logs filter pattern over CloudTrail records."""

    construct_id: str
    metric_name: str
    description: str
    pattern: str


# Patterns follow the CIS AWS Foundations monitoring controls (CloudWatch.1-14).
# https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html
AUDIT_EVENTS: tuple[AuditEvent, ...] = (
    AuditEvent(
        "ConsoleSignInWithoutMfa", "ConsoleSignInWithoutMfa", "Console sign-in without MFA",
        '{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed != "Yes") '
        '&& ($.userIdentity.type = "IAMUser") && ($.responseElements.ConsoleLogin = "Success") }',
    ),
    AuditEvent(
        "IamPolicyChange", "IamPolicyChanges", "IAM policy created, changed, attached or detached",
        "{ ($.eventSource = iam.amazonaws.com) && (($.eventName = DeleteGroupPolicy) || ($.eventName = DeleteRolePolicy) "
        "|| ($.eventName = DeleteUserPolicy) || ($.eventName = PutGroupPolicy) || ($.eventName = PutRolePolicy) "
        "|| ($.eventName = PutUserPolicy) || ($.eventName = CreatePolicy) || ($.eventName = DeletePolicy) "
        "|| ($.eventName = CreatePolicyVersion) || ($.eventName = DeletePolicyVersion) || ($.eventName = SetDefaultPolicyVersion) "
        "|| ($.eventName = AttachRolePolicy) || ($.eventName = DetachRolePolicy) || ($.eventName = AttachUserPolicy) "
        "|| ($.eventName = DetachUserPolicy) || ($.eventName = AttachGroupPolicy) || ($.eventName = DetachGroupPolicy)) }",
    ),
    AuditEvent(
        "KmsKeyChange", "KmsKeyDisabledDeletedOrPolicyChanged", "KMS key disabled, scheduled for deletion or key policy changed",
        "{ ($.eventSource = kms.amazonaws.com) && (($.eventName = DisableKey) || ($.eventName = ScheduleKeyDeletion) "
        "|| ($.eventName = PutKeyPolicy)) }",
    ),
    AuditEvent(
        "CloudTrailChange", "CloudTrailConfigurationChanges", "CloudTrail trail created, changed, stopped or deleted",
        "{ ($.eventName = CreateTrail) || ($.eventName = UpdateTrail) || ($.eventName = DeleteTrail) "
        "|| ($.eventName = StartLogging) || ($.eventName = StopLogging) || ($.eventName = PutEventSelectors) }",
    ),
)


class AuditAlarms(Construct):
    """`topic` (KMS-encrypted, TLS-only) receives one alarm per audit event; configured addresses subscribe."""

    def __init__(
        self,
        scope: Construct,
        construct_id: str,
        *,
        log_group: logs.ILogGroup,
        topic_key: kms.Key,
        metric_namespace: str,
        emails: tuple[str, ...],
    ) -> None:
        super().__init__(scope, construct_id)
        stack = cdk.Stack.of(self)
        self.topic = sns.Topic(
            self, "Topic", display_name=f"{metric_namespace} audit alarms", master_key=topic_key, enforce_ssl=True
        )
        # CloudWatch alarms publish to an encrypted topic only if the key lets CloudWatch use it.
        # https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html
        topic_key.add_to_resource_policy(iam.PolicyStatement(
            sid="AllowCloudWatchAlarmsToPublish",
            principals=[iam.ServicePrincipal("cloudwatch.amazonaws.com")],
            actions=["kms:Decrypt", "kms:GenerateDataKey*"],
            resources=["*"],
            conditions={"StringEquals": {"aws:SourceAccount": stack.account}},
        ))
        for address in emails:
            self.topic.add_subscription(subscriptions.EmailSubscription(address))

        self.alarms: dict[str, cloudwatch.Alarm] = {}
        for event in AUDIT_EVENTS:
            metric_filter = logs.MetricFilter(
                self,
                f"{event.construct_id}Filter",
                log_group=log_group,
                filter_pattern=logs.FilterPattern.literal(event.pattern),
                metric_namespace=metric_namespace,
                metric_name=event.metric_name,
                metric_value="1",
            )
            alarm = metric_filter.metric(statistic="Sum", period=cdk.Duration.minutes(5)).create_alarm(
                self,
                f"{event.construct_id}Alarm",
                alarm_description=f"{event.description} (CloudTrail)",
                threshold=1,
                evaluation_periods=1,
                comparison_operator=cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
                treat_missing_data=cloudwatch.TreatMissingData.NOT_BREACHING,
            )
            alarm.add_alarm_action(actions.SnsAction(self.topic))
            self.alarms[event.construct_id] = alarm
