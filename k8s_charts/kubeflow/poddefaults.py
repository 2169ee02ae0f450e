"""The PodDefaults admission webhook: injects env, volumes, tolerations and annotations into pods of
profile namespaces that opt in by label (the Jupyter spawner lists PodDefaults as "configurations").

Facts from kubeflow/kubeflow v1.10.0 components/admission-webhook/manifests (base + cert-manager overlay):
image ghcr.io/kubeflow/kubeflow/poddefaults-webhook, HTTPS on 4443 with --tlsCertFile/--tlsKeyFile,
path /apply-poddefault, pods CREATE in namespaces labelled app.kubernetes.io/part-of=kubeflow-profile,
failurePolicy Fail, CA injected by cert-manager.
"""

from __future__ import annotations

from dataclasses import dataclass

from constructs import Construct

from k8s_charts.base import PlatformChart, pinned_image
from k8s_charts.kubeflow.common import (
    ChartEnv,
    KUBEFLOW_REGISTRY, KUBEFLOW_VERSION, NAMESPACE, PROFILE_NAMESPACE_LABEL, PROFILE_NAMESPACE_VALUE,
    component_labels, webhook_certificate,
)
from k8s_charts.kubeflow.workload import (
    READ, Container, Workload, aggregated_roles, bind_cluster_role, cluster_role, deployment, rule, service, tcp_probe,
)

NAME = "admission-webhook"
SERVICE = "admission-webhook-service"
PORT = 4443


@dataclass(frozen=True, kw_only=True)
class PodDefaultsProps(ChartEnv):
    """vpc_cidr: the EKS control plane calls webhooks from ENIs in the VPC."""

    vpc_cidr: str
    replicas: int = 2


class PodDefaultsWebhookChart(PlatformChart):
    """Mutating webhook applying PodDefault objects; its TLS certificate comes from cert-manager."""

    def __init__(self, scope: Construct, construct_id: str, *, props: PodDefaultsProps) -> None:
        super().__init__(scope, construct_id, component="kubeflow-poddefaults", version=KUBEFLOW_VERSION,
                         kubernetes_version=props.kubernetes_version, identity_mode=props.identity_mode)
        secret, inject_from = webhook_certificate(self, service=SERVICE)
        cluster_role(self, NAME, [rule(["kubeflow.org"], ["poddefaults"], READ)])
        bind_cluster_role(self, role=NAME, service_account=NAME, name=NAME)
        aggregated_roles(self, component="poddefaults", group="kubeflow.org", resources_=["poddefaults"])
        deployment(self, Workload(name=NAME, replicas=props.replicas, api_access="reads the PodDefaults of the pod's namespace",
                                  containers=[Container(
            name=NAME, image=pinned_image(f"{KUBEFLOW_REGISTRY}/poddefaults-webhook", KUBEFLOW_VERSION),
            args=["--tlsCertFile=/etc/webhook/certs/tls.crt", "--tlsKeyFile=/etc/webhook/certs/tls.key"],
            ports=[("https-webhook", PORT)], cpu="50m", memory="64Mi", memory_limit="128Mi",
            # The webhook serves only the mutation path over TLS; a TCP check is the probe it supports.
            liveness=tcp_probe(PORT), readiness=tcp_probe(PORT, initial_delay=3, period=10),
            volume_mounts=[{"name": "webhook-cert", "mountPath": "/etc/webhook/certs", "readOnly": True}],
        )], volumes=[{"name": "webhook-cert", "secret": {"secretName": secret}}]))
        service(self, name=SERVICE, selector=component_labels(NAME), ports=[("https-webhook", 443, PORT)])
        self.api("MutatingWebhook", api_version="admissionregistration.k8s.io/v1", kind="MutatingWebhookConfiguration",
                 name="admission-webhook-mutating-webhook-configuration",
                 annotations={"cert-manager.io/inject-ca-from": inject_from},
                 webhooks=[{
                     "name": "admission-webhook-deployment.kubeflow.org",
                     # v1beta1 FIRST, as upstream: the API server sends the first version it supports, and the
                     # v1.10.0 webhook answers without apiVersion/kind (main.go serve), which the API server accepts
                     # only for v1beta1; under v1 it rejects the answer and, failurePolicy Fail, every pod
                     # (https://kubernetes.io/docs/reference/access-authn-authz/extensible-admission-controllers/#response).
                     "admissionReviewVersions": ["v1beta1", "v1"],
                     "clientConfig": {"service": {"name": SERVICE, "namespace": NAMESPACE, "path": "/apply-poddefault", "port": 443}},
                     "sideEffects": "None",
                     "failurePolicy": "Fail",
                     "timeoutSeconds": 5,
                     "reinvocationPolicy": "IfNeeded",
                     "namespaceSelector": {"matchLabels": {PROFILE_NAMESPACE_LABEL: PROFILE_NAMESPACE_VALUE}},
                     "rules": [{"apiGroups": [""], "apiVersions": ["v1"], "operations": ["CREATE"], "resources": ["pods"],
                                "scope": "Namespaced"}],
                 }])
        self.network_policy(f"{NAME}-ingress", namespace=NAMESPACE, pod_selector={"matchLabels": component_labels(NAME)},
                            policy_types=["Ingress"], ingress=[{
                                "from": [{"ipBlock": {"cidr": props.vpc_cidr}}],
                                "ports": [{"protocol": "TCP", "port": PORT}],
                            }])
