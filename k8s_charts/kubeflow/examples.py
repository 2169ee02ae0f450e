"""Worked examples in a team profile: a TFJob and a Horovod MPIJob training on GPU nodes from the FSx
training volume, and a Katib Experiment tuning the TFJob's learning rate and batch size.

The training scripts and data live on FSx (imported from the training-data S3 prefix through the data
repository association), so the jobs use stock framework images: code and data change without a rebuild.
Pods run as the profile's `default-editor` service account (its AWS identity) and opt in to the
`team-data` PodDefault (the team's S3 prefixes as env).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from constructs import Construct

from k8s_charts.base import PlatformChart, container_security_context, object_metadata, pinned_image
from k8s_charts.imports import kubeflow as kf
from k8s_charts.kubeflow.common import ChartEnv, GPU_RESOURCE, TRAINING_OPERATOR_VERSION, gpu_node_selector, gpu_toleration
from k8s_charts.kubeflow.profiles import EDITOR_SA, TRAINING_MOUNT
from k8s_charts.storage import FSX_CLAIM as TRAINING_CLAIM
from platform_config.gpu_nodes import EFA_RESOURCE, NODE_GROUP_LABEL

TF_IMAGE = pinned_image("docker.io/tensorflow/tensorflow", "2.16.1-gpu")
HOROVOD_IMAGE = pinned_image("docker.io/horovod/horovod", "0.28.1")
CODE = f"{TRAINING_MOUNT}/examples"
DATA = f"{TRAINING_MOUNT}/datasets/mnist"


@dataclass(frozen=True, kw_only=True)
class ExamplesProps(ChartEnv):
    """namespace: a profile namespace (its FSx claim, quota and identity apply)."""

    namespace: str
    workers: int = 2
    gpus_per_worker: int = 1
    # The GPU node group with Elastic Fabric Adapters the MPIJob's workers run on, and how many EFA interfaces its
    # nodes have (each worker requests them all); None: no EFA group, workers go to any GPU node over TCP.
    efa_node_group: str | None = None
    efa_interfaces: int = 0


def gpu_pod(*, container: dict[str, Any], gpus: int, labels: dict[str, str] | None = None,
            efa: tuple[str, int] | None = None) -> dict[str, Any]:
    """A pod template on the GPU node groups: GPU request, taint toleration, GPU node selector, FSx volume.
    `efa=(node group, interfaces)` also requests the group's EFA interfaces and pins the pod to that group."""
    devices: dict[str, Any] = {GPU_RESOURCE: gpus, **({EFA_RESOURCE: efa[1]} if efa else {})}
    container = {
        **container,
        "securityContext": container_security_context(run_as_user=1000),
        "resources": {"requests": {"cpu": "2", "memory": "8Gi", **devices},
                      "limits": {"memory": "8Gi", **devices}},
        "env": [*container.get("env", []), {"name": "HOME", "value": "/tmp"}],
        "volumeMounts": [{"name": TRAINING_CLAIM, "mountPath": TRAINING_MOUNT},
                         {"name": "tmp", "mountPath": "/tmp"}, {"name": "dshm", "mountPath": "/dev/shm"}],
    }
    return {
        "metadata": {"labels": {"team-data": "true", **(labels or {})}},
        "spec": {
            "serviceAccountName": EDITOR_SA,
            "securityContext": {"runAsNonRoot": True, "fsGroup": 1000, "seccompProfile": {"type": "RuntimeDefault"}},
            "nodeSelector": {**gpu_node_selector(), **({NODE_GROUP_LABEL: efa[0]} if efa else {})},
            "tolerations": [gpu_toleration()],
            "containers": [container],
            "volumes": [
                {"name": TRAINING_CLAIM, "persistentVolumeClaim": {"claimName": TRAINING_CLAIM}},
                {"name": "tmp", "emptyDir": {"sizeLimit": "10Gi"}},
                # NCCL and data loaders need more shared memory than the container runtime's 64 MiB default.
                {"name": "dshm", "emptyDir": {"medium": "Memory", "sizeLimit": "2Gi"}},
            ],
        },
    }


def tfjob_spec(*, workers: int, gpus: int, learning_rate: str = "0.01", batch_size: str = "64",
               model_dir: str = f"{TRAINING_MOUNT}/runs/tf-mnist") -> dict[str, Any]:
    """MultiWorkerMirroredStrategy over `workers` GPU pods; TF_CONFIG is set by the operator."""
    return {
        "runPolicy": {"cleanPodPolicy": "Running", "backoffLimit": 2, "ttlSecondsAfterFinished": 86400},
        "tfReplicaSpecs": {"Worker": {"replicas": workers, "restartPolicy": "OnFailure", "template": gpu_pod(gpus=gpus, container={
            "name": "tensorflow", "image": TF_IMAGE,
            "command": ["python", f"{CODE}/tf_mnist/train.py", f"--data-dir={DATA}", f"--model-dir={model_dir}",
                        f"--learning-rate={learning_rate}", f"--batch-size={batch_size}", "--epochs=5"],
        })}},
    }


class TrainingExamplesChart(PlatformChart):
    """TFJob + MPIJob (Horovod) on GPUs from FSx, and a Katib Experiment over the TFJob."""

    def __init__(self, scope: Construct, construct_id: str, *, props: ExamplesProps) -> None:
        super().__init__(scope, construct_id, component="kubeflow-examples", version=TRAINING_OPERATOR_VERSION,
                         kubernetes_version=props.kubernetes_version, identity_mode=props.identity_mode)
        ns, workers, gpus = props.namespace, props.workers, props.gpus_per_worker
        # TFJob and MPIJob stay raw: their CRDs leave a pod volume's source open (preserve-unknown-fields), so the
        # generated classes type only `name` and their `to_json` would drop the FSx claim and the emptyDirs.
        efa = (props.efa_node_group, props.efa_interfaces) if props.efa_node_group and props.efa_interfaces else None
        self.api("TFJob-mnist", api_version="kubeflow.org/v1", kind="TFJob", name="tf-mnist-gpu", namespace=ns,
                 spec=tfjob_spec(workers=workers, gpus=gpus))
        self.api("MPIJob-horovod", api_version="kubeflow.org/v1", kind="MPIJob", name="horovod-mnist-gpu", namespace=ns, spec={
            "slotsPerWorker": gpus,
            "runPolicy": {"cleanPodPolicy": "Running", "backoffLimit": 2, "ttlSecondsAfterFinished": 86400},
            "mpiReplicaSpecs": {
                # The launcher only runs mpirun (kubectl exec into the workers): no GPU, CPU nodes.
                "Launcher": {"replicas": 1, "restartPolicy": "OnFailure", "template": {
                    "metadata": {"labels": {"team-data": "true"}},
                    "spec": {
                        "serviceAccountName": EDITOR_SA,
                        "securityContext": {"runAsNonRoot": True, "fsGroup": 1000, "seccompProfile": {"type": "RuntimeDefault"}},
                        "containers": [{
                            "name": "mpi-launcher", "image": HOROVOD_IMAGE,
                            "command": ["mpirun", "-np", str(workers * gpus), "-bind-to", "none", "-map-by", "slot",
                                        "-x", "NCCL_DEBUG=INFO", "-x", "LD_LIBRARY_PATH", "-x", "PATH",
                                        "python", f"{CODE}/horovod_mnist/train.py", f"--data-dir={DATA}",
                                        f"--model-dir={TRAINING_MOUNT}/runs/horovod-mnist"],
                            "securityContext": container_security_context(run_as_user=1000),
                            "resources": {"requests": {"cpu": "500m", "memory": "1Gi"}, "limits": {"memory": "1Gi"}},
                            "env": [{"name": "HOME", "value": "/tmp"}],
                            "volumeMounts": [{"name": "tmp", "mountPath": "/tmp"}],
                        }],
                        "volumes": [{"name": "tmp", "emptyDir": {"sizeLimit": "1Gi"}}],
                    },
                }},
                # With an EFA node group, NCCL runs over EFA (libfabric's efa provider) instead of TCP sockets.
                "Worker": {"replicas": workers, "restartPolicy": "OnFailure", "template": gpu_pod(gpus=gpus, efa=efa, container={
                    "name": "mpi-worker", "image": HOROVOD_IMAGE,
                    **({"env": [{"name": "FI_PROVIDER", "value": "efa"}, {"name": "FI_EFA_USE_DEVICE_RDMA", "value": "1"}]}
                       if efa else {}),
                })},
            },
        })
        # Katib: random search over learning rate and batch size; each trial is the TFJob above, its workers
        # print `accuracy=<value>` which the StdOut collector (injected sidecar) reports to the DB manager.
        trial = {"apiVersion": "kubeflow.org/v1", "kind": "TFJob", "spec": tfjob_spec(
            workers=1, gpus=gpus, learning_rate="${trialParameters.learningRate}", batch_size="${trialParameters.batchSize}",
            model_dir=f"{TRAINING_MOUNT}/runs/katib/${{trialParameters.trialName}}")}
        param = kf.ExperimentSpecTrialTemplateTrialParameters
        kf.Experiment(self, "Experiment-tune", metadata=object_metadata("tune-tf-mnist", namespace=ns), spec=kf.ExperimentSpec(
            objective=kf.ExperimentSpecObjective(type=kf.ExperimentSpecObjectiveType.MAXIMIZE, goal=0.99,
                                                 objective_metric_name="accuracy", additional_metric_names=["loss"]),
            algorithm=kf.ExperimentSpecAlgorithm(algorithm_name="random"),
            parallel_trial_count=workers,
            max_trial_count=12, max_failed_trial_count=3,
            metrics_collector_spec=kf.ExperimentSpecMetricsCollectorSpec(collector=kf.ExperimentSpecMetricsCollectorSpecCollector(
                kind=kf.ExperimentSpecMetricsCollectorSpecCollectorKind.STD_OUT)),
            parameters=[
                kf.ExperimentSpecParameters(name="learning_rate", parameter_type=kf.ExperimentSpecParametersParameterType.DOUBLE,
                                            feasible_space=kf.ExperimentSpecParametersFeasibleSpace(min="0.001", max="0.05")),
                kf.ExperimentSpecParameters(name="batch_size", parameter_type=kf.ExperimentSpecParametersParameterType.INT,
                                            feasible_space=kf.ExperimentSpecParametersFeasibleSpace(min="32", max="256")),
            ],
            # The trial is a whole TFJob manifest, open in the Experiment CRD: Katib creates it per trial.
            trial_template=kf.ExperimentSpecTrialTemplate(
                primary_container_name="tensorflow",
                primary_pod_labels={"training.kubeflow.org/replica-type": "worker"},
                trial_parameters=[
                    param(name="learningRate", description="Learning rate", reference="learning_rate"),
                    param(name="batchSize", description="Batch size", reference="batch_size"),
                    param(name="trialName", description="Trial name (run directory)", reference="${trialSpec.Name}"),
                ],
                trial_spec=trial,
            ),
        ))
