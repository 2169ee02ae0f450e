"""Helpers for the example pipelines' tests: compile with the real KFP compiler, read the spec back, fake S3."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

import yaml
from google.protobuf import json_format
from kfp.kubernetes import kubernetes_executor_config_pb2
from kfp.pipeline_spec import pipeline_spec_pb2

PINNED_IMAGE = re.compile(r"^[a-z0-9.-]+(/[a-z0-9._-]+)+:(?!latest$)[A-Za-z0-9._-]+$")


@dataclass(frozen=True)
class Compiled:
    """The compiled package: the PipelineSpec document and the Kubernetes platform document."""

    spec: dict[str, Any]
    platform: dict[str, Any]

    @property
    def tasks(self) -> dict[str, Any]:
        return self.spec["root"]["dag"]["tasks"]

    def executor(self, task: str) -> dict[str, Any]:
        """The container of a task (by task key), as the backend's driver reads it."""
        label = self.spec["components"][self.tasks[task]["componentRef"]["name"]]["executorLabel"]
        return self.spec["deploymentSpec"]["executors"][label]["container"]

    def kubernetes(self, task: str) -> dict[str, Any]:
        """The kfp-kubernetes executor config of a task ({} when it sets nothing)."""
        label = self.spec["components"][self.tasks[task]["componentRef"]["name"]]["executorLabel"]
        return self.platform.get("platforms", {}).get("kubernetes", {}).get("deploymentSpec", {}).get("executors", {}).get(label, {})


def compile_example(main: Callable[[list[str]], int], path: Path, *args: str) -> Compiled:
    """Run the example's `python -m` entry point and parse what it wrote, strictly, with the SDK's protos."""
    assert main(["--output", str(path), *args]) == 0
    return read_package(path)


def read_package(path: Path) -> Compiled:
    """Parse a compiled package strictly: both documents must unmarshal into the SDK's protos."""
    documents = list(yaml.safe_load_all(path.read_text()))
    spec, platform = (documents + [{}])[:2]
    # Unknown or misspelled fields fail here: the same protos the 2.16 backend unmarshals.
    json_format.ParseDict(spec, pipeline_spec_pb2.PipelineSpec())
    for executor in platform.get("platforms", {}).get("kubernetes", {}).get("deploymentSpec", {}).get("executors", {}).values():
        json_format.ParseDict(executor, kubernetes_executor_config_pb2.KubernetesExecutorConfig())
    return Compiled(spec=spec, platform=platform)


def installed_packages(container: dict[str, Any]) -> list[str]:
    """The packages a lightweight component's command installs at step start (the `pip install` arguments)."""
    script = container["command"][2]
    return [p for p in re.findall(r"'([^']+)'", script) if not p.startswith("-") and "python_version" not in p]


class FakeS3:
    """Records put_object/upload_file calls as {(bucket, key): bytes}."""

    def __init__(self) -> None:
        self.objects: dict[tuple[str, str], bytes] = {}

    def put_object(self, *, Bucket: str, Key: str, Body: bytes, **_: object) -> None:
        self.objects[(Bucket, Key)] = Body

    def upload_file(self, Filename: str, Bucket: str, Key: str) -> None:
        self.objects[(Bucket, Key)] = Path(Filename).read_bytes()
