"""Helpers for the Kubeflow chart tests: synthesize the charts of a config, index objects, validate custom
resources against the CRDs the project ships (strictly: a field the schema does not declare is an error)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable

import jsonschema

from platform_config import PlatformConfig

Obj = dict[str, Any]


@dataclass
class Rendered:
    """The Kubeflow charts of one config: objects per chart id, and lookups."""

    config: PlatformConfig
    by_chart: dict[str, list[Obj]]

    @property
    def objects(self) -> list[Obj]:
        return [o for objs in self.by_chart.values() for o in objs]

    def of_kind(self, kind: str, namespace: str | None = None) -> list[Obj]:
        return [o for o in self.objects if o["kind"] == kind and (namespace is None or o["metadata"].get("namespace") == namespace)]

    def get(self, kind: str, name: str, namespace: str | None = None) -> Obj:
        found = [o for o in self.of_kind(kind, namespace) if o["metadata"]["name"] == name]
        assert len(found) == 1, f"expected one {kind} {namespace}/{name}, found {len(found)}"
        return found[0]

    def crds(self) -> dict[tuple[str, str], Obj]:
        """(group/version, kind) -> the version's openAPIV3Schema."""
        out = {}
        for crd in self.of_kind("CustomResourceDefinition"):
            spec = crd["spec"]
            for version in spec["versions"]:
                out[(f"{spec['group']}/{version['name']}", spec["names"]["kind"])] = version["schema"]["openAPIV3Schema"]
        return out


def to_jsonschema(schema: Obj) -> Obj:
    """OpenAPI v3 (structural) -> JSON Schema that rejects undeclared fields unless the node preserves them."""
    if schema.get("x-kubernetes-int-or-string"):
        return {"anyOf": [{"type": "integer"}, {"type": "string"}]}
    out: Obj = {}
    for key in ("type", "enum", "pattern", "minimum", "maximum", "minItems", "required", "format"):
        if key in schema and key != "format":
            out[key] = schema[key]
    if schema.get("type") == "object":
        if "properties" in schema:
            out["properties"] = {k: to_jsonschema(v) for k, v in schema["properties"].items()}
        if isinstance(schema.get("additionalProperties"), dict):
            out["additionalProperties"] = to_jsonschema(schema["additionalProperties"])
        elif "properties" in schema and not schema.get("x-kubernetes-preserve-unknown-fields"):
            out["additionalProperties"] = False
    if schema.get("type") == "array":
        out["items"] = to_jsonschema(schema["items"])
    return out


def structural_problems(schema: Obj, path: str = "") -> list[str]:
    """Rules of a structural schema (https://kubernetes.io/docs/tasks/extend-kubernetes/custom-resources/custom-resource-definitions/#specifying-a-structural-schema)."""
    problems = []
    if "type" not in schema and not (schema.get("x-kubernetes-int-or-string") or schema.get("x-kubernetes-preserve-unknown-fields")):
        problems.append(f"{path or '/'}: no type")
    if "properties" in schema and "additionalProperties" in schema:
        problems.append(f"{path}: both properties and additionalProperties")
    if "anyOf" in schema and not schema.get("x-kubernetes-int-or-string"):
        problems.append(f"{path}: anyOf outside int-or-string")
    for key, sub in schema.get("properties", {}).items():
        problems += structural_problems(sub, f"{path}/{key}")
    if isinstance(schema.get("additionalProperties"), dict):
        problems += structural_problems(schema["additionalProperties"], f"{path}/*")
    if "items" in schema:
        problems += structural_problems(schema["items"], f"{path}[]")
    return problems


def validate_custom_resource(obj: Obj, crds: dict[tuple[str, str], Obj]) -> list[str]:
    key = (obj["apiVersion"], obj["kind"])
    if key not in crds:
        return [f"{obj['kind']} {obj['metadata'].get('name')}: no CRD ships {key[0]} {key[1]}"]
    validator = jsonschema.Draft7Validator(to_jsonschema(crds[key]))
    return [f"{obj['kind']} {obj['metadata'].get('name')}: {'/'.join(map(str, e.absolute_path))}: {e.message}"
            for e in validator.iter_errors(obj)]


def containers(obj: Obj) -> Iterable[Obj]:
    """Containers of a Deployment/StatefulSet/Job or a pod template nested in a CR."""
    spec = obj.get("spec", {})
    templates = []
    if "template" in spec:
        templates.append(spec["template"])
    for key, value in spec.items():
        if key.endswith("ReplicaSpecs"):
            templates += [r["template"] for r in value.values()]
    for template in templates:
        pod = template.get("spec", {})
        yield from pod.get("initContainers", [])
        yield from pod.get("containers", [])


def pod_specs(obj: Obj) -> list[Obj]:
    spec = obj.get("spec", {})
    out = [spec["template"]["spec"]] if "template" in spec and "spec" in spec["template"] else []
    for key, value in spec.items():
        if key.endswith("ReplicaSpecs"):
            out += [r["template"]["spec"] for r in value.values()]
    return out
