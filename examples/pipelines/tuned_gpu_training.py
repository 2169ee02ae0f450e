"""Example Kubeflow pipeline (KFP SDK): train on a GPU node from the FSx data with Katib's best hyperparameters.

    python -m examples.pipelines.tuned_gpu_training --models-bucket mlplatform-dev-111111111111-models \
        --owner ana@example.com            # writes tuned_gpu_training.yaml

Steps:
  best-trial  reads the Katib Experiment that tuned the training script (the platform's `tune-tf-mnist`
              example in the team profile) and outputs the best trial's learning rate and batch size;
  train-gpu   runs the same script from the FSx volume (PVC `training-data` at /mnt/training-data) on a GPU
              node (requests `nvidia.com/gpu`, tolerates the GPU taint, selects the GPU nodes) with those
              values; the model directory is a pipeline artifact, the `name=value` lines it prints (the
              format Katib's StdOut collector reads) its metrics;
  publish     copies the model to s3://<models>/<name>/<version>/ with metadata.json beside it.
"""

import sys
from typing import NamedTuple

from kfp import dsl, kubernetes
from kfp.dsl import Metrics, Model, Output

from examples.pipelines.cli import main as compile_main
from examples.pipelines.components import PYTHON_IMAGE, publish_model
from platform_config.gpu_nodes import ACCELERATOR_LABEL, ACCELERATOR_VALUE, GPU_RESOURCE, GPU_TAINT_EFFECT, GPU_TAINT_KEY

# The FSx for Lustre training volume: the claim the storage and profile charts create in each training
# namespace, mounted where the platform's PodDefault and training examples mount it.
TRAINING_CLAIM = "training-data"
TRAINING_MOUNT = "/mnt/training-data"
# The platform's TFJob/Katib example: the same image, script and data, so the tuned values carry over.
TF_IMAGE = "docker.io/tensorflow/tensorflow:2.16.1-gpu"
TRAINING_SCRIPT = f"{TRAINING_MOUNT}/examples/tf_mnist/train.py"
TRAINING_DATA = f"{TRAINING_MOUNT}/datasets/mnist"
KATIB_EXPERIMENT = "tune-tf-mnist"
KUBERNETES_CLIENT = "kubernetes==30.1.0"
TEAM_DATA_LABEL = ("team-data", "true")


@dsl.component(base_image=PYTHON_IMAGE, packages_to_install=[KUBERNETES_CLIENT])
def best_trial(experiment: str, namespace: str = "",
               ) -> NamedTuple("BestTrial", learning_rate=float, batch_size=int, trial=str):
    """The best trial of a finished Katib Experiment (kubeflow.org/v1beta1): its learning_rate and batch_size.

    `namespace` empty means the run's own (profile) namespace; `default-editor` may read Experiments there.
    """
    from collections import namedtuple

    from kubernetes import client, config

    if not namespace:
        with open("/var/run/secrets/kubernetes.io/serviceaccount/namespace") as handle:
            namespace = handle.read().strip()
    config.load_incluster_config()
    found = client.CustomObjectsApi().get_namespaced_custom_object(
        group="kubeflow.org", version="v1beta1", namespace=namespace, plural="experiments", name=experiment)
    status = found.get("status", {})
    succeeded = any(c.get("type") == "Succeeded" and c.get("status") == "True" for c in status.get("conditions", []))
    optimal = status.get("currentOptimalTrial", {})
    if not succeeded or not optimal.get("bestTrialName"):
        raise RuntimeError(f"Experiment {namespace}/{experiment} has not succeeded with a best trial yet "
                           f"(conditions: {[c.get('type') for c in status.get('conditions', [])]})")
    values = {p["name"]: p["value"] for p in optimal.get("parameterAssignments", [])}
    missing = sorted({"learning_rate", "batch_size"} - set(values))
    if missing:
        raise RuntimeError(f"Experiment {namespace}/{experiment}: best trial assigns no {', '.join(missing)} "
                           f"(it assigns {sorted(values)})")
    return namedtuple("BestTrial", ["learning_rate", "batch_size", "trial"])(
        float(values["learning_rate"]), int(values["batch_size"]), optimal["bestTrialName"])


@dsl.component(base_image=TF_IMAGE)
def train_gpu(script: str, data_dir: str, learning_rate: float, batch_size: int, epochs: int,
              model: Output[Model], metrics: Output[Metrics]) -> NamedTuple("Trained", metrics_json=str):
    """Run the training script; it saves the model under --model-dir and prints `name=value` metrics."""
    import json
    import re
    import subprocess
    import sys
    from collections import namedtuple

    # Katib's StdOut collector filter (kubeflow/katib v0.19.0 pkg/metricscollector/v1beta1/common/const.go).
    metric = re.compile(r"([\w|-]+)\s*=\s*([+-]?\d*(\.\d+)?([Ee][+-]?\d+)?)")
    command = [sys.executable, script, f"--data-dir={data_dir}", f"--model-dir={model.path}",
               f"--learning-rate={learning_rate}", f"--batch-size={batch_size}", f"--epochs={epochs}"]
    scores: dict[str, float] = {}
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True) as process:
        for line in process.stdout:
            print(line, end="", flush=True)
            for name, value, *_ in metric.findall(line):
                if value not in ("", "+", "-"):
                    scores[name] = float(value)  # the last value printed wins, as Katib's `latest`
    if process.returncode != 0:
        raise RuntimeError(f"{script} exited with {process.returncode}")
    if "accuracy" not in scores:
        raise RuntimeError(f"{script} printed no accuracy=<value> line (metrics seen: {sorted(scores)})")
    model.metadata.update({"framework": "tensorflow", "learning_rate": learning_rate, "batch_size": batch_size})
    for name, value in scores.items():
        metrics.log_metric(name, value)
    return namedtuple("Trained", ["metrics_json"])(json.dumps(scores, sort_keys=True))


def on_gpu_nodes(task: dsl.PipelineTask, *, gpus: int) -> dsl.PipelineTask:
    """Request `gpus` NVIDIA GPUs and schedule onto the platform's GPU node groups, which carry the
    `nvidia.com/gpu=true:NoSchedule` taint and the `ml-platform/accelerator=nvidia` label."""
    task.set_accelerator_type(GPU_RESOURCE).set_accelerator_limit(gpus)
    kubernetes.add_toleration(task, key=GPU_TAINT_KEY, operator="Exists", effect=GPU_TAINT_EFFECT)
    kubernetes.add_node_selector(task, label_key=ACCELERATOR_LABEL, label_value=ACCELERATOR_VALUE)
    return task


@dsl.pipeline(name="tuned-gpu-training",
              description="Train on a GPU from the FSx data with the best hyperparameters of a Katib Experiment; publish the model")
def tuned_gpu_training(model_version: str, models_bucket: str, owner: str, model_name: str = "mnist",
                       experiment: str = KATIB_EXPERIMENT, script: str = TRAINING_SCRIPT,
                       data_dir: str = TRAINING_DATA, epochs: int = 5) -> NamedTuple("Outputs", model_uri=str):
    tuned = best_trial(experiment=experiment).set_display_name("best-trial")
    # The Experiment's best trial changes while it runs; always read it afresh.
    tuned.set_caching_options(False)
    tuned.set_cpu_request("100m").set_memory_request("256Mi").set_memory_limit("512Mi")

    trained = train_gpu(script=script, data_dir=data_dir, learning_rate=tuned.outputs["learning_rate"],
                        batch_size=tuned.outputs["batch_size"], epochs=epochs).set_display_name("train-gpu")
    on_gpu_nodes(trained, gpus=1)
    trained.set_cpu_request("2").set_memory_request("8Gi").set_memory_limit("8Gi")
    kubernetes.mount_pvc(trained, pvc_name=TRAINING_CLAIM, mount_path=TRAINING_MOUNT)
    # Data loaders and NCCL need more shared memory than the container runtime's 64 MiB default.
    kubernetes.empty_dir_mount(trained, volume_name="dshm", mount_path="/dev/shm", medium="Memory", size_limit="2Gi")
    kubernetes.set_timeout(trained, seconds=6 * 3600)

    published = publish_model(model=trained.outputs["model"], models_bucket=models_bucket, name=model_name,
                              version=model_version, training_run=dsl.PIPELINE_JOB_NAME_PLACEHOLDER,
                              metrics_json=trained.outputs["metrics_json"], dataset=data_dir,
                              owner=owner).set_display_name("publish")
    published.set_caching_options(False)  # it writes outside the pipeline root
    published.set_cpu_request("100m").set_memory_request("512Mi").set_memory_limit("1Gi")
    for task in (trained, published):
        kubernetes.add_pod_label(task, *TEAM_DATA_LABEL)
    return NamedTuple("Outputs", model_uri=str)(model_uri=published.outputs["model_uri"])


def main(argv: list[str] | None = None) -> int:
    return compile_main(tuned_gpu_training, name="tuned_gpu_training", argv=argv,
                        options={"models-bucket": "models_bucket", "owner": "owner", "model-name": "model_name",
                                 "experiment": "experiment"})


if __name__ == "__main__":
    sys.exit(main())
