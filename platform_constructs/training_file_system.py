"""FSx for Lustre (PERSISTENT_2) for shared training data, linked to an S3 prefix in both directions."""

from __future__ import annotations

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_fsx as fsx
from aws_cdk import aws_kms as kms
from aws_cdk import aws_s3 as s3
from constructs import Construct

from platform_config.data import FsxConfig

# Lustre LNET traffic: 988, and 1018-1023 for the file servers.
# https://docs.aws.amazon.com/fsx/latest/LustreGuide/limit-access-security-groups.html
LUSTRE_PORTS: tuple[ec2.Port, ...] = (ec2.Port.tcp(988), ec2.Port.tcp_range(1018, 1023))
# The rule aws-cdk's SecurityGroup itself writes inline when a group has no egress: it matches no traffic
# (no host has 255.255.255.255; ICMP type 252 code 86 does not exist), and naming any egress rule inline is
# what makes CloudFormation drop EC2's default allow-all egress. Rules held in separate
# AWS::EC2::SecurityGroupEgress resources do not: "the default rule is removed only when you specify one or
# more egress rules in the SecurityGroupEgress property"
# (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-securitygroup.html).
NO_TRAFFIC_EGRESS = {
    "CidrIp": "255.255.255.255/32", "Description": "Disallow all traffic", "IpProtocol": "icmp", "FromPort": 252, "ToPort": 86,
}
FILE_SYSTEM_PATH = "/training-data"
AUTO_EVENTS = ["NEW", "CHANGED", "DELETED"]


class TrainingFileSystem(Construct):
    """A PERSISTENT_2 file system in one private subnet, reachable only from `client_security_group`.

    The cluster's nodes must carry `client_security_group`; the file system's own group admits the Lustre ports
    from itself (file servers talk to each other; FSx refuses to create the file system otherwise) and from that
    client group, and nothing else.
    """

    def __init__(
        self,
        scope: Construct,
        construct_id: str,
        *,
        vpc: ec2.IVpc,
        fsx_config: FsxConfig,
        encryption_key: kms.IKey,
        data_bucket: s3.IBucket,
        removal_policy: cdk.RemovalPolicy,
    ) -> None:
        super().__init__(scope, construct_id)
        self.security_group = ec2.SecurityGroup(
            self, "SecurityGroup", vpc=vpc, allow_all_outbound=False,
            description="FSx for Lustre training data: Lustre ports from itself and the cluster nodes only",
        )
        self.client_security_group: ec2.ISecurityGroup = ec2.SecurityGroup(
            self, "ClientSecurityGroup", vpc=vpc, allow_all_outbound=False,
            description="Carried by cluster nodes that mount the training-data file system",
        )
        for port in LUSTRE_PORTS:
            self.security_group.add_ingress_rule(self.security_group, port, "Lustre between file servers")
            self.security_group.add_ingress_rule(self.client_security_group, port, "Lustre from cluster nodes")
            self.security_group.add_egress_rule(self.security_group, port, "Lustre between file servers")
            self.security_group.add_egress_rule(self.client_security_group, port, "Lustre to cluster nodes")
            self.client_security_group.add_egress_rule(self.security_group, port, "Lustre to the file system")
            self.client_security_group.add_ingress_rule(self.security_group, port, "Lustre from the file system")
        # aws-cdk drops its no-traffic placeholder once any egress rule is added, but rules between security
        # groups become separate resources, which leaves EC2's allow-all egress in place: put the placeholder back.
        for group in (self.security_group, self.client_security_group):
            group.node.default_child.add_property_override("SecurityGroupEgress", [NO_TRAFFIC_EGRESS])
        self.rules: list[cdk.CfnResource] = [
            node
            for group in (self.security_group, self.client_security_group)
            for node in group.node.find_all()
            if isinstance(node, (ec2.CfnSecurityGroupIngress, ec2.CfnSecurityGroupEgress))
        ]
        """Every Lustre rule, standalone resources; the file system waits for all of them."""

        # Lustre file systems live in one AZ: the first private subnet.
        subnet = vpc.select_subnets(subnet_group_name="Private").subnets[0]
        backups = fsx_config.automatic_backup_retention_days
        self.file_system = fsx.LustreFileSystem(
            self,
            "FileSystem",
            vpc=vpc,
            vpc_subnet=subnet,
            # Passed immutable: the L2 would otherwise open 988-1023 to itself, wider than Lustre needs.
            security_group=ec2.SecurityGroup.from_security_group_id(
                self, "FileSystemSecurityGroup", self.security_group.security_group_id, mutable=False
            ),
            storage_capacity_gib=fsx_config.storage_capacity_gib,
            file_system_type_version=fsx.FileSystemTypeVersion.V_2_15,
            kms_key=encryption_key,
            lustre_configuration=fsx.LustreConfiguration(
                deployment_type=fsx.LustreDeploymentType.PERSISTENT_2,
                per_unit_storage_throughput=fsx_config.per_unit_storage_throughput,
                data_compression_type=fsx.LustreDataCompressionType.LZ4,
                automatic_backup_retention=cdk.Duration.days(backups),
                copy_tags_to_backups=backups > 0,
            ),
            removal_policy=removal_policy,
        )
        # FSx checks the groups' Lustre rules when it creates the file system and fails if they are missing;
        # the rules are separate resources CloudFormation would otherwise create in parallel with it.
        # https://docs.aws.amazon.com/fsx/latest/LustreGuide/limit-access-security-groups.html
        self.file_system.node.add_dependency(*self.rules)
        self.data_repository_path = f"s3://{data_bucket.bucket_name}/{fsx_config.data_repository_prefix}"
        self.data_repository_association = fsx.CfnDataRepositoryAssociation(
            self,
            "DataRepositoryAssociation",
            file_system_id=self.file_system.file_system_id,
            file_system_path=FILE_SYSTEM_PATH,
            data_repository_path=self.data_repository_path,
            batch_import_meta_data_on_create=True,
            s3=fsx.CfnDataRepositoryAssociation.S3Property(
                auto_import_policy=fsx.CfnDataRepositoryAssociation.AutoImportPolicyProperty(events=AUTO_EVENTS),
                auto_export_policy=fsx.CfnDataRepositoryAssociation.AutoExportPolicyProperty(events=AUTO_EVENTS),
            ),
        )

    @property
    def file_system_id(self) -> str:
        return self.file_system.file_system_id

    @property
    def dns_name(self) -> str:
        return self.file_system.dns_name

    @property
    def mount_name(self) -> str:
        return self.file_system.mount_name
