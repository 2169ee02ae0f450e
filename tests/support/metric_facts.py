"""Metric facts: the series each exporter the platform scrapes writes, and their labels, at its pinned release.

One file per exporter in `tests/upstream_facts/metrics/` (format in `tests/upstream_facts/README.md`). The
dashboards and alert rules are checked against these (tests/k8s_charts/test_grafana_dashboards.py), so a panel or
alert that asks for a series or label the exporter does not write fails before it renders empty in Grafana or
never fires.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

METRICS_DIR = Path(__file__).resolve().parents[1] / "upstream_facts" / "metrics"
_SCRAPED = ("job", "service", "every_target")
_HISTOGRAM = {"_bucket": {"le"}, "_count": set(), "_sum": set()}


@dataclass(frozen=True)
class Metric:
    """One series name: where Prometheus scrapes it and the labels its exporter writes."""

    name: str
    exporter: str
    scraped_from: tuple[str, str]  # ("job", name), ("service", "namespace/name") or ("every_target", "")
    labels: frozenset[str]
    # Written only on some series (DCGM: only for a GPU assigned to a pod); the others lack the label.
    only_when_mapped: frozenset[str] = frozenset()
    values: dict[str, tuple[str, ...]] = field(default_factory=dict)  # every value the exporter writes
    patterns: dict[str, str] = field(default_factory=dict)  # a regex every value matches
    allowlisted_labels: str = ""  # kube-state-metrics --metric-labels-allowlist resource (label_* labels)
    zero_until_set: bool = False  # a timestamp gauge that reads 0 until the event first happens
    includes_finished_pods: bool = False  # a per-pod series also written for Succeeded/Failed pods
    source: dict[str, Any] = field(default_factory=dict)

    @property
    def written(self) -> frozenset[str]:
        return self.labels | self.only_when_mapped


@dataclass(frozen=True)
class ExporterFacts:
    exporter: str
    path: Path
    pinned_in: str
    sources: dict[str, dict[str, Any]]
    metrics: tuple[Metric, ...]


def load_exporter_facts(path: Path) -> ExporterFacts:
    """Parse and check one exporter's file; a malformed file fails with every problem listed."""
    data = yaml.safe_load(path.read_text()) or {}
    problems: list[str] = []
    exporter = data.get("exporter") or ""
    if exporter != path.stem:
        problems.append(f"exporter {exporter!r} must equal the file name {path.stem!r}")
    if not data.get("pinned_in"):
        problems.append("pinned_in: name where the platform pins the exporter's version")
    sources = data.get("sources") or {}
    if not sources:
        problems.append("sources: none")
    for name, src in sources.items():
        if not isinstance(src, dict) or not src.get("repository") or not src.get("tag"):
            problems.append(f"sources.{name}: needs repository and tag")
    scraped = data.get("scraped_from") or {}
    kinds = [k for k in _SCRAPED if k in scraped]
    if len(kinds) != 1 or len(scraped) != 1:
        problems.append(f"scraped_from {scraped!r}: exactly one of {list(_SCRAPED)} expected")
        scraped_from = ("", "")
    else:
        scraped_from = (kinds[0], "" if kinds[0] == "every_target" else str(scraped[kinds[0]]))
    metrics: list[Metric] = []
    for name, raw in (data.get("metrics") or {}).items():
        where = f"metrics.{name}"
        raw = raw or {}
        source = raw.get("source") or {}
        if source.get("ref") not in sources or not source.get("path"):
            problems.append(f"{where}: source needs ref (one of {sorted(sources)}) and path")
        labels = raw.get("labels")
        if not isinstance(labels, list):
            problems.append(f"{where}: labels must be a list (empty when the exporter writes none)")
            labels = []
        unknown = sorted(set(raw) - {"source", "served_by", "labels", "only_when_mapped", "values", "patterns",
                                     "allowlisted_labels", "zero_until_set", "includes_finished_pods", "type"})
        if unknown:
            problems.append(f"{where}: unknown keys {unknown}")
        written = set(labels) | set(raw.get("only_when_mapped") or [])
        for key in ("values", "patterns"):
            stray = sorted(set(raw.get(key) or {}) - written)
            if stray:
                problems.append(f"{where}: {key} for labels the metric does not have: {stray}")
        for label, pattern in (raw.get("patterns") or {}).items():
            try:
                re.compile(pattern)
            except re.error as error:
                problems.append(f"{where}: patterns.{label} {pattern!r} is no regex ({error})")
        kind = raw.get("type", "")
        if kind not in ("", "histogram"):
            problems.append(f"{where}: type {kind!r}: only 'histogram' (expands to _bucket, _count, _sum)")
        suffixes = _HISTOGRAM if kind == "histogram" else {"": set()}
        for suffix, extra in suffixes.items():
            metrics.append(Metric(
                name=name + suffix, exporter=exporter, scraped_from=scraped_from,
                labels=frozenset(labels) | extra, only_when_mapped=frozenset(raw.get("only_when_mapped") or []),
                values={k: tuple(str(v) for v in vs) for k, vs in (raw.get("values") or {}).items()},
                patterns=dict(raw.get("patterns") or {}), allowlisted_labels=raw.get("allowlisted_labels") or "",
                zero_until_set=bool(raw.get("zero_until_set")),
                includes_finished_pods=bool(raw.get("includes_finished_pods")), source=source))
    if not metrics:
        problems.append("no metrics")
    if problems:
        raise ValueError(f"{path}:\n  " + "\n  ".join(problems))
    return ExporterFacts(exporter=exporter, path=path, pinned_in=data["pinned_in"], sources=sources, metrics=tuple(metrics))


def load_metric_facts(directory: Path = METRICS_DIR) -> dict[str, Metric]:
    """Every metric of every exporter file, by series name; a name two exporters claim is an error."""
    out: dict[str, Metric] = {}
    problems = []
    for facts in (load_exporter_facts(p) for p in sorted(directory.glob("*.yaml"))):
        for metric in facts.metrics:
            if metric.name in out:
                problems.append(f"{metric.name}: in both {out[metric.name].exporter} and {metric.exporter}")
            out[metric.name] = metric
    if problems:
        raise ValueError("\n".join(problems))
    return out


def exporter_facts(directory: Path = METRICS_DIR) -> list[ExporterFacts]:
    return [load_exporter_facts(p) for p in sorted(directory.glob("*.yaml"))]
