"""EKS managed add-on versions pinned per Kubernetes minor version, with where each pin was confirmed.

Refresh deliberately, one Kubernetes version at a time, from the AWS pages below or from
  aws eks describe-addon-versions --kubernetes-version <v> --addon-name <name>
and keep every accepted version (platform_config.aws_limits.SUPPORTED_KUBERNETES_VERSIONS) covered: a test
holds every row complete and every pin either equal to its page's row (SOURCES) or listed in UNCONFIRMED.
"""

from __future__ import annotations

from dataclasses import dataclass, field

ADDONS: tuple[str, ...] = (
    "eks-pod-identity-agent", "vpc-cni", "kube-proxy", "coredns", "aws-ebs-csi-driver", "aws-fsx-csi-driver",
    "metrics-server",
)


@dataclass(frozen=True)
class AddonVersionSource:
    """Where an add-on's versions per Kubernetes version are published, and what that page gave us."""

    page: str | None
    """AWS page with a "latest version per Kubernetes version" table; None when AWS publishes none."""
    note: str
    published: dict[str, str] = field(default_factory=dict)
    """The page's rows for the accepted Kubernetes versions: Kubernetes version -> add-on version."""


SOURCES: dict[str, AddonVersionSource] = {
    "coredns": AddonVersionSource(
        "https://docs.aws.amazon.com/eks/latest/userguide/managing-coredns.html#coredns-versions",
        "Rows 1.34-1.36 as published in the edition of the page that lists 1.30-1.36 (the Japanese one, "
        "managing-coredns.md); an earlier edition listed v1.13.2-eksbuild.4 for both 1.34 and 1.35.",
        {"1.34": "v1.13.2-eksbuild.11", "1.35": "v1.14.3-eksbuild.3", "1.36": "v1.14.3-eksbuild.3"},
    ),
    "kube-proxy": AddonVersionSource(
        "https://docs.aws.amazon.com/eks/latest/userguide/managing-kube-proxy.html#kube-proxy-versions",
        "Rows 1.34-1.36 as published in the edition of the page that lists 1.31-1.36 (the Japanese one, "
        "managing-kube-proxy.md). kube-proxy's minor version is the cluster's.",
        {"1.34": "v1.34.6-eksbuild.13", "1.35": "v1.35.3-eksbuild.13", "1.36": "v1.36.0-eksbuild.14"},
    ),
    "vpc-cni": AddonVersionSource(
        "https://docs.aws.amazon.com/eks/latest/userguide/managing-vpc-cni.html#vpc-cni-latest-available-version",
        "The editions of the page available here stop at Kubernetes 1.33 (v1.20.1-eksbuild.3 for every version); "
        "no row for 1.34-1.36 was found.",
    ),
    "eks-pod-identity-agent": AddonVersionSource(
        None, "AWS publishes no version table (https://docs.aws.amazon.com/eks/latest/userguide/pod-id-agent-setup.html).",
    ),
    "aws-ebs-csi-driver": AddonVersionSource(
        None, "AWS publishes no version table (https://docs.aws.amazon.com/eks/latest/userguide/ebs-csi.html).",
    ),
    "aws-fsx-csi-driver": AddonVersionSource(
        None, "AWS publishes no version table (https://docs.aws.amazon.com/eks/latest/userguide/fsx-csi.html).",
    ),
    "metrics-server": AddonVersionSource(
        None,
        "Community add-on (owner: community): name metrics-server, namespace kube-system, no service account or IAM "
        "policy (awsdocs/amazon-eks-user-guide latest/ug/workloads/community-addons.adoc); AWS publishes no version "
        "table, and its build listens on 10251 instead of 10250 (https://docs.aws.amazon.com/eks/latest/userguide/metrics-server.html).",
    ),
}

ADDON_VERSIONS: dict[str, dict[str, str]] = {
    "1.34": {
        "vpc-cni": "v1.21.1-eksbuild.5",  # unconfirmed, see UNCONFIRMED
        "coredns": "v1.13.2-eksbuild.11",
        "kube-proxy": "v1.34.6-eksbuild.13",
        "eks-pod-identity-agent": "v1.3.10-eksbuild.2",  # unconfirmed
        "aws-ebs-csi-driver": "v1.57.1-eksbuild.1",  # unconfirmed
        "aws-fsx-csi-driver": "v1.7.0-eksbuild.1",  # unconfirmed
        "metrics-server": "v0.8.0-eksbuild.1",  # unconfirmed
    },
    "1.35": {
        "vpc-cni": "v1.21.1-eksbuild.5",  # unconfirmed
        "coredns": "v1.14.3-eksbuild.3",
        "kube-proxy": "v1.35.3-eksbuild.13",
        "eks-pod-identity-agent": "v1.3.10-eksbuild.2",  # unconfirmed
        "aws-ebs-csi-driver": "v1.57.1-eksbuild.1",  # unconfirmed
        "aws-fsx-csi-driver": "v1.7.0-eksbuild.1",  # unconfirmed
        "metrics-server": "v0.8.0-eksbuild.1",  # unconfirmed
    },
    "1.36": {
        "vpc-cni": "v1.22.3-eksbuild.1",  # unconfirmed
        "coredns": "v1.14.3-eksbuild.3",
        "kube-proxy": "v1.36.0-eksbuild.14",
        "eks-pod-identity-agent": "v1.3.10-eksbuild.3",  # unconfirmed
        "aws-ebs-csi-driver": "v1.63.1-eksbuild.1",  # unconfirmed
        "aws-fsx-csi-driver": "v1.7.0-eksbuild.1",  # unconfirmed
        "metrics-server": "v0.8.0-eksbuild.1",  # unconfirmed
    },
}

# Pins no AWS page confirms for that Kubernetes version: kept from the previous table, to be checked with
# `aws eks describe-addon-versions --kubernetes-version <v> --addon-name <name>` before the first deploy.
UNCONFIRMED: frozenset[tuple[str, str]] = frozenset(
    (version, addon)
    for version in ADDON_VERSIONS
    for addon in ("vpc-cni", "eks-pod-identity-agent", "aws-ebs-csi-driver", "aws-fsx-csi-driver", "metrics-server")
)
