"""KFP 2.16.0 UI (multi-user, reads artifacts from S3 with the workload identity), the viewer controller
(Viewer CRD: TensorBoard pods) and the visualization server."""

from __future__ import annotations

import json

from constructs import Construct

from k8s_charts.base import PlatformChart
from k8s_charts.kubeflow.common import NAMESPACE
from k8s_charts.kubeflow.pipelines_common import (
    api_watch_probe,
    KFP_VERSION, UI_SA, PipelinesProps, Workload, cluster_role, deployment, env_config, env_field, env_value, kfp_image,
    rule, service, service_account, userid_env,
)


class PipelinesUiChart(PlatformChart):
    def __init__(self, scope: Construct, construct_id: str, *, props: PipelinesProps) -> None:
        super().__init__(scope, construct_id, component="kubeflow-pipelines-ui", version=KFP_VERSION, kubernetes_version=props.kubernetes_version,
                         identity_mode=props.identity_mode)
        self.api("ConfigMap-ml-pipeline-ui-configmap", api_version="v1", kind="ConfigMap", name="ml-pipeline-ui-configmap",
                 namespace=NAMESPACE,
                 data={"viewer-pod-template.json": json.dumps({"spec": {"serviceAccountName": "default-editor"}}, indent=1)})
        service_account(self, UI_SA)
        deployment(self, Workload(
            name="ml-pipeline-ui", image=kfp_image("frontend"), api_access="the UI reads pod logs and events, creates Viewers and does SubjectAccessReviews through the API server", service_account=UI_SA,
            env=(
                env_value("VIEWER_TENSORBOARD_POD_TEMPLATE_SPEC_PATH", "/etc/config/viewer-pod-template.json"),
                env_value("DEPLOYMENT", "KUBEFLOW"), env_value("ENABLE_AUTHZ", "true"), *userid_env(),
                env_value("ALLOW_CUSTOM_VISUALIZATIONS", "true"), env_field("FRONTEND_SERVER_NAMESPACE", "metadata.namespace"),
                env_value("ARGO_ARCHIVE_LOGS", "true"), env_value("DISABLE_GKE_METADATA", "true"),
                # frontend/server/configs.ts falls back to localhost when the service links are missing (a pod
                # created before those Services): the UI would then never reach the API or ML Metadata.
                env_value("ML_PIPELINE_SERVICE_HOST", "ml-pipeline"), env_value("ML_PIPELINE_SERVICE_PORT", "8888"),
                env_value("METADATA_ENVOY_SERVICE_SERVICE_HOST", "metadata-envoy-service"),
                env_value("METADATA_ENVOY_SERVICE_SERVICE_PORT", "9090"),
                env_config("ARTIFACTS_SERVICE_PROXY_ENABLED", "ARTIFACTS_PROXY_ENABLED", optional=True),
                # S3 artifacts: no keys, so the frontend's minio helper uses the AWS SDK provider chain.
                env_value("AWS_REGION", props.region), env_value("AWS_S3_ENDPOINT", props.s3_endpoint), env_value("AWS_SSL", "true"),
            ),
            ports=(("http", 3000),), cpu="50m", memory="256Mi", memory_limit="512Mi",
            probe={"httpGet": {"path": "/apis/v1beta1/healthz", "port": 3000}, "periodSeconds": 5, "timeoutSeconds": 2},
            volumes=({"name": "config-volume", "configMap": {"name": "ml-pipeline-ui-configmap"}},),
            mounts=({"name": "config-volume", "mountPath": "/etc/config", "readOnly": True},),
            annotations=props.pod_annotations(UI_SA),
        ), replicas=props.replicas)
        service(self, "ml-pipeline-ui", selector={"app": "ml-pipeline-ui"},
                ports=[{"name": "http", "port": 80, "targetPort": 3000, "protocol": "TCP"}])
        cluster_role(self, "ml-pipeline-ui", [
            rule([""], ["pods", "pods/log"], ["get"]),
            rule([""], ["events"], ["list"]),
            rule([""], ["secrets"], ["get", "list"]),
            rule(["kubeflow.org"], ["viewers"], ["create", "get", "list", "watch", "delete"]),
            rule(["argoproj.io"], ["workflows"], ["get", "list"]),
        ], bind_to=UI_SA)

        viewer_sa = "ml-pipeline-viewer-crd-service-account"
        service_account(self, viewer_sa)
        deployment(self, Workload(
            name="ml-pipeline-viewer-crd", api_access="it reconciles Viewers into Deployments and Services", image=kfp_image("viewer-crd-controller"), service_account=viewer_sa,
            env=(env_value("MAX_NUM_VIEWERS", "50"), env_value("NAMESPACE", "")), cpu="20m", memory="64Mi", memory_limit="256Mi",
            probe=api_watch_probe(),
        ))
        cluster_role(self, "ml-pipeline-viewer-controller-role", [
            rule(["apps"], ["deployments"], ["create", "get", "list", "watch", "update", "patch", "delete"]),
            rule([""], ["services"], ["create", "get", "list", "watch", "update", "patch", "delete"]),
            rule(["kubeflow.org"], ["viewers", "viewers/finalizers"], ["create", "get", "list", "watch", "update", "patch", "delete"]),
        ], bind_to=viewer_sa)

        vis = "ml-pipeline-visualizationserver"
        service_account(self, vis)
        deployment(self, Workload(
            name=vis, image=kfp_image("visualization-server"), service_account=vis,
            ports=(("http", 8888),), cpu="30m", memory="512Mi", memory_limit="1Gi",
            probe={"httpGet": {"path": "/", "port": 8888}, "periodSeconds": 5, "timeoutSeconds": 2},
        ))
        service(self, vis, selector={"app": vis}, ports=[{"name": "http", "port": 8888, "targetPort": 8888, "protocol": "TCP"}])
