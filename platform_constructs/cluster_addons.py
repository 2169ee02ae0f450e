"""EKS managed add-ons, pinned per Kubernetes version, with their IAM roles through Pod Identity."""

from __future__ import annotations

import json
from collections.abc import Mapping

from aws_cdk import aws_eks_v2 as eks
from constructs import Construct

from platform_constructs.addon_versions import ADDON_VERSIONS, ADDONS
from platform_constructs.workload_identity import ComponentIdentity

__all__ = ["ADDON_IDENTITIES", "ADDON_VERSIONS", "ClusterAddons", "METRICS_ADDON", "NODE_PREREQUISITES"]

# Add-on -> the identity (in WorkloadIdentity) whose role it binds to its service account.
ADDON_IDENTITIES: dict[str, str] = {"vpc-cni": "vpc-cni", "aws-ebs-csi-driver": "ebs-csi", "aws-fsx-csi-driver": "fsx-csi"}

# Add-ons a node needs before it can become Ready, so the node groups wait for them (they are DaemonSets and
# become ACTIVE on a cluster without nodes). aws-node (vpc-cni) calls EC2 from the node's first minute to give
# pods addresses; its credentials come from the Pod Identity association the add-on creates with itself, which
# the Pod Identity webhook reads when the aws-node pod is created, so the association must exist before the first
# node joins, and the agent that serves those credentials must be scheduled there too. The node role therefore
# carries no AmazonEKS_CNI_Policy. kube-proxy programs the `kubernetes` Service address aws-node reaches the API on.
# https://docs.aws.amazon.com/eks/latest/userguide/cni-iam-role.html
# https://docs.aws.amazon.com/eks/latest/userguide/pod-id-how-it-works.html
NODE_PREREQUISITES: tuple[str, ...] = ("eks-pod-identity-agent", "vpc-cni", "kube-proxy")

# NetworkPolicy enforcement by the VPC CNI's network policy agent (eBPF); the charts' default-deny
# policies are only enforced with it on. https://docs.aws.amazon.com/eks/latest/userguide/cni-network-policy.html
VPC_CNI_CONFIGURATION = {"enableNetworkPolicy": "true"}

# metrics-server serves the resource metrics API (APIService v1beta1.metrics.k8s.io) that `kubectl top` and every
# HorizontalPodAutoscaler with Resource metrics read (the Seldon models' hpaSpec). It runs in kube-system, which the
# platform gives no default-deny NetworkPolicy, so the API server reaches it and it reaches every kubelet on 10250;
# the cluster security group every node carries admits both. Nothing waits on the APIService: no manifest the
# platform applies is served or admitted by metrics.k8s.io (an APIService is no webhook), and an HPA created before
# the metrics are served only reports FailedGetResourceMetric until its next sync. CloudFormation finishes the add-on
# once EKS reports it ACTIVE, before the delivery stack applies any chart.
# https://github.com/kubernetes-sigs/metrics-server#requirements
METRICS_ADDON = "metrics-server"


class ClusterAddons(Construct):
    """VPC CNI (network policy on), CoreDNS, kube-proxy, Pod Identity agent, EBS CSI, FSx CSI and metrics-server."""

    def __init__(
        self,
        scope: Construct,
        construct_id: str,
        *,
        cluster: eks.ICluster,
        kubernetes_version: str,
        identities: Mapping[str, ComponentIdentity],
        after: list[Construct],
    ) -> None:
        """`after`: constructs the add-ons that run Deployments wait for (the node groups: CoreDNS and the CSI
        controllers need nodes). The node groups must in turn wait for `node_prerequisites`."""
        super().__init__(scope, construct_id)
        if kubernetes_version not in ADDON_VERSIONS:
            raise ValueError(f"kubernetes_version={kubernetes_version!r} has no pinned add-on versions (have {sorted(ADDON_VERSIONS)})")
        versions = ADDON_VERSIONS[kubernetes_version]
        self.addons: dict[str, eks.CfnAddon] = {}
        agent = self._addon("eks-pod-identity-agent", cluster, versions, identities, after=[])
        for name in (a for a in ADDONS if a != "eks-pod-identity-agent"):
            # Roles are bound through Pod Identity: the agent must be there before the first pod asks.
            self._addon(name, cluster, versions, identities, after=[agent, *([] if name in NODE_PREREQUISITES else after)])
        self.node_prerequisites: list[eks.CfnAddon] = [self.addons[name] for name in NODE_PREREQUISITES]
        """The add-ons (with their Pod Identity associations) every node group must depend on."""

    def _addon(
        self,
        name: str,
        cluster: eks.ICluster,
        versions: Mapping[str, str],
        identities: Mapping[str, ComponentIdentity],
        *,
        after: list[Construct],
    ) -> eks.CfnAddon:
        identity = identities.get(ADDON_IDENTITIES.get(name, ""))
        addon = eks.CfnAddon(
            self,
            "".join(p.capitalize() for p in name.split("-")),
            cluster_name=cluster.cluster_name,
            addon_name=name,
            addon_version=versions[name],
            resolve_conflicts="OVERWRITE",
            configuration_values=json.dumps(VPC_CNI_CONFIGURATION) if name == "vpc-cni" else None,
            pod_identity_associations=[
                eks.CfnAddon.PodIdentityAssociationProperty(role_arn=identity.role_arn, service_account=identity.service_account)
            ] if identity else None,
        )
        addon.node.add_dependency(cluster, *after)
        self.addons[name] = addon
        return addon
