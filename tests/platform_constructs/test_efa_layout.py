"""EFA node groups against the AWS facts (tests/upstream_facts/aws/efa.yaml): the EFA count per instance type, and
the network interfaces of the launch template a GPU node group synthesizes for every EFA-capable instance type the
config accepts. A layout EC2 or EKS refuses would only show when the node group is first created."""

from __future__ import annotations

import copy
import re

import aws_cdk as cdk
import pytest
from aws_cdk import aws_eks_v2 as eks
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk.assertions import Template

from platform_config.aws_limits import GPU_INSTANCE_FAMILIES
from platform_config.cluster import GpuNodeGroupConfig, instance_family
from platform_config.gpu_instances import GPU_INSTANCE_SPECS
from platform_constructs.addon_versions import ADDON_VERSIONS
from platform_constructs.gpu_node_group import GpuNodeGroup
from tests.support.efa_facts import EfaFacts, layout_violations, load_efa_facts

FACTS = load_efa_facts()
GROUPS = ["sg-0c1c1c1c1c1c1c1c1", "sg-0f5f5f5f5f5f5f5f5"]  # cluster + FSx client, as ClusterStack passes them
EFA_GROUP = "sg-0efaefaefaefaefa0"
EFA_TYPES = sorted(t for t, s in GPU_INSTANCE_SPECS.items() if s.efa_interfaces)
# Same size (192 vCPU, 2 TiB, 8 GPUs), different EFA counts (32, 16): the group takes the smaller.
MIXED = ("p5.48xlarge", "p5en.48xlarge")


def test_every_gpu_instance_type_has_the_documented_efa_count():
    assert set(GPU_INSTANCE_SPECS) <= set(FACTS.instance_types), "a GPU instance type without an EFA fact"
    wrong = {t: (s.efa_interfaces, FACTS.instance_types[t].max_efa) for t, s in GPU_INSTANCE_SPECS.items()
             if s.efa_interfaces != FACTS.instance_types[t].max_efa}
    assert wrong == {}, "type: (table, MaximumEfaInterfaces)"


def test_every_efa_capable_type_of_an_accepted_family_is_in_the_table():
    # Without a row the config cannot turn EFA on for the type (efa: true is refused, unset means off).
    missing = [t for t, row in FACTS.instance_types.items()
               if row.max_efa and instance_family(t) in GPU_INSTANCE_FAMILIES and t not in GPU_INSTANCE_SPECS]
    assert missing == []


def test_multi_card_types_take_one_efa_on_every_network_card():
    # The layout puts one EFA on each card from 0 up, so the count must not exceed the cards (and uses them all).
    for name, row in FACTS.instance_types.items():
        if row.max_efa:
            assert row.max_efa == row.network_cards, name


def test_efa_only_interfaces_meet_the_pinned_vpc_cni():
    minimum = tuple(int(p) for p in FACTS.layout["minimum_vpc_cni"]["version"].split("."))
    for kubernetes, pins in ADDON_VERSIONS.items():
        pinned = tuple(int(p) for p in re.match(r"v(\d+)\.(\d+)\.(\d+)", pins["vpc-cni"]).groups())
        assert pinned >= minimum, kubernetes


def test_p5_4xlarge_can_turn_efa_on():
    group = GpuNodeGroupConfig(name="h100", instance_types=("p5.4xlarge",), gpus_per_node=1, efa=True)
    assert group.efa_interfaces == 1


def test_a_group_mixing_efa_counts_takes_the_smaller():
    assert GpuNodeGroupConfig(name="hopper", instance_types=MIXED, gpus_per_node=8).efa_interfaces == 16


@pytest.fixture(scope="module")
def templates() -> dict[str, dict]:
    """One GPU node group per EFA-capable instance type and one mixing two, synthesized in one stack:
    comma-joined instance types -> LaunchTemplateData."""
    stack = cdk.Stack(cdk.App(), "Efa", env=cdk.Environment(account="111111111111", region="eu-west-1"))
    cluster = eks.Cluster.from_cluster_attributes(stack, "Cluster", cluster_name="efa")
    role = iam.Role.from_role_arn(stack, "NodeRole", "arn:aws:iam::111111111111:role/nodes")
    key = kms.Key(stack, "Key")
    for types in [(t,) for t in EFA_TYPES] + [MIXED]:
        name = "g-" + re.sub(r"[^a-z0-9]", "-", "-".join(types))[:36]
        config = GpuNodeGroupConfig(name=name, instance_types=types, efa=True, gpus_per_node=GPU_INSTANCE_SPECS[types[0]].gpus)
        GpuNodeGroup(
            stack, name, cluster=cluster, cluster_name="efa", config=config, node_role=role,
            subnet_ids=["subnet-a", "subnet-b"], security_group_ids=list(GROUPS), volume_key=key, imds_hop_limit=1,
            efa_security_group_id=EFA_GROUP,
        )
    template = Template.from_stack(stack).to_json()["Resources"]
    out = {}
    for group in (r["Properties"] for r in template.values() if r["Type"] == "AWS::EKS::Nodegroup"):
        assert group["Subnets"] == ["subnet-a"], "an EFA group stays in one subnet (its cluster placement group)"
        out[",".join(group["InstanceTypes"])] = template[group["LaunchTemplate"]["Id"]["Ref"]]["Properties"]["LaunchTemplateData"]
    return out


@pytest.mark.parametrize("types", [*EFA_TYPES, ",".join(MIXED)])
def test_launch_template_follows_the_documented_efa_layout(templates, types):
    data = templates[types]
    assert layout_violations(data, instance_types=types.split(","), required_groups=[*GROUPS, EFA_GROUP], facts=FACTS) == []


# --- the checker rejects each layout the facts forbid --------------------------------------------------------


def _good() -> dict:
    interfaces = [{"NetworkCardIndex": c, "DeviceIndex": 0, "InterfaceType": "efa" if c == 0 else "efa-only",
                   "Groups": [*GROUPS, EFA_GROUP], "DeleteOnTermination": True} for c in range(4)]
    return {"NetworkInterfaces": interfaces}


def _check(data: dict, facts: EfaFacts = FACTS) -> list[str]:
    return layout_violations(data, instance_types=["p4d.24xlarge"], required_groups=[*GROUPS, EFA_GROUP], facts=facts)


def test_the_documented_eks_example_layout_passes_too():
    # device-management-efa.adoc: ENA primary, EFA-only beside it on card 0 (device 1) and at device 0 on the others.
    groups = [*GROUPS, EFA_GROUP]
    example = [{"NetworkCardIndex": 0, "DeviceIndex": 0, "InterfaceType": "interface", "Groups": groups},
               {"NetworkCardIndex": 0, "DeviceIndex": 1, "InterfaceType": "efa-only", "Groups": groups},
               *({"NetworkCardIndex": c, "DeviceIndex": 0, "InterfaceType": "efa-only", "Groups": groups} for c in (1, 2, 3))]
    assert _check({"NetworkInterfaces": example}) == []
    assert _check(_good()) == []


def _mutate(change) -> dict:
    data = copy.deepcopy(_good())
    change(data, data["NetworkInterfaces"])
    return data


BAD = {
    "efa-only primary": (lambda d, i: i[0].update(InterfaceType="efa-only"), "primary:"),
    "no primary": (lambda d, i: i[0].update(DeviceIndex=1, InterfaceType="efa-only"), "primary: no interface"),
    "unknown interface type": (lambda d, i: i[1].update(InterfaceType="trunk"), "interface_types:"),
    "subnet on an interface": (lambda d, i: i[2].update(SubnetId="subnet-a"), "forbidden_on_every_interface:"),
    "ip count on efa-only": (lambda d, i: i[1].update(Ipv4PrefixCount=1), "forbidden_on_efa_only:"),
    "public ip with several interfaces": (lambda d, i: i[0].update(AssociatePublicIpAddress=True), "public_ip_with_several_interfaces:"),
    "efa-only at device 1 on card 2 (not the index the AWS pages give)": (lambda d, i: i[2].update(DeviceIndex=1), "efa_only_device_index:"),
    "two EFAs on card 0": (lambda d, i: i[1].update(NetworkCardIndex=0, DeviceIndex=1), "efa_per_network_card: card 0"),
    "card beyond the instance's cards": (lambda d, i: i[3].update(NetworkCardIndex=4), "beyond the 4 network card"),
    "too few EFAs": (lambda d, i: i.pop(), "efa_count:"),
    "too many EFAs": (lambda d, i: i.append({**i[3], "NetworkCardIndex": 4}), "efa_count:"),
    "groups at instance level too": (lambda d, i: d.update(SecurityGroupIds=GROUPS), "security_groups: groups at instance level"),
    "interface without the EFA group": (lambda d, i: i[3].update(Groups=list(GROUPS)), "security_groups: card 3"),
    "interface without groups": (lambda d, i: i[2].pop("Groups"), "security_groups: card 2"),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_checker_rejects_a_layout_the_facts_forbid(case):
    change, expected = BAD[case]
    violations = _check(_mutate(change))
    assert any(expected in v for v in violations), violations


def test_checker_rejects_a_template_without_interfaces_or_an_unknown_type():
    assert _check({"SecurityGroupIds": GROUPS}) == ["no NetworkInterfaces: the template gives the node no EFA"]
    assert "no row in the facts" in layout_violations(
        _good(), instance_types=["p9.96xlarge"], required_groups=[], facts=FACTS)[0]
