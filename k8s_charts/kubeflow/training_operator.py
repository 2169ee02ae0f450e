"""Kubeflow training operator v1.9.2 serving TFJob, PyTorchJob and MPIJob (Horovod).

Facts from kubeflow/training-operator release-1.9 (manifests/base, cmd/training-operator.v1/main.go) and
the v1.9.2 image release (kubeflow/trainer#2634: ghcr.io/kubeflow/training-v1/training-operator:v1-3f15cb8):
metrics 8080, health 8081 (/healthz, /readyz), webhook 9443 with certs in
/tmp/k8s-webhook-server/serving-certs from Secret `training-operator-webhook-cert`, `--enable-scheme` per
kind, validating webhooks /validate-kubeflow-org-v1-<kind>.

Webhook certificate: v1.9.x always runs its own rotator (open-policy-agent/cert-controller, pkg/cert) that
writes that Secret and patches the webhook's caBundle; a cert-manager Certificate on the same Secret would
fight it, so this chart ships the empty Secret and lets the operator manage it (no key material in a manifest).
"""

from __future__ import annotations

from dataclasses import dataclass

from constructs import Construct

from k8s_charts.base import PlatformChart, pinned_image
from k8s_charts.kubeflow.common import ChartEnv, NAMESPACE, TRAINING_OPERATOR_REGISTRY, TRAINING_OPERATOR_VERSION, component_labels
from k8s_charts.kubeflow.crds import TRAINING_REPLICA_TYPES
from k8s_charts.kubeflow.workload import (
    WRITE, Container, Workload, aggregated_roles, bind_cluster_role, cluster_role, deployment, env_field, http_probe,
    namespaced_role, rule, service,
)

NAME = "training-operator"
IMAGE_TAG = "v1-3f15cb8"  # the v1.9.2 release build
WEBHOOK_SECRET = "training-operator-webhook-cert"
WEBHOOK_CONFIG = "validator.training-operator.kubeflow.org"
WEBHOOK_PORT = 9443
# Images the operator injects into jobs, pinned instead of its `latest`/floating defaults (pkg/config/config.go).
PYTORCH_INIT_IMAGE = pinned_image("docker.io/library/alpine", "3.20")
# The MPI launcher's init container copies kubectl into /opt/kube for `kubectl exec` into the workers: the
# release's own build (build/images/kubectl-delivery at v1.9.2: kubectl v1.30.7), published by the same workflow
# run with the operator image's tag, rather than an image from another project's release.
MPI_KUBECTL_DELIVERY_IMAGE = pinned_image(f"{TRAINING_OPERATOR_REGISTRY}/kubectl-delivery", IMAGE_TAG)
SCHEMES = tuple(kind.lower() for kind in TRAINING_REPLICA_TYPES)
PLURALS = tuple(f"{kind.lower()}s" for kind in TRAINING_REPLICA_TYPES)


@dataclass(frozen=True, kw_only=True)
class TrainingOperatorProps(ChartEnv):
    vpc_cidr: str
    replicas: int = 1


class TrainingOperatorChart(PlatformChart):
    """The operator Deployment, its RBAC, validating webhook and aggregated user roles."""

    def __init__(self, scope: Construct, construct_id: str, *, props: TrainingOperatorProps) -> None:
        super().__init__(scope, construct_id, component="training-operator", version=TRAINING_OPERATOR_VERSION,
                         kubernetes_version=props.kubernetes_version, identity_mode=props.identity_mode)
        cluster_role(self, NAME, [
            rule([""], ["configmaps", "pods", "services", "serviceaccounts"], WRITE),
            rule([""], ["events"], ["create", "patch", "update", "get", "list", "watch"]),
            # The MPI launcher's kubectl exec into workers goes through a Role the operator creates per job.
            rule([""], ["pods/exec"], ["create"]),
            rule(["rbac.authorization.k8s.io"], ["roles", "rolebindings"], WRITE),
            rule(["autoscaling"], ["horizontalpodautoscalers"], WRITE),
            rule(["kubeflow.org"], [*PLURALS, *(f"{p}/status" for p in PLURALS), *(f"{p}/finalizers" for p in PLURALS)], WRITE),
            # Its certificate rotator patches only its own webhook configuration (and Secret: Role below).
            rule(["admissionregistration.k8s.io"], ["validatingwebhookconfigurations"], ["get", "list", "watch"]),
            rule(["admissionregistration.k8s.io"], ["validatingwebhookconfigurations"], ["update", "patch"], names=[WEBHOOK_CONFIG]),
            rule(["coordination.k8s.io"], ["leases"], WRITE),
        ], skips=["CKV_K8S_155=v1.9.2's certificate rotator must patch caBundle of its own webhook configuration (resourceNames-scoped)"])
        bind_cluster_role(self, role=NAME, service_account=NAME, name=NAME)
        namespaced_role(self, name=f"{NAME}-cert-rotator", service_account=NAME, rules=[
            rule([""], ["secrets"], ["get", "list", "watch"]),
            rule([""], ["secrets"], ["update", "patch"], names=[WEBHOOK_SECRET]),
        ])
        self.api("Secret-webhook", api_version="v1", kind="Secret", name=WEBHOOK_SECRET, namespace=NAMESPACE,
                 type="Opaque", annotations={"ml-platform/managed-by": "training-operator certificate rotator (empty on apply)"})
        args = [f"--enable-scheme={s}" for s in SCHEMES] + [
            f"--webhook-server-port={WEBHOOK_PORT}", f"--webhook-secret-name={WEBHOOK_SECRET}", f"--webhook-service-name={NAME}",
            f"--pytorch-init-container-image={PYTORCH_INIT_IMAGE}", f"--mpi-kubectl-delivery-image={MPI_KUBECTL_DELIVERY_IMAGE}",
        ]
        if props.replicas > 1:
            args.append("--leader-elect")
        deployment(self, Workload(name=NAME, replicas=props.replicas, api_access="reconciles training jobs into pods and services",
                                  containers=[Container(
            name=NAME, image=pinned_image(f"{TRAINING_OPERATOR_REGISTRY}/training-operator", IMAGE_TAG),
            command=["/manager"], args=args,
            ports=[("metrics", 8080), ("health", 8081), ("webhook-server", WEBHOOK_PORT)],
            env=[env_field("MY_POD_NAMESPACE", "metadata.namespace"), env_field("MY_POD_NAME", "metadata.name")],
            cpu="100m", memory="256Mi", memory_limit="1Gi",
            liveness=http_probe("/healthz", 8081, initial_delay=15), readiness=http_probe("/readyz", 8081, initial_delay=10, period=15),
            # The rotator writes the certificate files here (Secret-backed; the operator also writes the Secret).
            volume_mounts=[{"name": "cert", "mountPath": "/tmp/k8s-webhook-server/serving-certs", "readOnly": True}],
        )], volumes=[{"name": "cert", "secret": {"secretName": WEBHOOK_SECRET, "defaultMode": 0o440}}]))
        service(self, name=NAME, selector=component_labels(NAME),
                ports=[("monitoring-port", 8080, 8080), ("webhook-server", 443, WEBHOOK_PORT)])
        webhooks = []
        for kind in ("TFJob", "PyTorchJob"):  # v1.9 validates these (and kinds we do not serve); MPIJob has none
            webhooks.append({
                "name": f"validator.{kind.lower()}.training-operator.kubeflow.org",
                "admissionReviewVersions": ["v1"], "sideEffects": "None", "failurePolicy": "Fail", "timeoutSeconds": 5,
                "clientConfig": {"service": {"name": NAME, "namespace": NAMESPACE, "port": 443,
                                             "path": f"/validate-kubeflow-org-v1-{kind.lower()}"}},
                "rules": [{"apiGroups": ["kubeflow.org"], "apiVersions": ["v1"], "operations": ["CREATE", "UPDATE"],
                           "resources": [f"{kind.lower()}s"]}],
            })
        self.api("ValidatingWebhook", api_version="admissionregistration.k8s.io/v1", kind="ValidatingWebhookConfiguration",
                 name=WEBHOOK_CONFIG, webhooks=webhooks)
        self.network_policy(f"{NAME}-ingress", namespace=NAMESPACE, pod_selector={"matchLabels": component_labels(NAME)},
                            policy_types=["Ingress"], ingress=[{
                                "from": [{"ipBlock": {"cidr": props.vpc_cidr}}],
                                "ports": [{"protocol": "TCP", "port": WEBHOOK_PORT}],
                            }])
        aggregated_roles(self, component="training", group="kubeflow.org",
                         resources_=[*PLURALS, *(f"{p}/status" for p in PLURALS)])
