"""The platform CA's ClusterIssuers and root Certificate, in their own chart.

cert-manager's webhooks (failurePolicy Fail) admit every cert-manager.io object, so these cannot be applied
with the webhook that must admit them: the delivery stack applies this chart only after the webhook's
Deployment is Available and cainjector has written its CA bundle (docs/platform-engineer.md, Install order).
"""

from __future__ import annotations

from constructs import Construct

from k8s_charts.base import PlatformChart
from k8s_charts.cert_manager import CertManagerProps, add_platform_ca


class CertManagerIssuersChart(PlatformChart):
    """`platform-selfsigned` -> `platform-ca` Certificate -> `platform-ca` ClusterIssuer."""

    def __init__(self, scope: Construct, construct_id: str, *, props: CertManagerProps) -> None:
        super().__init__(scope, construct_id, component="cert-manager-issuers", version=props.version,
                         kubernetes_version=props.kubernetes_version, identity_mode=props.identity_mode)
        add_platform_ca(self)
