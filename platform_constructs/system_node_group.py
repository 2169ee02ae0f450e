"""The system node group: on-demand AL2023 nodes across the private subnets for platform services."""

from __future__ import annotations

from collections.abc import Sequence

from aws_cdk import aws_eks_v2 as eks
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from constructs import Construct

from platform_config.cluster import SystemNodeGroupConfig
from platform_constructs.autoscaler_tags import autoscaler_tags
from platform_constructs.node_launch_template import NodeLaunchTemplate

SYSTEM_AMI_TYPE = "AL2023_x86_64_STANDARD"
NODE_GROUP_LABEL = "ml-platform/node-group"


class SystemNodeGroup(Construct):
    """Untainted CPU nodes for the gateway, Kubeflow, monitoring and the add-ons, one subnet per AZ."""

    def __init__(
        self,
        scope: Construct,
        construct_id: str,
        *,
        cluster: eks.ICluster,
        cluster_name: str,
        config: SystemNodeGroupConfig,
        node_role: iam.IRole,
        subnet_ids: Sequence[str],
        security_group_ids: list[str],
        volume_key: kms.IKey,
        imds_hop_limit: int,
        name: str = "system",
    ) -> None:
        super().__init__(scope, construct_id)
        self.name = name
        self.labels = {NODE_GROUP_LABEL: name, "ml-platform/role": "system"}
        self.launch_template = NodeLaunchTemplate(
            self, "LaunchTemplate", ami_type=SYSTEM_AMI_TYPE, disk_size_gib=config.disk_size_gib,
            volume_key=volume_key, security_group_ids=security_group_ids, imds_hop_limit=imds_hop_limit,
        )
        self.resource = eks.CfnNodegroup(
            self,
            "Resource",
            cluster_name=cluster.cluster_name,
            nodegroup_name=name,
            node_role=node_role.role_arn,
            subnets=list(subnet_ids),
            ami_type=SYSTEM_AMI_TYPE,
            capacity_type="ON_DEMAND",
            instance_types=list(config.instance_types),
            scaling_config=eks.CfnNodegroup.ScalingConfigProperty(
                min_size=config.min_size, desired_size=config.desired_size, max_size=config.max_size
            ),
            update_config=eks.CfnNodegroup.UpdateConfigProperty(max_unavailable=1),
            launch_template=eks.CfnNodegroup.LaunchTemplateSpecificationProperty(
                id=self.launch_template.launch_template_id, version=self.launch_template.version
            ),
            labels=self.labels,
            tags=autoscaler_tags(cluster_name=cluster_name, labels=self.labels),
        )
        self.resource.node.add_dependency(cluster)
