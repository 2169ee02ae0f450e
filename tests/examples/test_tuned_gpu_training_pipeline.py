"""The Katib-tuned GPU training example, compiled by the KFP SDK compiler: it lands on the GPU nodes with the FSx
volume exactly like the platform's own training examples, reads the Experiment the platform ships, and its
step code turns the script's `name=value` lines into the metrics of the published model."""

from __future__ import annotations

import json
import textwrap

import kubernetes
import pytest
import cdk8s
from kfp import dsl

from examples.pipelines import tuned_gpu_training as example
from k8s_charts.kubeflow.examples import ExamplesProps, TrainingExamplesChart
from k8s_charts.kubeflow.profiles import TRAINING_MOUNT
from k8s_charts.storage import FSX_CLAIM
from tests.examples.compiled import PINNED_IMAGE, compile_example, installed_packages


@pytest.fixture(scope="module")
def compiled(tmp_path_factory):
    path = tmp_path_factory.mktemp("pipelines") / "tuned_gpu_training.yaml"
    return compile_example(example.main, path, "--models-bucket", "mlplatform-dev-111111111111-models",
                           "--owner", "ana@example.com")


@pytest.fixture(scope="module")
def platform_examples() -> dict[str, dict]:
    """The platform's TFJob + Katib Experiment as the examples chart renders them, by kind."""
    chart = TrainingExamplesChart(cdk8s.Testing.app(), "examples", props=ExamplesProps(kubernetes_version="1.35", namespace="team-a"))
    return {o["kind"]: o for o in chart.to_json()}


def test_compiled_graph_is_best_trial_train_gpu_publish(compiled):
    assert compiled.spec["pipelineInfo"]["name"] == "tuned-gpu-training"
    tasks = compiled.tasks
    assert set(tasks) == {"best-trial", "train-gpu", "publish-model"}
    assert tasks["train-gpu"]["dependentTasks"] == ["best-trial"] and tasks["publish-model"]["dependentTasks"] == ["train-gpu"]
    inputs = tasks["train-gpu"]["inputs"]["parameters"]
    for name in ("learning_rate", "batch_size"):
        assert inputs[name] == {"taskOutputParameter": {"producerTask": "best-trial", "outputParameterKey": name}}
    assert tasks["publish-model"]["inputs"]["artifacts"]["model"]["taskOutputArtifact"]["producerTask"] == "train-gpu"
    assert not tasks["best-trial"]["cachingOptions"].get("enableCache") and not tasks["publish-model"]["cachingOptions"].get("enableCache")
    for task in tasks:
        assert PINNED_IMAGE.match(compiled.executor(task)["image"])
        assert all("==" in p for p in installed_packages(compiled.executor(task)))


def test_gpu_step_requests_a_gpu_and_lands_where_the_platforms_training_pods_land(compiled, platform_examples):
    resources = compiled.executor("train-gpu")["resources"]
    assert resources["accelerator"]["resourceType"] == "nvidia.com/gpu" and resources["accelerator"]["resourceCount"] == "1"
    assert (resources["resourceCpuRequest"], resources["resourceMemoryRequest"], resources["resourceMemoryLimit"]) == ("2", "8Gi", "8Gi")
    k8s = compiled.kubernetes("train-gpu")
    worker = platform_examples["TFJob"]["spec"]["tfReplicaSpecs"]["Worker"]["template"]["spec"]
    # The GPU node groups' taint and label, as the platform's own GPU pods tolerate and select them.
    assert k8s["tolerations"] == worker["tolerations"] == [{"key": "nvidia.com/gpu", "operator": "Exists", "effect": "NoSchedule"}]
    assert k8s["nodeSelector"]["labels"] == worker["nodeSelector"] == {"ml-platform/accelerator": "nvidia"}
    # The FSx claim of the profile namespace, at the path the platform's jobs and PodDefault use.
    assert k8s["pvcMount"] == [{"constant": FSX_CLAIM, "pvcNameParameter": {"runtimeValue": {"constant": FSX_CLAIM}},
                                "mountPath": TRAINING_MOUNT}]
    assert {"name": FSX_CLAIM, "persistentVolumeClaim": {"claimName": FSX_CLAIM}} in worker["volumes"]
    assert k8s["emptyDirMounts"] == [{"volumeName": "dshm", "mountPath": "/dev/shm", "medium": "Memory", "sizeLimit": "2Gi"}]
    assert k8s["activeDeadlineSeconds"] == "21600"
    # The label the platform's training pods carry for the team-data PodDefault (AWS region, team S3 prefixes).
    template_labels = platform_examples["TFJob"]["spec"]["tfReplicaSpecs"]["Worker"]["template"]["metadata"]["labels"]
    assert k8s["podMetadata"]["labels"].items() <= template_labels.items()
    assert compiled.kubernetes("publish-model")["podMetadata"]["labels"] == k8s["podMetadata"]["labels"] == {"team-data": "true"}
    for task in ("best-trial", "publish-model"):
        cpu_only = compiled.kubernetes(task)
        assert not {"tolerations", "nodeSelector", "pvcMount"} & set(cpu_only), task
        assert "accelerator" not in compiled.executor(task)["resources"]


def test_tuning_reads_the_experiment_and_runs_the_script_the_platform_ships(compiled, platform_examples):
    experiment = platform_examples["Experiment"]
    params = compiled.spec["root"]["inputDefinitions"]["parameters"]
    assert params["experiment"]["defaultValue"] == experiment["metadata"]["name"] == "tune-tf-mnist"
    assert {p["name"] for p in experiment["spec"]["parameters"]} == {"learning_rate", "batch_size"}
    trial = experiment["spec"]["trialTemplate"]["trialSpec"]["spec"]["tfReplicaSpecs"]["Worker"]["template"]["spec"]["containers"][0]
    assert compiled.executor("train-gpu")["image"] == trial["image"]
    assert trial["command"][1] == params["script"]["defaultValue"]
    assert f"--data-dir={params['data_dir']['defaultValue']}" in trial["command"]


def _experiment(succeeded: bool = True, assignments: dict[str, str] | None = None) -> dict:
    assignments = {"learning_rate": "0.0123", "batch_size": "96"} if assignments is None else assignments
    return {"status": {
        "conditions": [{"type": "Running", "status": "False"}, {"type": "Succeeded", "status": "True" if succeeded else "False"}],
        "currentOptimalTrial": {"bestTrialName": "tune-tf-mnist-x7k2", "parameterAssignments": [
            {"name": k, "value": v} for k, v in assignments.items()], "observation": {"metrics": [{"name": "accuracy", "latest": "0.98"}]}},
    }}


@pytest.fixture
def katib(monkeypatch):
    """A fake Kubernetes API answering the Experiment read; returns the calls made."""
    state = {"experiment": _experiment(), "calls": []}

    class Api:
        def get_namespaced_custom_object(self, **kwargs):
            state["calls"].append(kwargs)
            return state["experiment"]

    monkeypatch.setattr(kubernetes.config, "load_incluster_config", lambda: None)
    monkeypatch.setattr(kubernetes.client, "CustomObjectsApi", Api)
    return state


def test_best_trial_outputs_the_tuned_values(katib):
    out = example.best_trial.python_func(experiment="tune-tf-mnist", namespace="team-a")
    assert (out.learning_rate, out.batch_size, out.trial) == (0.0123, 96, "tune-tf-mnist-x7k2")
    assert katib["calls"] == [{"group": "kubeflow.org", "version": "v1beta1", "namespace": "team-a",
                               "plural": "experiments", "name": "tune-tf-mnist"}]


def test_best_trial_refuses_an_unfinished_experiment_or_missing_parameters(katib):
    katib["experiment"] = _experiment(succeeded=False)
    with pytest.raises(RuntimeError, match="team-a/tune-tf-mnist has not succeeded"):
        example.best_trial.python_func(experiment="tune-tf-mnist", namespace="team-a")
    katib["experiment"] = _experiment(assignments={"learning_rate": "0.01", "dropout": "0.2"})
    with pytest.raises(RuntimeError, match=r"assigns no batch_size \(it assigns \['dropout', 'learning_rate'\]\)"):
        example.best_trial.python_func(experiment="tune-tf-mnist", namespace="team-a")


def _script(tmp_path, body: str):
    script = tmp_path / "train.py"
    script.write_text(textwrap.dedent(body))
    return script


def test_train_gpu_passes_the_hyperparameters_and_keeps_the_last_metric_values(tmp_path):
    script = _script(tmp_path, """
        import argparse, pathlib
        p = argparse.ArgumentParser()
        for a in ("--data-dir", "--model-dir", "--learning-rate", "--batch-size", "--epochs"):
            p.add_argument(a)
        args = p.parse_args()
        pathlib.Path(args.model_dir).mkdir(parents=True)
        (pathlib.Path(args.model_dir) / "args.txt").write_text(f"{args.learning_rate} {args.batch_size} {args.epochs} {args.data_dir}")
        print("epoch 1: accuracy=0.91 loss=0.30")
        print("epoch 2: accuracy=0.97 loss=1.5e-1")
    """)
    model, metrics = dsl.Model(uri=str(tmp_path / "model")), dsl.Metrics(uri=str(tmp_path / "metrics"))
    out = example.train_gpu.python_func(script=str(script), data_dir="/data", learning_rate=0.0123, batch_size=96,
                                        epochs=2, model=model, metrics=metrics)
    assert json.loads(out.metrics_json) == {"accuracy": 0.97, "loss": 0.15}
    assert (tmp_path / "model" / "args.txt").read_text() == "0.0123 96 2 /data"
    assert metrics.metadata == {"accuracy": 0.97, "loss": 0.15}
    assert model.metadata["learning_rate"] == 0.0123 and model.metadata["batch_size"] == 96


def test_train_gpu_fails_on_a_failed_script_or_one_without_accuracy(tmp_path):
    kwargs = {"data_dir": "/data", "learning_rate": 0.01, "batch_size": 32, "epochs": 1,
              "model": dsl.Model(uri=str(tmp_path / "m")), "metrics": dsl.Metrics(uri=str(tmp_path / "x"))}
    with pytest.raises(RuntimeError, match="exited with 3"):
        example.train_gpu.python_func(script=str(_script(tmp_path, "import sys\nprint('accuracy=0.9')\nsys.exit(3)\n")), **kwargs)
    with pytest.raises(RuntimeError, match=r"no accuracy=<value> line \(metrics seen: \['loss'\]\)"):
        example.train_gpu.python_func(script=str(_script(tmp_path, "print('loss=0.2')\n")), **kwargs)
