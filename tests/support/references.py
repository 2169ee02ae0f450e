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


def data_key_arn_reference(synth: Any) -> dict[str, Any]:
    """How a stack other than Security names the data key's ARN: the weak reference (`Fn::GetStackOutput`) to the
    Security stack output whose value is the key's `Arn`, found in the synthesized Security template."""
    security = synth.stage.security
    key = logical_id(security.keys.data_key)
    outputs = [name for name, output in synth.json("Security").get("Outputs", {}).items()
               if output["Value"] == {"Fn::GetAtt": [key, "Arn"]}]
    assert len(outputs) == 1, outputs
    return {"Fn::GetStackOutput": {"StackName": security.stack_name, "Region": synth.config.region, "OutputName": outputs[0]}}
