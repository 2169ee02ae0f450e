"""Batch prediction Jobs read only their declared input and write only their declared output."""

from __future__ import annotations

import re

import pytest

from k8s_charts.seldon.batch_prediction_chart import output_uri
from k8s_charts.seldon.props import BATCH_PROCESSOR_IMAGE, GPU_TAINT_KEY
from tests.conftest import shipped_config
from tests.k8s_charts.seldon.support import one, props_for, synth, validation_problems


def _containers(job):
    spec = job["spec"]["template"]["spec"]
    return {c["name"]: c for c in spec["initContainers"] + spec["containers"]}


def test_batch_job_reads_and_writes_only_where_declared(dev_serving):
    config, props, _, objects = dev_serving
    assert config.serving.batch_jobs, "dev ships an example batch job"
    for declared in config.serving.batch_jobs:
        job = one(objects, "Job", declared.name)
        containers = _containers(job)
        uris = {name: re.findall(r"s3://\S+", " ".join(c.get("command", []) + c.get("args", []))) for name, c in containers.items()}
        assert uris["download"] == [declared.input_uri]
        assert uris["score"] == []
        assert uris["upload"] == [output_uri(props, declared)]
        assert output_uri(props, declared).startswith(f"s3://{props.buckets.predictions}/{declared.output_prefix}")
        assert "cp --recursive" in containers["download"]["command"][-1] and "--recursive" not in containers["upload"]["command"][-1]


def test_batch_job_scores_with_the_declared_model(dev_serving):
    config, props, _, objects = dev_serving
    for declared in config.serving.batch_jobs:
        job = one(objects, "Job", declared.name)
        score = _containers(job)["score"]
        assert score["image"] == BATCH_PROCESSOR_IMAGE
        args = dict(zip(score["args"][::2], score["args"][1::2]))
        assert args["--deployment-name"] == declared.model and args["--namespace"] == props.namespace
        assert args["--host"] == f"{declared.model}-main.{props.namespace}.svc.cluster.local:8000"
        assert args["--workers"] == str(declared.parallelism)
        assert job["spec"]["backoffLimit"] == declared.retries
        assert job["spec"]["activeDeadlineSeconds"] == declared.deadline_seconds
        pod = job["spec"]["template"]
        assert pod["spec"]["serviceAccountName"] == props.service_account
        assert ("iam.amazonaws.com/role" in pod["metadata"].get("annotations", {})) == (props.identity_mode == "kube2iam")


@pytest.mark.parametrize("gpu", [0, 1])
def test_batch_gpu_when_asked(gpu):
    config = shipped_config("dev")
    jobs = tuple(j.model_copy(update={"gpu": gpu}) for j in config.serving.batch_jobs)
    _, objects = synth(props_for(config, serving=config.serving.model_copy(update={"batch_jobs": jobs})))
    job = one(objects, "Job", jobs[0].name)
    spec = job["spec"]["template"]["spec"]
    score = _containers(job)["score"]
    if gpu:
        assert score["resources"]["limits"]["nvidia.com/gpu"] == gpu
        assert spec["tolerations"][0]["key"] == GPU_TAINT_KEY
    else:
        assert "nvidia.com/gpu" not in score["resources"]["limits"] and "tolerations" not in spec
    assert validation_problems(objects, config.cluster.kubernetes_version) == []
