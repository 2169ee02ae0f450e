"""In-cluster delivery: applies the platform's cdk8s charts to the EKS cluster, in order.

Each chart becomes one `KubernetesManifest` (the construct `cluster.add_cdk8s_chart` creates), placed in
this stack rather than the cluster's so the cluster template stays small; each depends on the one before
it, so namespaces and CRDs exist before what uses them. A chart that ships a webhook is followed by
readiness waits (its Deployment Available, its CA bundle injected; `k8s_charts.readiness`), and the next
chart depends on those waits, so nothing a webhook admits is applied before the webhook can answer.

Limits (ARCHITECTURE.md): a manifest travels in an async Lambda payload (256 KiB), so each chart stays under
200,000 bytes; a template stays under 800,000 bytes and 400 resources, so the charts are split into
consecutive groups, one stack per group (the waits add about 0.8 kB each and stay with their chart's stack).
"""

from __future__ import annotations

import json
from typing import Callable, Mapping, Sequence

import aws_cdk as cdk
import cdk8s
from aws_cdk import aws_eks_v2 as eks
from constructs import Construct

from k8s_charts.readiness import ReadinessCheck, readiness_plan
from platform_config import PlatformConfig
from platform_constructs.readiness_waits import ReadinessWaits
from stacks.platform_stack import PlatformStack

MAX_MANIFEST_BYTES = 200_000
# Manifests are embedded as escaped JSON strings (quotes double up); 550 kB of charts stay under 800 kB.
MAX_STACK_MANIFEST_BYTES = 550_000


def manifest_bytes(chart: cdk8s.Chart) -> int:
    return len(json.dumps(chart.to_json(), separators=(",", ":")))


def partition_charts(charts: Sequence[cdk8s.Chart], *, group_of: Callable[[str], str],
                     budget: int = MAX_STACK_MANIFEST_BYTES) -> list[tuple[str, list[cdk8s.Chart]]]:
    """(delivery stack id, charts) in apply order: each chart in the stack `group_of(chart id)` names.

    The grouping is fixed per chart, never by size: a chart that moved to another stack would be deleted by its
    old stack's manifest resource (`kubectl delete`) before the new one applies it. A group over `budget` is an
    error naming it, so growth (more teams, more models) is met by a deliberate new group, not a silent move.
    """
    groups: list[tuple[str, list[cdk8s.Chart]]] = []
    for chart in charts:
        size = manifest_bytes(chart)
        if size >= MAX_MANIFEST_BYTES:
            raise ValueError(f"chart {chart.node.id!r} is {size} bytes; split it below {MAX_MANIFEST_BYTES} (Lambda payload limit)")
        stack_id = group_of(chart.node.id)
        if groups and groups[-1][0] == stack_id:
            groups[-1][1].append(chart)
        elif any(existing == stack_id for existing, _ in groups):
            raise ValueError(f"chart {chart.node.id!r} belongs to delivery stack {stack_id!r}, which an earlier group "
                             "already closed: keep each stack's charts consecutive in the apply order")
        else:
            groups.append((stack_id, [chart]))
    for stack_id, group in groups:
        used = sum(manifest_bytes(c) for c in group)
        if used > budget:
            raise ValueError(f"delivery stack {stack_id!r} holds {used} bytes of manifests ({', '.join(c.node.id for c in group)}), "
                             f"over its budget of {budget}: start a new delivery group (k8s_charts.platform_charts.DELIVERY_GROUPS)")
    return groups


class PlatformServicesStack(PlatformStack):
    """One group of consecutive charts applied to the cluster, each after the previous one and after the
    readiness waits of the webhooks the previous charts ship."""

    def __init__(self, scope: Construct, construct_id: str, *, config: PlatformConfig, cluster: eks.ICluster,
                 charts: Sequence[cdk8s.Chart], after: Sequence[Construct] = (),
                 readiness: Mapping[str, Sequence[ReadinessCheck]] | None = None) -> None:
        """`after`: what the first chart waits for (the previous stack's `last`); `readiness`: chart id -> the
        checks to pass after it (default: derived from `charts` alone, see `k8s_charts.readiness`)."""
        super().__init__(
            scope, construct_id, config=config,
            description=_description(config.environment, [c.node.id for c in charts]),
        )
        objects = {chart.node.id: chart.to_json() for chart in charts}
        if readiness is None:
            readiness = readiness_plan(objects)
        self.manifests: dict[str, eks.KubernetesManifest] = {}
        self.waits: dict[str, ReadinessWaits] = {}
        previous: list[Construct] = list(after)
        for chart in charts:
            chart_id = chart.node.id
            size = manifest_bytes(chart)
            if size >= MAX_MANIFEST_BYTES:
                raise ValueError(f"chart {chart_id!r} is {size} bytes; split it below {MAX_MANIFEST_BYTES}")
            is_crds = all(o["kind"] == "CustomResourceDefinition" for o in objects[chart_id])
            manifest = eks.KubernetesManifest(
                self, _construct_id(chart_id), cluster=cluster, manifest=objects[chart_id], overwrite=True,
                # Deleting a CRD deletes every custom resource of its kind: keep them outside dev.
                removal_policy=self.removal_policy if is_crds else cdk.RemovalPolicy.DESTROY,
            )
            for dependency in previous:
                manifest.node.add_dependency(dependency)
            self.manifests[chart_id] = manifest
            previous = [manifest]
            checks = readiness.get(chart_id, ())
            if checks:
                waits = ReadinessWaits(self, _construct_id(chart_id).removesuffix("Manifest") + "Ready",
                                       cluster=cluster, checks=checks, after=manifest)
                self.waits[chart_id] = waits
                # The next chart (in this stack or the next one) starts after every wait has passed.
                previous += waits.waits
        # What the next stack's first chart must wait for (cross-stack: CDK turns it into a stack dependency).
        self.last: list[Construct] = previous


def _description(environment: str, chart_ids: Sequence[str]) -> str:
    """The chart list, shortened to a range when long (CDK rejects long stack descriptions at synth)."""
    text = f"ML platform {environment}: in-cluster services ({', '.join(chart_ids)})"
    if len(text.encode()) <= 400:
        return text
    return f"ML platform {environment}: in-cluster services ({len(chart_ids)} charts, {chart_ids[0]} .. {chart_ids[-1]})"


def _construct_id(chart_id: str) -> str:
    return "".join(part.capitalize() for part in chart_id.split("-")) + "Manifest"
