"""Kubernetes gates on every shipped environment in both identity modes, each proven on a bad case."""

from __future__ import annotations

import copy

import pytest

from tests.support.k8s_gates import (
    crd_structural_problems,
    custom_resource_problems,
    image_problems,
    k8s_checkov_problems,
    mutated,
    namespace_problems,
    reference_problems,
    schema_problems,
)

CRD = {
    "apiVersion": "apiextensions.k8s.io/v1", "kind": "CustomResourceDefinition",
    "metadata": {"name": "widgets.example.com"},
    "spec": {"group": "example.com", "scope": "Namespaced",
             "names": {"kind": "Widget", "plural": "widgets", "singular": "widget", "listKind": "WidgetList"},
             "versions": [{"name": "v1", "served": True, "storage": True, "schema": {"openAPIV3Schema": {
                 "type": "object",
                 "properties": {"spec": {"type": "object", "required": ["size"], "properties": {
                     "size": {"type": "integer", "minimum": 1},
                     "extra": {"type": "object", "x-kubernetes-preserve-unknown-fields": True}}}}}}}]},
}
WIDGET = {"apiVersion": "example.com/v1", "kind": "Widget", "metadata": {"name": "w", "namespace": "ns"},
          "spec": {"size": 2, "extra": {"anything": 1}}}


# ----------------------------------------------------------------------------- the platform passes

def test_objects_validate_against_the_cluster_version_schema(charts):
    assert schema_problems(charts.objects, charts.props.kubernetes_version) == []


def test_custom_resources_validate_against_shipped_crds(charts):
    assert custom_resource_problems(charts.objects) == []


def test_shipped_crds_are_structural(charts):
    assert crd_structural_problems(charts.objects) == []


def test_images_are_pinned(charts):
    assert image_problems(charts.objects) == []


def test_namespaces_have_pss_labels_and_default_deny(charts):
    assert namespace_problems(charts.objects, charts.props.kubernetes_version) == []


def test_references_resolve(charts):
    assert reference_problems(charts.objects) == []


@pytest.mark.slow
def test_checkov_kubernetes_passes_or_skips_with_reasons(charts):
    assert k8s_checkov_problems(charts.by_chart) == []


# ----------------------------------------------------------------------------- each gate rejects a bad case

def test_schema_gate_rejects_an_unknown_field_and_a_wrong_type():
    deployment = {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "d", "namespace": "n"},
                  "spec": {"selector": {"matchLabels": {"a": "b"}},
                           "template": {"metadata": {"labels": {"a": "b"}},
                                        "spec": {"containers": [{"name": "c", "image": "i:1", "imagePolicy": "x"}]}}}}
    problems = schema_problems([deployment], "1.35")
    assert len(problems) == 1 and "'imagePolicy' was unexpected" in problems[0]
    assert "spec.replicas" in schema_problems([mutated(deployment, "spec.replicas", "three")], "1.35")[-1] or \
        any("replicas" in p for p in schema_problems([mutated(deployment, "spec.replicas", "three")], "1.35"))


def test_schema_gate_rejects_a_kind_the_version_does_not_have():
    old = {"apiVersion": "policy/v1beta1", "kind": "PodSecurityPolicy", "metadata": {"name": "p"}, "spec": {}}
    assert "Couldn't find schema" in schema_problems([old], "1.35")[0]


def test_crd_gate_accepts_a_valid_cr_and_rejects_bad_ones():
    assert custom_resource_problems([CRD, WIDGET]) == []
    assert "no CustomResourceDefinition shipped for Widget.example.com" in custom_resource_problems([WIDGET])[0]
    assert "'color' was unexpected" in custom_resource_problems([CRD, mutated(WIDGET, "spec.color", "red")])[0]
    assert "is less than the minimum" in custom_resource_problems([CRD, mutated(WIDGET, "spec.size", 0)])[0]
    assert "'size' is a required property" in custom_resource_problems([CRD, mutated(WIDGET, "spec.size", None)])[0]
    v2 = mutated(WIDGET, "apiVersion", "example.com/v2")
    assert "version 'v2' is not served" in custom_resource_problems([CRD, v2])[0]
    no_ns = copy.deepcopy(WIDGET)
    del no_ns["metadata"]["namespace"]
    assert "lacks a namespace" in custom_resource_problems([CRD, no_ns])[0]


def test_crd_structure_gate_rejects_untyped_nodes_and_two_storage_versions():
    assert crd_structural_problems([CRD]) == []
    untyped = copy.deepcopy(CRD)
    del untyped["spec"]["versions"][0]["schema"]["openAPIV3Schema"]["properties"]["spec"]["properties"]["size"]["type"]
    assert crd_structural_problems([untyped]) == ["CRD widgets.example.com v1: openAPIV3Schema.spec.size: no type (a structural schema types every node)"]
    two = copy.deepcopy(CRD)
    two["spec"]["versions"].append({**two["spec"]["versions"][0], "name": "v2"})
    problems = crd_structural_problems([two])
    assert "exactly one version must be the storage version, got ['v1', 'v2']" in problems[0]
    misnamed = mutated(CRD, "metadata.name", "widget.example.com")
    assert "name must be <plural>.<group>" in crd_structural_problems([misnamed])[0]


def test_image_gate_rejects_latest_and_untagged(dev_charts):
    pod = {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "p", "namespace": "n"},
           "spec": {"containers": [{"name": "a", "image": "nginx"}, {"name": "b", "image": "nginx:latest"},
                                   {"name": "c", "image": "registry:5000/nginx"}, {"name": "d", "image": "nginx:1.27"},
                                   {"name": "e", "image": "nginx@sha256:" + "a" * 64}]}}
    problems = image_problems([pod])
    assert [p.split(": image")[0] for p in problems] == ["Pod n/p container a", "Pod n/p container b", "Pod n/p container c"]


def test_namespace_gate_rejects_missing_labels_and_policy(dev_charts):
    namespace = next(o for o in dev_charts.objects if o["kind"] == "Namespace")
    name = namespace["metadata"]["name"]
    others = [o for o in dev_charts.objects if o is not namespace]
    unlabelled = mutated(namespace, "metadata.labels", {})
    problems = namespace_problems([unlabelled, *others], "1.35")
    assert f"Namespace {name}: label pod-security.kubernetes.io/enforce is None" in "\n".join(problems)
    latest = copy.deepcopy(namespace)
    latest["metadata"]["labels"]["pod-security.kubernetes.io/enforce-version"] = "latest"
    assert any("enforce-version is 'latest'" in p for p in namespace_problems([latest, *others], "1.35"))
    without_deny = [o for o in dev_charts.objects if not (o["kind"] == "NetworkPolicy" and o["metadata"]["name"] == "default-deny"
                                                          and o["metadata"]["namespace"] == name)]
    assert f"Namespace {name}: no default-deny NetworkPolicy" in "\n".join(namespace_problems(without_deny, "1.35"))
    privileged = copy.deepcopy(namespace)
    privileged["metadata"]["labels"]["pod-security.kubernetes.io/enforce"] = "privileged"
    assert any("without an ml-platform/pod-security-reason" in p for p in namespace_problems([privileged, *others], "1.35"))
    stray = {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "c", "namespace": "nowhere"}, "data": {}}
    assert "namespace 'nowhere' is neither shipped" in namespace_problems([*dev_charts.objects, stray], "1.35")[-1]


def _workload(**pod_spec) -> dict:
    return {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "d", "namespace": "n"},
            "spec": {"selector": {"matchLabels": {"app": "d"}},
                     "template": {"metadata": {"labels": {"app": "d"}},
                                  "spec": {"containers": [{"name": "c", "image": "i:1", "ports": [{"name": "http", "containerPort": 8080}]}],
                                           **pod_spec}}}}


NS = {"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "n"}}


def test_reference_gate_rejects_dangling_references():
    service = {"apiVersion": "v1", "kind": "Service", "metadata": {"name": "s", "namespace": "n"},
               "spec": {"selector": {"app": "d"}, "ports": [{"name": "http", "port": 80, "targetPort": "http"}]}}
    assert reference_problems([NS, _workload(), service]) == []
    assert "matches the pods of no workload" in reference_problems([NS, _workload(), mutated(service, "spec.selector", {"app": "x"})])[0]
    assert "targets 'metrics', which no selected container declares" in \
        reference_problems([NS, _workload(), mutated(service, "spec.ports.0.targetPort", "metrics")])[0]
    assert "ServiceAccount 'runner' does not exist" in reference_problems([NS, _workload(serviceAccountName="runner")])[0]
    volumes = [{"name": "cfg", "configMap": {"name": "missing"}}, {"name": "data", "persistentVolumeClaim": {"claimName": "gone"}}]
    problems = reference_problems([NS, _workload(volumes=volumes)])
    assert any("missing ConfigMap 'missing'" in p for p in problems) and any("missing PVC 'gone'" in p for p in problems)
    binding = {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "ClusterRoleBinding", "metadata": {"name": "b"},
               "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": "nope"},
               "subjects": [{"kind": "ServiceAccount", "name": "ghost", "namespace": "n"}]}
    problems = reference_problems([NS, binding])
    assert any("roleRef ClusterRole 'nope'" in p for p in problems) and any("ServiceAccount n/ghost" in p for p in problems)
    assert reference_problems([NS, mutated(mutated(binding, "roleRef.name", "view"), "subjects", [])]) == []
    hook = {"apiVersion": "admissionregistration.k8s.io/v1", "kind": "ValidatingWebhookConfiguration", "metadata": {"name": "h"},
            "webhooks": [{"name": "h.example.com", "clientConfig": {"service": {"name": "hook", "namespace": "n", "port": 443}}}]}
    assert "calls missing Service n/hook:443" in reference_problems([NS, hook])[0]
    mapping = {"apiVersion": "getambassador.io/v3alpha1", "kind": "Mapping", "metadata": {"name": "m", "namespace": "n"},
               "spec": {"prefix": "/", "service": "s.n:8080"}}
    assert "is not a shipped Service/port" in reference_problems([NS, _workload(), service, mapping])[-1]
    assert reference_problems([NS, _workload(), service, mutated(mapping, "spec.service", "s.n:80")]) == []


@pytest.mark.slow
def test_checkov_gate_reports_a_failure_and_a_skip_without_reason():
    bad = _workload()
    reasonless = mutated(_workload(), "metadata.annotations", {"checkov.io/skip1": "CKV_K8S_43"})
    reasonless["metadata"]["name"] = "e"
    problems = k8s_checkov_problems({"bad": [NS, bad, reasonless]})
    assert any(p.startswith("FAILED CKV_K8S_20") and "Deployment.n.d" in p for p in problems)
    assert any(p.startswith("SKIP without a reason: CKV_K8S_43") for p in problems)


@pytest.mark.parametrize("version", ["1.34", "1.36"])
def test_charts_validate_for_every_supported_kubernetes_version(dev_charts, version):
    import dataclasses

    from k8s_charts.platform_charts import synth_objects

    objects = [o for chart in synth_objects(dataclasses.replace(dev_charts.props, kubernetes_version=version)).values()
               for o in chart]
    assert schema_problems(objects, version) == []
    assert namespace_problems(objects, version) == []
