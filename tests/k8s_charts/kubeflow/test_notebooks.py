"""Notebooks: culling from config, pinned CPU and GPU images, GPU vendor and toleration, FSx and team data."""

from __future__ import annotations

import yaml

from k8s_charts.kubeflow.common import GPU_RESOURCE, GPU_TAINT_KEY


def _spawner(kf):
    return yaml.safe_load(kf.get("ConfigMap", "jupyter-web-app-config", "kubeflow")["data"]["spawner_ui_config.yaml"])["spawnerFormDefaults"]


def test_culling_comes_from_config(kf):
    nb = kf.config.kubeflow.notebooks
    data = kf.get("ConfigMap", "notebook-controller-config", "kubeflow")["data"]
    assert data["ENABLE_CULLING"] == str(nb.enable_culling).lower()
    assert data["CULL_IDLE_TIME"] == str(nb.cull_idle_minutes)
    assert data["IDLENESS_CHECK_PERIOD"] == str(nb.idleness_check_period_minutes)
    assert data["USE_ISTIO"] == "false"
    env = kf.get("Deployment", "notebook-controller", "kubeflow")["spec"]["template"]["spec"]["containers"][0]["env"]
    assert {e["name"] for e in env} >= {"ENABLE_CULLING", "CULL_IDLE_TIME", "IDLENESS_CHECK_PERIOD"}


def test_images_are_pinned_cpu_and_gpu(kf_prod):
    spawner = _spawner(kf_prod)
    options = spawner["image"]["options"]
    assert spawner["image"]["value"] == "ghcr.io/kubeflow/kubeflow/notebook-servers/jupyter-scipy:v1.10.0"
    assert "ghcr.io/kubeflow/kubeflow/notebook-servers/jupyter-pytorch-cuda-full:v1.10.0" in options
    assert all(o.endswith(":v1.10.0") for o in options)
    assert spawner["allowCustomImage"] is False


def test_gpu_vendor_toleration_and_affinity(kf_prod):
    spawner = _spawner(kf_prod)
    assert spawner["gpus"]["value"]["vendors"] == [{"limitsKey": GPU_RESOURCE, "uiName": "NVIDIA"}]
    group = spawner["tolerationGroup"]["options"][0]
    assert group["tolerations"] == [{"key": GPU_TAINT_KEY, "operator": "Exists", "effect": "NoSchedule"}]
    models = {g.gpu_model for g in kf_prod.config.cluster.gpu_node_groups}
    assert {o["configKey"] for o in spawner["affinityConfig"]["options"]} == {f"gpu-{m}" for m in models}


def test_fsx_volume_and_team_data_are_offered(kf_prod):
    spawner = _spawner(kf_prod)
    assert spawner["dataVolumes"]["value"][0]["existingSource"]["persistentVolumeClaim"]["claimName"] == "training-data"
    assert "team-data" in spawner["configurations"]["value"]
    for p in kf_prod.config.kubeflow.profiles:
        assert kf_prod.get("PodDefault", "team-data", p.name)["spec"]["selector"] == {"matchLabels": {"team-data": "true"}}


def test_workspace_size_from_config(kf):
    size = _spawner(kf)["workspaceVolume"]["value"]["newPvc"]["spec"]["resources"]["requests"]["storage"]
    assert size == f"{kf.config.kubeflow.notebooks.workspace_size_gib}Gi"


def test_web_app_reads_the_user_header_and_uses_secure_cookies(kf_prod):
    env = {e["name"]: e["value"] for e in kf_prod.get("Deployment", "jupyter-web-app", "kubeflow")["spec"]["template"]["spec"]["containers"][0]["env"]}
    assert env["USERID_HEADER"] == "kubeflow-userid" and env["APP_SECURE_COOKIES"] == "true" and env["APP_PREFIX"] == "/jupyter"


def _gpu_notebook(namespace: str) -> dict:
    """What the v1.10.0 Jupyter web app submits for a GPU notebook (backend notebook_template.yaml + form)."""
    return {
        "apiVersion": "kubeflow.org/v1beta1", "kind": "Notebook",
        "metadata": {"name": "gpu-nb", "namespace": namespace, "labels": {"app": "gpu-nb", "team-data": "true"},
                     "annotations": {"notebooks.kubeflow.org/server-type": "jupyter", "notebooks.kubeflow.org/creator": "a@example.com"}},
        "spec": {"template": {"spec": {
            "serviceAccountName": "default-editor",
            "containers": [{
                "name": "gpu-nb", "image": "ghcr.io/kubeflow/kubeflow/notebook-servers/jupyter-pytorch-cuda-full:v1.10.0",
                "imagePullPolicy": "IfNotPresent",
                "volumeMounts": [{"mountPath": "/home/jovyan", "name": "gpu-nb-workspace"}, {"mountPath": "/dev/shm", "name": "dshm"},
                                 {"mountPath": "/mnt/training-data", "name": "training-data"}],
                "env": [],
                "resources": {"requests": {"cpu": "1", "memory": "4Gi"},
                              "limits": {"cpu": "2", "memory": "4Gi", GPU_RESOURCE: "1"}},
            }],
            "volumes": [{"name": "gpu-nb-workspace", "persistentVolumeClaim": {"claimName": "gpu-nb-workspace"}},
                        {"name": "dshm", "emptyDir": {"medium": "Memory"}},
                        {"name": "training-data", "persistentVolumeClaim": {"claimName": "training-data"}}],
            "tolerations": [{"key": GPU_TAINT_KEY, "operator": "Exists", "effect": "NoSchedule"}],
            "affinity": {"nodeAffinity": {"requiredDuringSchedulingIgnoredDuringExecution": {"nodeSelectorTerms": []}}},
        }}},
    }


def test_notebook_crd_accepts_what_the_web_app_creates(kf_prod):
    from tests.k8s_charts.kubeflow.kube import validate_custom_resource

    notebook = _gpu_notebook(kf_prod.config.kubeflow.profiles[0].name)
    assert validate_custom_resource(notebook, kf_prod.crds()) == []
    notebook["apiVersion"] = "kubeflow.org/v1"
    assert validate_custom_resource(notebook, kf_prod.crds()) == []
    notebook["spec"]["template"]["spec"]["containers"][0]["resoures"] = {}
    assert any("'resoures' was unexpected" in p for p in validate_custom_resource(notebook, kf_prod.crds()))


def _jupyter_settings(env: dict[str, str]) -> dict[str, bool | str]:
    """How the v1.10.0 Jupyter web app backend parses its env (crud_backend/config.py and settings.py)."""
    return {
        "metrics": bool(env.get("METRICS", True)),
        "secure_cookies": env.get("APP_SECURE_COOKIES", "true").lower() == "true",
        "disable_auth": env.get("APP_DISABLE_AUTH", "false").lower() == "true",
        "user_header": env.get("USERID_HEADER", "kubeflow-userid"),
        "user_prefix": env.get("USERID_PREFIX", ":"),
        "prefix": env.get("APP_PREFIX", "/"),
        "ui": env.get("UI_FLAVOR") or env.get("UI", "default"),
    }


def test_jupyter_web_app_env_means_what_we_intend(kf_prod):
    container = kf_prod.get("Deployment", "jupyter-web-app", "kubeflow")["spec"]["template"]["spec"]["containers"][0]
    env = {e["name"]: e["value"] for e in container["env"] if "value" in e}
    # METRICS="false" is a non-empty string, which the backend reads as on; only "" is off.
    assert _jupyter_settings(env) == {"metrics": False, "secure_cookies": True, "disable_auth": False,
                                      "user_header": "kubeflow-userid", "user_prefix": "", "prefix": "/jupyter", "ui": "default"}
    assert _jupyter_settings({"METRICS": "false"})["metrics"] is True
