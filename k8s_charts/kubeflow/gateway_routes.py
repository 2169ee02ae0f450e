"""Emissary Mappings for the Kubeflow UIs and the pipelines API on the SSO host.

Every Mapping goes through the AuthService of `login_oauth2_proxy.py` (none sets `bypass_auth`); the chart
refuses to exist without login, so a UI is never published unauthenticated. Without SSO (dev) there are no
Mappings at all and the UIs are reached with `kubectl port-forward`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from constructs import Construct

from k8s_charts.base import PlatformChart, object_metadata
from k8s_charts.imports import emissary as amb
from k8s_charts.kubeflow.common import NAMESPACE, PIPELINES_VERSION

# (name, prefix, service, rewrite). Kubeflow core Services use upstream's names (kubeflow/kubeflow v1.10.0,
# katib v0.19.0); the pipelines ones are ours. The SDK reaches the API under /pipeline/apis/.
ROUTES: tuple[tuple[str, str, str, str], ...] = (
    ("pipelines-api", "/pipeline/apis/", f"ml-pipeline.{NAMESPACE}:8888", "/apis/"),
    ("pipelines-ui", "/pipeline/", f"ml-pipeline-ui.{NAMESPACE}:80", "/pipeline/"),
    ("ml-metadata", "/ml_metadata", f"metadata-envoy-service.{NAMESPACE}:9090", "/ml_metadata"),
    ("notebooks", "/jupyter/", f"jupyter-web-app-service.{NAMESPACE}:80", "/"),
    ("katib", "/katib/", f"katib-ui.{NAMESPACE}:80", "/katib/"),
    ("dashboard", "/", f"centraldashboard.{NAMESPACE}:80", "/"),
)


@dataclass(frozen=True, kw_only=True)
class RoutesProps:
    hostname: str
    kubernetes_version: str
    identity_mode: Literal["pod-identity", "kube2iam"] = "pod-identity"
    auth_service: str
    """Name of the AuthService the routes rely on; required so the chart cannot be built without login."""


class GatewayRoutesChart(PlatformChart):
    def __init__(self, scope: Construct, construct_id: str, *, props: RoutesProps) -> None:
        if not props.auth_service:
            raise ValueError("GatewayRoutesChart needs the SSO AuthService: UIs are never routed without authentication")
        super().__init__(scope, construct_id, component="kubeflow-routes", version=PIPELINES_VERSION, kubernetes_version=props.kubernetes_version,
                         identity_mode=props.identity_mode)
        for name, prefix, target, rewrite in ROUTES:
            amb.MappingV3Alpha1(
                self, f"Mapping-{name}", metadata=object_metadata(
                    f"kubeflow-{name}", namespace=NAMESPACE, annotations={"ml-platform/auth-service": props.auth_service}),
                spec=amb.MappingV3Alpha1Spec(hostname=props.hostname, prefix=prefix, service=target, rewrite=rewrite,
                                             timeout_ms=300000, allow_upgrade=["websocket"]))
