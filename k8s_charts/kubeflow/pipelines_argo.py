"""Argo Workflows v3.7.3 workflow controller, the version KFP 2.16.0 pins (third-party/argo), cluster mode.

The default artifact repository is the pipeline-artifacts bucket with `useSDKCreds: true`: the executor in
each run pod uses the AWS SDK credential chain of the profile's identity, no access-key Secret exists.
"""

from __future__ import annotations

import yaml
from constructs import Construct

from k8s_charts.base import PlatformChart, pinned_image
from k8s_charts.kubeflow.common import NAMESPACE
from k8s_charts.kubeflow.pipelines_common import (
    ARGO_VERSION, PipelinesProps, Workload, cluster_role, deployment, env_field, role, rule, service_account,
)

NAME = "workflow-controller"
SA = "argo"
EXECUTOR_IMAGE = pinned_image("quay.io/argoproj/argoexec", ARGO_VERSION)


def artifact_repository(props: PipelinesProps, namespace_expr: str) -> dict:
    return {
        "archiveLogs": True,
        "s3": {
            "endpoint": props.s3_endpoint, "region": props.region, "bucket": props.artifacts_bucket, "insecure": False,
            "useSDKCreds": True,
            "keyFormat": f"{namespace_expr}/{props.artifact_prefix}/{{{{workflow.name}}}}/{{{{workflow.creationTimestamp.Y}}}}/"
                         "{{workflow.creationTimestamp.m}}/{{workflow.creationTimestamp.d}}/{{pod.name}}",
        },
    }


class PipelinesArgoChart(PlatformChart):
    def __init__(self, scope: Construct, construct_id: str, *, props: PipelinesProps) -> None:
        super().__init__(scope, construct_id, component="argo-workflows", version=ARGO_VERSION, kubernetes_version=props.kubernetes_version,
                         identity_mode=props.identity_mode)
        executor = {
            "imagePullPolicy": "IfNotPresent",
            "securityContext": {"runAsNonRoot": True, "runAsUser": 65532, "allowPrivilegeEscalation": False,
                                "capabilities": {"drop": ["ALL"]}, "seccompProfile": {"type": "RuntimeDefault"}},
        }
        self.api("ConfigMap-workflow-controller-configmap", api_version="v1", kind="ConfigMap",
                 name="workflow-controller-configmap", namespace=NAMESPACE, data={
                     "artifactRepository": yaml.safe_dump(artifact_repository(props, "{{workflow.namespace}}"), sort_keys=True),
                     "executor": yaml.safe_dump(executor, sort_keys=True),
                 })
        service_account(self, SA)
        deployment(self, Workload(
            name=NAME, image=pinned_image("quay.io/argoproj/workflow-controller", ARGO_VERSION), api_access="the workflow controller creates the pods of every pipeline step", service_account=SA,
            command=("workflow-controller",),
            args=("--configmap", "workflow-controller-configmap", "--executor-image", EXECUTOR_IMAGE),
            env=(env_field("LEADER_ELECTION_IDENTITY", "metadata.name"),),
            ports=(("metrics", 9090), ("healthz", 6060)),
            cpu="100m", memory="512Mi", memory_limit="1Gi",
            probe={"httpGet": {"path": "/healthz", "port": 6060}, "periodSeconds": 60, "timeoutSeconds": 30, "failureThreshold": 3},
        ))
        # manifests/cluster-install-no-crds/workflow-controller-rbac at v3.7.3.
        cluster_role(self, "argo-cluster-role", [
            rule([""], ["pods", "pods/exec"], ["create", "get", "list", "watch", "update", "patch", "delete"]),
            rule([""], ["configmaps", "namespaces"], ["get", "watch", "list"]),
            rule([""], ["persistentvolumeclaims", "persistentvolumeclaims/finalizers"], ["create", "update", "delete", "get"]),
            rule(["argoproj.io"], ["workflows", "workflows/finalizers", "workflowtasksets", "workflowtasksets/finalizers",
                                   "workflowartifactgctasks"], ["get", "list", "watch", "update", "patch", "delete", "create"]),
            rule(["argoproj.io"], ["workflowtemplates", "workflowtemplates/finalizers", "clusterworkflowtemplates",
                                   "clusterworkflowtemplates/finalizers"], ["get", "list", "watch"]),
            rule(["argoproj.io"], ["workflowtaskresults"], ["list", "watch", "deletecollection"]),
            rule([""], ["serviceaccounts"], ["get", "list"]),
            rule(["argoproj.io"], ["cronworkflows", "cronworkflows/finalizers"], ["get", "list", "watch", "update", "patch", "delete"]),
            rule([""], ["events"], ["create", "patch"]),
            rule(["policy"], ["poddisruptionbudgets"], ["create", "get", "delete"]),
            rule([""], ["secrets"], ["get"], names=["argo-workflows-agent-ca-certificates"]),
        ], bind_to=SA)
        role(self, "argo-role", [
            rule(["coordination.k8s.io"], ["leases"], ["create", "get", "update"]),
            rule([""], ["secrets"], ["get"]),
        ], bind_to=SA)
