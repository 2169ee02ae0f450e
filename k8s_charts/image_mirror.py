"""Public registries -> the environment's ECR, for a VPC with no internet route (`network.private_only`).

ECR pull-through cache serves ECR Public, registry.k8s.io and Quay without credentials, and Docker Hub and
GitHub Container Registry with a Secrets Manager secret named `ecr-pullthroughcache/...`; NVIDIA NGC (nvcr.io)
and gcr.io are not upstreams it supports, so their images are copied once into ECR under `copied/<host>/`.
https://docs.aws.amazon.com/AmazonECR/latest/userguide/pull-through-cache.html
https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_CreatePullThroughCacheRule.html

The rewrite is one switch (`ClusterServicesProps.image_registry`): every string of every object naming an
image of a public registry (a container's `image`, and images passed in args, env or config) is rewritten.
"""

from __future__ import annotations

import re
from typing import Any

import cdk8s

# registry host in image references -> (ECR repository prefix of its pull-through rule, upstream registry URL)
PULL_THROUGH: dict[str, tuple[str, str]] = {
    "public.ecr.aws": ("ecr-public", "public.ecr.aws"),
    "registry.k8s.io": ("kubernetes", "registry.k8s.io"),
    "quay.io": ("quay", "quay.io"),
    "docker.io": ("docker-hub", "registry-1.docker.io"),
    "ghcr.io": ("github", "ghcr.io"),
}
# Upstreams that need a Secrets Manager secret (named ecr-pullthroughcache/<anything>) for the rule.
NEEDS_CREDENTIALS: frozenset[str] = frozenset({"docker.io", "ghcr.io"})
# Registries pull-through cache does not support: copied into ECR repositories under this prefix.
COPIED: dict[str, str] = {"nvcr.io": "copied/nvcr.io", "gcr.io": "copied/gcr.io"}

_REFERENCE = re.compile(r"(?<![\w./-])(" + "|".join(re.escape(h) for h in (*PULL_THROUGH, *COPIED)) + r")/")


def ecr_registry(account: str, region: str) -> str:
    """The environment's private ECR registry host."""
    return f"{account}.dkr.ecr.{region}.amazonaws.com"


def mirror_text(text: str, registry: str) -> str:
    """`text` with every public-registry image reference pointing at `registry`'s pull-through or copied path."""
    def replace(match: re.Match) -> str:
        host = match.group(1)
        prefix = PULL_THROUGH[host][0] if host in PULL_THROUGH else COPIED[host]
        return f"{registry}/{prefix}/"
    return _REFERENCE.sub(replace, text)


def public_hosts(value: Any) -> set[str]:
    """Public registry hosts referenced anywhere in `value` (a manifest object, list or string)."""
    if isinstance(value, str):
        return set(_REFERENCE.findall(value))
    if isinstance(value, dict):
        return set().union(set(), *(public_hosts(v) for v in value.values()))
    if isinstance(value, list):
        return set().union(set(), *(public_hosts(v) for v in value))
    return set()


def _patches(value: Any, path: str, registry: str) -> list[cdk8s.JsonPatch]:
    if isinstance(value, str):
        mirrored = mirror_text(value, registry)
        return [cdk8s.JsonPatch.replace(path, mirrored)] if mirrored != value else []
    if isinstance(value, dict):
        return [p for k, v in value.items() for p in _patches(v, f"{path}/{k.replace('~', '~0').replace('/', '~1')}", registry)]
    if isinstance(value, list):
        return [p for i, v in enumerate(value) for p in _patches(v, f"{path}/{i}", registry)]
    return []


def mirror_chart_images(chart: cdk8s.Chart, registry: str) -> None:
    """Patch every API object of `chart` so its images come from `registry` (JSON patches, seen by every synth).

    Walks the whole construct tree: `Chart.api_objects` lists only the chart's direct children, not the
    objects cdk8s-plus constructs (Deployment, Job) create under themselves.
    """
    for api_object in (c for c in chart.node.find_all() if isinstance(c, cdk8s.ApiObject)):
        patches = _patches(api_object.to_json(), "", registry)
        if patches:
            api_object.add_json_patch(*patches)
