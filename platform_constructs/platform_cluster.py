"""The EKS control plane: private endpoint, all control-plane logs, envelope-encrypted secrets, access entries."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_eks_v2 as eks
from aws_cdk import aws_kms as kms
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_logs as logs
from aws_cdk.lambda_layer_kubectl_v34 import KubectlV34Layer
from aws_cdk.lambda_layer_kubectl_v35 import KubectlV35Layer
from aws_cdk.lambda_layer_kubectl_v36 import KubectlV36Layer
from constructs import Construct

from platform_config.cluster import ClusterConfig
from platform_constructs.compliance import acknowledge
from platform_constructs.log_retention import retention_days
from platform_constructs.platform_vpc import PRIVATE_SUBNETS

# The kubectl in the provider Lambda must match the control plane's minor version (kubectl supports
# one minor version of skew; the layer packages are pinned in requirements.txt).
KUBECTL_LAYERS: dict[str, type[lambda_.LayerVersion]] = {
    "1.34": KubectlV34Layer,
    "1.35": KubectlV35Layer,
    "1.36": KubectlV36Layer,
}

# Why neither kubectl provider function has a dead-letter queue. CloudFormation invokes the provider
# framework's onEvent function asynchronously; onEvent invokes the kubectl handler synchronously and answers
# CloudFormation's response URL with FAILED on any error (its own included), so the stack operation fails and
# rolls back. An event parked in a DLQ could not be replayed: its presigned response URL belongs to a stack
# operation that has ended. (aws-cdk-lib custom-resources/lib/provider-framework/runtime/framework.js)
KUBECTL_PROVIDER_NO_DLQ = (
    "CloudFormation invokes the provider framework asynchronously; the framework calls the kubectl handler "
    "synchronously and reports every error to CloudFormation, which fails the stack operation; a dead-lettered "
    "event could not be replayed once that operation has ended"
)

ALL_LOG_TYPES = (
    eks.ClusterLoggingTypes.API,
    eks.ClusterLoggingTypes.AUDIT,
    eks.ClusterLoggingTypes.AUTHENTICATOR,
    eks.ClusterLoggingTypes.CONTROLLER_MANAGER,
    eks.ClusterLoggingTypes.SCHEDULER,
)


class AccessMappingLike(Protocol):
    """One IAM principal -> Kubernetes mapping (the identity stack's `AccessMapping`)."""

    @property
    def principal_arn(self) -> str: ...
    @property
    def kubernetes_groups(self) -> Sequence[str]: ...
    @property
    def access_policy(self) -> str | None: ...
    @property
    def namespaces(self) -> Sequence[str]: ...


def access_policy_arn(policy: str, partition: str = "aws") -> str:
    """`AmazonEKSViewPolicy` -> its ARN; an ARN is returned unchanged."""
    if policy.startswith("arn:"):
        return policy
    return f"arn:{partition}:eks::aws:cluster-access-policy/{policy}"


class PlatformCluster(Construct):
    """An `aws_eks_v2.Cluster` (native AWS::EKS::Cluster) hardened for a security review.

    - endpoint private, or public+private restricted to the configured CIDRs;
    - the five control-plane log types into a pre-created log group encrypted with the logs key;
    - Kubernetes secrets envelope-encrypted with the (rotating) cluster key;
    - authentication mode API with no implicit creator admin: the kubectl provider role gets an explicit
      cluster-admin access entry, every other principal comes from `access_mappings`.
    """

    def __init__(
        self,
        scope: Construct,
        construct_id: str,
        *,
        cluster_name: str,
        config: ClusterConfig,
        vpc: ec2.IVpc,
        secrets_key: kms.IKey,
        logs_key: kms.IKey,
        access_mappings: Sequence[AccessMappingLike] = (),
        peer_cidrs: Sequence[str] = (),
        removal_policy: cdk.RemovalPolicy = cdk.RemovalPolicy.RETAIN,
    ) -> None:
        """`cluster_name` is a literal (the log group and autoscaler tags are named after it); `peer_cidrs` (the
        corporate networks routed to the VPC) may reach the private API endpoint on 443."""
        super().__init__(scope, construct_id)
        if config.kubernetes_version not in KUBECTL_LAYERS:
            raise ValueError(f"kubernetes_version={config.kubernetes_version!r} has no kubectl layer (have {sorted(KUBECTL_LAYERS)})")
        self.cluster_name = cluster_name
        self.kubernetes_version = config.kubernetes_version

        # EKS writes control-plane logs to this fixed name; creating it first lets us set retention and KMS.
        # https://docs.aws.amazon.com/eks/latest/userguide/control-plane-logs.html
        self.log_group = logs.LogGroup(
            self, "ControlPlaneLogs",
            log_group_name=f"/aws/eks/{cluster_name}/cluster",
            retention=retention_days(config.control_plane_log_retention_days),
            encryption_key=logs_key,
            removal_policy=removal_policy,
        )

        if config.endpoint_public_access:
            endpoint = eks.EndpointAccess.PUBLIC_AND_PRIVATE.only_from(*config.public_access_cidrs)
        else:
            endpoint = eks.EndpointAccess.PRIVATE

        private = PRIVATE_SUBNETS
        self.kubectl_security_group = ec2.SecurityGroup(
            self, "KubectlProviderSecurityGroup", vpc=vpc, allow_all_outbound=False,
            description=f"{cluster_name} kubectl provider: HTTPS to the API endpoint and AWS APIs, nothing inbound",
        )
        # The handler calls the EKS and STS APIs (through NAT or the VPC's endpoints) and the private endpoint.
        self.kubectl_security_group.add_egress_rule(ec2.Peer.any_ipv4(), ec2.Port.tcp(443), "AWS APIs over HTTPS")
        self.cluster = eks.Cluster(
            self, "Cluster",
            cluster_name=cluster_name,
            version=eks.KubernetesVersion.of(config.kubernetes_version),
            vpc=vpc,
            vpc_subnets=[private],
            endpoint_access=endpoint,
            cluster_logging=list(ALL_LOG_TYPES),
            secrets_encryption_key=secrets_key,
            bootstrap_cluster_creator_admin_permissions=False,
            default_capacity_type=eks.DefaultCapacityType.NODEGROUP,
            default_capacity=0,
            output_config_command=False,
            kubectl_provider_options=eks.KubectlProviderOptions(
                kubectl_layer=KUBECTL_LAYERS[config.kubernetes_version](self, "KubectlLayer"),
                private_subnets=vpc.select_subnets(subnet_group_name=PRIVATE_SUBNETS.subnet_group_name).subnets,
                security_groups=[self.kubectl_security_group],
            ),
        )
        self.cluster.node.add_dependency(self.log_group)
        isolated = {s.subnet_id for s in vpc.isolated_subnets}
        if set(vpc.select_subnets(subnet_group_name=PRIVATE_SUBNETS.subnet_group_name).subnet_ids) <= isolated:
            cdk.Annotations.of(self.cluster).acknowledge_warning(
                "@aws-cdk/aws-eks:isolatedSubnetsForKubectlPrivateSubnets",
                "network.private_only: the VPC has interface endpoints for STS, EKS, ECR, Lambda and the other APIs "
                "(PlatformVpc, checked in tests/stacks/test_private_environment.py)",
            )
        self.kubectl_security_group.connections.allow_to(
            self.cluster.cluster_security_group, ec2.Port.tcp(443), "kubectl provider to the API endpoint"
        )
        # The private endpoint's ENIs carry the cluster security group; kubectl from the corporate network
        # arrives through the VPC's routes to `peer_cidrs` (PlatformVpc) and needs this rule.
        # https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html#private-access
        for cidr in peer_cidrs:
            self.cluster.cluster_security_group.add_ingress_rule(
                ec2.Peer.ipv4(cidr), ec2.Port.tcp(443), f"Kubernetes API from the corporate network {cidr}"
            )
        self.kubectl_role = self.cluster.kubectl_provider.role if self.cluster.kubectl_provider else None
        self._harden_kubectl_provider(logs_key, removal_policy)
        self._acknowledge_cdk_internals()

        partition = cdk.Stack.of(self).partition
        self.access_entries: list[eks.CfnAccessEntry] = []
        for index, mapping in enumerate(access_mappings):
            policies = []
            if mapping.access_policy:
                scope_ = (
                    eks.CfnAccessEntry.AccessScopeProperty(type="namespace", namespaces=list(mapping.namespaces))
                    if mapping.namespaces
                    else eks.CfnAccessEntry.AccessScopeProperty(type="cluster")
                )
                policies.append(eks.CfnAccessEntry.AccessPolicyProperty(
                    policy_arn=access_policy_arn(mapping.access_policy, partition), access_scope=scope_
                ))
            entry = eks.CfnAccessEntry(
                self, f"AccessEntry{index}",
                cluster_name=self.cluster.cluster_name,
                principal_arn=mapping.principal_arn,
                type="STANDARD",
                kubernetes_groups=list(mapping.kubernetes_groups) or None,
                access_policies=policies or None,
            )
            self.access_entries.append(entry)


    def _harden_kubectl_provider(self, logs_key: kms.IKey, removal_policy: cdk.RemovalPolicy) -> None:
        """The provider's log groups: encrypted with the logs key, retained like every platform log group."""
        provider = self.cluster.kubectl_provider
        for node in provider.node.find_all():
            if isinstance(node, logs.CfnLogGroup):
                node.kms_key_id = logs_key.key_arn
                node.apply_removal_policy(removal_policy)
            if isinstance(node, lambda_.CfnFunction):
                node.add_metadata("checkov", {"skip": [
                    {"id": "CKV_AWS_116", "comment": KUBECTL_PROVIDER_NO_DLQ},
                    {"id": "CKV_AWS_115", "comment": "Runs only during deployments; reserving concurrency can fail in accounts at the minimum unreserved limit"},
                    {"id": "CKV_AWS_173", "comment": "aws_eks_v2 sets only AWS_STS_REGIONAL_ENDPOINTS (handler) and the handler's function ARN (framework); no secrets"},
                ]})

    def _acknowledge_cdk_internals(self) -> None:
        """Findings on resources aws_eks_v2 creates and does not let us configure."""
        acknowledge(
            self.cluster.role,
            "AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/AmazonEKSClusterPolicy]",
            "AmazonEKSClusterPolicy is the AWS-maintained control-plane service role policy EKS requires",
        )
        provider = self.cluster.kubectl_provider
        reasons = {
            "AwsSolutions-L1": "The kubectl handler runtime is fixed by aws_eks_v2 to match its bundled kubectl and helm layers",
            "NIST.800.53.R5-IAMNoInlinePolicy": "aws_eks_v2 attaches the provider's scoped permissions as a default inline policy",
            "NIST.800.53.R5-LambdaConcurrency": "The kubectl provider runs only while CloudFormation changes this cluster's "
                                                "manifests, which the platform chains one after another; a reservation could "
                                                "fail in accounts at the minimum unreserved concurrency",
            "NIST.800.53.R5-LambdaDLQ": KUBECTL_PROVIDER_NO_DLQ,
        }
        for rule, reason in reasons.items():
            acknowledge(provider, rule, reason)
        lambda_policies = (
            "service-role/AWSLambdaBasicExecutionRole",
            "service-role/AWSLambdaVPCAccessExecutionRole",
        )
        # aws_eks_v2 also attaches AmazonEC2ContainerRegistryReadOnly (every private repository of the account)
        # and ECR Public read (behind a partition condition): both only for Helm charts pulled from OCI
        # registries. The platform applies cdk8s manifests, never Helm charts (the handler pulls nothing; the
        # nodes pull images with their own role), so the handler keeps only the Lambda execution policies.
        handler = provider.node.find_child("Handler")
        handler.role.node.default_child.managed_policy_arns = [
            f"arn:{cdk.Aws.PARTITION}:iam::aws:policy/{p}" for p in lambda_policies
        ]
        for child in handler.node.children:
            if isinstance(child, cdk.CfnCondition):
                handler.node.try_remove_child(child.node.id)
        for policy in lambda_policies:
            acknowledge(
                provider, f"AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/{policy}]",
                "The kubectl provider Lambda roles get these AWS-maintained execution policies from aws_eks_v2",
            )
        acknowledge(
            provider,
            f"AwsSolutions-IAM5[Resource::<{cdk.Stack.of(self).get_logical_id(handler.node.default_child)}.Arn>:*]",
            "The custom resource framework may invoke any version of the kubectl handler function",
        )
