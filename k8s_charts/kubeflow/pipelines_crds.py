"""CRDs Kubeflow Pipelines 2.16.0 needs: ScheduledWorkflow and Viewer (KFP), the Argo Workflows v3.7.3
resources KFP drives, and the External Secrets Operator resources that deliver the database credentials.

Applied before every other pipelines chart (the charts that create custom resources depend on this one).
Schemas are written here: typed top level and the fields the platform sets, unknown fields preserved
elsewhere (Argo's own "minimal" CRDs make the same trade-off to stay under the annotation size limit).
"""

from __future__ import annotations

from typing import Any

from constructs import Construct

from k8s_charts.base import PlatformChart
from k8s_charts.kubeflow.pipelines_common import ARGO_VERSION, KFP_VERSION, PipelinesProps, crd

_OPEN = {"type": "object", "x-kubernetes-preserve-unknown-fields": True}
_OPEN_LIST = {"type": "array", "items": _OPEN}

WORKFLOW_SPEC: dict[str, Any] = {
    "type": "object",
    "x-kubernetes-preserve-unknown-fields": True,
    "properties": {
        "entrypoint": {"type": "string"},
        "serviceAccountName": {"type": "string"},
        "templates": _OPEN_LIST,
        "arguments": _OPEN,
        "podMetadata": _OPEN,
        "ttlStrategy": _OPEN,
        "podGC": _OPEN,
        "workflowTemplateRef": {"type": "object", "properties": {"name": {"type": "string"}, "clusterScope": {"type": "boolean"}}},
    },
}
CRON_SPEC: dict[str, Any] = {
    "type": "object",
    "x-kubernetes-preserve-unknown-fields": True,
    "required": ["workflowSpec"],
    "properties": {
        "schedule": {"type": "string"},
        "schedules": {"type": "array", "items": {"type": "string"}},
        "timezone": {"type": "string"},
        "suspend": {"type": "boolean"},
        "concurrencyPolicy": {"type": "string", "enum": ["Allow", "Forbid", "Replace"]},
        "workflowSpec": WORKFLOW_SPEC,
    },
}
SCHEDULED_WORKFLOW_SPEC: dict[str, Any] = {
    "type": "object",
    "x-kubernetes-preserve-unknown-fields": True,
    "properties": {
        "enabled": {"type": "boolean"},
        "maxConcurrency": {"type": "integer", "format": "int64"},
        "noCatchup": {"type": "boolean"},
        "trigger": _OPEN,
        "workflow": _OPEN,
    },
}
VIEWER_SPEC: dict[str, Any] = {
    "type": "object",
    "x-kubernetes-preserve-unknown-fields": True,
    "properties": {
        "type": {"type": "string"},
        "tensorboardSpec": {"type": "object", "properties": {"logDir": {"type": "string"}, "tensorflowImage": {"type": "string"}}},
        "podTemplateSpec": _OPEN,
    },
}
_SECRET_REF = {"type": "object", "properties": {"name": {"type": "string"}, "kind": {"type": "string"}}}
EXTERNAL_SECRET_SPEC: dict[str, Any] = {
    "type": "object",
    "properties": {
        "refreshInterval": {"type": "string"},
        "secretStoreRef": _SECRET_REF,
        "target": {
            "type": "object",
            "x-kubernetes-preserve-unknown-fields": True,
            "properties": {"name": {"type": "string"}, "creationPolicy": {"type": "string", "enum": ["Owner", "Orphan", "Merge", "None"]},
                           "deletionPolicy": {"type": "string", "enum": ["Delete", "Merge", "Retain"]}},
        },
        "data": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["secretKey", "remoteRef"],
                "properties": {
                    "secretKey": {"type": "string"},
                    "remoteRef": {
                        "type": "object", "required": ["key"],
                        "properties": {"key": {"type": "string"}, "property": {"type": "string"}, "version": {"type": "string"},
                                       "versionStage": {"type": "string"}},
                    },
                },
            },
        },
        "dataFrom": _OPEN_LIST,
    },
}
# generators.external-secrets.io/v1alpha1 GeneratorState (config/crds/bases at v1.3.2): written by the
# controller only when an ExternalSecret uses a stateful generator, which the platform's never do.
GENERATOR_STATE_SPEC: dict[str, Any] = {
    "type": "object",
    "required": ["resource", "state"],
    "properties": {
        "garbageCollectionDeadline": {"type": "string", "format": "date-time"},
        "resource": {"x-kubernetes-preserve-unknown-fields": True},
        "state": {"x-kubernetes-preserve-unknown-fields": True},
    },
}
SECRET_STORE_SPEC: dict[str, Any] = {
    "type": "object",
    "properties": {
        "controller": {"type": "string"},
        "refreshInterval": {"type": "integer"},
        "retrySettings": _OPEN,
        "conditions": _OPEN_LIST,
        "provider": {
            "type": "object",
            "x-kubernetes-preserve-unknown-fields": True,
            "properties": {
                "aws": {
                    "type": "object",
                    "required": ["service"],
                    "x-kubernetes-preserve-unknown-fields": True,
                    "properties": {"service": {"type": "string", "enum": ["SecretsManager", "ParameterStore"]},
                                   "region": {"type": "string"}, "role": {"type": "string"}},
                },
            },
        },
    },
}


class PipelinesCrdsChart(PlatformChart):
    """Cluster-scoped definitions only; no namespace, no workloads."""

    def __init__(self, scope: Construct, construct_id: str, *, props: PipelinesProps) -> None:
        super().__init__(scope, construct_id, component="kubeflow-pipelines-crds", version=KFP_VERSION, kubernetes_version=props.kubernetes_version,
                         identity_mode=props.identity_mode)
        # KFP 2.16.0 base/pipeline/cluster-scoped.
        crd(self, group="kubeflow.org", kind="ScheduledWorkflow", plural="scheduledworkflows", version="v1beta1",
            short_names=("swf",), spec_schema=SCHEDULED_WORKFLOW_SPEC)
        crd(self, group="kubeflow.org", kind="Viewer", plural="viewers", version="v1beta1", short_names=("vi",),
            spec_schema=VIEWER_SPEC, status=False)
        # Argo Workflows v3.7.3 manifests/base/crds/minimal: the kinds the controller watches.
        argo = {"group": "argoproj.io", "version": "v1alpha1"}
        crd(self, kind="Workflow", plural="workflows", short_names=("wf",), spec_schema=WORKFLOW_SPEC, **argo)
        crd(self, kind="WorkflowTemplate", plural="workflowtemplates", short_names=("wftmpl",), spec_schema=WORKFLOW_SPEC,
            status=False, **argo)
        crd(self, kind="ClusterWorkflowTemplate", plural="clusterworkflowtemplates", short_names=("clusterwftmpl", "cwft"),
            spec_schema=WORKFLOW_SPEC, status=False, scope="Cluster", **argo)
        crd(self, kind="CronWorkflow", plural="cronworkflows", short_names=("cwf", "cronwf"), spec_schema=CRON_SPEC, **argo)
        # Results are written by the executor in each run pod; there is no spec.
        crd(self, kind="WorkflowTaskResult", plural="workflowtaskresults", spec_schema=None, status=False, required=(),
            extra_properties={"message": {"type": "string"}, "phase": {"type": "string"}, "progress": {"type": "string"},
                              "outputs": _OPEN}, **argo)
        crd(self, kind="WorkflowTaskSet", plural="workflowtasksets", short_names=("wfts",), **argo)
        crd(self, kind="WorkflowArtifactGCTask", plural="workflowartifactgctasks", short_names=("wfat",), **argo)
        crd(self, kind="WorkflowEventBinding", plural="workfloweventbindings", short_names=("wfeb",), status=False, **argo)
        # External Secrets Operator (external-secrets.io/v1).
        eso = {"group": "external-secrets.io", "version": "v1", "status_subresource": True}
        crd(self, kind="ExternalSecret", plural="externalsecrets", short_names=("es",), spec_schema=EXTERNAL_SECRET_SPEC, **eso)
        crd(self, kind="SecretStore", plural="secretstores", short_names=("ss",), spec_schema=SECRET_STORE_SPEC, **eso)
        crd(self, kind="ClusterSecretStore", plural="clustersecretstores", short_names=("css",), spec_schema=SECRET_STORE_SPEC,
            scope="Cluster", **eso)
        # ESO v1.3.2 starts its GeneratorState reconciler unconditionally (cmd/controller/root.go; the
        # --enable-generator-state flag only stops ExternalSecrets from writing state): without this CRD its
        # informer never syncs and the manager exits, and no ExternalSecret is ever synced.
        crd(self, group="generators.external-secrets.io", kind="GeneratorState", plural="generatorstates", version="v1alpha1",
            short_names=("gs",), spec_schema=GENERATOR_STATE_SPEC)
        self.argo_version = ARGO_VERSION
