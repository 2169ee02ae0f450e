"""Read CloudFormation references in synthesized templates: which key or resource a property points at."""

from __future__ import annotations

from typing import Any


def refers_to(value: Any, logical_id: str) -> bool:
    """True when `value` is a Ref/GetAtt of `logical_id` in the same stack, or a cross-stack output of it.

    Cross-stack references are weak (`Fn::GetStackOutput`); the producing stack names the output after the
    referenced resource's logical ID, e.g. `PublishOutputFnGetAttKeysDataKey8F3FE3A4Arn...`.
    """
    if not isinstance(value, dict):
        return False
    if value.get("Ref") == logical_id:
        return True
    if "Fn::GetAtt" in value and value["Fn::GetAtt"][0] == logical_id:
        return True
    if "Fn::GetStackOutput" in value:
        return logical_id in value["Fn::GetStackOutput"]["OutputName"]
    if "Fn::ImportValue" in value:
        return logical_id in str(value["Fn::ImportValue"])
    return False


def logical_id(construct: Any) -> str:
    """The logical ID CloudFormation sees for an L2 construct (its default child) or an L1 resource."""
    import aws_cdk as cdk

    resource = construct if isinstance(construct, cdk.CfnElement) else construct.node.default_child
    stack = cdk.Stack.of(resource)
    return stack.resolve(stack.get_logical_id(resource))


DATA_KEY = "KeysDataKey8F3FE3A4"
LOGS_KEY = "KeysLogsKeyD24E82DB"
