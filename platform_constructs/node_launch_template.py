"""Launch template shared by every managed node group: IMDSv2 only, encrypted gp3 root, no SSH."""

from __future__ import annotations

from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_kms as kms
from constructs import Construct

BOTTLEROCKET_PREFIX = "BOTTLEROCKET_"


def efa_network_interfaces(count: int, security_group_ids: list[str]) -> list[ec2.CfnLaunchTemplate.NetworkInterfaceProperty]:
    """One EFA per network card: card 0 carries the primary interface as EFA with ENA (the node's IP), every other
    card an EFA-only interface at device index 0 (no IP address, so the VPC CNI's address pool is unchanged). No
    subnet (a managed node group refuses one on an interface) and the security groups on every interface
    (https://docs.aws.amazon.com/eks/latest/userguide/device-management-efa.html,
    https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/efa-acc-inst-types.html); every rule with its source is in
    tests/upstream_facts/aws/efa.yaml.
    """
    if count < 1:
        raise ValueError(f"efa interfaces={count} must be at least 1")
    return [
        ec2.CfnLaunchTemplate.NetworkInterfaceProperty(
            network_card_index=card, device_index=0, interface_type="efa" if card == 0 else "efa-only",
            groups=list(security_group_ids), delete_on_termination=True,
        )
        for card in range(count)
    ]


class NodeLaunchTemplate(Construct):
    """An EC2 launch template for an EKS managed node group.

    It sets no AMI, user data, key pair or instance profile: EKS picks the AMI from the node group's
    AMI type and merges its own bootstrap, and a template with an instance profile or a key pair is
    rejected by managed node groups
    (https://docs.aws.amazon.com/eks/latest/userguide/launch-templates.html).
    """

    def __init__(
        self,
        scope: Construct,
        construct_id: str,
        *,
        ami_type: str,
        disk_size_gib: int,
        volume_key: kms.IKey,
        security_group_ids: list[str],
        imds_hop_limit: int,
        efa_interfaces: int = 0,
        placement_group: str | None = None,
    ) -> None:
        """`security_group_ids` replaces the EKS default: it must include the cluster security group.

        `imds_hop_limit` is 1 unless the cluster runs kube2iam (see `ClusterStack`). `efa_interfaces` (default 0):
        one Elastic Fabric Adapter per network card, the security groups then sit on the interfaces.
        `placement_group` (default none): the cluster placement group EFA nodes share.
        """
        super().__init__(scope, construct_id)
        if imds_hop_limit not in (1, 2):
            raise ValueError(f"imds_hop_limit={imds_hop_limit} must be 1 (pods cannot reach IMDS) or 2 (kube2iam mode)")

        def volume(device: str, size: int | None) -> ec2.CfnLaunchTemplate.BlockDeviceMappingProperty:
            return ec2.CfnLaunchTemplate.BlockDeviceMappingProperty(
                device_name=device,
                ebs=ec2.CfnLaunchTemplate.EbsProperty(
                    volume_type="gp3",
                    volume_size=size,
                    encrypted=True,
                    kms_key_id=volume_key.key_arn,
                    delete_on_termination=True,
                ),
            )

        if ami_type.startswith(BOTTLEROCKET_PREFIX):
            # Bottlerocket boots from a small read-only OS volume (/dev/xvda, sized by its snapshot) and
            # keeps images and pod data on /dev/xvdb: the configured size belongs to the data volume.
            # https://bottlerocket.dev/en/os/latest/#/concepts/bottlerocket-security-features/
            devices = [volume("/dev/xvda", None), volume("/dev/xvdb", disk_size_gib)]
        else:
            devices = [volume("/dev/xvda", disk_size_gib)]

        self.resource = ec2.CfnLaunchTemplate(
            self,
            "Resource",
            launch_template_data=ec2.CfnLaunchTemplate.LaunchTemplateDataProperty(
                block_device_mappings=devices,
                metadata_options=ec2.CfnLaunchTemplate.MetadataOptionsProperty(
                    http_endpoint="enabled",
                    http_tokens="required",
                    http_put_response_hop_limit=imds_hop_limit,
                ),
                security_group_ids=None if efa_interfaces else security_group_ids,
                network_interfaces=efa_network_interfaces(efa_interfaces, security_group_ids) if efa_interfaces else None,
                placement=ec2.CfnLaunchTemplate.PlacementProperty(group_name=placement_group) if placement_group else None,
                monitoring=ec2.CfnLaunchTemplate.MonitoringProperty(enabled=True),
                tag_specifications=[
                    ec2.CfnLaunchTemplate.TagSpecificationProperty(
                        resource_type="instance",
                        tags=[{"key": "Name", "value": construct_id}],
                    )
                ],
            ),
        )
        self.launch_template_id = self.resource.ref
        self.version = self.resource.attr_latest_version_number
