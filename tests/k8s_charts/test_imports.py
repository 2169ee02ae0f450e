"""The typed custom-resource classes in k8s_charts/imports/ are generated from the CRDs the platform applies.

`make imports` regenerates them with the pinned cdk8s-cli and records what they came from; these tests fail
when the committed code no longer matches those CRDs, their component versions, the CLI pin or itself.
"""

from __future__ import annotations

import copy
import json
import shutil

import cdk8s
import pytest
import yaml

from scripts import import_crds


@pytest.fixture(scope="module")
def crds() -> dict[str, dict]:
    return import_crds.platform_crds()


def test_generated_classes_match_the_platform_crds(crds: dict[str, dict]) -> None:
    assert import_crds.stale(crds) == []


def test_a_changed_crd_schema_makes_its_module_stale(crds: dict[str, dict]) -> None:
    changed = copy.deepcopy(crds)
    schema = changed["certificates.cert-manager.io"]["spec"]["versions"][0]["schema"]["openAPIV3Schema"]
    schema["properties"]["spec"]["properties"]["newField"] = {"type": "string"}
    assert import_crds.stale(changed) == ["certmanager: its CRDs changed since generation"]


def test_a_component_version_bump_makes_its_module_stale(crds: dict[str, dict]) -> None:
    changed = copy.deepcopy(crds)
    changed["seldondeployments.machinelearning.seldon.io"]["metadata"]["labels"]["app.kubernetes.io/version"] = "9.9.9"
    problems = import_crds.stale(changed)
    assert len(problems) == 1 and problems[0].startswith("seldon: recorded CRD versions")


def test_a_crd_the_platform_stops_applying_is_an_error(crds: dict[str, dict]) -> None:
    changed = {name: crd for name, crd in crds.items() if name != "tfjobs.kubeflow.org"}
    with pytest.raises(SystemExit, match="kubeflow: the platform no longer applies tfjobs.kubeflow.org"):
        import_crds.stale(changed)


def test_an_edited_generated_module_is_stale(crds: dict[str, dict], tmp_path, monkeypatch) -> None:
    copied = tmp_path / "imports"
    for module in import_crds.MODULES:
        shutil.copytree(import_crds.IMPORTS / module, copied / module, ignore=shutil.ignore_patterns("__pycache__"))
    (copied / "sources.json").write_text(import_crds.SOURCES.read_text())
    with (copied / "emissary" / "__init__.py").open("a") as f:
        f.write("# hand edit\n")
    (copied / "seldon" / "_jsii" / "seldon_ioseldonmachinelearning@0.0.0.jsii.tgz").write_bytes(b"replaced assembly")
    monkeypatch.setattr(import_crds, "IMPORTS", copied)
    monkeypatch.setattr(import_crds, "SOURCES", copied / "sources.json")
    (tmp_path / "package.json").write_bytes((import_crds.ROOT / "package.json").read_bytes())
    monkeypatch.setattr(import_crds, "ROOT", tmp_path)
    assert import_crds.stale(crds) == ["seldon: generated code edited or missing (imports/seldon/)",
                                       "emissary: generated code edited or missing (imports/emissary/)"]


def test_a_cli_pin_change_makes_every_module_stale(crds: dict[str, dict], monkeypatch) -> None:
    monkeypatch.setattr(import_crds, "cli_version", lambda: "0.0.1")
    assert import_crds.stale(crds) == [
        f"generated with cdk8s-cli {json.loads(import_crds.SOURCES.read_text())['cdk8s_cli']}, package.json pins 0.0.1"]


def test_every_authored_kind_has_a_generated_class() -> None:
    from k8s_charts.imports import certmanager, emissary, externalsecrets, kubeflow, seldon

    for module, kinds in ((seldon, ["SeldonDeployment"]),
                          (kubeflow, ["TfJob", "MpiJob", "PyTorchJob", "Experiment", "Profile", "PodDefault"]),
                          (emissary, ["MappingV3Alpha1", "HostV3Alpha1", "AuthServiceV3Alpha1", "Listener",
                                      "ModuleV3Alpha1"]),
                          (certmanager, ["Certificate", "Issuer", "ClusterIssuer"]),
                          (externalsecrets, ["ExternalSecret", "SecretStore"])):
        for kind in kinds:
            assert issubclass(getattr(module, kind), cdk8s.ApiObject), f"{module.__name__}.{kind}"


def test_a_misspelled_field_is_rejected_when_the_object_is_built() -> None:
    from k8s_charts.imports import certmanager

    chart = cdk8s.Chart(cdk8s.App(), "c")
    with pytest.raises(TypeError, match="secret_nmae"):
        certmanager.Certificate(chart, "cert", metadata={"name": "x"}, spec={
            "secret_nmae": "x", "issuer_ref": {"name": "ca"}})


def test_generated_classes_drop_what_their_crd_leaves_open() -> None:
    """The volume sources the platform writes (persistentVolumeClaim, emptyDir, configMap, secret) are typed in
    the CRDs, so the generated classes keep them; a source the CRD leaves open (x-kubernetes-preserve-unknown-fields,
    e.g. hostPath) is dropped by the generated `to_json`, even when added by a JSON patch on the API object. So the
    platform may author only typed sources through these classes; type a new source in crd_schema.volume first."""
    from k8s_charts.imports import kubeflow

    chart = cdk8s.Chart(cdk8s.App(), "c")
    pod_default = kubeflow.PodDefault(chart, "pd", metadata={"name": "x"}, spec=kubeflow.PodDefaultSpec(
        selector=kubeflow.PodDefaultSpecSelector(),
        volumes=[kubeflow.PodDefaultSpecVolumes(
                     name="claim", persistent_volume_claim=kubeflow.PodDefaultSpecVolumesPersistentVolumeClaim(claim_name="c")),
                 kubeflow.PodDefaultSpecVolumes(name="shm", empty_dir=kubeflow.PodDefaultSpecVolumesEmptyDir(
                     medium="Memory", size_limit=kubeflow.PodDefaultSpecVolumesEmptyDirSizeLimit.from_string("2Gi"))),
                 kubeflow.PodDefaultSpecVolumes(name="conf", config_map=kubeflow.PodDefaultSpecVolumesConfigMap(name="cm")),
                 kubeflow.PodDefaultSpecVolumes(name="cert", secret=kubeflow.PodDefaultSpecVolumesSecret(secret_name="s"))]))
    cdk8s.ApiObject.of(pod_default).add_json_patch(
        cdk8s.JsonPatch.add("/spec/volumes/-", {"name": "host", "hostPath": {"path": "/var/data"}}))
    assert pod_default.to_json()["spec"]["volumes"] == [
        {"name": "claim", "persistentVolumeClaim": {"claimName": "c"}},
        {"name": "shm", "emptyDir": {"medium": "Memory", "sizeLimit": "2Gi"}},
        {"name": "conf", "configMap": {"name": "cm"}},
        {"name": "cert", "secret": {"secretName": "s"}},
        {"name": "host"},
    ]
    with pytest.raises(TypeError, match="host_path"):
        kubeflow.PodDefaultSpecVolumes(name="host", host_path={"path": "/var/data"})

def test_training_jobs_trial_template_and_fsx_pod_default_are_typed_and_keep_their_volumes() -> None:
    """The worked TFJob and MPIJob, the Katib trial template and the FSx PodDefault come from the generated classes,
    and what they render still mounts the FSx claim and the emptyDirs (the sources the CRDs type)."""
    from k8s_charts.imports import kubeflow
    from k8s_charts.kubeflow.examples import ExamplesProps, TrainingExamplesChart
    from k8s_charts.kubeflow.katib import trial_templates
    from k8s_charts.kubeflow.profiles import KubeflowProfilesChart, ProfilesProps
    from k8s_charts.props import FsxRef
    from platform_config.kubeflow import KubeflowProfile

    examples = TrainingExamplesChart(cdk8s.App(), "examples", props=ExamplesProps(kubernetes_version="1.35", namespace="t"))
    jobs = {type(c): c for c in examples.node.children if isinstance(c, (kubeflow.TfJob, kubeflow.MpiJob))}
    assert set(jobs) == {kubeflow.TfJob, kubeflow.MpiJob}
    tf_pod = jobs[kubeflow.TfJob].to_json()["spec"]["tfReplicaSpecs"]["Worker"]["template"]["spec"]
    assert tf_pod["volumes"] == [
        {"name": "training-data", "persistentVolumeClaim": {"claimName": "training-data"}},
        {"name": "tmp", "emptyDir": {"sizeLimit": "10Gi"}},
        {"name": "dshm", "emptyDir": {"medium": "Memory", "sizeLimit": "2Gi"}},
    ]
    assert tf_pod["containers"][0]["resources"]["limits"] == {"memory": "8Gi", "nvidia.com/gpu": 1}
    launcher = jobs[kubeflow.MpiJob].to_json()["spec"]["mpiReplicaSpecs"]["Launcher"]["template"]["spec"]
    assert launcher["volumes"] == [{"name": "tmp", "emptyDir": {"sizeLimit": "1Gi"}}]
    trial = yaml.safe_load(trial_templates()["tfjob-mnist-gpu-fsx.yaml"])
    assert trial["spec"]["tfReplicaSpecs"]["Worker"]["template"]["spec"]["volumes"][0]["persistentVolumeClaim"] == {
        "claimName": "training-data"}

    profiles = KubeflowProfilesChart(cdk8s.App(), "p", props=ProfilesProps(
        kubernetes_version="1.35", profiles=[KubeflowProfile(name="t", owner="a@example.com", s3_prefixes=())],
        project="p", environment="dev", account="111111111111", region="eu-west-1", vpc_cidr="10.0.0.0/16",
        bucket_names={}, fsx=FsxRef(file_system_id="fs-1", dns_name="fs-1.example", mount_name="m"),
        role_arns={"t": "arn"}))
    fsx = [c for c in profiles.node.children if isinstance(c, kubeflow.PodDefault)
           and c.to_json()["metadata"]["name"] == "fsx-training-data"]
    assert len(fsx) == 1
    assert fsx[0].to_json()["spec"]["volumes"] == [
        {"name": "training-data", "persistentVolumeClaim": {"claimName": "training-data"}}]
