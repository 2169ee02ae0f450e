"""Worked examples in a team profile: a TFJob and a Horovod MPIJob training on GPU nodes from the FSx
training volume, and a Katib Experiment tuning the TFJob's learning rate and batch size.

The training scripts and data live on FSx (imported from the training-data S3 prefix through the data
repository association), so the jobs use stock framework images: code and data change without a rebuild.
Pods run as the profile's `default-editor` service account (its AWS identity) and opt in to the
`team-data` PodDefault (the team's S3 prefixes as env).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

import cdk8s
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


# The generated classes of a pod template are per kind (TfJobSpecTfReplicaSpecsTemplate..., MpiJobSpecMpiReplica...):
# the same pod is built from either family by its class-name prefix.
TFJOB_POD = "TfJobSpecTfReplicaSpecsTemplate"
MPIJOB_POD = "MpiJobSpecMpiReplicaSpecsTemplate"


def _typed(prefix: str) -> Callable[[str], Any]:
    """The generated class `prefix + suffix` (AttributeError names the class if the CRD stopped typing it)."""
    return lambda suffix: getattr(kf, prefix + suffix)


def _quantities(t: Callable[[str], Any], cls: str, values: dict[str, str | int]) -> dict[str, Any]:
    q = t(cls)
    return {k: q.from_number(v) if isinstance(v, int) else q.from_string(v) for k, v in values.items()}


def _pod(prefix: str, *, container: dict[str, Any], requests: dict[str, str | int], limits: dict[str, str | int],
         mounts: list[tuple[str, str]], volumes: list[Any], labels: dict[str, str],
         node_selector: dict[str, str] | None = None, tolerations: list[Any] | None = None) -> Any:
    """A pod template of the profile's editor identity: restricted security context, HOME on /tmp, opted in to
    the team-data PodDefault. `container`: name, image, command (and env), the rest is set here."""
    t = _typed(prefix)
    return t("")(
        metadata=t("Metadata")(labels={"team-data": "true", **labels}),
        spec=t("Spec")(
            service_account_name=EDITOR_SA,
            security_context={"runAsNonRoot": True, "fsGroup": 1000, "seccompProfile": {"type": "RuntimeDefault"}},
            node_selector=node_selector, tolerations=tolerations,
            containers=[t("SpecContainers")(
                name=container["name"], image=container["image"], command=container.get("command"),
                security_context=container_security_context(run_as_user=1000),
                resources=t("SpecContainersResources")(
                    requests=_quantities(t, "SpecContainersResourcesRequests", requests),
                    limits=_quantities(t, "SpecContainersResourcesLimits", limits)),
                env=[*(t("SpecContainersEnv")(name=k, value=v) for k, v in container.get("env", {}).items()),
                     t("SpecContainersEnv")(name="HOME", value="/tmp")],
                volume_mounts=[t("SpecContainersVolumeMounts")(name=n, mount_path=m) for n, m in mounts],
            )],
            volumes=volumes,
        ),
    )


def gpu_pod(prefix: str, *, container: dict[str, Any], gpus: int, labels: dict[str, str] | None = None,
            efa: tuple[str, int] | None = None) -> Any:
    """A pod template on the GPU node groups: GPU request, taint toleration, GPU node selector, FSx volume.
    `efa=(node group, interfaces)` also requests the group's EFA interfaces and pins the pod to that group."""
    t = _typed(prefix)
    toleration = gpu_toleration()
    devices: dict[str, str | int] = {GPU_RESOURCE: gpus, **({EFA_RESOURCE: efa[1]} if efa else {})}
    return _pod(
        prefix, container=container, labels=labels or {},
        requests={"cpu": "2", "memory": "8Gi", **devices}, limits={"memory": "8Gi", **devices},
        mounts=[(TRAINING_CLAIM, TRAINING_MOUNT), ("tmp", "/tmp"), ("dshm", "/dev/shm")],
        node_selector={**gpu_node_selector(), **({NODE_GROUP_LABEL: efa[0]} if efa else {})},
        tolerations=[t("SpecTolerations")(key=toleration["key"], operator=t("SpecTolerationsOperator").EXISTS,
                                          effect=t("SpecTolerationsEffect").NO_SCHEDULE)],
        volumes=[
            t("SpecVolumes")(name=TRAINING_CLAIM,
                             persistent_volume_claim=t("SpecVolumesPersistentVolumeClaim")(claim_name=TRAINING_CLAIM)),
            t("SpecVolumes")(name="tmp", empty_dir=t("SpecVolumesEmptyDir")(
                size_limit=t("SpecVolumesEmptyDirSizeLimit").from_string("10Gi"))),
            # NCCL and data loaders need more shared memory than the container runtime's 64 MiB default.
            t("SpecVolumes")(name="dshm", empty_dir=t("SpecVolumesEmptyDir")(
                medium="Memory", size_limit=t("SpecVolumesEmptyDirSizeLimit").from_string("2Gi"))),
        ],
    )


def tfjob_spec(*, workers: int, gpus: int, learning_rate: str = "0.01", batch_size: str = "64",
               model_dir: str = f"{TRAINING_MOUNT}/runs/tf-mnist") -> kf.TfJobSpec:
    """MultiWorkerMirroredStrategy over `workers` GPU pods; TF_CONFIG is set by the operator."""
    return kf.TfJobSpec(
        run_policy=kf.TfJobSpecRunPolicy(clean_pod_policy=kf.TfJobSpecRunPolicyCleanPodPolicy.RUNNING, backoff_limit=2,
                                         ttl_seconds_after_finished=86400),
        tf_replica_specs={"Worker": kf.TfJobSpecTfReplicaSpecs(
            replicas=workers, restart_policy=kf.TfJobSpecTfReplicaSpecsRestartPolicy.ON_FAILURE,
            template=gpu_pod(TFJOB_POD, gpus=gpus, container={
                "name": "tensorflow", "image": TF_IMAGE,
                "command": ["python", f"{CODE}/tf_mnist/train.py", f"--data-dir={DATA}", f"--model-dir={model_dir}",
                            f"--learning-rate={learning_rate}", f"--batch-size={batch_size}", "--epochs=5"],
            }))},
    )


def tfjob_manifest(spec: kf.TfJobSpec) -> dict[str, Any]:
    """A whole TFJob manifest without metadata (a Katib trial template: Katib names each trial's job), rendered
    by the generated class in a scratch chart so its fields are checked like the chart's own TFJob."""
    rendered = kf.TfJob(cdk8s.Chart(cdk8s.App(), "trial"), "trial", spec=spec).to_json()
    return {"apiVersion": rendered["apiVersion"], "kind": rendered["kind"], "spec": rendered["spec"]}


class TrainingExamplesChart(PlatformChart):
    """TFJob + MPIJob (Horovod) on GPUs from FSx, and a Katib Experiment over the TFJob."""

    def __init__(self, scope: Construct, construct_id: str, *, props: ExamplesProps) -> None:
        super().__init__(scope, construct_id, component="kubeflow-examples", version=TRAINING_OPERATOR_VERSION,
                         kubernetes_version=props.kubernetes_version, identity_mode=props.identity_mode)
        ns, workers, gpus = props.namespace, props.workers, props.gpus_per_worker
        efa = (props.efa_node_group, props.efa_interfaces) if props.efa_node_group and props.efa_interfaces else None
        kf.TfJob(self, "TFJob-mnist", metadata=object_metadata("tf-mnist-gpu", namespace=ns),
                 spec=tfjob_spec(workers=workers, gpus=gpus))
        t = _typed(MPIJOB_POD)
        kf.MpiJob(self, "MPIJob-horovod", metadata=object_metadata("horovod-mnist-gpu", namespace=ns), spec=kf.MpiJobSpec(
            slots_per_worker=gpus,
            run_policy=kf.MpiJobSpecRunPolicy(clean_pod_policy=kf.MpiJobSpecRunPolicyCleanPodPolicy.RUNNING, backoff_limit=2,
                                              ttl_seconds_after_finished=86400),
            mpi_replica_specs={
                # The launcher only runs mpirun (kubectl exec into the workers): no GPU, CPU nodes.
                "Launcher": kf.MpiJobSpecMpiReplicaSpecs(
                    replicas=1, restart_policy=kf.MpiJobSpecMpiReplicaSpecsRestartPolicy.ON_FAILURE,
                    template=_pod(MPIJOB_POD, labels={}, container={
                        "name": "mpi-launcher", "image": HOROVOD_IMAGE,
                        "command": ["mpirun", "-np", str(workers * gpus), "-bind-to", "none", "-map-by", "slot",
                                    "-x", "NCCL_DEBUG=INFO", "-x", "LD_LIBRARY_PATH", "-x", "PATH",
                                    "python", f"{CODE}/horovod_mnist/train.py", f"--data-dir={DATA}",
                                    f"--model-dir={TRAINING_MOUNT}/runs/horovod-mnist"],
                    }, requests={"cpu": "500m", "memory": "1Gi"}, limits={"memory": "1Gi"}, mounts=[("tmp", "/tmp")],
                        volumes=[t("SpecVolumes")(name="tmp", empty_dir=t("SpecVolumesEmptyDir")(
                            size_limit=t("SpecVolumesEmptyDirSizeLimit").from_string("1Gi")))])),
                # With an EFA node group, NCCL runs over EFA (libfabric's efa provider) instead of TCP sockets.
                "Worker": kf.MpiJobSpecMpiReplicaSpecs(
                    replicas=workers, restart_policy=kf.MpiJobSpecMpiReplicaSpecsRestartPolicy.ON_FAILURE,
                    template=gpu_pod(MPIJOB_POD, gpus=gpus, efa=efa, container={
                        "name": "mpi-worker", "image": HOROVOD_IMAGE,
                        **({"env": {"FI_PROVIDER": "efa", "FI_EFA_USE_DEVICE_RDMA": "1"}} if efa else {}),
                    })),
            },
        ))
        # Katib: random search over learning rate and batch size; each trial is the TFJob above, its workers
        # print `accuracy=<value>` which the StdOut collector (injected sidecar) reports to the DB manager.
        trial = tfjob_manifest(tfjob_spec(
            workers=1, gpus=gpus, learning_rate="${trialParameters.learningRate}", batch_size="${trialParameters.batchSize}",
            model_dir=f"{TRAINING_MOUNT}/runs/katib/${{trialParameters.trialName}}"))
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
