"""Gate: `cdk destroy` of an environment deletes in-cluster objects before the cluster, the cluster before the VPC.

CloudFormation deletes a stack only after every stack that depends on it. Load balancers, their ENIs and
security groups made by the AWS Load Balancer Controller for Services/Ingresses are not CloudFormation
resources: they go away only while the controller still runs when those objects are deleted (the
`service.k8s.aws/resources` finalizer). So: charts depend on the controller's stack, every in-cluster stack
depends on the cluster's stack, and the cluster's stack on the network's. Otherwise the VPC deletion fails on
orphaned ENIs. See docs/platform-engineer.md, "Destroy an environment (dev)".
"""

from __future__ import annotations

import json
from typing import Any

import aws_cdk as cdk
from aws_cdk import aws_eks_v2 as eks

IN_CLUSTER_TYPES = (eks.KubernetesManifest.RESOURCE_TYPE, eks.HelmChart.RESOURCE_TYPE)
LB_CONTROLLER = "aws-load-balancer-controller"


def _closure(stack: cdk.Stack) -> set[str]:
    seen: set[str] = set()
    todo = list(stack.dependencies)
    while todo:
        dep = todo.pop()
        if dep.node.path not in seen:
            seen.add(dep.node.path)
            todo += list(dep.dependencies)
    return seen


def delete_order_problems(stacks: dict[str, tuple[cdk.Stack, dict[str, Any]]]) -> list[str]:
    """Missing stack dependencies that would let CloudFormation delete a layer before what runs on it."""
    def has(template: dict[str, Any], *types: str) -> bool:
        return any(r.get("Type") in types for r in template.get("Resources", {}).values())

    network = [s for s, t in stacks.values() if has(t, "AWS::EC2::VPC")]
    cluster = [s for s, t in stacks.values() if has(t, "AWS::EKS::Cluster")]
    in_cluster = [s for s, t in stacks.values() if has(t, *IN_CLUSTER_TYPES)]
    controller = [s for s, t in stacks.values() if has(t, *IN_CLUSTER_TYPES) and LB_CONTROLLER in json.dumps(t)]
    problems = []
    for upper, lower, why in (
        *((c, n, "the cluster's ENIs live in the VPC") for c in cluster for n in network),
        *((k, c, "in-cluster objects are deleted through the cluster API") for k in in_cluster for c in cluster),
        # Stacks the controller itself needs (cert-manager for its webhook) are deleted after it anyway.
        *((k, lb, "the controller must outlive the Services/Ingresses whose load balancers it deletes")
          for k in in_cluster for lb in controller if k.node.path not in _closure(lb)),
    ):
        if upper is not lower and lower.node.path not in _closure(upper):
            problems.append(f"{upper.node.path} must depend on {lower.node.path}: {why}")
    return problems


def _stage_stacks(synth) -> dict[str, tuple[cdk.Stack, dict[str, Any]]]:
    by_id = {c.node.id: c for c in synth.stage.node.children if isinstance(c, cdk.Stack)}
    return {stack_id: (by_id[stack_id], synth.json(stack_id)) for stack_id in synth.template_paths}


def test_shipped_stage_deletes_in_cluster_objects_before_cluster_before_network(shipped):
    assert delete_order_problems(_stage_stacks(shipped)) == []


def _bad_stage(*, wired: bool) -> dict[str, tuple[cdk.Stack, dict[str, Any]]]:
    app = cdk.App()
    stacks = {name: cdk.Stack(app, name) for name in ("Network", "Cluster", "CertManager", "Controller", "Charts")}
    cdk.CfnResource(stacks["CertManager"], "Cm", type=eks.HelmChart.RESOURCE_TYPE, properties={"Chart": "cert-manager"})
    stacks["Controller"].add_dependency(stacks["CertManager"])
    cdk.CfnResource(stacks["Network"], "Vpc", type="AWS::EC2::VPC")
    cdk.CfnResource(stacks["Cluster"], "Cluster", type="AWS::EKS::Cluster")
    cdk.CfnResource(stacks["Controller"], "Lbc", type=eks.HelmChart.RESOURCE_TYPE, properties={"Chart": LB_CONTROLLER})
    cdk.CfnResource(stacks["Charts"], "Svc", type=eks.KubernetesManifest.RESOURCE_TYPE, properties={"Manifest": "[]"})
    if wired:
        stacks["Cluster"].add_dependency(stacks["Network"])
        stacks["CertManager"].add_dependency(stacks["Cluster"])
        stacks["Charts"].add_dependency(stacks["Controller"])
    else:
        stacks["Charts"].add_dependency(stacks["Cluster"])
    assembly = app.synth()
    return {name: (stack, assembly.get_stack_by_name(stack.stack_name).template) for name, stack in stacks.items()}


def test_gate_reports_each_missing_dependency():
    problems = delete_order_problems(_bad_stage(wired=False))
    assert "Cluster must depend on Network: the cluster's ENIs live in the VPC" in problems
    assert any(p.startswith("Controller must depend on Cluster") for p in problems)
    assert any(p.startswith("Charts must depend on Controller") for p in problems)
    assert not any(p.startswith("Charts must depend on Cluster") for p in problems)
    # The controller's own prerequisites (cert-manager) need not depend on it (that would be a cycle).
    assert not any(p.startswith("CertManager must depend on Controller") for p in problems)


def test_gate_accepts_transitive_dependencies():
    assert delete_order_problems(_bad_stage(wired=True)) == []
