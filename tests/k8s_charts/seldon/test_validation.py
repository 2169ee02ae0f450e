"""Every object of every shipped environment validates; the validator rejects bad custom resources."""

from __future__ import annotations

import copy

from tests.k8s_charts.seldon.support import of_kind, validation_problems


def test_every_object_validates(serving):
    config, _, _, objects = serving
    assert validation_problems(objects, config.cluster.kubernetes_version) == []


def test_every_custom_resource_is_checked_against_the_shipped_crd(dev_serving):
    config, _, _, objects = dev_serving
    sdeps = of_kind(objects, "SeldonDeployment")
    assert sdeps, "dev ships an example model"
    bad = copy.deepcopy(sdeps[0])
    bad["spec"]["predictors"][0]["graph"]["modelURI"] = "s3://typo"
    bad["spec"]["protocol"] = "v3"
    problems = validation_problems([bad], config.cluster.kubernetes_version)
    assert any("Additional properties are not allowed ('modelURI'" in p for p in problems)
    assert any("'v3' is not one of" in p for p in problems)


def test_embedded_pod_specs_and_hpa_metrics_are_validated_as_core_objects(dev_serving):
    config, _, _, objects = dev_serving
    bad = copy.deepcopy(of_kind(objects, "SeldonDeployment")[0])
    component = bad["spec"]["predictors"][0]["componentSpecs"][0]
    component["spec"]["containers"][0]["resources"]["request"] = {"cpu": "1"}
    component["hpaSpec"]["metricsv2"][0]["resource"]["target"]["averageUtilisation"] = 70
    problems = validation_problems([bad], config.cluster.kubernetes_version)
    assert any("componentSpecs[0].spec" in p and "request" in p for p in problems)
    assert any("componentSpecs[0].hpaSpec" in p for p in problems)


def test_built_in_objects_are_validated_strictly(dev_serving):
    config, _, _, objects = dev_serving
    bad = copy.deepcopy(of_kind(objects, "PodDisruptionBudget")[0])
    bad["spec"]["maxUnavailabe"] = 1
    assert validation_problems([bad], config.cluster.kubernetes_version)
