"""Adds the Kubeflow Pipelines and SSO login charts in apply order (not a chart itself), and derives their
props from the platform's `ClusterServicesProps` plus a `KubeflowBackingRef` (what the KubeflowBacking and
data stacks created: DB endpoint, secret names, bucket, user pool)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import cdk8s
from constructs import Construct

from k8s_charts.base import PlatformChart
from k8s_charts.kubeflow.gateway_routes import GatewayRoutesChart, RoutesProps
from k8s_charts.kubeflow.login_oauth2_proxy import AUTH_SERVICE, LoginChart, LoginProps, login_auth_hook
from k8s_charts.kubeflow.pipelines_api import PipelinesApiChart
from k8s_charts.kubeflow.pipelines_argo import PipelinesArgoChart
from k8s_charts.kubeflow.pipelines_cache import PipelinesCacheChart
from k8s_charts.kubeflow.pipelines_common import SECRETS_SA, SERVICE_ACCOUNT_IDENTITIES, UI_SA, PipelinesProps
from k8s_charts.kubeflow.pipelines_crds import PipelinesCrdsChart
from k8s_charts.kubeflow.pipelines_metadata import PipelinesMetadataChart
from k8s_charts.kubeflow.pipelines_profiles import PipelinesProfilesChart
from k8s_charts.kubeflow.pipelines_secrets import PipelinesSecretsChart
from k8s_charts.kubeflow.pipelines_ui import PipelinesUiChart
from k8s_charts.props import ClusterServicesProps
from platform_config import PlatformConfig
from platform_config.data import bucket_name

# The AWS identity of the pipelines components (the cluster stack creates the role and, under Pod Identity,
# the association for this service account; the KubeflowBacking stack associates the UI and ESO accounts too).
PIPELINES_IDENTITY = "kubeflow-pipelines"
SECTION = "kubeflow_backing"


@dataclass(frozen=True, kw_only=True)
class KubeflowBackingRef:
    """Names and endpoints from the AWS stacks (tokens in CDK, plain strings in tests and dist/)."""

    db_host: str
    db_port: int = 3306
    db_secret_name: str
    artifacts_bucket: str
    artifact_prefix: str = "pipelines"
    profile_namespaces: tuple[str, ...] = ()
    default_cache_staleness: str = "P30D"
    workflow_ttl_seconds: int = 86400
    log_level: str = "info"
    login: LoginProps | None = None


def backing_ref_from_config(config: PlatformConfig, *, profile_namespaces: tuple[str, ...] = ()) -> KubeflowBackingRef:
    """Conventional values for what the stacks create: used by tests and as defaults for `dist/`."""
    prefix = f"{config.project}-{config.environment}"
    kfp, login = config.kubeflow_pipelines, config.login
    login_props = None
    if login.enabled:
        login_props = LoginProps(
            hostname=config.platform_services.gateway.hostname,
            kubernetes_version=config.cluster.kubernetes_version, identity_mode=config.cluster.workload_identity,
            issuer_url=f"https://cognito-idp.{config.region}.amazonaws.com/{config.region}_EXAMPLE00",
            client_id="exampleclientid0000000000",
            client_secret_name=f"{prefix}-users/oauth2-proxy-client-secret",
            cookie_secret_name=f"{prefix}-users/oauth2-proxy-cookie-secret",
            allowed_email_domains=login.allowed_email_domains, session_hours=login.session_hours,
            machine_client_ids=tuple(f"examplemachine{index:012d}" for index in range(len(login.machine_clients))),
        )
    return KubeflowBackingRef(
        db_host=f"{prefix}-kfp-db.cluster-abcdefghijkl.{config.region}.rds.amazonaws.com",
        db_secret_name=f"{prefix}-kfp-db/credentials",
        artifacts_bucket=bucket_name(config.project, config.environment, config.account, "pipeline_artifacts"),
        artifact_prefix=kfp.artifact_prefix, profile_namespaces=profile_namespaces,
        default_cache_staleness=kfp.default_cache_staleness, workflow_ttl_seconds=kfp.workflow_ttl_seconds,
        log_level=kfp.log_level, login=login_props,
    )


def routes_props(login: LoginProps) -> RoutesProps:
    return RoutesProps(hostname=login.hostname, kubernetes_version=login.kubernetes_version,
                       identity_mode=login.identity_mode, auth_service=AUTH_SERVICE)


def pipelines_props(props: ClusterServicesProps, backing: KubeflowBackingRef) -> PipelinesProps:
    identity = props.identity(PIPELINES_IDENTITY)
    roles = {sa: props.identity(component).role_arn for sa, component in SERVICE_ACCOUNT_IDENTITIES.items()}
    return PipelinesProps(
        region=props.region, kubernetes_version=props.kubernetes_version, artifacts_bucket=backing.artifacts_bucket, artifact_prefix=backing.artifact_prefix,
        db_host=backing.db_host, db_port=backing.db_port, db_secret_name=backing.db_secret_name,
        pipelines_role_arn=identity.role_arn, ui_role_arn=roles[UI_SA], secrets_role_arn=roles[SECRETS_SA],
        workload_identity=props.identity_mode, vpc_cidr=props.vpc_cidr,
        profile_namespaces=backing.profile_namespaces, default_cache_staleness=backing.default_cache_staleness,
        workflow_ttl_seconds=backing.workflow_ttl_seconds, log_level=backing.log_level,
        replicas=2 if props.environment.startswith("prod") else 1,
        katib_secret=_katib_enabled(props),
    )


def _katib_enabled(props: ClusterServicesProps) -> bool:
    kubeflow = props.sections.get("kubeflow")  # the Kubeflow core charts' KubeflowInputs
    return bool(kubeflow is not None and kubeflow.config.katib_enabled)


def add_pipelines_charts(scope: Construct, *, props: PipelinesProps, login: LoginProps | None = None) -> dict[str, PlatformChart]:
    """CRDs first; the secrets chart before everything that reads `mysql-secret`; routes only with login."""
    crds = PipelinesCrdsChart(scope, "kubeflow-pipelines-crds", props=props)
    secrets = PipelinesSecretsChart(scope, "kubeflow-pipelines-secrets", props=props)
    charts: dict[str, PlatformChart] = {"crds": crds, "secrets": secrets}
    for key, cls, chart_id in (
        ("argo", PipelinesArgoChart, "kubeflow-pipelines-argo"),
        ("api", PipelinesApiChart, "kubeflow-pipelines-api"),
        ("metadata", PipelinesMetadataChart, "kubeflow-pipelines-metadata"),
        ("cache", PipelinesCacheChart, "kubeflow-pipelines-cache"),
        ("ui", PipelinesUiChart, "kubeflow-pipelines-ui"),
        ("profiles", PipelinesProfilesChart, "kubeflow-pipelines-profiles"),
    ):
        charts[key] = cls(scope, chart_id, props=props)
    if login is not None:
        charts["login"] = LoginChart(scope, "kubeflow-sso-login", props=login)
        charts["routes"] = GatewayRoutesChart(scope, "kubeflow-routes",
                                              props=routes_props(login))
    return charts


def _factory(key: str) -> Callable[[cdk8s.App, ClusterServicesProps], "cdk8s.Chart | None"]:
    """One entry of `platform_charts.CHART_FACTORIES`: builds chart `key` when the environment has the backing ref."""

    def build(app: cdk8s.App, props: ClusterServicesProps) -> "cdk8s.Chart | None":
        backing = props.sections.get(SECTION)
        if backing is None:
            return None
        kfp = pipelines_props(props, backing)
        if key == "crds":
            return PipelinesCrdsChart(app, "kubeflow-pipelines-crds", props=kfp)
        simple = {"secrets": PipelinesSecretsChart, "argo": PipelinesArgoChart, "api": PipelinesApiChart,
                  "metadata": PipelinesMetadataChart, "cache": PipelinesCacheChart, "ui": PipelinesUiChart,
                  "profiles": PipelinesProfilesChart}
        if key in simple:
            return simple[key](app, f"kubeflow-pipelines-{key}", props=kfp)
        if backing.login is None:
            return None
        if key == "login":
            return LoginChart(app, "kubeflow-sso-login", props=backing.login)
        if props.gateway_auth is None or props.gateway_auth.service != login_auth_hook().service:
            raise ValueError("login is enabled but the gateway's AuthService does not point at oauth2-proxy "
                             f"(gateway_auth={props.gateway_auth!r}): the UI routes would be unauthenticated")
        return GatewayRoutesChart(app, "kubeflow-routes", props=routes_props(backing.login))

    return build


# Apply order: CRDs, then the secret delivery, then the components, then login and the routes.
CHART_FACTORIES = [
    (chart_id, _factory(key)) for key, chart_id in (
        ("crds", "kubeflow-pipelines-crds"), ("secrets", "kubeflow-pipelines-secrets"), ("argo", "kubeflow-pipelines-argo"),
        ("api", "kubeflow-pipelines-api"), ("metadata", "kubeflow-pipelines-metadata"), ("cache", "kubeflow-pipelines-cache"),
        ("ui", "kubeflow-pipelines-ui"), ("profiles", "kubeflow-pipelines-profiles"), ("login", "kubeflow-sso-login"),
        ("routes", "kubeflow-routes"),
    )
]
