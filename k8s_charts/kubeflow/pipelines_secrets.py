"""Database credentials from Secrets Manager into the cluster without passing through any template.

Choice: the External Secrets Operator (ESO) v1.3.2, one controller scoped to the `kubeflow` namespace
(`--namespace=kubeflow`, cluster-wide reconcilers off). It runs as `kfp-external-secrets`, a service account
the pipelines identity is bound to (Pod Identity association or kube2iam pod annotation); that role may call
`secretsmanager:GetSecretValue` on exactly the database secret (and the login secrets when SSO is on).
The manifests hold only the secret's *name*; ESO writes the Kubernetes Secret `mysql-secret` at runtime and
refreshes it hourly (rotation reaches the pods on restart).

Why not the Secrets Store CSI driver: it needs a privileged DaemonSet on every node plus a provider
DaemonSet, and it syncs a Kubernetes Secret only while a pod mounts the volume; KFP reads the credentials
from env vars, so a synced Secret is what we need and ESO produces it with one unprivileged pod.
"""

from __future__ import annotations

from constructs import Construct

from k8s_charts.base import (
    IMAGE_DIGEST_SKIP, PlatformChart, checkov_skips, container, object_metadata, pinned_image, pod_security_context,
    resources,
)
from k8s_charts.imports import externalsecrets as eso
from k8s_charts.kubeflow.common import KATIB_DB_SECRET, NAMESPACE
from k8s_charts.kubeflow.pipelines_common import (
    DB_SECRET, ESO_VERSION, SECRET_STORE, SECRETS_SA, PipelinesProps, Workload, cluster_role, deployment, role, rule,
    service_account,
)

NAME = "kfp-external-secrets"
# Only the mysql client of the image is used (the server never starts); 8.4 LTS speaks to Aurora MySQL 3.
MYSQL_CLIENT_IMAGE = pinned_image("docker.io/library/mysql", "8.4.3")
_ESO = ["external-secrets.io"]
_GENERATORS = ["generators.external-secrets.io"]


def external_secret(chart: PlatformChart, *, name: str, target: str, remote_key: str,
                    keys: dict[str, str], namespace: str = NAMESPACE) -> None:
    """An ExternalSecret mapping JSON properties of one Secrets Manager secret to keys of a Kubernetes Secret."""
    eso.ExternalSecret(chart, f"ExternalSecret-{name}", metadata=object_metadata(name, namespace=namespace),
                       spec=eso.ExternalSecretSpec(
        refresh_interval="1h",
        secret_store_ref=eso.ExternalSecretSpecSecretStoreRef(kind="SecretStore", name=SECRET_STORE),
        target=eso.ExternalSecretSpecTarget(name=target, creation_policy=eso.ExternalSecretSpecTargetCreationPolicy.OWNER,
                                            deletion_policy=eso.ExternalSecretSpecTargetDeletionPolicy.RETAIN),
        data=[eso.ExternalSecretSpecData(secret_key=k, remote_ref=eso.ExternalSecretSpecDataRemoteRef(key=remote_key, property=prop))
              for k, prop in sorted(keys.items())],
    ))


class PipelinesSecretsChart(PlatformChart):
    """ESO controller (namespace-scoped), the SecretStore on Secrets Manager, and the `mysql-secret` ExternalSecret."""

    def __init__(self, scope: Construct, construct_id: str, *, props: PipelinesProps) -> None:
        super().__init__(scope, construct_id, component="external-secrets", version=ESO_VERSION, kubernetes_version=props.kubernetes_version,
                         identity_mode=props.identity_mode)
        service_account(self, SECRETS_SA)
        deployment(self, Workload(
            name=NAME, container_name="external-secrets", api_access="External Secrets writes the Kubernetes Secrets it syncs from Secrets Manager", image=pinned_image("ghcr.io/external-secrets/external-secrets", ESO_VERSION),
            service_account=SECRETS_SA,
            args=(f"--namespace={NAMESPACE}", "--concurrent=1", "--metrics-addr=:8080", "--live-addr=:8082",
                  "--enable-cluster-store-reconciler=false", "--enable-cluster-external-secret-reconciler=false",
                  "--enable-cluster-push-secret-reconciler=false", "--enable-push-secret-reconciler=false",
                  "--enable-generator-state=false", "--loglevel=info"),
            ports=(("metrics", 8080), ("live", 8082)),
            probe={"httpGet": {"path": "/healthz", "port": 8082}, "periodSeconds": 10, "timeoutSeconds": 2},
            cpu="20m", memory="64Mi", memory_limit="256Mi", annotations=props.pod_annotations(SECRETS_SA),
        ))
        # Namespace-scoped rights: the Secrets it owns and its own resources in `kubeflow` only.
        role(self, "kfp-external-secrets", [
            rule([""], ["secrets"], ["get", "list", "watch", "create", "update", "patch", "delete"]),
            rule([""], ["configmaps"], ["get", "list", "watch"]),
            rule([""], ["events"], ["create", "patch"]),
            rule(["coordination.k8s.io"], ["leases"], ["get", "create", "update"]),
            rule(_ESO, ["externalsecrets", "secretstores"], ["get", "list", "watch", "update", "patch"]),
            rule(_ESO, ["externalsecrets/status", "externalsecrets/finalizers", "secretstores/status", "secretstores/finalizers"],
                 ["get", "update", "patch"]),
            # The always-on GeneratorState reconciler watches, finalizes and garbage-collects these (the
            # controller ClusterRole of the v1.3.2 Helm chart, here as a Role because the controller is namespaced).
            rule(_GENERATORS, ["generatorstates"], ["get", "list", "watch", "create", "update", "patch", "delete", "deletecollection"]),
        ], bind_to=SECRETS_SA)
        # ClusterSecretStores are cluster-scoped; the controller may list them (none exist), nothing more.
        cluster_role(self, "kfp-external-secrets-stores", [
            rule(_ESO, ["clustersecretstores"], ["get", "list", "watch"]),
        ], bind_to=SECRETS_SA)
        # No auth block: the AWS SDK in the controller uses the pod's identity (Pod Identity or kube2iam).
        eso.SecretStore(self, f"SecretStore-{SECRET_STORE}", metadata=object_metadata(SECRET_STORE, namespace=NAMESPACE),
                        spec=eso.SecretStoreSpec(provider=eso.SecretStoreSpecProvider(aws=eso.SecretStoreSpecProviderAws(
                            service=eso.SecretStoreSpecProviderAwsService.SECRETS_MANAGER, region=props.region))))
        # RDS-generated secrets are JSON {username, password, host, port, dbname, engine}.
        external_secret(self, name=DB_SECRET, target=DB_SECRET, remote_key=props.db_secret_name,
                        keys={"username": "username", "password": "password"})
        if props.katib_secret:
            # Katib v0.19.0 keeps its tables in database `katib` of the same Aurora cluster (keys it reads: DB_USER/DB_PASSWORD).
            external_secret(self, name=KATIB_DB_SECRET, target=KATIB_DB_SECRET, remote_key=props.db_secret_name,
                            keys={"DB_USER": "username", "DB_PASSWORD": "password"})
            self._katib_database(props)

    def _katib_database(self, props: PipelinesProps) -> None:
        """KFP and ML Metadata create their databases; Katib v0.19.0 connects to an existing `katib` one
        (pkg/db/v1beta1/mysql builds the DSN with the name), so a Job creates it, idempotently."""
        labels = {"app": "katib-database-init", "app.kubernetes.io/name": "katib-database-init",
                  "ml-platform/kubeflow-pipelines": "true"}
        secret = lambda key: {"secretKeyRef": {"name": DB_SECRET, "key": key}}  # noqa: E731
        self.api(
            "Job-katib-database-init", api_version="batch/v1", kind="Job", name="katib-database-init", namespace=NAMESPACE,
            labels=labels,
            annotations=checkov_skips(IMAGE_DIGEST_SKIP,
                                      "CKV_K8S_35=the mysql client reads the password from MYSQL_PWD only; it is a secretKeyRef"),
            spec={
                # Retries cover the minutes until ESO has written mysql-secret and Aurora accepts connections.
                "backoffLimit": 20, "ttlSecondsAfterFinished": 86400,
                "template": {"metadata": {"labels": labels}, "spec": {
                    "restartPolicy": "OnFailure", "serviceAccountName": "default", "automountServiceAccountToken": False,
                    "securityContext": pod_security_context(),
                    # A one-shot client: nothing to probe.
                    "containers": [container(
                        "create-database", MYSQL_CLIENT_IMAGE,
                        command=["mysql", "--host=$(DB_HOST)", "--port=$(DB_PORT)", "--user=$(DB_USER)", "--ssl-mode=PREFERRED",
                                 "--execute=CREATE DATABASE IF NOT EXISTS katib CHARACTER SET utf8mb4"],
                        env={"DB_HOST": props.db_host, "DB_PORT": props.db_port,
                             "DB_USER": {"valueFrom": secret("username")}, "MYSQL_PWD": {"valueFrom": secret("password")}},
                        resources_=resources("50m", "64Mi", memory_limit="128Mi"), liveness=None, readiness=None,
                    )],
                }},
            },
        )
