"""The one image switch: with `image_registry` set, every public image of every chart comes from the account's ECR."""

from __future__ import annotations

import dataclasses
import json
import re

import pytest

from k8s_charts.image_mirror import COPIED, PULL_THROUGH, mirror_text, public_hosts
from k8s_charts.platform_charts import synth_objects
from tests.k8s_charts.conftest import charts_for

REGISTRY = "333333333333.dkr.ecr.eu-west-1.amazonaws.com"
# Private ECR registries in the region (the EKS images account's, for the EFA device plugin) are reached through
# the VPC's ECR endpoints as they are: only public registries need the mirror.
REGIONAL_ECR = re.compile(r"^\d{12}\.dkr\.ecr\.eu-west-1\.amazonaws\.com/")
_MIRRORED: dict[str, dict[str, list[dict]]] = {}


def mirrored(variant: str) -> dict[str, list[dict]]:
    """The variant's charts with the mirror switched on, synthesized once per session."""
    if variant not in _MIRRORED:
        _MIRRORED[variant] = synth_objects(dataclasses.replace(charts_for(variant).props, image_registry=REGISTRY))
    return _MIRRORED[variant]


def test_references_are_rewritten_and_urls_are_not():
    assert mirror_text("docker.io/library/mysql:8.4.3", REGISTRY) == f"{REGISTRY}/docker-hub/library/mysql:8.4.3"
    assert mirror_text("--image=quay.io/jetstack/x:v1", REGISTRY) == f"--image={REGISTRY}/quay/jetstack/x:v1"
    assert mirror_text('{"image": "nvcr.io/nvidia/k8s-device-plugin:v0.17.4"}', REGISTRY) == \
        f'{{"image": "{REGISTRY}/copied/nvcr.io/nvidia/k8s-device-plugin:v0.17.4"}}'
    assert mirror_text("https://registry.k8s.io/v2/", REGISTRY) == "https://registry.k8s.io/v2/"
    assert mirror_text("mydocker.io/x:1", REGISTRY) == "mydocker.io/x:1"


def _images(value):
    """Every `image` field anywhere in the objects (pod templates, init containers, custom resources)."""
    if isinstance(value, dict):
        yield from ([value["image"]] if isinstance(value.get("image"), str) else [])
        for v in value.values():
            yield from _images(v)
    elif isinstance(value, list):
        for v in value:
            yield from _images(v)


@pytest.mark.parametrize("variant", ["dev", "prod"])
def test_every_image_of_every_workload_comes_from_the_account_registry(variant):
    """dev has the prediction logger and batch jobs (cdk8s-plus objects), prod the replicated routers."""
    objects = mirrored(variant)
    images = set(_images(objects))
    assert {"Job", "Deployment"} <= {o["kind"] for chart in objects.values() for o in chart}
    assert images and [i for i in images if not (i.startswith(f"{REGISTRY}/") or REGIONAL_ECR.match(i))] == []


def test_switch_off_keeps_upstream_and_on_leaves_no_public_registry(prod_charts):
    assert prod_charts.props.image_registry is None
    before = json.dumps(prod_charts.by_chart)
    assert public_hosts(before) == set(PULL_THROUGH) | set(COPIED)  # the platform uses every registry listed
    objects = mirrored(prod_charts.variant)
    text = json.dumps(objects)
    assert public_hosts(text) == set()
    images = set(_images(objects))
    assert images and all(i.startswith(f"{REGISTRY}/") or REGIONAL_ECR.match(i) for i in images)
    assert any(i.startswith(f"{REGISTRY}/") for i in images)
