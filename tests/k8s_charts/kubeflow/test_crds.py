"""Every custom resource the Kubeflow charts ship validates against the CRD the project ships; the CRDs are
structural and serve the API versions the controllers and web apps call."""

from __future__ import annotations

import copy

import pytest

from tests.k8s_charts.kubeflow.kube import structural_problems, validate_custom_resource

from tests.support.k8s_gates import _BUILTIN_GROUPS, group_of


def _custom(objects):
    return [o for o in objects if group_of(o["apiVersion"]) not in _BUILTIN_GROUPS]


def test_every_custom_resource_validates_against_the_shipped_crd(kf):
    crds = kf.crds()
    custom = _custom(kf.objects)
    assert {o["kind"] for o in custom} >= {"Profile", "PodDefault"}
    problems = [p for o in custom for p in validate_custom_resource(o, crds)]
    assert not problems, "\n".join(problems)


def test_examples_are_validated_too(kf_dev):
    kinds = {o["kind"] for o in _custom(kf_dev.objects)}
    assert {"TFJob", "MPIJob", "Experiment", "Certificate"} <= kinds


@pytest.mark.parametrize(("mutate", "expected"), [
    (lambda o: o["spec"]["tfReplicaSpecs"]["Worker"].update(replica=2), "'replica' was unexpected"),
    (lambda o: o["spec"]["tfReplicaSpecs"]["Worker"]["template"]["spec"]["containers"][0].update(imagee="x"), "'imagee' was unexpected"),
    (lambda o: o["spec"]["runPolicy"].update(cleanPodPolicy="Sometimes"), "'Sometimes' is not one of"),
    (lambda o: o["spec"].pop("tfReplicaSpecs"), "'tfReplicaSpecs' is a required property"),
])
def test_crd_validation_rejects_a_bad_custom_resource(kf_dev, mutate, expected):
    tfjob = copy.deepcopy(kf_dev.get("TFJob", "tf-mnist-gpu"))
    mutate(tfjob)
    problems = validate_custom_resource(tfjob, kf_dev.crds())
    assert any(expected in p for p in problems), problems


def test_a_kind_without_a_shipped_crd_is_an_error(kf_prod):
    problems = validate_custom_resource({"apiVersion": "kubeflow.org/v1", "kind": "XGBoostJob", "metadata": {"name": "x"}, "spec": {}},
                                        kf_prod.crds())
    assert problems == ["XGBoostJob x: no CRD ships kubeflow.org/v1 XGBoostJob"]


def test_crds_are_structural(kf_prod):
    for crd in kf_prod.of_kind("CustomResourceDefinition"):
        for version in crd["spec"]["versions"]:
            assert structural_problems(version["schema"]["openAPIV3Schema"]) == [], crd["metadata"]["name"]
        assert sum(v["storage"] for v in crd["spec"]["versions"]) == 1, crd["metadata"]["name"]


def test_structural_check_rejects_an_untyped_node():
    assert structural_problems({"type": "object", "properties": {"x": {"description": "no type"}}}) == ["/x: no type"]


def test_served_versions_match_what_clients_call(kf_prod):
    crds = kf_prod.crds()
    # Profile v1 (controller, KFAM), PodDefault v1alpha1, Notebook v1 (controller) and v1beta1 (Jupyter web app),
    # Katib v1beta1, training jobs v1.
    for key in [("kubeflow.org/v1", "Profile"), ("kubeflow.org/v1alpha1", "PodDefault"), ("kubeflow.org/v1", "Notebook"),
                ("kubeflow.org/v1beta1", "Notebook"), ("kubeflow.org/v1beta1", "Experiment"), ("kubeflow.org/v1beta1", "Trial"),
                ("kubeflow.org/v1beta1", "Suggestion"), ("kubeflow.org/v1", "TFJob"), ("kubeflow.org/v1", "PyTorchJob"),
                ("kubeflow.org/v1", "MPIJob")]:
        assert key in crds, key


def test_profile_crd_is_cluster_scoped_and_jobs_namespaced(kf_prod):
    scopes = {c["spec"]["names"]["kind"]: c["spec"]["scope"] for c in kf_prod.of_kind("CustomResourceDefinition")}
    assert scopes["Profile"] == "Cluster"
    assert {scopes[k] for k in ("TFJob", "PyTorchJob", "MPIJob", "Notebook", "PodDefault", "Experiment")} == {"Namespaced"}


def test_crds_apply_before_kubeflow_charts_and_fit_the_manifest_limit(kf):
    import json

    order = list(kf.by_chart)
    kubeflow = [c for c in order if c.startswith("kubeflow-")]
    assert kubeflow[0] == "kubeflow-crds" and order.index("cert-manager-crds") < order.index("kubeflow-crds")
    for chart, objects in kf.by_chart.items():
        assert len(json.dumps(objects)) < 200_000, chart
