"""The EKS cluster: control plane, node groups, managed add-ons and per-component AWS identities."""

from __future__ import annotations

from collections.abc import Sequence

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from constructs import Construct

from platform_config import PlatformConfig
from platform_constructs.cluster_addons import ClusterAddons
from platform_constructs.container_logs import ContainerLogs
from platform_constructs.compliance import acknowledge
from platform_constructs.gpu_node_group import GpuNodeGroup
from platform_constructs.image_pull_through import grant_pull_through
from platform_constructs.platform_vpc import PRIVATE_SUBNETS
from platform_constructs.platform_cluster import AccessMappingLike, PlatformCluster
from platform_constructs.system_node_group import SystemNodeGroup
from k8s_charts.kubeflow.profiles import profile_identity_requests
from platform_constructs.workload_identity import ComponentIdentity, DataStores, WorkloadIdentity
from stacks.platform_stack import PlatformStack


def imds_hop_limit(workload_identity: str) -> int:
    """PUT-response hop limit of the nodes' instance metadata service (IMDSv2 is always required).

    IMDS sends the IMDSv2 token response with IP TTL = hop limit. A pod on the VPC CNI sits one routed
    hop behind the node, so with 1 no pod can get a token and read the node role; the node and
    host-network pods are zero hops away and unaffected. Pod Identity does not use IMDS at all (its agent
    answers on 169.254.170.23), so 1 costs nothing in the default mode.

    kube2iam mode uses 2. kube2iam itself needs only 1: its iptables rule DNATs pod traffic for
    169.254.169.254:80 (arriving on `eni+`) to its host-network port, and it fetches tokens and
    pass-through metadata from the host namespace (current releases drop the client address so the
    proxied token PUT carries no X-Forwarded-For, which IMDS would refuse). The 2 is for pod requests kube2iam does not intercept, which then reach IMDS
    directly: on every node from boot until the kube2iam pod has installed its rule (GPU nodes scale from
    zero, so that window opens for each new GPU node) and for interfaces outside `--host-interface`.
    With 1 those SDK calls hang on the token PUT until the SDK falls back; with 2 they succeed with the
    node role's credentials. That is the cost of the mode: the node role is reachable from pods in that
    window, which is why the node role holds only what nodes need and Pod Identity is the default.
    """
    return 2 if workload_identity == "kube2iam" else 1


class ClusterStack(PlatformStack):
    """Everything EKS: thin wiring of PlatformCluster, node groups, add-ons and WorkloadIdentity.

    Stateful (termination protection outside dev): it holds the control-plane audit logs, and deleting it
    takes every workload on the cluster with it.
    """

    def __init__(
        self,
        scope: Construct,
        construct_id: str,
        *,
        config: PlatformConfig,
        vpc: ec2.IVpc,
        cluster_key: kms.IKey,
        logs_key: kms.IKey,
        data_key: kms.IKey,
        stores: DataStores,
        fsx_client_security_group: ec2.ISecurityGroup,
        access_mappings: Sequence[AccessMappingLike] = (),
    ) -> None:
        super().__init__(
            scope, construct_id, config=config, stateful=True,
            description=f"ML platform {config.environment}: EKS cluster, node groups, add-ons, workload identities",
        )
        cc = config.cluster
        self.cluster_name = self.resource_name("eks")
        self.workload_identity_mode = cc.workload_identity
        hop_limit = imds_hop_limit(cc.workload_identity)

        self.platform_cluster = PlatformCluster(
            self, "Cluster", cluster_name=self.cluster_name, config=cc, vpc=vpc,
            secrets_key=cluster_key, logs_key=logs_key, access_mappings=access_mappings,
            peer_cidrs=config.network.peer_cidrs, removal_policy=self.removal_policy,
        )
        self.cluster = self.platform_cluster.cluster

        self.node_role = iam.Role(
            self, "NodeRole",
            assumed_by=iam.ServicePrincipal("ec2.amazonaws.com"),
            description=f"{self.cluster_name} worker nodes: join the cluster and pull images, nothing for workloads",
            managed_policies=[
                iam.ManagedPolicy.from_aws_managed_policy_name("AmazonEKSWorkerNodePolicy"),
                iam.ManagedPolicy.from_aws_managed_policy_name("AmazonEC2ContainerRegistryPullOnly"),
            ],
        )
        for policy in ("AmazonEKSWorkerNodePolicy", "AmazonEC2ContainerRegistryPullOnly"):
            acknowledge(
                self.node_role, f"AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/{policy}]",
                f"{policy} is the AWS-maintained minimum for EKS worker nodes; workloads use their own roles",
            )

        if config.network.private_only:  # images come through ECR pull-through cache (NetworkStack)
            grant_pull_through(self, "NodePullThroughPolicy", role=self.node_role, partition=self.partition,
                               region=self.region, account=self.account)

        # Nodes get the cluster security group (EKS adds it only when the template names none) and the
        # FSx client group that the file system's security group admits on the Lustre ports.
        self.fsx_client_security_group_id = fsx_client_security_group.security_group_id
        node_security_groups = [self.cluster.cluster_security_group_id, fsx_client_security_group.security_group_id]
        private_subnet_ids = vpc.select_subnets(subnet_group_name=PRIVATE_SUBNETS.subnet_group_name).subnet_ids
        common = dict(
            cluster=self.cluster, cluster_name=self.cluster_name, node_role=self.node_role,
            subnet_ids=private_subnet_ids, security_group_ids=node_security_groups,
            volume_key=data_key, imds_hop_limit=hop_limit,
        )
        self.system_node_group = SystemNodeGroup(self, "SystemNodes", config=cc.system_node_group, **common)
        # EFA traffic (libfabric/SRD) must be allowed to and from the EFA nodes themselves, all protocols and ports.
        # https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/efa-start.html#efa-start-security
        self.efa_security_group: ec2.SecurityGroup | None = None
        if any(group.efa_interfaces for group in cc.gpu_node_groups):
            self.efa_security_group = ec2.SecurityGroup(
                self, "EfaSecurityGroup", vpc=vpc, allow_all_outbound=False,
                description=f"{self.cluster_name} EFA nodes: all traffic between members only",
            )
            self.efa_security_group.add_ingress_rule(self.efa_security_group, ec2.Port.all_traffic(), "EFA from EFA nodes")
            self.efa_security_group.add_egress_rule(self.efa_security_group, ec2.Port.all_traffic(), "EFA to EFA nodes")
            acknowledge(
                self.efa_security_group, "NIST.800.53.R5-EC2RestrictedCommonPorts",
                "the only ingress source is this security group itself (EFA nodes of this cluster), never a CIDR; EFA's "
                "SRD transport needs every protocol and port between them",
            )
        self.gpu_node_groups = {
            group.name: GpuNodeGroup(
                self, f"Gpu{''.join(p.capitalize() for p in group.name.split('-'))}", config=group,
                efa_security_group_id=self.efa_security_group.security_group_id if self.efa_security_group else None,
                **common,
            )
            for group in cc.gpu_node_groups
        }
        # The data key's policy lets Auto Scaling's service-linked role use it for these volumes (SecurityStack).

        # Every container's stdout/stderr (Fluent Bit, in the cluster's charts) lands here.
        self.container_logs = ContainerLogs(
            self, "ContainerLogs", cluster_name=self.cluster_name, logs_key=logs_key,
            retention_in_days=cc.container_log_retention_days, removal_policy=self.removal_policy,
        )

        self.workload_identity = WorkloadIdentity(
            self, "WorkloadIdentity", cluster=self.cluster, cluster_name=self.cluster_name,
            mode=cc.workload_identity, node_role=self.node_role, stores=stores, data_key=data_key,
            role_name_prefix=self.resource_name("").rstrip("-"),
            profiles=profile_identity_requests(project=config.project, environment=config.environment,
                                               profiles=config.kubeflow.profiles),
            serving_reads=config.serving.read_prefixes(input_buckets=config.serving_placement()["input_buckets"]),
            hosted_zone_id=config.platform_services.gateway.hosted_zone_id,
            container_log_group=self.container_logs.log_group,
        )
        self.identities: dict[str, ComponentIdentity] = self.workload_identity.identities

        self.addons = ClusterAddons(
            self, "Addons", cluster=self.cluster, kubernetes_version=cc.kubernetes_version,
            identities=self.identities,
            after=[self.system_node_group.resource],
        )
        for group in (self.system_node_group, *self.gpu_node_groups.values()):
            group.resource.node.add_dependency(*self.addons.node_prerequisites)

        outputs = {
            "ClusterName": self.cluster.cluster_name,
            "ClusterEndpoint": self.cluster.cluster_endpoint,
            "OidcIssuer": self.cluster.cluster_open_id_connect_issuer_url,
            "KubectlRoleArn": self.platform_cluster.kubectl_role.role_arn if self.platform_cluster.kubectl_role else "",
            "NodeSecurityGroupId": self.cluster.cluster_security_group_id,
            "NodeRoleArn": self.node_role.role_arn,
            "FsxFileSystemId": stores.training_file_system.file_system_id,
            "FsxClientSecurityGroupId": fsx_client_security_group.security_group_id,
            "WorkloadIdentityMode": cc.workload_identity,
        }
        for key, value in outputs.items():
            cdk.CfnOutput(self, key, value=value)
