"""ML Metadata for Kubeflow Pipelines 2.16.0: the gRPC store server on the managed MySQL, the Envoy that
serves gRPC-web to the UI, and the metadata writer that records Argo pods as executions."""

from __future__ import annotations

import json

from constructs import Construct

from k8s_charts.base import PlatformChart
from k8s_charts.kubeflow.common import NAMESPACE
from k8s_charts.kubeflow.pipelines_common import (
    api_watch_probe,
    KFP_VERSION, MLMD_IMAGE, PipelinesProps, Workload, app_labels, cluster_role, deployment, env_config, env_field,
    env_secret, env_value, kfp_image, rule, service, service_account,
)

GRPC, ENVOY, WRITER = "metadata-grpc-server", "metadata-envoy", "metadata-writer"
GRPC_SERVICE = "metadata-grpc-service"


def envoy_config() -> str:
    """Envoy: gRPC-web + CORS on 9090 in front of the metadata gRPC service (base/metadata/base)."""
    route = {"match": {"prefix": "/"}, "route": {"cluster": "metadata-cluster", "max_stream_duration": {"grpc_timeout_header_max": "0s"}}}
    manager = {
        "@type": "type.googleapis.com/envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager",
        "codec_type": "auto", "stat_prefix": "ingress_http",
        "route_config": {"name": "local_route", "virtual_hosts": [{"name": "local_service", "domains": ["*"], "routes": [route]}]},
        "http_filters": [
            {"name": "envoy.filters.http.grpc_web", "typed_config": {"@type": "type.googleapis.com/envoy.extensions.filters.http.grpc_web.v3.GrpcWeb"}},
            {"name": "envoy.filters.http.cors", "typed_config": {"@type": "type.googleapis.com/envoy.extensions.filters.http.cors.v3.Cors"}},
            {"name": "envoy.filters.http.router", "typed_config": {"@type": "type.googleapis.com/envoy.extensions.filters.http.router.v3.Router"}},
        ],
    }
    config = {
        "admin": {"address": {"socket_address": {"address": "127.0.0.1", "port_value": 9901}}},
        "static_resources": {
            "listeners": [{"name": "listener_0", "address": {"socket_address": {"address": "0.0.0.0", "port_value": 9090}},
                           "filter_chains": [{"filters": [{"name": "envoy.filters.network.http_connection_manager", "typed_config": manager}]}]}],
            "clusters": [{
                "name": "metadata-cluster", "connect_timeout": "30s", "type": "logical_dns", "lb_policy": "round_robin",
                "typed_extension_protocol_options": {"envoy.extensions.upstreams.http.v3.HttpProtocolOptions": {
                    "@type": "type.googleapis.com/envoy.extensions.upstreams.http.v3.HttpProtocolOptions",
                    "explicit_http_config": {"http2_protocol_options": {}}}},
                "load_assignment": {"cluster_name": "metadata-grpc", "endpoints": [{"lb_endpoints": [{"endpoint": {"address": {
                    "socket_address": {"address": GRPC_SERVICE, "port_value": 8080}}}}]}]},
            }],
        },
    }
    return json.dumps(config, indent=1, sort_keys=True)


class PipelinesMetadataChart(PlatformChart):
    def __init__(self, scope: Construct, construct_id: str, *, props: PipelinesProps) -> None:
        super().__init__(scope, construct_id, component="kubeflow-pipelines-metadata", version=KFP_VERSION, kubernetes_version=props.kubernetes_version,
                         identity_mode=props.identity_mode)
        self.api("ConfigMap-metadata-grpc-configmap", api_version="v1", kind="ConfigMap", name="metadata-grpc-configmap",
                 namespace=NAMESPACE, data={"METADATA_GRPC_SERVICE_HOST": GRPC_SERVICE, "METADATA_GRPC_SERVICE_PORT": "8080"})
        service_account(self, GRPC)
        deployment(self, Workload(
            name=GRPC, container_name="container", image=MLMD_IMAGE, env_secrets="ml_metadata_store_server 1.14.0 takes the MySQL password only as a flag, expanded from env by the kubelet", service_account=GRPC,
            env=(env_secret("DBCONFIG_USER", "username"), env_secret("DBCONFIG_PASSWORD", "password"),
                 env_config("MYSQL_DATABASE", "mlmdDb"), env_config("MYSQL_HOST", "mysqlHost"), env_config("MYSQL_PORT", "mysqlPort")),
            command=("/bin/metadata_store_server",),
            # $(VAR) is expanded by the kubelet from the env above: the password never appears in the manifest.
            args=("--grpc_port=8080", "--mysql_config_database=$(MYSQL_DATABASE)", "--mysql_config_host=$(MYSQL_HOST)",
                  "--mysql_config_port=$(MYSQL_PORT)", "--mysql_config_user=$(DBCONFIG_USER)",
                  "--mysql_config_password=$(DBCONFIG_PASSWORD)", "--enable_database_upgrade=true",
                  "--grpc_channel_arguments=grpc.max_metadata_size=16384,grpc.max_receive_message_length=104857600,"
                  "grpc.max_send_message_length=104857600"),
            ports=(("grpc-api", 8080),), cpu="100m", memory="256Mi", memory_limit="512Mi",
            probe={"tcpSocket": {"port": "grpc-api"}, "periodSeconds": 5, "timeoutSeconds": 2},
        ), replicas=props.replicas)
        service(self, GRPC_SERVICE, selector={"app": GRPC}, ports=[{"name": "grpc-api", "port": 8080, "targetPort": 8080, "protocol": "TCP"}])

        self.api("ConfigMap-metadata-envoy-configmap", api_version="v1", kind="ConfigMap", name="metadata-envoy-configmap",
                 namespace=NAMESPACE, data={"envoy-config.yaml": envoy_config()})
        service_account(self, ENVOY)
        deployment(self, Workload(
            name=ENVOY, container_name="container", image=kfp_image("metadata-envoy"), service_account=ENVOY,
            args=("/etc/envoy/envoy-config.yaml",), ports=(("md-envoy", 9090),),
            cpu="50m", memory="64Mi", memory_limit="256Mi",
            probe={"tcpSocket": {"port": "md-envoy"}, "periodSeconds": 10, "timeoutSeconds": 2},
            volumes=({"name": "envoy-config", "configMap": {"name": "metadata-envoy-configmap"}},),
            mounts=({"name": "envoy-config", "mountPath": "/etc/envoy", "readOnly": True},),
        ))
        service(self, "metadata-envoy-service", selector={"app": ENVOY}, ports=[{"name": "md-envoy", "port": 9090, "targetPort": 9090, "protocol": "TCP"}])

        sa = "kubeflow-pipelines-metadata-writer"
        service_account(self, sa)
        deployment(self, Workload(
            name=WRITER, container_name="main", api_access="it watches pipeline pods and Workflows to record executions", image=kfp_image("metadata-writer"), service_account=sa,
            env=(env_value("NAMESPACE_TO_WATCH", ""), env_field("POD_NAMESPACE", "metadata.namespace")),
            cpu="50m", memory="128Mi", memory_limit="512Mi", probe=api_watch_probe(python=True),
            # It dumps every Argo pod event it sees as YAML into /tmp and keeps the last 5,000 (DEBUG_FILES_SIZE;
            # setting that env makes it a string and breaks the int comparison in metadata_writer.py at 2.16.0):
            # tens to a few hundred MB, so a disk-backed emptyDir rather than tmpfs under the memory limit.
            tmp_size="512Mi", tmp_on_disk=True,
        ))
        cluster_role(self, "kubeflow-pipelines-metadata-writer-role", [
            rule([""], ["pods"], ["get", "list", "watch", "update", "patch"]),
            rule([""], ["configmaps"], ["get"]),
            rule(["argoproj.io"], ["workflows"], ["get", "list", "watch", "update", "patch"]),
        ], bind_to=sa)
        self.labels_used = app_labels(GRPC)
