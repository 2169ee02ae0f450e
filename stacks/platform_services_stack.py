"""In-cluster delivery: applies the platform's cdk8s charts to the EKS cluster, in order.

Each chart becomes one `KubernetesManifest` (the construct `cluster.add_cdk8s_chart` creates), placed in
this stack rather than the cluster's so the cluster template stays small; each depends on the one before
it, so namespaces and CRDs exist before what uses them. Limits (ARCHITECTURE.md): a manifest travels in
an async Lambda payload (256 KiB), so each chart stays under 200,000 bytes; a template stays under
800,000 bytes and 400 resources, so the charts are split into consecutive groups, one stack per group.
"""

from __future__ import annotations

import json
from typing import Sequence

import aws_cdk as cdk
import cdk8s
from aws_cdk import aws_eks_v2 as eks
from constructs import Construct

from platform_config import PlatformConfig
from stacks.platform_stack import PlatformStack

MAX_MANIFEST_BYTES = 200_000
# Manifests are embedded as escaped JSON strings (quotes double up); 550 kB of charts stay under 800 kB.
MAX_STACK_MANIFEST_BYTES = 550_000


def manifest_bytes(chart: cdk8s.Chart) -> int:
    return len(json.dumps(chart.to_json(), separators=(",", ":")))


def partition_charts(charts: Sequence[cdk8s.Chart], *, budget: int = MAX_STACK_MANIFEST_BYTES) -> list[list[cdk8s.Chart]]:
    """Consecutive groups of charts (apply order kept), each group's manifests within `budget` bytes."""
    groups: list[list[cdk8s.Chart]] = [[]]
    used = 0
    for chart in charts:
        size = manifest_bytes(chart)
        if size >= MAX_MANIFEST_BYTES:
            raise ValueError(f"chart {chart.node.id!r} is {size} bytes; split it below {MAX_MANIFEST_BYTES} (Lambda payload limit)")
        if groups[-1] and used + size > budget:
            groups.append([])
            used = 0
        groups[-1].append(chart)
        used += size
    return groups


class PlatformServicesStack(PlatformStack):
    """One group of consecutive charts applied to the cluster, each after the previous one."""

    def __init__(self, scope: Construct, construct_id: str, *, config: PlatformConfig, cluster: eks.ICluster,
                 charts: Sequence[cdk8s.Chart], after: eks.KubernetesManifest | None = None) -> None:
        super().__init__(
            scope, construct_id, config=config,
            description=_description(config.environment, [c.node.id for c in charts]),
        )
        self.manifests: dict[str, eks.KubernetesManifest] = {}
        previous = after
        for chart in charts:
            size = manifest_bytes(chart)
            if size >= MAX_MANIFEST_BYTES:
                raise ValueError(f"chart {chart.node.id!r} is {size} bytes; split it below {MAX_MANIFEST_BYTES}")
            is_crds = all(o["kind"] == "CustomResourceDefinition" for o in chart.to_json())
            manifest = eks.KubernetesManifest(
                self, _construct_id(chart.node.id), cluster=cluster, manifest=chart.to_json(), overwrite=True,
                # Deleting a CRD deletes every custom resource of its kind: keep them outside dev.
                removal_policy=self.removal_policy if is_crds else cdk.RemovalPolicy.DESTROY,
            )
            if previous is not None:
                manifest.node.add_dependency(previous)
            previous = manifest
            self.manifests[chart.node.id] = manifest
        self.last = previous


def _description(environment: str, chart_ids: Sequence[str]) -> str:
    """The chart list, shortened to a range when long (CDK rejects long stack descriptions at synth)."""
    text = f"ML platform {environment}: in-cluster services ({', '.join(chart_ids)})"
    if len(text.encode()) <= 400:
        return text
    return f"ML platform {environment}: in-cluster services ({len(chart_ids)} charts, {chart_ids[0]} .. {chart_ids[-1]})"


def _construct_id(chart_id: str) -> str:
    return "".join(part.capitalize() for part in chart_id.split("-")) + "Manifest"
