"""What Kubeflow Pipelines needs inside every profile namespace (multi-user).

Upstream runs a metacontroller DecoratorController whose Python hook (shipped in a ConfigMap) creates these
objects when a namespace is labelled `pipelines.kubeflow.org/enabled=true`, and gives each namespace a
static-key artifact Secret. The platform declares its profiles in config, so the same objects are rendered
here at synth time, reviewed in `dist/` and validated in tests: no metacontroller, no code in a ConfigMap,
no artifact keys. Run pods (`default-editor`) reach S3 with the profile's own identity, which must
allow `s3://<pipeline-artifacts>/<prefix>/<namespace>/*`.
"""

from __future__ import annotations

import json

import yaml
from constructs import Construct

from k8s_charts.base import PlatformChart
from k8s_charts.kubeflow.common import NAMESPACE, tenant_pods
from k8s_charts.kubeflow.pipelines_argo import artifact_repository
from k8s_charts.kubeflow.pipelines_common import KFP_VERSION, POD_IDENTITY_AGENT, INSTANCE_METADATA, PipelinesProps


def launcher_providers(props: PipelinesProps) -> str:
    """kfp-launcher `providers`: S3 with `fromEnv` credentials, i.e. the pod's AWS SDK chain (backend/src/v2/config/s3.go)."""
    return yaml.safe_dump({"s3": {"default": {
        "endpoint": props.s3_endpoint, "region": props.region, "disableSSL": False, "credentials": {"fromEnv": True},
    }}}, sort_keys=True)


class PipelinesProfilesChart(PlatformChart):
    def __init__(self, scope: Construct, construct_id: str, *, props: PipelinesProps) -> None:
        super().__init__(scope, construct_id, component="kubeflow-pipelines-profiles", version=KFP_VERSION, kubernetes_version=props.kubernetes_version,
                         identity_mode=props.identity_mode)
        for ns in props.profile_namespaces:
            self.api(f"ConfigMap-{ns}-kfp-launcher", api_version="v1", kind="ConfigMap", name="kfp-launcher", namespace=ns,
                     data={"defaultPipelineRoot": props.pipeline_root(ns), "providers": launcher_providers(props)})
            self.api(f"ConfigMap-{ns}-metadata-grpc-configmap", api_version="v1", kind="ConfigMap",
                     name="metadata-grpc-configmap", namespace=ns,
                     data={"METADATA_GRPC_SERVICE_HOST": f"metadata-grpc-service.{NAMESPACE}", "METADATA_GRPC_SERVICE_PORT": "8080"})
            self.api(f"ConfigMap-{ns}-artifact-repositories", api_version="v1", kind="ConfigMap", name="artifact-repositories",
                     namespace=ns, annotations={"workflows.argoproj.io/default-artifact-repository": "default-namespaced"},
                     data={"default-namespaced": json.dumps(artifact_repository(props, ns), sort_keys=True)})
            # Run pods talk to the KFP API, ML Metadata and the visualization server in `kubeflow`, and to AWS.
            self.network_policy(
                "kfp-run-egress", namespace=ns, pod_selector=tenant_pods(), policy_types=["Egress"],
                egress=[
                    {"to": [{"namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": NAMESPACE}},
                             "podSelector": {"matchLabels": {"ml-platform/kubeflow-pipelines": "true"}}}],
                     "ports": [{"protocol": "TCP", "port": p} for p in (8888, 8887, 8080)]},
                    {"to": [{"ipBlock": {"cidr": "0.0.0.0/0"}}], "ports": [{"protocol": "TCP", "port": 443}]},
                    {"to": [{"ipBlock": {"cidr": POD_IDENTITY_AGENT}}, {"ipBlock": {"cidr": INSTANCE_METADATA}}],
                     "ports": [{"protocol": "TCP", "port": 80}]},
                ],
            )
