"""Every Allow statement a role in a synthesized template holds: inline, attached AWS::IAM::Policy and customer managed policies."""

from __future__ import annotations

from typing import Any


def role_statements(resources: dict[str, Any], role_id: str) -> list[dict[str, Any]]:
    role = resources[role_id]["Properties"]
    documents = [p["PolicyDocument"] for p in role.get("Policies", [])]
    managed = {a["Ref"] for a in role.get("ManagedPolicyArns", []) if isinstance(a, dict) and "Ref" in a}
    for logical, resource in resources.items():
        props = resource.get("Properties", {})
        attached = {"Ref": role_id} in props.get("Roles", [])
        if resource["Type"] == "AWS::IAM::Policy" and attached:
            documents.append(props["PolicyDocument"])
        elif resource["Type"] == "AWS::IAM::ManagedPolicy" and (attached or logical in managed):
            documents.append(props["PolicyDocument"])
    return [s for d in documents for s in d["Statement"] if s["Effect"] == "Allow"]


def actions_of(statement: dict[str, Any]) -> list[str]:
    return [statement["Action"]] if isinstance(statement["Action"], str) else list(statement["Action"])
