"""Every CustomResourceDefinition of the Kubeflow core, notebooks, Katib and training operator charts.

One chart so delivery can apply it before any chart holding custom resources (profiles, PodDefaults,
experiments, jobs). Schemas are ours, written from the upstream Go API types of the pinned releases:
kubeflow/kubeflow v1.10.0 (Profile, PodDefault, Notebook), kubeflow/katib v0.19.0 (Experiment,
Suggestion, Trial), kubeflow/training-operator v1.9.2 (TFJob, PyTorchJob, MPIJob).
"""

from __future__ import annotations

from constructs import Construct

from k8s_charts.base import PlatformChart
from dataclasses import dataclass

from k8s_charts.kubeflow.common import KATIB_VERSION, KUBEFLOW_VERSION, TRAINING_OPERATOR_VERSION, ChartEnv
from k8s_charts.crd_schema import (
    Schema, array, boolean, container, crd, env_var, integer, label_selector, number, obj, opaque,
    pod_spec, pod_template, quantity_map, string, string_map, toleration, volume, volume_mount,
)

GROUP = "kubeflow.org"

# kind -> replica types the training operator accepts for it (pkg/apis/kubeflow.org/v1/*_types.go).
TRAINING_REPLICA_TYPES = {
    "TFJob": ("tfReplicaSpecs", ("Chief", "Master", "PS", "Worker", "Evaluator")),
    "PyTorchJob": ("pytorchReplicaSpecs", ("Master", "Worker")),
    "MPIJob": ("mpiReplicaSpecs", ("Launcher", "Worker")),
}


def profile_spec() -> Schema:
    return obj({
        "owner": obj({"kind": string(enum=["User", "Group", "ServiceAccount"]), "name": string(), "apiGroup": string(),
                      "namespace": string()}, required=["kind", "name"]),
        "plugins": array(obj({"kind": string(), "apiVersion": string(), "spec": opaque()})),
        "resourceQuotaSpec": obj({"hard": quantity_map(), "scopes": array(string()), "scopeSelector": opaque()}),
    }, required=["owner"])


def poddefault_spec() -> Schema:
    return obj({
        "selector": label_selector(), "desc": string(), "serviceAccountName": string(),
        "automountServiceAccountToken": boolean(), "env": array(env_var()), "envFrom": array(opaque()),
        "volumes": array(volume()), "volumeMounts": array(volume_mount()), "annotations": string_map(),
        "labels": string_map(), "tolerations": array(toleration()), "command": array(string()), "args": array(string()),
        "initContainers": array(container()), "sidecars": array(container()), "imagePullSecrets": array(obj({"name": string()})),
    }, required=["selector"])


def notebook_spec() -> Schema:
    return obj({"template": obj({"spec": pod_spec()})})


def _algorithm() -> Schema:
    return obj({"algorithmName": string(), "algorithmSettings": array(obj({"name": string(), "value": string()}))})


def _objective() -> Schema:
    return obj({
        "type": string(enum=["maximize", "minimize"]), "goal": number(), "objectiveMetricName": string(),
        "additionalMetricNames": array(string()),
        "metricStrategies": array(obj({"name": string(), "value": string(enum=["min", "max", "latest"])})),
    }, required=["type", "objectiveMetricName"])


def _metrics_collector() -> Schema:
    return obj({
        "source": obj({
            "fileSystemPath": obj({"path": string(), "kind": string(enum=["File", "Directory"]),
                                   "format": string(enum=["TEXT", "JSON"])}),
            "filter": obj({"metricsFormat": array(string())}),
            "httpGet": opaque(),
        }),
        "collector": obj({"kind": string(enum=["StdOut", "File", "TensorFlowEvent", "PrometheusMetric", "Custom", "None", "Push"]),
                          "customCollector": opaque()}),
    })


def experiment_spec() -> Schema:
    return obj({
        "parameters": array(obj({
            "name": string(), "parameterType": string(enum=["double", "int", "discrete", "categorical", "unknown"]),
            "feasibleSpace": obj({"max": string(), "min": string(), "list": array(string()), "step": string(),
                                  "distribution": string(enum=["uniform", "logUniform", "normal", "logNormal"])}),
        }, required=["name", "parameterType", "feasibleSpace"])),
        "objective": _objective(),
        "algorithm": _algorithm(),
        "earlyStopping": _algorithm(),
        "trialTemplate": obj({
            "retain": boolean(), "trialSpec": opaque("The trial's job manifest with ${trialParameters.*} placeholders."),
            "configMap": obj({"configMapName": string(), "configMapNamespace": string(), "templatePath": string()}),
            "trialParameters": array(obj({"name": string(), "description": string(), "reference": string()},
                                         required=["name", "reference"])),
            "primaryPodLabels": string_map(), "primaryContainerName": string(),
            "successCondition": string(), "failureCondition": string(),
        }),
        "parallelTrialCount": integer(minimum=1), "maxTrialCount": integer(minimum=1), "maxFailedTrialCount": integer(minimum=0),
        "metricsCollectorSpec": _metrics_collector(),
        "nasConfig": opaque(),
        "resumePolicy": string(enum=["Never", "LongRunning", "FromVolume"]),
    }, required=["objective", "algorithm", "parameters", "trialTemplate"])


def suggestion_spec() -> Schema:
    return obj({"algorithm": _algorithm(), "earlyStopping": _algorithm(), "requests": integer(minimum=0),
                "resumePolicy": string(enum=["Never", "LongRunning", "FromVolume"])}, required=["algorithm"])


def trial_spec() -> Schema:
    return obj({
        "objective": _objective(), "parameterAssignments": array(obj({"name": string(), "value": string()})),
        "earlyStoppingRules": array(opaque()), "runSpec": opaque(), "retainRun": boolean(),
        "metricsCollector": _metrics_collector(), "primaryPodLabels": string_map(), "primaryContainerName": string(),
        "successCondition": string(), "failureCondition": string(), "labels": string_map(),
    })


def _run_policy() -> Schema:
    return obj({
        "cleanPodPolicy": string(enum=["All", "Running", "None"]),
        "ttlSecondsAfterFinished": integer(minimum=0), "activeDeadlineSeconds": {"type": "integer", "format": "int64"},
        "backoffLimit": integer(minimum=0), "suspend": boolean(), "managedBy": string(),
        "schedulingPolicy": obj({"minAvailable": integer(), "queue": string(), "minResources": quantity_map(),
                                 "priorityClass": string(), "scheduleTimeoutSeconds": integer()}),
    })


def _replica_spec() -> Schema:
    return obj({"replicas": integer(minimum=0), "template": pod_template(),
                "restartPolicy": string(enum=["Always", "OnFailure", "Never", "ExitCode"])})


def training_job_spec(kind: str) -> Schema:
    field, replica_types = TRAINING_REPLICA_TYPES[kind]
    props: dict[str, Schema] = {
        "runPolicy": _run_policy(),
        # A map keyed by replica type, as upstream; the operator's validating webhook rejects unknown types.
        field: {"type": "object", "additionalProperties": _replica_spec()},
    }
    if kind == "TFJob":
        props |= {"successPolicy": string(enum=["", "AllWorkers"]), "enableDynamicWorker": boolean()}
    if kind == "PyTorchJob":
        props |= {"elasticPolicy": opaque(), "nprocPerNode": string()}
    if kind == "MPIJob":
        props |= {"slotsPerWorker": integer(minimum=1), "mainContainer": string(),
                  "cleanPodPolicy": string(enum=["All", "Running", "None"])}
    return obj(props, required=[field])


def authorization_policy_spec() -> Schema:
    return opaque("Istio AuthorizationPolicy spec; stored only, nothing enforces it on this platform.")


@dataclass(frozen=True, kw_only=True)
class KubeflowCrdsProps(ChartEnv):
    katib: bool = True


class KubeflowCrdsChart(PlatformChart):
    """The CRDs the Kubeflow charts and their controllers use; applied before any custom resource."""

    def __init__(self, scope: Construct, construct_id: str, *, props: KubeflowCrdsProps) -> None:
        super().__init__(scope, construct_id, component="kubeflow-crds", version=KUBEFLOW_VERSION,
                         kubernetes_version=props.kubernetes_version, identity_mode=props.identity_mode)
        katib = props.katib
        crd(self, group=GROUP, kind="Profile", plural="profiles", scope="Cluster", versions=[
            {"name": "v1", "spec": profile_spec()},
            {"name": "v1beta1", "spec": profile_spec(), "storage": False},
        ])
        crd(self, group=GROUP, kind="PodDefault", plural="poddefaults", versions=[
            {"name": "v1alpha1", "spec": poddefault_spec(), "subresources": False},
        ])
        # The Jupyter web app talks v1beta1, the controller stores v1; v1.10.0 serves v1alpha1 too
        # (components/notebook-controller/config/crd/bases): same schema, conversion None.
        crd(self, group=GROUP, kind="Notebook", plural="notebooks", versions=[
            {"name": "v1", "spec": notebook_spec(), "spec_required": False},
            {"name": "v1alpha1", "spec": notebook_spec(), "storage": False, "spec_required": False},
            {"name": "v1beta1", "spec": notebook_spec(), "storage": False, "spec_required": False},
        ])
        for kind in TRAINING_REPLICA_TYPES:
            crd(self, group=GROUP, kind=kind, plural=f"{kind.lower()}s", categories=["kubeflow", "training"], versions=[
                {"name": "v1", "spec": training_job_spec(kind), "printer_columns": [
                    {"name": "State", "type": "string", "jsonPath": ".status.conditions[-1:].type"},
                    {"name": "Age", "type": "date", "jsonPath": ".metadata.creationTimestamp"},
                ]},
            ], annotations={"ml-platform/served-by": f"training-operator {TRAINING_OPERATOR_VERSION}"})
        if katib:
            for kind, spec in (("Experiment", experiment_spec()), ("Suggestion", suggestion_spec()), ("Trial", trial_spec())):
                crd(self, group=GROUP, kind=kind, plural=f"{kind.lower()}s", categories=["kubeflow", "katib"], versions=[
                    {"name": "v1beta1", "spec": spec, "spec_required": kind != "Trial"},
                ], annotations={"ml-platform/served-by": f"katib {KATIB_VERSION}"})
        # The v1.10.0 profile controller writes an Istio AuthorizationPolicy into each profile namespace and stops
        # its reconcile when the API is missing (controllers/profile_controller.go, updateIstioAuthorizationPolicy).
        # This platform has no Istio: isolation is NetworkPolicies + RBAC + the gateway's auth. The CRD only
        # lets the controller store the object and carry on; nothing enforces it.
        crd(self, group="security.istio.io", kind="AuthorizationPolicy", plural="authorizationpolicies", versions=[
            {"name": "v1beta1", "spec": authorization_policy_spec(), "spec_required": False},
        ], annotations={"ml-platform/purpose": "inert: lets the Kubeflow profile controller reconcile without Istio"})


