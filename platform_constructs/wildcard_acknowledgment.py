"""Acknowledge cdk-nag's granular IAM5 findings of one policy, computed the way cdk-nag names them."""

from __future__ import annotations

import json
from typing import Any

import aws_cdk as cdk
import constructs
import jsii
from aws_cdk import aws_iam as iam

from platform_constructs.compliance import acknowledge


def flatten_cfn_reference(node: Any) -> str:
    """cdk-nag's `flattenCfnReference` (cdk-nag/src/utils/flatten-cfn-reference.ts), ported."""
    if node is None:
        return ""
    if isinstance(node, str):
        return node.replace("${", "<").replace("}", ">")
    if isinstance(node, dict):
        if "Fn::Join" in node:
            delimiter, items = node["Fn::Join"]
            return delimiter.join(flatten_cfn_reference(i) for i in items)
        if "Fn::Sub" in node:
            return flatten_cfn_reference(node["Fn::Sub"])
        if "Fn::GetAtt" in node:
            resource, attribute = node["Fn::GetAtt"]
            return f"<{flatten_cfn_reference(resource)}.{flatten_cfn_reference(attribute)}>"
        if "Fn::ImportValue" in node:
            return flatten_cfn_reference(node["Fn::ImportValue"])
        if "Ref" in node:
            return f"<{flatten_cfn_reference(node['Ref'])}>"
    return json.dumps(node, separators=(",", ":"))


@jsii.implements(constructs.IValidation)
class _AcknowledgeWildcardResources:
    def __init__(self, policy: iam.ManagedPolicy, reason: str) -> None:
        self._policy = policy
        self._reason = reason

    def validate(self) -> list[str]:
        # Runs after references between stacks are resolved, so imported ARNs flatten as cdk-nag sees them.
        cfn = self._policy.node.default_child
        document = cdk.Stack.of(self._policy).resolve(cfn.policy_document)
        seen = set()
        for statement in document.get("Statement", []):
            resources = statement.get("Resource", [])
            for resource in resources if isinstance(resources, list) else [resources]:
                flat = flatten_cfn_reference(resource)
                if "*" in flat and flat not in seen:
                    seen.add(flat)
                    acknowledge(self._policy, f"AwsSolutions-IAM5[Resource::{flat}]", self._reason)
        return []


def acknowledge_wildcard_resources(policy: iam.ManagedPolicy, reason: str) -> None:
    """Acknowledge each `Resource::...` wildcard finding of `policy` (actions stay unacknowledged)."""
    policy.node.add_validation(_AcknowledgeWildcardResources(policy, reason))
