"""Kubeflow as cdk8s charts: core (dashboard, profiles, PodDefaults), notebooks, Katib, training operator,
pipelines and login. Shared names live in `common.py`; one chart per file.

`build_kubeflow_charts` adds the core/notebooks/Katib/training charts of one environment to a cdk8s App in
apply order (CRDs first, then the namespace and controllers, then profiles, then examples).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

import cdk8s

from platform_config import PlatformConfig
from platform_config.kubeflow import PLATFORM_DATA_STORES


@dataclass(frozen=True, kw_only=True)
class KatibDatabase:
    """The managed MySQL endpoint (issue-7b's data stack); credentials stay in the referenced Secret."""

    host: str
    port: int = 3306
    name: str = "katib"


def default_bucket_names(config: PlatformConfig) -> dict[str, str]:
    """Bucket per data store when the caller passes none: `<project>-<env>-<store>-<account>` (the data stack's
    names must match; pass the real names from its outputs when they differ)."""
    return {store: f"{config.project}-{config.environment}-{store}-{config.account}" for store in PLATFORM_DATA_STORES}


def build_kubeflow_charts(app: cdk8s.App, *, config: PlatformConfig, katib_database: KatibDatabase | None,
                          bucket_names: Mapping[str, str] | None = None, with_examples: bool | None = None) -> list[cdk8s.Chart]:
    """The issue-7a Kubeflow charts for `config`, each depending on the previous one (apply order)."""
    from k8s_charts.kubeflow.core import KubeflowCoreChart, KubeflowCoreProps
    from k8s_charts.kubeflow.crds import KubeflowCrdsChart
    from k8s_charts.kubeflow.examples import ExamplesProps, TrainingExamplesChart
    from k8s_charts.kubeflow.katib import KatibChart, KatibProps
    from k8s_charts.kubeflow.notebooks import NotebooksChart, NotebooksProps
    from k8s_charts.kubeflow.poddefaults import PodDefaultsProps, PodDefaultsWebhookChart
    from k8s_charts.kubeflow.profiles import KubeflowProfilesChart, ProfilesProps
    from k8s_charts.kubeflow.profiles_controller import ProfilesControllerChart, ProfilesControllerProps
    from k8s_charts.kubeflow.training_operator import TrainingOperatorChart, TrainingOperatorProps

    kf = config.kubeflow
    vpc = config.network.vpc_cidr
    if kf.katib_enabled and katib_database is None:
        raise ValueError("kubeflow.katib_enabled=true needs katib_database (the managed MySQL endpoint from the data stack)")
    charts: list[cdk8s.Chart] = [
        KubeflowCrdsChart(app, "kubeflow-crds", katib=kf.katib_enabled),
        KubeflowCoreChart(app, "kubeflow-core", props=KubeflowCoreProps(vpc_cidr=vpc, dashboard_replicas=2 if config.tier == "prod" else 1)),
        ProfilesControllerChart(app, "kubeflow-profiles-controller", props=ProfilesControllerProps(admin_email=kf.admin_email)),
        PodDefaultsWebhookChart(app, "kubeflow-poddefaults", props=PodDefaultsProps(vpc_cidr=vpc)),
        NotebooksChart(app, "kubeflow-notebooks", props=NotebooksProps(
            notebooks=kf.notebooks, gpu_models=tuple(sorted({g.gpu_model for g in config.cluster.gpu_node_groups})))),
        TrainingOperatorChart(app, "kubeflow-training-operator", props=TrainingOperatorProps(
            vpc_cidr=vpc, replicas=kf.training_operator_replicas)),
    ]
    if kf.katib_enabled and katib_database is not None:
        charts.append(KatibChart(app, "kubeflow-katib", props=KatibProps(
            vpc_cidr=vpc, db_host=katib_database.host, db_port=katib_database.port, db_name=katib_database.name)))
    charts.append(KubeflowProfilesChart(app, "kubeflow-profiles", props=ProfilesProps(
        profiles=kf.profiles, project=config.project, environment=config.environment, account=config.account,
        region=config.region, vpc_cidr=vpc, workload_identity=config.cluster.workload_identity,
        bucket_names=dict(bucket_names or default_bucket_names(config)))))
    examples = config.tier == "dev" if with_examples is None else with_examples
    if examples and kf.profiles and kf.katib_enabled:
        charts.append(TrainingExamplesChart(app, "kubeflow-examples", props=ExamplesProps(namespace=kf.profiles[0].name)))
    for previous, chart in zip(charts, charts[1:]):
        chart.add_dependency(previous)
    return charts
