"""A GPU managed node group from config: scales to zero, tainted, labelled for the accelerator it carries."""

from __future__ import annotations

from collections.abc import Sequence

from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_eks_v2 as eks
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from constructs import Construct

from platform_config.cluster import GpuNodeGroupConfig
from platform_constructs.autoscaler_tags import autoscaler_tags
from platform_constructs.node_launch_template import NodeLaunchTemplate
from platform_constructs.system_node_group import NODE_GROUP_LABEL

from platform_config.gpu_nodes import ACCELERATOR_LABEL, EFA_RESOURCE, GPU_RESOURCE, GPU_TAINT_EFFECT, GPU_TAINT_VALUE
from platform_config.gpu_nodes import GPU_MODEL_LABEL as GPU_PRODUCT_LABEL

GPU_TAINT = (GPU_RESOURCE, GPU_TAINT_VALUE, GPU_TAINT_EFFECT)


class GpuNodeGroup(Construct):
    """GPU nodes only GPU workloads land on (they tolerate `nvidia.com/gpu=true:NoSchedule`).

    EKS does not copy node group tags to the Auto Scaling group it creates ("Node group tags do not
    propagate to any other resources", https://docs.aws.amazon.com/eks/latest/APIReference/API_CreateNodegroup.html),
    so the `node-template` tags below are not what makes scale-from-zero work. Cluster Autoscaler 1.24+
    calls `eks:DescribeNodegroup` for managed node groups and takes their labels and taints from EKS, and
    it knows GPU counts per instance type from its own catalog
    (https://github.com/kubernetes/autoscaler/blob/master/cluster-autoscaler/cloudprovider/aws/README.md,
    "Auto-Discovery Setup" and the EKS managed node group notes). The `cluster-autoscaler` identity is
    granted exactly `eks:DescribeNodegroup` on this cluster's node groups for that. EKS itself puts the
    `k8s.io/cluster-autoscaler/enabled` and `k8s.io/cluster-autoscaler/<cluster>` discovery tags on the
    group's ASG. The tags stay on the node group as the record of intent and for tools that read them.
    """

    def __init__(
        self,
        scope: Construct,
        construct_id: str,
        *,
        cluster: eks.ICluster,
        cluster_name: str,
        config: GpuNodeGroupConfig,
        node_role: iam.IRole,
        subnet_ids: Sequence[str],
        security_group_ids: list[str],
        volume_key: kms.IKey,
        imds_hop_limit: int,
        efa_security_group_id: str | None = None,
    ) -> None:
        """`efa_security_group_id`: the group admitting all traffic between EFA nodes; required when the group
        has EFA (`config.efa_interfaces`), which also puts it in a cluster placement group in the first subnet."""
        super().__init__(scope, construct_id)
        self.config = config
        self.efa_interfaces = config.efa_interfaces
        self.placement_group: ec2.CfnPlacementGroup | None = None
        if self.efa_interfaces:
            if efa_security_group_id is None:
                raise ValueError(f"GPU node group {config.name!r} has EFA and needs efa_security_group_id")
            # EFA traffic does not leave a cluster placement group's low-latency network, which lives in one AZ:
            # the group takes the first subnet only. https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/efa-start.html
            self.placement_group = ec2.CfnPlacementGroup(self, "PlacementGroup", strategy="cluster")
            security_group_ids = [*security_group_ids, efa_security_group_id]
            subnet_ids = list(subnet_ids)[:1]
        self.name = config.name
        self.labels = {
            NODE_GROUP_LABEL: config.name,
            ACCELERATOR_LABEL: "nvidia",
            GPU_PRODUCT_LABEL: config.gpu_model,
            "ml-platform/capacity-type": config.capacity_type.lower().replace("_", "-"),
        }
        self.taint = GPU_TAINT
        self.launch_template = NodeLaunchTemplate(
            self, "LaunchTemplate", ami_type=config.ami_type, disk_size_gib=config.disk_size_gib,
            volume_key=volume_key, security_group_ids=security_group_ids, imds_hop_limit=imds_hop_limit,
            efa_interfaces=self.efa_interfaces,
            placement_group=self.placement_group.ref if self.placement_group else None,
        )
        key, value, _effect = GPU_TAINT
        self.resource = eks.CfnNodegroup(
            self,
            "Resource",
            cluster_name=cluster.cluster_name,
            nodegroup_name=config.name,
            node_role=node_role.role_arn,
            subnets=list(subnet_ids),
            ami_type=config.ami_type,
            capacity_type=config.capacity_type,
            instance_types=list(config.instance_types),
            scaling_config=eks.CfnNodegroup.ScalingConfigProperty(
                min_size=config.min_size, desired_size=config.desired_size, max_size=config.max_size
            ),
            update_config=eks.CfnNodegroup.UpdateConfigProperty(max_unavailable=1),
            launch_template=eks.CfnNodegroup.LaunchTemplateSpecificationProperty(
                id=self.launch_template.launch_template_id, version=self.launch_template.version
            ),
            labels=self.labels,
            # EKS spells the effect NO_SCHEDULE; Kubernetes (and the autoscaler tag) NoSchedule.
            taints=[eks.CfnNodegroup.TaintProperty(key=key, value=value, effect="NO_SCHEDULE")],
            tags=autoscaler_tags(
                cluster_name=cluster_name,
                labels=self.labels,
                taints=[GPU_TAINT],
                resources={GPU_RESOURCE: str(config.gpus_per_node),
                           **({EFA_RESOURCE: str(self.efa_interfaces)} if self.efa_interfaces else {})},
            ),
        )
        self.resource.node.add_dependency(cluster)
