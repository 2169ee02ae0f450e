"""AWS resources Kubeflow needs beside the cluster: the pipelines metadata database and the SSO user pool."""

from __future__ import annotations

from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk import aws_s3 as s3
from constructs import Construct

from k8s_charts.kubeflow.login_oauth2_proxy import LoginProps
from k8s_charts.kubeflow.pipelines_install import KubeflowBackingRef
from platform_config import PlatformConfig
from platform_constructs.metadata_database import MetadataDatabase
from platform_constructs.sso_login import SsoLogin
from stacks.platform_stack import PlatformStack


class KubeflowBackingStack(PlatformStack):
    """Stateful: the database and the user pool outlive redeployments of the cluster."""

    def __init__(
        self,
        scope: Construct,
        construct_id: str,
        *,
        config: PlatformConfig,
        vpc: ec2.IVpc,
        data_key: kms.IKey,
        logs_key: kms.IKey,
        cluster_security_group: ec2.ISecurityGroup | None = None,
        pipelines_role: iam.IRole | None = None,
        artifacts_bucket: s3.IBucket | None = None,
    ) -> None:
        super().__init__(
            scope, construct_id, config=config, stateful=True,
            description=f"ML platform {config.environment}: Kubeflow Pipelines database (Aurora MySQL) and SSO user pool",
        )
        kfp = config.kubeflow_pipelines
        self.data_key = data_key
        self.database = MetadataDatabase(
            self, "PipelinesDatabase", config=kfp.database, name=self.resource_name("kfp-db"), vpc=vpc,
            encryption_key=data_key, logs_key=logs_key, log_retention_days=config.audit.log_retention_days,
            removal_policy=self.removal_policy,
        )
        if cluster_security_group is not None:
            self.database.allow_from(cluster_security_group)
        self.sso: SsoLogin | None = None
        if config.login.enabled:
            self.sso = SsoLogin(
                self, "SsoLogin", config=config.login, name=self.resource_name("users"),
                hostname=config.platform_services.gateway.hostname, secrets_key=data_key,
                removal_policy=self.removal_policy,
            )
        if pipelines_role is not None:
            self.grant_pipelines(pipelines_role, artifacts_bucket=artifacts_bucket)

    def backing_ref(self, *, artifacts_bucket_name: str, profile_namespaces: tuple[str, ...] = ()) -> KubeflowBackingRef:
        """What the pipelines and login charts need from this stack, as (token) names: never a secret value.

        The delivery stack puts it into `ClusterServicesProps.sections["kubeflow_backing"]`.
        """
        config = self.config
        kfp = config.kubeflow_pipelines
        login = None
        if self.sso is not None:
            login = LoginProps(
                hostname=config.platform_services.gateway.hostname, kubernetes_version=config.cluster.kubernetes_version,
                identity_mode=config.cluster.workload_identity, issuer_url=self.sso.issuer_url,
                client_id=self.sso.client.user_pool_client_id, client_secret_name=self.sso.client_secret.secret_name,
                cookie_secret_name=self.sso.cookie_secret.secret_name,
                allowed_email_domains=config.login.allowed_email_domains, session_hours=config.login.session_hours,
            )
        return KubeflowBackingRef(
            db_host=self.database.cluster.cluster_endpoint.hostname, db_port=self.database.port,
            db_secret_name=self.database.secret.secret_name, artifacts_bucket=artifacts_bucket_name,
            artifact_prefix=kfp.artifact_prefix, profile_namespaces=profile_namespaces,
            default_cache_staleness=kfp.default_cache_staleness, workflow_ttl_seconds=kfp.workflow_ttl_seconds,
            log_level=kfp.log_level, login=login,
        )

    def grant_pipelines(self, role: iam.IRole, *, artifacts_bucket: s3.IBucket | None) -> None:
        """The pipelines identity reads exactly the DB secret (and the login secrets) and its artifact prefix.

        The policy lives in this stack and is attached to the role by name, so the cluster stack does not
        depend on this one (no cycle: this stack already depends on the cluster for its security group).
        """
        statements = [iam.PolicyStatement(
            sid="ReadPipelinesDatabaseSecret", actions=["secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"],
            resources=[self.database.secret.secret_arn],
        )]
        if self.sso is not None:
            statements.append(iam.PolicyStatement(
                sid="ReadLoginSecrets", actions=["secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"],
                resources=[self.sso.client_secret.secret_arn, self.sso.cookie_secret.secret_arn],
            ))
        # The secrets are encrypted with the data key: decrypt only through Secrets Manager.
        statements.append(iam.PolicyStatement(
            sid="DecryptSecretsViaSecretsManager", actions=["kms:Decrypt"], resources=[self.data_key.key_arn],
            conditions={"StringEquals": {"kms:ViaService": f"secretsmanager.{self.region}.amazonaws.com"}},
        ))
        iam.Policy(self, "PipelinesIdentityPolicy", roles=[role], statements=statements)
        if artifacts_bucket is not None:
            prefix = self.config.kubeflow_pipelines.artifact_prefix
            artifacts_bucket.grant_read_write(role, f"{prefix}/*")
