"""`mlplatform models`: the model registry the design describes, in the models bucket.

Each version is `s3://<models bucket>/<name>/<version>/` holding the artifact files and `metadata.json`, in the
schema the serving config validates (`platform_config.serving.ModelMetadata`) and the example pipeline writes
(`examples/pipelines/train_and_serve.py`). Versions are `v1`, `v2`, ...; a version is never overwritten: every
object is written with `If-None-Match: *` (S3 conditional writes), so a second writer of the same version fails
instead of replacing it (https://docs.aws.amazon.com/AmazonS3/latest/userguide/conditional-writes.html).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

from botocore.exceptions import ClientError
from pydantic import ValidationError

from platform_cli.aws import Aws, CliError, error_code
from platform_config.loader import format_validation_error
from platform_config.models import PlatformConfig
from platform_config.serving import ModelDeployment, ModelMetadata

METADATA = "metadata.json"
VERSION = re.compile(r"^v(\d+)$")
NAME = re.compile(r"^[a-z]([a-z0-9-]{0,28}[a-z0-9])?$")


def check_name(name: str) -> str:
    if not NAME.match(name):
        raise CliError(f"--name {name!r}: a model name is a DNS label of at most 30 characters (serving.models[].name)")
    return name


def versions(aws: Aws, bucket: str, name: str) -> list[str]:
    """The model's versions `v<N>` in numeric order (other prefixes under the name are left alone)."""
    found = []
    for page in aws.client("s3").get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=f"{name}/", Delimiter="/"):
        for prefix in page.get("CommonPrefixes", []):
            version = prefix["Prefix"][len(name) + 1:].rstrip("/")
            if VERSION.match(version):
                found.append(version)
    return sorted(found, key=lambda v: int(VERSION.match(v).group(1)))  # type: ignore[union-attr]


def next_version(existing: list[str]) -> str:
    return f"v{int(VERSION.match(existing[-1]).group(1)) + 1}" if existing else "v1"  # type: ignore[union-attr]


def _put_new(s3: Any, bucket: str, key: str, body: bytes, **extra: Any) -> None:
    try:
        s3.put_object(Bucket=bucket, Key=key, Body=body, IfNoneMatch="*", **extra)
    except ClientError as exc:
        if error_code(exc) in ("PreconditionFailed", "412", "ConditionalRequestConflict"):
            raise CliError(f"s3://{bucket}/{key} already exists: another register took this version; run it again") from None
        raise


def parse_metrics(text: str | None) -> dict[str, float] | None:
    if text is None:
        return None
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise CliError(f"--metrics {text!r}: not JSON ({exc.msg}); e.g. --metrics '{{\"auc\": 0.91}}'") from None
    if not isinstance(value, dict):
        raise CliError(f"--metrics {text!r}: must be a JSON object of metric name to number, e.g. '{{\"auc\": 0.91}}'")
    return value


def register(*, config: PlatformConfig, aws: Aws, directory: Path, name: str, metrics: dict[str, float] | None,
             dataset: str | None, training_run: str | None, owner: str | None, server: str = "SKLEARN_SERVER",
             protocol: str = "v2") -> dict[str, Any]:
    """Upload `directory` as the next version with its metadata; returns the `serving.models[]` entry."""
    check_name(name)
    if not directory.is_dir():
        raise CliError(f"model directory {str(directory)!r} does not exist or is not a directory")
    files = sorted(p for p in directory.rglob("*") if p.is_file())
    if not files:
        raise CliError(f"model directory {str(directory)!r} holds no files")
    if any(p.relative_to(directory).as_posix() == METADATA for p in files):
        raise CliError(f"{directory / METADATA} exists: the registry writes metadata.json itself; remove it from the directory")
    bucket = config.serving_names()["models"]
    existing = versions(aws, bucket, name)
    version = next_version(existing)
    metadata_fields = {"name": name, "version": version, "training_run": training_run or "", "metrics": metrics or {},
                       "dataset": dataset or "", "owner": owner or ""}
    try:
        metadata = ModelMetadata.model_validate(metadata_fields)
    except ValidationError as exc:
        flags = {"training_run": "--training-run", "metrics": "--metrics", "dataset": "--dataset", "owner": "--owner"}
        problems = [f"metadata.{path} ({flags.get(path.split('.')[0], path)}): {message}" for path, message in format_validation_error(exc)]
        raise CliError("model metadata is incomplete:\n  - " + "\n  - ".join(problems)) from None
    s3 = aws.client("s3")
    prefix = f"{name}/{version}/"
    if s3.list_objects_v2(Bucket=bucket, Prefix=prefix, MaxKeys=1).get("KeyCount", 0):
        raise CliError(f"s3://{bucket}/{prefix} already holds objects: versions are never overwritten")
    for path in files:
        _put_new(s3, bucket, prefix + path.relative_to(directory).as_posix(), path.read_bytes())
    # metadata.json last: a version with metadata is complete (what serving and `models list` rely on).
    _put_new(s3, bucket, prefix + METADATA, json.dumps(metadata.model_dump(mode="json"), sort_keys=True).encode(),
             ContentType="application/json")
    return serving_entry(bucket, metadata, server=server, protocol=protocol)


def serving_entry(bucket: str, metadata: ModelMetadata, *, server: str, protocol: str) -> dict[str, Any]:
    """The `serving.models[]` declaration for a registered version, validated as the config validates it."""
    entry = {"name": metadata.name, "version": metadata.version, "model_uri": f"s3://{bucket}/{metadata.name}/{metadata.version}/",
             "server": server, "protocol": protocol, "metadata": metadata.model_dump(mode="json")}
    try:
        ModelDeployment.model_validate(entry)
    except ValidationError as exc:
        problems = [f"{p}: {m}" for p, m in format_validation_error(exc)]
        raise CliError("the serving entry would not validate:\n  - " + "\n  - ".join(problems)) from None
    return entry


def read_metadata(aws: Aws, bucket: str, name: str, version: str) -> dict[str, Any] | None:
    try:
        body = aws.client("s3").get_object(Bucket=bucket, Key=f"{name}/{version}/{METADATA}")["Body"].read()
    except ClientError as exc:
        if error_code(exc) in ("NoSuchKey", "404"):
            return None
        raise
    return json.loads(body)


def list_models(*, config: PlatformConfig, aws: Aws) -> list[dict[str, Any]]:
    """One row per model: name, versions, latest version and when it was written."""
    bucket = config.serving_names()["models"]
    names = []
    for page in aws.client("s3").get_paginator("list_objects_v2").paginate(Bucket=bucket, Delimiter="/"):
        names += [p["Prefix"].rstrip("/") for p in page.get("CommonPrefixes", [])]
    rows = []
    for name in sorted(names):
        found = versions(aws, bucket, name)
        if found:
            rows.append({"name": name, "versions": len(found), "latest": found[-1], "model_uri": f"s3://{bucket}/{name}/{found[-1]}/"})
    return rows


def show_model(*, config: PlatformConfig, aws: Aws, name: str, version: str | None) -> dict[str, Any]:
    """A version's metadata and files (the latest version by default)."""
    check_name(name)
    bucket = config.serving_names()["models"]
    found = versions(aws, bucket, name)
    if not found:
        raise CliError(f"model {name!r} has no versions in s3://{bucket}/")
    version = version or found[-1]
    if version not in found:
        raise CliError(f"--version {version!r}: model {name!r} has versions {found}")
    files = []
    for page in aws.client("s3").get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=f"{name}/{version}/"):
        files += [{"key": o["Key"], "size": o["Size"], "modified": o["LastModified"].astimezone(dt.timezone.utc).isoformat()}
                  for o in page.get("Contents", [])]
    return {"name": name, "version": version, "versions": found, "model_uri": f"s3://{bucket}/{name}/{version}/",
            "metadata": read_metadata(aws, bucket, name, version), "files": files}
