"""KFP 2.16.0 cache server and its mutating webhook; the webhook's TLS comes from cert-manager.

The webhook only sees pods labelled `pipelines.kubeflow.org/cache_enabled=true` and fails open
(`failurePolicy: Ignore`, as upstream): a broken cache must not stop pipeline runs, which also means a cache
server that cannot start would switch caching off without an error anywhere. cert-manager writes the serving
pair as `tls.crt`/`tls.key`; the server looks for `cert.pem`/`key.pem` unless told otherwise
(backend/src/cache/main.go at 2.16.0), so the file names are passed as upstream's cert-manager overlay does
(manifests/kustomize/env/cert-manager/platform-agnostic-multi-user/kustomization.yaml).
"""

from __future__ import annotations

from constructs import Construct

from k8s_charts.base import PlatformChart
from k8s_charts.kubeflow.common import NAMESPACE, webhook_certificate
from k8s_charts.kubeflow.pipelines_common import (
    KFP_VERSION, PipelinesProps, Workload, cluster_role, deployment, env_config, env_secret, env_value, kfp_image, rule,
    service, service_account,
)

NAME = "cache-server"
SA = "kubeflow-pipelines-cache"
CERT_DIR = "/etc/webhook/certs"  # fixed in the server (TLSDir), only the file names are flags
TLS_CERT_FILE, TLS_KEY_FILE = "tls.crt", "tls.key"  # the keys cert-manager writes into a Certificate's Secret


class PipelinesCacheChart(PlatformChart):
    def __init__(self, scope: Construct, construct_id: str, *, props: PipelinesProps) -> None:
        super().__init__(scope, construct_id, component="kubeflow-pipelines-cache", version=KFP_VERSION, kubernetes_version=props.kubernetes_version,
                         identity_mode=props.identity_mode)
        tls_secret, inject_from = webhook_certificate(self, service=NAME)
        service_account(self, SA)
        deployment(self, Workload(
            name=NAME, container_name="server", api_access="the cache webhook reads and patches pipeline pods and Workflows", env_secrets="the KFP 2.16.0 cache server takes the DB password only as a flag, expanded from env by the kubelet", image=kfp_image("cache-server"), service_account=SA,
            env=(env_config("DEFAULT_CACHE_STALENESS", "DEFAULT_CACHE_STALENESS"),
                 env_config("MAXIMUM_CACHE_STALENESS", "MAXIMUM_CACHE_STALENESS"),
                 env_config("CACHE_IMAGE", "cacheImage"), env_config("CACHE_NODE_RESTRICTIONS", "cacheNodeRestrictions"),
                 env_value("DBCONFIG_DRIVER", "mysql"), env_config("DBCONFIG_DB_NAME", "cacheDb"),
                 env_config("DBCONFIG_HOST_NAME", "mysqlHost"), env_config("DBCONFIG_PORT", "mysqlPort"),
                 env_secret("DBCONFIG_USER", "username"), env_secret("DBCONFIG_PASSWORD", "password"),
                 env_value("NAMESPACE_TO_WATCH", ""), env_value("WEBHOOK_PORT", "8443")),
            args=("--db_driver=$(DBCONFIG_DRIVER)", "--db_host=$(DBCONFIG_HOST_NAME)", "--db_port=$(DBCONFIG_PORT)",
                  "--db_name=$(DBCONFIG_DB_NAME)", "--db_user=$(DBCONFIG_USER)", "--db_password=$(DBCONFIG_PASSWORD)",
                  "--namespace_to_watch=$(NAMESPACE_TO_WATCH)", "--listen_port=$(WEBHOOK_PORT)",
                  '--db_extra_params={"tls":"preferred"}', f"--tls_cert_filename={TLS_CERT_FILE}",
                  f"--tls_key_filename={TLS_KEY_FILE}"),
            ports=(("webhook-api", 8443),), cpu="50m", memory="128Mi", memory_limit="512Mi",
            probe={"tcpSocket": {"port": "webhook-api"}, "periodSeconds": 10, "timeoutSeconds": 2},
            volumes=({"name": "webhook-tls-certs", "secret": {"secretName": tls_secret}},),
            mounts=({"name": "webhook-tls-certs", "mountPath": CERT_DIR, "readOnly": True},),
        ))
        service(self, NAME, selector={"app": NAME}, ports=[{"name": "https", "port": 443, "targetPort": "webhook-api", "protocol": "TCP"}])
        cluster_role(self, "kubeflow-pipelines-cache-role", [
            rule([""], ["pods"], ["get", "list", "watch", "update", "patch"]),
            rule([""], ["configmaps"], ["get"]),
            rule(["argoproj.io"], ["workflows"], ["get", "list", "watch", "update", "patch"]),
        ], bind_to=SA)
        self.api(
            "MutatingWebhookConfiguration-cache-webhook-kubeflow", api_version="admissionregistration.k8s.io/v1",
            kind="MutatingWebhookConfiguration", name="cache-webhook-kubeflow",
            annotations={"cert-manager.io/inject-ca-from": inject_from},
            webhooks=[{
                "name": f"{NAME}.{NAMESPACE}.svc",
                "clientConfig": {"service": {"name": NAME, "namespace": NAMESPACE, "path": "/mutate", "port": 443}},
                "failurePolicy": "Ignore",
                "rules": [{"operations": ["CREATE"], "apiGroups": [""], "apiVersions": ["v1"], "resources": ["pods"]}],
                "sideEffects": "None",
                "timeoutSeconds": 5,
                "objectSelector": {"matchLabels": {"pipelines.kubeflow.org/cache_enabled": "true"}},
                "admissionReviewVersions": ["v1beta1"],
            }],
        )
