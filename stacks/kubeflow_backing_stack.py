"""AWS resources Kubeflow needs beside the cluster: the pipelines metadata database and the SSO user pool."""

from __future__ import annotations

from typing import TYPE_CHECKING

from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_eks as eks
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from constructs import Construct

from k8s_charts.kubeflow.login_oauth2_proxy import LoginProps
from k8s_charts.kubeflow.pipelines_install import KubeflowBackingRef
from platform_config import PlatformConfig
from platform_constructs.metadata_database import MetadataDatabase
from platform_constructs.sso_login import SsoLogin
from platform_constructs.workload_identity import KFP_EXTERNAL_SECRETS, KFP_UI
from stacks.platform_stack import PlatformStack

if TYPE_CHECKING:
    from platform_constructs.workload_identity import ComponentIdentity
    from stacks.cluster_stack import ClusterStack


EXTERNAL_SECRETS_READ = (
    "secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret", "secretsmanager:GetResourcePolicy",
    "secretsmanager:ListSecretVersionIds",
)


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
        cluster: "ClusterStack | None" = None,
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
        if cluster is not None:
            # Pods reach the database from the nodes, which carry the EKS cluster security group.
            self.database.allow_from(ec2.SecurityGroup.from_security_group_id(
                self, "ClusterSecurityGroup", cluster.cluster.cluster_security_group_id, mutable=False))
        self.sso: SsoLogin | None = None
        if config.login.enabled:
            self.sso = SsoLogin(
                self, "SsoLogin", config=config.login, name=self.resource_name("users"),
                hostname=config.platform_services.gateway.hostname, secrets_key=data_key,
                removal_policy=self.removal_policy,
            )
        if cluster is not None:
            self.grant_pipelines(cluster.identities[KFP_EXTERNAL_SECRETS].role)
            if cluster.workload_identity_mode == "pod-identity":
                self._associate_ui_and_secrets_controller(
                    cluster.cluster.cluster_name, [cluster.identities[KFP_UI], cluster.identities[KFP_EXTERNAL_SECRETS]])

    def _associate_ui_and_secrets_controller(self, cluster_name: str, identities: "list[ComponentIdentity]") -> None:
        """The KFP UI and the External Secrets controller, each bound to its own role (the cluster stack binds
        the API server). These associations stay in this stack, where they were first created: EKS refuses a
        second association for the same service account, so moving them would fail while the old ones exist."""
        for identity in identities:
            eks.CfnPodIdentityAssociation(
                self, f"PipelinesIdentity{''.join(p.capitalize() for p in identity.service_account.split('-'))}",
                cluster_name=cluster_name, namespace=identity.namespace, service_account=identity.service_account,
                role_arn=identity.role.role_arn,
            )

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
                client_id=self.sso.client.user_pool_client_id, client_secret_name=self.sso.client_secret_name,
                cookie_secret_name=self.sso.cookie_secret_name,
                allowed_email_domains=config.login.allowed_email_domains, session_hours=config.login.session_hours,
                machine_client_ids=tuple(c.user_pool_client_id for c in self.sso.machine_clients.values()),
            )
        return KubeflowBackingRef(
            db_host=self.database.cluster.cluster_endpoint.hostname, db_port=self.database.port,
            db_secret_name=self.database.secret_name, artifacts_bucket=artifacts_bucket_name,
            artifact_prefix=kfp.artifact_prefix, profile_namespaces=profile_namespaces,
            default_cache_staleness=kfp.default_cache_staleness, workflow_ttl_seconds=kfp.workflow_ttl_seconds,
            log_level=kfp.log_level, login=login,
        )

    def grant_pipelines(self, role: iam.IRole) -> None:
        """The External Secrets controller's identity reads exactly the DB secret (and the login secrets).

        The policy lives in this stack and is attached to the role by name, so the cluster stack does not
        depend on this one (no cycle: this stack already depends on the cluster for its security group).
        """
        # The read actions External Secrets documents for its Secrets Manager provider, on the named secrets
        # only (tests/upstream_facts/iam/external-secrets.yaml).
        read = list(EXTERNAL_SECRETS_READ)
        statements = [iam.PolicyStatement(
            sid="ReadPipelinesDatabaseSecret", actions=read,
            resources=[self.database.secret.secret_arn],
        )]
        if self.sso is not None:
            statements.append(iam.PolicyStatement(
                sid="ReadLoginSecrets", actions=read,
                resources=[self.sso.client_secret.secret_arn, self.sso.cookie_secret.secret_arn],
            ))
        # The secrets are encrypted with the data key: decrypt only through Secrets Manager.
        statements.append(iam.PolicyStatement(
            sid="DecryptSecretsViaSecretsManager", actions=["kms:Decrypt"], resources=[self.data_key.key_arn],
            conditions={"StringEquals": {"kms:ViaService": f"secretsmanager.{self.region}.amazonaws.com"}},
        ))
        iam.ManagedPolicy(self, "PipelinesIdentityPolicy", roles=[role], statements=statements,
                          description="Kubeflow Pipelines External Secrets: read its database and login secrets, nothing else")
