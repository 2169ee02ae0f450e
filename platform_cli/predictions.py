"""`mlplatform predictions sample`: the sampled predictions the serving layer's logger wrote to S3.

Layout (k8s_charts/seldon/prediction_logger_chart.py, Fluent Bit's S3 output): gzip JSON lines under
`s3://<predictions bucket>/predictions/model=<name>/dt=<YYYY-MM-DD>/<HHMMSS>-<uuid>.json.gz`. The CLI does not
import the chart (no cdk8s at run time); a test holds this prefix equal to the chart's.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import re
from typing import Any, Iterator

from platform_cli.aws import Aws, CliError
from platform_cli.models import check_name
from platform_config.models import PlatformConfig

PREDICTIONS_PREFIX = "predictions/"
DURATION = re.compile(r"^(\d+)([mhd])$")
UNITS = {"m": "minutes", "h": "hours", "d": "days"}


def model_prefix(model: str) -> str:
    return f"{PREDICTIONS_PREFIX}model={model}/"


def parse_since(text: str) -> dt.timedelta:
    match = DURATION.match(text)
    if not match or int(match.group(1)) == 0:
        raise CliError(f"--since {text!r}: use a duration like 30m, 1h or 7d")
    return dt.timedelta(**{UNITS[match.group(2)]: int(match.group(1))})


def _records(body: bytes, key: str) -> Iterator[Any]:
    data = gzip.decompress(body) if key.endswith(".gz") or body[:2] == b"\x1f\x8b" else body
    for line in data.decode("utf-8").splitlines():
        if line.strip():
            try:
                yield json.loads(line)
            except json.JSONDecodeError:
                yield {"unparsed": line}


def sample(*, config: PlatformConfig, aws: Aws, model: str, since: dt.timedelta, limit: int,
           now: dt.datetime | None = None) -> list[dict[str, Any]]:
    """Up to `limit` records written in the last `since`, newest object first."""
    check_name(model)
    declared = [m.name for m in config.serving.models]
    if model not in declared:
        raise CliError(f"--model {model!r} is not declared in serving.models of {config.environment} (declared: {declared})")
    now = now or dt.datetime.now(dt.timezone.utc)
    start = now - since
    bucket = config.serving_names()["predictions"]
    s3 = aws.client("s3")
    objects = []
    day = start.date()
    while day <= now.date():
        prefix = f"{model_prefix(model)}dt={day.isoformat()}/"
        for page in s3.get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=prefix):
            objects += [o for o in page.get("Contents", []) if o["LastModified"] >= start]
        day += dt.timedelta(days=1)
    rows: list[dict[str, Any]] = []
    for obj in sorted(objects, key=lambda o: o["LastModified"], reverse=True):
        body = s3.get_object(Bucket=bucket, Key=obj["Key"])["Body"].read()
        for record in _records(body, obj["Key"]):
            rows.append({"object": f"s3://{bucket}/{obj['Key']}", "written": obj["LastModified"].isoformat(), "record": record})
            if len(rows) >= limit:
                return rows
    return rows
