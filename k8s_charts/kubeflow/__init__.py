"""Kubeflow as cdk8s charts: core (dashboard, profiles, PodDefaults), notebooks, Katib, training operator,
pipelines and login. Shared names live in `common.py`; one chart per file.

`KUBEFLOW_CHART_FACTORIES` are the core/notebooks/Katib/training charts in apply order (CRDs first, then the
namespace and controllers, then the team profiles and their notebook routes, then the examples); `k8s_charts.platform_charts` splices
them into the platform's list. Inputs come from `ClusterServicesProps`: the `kubeflow` config section and
the Katib database endpoint travel in `props.sections`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Mapping

import cdk8s

from platform_config.kubeflow import PLATFORM_DATA_STORES, KubeflowConfig

if TYPE_CHECKING:
    from k8s_charts.props import ClusterServicesProps
    from platform_config import PlatformConfig

SECTION = "kubeflow"


@dataclass(frozen=True, kw_only=True)
class KatibDatabase:
    """The managed MySQL endpoint (the KubeflowBacking stack); credentials stay in the referenced Secret."""

    host: str
    port: int = 3306
    name: str = "katib"


@dataclass(frozen=True, kw_only=True)
class KubeflowInputs:
    """What `props.sections["kubeflow"]` holds: the config section, the project (IAM role names of the
    profiles) and the Katib database endpoint (None only when Katib is disabled)."""

    config: KubeflowConfig
    project: str
    katib_database: KatibDatabase | None
    # store (as named in profile prefixes, e.g. "offline-features") -> bucket name
    bucket_names: Mapping[str, str]


def kubeflow_bucket_names(config: "PlatformConfig") -> dict[str, str]:
    """Bucket of each store a profile prefix may name: the data stack's deterministic names (the imported
    collected-data bucket when configured), keyed by the bucket suffix used in `s3_prefixes`."""
    from platform_config.data import STORE_BUCKET_SUFFIXES

    names = config.data.store_bucket_names(project=config.project, environment=config.environment, account=config.account)
    by_suffix = {suffix: names[key] for key, suffix in STORE_BUCKET_SUFFIXES.items() if key in names}
    return {store: by_suffix[store] for store in PLATFORM_DATA_STORES}


def _inputs(props: "ClusterServicesProps") -> KubeflowInputs:
    try:
        return props.sections[SECTION]
    except KeyError:
        raise KeyError(f"props.sections has no {SECTION!r} entry (a KubeflowInputs)") from None


def _kubeflow(props: "ClusterServicesProps") -> KubeflowConfig:
    return _inputs(props).config


def _env(props: "ClusterServicesProps") -> dict:
    return {"kubernetes_version": props.kubernetes_version, "identity_mode": props.identity_mode}


def _crds(app: cdk8s.App, props: "ClusterServicesProps") -> cdk8s.Chart:
    from k8s_charts.kubeflow.crds import KubeflowCrdsChart, KubeflowCrdsProps

    return KubeflowCrdsChart(app, "kubeflow-crds", props=KubeflowCrdsProps(**_env(props), katib=_kubeflow(props).katib_enabled))


def _core(app: cdk8s.App, props: "ClusterServicesProps") -> cdk8s.Chart:
    from k8s_charts.kubeflow.common import NAMESPACE
    from k8s_charts.kubeflow.core import KubeflowCoreChart, KubeflowCoreProps

    gateway = props.platform_services.gateway
    return KubeflowCoreChart(app, "kubeflow-core", props=KubeflowCoreProps(
        **_env(props), vpc_cidr=props.vpc_cidr, dashboard_replicas=max(1, min(gateway.replicas, 3)),
        allowed_roles=tuple(props.roles_in(NAMESPACE))))


def _profiles_controller(app: cdk8s.App, props: "ClusterServicesProps") -> cdk8s.Chart:
    from k8s_charts.kubeflow.profiles_controller import ProfilesControllerChart, ProfilesControllerProps

    return ProfilesControllerChart(app, "kubeflow-profiles-controller", props=ProfilesControllerProps(
        **_env(props), admin_email=_kubeflow(props).admin_email))


def _poddefaults(app: cdk8s.App, props: "ClusterServicesProps") -> cdk8s.Chart:
    from k8s_charts.kubeflow.poddefaults import PodDefaultsProps, PodDefaultsWebhookChart

    return PodDefaultsWebhookChart(app, "kubeflow-poddefaults", props=PodDefaultsProps(**_env(props), vpc_cidr=props.vpc_cidr))


def _notebooks(app: cdk8s.App, props: "ClusterServicesProps") -> cdk8s.Chart:
    from k8s_charts.kubeflow.notebooks import NotebooksChart, NotebooksProps

    return NotebooksChart(app, "kubeflow-notebooks", props=NotebooksProps(
        **_env(props), notebooks=_kubeflow(props).notebooks,
        gpu_models=tuple(sorted({g.gpu_model for g in props.gpu_node_groups}))))


def _training_operator(app: cdk8s.App, props: "ClusterServicesProps") -> cdk8s.Chart:
    from k8s_charts.kubeflow.training_operator import TrainingOperatorChart, TrainingOperatorProps

    return TrainingOperatorChart(app, "kubeflow-training-operator", props=TrainingOperatorProps(
        **_env(props), vpc_cidr=props.vpc_cidr, replicas=_kubeflow(props).training_operator_replicas))


def _katib(app: cdk8s.App, props: "ClusterServicesProps") -> cdk8s.Chart | None:
    from k8s_charts.kubeflow.katib import KatibChart, KatibProps

    if not _kubeflow(props).katib_enabled:
        return None
    database = _inputs(props).katib_database
    if database is None:
        raise ValueError("kubeflow.katib_enabled=true needs KubeflowInputs.katib_database (the managed MySQL endpoint)")
    return KatibChart(app, "kubeflow-katib", props=KatibProps(
        **_env(props), vpc_cidr=props.vpc_cidr, db_host=database.host, db_port=database.port, db_name=database.name))


def _profiles(app: cdk8s.App, props: "ClusterServicesProps") -> cdk8s.Chart:
    from k8s_charts.kubeflow.profiles import KubeflowProfilesChart, ProfilesProps, profile_identity_component

    project = _inputs(props).project
    profiles = _kubeflow(props).profiles
    role_arns = {p.name: props.identity(profile_identity_component(p.name)).role_arn for p in profiles}
    return KubeflowProfilesChart(app, "kubeflow-profiles", props=ProfilesProps(
        **_env(props), profiles=profiles, project=project, environment=props.environment,
        account=props.account, region=props.region, vpc_cidr=props.vpc_cidr, bucket_names=dict(_inputs(props).bucket_names), fsx=props.fsx,
        role_arns=role_arns))


def _notebook_routes(app: cdk8s.App, props: "ClusterServicesProps") -> cdk8s.Chart | None:
    """The per-profile notebook routers and their Mappings: only with SSO login, like the other UI routes
    (`pipelines_install`: no login, no route; login without the oauth2-proxy AuthService is an error)."""
    from k8s_charts.kubeflow.login_oauth2_proxy import AUTH_SERVICE, login_auth_hook
    from k8s_charts.kubeflow.notebook_routes import NotebookRoutesChart, NotebookRoutesProps
    from k8s_charts.kubeflow.pipelines_install import SECTION as BACKING

    login = getattr(props.sections.get(BACKING), "login", None)
    if login is None:
        return None
    if props.gateway_auth is None or props.gateway_auth.service != login_auth_hook().service:
        raise ValueError("login is enabled but the gateway's AuthService does not point at oauth2-proxy "
                         f"(gateway_auth={props.gateway_auth!r}): the UI routes would be unauthenticated (notebooks)")
    return NotebookRoutesChart(app, "kubeflow-notebook-routes", props=NotebookRoutesProps(
        **_env(props), hostname=login.hostname, auth_service=AUTH_SERVICE, profiles=_kubeflow(props).profiles,
        replicas=2 if props.environment.startswith("prod") else 1))


def _examples(app: cdk8s.App, props: "ClusterServicesProps") -> cdk8s.Chart | None:
    from k8s_charts.kubeflow.examples import ExamplesProps, TrainingExamplesChart

    kubeflow = _kubeflow(props)
    if kubeflow.examples_profile is None:
        return None
    efa_groups = [g for g in props.gpu_node_groups if g.efa_interfaces]
    efa = {"efa_node_group": efa_groups[0].name, "efa_interfaces": efa_groups[0].efa_interfaces} if efa_groups else {}
    return TrainingExamplesChart(app, "kubeflow-examples",
                                 props=ExamplesProps(**_env(props), namespace=kubeflow.examples_profile, **efa))


KUBEFLOW_CHART_FACTORIES: list[tuple[str, Callable[[cdk8s.App, "ClusterServicesProps"], "cdk8s.Chart | None"]]] = [
    ("kubeflow-crds", _crds),
    ("kubeflow-core", _core),
    ("kubeflow-profiles-controller", _profiles_controller),
    ("kubeflow-poddefaults", _poddefaults),
    ("kubeflow-notebooks", _notebooks),
    ("kubeflow-training-operator", _training_operator),
    ("kubeflow-katib", _katib),
    ("kubeflow-profiles", _profiles),
    ("kubeflow-notebook-routes", _notebook_routes),
    ("kubeflow-examples", _examples),
]
