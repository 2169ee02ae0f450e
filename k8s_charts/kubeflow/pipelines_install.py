"""Adds the Kubeflow Pipelines and SSO login charts to a cdk8s app in apply order (not a chart itself)."""

from __future__ import annotations

from constructs import Construct

from k8s_charts.base import PlatformChart
from k8s_charts.kubeflow.gateway_routes import GatewayRoutesChart, RoutesProps
from k8s_charts.kubeflow.login_oauth2_proxy import AUTH_SERVICE, LoginChart, LoginProps
from k8s_charts.kubeflow.pipelines_api import PipelinesApiChart
from k8s_charts.kubeflow.pipelines_argo import PipelinesArgoChart
from k8s_charts.kubeflow.pipelines_cache import PipelinesCacheChart
from k8s_charts.kubeflow.pipelines_common import PipelinesProps
from k8s_charts.kubeflow.pipelines_crds import PipelinesCrdsChart
from k8s_charts.kubeflow.pipelines_metadata import PipelinesMetadataChart
from k8s_charts.kubeflow.pipelines_profiles import PipelinesProfilesChart
from k8s_charts.kubeflow.pipelines_secrets import PipelinesSecretsChart
from k8s_charts.kubeflow.pipelines_ui import PipelinesUiChart


def add_pipelines_charts(scope: Construct, *, props: PipelinesProps, login: LoginProps | None = None) -> dict[str, PlatformChart]:
    """CRDs first; the secrets chart before everything that reads `mysql-secret`; routes only with login."""
    crds = PipelinesCrdsChart(scope, "kubeflow-pipelines-crds")
    secrets = PipelinesSecretsChart(scope, "kubeflow-pipelines-secrets", props=props)
    secrets.add_dependency(crds)
    charts: dict[str, PlatformChart] = {"crds": crds, "secrets": secrets}
    for key, cls, chart_id in (
        ("argo", PipelinesArgoChart, "kubeflow-pipelines-argo"),
        ("api", PipelinesApiChart, "kubeflow-pipelines-api"),
        ("metadata", PipelinesMetadataChart, "kubeflow-pipelines-metadata"),
        ("cache", PipelinesCacheChart, "kubeflow-pipelines-cache"),
        ("ui", PipelinesUiChart, "kubeflow-pipelines-ui"),
        ("profiles", PipelinesProfilesChart, "kubeflow-pipelines-profiles"),
    ):
        chart = cls(scope, chart_id, props=props)
        chart.add_dependency(secrets)
        charts[key] = chart
    if login is not None:
        login_chart = LoginChart(scope, "kubeflow-sso-login", props=login)
        login_chart.add_dependency(secrets)
        routes = GatewayRoutesChart(scope, "kubeflow-routes", props=RoutesProps(hostname=login.hostname, auth_service=AUTH_SERVICE))
        routes.add_dependency(login_chart)
        charts["login"], charts["routes"] = login_chart, routes
    return charts
