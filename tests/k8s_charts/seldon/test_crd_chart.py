"""The SeldonDeployment CRD: the versions 1.17.1 serves, a structural schema, and a validator that bites."""

from __future__ import annotations

import copy

from k8s_charts.seldon.crd_chart import CRD_NAME, seldon_deployment_crd
from tests.k8s_charts.seldon.support import one, validation_problems


def _non_structural(node, path="schema"):
    """Nodes a structural schema forbids: no type (unless int-or-string or preserve-unknown), or $ref."""
    problems = []
    if isinstance(node, dict):
        if "$ref" in node:
            problems.append(f"{path}: $ref")
        if "type" not in node and not node.get("x-kubernetes-int-or-string") and not node.get("x-kubernetes-preserve-unknown-fields"):
            problems.append(f"{path}: no type")
        for key, child in node.get("properties", {}).items():
            problems += _non_structural(child, f"{path}.{key}")
        if isinstance(node.get("items"), dict):
            problems += _non_structural(node["items"], f"{path}[]")
        if isinstance(node.get("additionalProperties"), dict):
            problems += _non_structural(node["additionalProperties"], f"{path}{{}}")
    return problems


def test_crd_serves_v1_as_storage_and_the_alpha_versions(dev_serving):
    _, _, _, objects = dev_serving
    crd = one(objects, "CustomResourceDefinition", CRD_NAME)
    versions = {v["name"]: (v["served"], v["storage"]) for v in crd["spec"]["versions"]}
    assert versions == {"v1": (True, True), "v1alpha2": (True, False), "v1alpha3": (True, False)}
    assert crd["spec"]["group"] == "machinelearning.seldon.io" and crd["spec"]["scope"] == "Namespaced"
    assert all(v["subresources"]["scale"]["specReplicasPath"] == ".spec.replicas" for v in crd["spec"]["versions"])


def test_schema_is_structural():
    for version in seldon_deployment_crd()["versions"]:
        assert _non_structural(version["schema"]["openAPIV3Schema"]) == []


def test_structural_check_catches_an_untyped_node():
    schema = copy.deepcopy(seldon_deployment_crd()["versions"][0]["schema"]["openAPIV3Schema"])
    del schema["properties"]["spec"]["properties"]["protocol"]["type"]
    assert _non_structural(schema) == ["schema.spec.protocol: no type"]


def test_preserve_unknown_fields_only_where_core_types_or_status_live():
    opened = []

    def walk(node, path):
        if isinstance(node, dict):
            if node.get("x-kubernetes-preserve-unknown-fields"):
                opened.append(path)
            for key, child in node.get("properties", {}).items():
                walk(child, f"{path}.{key}")
            if isinstance(node.get("items"), dict):
                walk(node["items"], f"{path}[]")

    walk(seldon_deployment_crd()["versions"][0]["schema"]["openAPIV3Schema"], "")
    leaves = {p.rsplit(".", 1)[-1].rstrip("[]") for p in opened}
    assert leaves <= {"spec", "metrics", "metricsv2", "kedaSpec", "valueFrom", "resources", "engineResources", "explainer", "children", "status"}
    assert ".status" in opened and ".spec" not in opened


def test_crd_itself_validates_as_a_kubernetes_object(dev_serving):
    config, _, _, objects = dev_serving
    crd = one(objects, "CustomResourceDefinition", CRD_NAME)
    assert validation_problems([crd], config.cluster.kubernetes_version) == []
