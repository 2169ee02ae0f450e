"""Structural OpenAPI v3 schema builders for the CustomResourceDefinitions the charts ship (Kubeflow, Seldon).

We write the schemas ourselves (from the upstream Go types) instead of vendoring controller-gen output:
they cover every field our objects and the upstream controllers and web apps use, they stay small enough
for the manifest size limit, and the Kubernetes gates validate every custom resource against them.
Subtrees we do not model (probes, affinity, volume sources, ...) keep their data with
`x-kubernetes-preserve-unknown-fields` so the API server does not prune what a controller writes.
"""

from __future__ import annotations

from typing import Any

Schema = dict[str, Any]


def string(*, enum: list[str] | None = None, pattern: str | None = None, description: str | None = None) -> Schema:
    out: Schema = {"type": "string"}
    if enum:
        out["enum"] = enum
    if pattern:
        out["pattern"] = pattern
    if description:
        out["description"] = description
    return out


def integer(*, minimum: int | None = None, maximum: int | None = None, description: str | None = None) -> Schema:
    out: Schema = {"type": "integer", "format": "int32"}
    if minimum is not None:
        out["minimum"] = minimum
    if maximum is not None:
        out["maximum"] = maximum
    if description:
        out["description"] = description
    return out


def number() -> Schema:
    return {"type": "number"}


def boolean() -> Schema:
    return {"type": "boolean"}


def int_or_string() -> Schema:
    return {"x-kubernetes-int-or-string": True, "anyOf": [{"type": "integer"}, {"type": "string"}]}


def array(items: Schema, *, min_items: int | None = None) -> Schema:
    out: Schema = {"type": "array", "items": items}
    if min_items is not None:
        out["minItems"] = min_items
    return out


def obj(properties: dict[str, Schema] | None = None, *, required: list[str] | None = None,
        description: str | None = None) -> Schema:
    out: Schema = {"type": "object", "properties": properties or {}}
    if required:
        out["required"] = required
    if description:
        out["description"] = description
    return out


def opaque(description: str | None = None) -> Schema:
    """An object we do not model: kept as written (a structural schema allows this per subtree)."""
    out: Schema = {"type": "object", "x-kubernetes-preserve-unknown-fields": True}
    if description:
        out["description"] = description
    return out


def string_map() -> Schema:
    return {"type": "object", "additionalProperties": {"type": "string"}}


def quantity_map() -> Schema:
    return {"type": "object", "additionalProperties": int_or_string()}


def label_selector() -> Schema:
    return obj({
        "matchLabels": string_map(),
        "matchExpressions": array(obj({"key": string(), "operator": string(), "values": array(string())},
                                      required=["key", "operator"])),
    })


def resource_requirements() -> Schema:
    return obj({"limits": quantity_map(), "requests": quantity_map(), "claims": array(opaque())})


def toleration() -> Schema:
    return obj({
        "key": string(), "operator": string(enum=["Exists", "Equal"]), "value": string(),
        "effect": string(enum=["NoSchedule", "PreferNoSchedule", "NoExecute"]), "tolerationSeconds": {"type": "integer", "format": "int64"},
    })


def env_var() -> Schema:
    return obj({"name": string(), "value": string(), "valueFrom": opaque()}, required=["name"])


def volume_mount() -> Schema:
    return obj({
        "name": string(), "mountPath": string(), "subPath": string(), "subPathExpr": string(), "readOnly": boolean(),
        "mountPropagation": string(), "recursiveReadOnly": string(),
    }, required=["name", "mountPath"])


def _key_to_path() -> Schema:
    return obj({"key": string(), "path": string(), "mode": integer()}, required=["key", "path"])


def volume() -> Schema:
    """core/v1 Volume (kubernetes/api v0.35.0 core/v1/types.go: Volume, VolumeSource): the name and the sources the platform
    itself writes (persistentVolumeClaim, emptyDir, configMap, secret) are typed, so `cdk8s import` generates
    them and the typed classes keep them; every other source stays open (preserve-unknown-fields), so the
    API server keeps a user's hostPath, csi, projected, ... volume as written."""
    return {**obj({
        "name": string(),
        "persistentVolumeClaim": obj({"claimName": string(), "readOnly": boolean()}, required=["claimName"]),
        "emptyDir": obj({"medium": string(), "sizeLimit": int_or_string()}),
        "configMap": obj({"name": string(), "optional": boolean(), "defaultMode": integer(),
                          "items": array(_key_to_path())}),
        "secret": obj({"secretName": string(), "optional": boolean(), "defaultMode": integer(),
                       "items": array(_key_to_path())}),
    }, required=["name"]), "x-kubernetes-preserve-unknown-fields": True}


def container() -> Schema:
    """core/v1 Container: the fields we and the Kubeflow web apps set are typed, nested sources kept opaque."""
    return obj({
        "name": string(), "image": string(), "imagePullPolicy": string(enum=["Always", "IfNotPresent", "Never"]),
        "command": array(string()), "args": array(string()), "workingDir": string(),
        "env": array(env_var()), "envFrom": array(opaque()),
        "ports": array(obj({"name": string(), "containerPort": integer(minimum=1, maximum=65535),
                            "protocol": string(), "hostPort": integer(), "hostIP": string()}, required=["containerPort"])),
        "resources": resource_requirements(), "volumeMounts": array(volume_mount()), "volumeDevices": array(opaque()),
        "securityContext": opaque(), "livenessProbe": opaque(), "readinessProbe": opaque(), "startupProbe": opaque(),
        "lifecycle": opaque(), "terminationMessagePath": string(), "terminationMessagePolicy": string(),
        "stdin": boolean(), "stdinOnce": boolean(), "tty": boolean(), "restartPolicy": string(),
        "resizePolicy": array(opaque()),
    }, required=["name"])


def pod_spec() -> Schema:
    """core/v1 PodSpec with every top-level field, containers typed, the rest opaque."""
    return obj({
        "containers": array(container()), "initContainers": array(container()), "ephemeralContainers": array(opaque()),
        "volumes": array(volume()),
        "serviceAccountName": string(), "serviceAccount": string(), "automountServiceAccountToken": boolean(),
        "nodeSelector": string_map(), "nodeName": string(), "affinity": opaque(), "tolerations": array(toleration()),
        "schedulerName": string(), "priorityClassName": string(), "priority": integer(), "preemptionPolicy": string(),
        "securityContext": opaque(), "imagePullSecrets": array(obj({"name": string()})),
        "restartPolicy": string(enum=["Always", "OnFailure", "Never"]), "terminationGracePeriodSeconds": {"type": "integer", "format": "int64"},
        "activeDeadlineSeconds": {"type": "integer", "format": "int64"}, "dnsPolicy": string(), "dnsConfig": opaque(),
        "hostNetwork": boolean(), "hostPID": boolean(), "hostIPC": boolean(), "hostUsers": boolean(), "shareProcessNamespace": boolean(),
        "hostname": string(), "subdomain": string(), "hostAliases": array(opaque()), "runtimeClassName": string(),
        "enableServiceLinks": boolean(), "topologySpreadConstraints": array(opaque()), "overhead": quantity_map(),
        "readinessGates": array(opaque()), "setHostnameAsFQDN": boolean(), "os": opaque(), "schedulingGates": array(opaque()),
        "resourceClaims": array(opaque()), "resources": resource_requirements(),
    }, required=["containers"])


def pod_template() -> Schema:
    return obj({
        "metadata": obj({"labels": string_map(), "annotations": string_map(), "name": string(), "namespace": string()}),
        "spec": pod_spec(),
    })


def crd(chart: Any, *, group: str, kind: str, plural: str, versions: list[dict[str, Any]], scope: str = "Namespaced",
        short_names: list[str] | None = None, categories: list[str] | None = None,
        annotations: dict[str, str] | None = None) -> Any:
    """A CustomResourceDefinition; each version: {name, schema (the spec/status object), served, storage, ...}."""
    names: dict[str, Any] = {"kind": kind, "listKind": f"{kind}List", "plural": plural, "singular": kind.lower()}
    if short_names:
        names["shortNames"] = short_names
    if categories:
        names["categories"] = categories
    rendered = []
    for version in versions:
        top: Schema = {
            "apiVersion": string(), "kind": string(), "metadata": {"type": "object"},
            "spec": version["spec"], "status": version.get("status", opaque("Written by the controller.")),
        }
        entry: dict[str, Any] = {
            "name": version["name"], "served": version.get("served", True), "storage": version.get("storage", True),
            "schema": {"openAPIV3Schema": {"type": "object", "properties": top,
                                           **({"required": ["spec"]} if version.get("spec_required", True) else {})}},
        }
        if version.get("subresources", True):
            entry["subresources"] = {"status": {}}
        if version.get("printer_columns"):
            entry["additionalPrinterColumns"] = version["printer_columns"]
        rendered.append(entry)
    return chart.api(
        f"CRD-{plural}.{group}", api_version="apiextensions.k8s.io/v1", kind="CustomResourceDefinition",
        name=f"{plural}.{group}", annotations=annotations,
        spec={"group": group, "names": names, "scope": scope, "versions": rendered},
    )
