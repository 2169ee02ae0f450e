"""Operability on the Cluster stack: the container log group, its saved query and the writer's least privilege;
metrics-server; EFA on the GPU node groups that support it. Every shipped environment in both identity modes."""

from __future__ import annotations

import json

import pytest

from k8s_charts.container_logs import container_log_group_name
from platform_constructs.cluster_addons import METRICS_ADDON
from tests.stacks.test_cluster_stack import cluster  # noqa: F401  (fixture)
from tests.support.efa_facts import efa_devices, layout_violations, load_efa_facts

EFA_FACTS = load_efa_facts()


def _container_log_group(cluster):
    groups = {k: v["Properties"] for k, v in cluster.resources("AWS::Logs::LogGroup").items() if k.startswith("ContainerLogs")}
    assert len(groups) == 1, groups
    return next(iter(groups.items()))


def test_container_log_group_is_created_by_cdk_encrypted_with_the_logs_key_and_retained_as_configured(cluster):
    logical, props = _container_log_group(cluster)
    assert props["LogGroupName"] == container_log_group_name(cluster.stack.cluster_name)
    assert props["RetentionInDays"] == cluster.config.cluster.container_log_retention_days
    assert "LogsKey" in json.dumps(props["KmsKeyId"])
    resource = cluster.template_json["Resources"][logical]
    expected = "Delete" if cluster.config.removal_policy == "destroy" else "Retain"
    assert resource["DeletionPolicy"] == expected


def test_saved_query_finds_errors_of_one_namespace_in_the_container_logs(cluster):
    logical, _ = _container_log_group(cluster)
    (query,) = [r["Properties"] for r in cluster.resources("AWS::Logs::QueryDefinition").values()]
    assert query["Name"] == f"{cluster.stack.cluster_name}/errors-of-one-namespace"
    assert query["LogGroupNames"] == [{"Ref": logical}]
    assert 'filter kubernetes.namespace_name = "' in query["QueryString"]
    assert "error" in query["QueryString"]


def test_log_writer_may_only_create_streams_and_put_events_in_that_group(cluster):
    logical, _ = _container_log_group(cluster)
    identity = cluster.stack.identities["container-logs"]
    assert (identity.namespace, identity.service_account) == ("logging", "fluent-bit")
    role_logical = cluster.stack.get_logical_id(identity.role.node.default_child)
    arns = cluster.template_json["Resources"][role_logical]["Properties"]["ManagedPolicyArns"]
    assert all(isinstance(a, dict) and "Ref" in a for a in arns), "no AWS managed policy on the log writer"
    statements = [s for a in arns for s in cluster.template_json["Resources"][a["Ref"]]["Properties"]["PolicyDocument"]["Statement"]]
    assert statements == [{
        "Action": ["logs:CreateLogStream", "logs:DescribeLogStreams", "logs:PutLogEvents"], "Effect": "Allow",
        "Resource": {"Fn::GetAtt": [logical, "Arn"]},
    }]
    # Nothing in the stack lets a workload create log groups: CDK made this one.
    for name, other in cluster.stack.identities.items():
        assert "logs:CreateLogGroup" not in json.dumps(cluster.stack.resolve(other.role.node.default_child.managed_policy_arns)), name


def test_metrics_server_addon_runs_without_an_aws_identity(cluster):
    (addon,) = [a["Properties"] for a in cluster.resources("AWS::EKS::Addon").values() if a["Properties"]["AddonName"] == METRICS_ADDON]
    assert "PodIdentityAssociations" not in addon and "ServiceAccountRoleArn" not in addon


def _gpu_groups(cluster):
    out = {}
    for props in (r["Properties"] for r in cluster.resources("AWS::EKS::Nodegroup").values()):
        if props["NodegroupName"] == "system":
            continue
        template = cluster.template_json["Resources"][props["LaunchTemplate"]["Id"]["Ref"]]["Properties"]["LaunchTemplateData"]
        out[props["NodegroupName"]] = (props, template)
    return out


def test_efa_groups_get_one_efa_per_network_card_a_cluster_placement_group_and_one_subnet(cluster):
    configs = {g.name: g for g in cluster.config.cluster.gpu_node_groups}
    efa_sg = [k for k in cluster.resources("AWS::EC2::SecurityGroup") if k.startswith("EfaSecurityGroup")]
    placement = cluster.resources("AWS::EC2::PlacementGroup")
    assert len(efa_sg) == (1 if any(g.efa_interfaces for g in configs.values()) else 0)
    assert len(placement) == sum(1 for g in configs.values() if g.efa_interfaces)
    for name, (group, template) in _gpu_groups(cluster).items():
        count = configs[name].efa_interfaces
        if not count:
            assert "NetworkInterfaces" not in template and "Placement" not in template, name
            assert len(group["Subnets"]) > 1, name
            continue
        # The interfaces against the EC2/EKS rules (tests/upstream_facts/aws/efa.yaml): the primary on card 0, one
        # EFA per card, the groups (cluster, FSx client, EFA) on every interface, no subnet, the documented count.
        fsx_group = json.dumps(cluster.stack.resolve(cluster.stack.fsx_client_security_group_id), sort_keys=True)
        assert layout_violations(
            template, instance_types=group["InstanceTypes"], facts=EFA_FACTS,
            required_groups=["ClusterSecurityGroupId", fsx_group, json.dumps(efa_sg[0])],
        ) == [], name
        assert efa_devices(template["NetworkInterfaces"]) == count
        (pg_logical,) = [k for k in placement if template["Placement"]["GroupName"] == {"Ref": k}]
        assert placement[pg_logical]["Properties"]["Strategy"] == "cluster"
        assert len(group["Subnets"]) == 1  # a cluster placement group lives in one AZ
        assert group["Tags"]["k8s.io/cluster-autoscaler/node-template/resources/vpc.amazonaws.com/efa"] == str(count)


def test_efa_security_group_admits_all_traffic_between_its_members_only(cluster):
    groups = {k: v["Properties"] for k, v in cluster.resources("AWS::EC2::SecurityGroup").items() if k.startswith("EfaSecurityGroup")}
    if not groups:
        pytest.skip(f"{cluster.config.environment} has no EFA node group")
    ((logical, props),) = groups.items()
    self_ref = {"Fn::GetAtt": [logical, "GroupId"]}
    ingress = [r["Properties"] for r in cluster.resources("AWS::EC2::SecurityGroupIngress").values() if r["Properties"]["GroupId"] == self_ref]
    egress = [r["Properties"] for r in cluster.resources("AWS::EC2::SecurityGroupEgress").values() if r["Properties"]["GroupId"] == self_ref]
    inline_egress = props.get("SecurityGroupEgress", [])
    assert [(r["IpProtocol"], r["SourceSecurityGroupId"]) for r in ingress] == [("-1", self_ref)]
    assert [(r["IpProtocol"], r["DestinationSecurityGroupId"]) for r in egress] == [("-1", self_ref)]
    assert all("CidrIp" not in r or r["CidrIp"] == "255.255.255.255/32" for r in inline_egress), inline_egress
