"""Storage: the gp3 EBS StorageClass for stateful services (encrypted with the data key), and the FSx training volume.

The FSx file system is created by the data stack and linked to S3; here it is bound statically (a PV
naming the file system, one per training namespace, each claimed by that namespace's PVC) because the
CSI driver's dynamic provisioning would create a second, unlinked file system.
https://github.com/kubernetes-sigs/aws-fsx-csi-driver/tree/master/examples/kubernetes/static_provisioning
"""

from __future__ import annotations

from dataclasses import dataclass

from constructs import Construct

from k8s_charts.base import IdentityMode, PlatformChart
from k8s_charts.props import ClusterServicesProps, FsxRef

GP3_STORAGE_CLASS = "gp3-encrypted"
DEFAULT_CLASS_ANNOTATION = "storageclass.kubernetes.io/is-default-class"
FSX_STORAGE_CLASS = "fsx-lustre-static"
FSX_CLAIM = "training-data"


@dataclass(frozen=True, kw_only=True)
class StorageProps:
    kubernetes_version: str
    identity_mode: IdentityMode
    fsx: FsxRef | None
    training_namespaces: tuple[str, ...]
    # The KMS key every volume of the gp3 class is encrypted with: the platform's data key (the CSI driver's role may
    # use it, and only it). Without `kmsKeyId` EBS would use the account's AWS-managed aws/ebs key.
    ebs_kms_key_arn: str

    @classmethod
    def from_cluster(cls, props: ClusterServicesProps) -> "StorageProps":
        return cls(kubernetes_version=props.kubernetes_version, identity_mode=props.identity_mode, fsx=props.fsx,
                   training_namespaces=props.training_namespaces, ebs_kms_key_arn=props.data_key_arn)


class StorageChart(PlatformChart):
    """StorageClasses, the static FSx PersistentVolumes and the training namespaces' claims."""

    def __init__(self, scope: Construct, construct_id: str, *, props: StorageProps) -> None:
        super().__init__(scope, construct_id, component="storage", version="1",
                         kubernetes_version=props.kubernetes_version, identity_mode=props.identity_mode)
        if not props.ebs_kms_key_arn:
            raise ValueError(f"ebs_kms_key_arn={props.ebs_kms_key_arn!r}: the gp3 StorageClass needs the data key's ARN")
        # A StorageClass's parameters are immutable: a cluster that has this class with other parameters must delete
        # it before the apply (bound volumes keep their key); scripts/review.py reports such a change as blocking.
        gp3_parameters = {"type": "gp3", "encrypted": "true", "csi.storage.k8s.io/fstype": "ext4",
                          "kmsKeyId": props.ebs_kms_key_arn}
        # The cluster's default class (a mutable annotation): EKS clusters from 1.30 have none, so a claim that names
        # no class (a pipeline's volume, a user's own PVC) would stay Pending; with this it gets the data key.
        # https://docs.aws.amazon.com/eks/latest/userguide/ebs-csi.html
        self.api("StorageClass-gp3", api_version="storage.k8s.io/v1", kind="StorageClass", name=GP3_STORAGE_CLASS,
                 annotations={DEFAULT_CLASS_ANNOTATION: "true"}, provisioner="ebs.csi.aws.com", parameters=gp3_parameters,
                 reclaimPolicy="Retain",
                 allowVolumeExpansion=True, volumeBindingMode="WaitForFirstConsumer")
        if props.fsx is None:
            return
        self.api("StorageClass-fsx", api_version="storage.k8s.io/v1", kind="StorageClass", name=FSX_STORAGE_CLASS,
                 provisioner="fsx.csi.aws.com", reclaimPolicy="Retain", volumeBindingMode="Immediate")
        for namespace in props.training_namespaces:
            self.platform_namespace(namespace)
            # Training pods reach the Lustre servers (988 and 1018-1023) in the VPC.
            self.network_policy("allow-fsx-lustre", namespace=namespace, pod_selector={}, policy_types=["Egress"],
                                egress=[{"ports": [{"protocol": "TCP", "port": 988},
                                                   {"protocol": "TCP", "port": 1018, "endPort": 1023}]}])
            volume_name = f"fsx-{namespace}"
            self.api(f"PersistentVolume-{namespace}", api_version="v1", kind="PersistentVolume", name=volume_name, spec={
                "capacity": {"storage": f"{props.fsx.storage_capacity_gib}Gi"},
                "volumeMode": "Filesystem",
                "accessModes": ["ReadWriteMany"],
                "persistentVolumeReclaimPolicy": "Retain",
                "storageClassName": FSX_STORAGE_CLASS,
                "mountOptions": ["flock"],
                "claimRef": {"namespace": namespace, "name": FSX_CLAIM},
                "csi": {
                    "driver": "fsx.csi.aws.com",
                    "volumeHandle": props.fsx.file_system_id,
                    "volumeAttributes": {"dnsname": props.fsx.dns_name, "mountname": props.fsx.mount_name},
                },
            })
            self.api(f"PersistentVolumeClaim-{namespace}", api_version="v1", kind="PersistentVolumeClaim", name=FSX_CLAIM,
                     namespace=namespace, spec={
                         "accessModes": ["ReadWriteMany"],
                         "storageClassName": FSX_STORAGE_CLASS,
                         "volumeName": volume_name,
                         "resources": {"requests": {"storage": f"{props.fsx.storage_capacity_gib}Gi"}},
                     })
