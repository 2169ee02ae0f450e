"""Cluster constructs on their own: launch templates, autoscaler tags, add-on pins, identity helpers."""

from __future__ import annotations

import re

import aws_cdk as cdk
import pytest
from aws_cdk import aws_eks_v2 as eks
from aws_cdk import aws_kms as kms
from aws_cdk.assertions import Template

from platform_config.aws_limits import SUPPORTED_KUBERNETES_VERSIONS
from platform_constructs.autoscaler_tags import autoscaler_tags
from platform_constructs.addon_versions import ADDONS, SOURCES, UNCONFIRMED
from platform_constructs.cluster_addons import ADDON_IDENTITIES, ADDON_VERSIONS, ClusterAddons
from platform_constructs.node_launch_template import NodeLaunchTemplate
from platform_constructs.platform_cluster import KUBECTL_LAYERS, access_policy_arn
from platform_constructs.wildcard_acknowledgment import flatten_cfn_reference
from platform_constructs.workload_identity import ComponentIdentity
from stacks.cluster_stack import imds_hop_limit


def _launch_template(ami_type: str, hop: int = 1) -> dict:
    stack = cdk.Stack(cdk.App(), "S", env=cdk.Environment(account="111111111111", region="eu-west-1"))
    NodeLaunchTemplate(
        stack, "Lt", ami_type=ami_type, disk_size_gib=80, volume_key=kms.Key(stack, "K"),
        security_group_ids=["sg-1", "sg-2"], imds_hop_limit=hop,
    )
    (lt,) = Template.from_stack(stack).find_resources("AWS::EC2::LaunchTemplate").values()
    return lt["Properties"]["LaunchTemplateData"]


def test_al2023_sizes_the_root_volume():
    devices = _launch_template("AL2023_x86_64_NVIDIA")["BlockDeviceMappings"]
    assert [(d["DeviceName"], d["Ebs"].get("VolumeSize")) for d in devices] == [("/dev/xvda", 80)]


def test_bottlerocket_sizes_the_data_volume_and_encrypts_both():
    devices = _launch_template("BOTTLEROCKET_x86_64_NVIDIA")["BlockDeviceMappings"]
    assert [(d["DeviceName"], d["Ebs"].get("VolumeSize")) for d in devices] == [("/dev/xvda", None), ("/dev/xvdb", 80)]
    assert all(d["Ebs"]["Encrypted"] and d["Ebs"]["VolumeType"] == "gp3" for d in devices)


@pytest.mark.parametrize("hop", [0, 3])
def test_launch_template_rejects_hop_limits_other_than_1_or_2(hop):
    with pytest.raises(ValueError, match=f"imds_hop_limit={hop}"):
        _launch_template("AL2023_x86_64_STANDARD", hop)


def test_hop_limit_is_1_unless_kube2iam():
    assert imds_hop_limit("pod-identity") == 1
    assert imds_hop_limit("kube2iam") == 2


def test_autoscaler_tags_describe_a_node_from_zero():
    tags = autoscaler_tags(
        cluster_name="c", labels={"a/b": "x"}, taints=[("nvidia.com/gpu", "true", "NoSchedule")], resources={"nvidia.com/gpu": "8"}
    )
    assert tags == {
        "k8s.io/cluster-autoscaler/enabled": "true",
        "k8s.io/cluster-autoscaler/c": "owned",
        "k8s.io/cluster-autoscaler/node-template/label/a/b": "x",
        "k8s.io/cluster-autoscaler/node-template/taint/nvidia.com/gpu": "true:NoSchedule",
        "k8s.io/cluster-autoscaler/node-template/resources/nvidia.com/gpu": "8",
    }


def test_every_supported_version_has_pinned_addons_and_a_kubectl_layer():
    names = set(ADDON_VERSIONS[SUPPORTED_KUBERNETES_VERSIONS[0]])
    for version in SUPPORTED_KUBERNETES_VERSIONS:
        assert set(ADDON_VERSIONS[version]) == names, version
        assert all(v.startswith("v") and "-eksbuild." in v for v in ADDON_VERSIONS[version].values()), version
        assert version in KUBECTL_LAYERS
    assert ADDON_VERSIONS["1.35"]["kube-proxy"].startswith("v1.35.")
    assert set(ADDON_IDENTITIES) <= names


@pytest.mark.parametrize("version", SUPPORTED_KUBERNETES_VERSIONS)
def test_each_accepted_kubernetes_version_has_a_complete_sourced_row_of_addon_pins(version):
    row = ADDON_VERSIONS[version]
    assert set(row) == set(ADDONS) == set(SOURCES)
    for addon, pin in row.items():
        assert re.fullmatch(r"v\d+\.\d+\.\d+-eksbuild\.\d+", pin), (addon, pin)
        # A pin is the row its add-on's AWS page publishes for this version, or listed as unconfirmed.
        published = SOURCES[addon].published.get(version)
        if (version, addon) in UNCONFIRMED:
            assert published is None, f"{addon} {version}: the page publishes {published}, pin that"
        else:
            assert pin == published, (addon, version, pin, published)
    # kube-proxy's minor version is the cluster's; a row copied from another version gets caught here.
    assert row["kube-proxy"].startswith(f"v{version}."), row["kube-proxy"]
    assert set(UNCONFIRMED) <= {(v, a) for v in ADDON_VERSIONS for a in ADDONS}


@pytest.mark.parametrize("version", SUPPORTED_KUBERNETES_VERSIONS)
def test_synthesized_addons_use_the_row_of_the_clusters_kubernetes_version(version):
    stack = cdk.Stack(cdk.App(), "S", env=cdk.Environment(account="111111111111", region="eu-west-1"))
    cluster = eks.Cluster.from_cluster_attributes(stack, "Cluster", cluster_name="c")
    ClusterAddons(stack, "Addons", cluster=cluster, kubernetes_version=version, identities={}, after=[])
    addons = Template.from_stack(stack).find_resources("AWS::EKS::Addon").values()
    assert {a["Properties"]["AddonName"]: a["Properties"]["AddonVersion"] for a in addons} == ADDON_VERSIONS[version]


def test_addons_refuse_a_kubernetes_version_without_a_row():
    stack = cdk.Stack(cdk.App(), "S")
    cluster = eks.Cluster.from_cluster_attributes(stack, "Cluster", cluster_name="c")
    with pytest.raises(ValueError, match="kubernetes_version='1.33' has no pinned add-on versions"):
        ClusterAddons(stack, "Addons", cluster=cluster, kubernetes_version="1.33", identities={}, after=[])


def test_access_policy_names_become_arns():
    assert access_policy_arn("AmazonEKSViewPolicy") == "arn:aws:eks::aws:cluster-access-policy/AmazonEKSViewPolicy"
    arn = "arn:aws-us-gov:eks::aws:cluster-access-policy/AmazonEKSAdminPolicy"
    assert access_policy_arn(arn) == arn


@pytest.mark.parametrize(
    ("reference", "flat"),
    [
        ("arn:aws:s3:::b/*", "arn:aws:s3:::b/*"),
        ({"Fn::Join": ["", [{"Fn::GetAtt": ["Bucket1", "Arn"]}, "/*"]]}, "<Bucket1.Arn>/*"),
        ({"Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"}, ":s3:::x/*"]]}, "arn:<AWS::Partition>:s3:::x/*"),
        ({"Fn::Join": ["", [{"Fn::ImportValue": "data:BucketArn"}, "/*"]]}, "data:BucketArn/*"),
        ({"Fn::Sub": "arn:${AWS::Partition}:s3:::y/*"}, "arn:<AWS::Partition>:s3:::y/*"),
    ],
)
def test_wildcard_findings_are_named_like_cdk_nag_names_them(reference, flat):
    assert flatten_cfn_reference(reference) == flat


def test_kube2iam_identities_carry_the_role_annotation_and_addons_never_do():
    stack = cdk.Stack()
    role = cdk.aws_iam.Role(stack, "R", assumed_by=cdk.aws_iam.AccountRootPrincipal())
    chart = ComponentIdentity("serving", "serving", "model-serving", role, mode="kube2iam")
    addon = ComponentIdentity("ebs-csi", "kube-system", "ebs-csi-controller-sa", role, addon="aws-ebs-csi-driver", mode="kube2iam")
    default = ComponentIdentity("serving", "serving", "model-serving", role)
    assert chart.pod_annotations == {"iam.amazonaws.com/role": role.role_arn}
    assert addon.pod_annotations == {} and default.pod_annotations == {}
    with pytest.raises(Exception):
        chart.name = "other"  # type: ignore[misc]


def test_wildcard_acknowledgment_covers_resources_only(tmp_path):
    from aws_cdk import aws_iam as iam

    from platform_constructs.compliance import add_compliance_checks, unacknowledged_findings
    from platform_constructs.wildcard_acknowledgment import acknowledge_wildcard_resources
    from tests.support.synth import CDK_CONTEXT

    app = cdk.App(outdir=str(tmp_path), context=CDK_CONTEXT)
    stack = cdk.Stack(app, "S", env=cdk.Environment(account="111111111111", region="eu-west-1"))
    policy = iam.ManagedPolicy(stack, "P", statements=[
        iam.PolicyStatement(actions=["s3:GetObject"], resources=["arn:aws:s3:::b/*"]),
        iam.PolicyStatement(actions=["s3:Put*"], resources=["arn:aws:s3:::c/key"]),
    ])
    iam.Role(stack, "R", assumed_by=iam.AccountRootPrincipal(), managed_policies=[policy])
    acknowledge_wildcard_resources(policy, "Object actions need the bucket-ARN/* resource")
    add_compliance_checks(app)
    with pytest.raises(RuntimeError, match="ValidationFailed"):
        app.synth()
    iam5 = [f for f in unacknowledged_findings(str(tmp_path)) if "AwsSolutions-IAM5" in f]
    assert iam5 and all("Action::s3:Put*" in f for f in iam5)
