"""Kubeflow Pipelines 2.16.0 API server, persistence agent and scheduled-workflow controller (multi-user).

The API server stores pipeline packages and run logs in the platform's pipeline-artifacts S3 bucket through
the workload identity: `OBJECTSTORECONFIG_ACCESSKEY`/`SECRETACCESSKEY` are set to empty strings on purpose.
The server reads config with viper `AllowEmptyEnv(true)`, so the empty values override the `minio` keys baked
into its config.json, and `loadAWSConfig` then falls back to the AWS default credential chain (Pod Identity
or kube2iam) — kubeflow/pipelines 2.16.0 backend/src/apiserver/client_manager/client_manager.go.
"""

from __future__ import annotations

from typing import Any

from constructs import Construct

from k8s_charts.base import PlatformChart
from k8s_charts.kubeflow.common import NAMESPACE, PROFILE_NAMESPACE_LABEL, PROFILE_NAMESPACE_VALUE, aggregate_labels
from k8s_charts.kubeflow.pipelines_common import (
    api_watch_probe,
    API_SERVER_SA, CACHE_DB, CACHE_STUB_IMAGE, GATEWAY_PEER, INSTALL_CONFIG, INSTANCE_METADATA, KFP_POD_LABEL, KFP_VERSION,
    MLMD_DB, PIPELINE_DB, POD_IDENTITY_AGENT, PipelinesProps, Workload, cluster_role, deployment, env_config,
    env_field, env_secret, env_value, ingress_policy, kfp_image, rule, service, service_account, userid_env,
)

PROFILE_PEER = {"namespaceSelector": {"matchLabels": {PROFILE_NAMESPACE_LABEL: PROFILE_NAMESPACE_VALUE}}}
_KFP = ["pipelines.kubeflow.org"]


def _kfp_api_token(name: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """A projected, hourly-rotated KFP API token (audience pipelines.kubeflow.org) and its mount: how the
    persistence agent and the scheduled-workflow controller authenticate to the API server."""
    volume = {"name": name, "projected": {"sources": [{"serviceAccountToken": {
        "path": name, "expirationSeconds": 3600, "audience": "pipelines.kubeflow.org"}}]}}
    return volume, {"name": name, "mountPath": "/var/run/secrets/kubeflow/tokens", "readOnly": True}


class PipelinesApiChart(PlatformChart):
    """ml-pipeline (REST 8888, gRPC 8887), ml-pipeline-persistenceagent, ml-pipeline-scheduledworkflow."""

    def __init__(self, scope: Construct, construct_id: str, *, props: PipelinesProps) -> None:
        super().__init__(scope, construct_id, component="kubeflow-pipelines-api", version=KFP_VERSION, kubernetes_version=props.kubernetes_version,
                         identity_mode=props.identity_mode)
        self._install_config(props)
        self._api_server(props)
        self._persistence_agent(props)
        self._scheduled_workflow(props)
        self._aggregated_roles()
        self._network(props)

    def _install_config(self, props: PipelinesProps) -> None:
        # Keys read by every KFP component (base/installs/generic/pipeline-install-config.yaml); no secret here.
        self.api(f"ConfigMap-{INSTALL_CONFIG}", api_version="v1", kind="ConfigMap", name=INSTALL_CONFIG, namespace=NAMESPACE, data={
            "appName": "pipeline", "appVersion": KFP_VERSION,
            "dbType": "mysql", "dbHost": props.db_host, "dbPort": str(props.db_port),
            "mysqlHost": props.db_host, "mysqlPort": str(props.db_port),
            "pipelineDb": PIPELINE_DB, "mlmdDb": MLMD_DB, "cacheDb": CACHE_DB,
            "bucketName": props.artifacts_bucket,
            # Per-profile roots live in each profile's kfp-launcher ConfigMap (pipelines_profiles.py).
            "defaultPipelineRoot": props.pipeline_root("default"),
            "autoUpdatePipelineDefaultVersion": "true",
            "cronScheduleTimezone": "UTC",
            "cacheImage": CACHE_STUB_IMAGE, "cacheNodeRestrictions": "false",
            "MAXIMUM_CACHE_STALENESS": "", "DEFAULT_CACHE_STALENESS": props.default_cache_staleness,
            "ConMaxLifeTime": "120s", "LOG_LEVEL": props.log_level,
            # The artifact proxy exists for out-of-cluster buckets with per-namespace keys; the UI reads S3 itself.
            "ARTIFACTS_PROXY_ENABLED": "false",
            # Retention is the bucket's lifecycle rule (CDK), not a controller patching the bucket.
            "ARTIFACT_RETENTION_DAYS": "-1",
        })

    def _api_server(self, props: PipelinesProps) -> None:
        name = "ml-pipeline"
        service_account(self, API_SERVER_SA)
        self.api("ConfigMap-pipeline-api-server-config", api_version="v1", kind="ConfigMap", name="pipeline-api-server-config",
                 namespace=NAMESPACE, data={
                     "MULTIUSER": "true", "DEFAULTPIPELINERUNNERSERVICEACCOUNT": "default-editor",
                     "VISUALIZATIONSERVICE_NAME": "ml-pipeline-visualizationserver", "VISUALIZATIONSERVICE_PORT": "8888",
                 })
        env = (
            env_value("PUBLISH_LOGS", "true"), env_value("LOG_LEVEL", props.log_level), env_value("PIPELINE_LOG_LEVEL", "1"),
            env_config("AUTO_UPDATE_PIPELINE_DEFAULT_VERSION", "autoUpdatePipelineDefaultVersion"),
            env_field("POD_NAMESPACE", "metadata.namespace"), env_value("CLUSTER_DOMAIN", "cluster.local"),
            env_value("MULTIUSER", "true"), env_value("DEFAULTPIPELINERUNNERSERVICEACCOUNT", "default-editor"),
            env_value("VISUALIZATIONSERVICE_NAME", "ml-pipeline-visualizationserver"),
            env_value("VISUALIZATIONSERVICE_PORT", "8888"),
            # Read with GetStringConfig, which exits the server when unset (backend/src/apiserver/main.go at 2.16.0);
            # upstream relies on the service-link env of the visualization Service, which a pod started before that
            # Service exists (it ships in the UI chart, applied later) does not have.
            env_value("ML_PIPELINE_VISUALIZATIONSERVER_SERVICE_HOST", "ml-pipeline-visualizationserver"),
            env_value("ML_PIPELINE_VISUALIZATIONSERVER_SERVICE_PORT", "8888"),
            # S3 through the workload identity: host/region/TLS, no keys (empty on purpose, see module doc).
            env_value("OBJECTSTORECONFIG_HOST", props.s3_endpoint), env_value("OBJECTSTORECONFIG_PORT", "443"),
            env_value("OBJECTSTORECONFIG_SECURE", "true"), env_value("OBJECTSTORECONFIG_REGION", props.region),
            env_config("OBJECTSTORECONFIG_BUCKETNAME", "bucketName"),
            # Uploaded pipeline packages: outside every team prefix, only the API server's role reaches them.
            env_value("OBJECTSTORECONFIG_PIPELINEPATH", f"_kfp/{props.artifact_prefix}"),
            env_value("OBJECTSTORECONFIG_ACCESSKEY", ""), env_value("OBJECTSTORECONFIG_SECRETACCESSKEY", ""),
            env_value("AWS_REGION", props.region),
            # MySQL: host/port/db from the install config, user/password from the ESO-managed Secret.
            env_config("DB_DRIVER_NAME", "dbType"), env_config("DBCONFIG_CONMAXLIFETIME", "ConMaxLifeTime"),
            env_secret("DBCONFIG_MYSQLCONFIG_USER", "username"), env_secret("DBCONFIG_MYSQLCONFIG_PASSWORD", "password"),
            env_config("DBCONFIG_MYSQLCONFIG_DBNAME", "pipelineDb"), env_config("DBCONFIG_MYSQLCONFIG_HOST", "mysqlHost"),
            env_config("DBCONFIG_MYSQLCONFIG_PORT", "mysqlPort"),
            # go-sql-driver DSN parameters (viper parses the JSON): encrypt to Aurora whenever it offers TLS.
            env_value("DBCONFIG_MYSQLCONFIG_EXTRAPARAMS", '{"tls":"preferred"}'),
            env_value("V2_DRIVER_IMAGE", kfp_image("driver")), env_value("V2_LAUNCHER_IMAGE", kfp_image("launcher")),
            env_value("COMPILED_PIPELINE_SPEC_PATCH", "{}"),
            *userid_env(),
        )
        probe = {"httpGet": {"path": "/apis/v1beta1/healthz", "port": 8888}, "periodSeconds": 5, "timeoutSeconds": 2}
        deployment(self, Workload(
            name=name, container_name="ml-pipeline-api-server", api_access="runs are Argo Workflows and ScheduledWorkflows it creates, plus SubjectAccessReviews", env_secrets="the KFP 2.16.0 API server reads DBCONFIG_MYSQLCONFIG_* only from env (viper); the manifest holds a secretKeyRef, never the value", image=kfp_image("api-server"), service_account=API_SERVER_SA,
            env=env, ports=(("http", 8888), ("grpc", 8887)),
            cpu="250m", memory="512Mi", memory_limit="1Gi", probe=probe, annotations=props.pod_annotations(API_SERVER_SA),
        ), replicas=props.replicas)
        service(self, name, selector={"app": name}, ports=[
            {"name": "http", "port": 8888, "targetPort": 8888, "protocol": "TCP"},
            {"name": "grpc", "port": 8887, "targetPort": 8887, "protocol": "TCP"},
        ])
        # base/installs/multi-user/api-service/cluster-role.yaml
        cluster_role(self, "ml-pipeline", [
            rule([""], ["pods", "pods/log"], ["get", "list", "delete"]),
            rule(["argoproj.io"], ["workflows"], ["create", "get", "list", "watch", "update", "patch", "delete"]),
            rule(["kubeflow.org"], ["scheduledworkflows"], ["create", "get", "list", "update", "patch", "delete"]),
            rule(["kubeflow.org"], ["scheduledworkflows/finalizers"], ["update"]),
            rule(_KFP, ["pipelines"], ["get", "list", "watch"]),
            rule(["authorization.k8s.io"], ["subjectaccessreviews"], ["create"]),
            rule(["authentication.k8s.io"], ["tokenreviews"], ["create"]),
        ], bind_to=API_SERVER_SA)

    def _persistence_agent(self, props: PipelinesProps) -> None:
        name = "ml-pipeline-persistenceagent"
        service_account(self, name)
        token, token_mount = _kfp_api_token("persistenceagent-sa-token")
        deployment(self, Workload(
            name=name, image=kfp_image("persistence-agent"), api_access="it watches Workflows and ScheduledWorkflows in every profile namespace", service_account=name,
            # Empty NAMESPACE watches every profile namespace (multi-user).
            env=(env_value("NAMESPACE", ""), env_value("TTL_SECONDS_AFTER_WORKFLOW_FINISH", str(props.workflow_ttl_seconds)),
                 env_value("NUM_WORKERS", "2"), env_value("LOG_LEVEL", props.log_level)),
            cpu="120m", memory="256Mi", memory_limit="512Mi", volumes=(token,), probe=api_watch_probe(),
            mounts=(token_mount,),
        ))
        cluster_role(self, "ml-pipeline-persistenceagent-role", [
            rule(["argoproj.io"], ["workflows"], ["get", "list", "watch"]),
            rule(["kubeflow.org"], ["scheduledworkflows"], ["get", "list", "watch"]),
            rule(_KFP, ["scheduledworkflows", "workflows"], ["report"]),
            rule(_KFP, ["runs"], ["reportMetrics", "readArtifact"]),
        ], bind_to=name)

    def _scheduled_workflow(self, props: PipelinesProps) -> None:
        name = "ml-pipeline-scheduledworkflow"
        service_account(self, name)
        token, token_mount = _kfp_api_token("scheduledworkflow-sa-token")
        deployment(self, Workload(
            name=name, image=kfp_image("scheduled-workflow-controller"), api_access="it reconciles ScheduledWorkflows into Workflows", service_account=name,
            env=(env_value("METRICS_PORT", "9090"), env_value("CLIENT_QPS", "10"), env_value("CLIENT_BURST", "20"),
                 env_value("RESYNC_INTERVAL_SECONDS", "30"), env_value("LOG_LEVEL", props.log_level), env_value("NAMESPACE", ""),
                 env_config("CRON_SCHEDULE_TIMEZONE", "cronScheduleTimezone")),
            ports=(("http", 9090),), cpu="50m", memory="128Mi", memory_limit="256Mi",
            probe={"tcpSocket": {"port": 9090}, "periodSeconds": 10, "timeoutSeconds": 2},
            volumes=(token,),
            mounts=(token_mount,),
        ))
        cluster_role(self, "ml-pipeline-scheduledworkflow-role", [
            rule(["argoproj.io"], ["workflows"], ["create", "get", "list", "watch", "update", "patch", "delete"]),
            rule(_KFP, ["runs"], ["create"]),
            rule(["kubeflow.org"], ["scheduledworkflows", "scheduledworkflows/finalizers"],
                 ["create", "get", "list", "watch", "update", "patch", "delete"]),
            rule([""], ["events"], ["create", "patch"]),
        ], bind_to=name)

    def _aggregated_roles(self) -> None:
        """Pipelines rights folded into kubeflow-edit/view, so profile contributors and default-editor get them."""
        edit_label = {"rbac.authorization.kubeflow.org/aggregate-to-kubeflow-pipelines-edit": "true"}
        view_label = {"rbac.authorization.kubeflow.org/aggregate-to-kubeflow-pipelines-view": "true"}
        self.api("ClusterRole-kubeflow-pipelines-edit", api_version="rbac.authorization.k8s.io/v1", kind="ClusterRole",
                 name="kubeflow-pipelines-edit", labels=aggregate_labels("edit"),
                 aggregationRule={"clusterRoleSelectors": [{"matchLabels": edit_label}]}, rules=[])
        self.api("ClusterRole-kubeflow-pipelines-view", api_version="rbac.authorization.k8s.io/v1", kind="ClusterRole",
                 name="kubeflow-pipelines-view", labels={**aggregate_labels("view"), **edit_label},
                 aggregationRule={"clusterRoleSelectors": [{"matchLabels": view_label}]}, rules=[])
        cluster_role(self, "aggregate-to-kubeflow-pipelines-edit", [
            rule(_KFP, ["pipelines", "pipelineversions"], ["create", "delete", "update"]),
            rule(_KFP, ["experiments"], ["archive", "create", "delete", "unarchive"]),
            rule(_KFP, ["runs"], ["archive", "create", "delete", "retry", "terminate", "unarchive", "reportMetrics", "readArtifact"]),
            rule(_KFP, ["jobs"], ["create", "delete", "disable", "enable"]),
            rule(["kubeflow.org"], ["scheduledworkflows"], ["*"]),
            rule(["argoproj.io"], ["cronworkflows", "cronworkflows/finalizers", "workflows", "workflows/finalizers",
                                   "workfloweventbindings", "workflowtemplates", "workflowtaskresults"], ["*"]),
        ], labels=edit_label)
        cluster_role(self, "aggregate-to-kubeflow-pipelines-view", [
            rule(_KFP, ["pipelines", "pipelineversions", "experiments", "jobs"], ["get", "list"]),
            rule(_KFP, ["runs"], ["get", "list", "readArtifact"]),
            rule(["kubeflow.org"], ["viewers"], ["create", "get", "delete"]),
            rule(_KFP, ["visualizations"], ["create"]),
        ], labels=view_label)

    def _network(self, props: PipelinesProps) -> None:
        """Exact allows in the default-deny kubeflow namespace for every pipelines pod."""
        kfp = {"matchLabels": KFP_POD_LABEL}
        self.network_policy("kfp-within-namespace", namespace=NAMESPACE, pod_selector=kfp, policy_types=["Ingress", "Egress"],
                            ingress=[{"from": [{"podSelector": {}}]}], egress=[{"to": [{"podSelector": {}}]}])
        self.network_policy("kfp-aws-and-database", namespace=NAMESPACE, pod_selector=kfp, policy_types=["Egress"], egress=[
            # MySQL on the Aurora endpoint (isolated subnets of the VPC).
            {"to": [{"ipBlock": {"cidr": props.vpc_cidr}}], "ports": [{"protocol": "TCP", "port": props.db_port}]},
            # HTTPS to S3, Secrets Manager, STS (VPC endpoints or public) and the Kubernetes API.
            {"to": [{"ipBlock": {"cidr": "0.0.0.0/0"}}], "ports": [{"protocol": "TCP", "port": 443}]},
            # Credentials: the Pod Identity agent, or IMDS answered by kube2iam.
            {"to": [{"ipBlock": {"cidr": POD_IDENTITY_AGENT}}, {"ipBlock": {"cidr": INSTANCE_METADATA}}],
             "ports": [{"protocol": "TCP", "port": 80}]},
        ])
        ingress_policy(self, "ml-pipeline-from-gateway-and-profiles", app="ml-pipeline",
                       peers=[GATEWAY_PEER, PROFILE_PEER], ports=[8888, 8887])
        ingress_policy(self, "ml-pipeline-ui-from-gateway", app="ml-pipeline-ui", peers=[GATEWAY_PEER], ports=[3000])
        ingress_policy(self, "metadata-grpc-from-profiles", app="metadata-grpc-server", peers=[PROFILE_PEER], ports=[8080])
        ingress_policy(self, "metadata-envoy-from-gateway", app="metadata-envoy", peers=[GATEWAY_PEER], ports=[9090])
        ingress_policy(self, "visualization-from-profiles", app="ml-pipeline-visualizationserver", peers=[PROFILE_PEER], ports=[8888])
        # The API server calls the cache webhook from its control-plane ENIs in the VPC.
        ingress_policy(self, "cache-webhook-from-apiserver", app="cache-server",
                       peers=[{"ipBlock": {"cidr": props.vpc_cidr}}], ports=[8443])
