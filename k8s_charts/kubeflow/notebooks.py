"""Notebooks: the notebook controller (Notebook CR -> StatefulSet + Service, idle culling) and the Jupyter
web app with its spawner configuration (CPU and GPU images, GPU vendor, GPU toleration, data volumes).

Facts from kubeflow/kubeflow v1.10.0: components/notebook-controller/config (image
ghcr.io/kubeflow/kubeflow/notebook-controller, env USE_ISTIO, ISTIO_GATEWAY, ISTIO_HOST, CLUSTER_DOMAIN,
ENABLE_CULLING, CULL_IDLE_TIME and IDLENESS_CHECK_PERIOD in minutes, probes /healthz and /readyz on 8081)
and components/crud-web-apps/jupyter/manifests (image ghcr.io/kubeflow/kubeflow/jupyter-web-app, port
5000, spawner config at /etc/config/spawner_ui_config.yaml, env APP_PREFIX, UI, USERID_HEADER,
USERID_PREFIX, APP_SECURE_COOKIES). Notebook images ghcr.io/kubeflow/kubeflow/notebook-servers/*:v1.10.0.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml
from constructs import Construct

from k8s_charts.base import PlatformChart, pinned_image
from k8s_charts.kubeflow.common import (
    ChartEnv,
    GATEWAY_NAMESPACE, GPU_MODEL_LABEL, GPU_RESOURCE, GPU_TAINT_KEY, KUBEFLOW_REGISTRY, KUBEFLOW_VERSION, NAMESPACE,
    NOTEBOOK_IMAGES_REGISTRY, PROFILE_NAMESPACE_LABEL, PROFILE_NAMESPACE_VALUE, USERID_HEADER, USERID_PREFIX,
    component_labels,
)
from k8s_charts.kubeflow.core import gateway_peer
from k8s_charts.kubeflow.profiles import TRAINING_CLAIM, TRAINING_MOUNT
from k8s_charts.storage import GP3_STORAGE_CLASS
from k8s_charts.kubeflow.workload import (
    EDIT, LEADER_ELECTION_RULES, READ, WRITE, Container, Workload, aggregated_roles, bind_cluster_role, cluster_role,
    deployment, env, http_probe, namespaced_role, rule, service,
)
from platform_config.kubeflow import NotebooksConfig

CONTROLLER = "notebook-controller"
WEB_APP = "jupyter-web-app"
WEB_APP_PORT = 5000
CONTROLLER_CONFIG = "notebook-controller-config"
SPAWNER_CONFIG = "jupyter-web-app-config"
METRICS_OFF = ""  # the Jupyter web app's METRICS env: empty is the only value its parser reads as off

CPU_IMAGES = ("jupyter-scipy", "jupyter-pytorch-full", "jupyter-tensorflow-full")
GPU_IMAGES = ("jupyter-pytorch-cuda-full", "jupyter-tensorflow-cuda-full")


def notebook_image(name: str) -> str:
    return pinned_image(f"{NOTEBOOK_IMAGES_REGISTRY}/{name}", KUBEFLOW_VERSION)


@dataclass(frozen=True, kw_only=True)
class NotebooksProps(ChartEnv):
    notebooks: NotebooksConfig
    gateway_namespace: str = GATEWAY_NAMESPACE
    gateway_pod_labels: dict[str, str] | None = None
    gpu_models: tuple[str, ...] = field(default=())


def spawner_config(notebooks: NotebooksConfig, gpu_models: tuple[str, ...] = ()) -> dict[str, Any]:
    """The Jupyter web app's form defaults (spawner_ui_config.yaml): pinned images, GPU, volumes, PodDefaults."""
    cpu_images = [notebook_image(n) for n in CPU_IMAGES]
    gpu_images = [notebook_image(n) for n in GPU_IMAGES]
    affinity_options = [{
        "configKey": f"gpu-{model}", "displayName": f"GPU nodes ({model})",
        "affinity": {"nodeAffinity": {"requiredDuringSchedulingIgnoredDuringExecution": {"nodeSelectorTerms": [{
            "matchExpressions": [{"key": GPU_MODEL_LABEL, "operator": "In", "values": [model]}],
        }]}}},
    } for model in gpu_models]
    return {"spawnerFormDefaults": {
        "allowCustomImage": False,
        "hideRegistry": True,
        "hideTag": False,
        "imagePullPolicy": {"readOnly": True, "value": "IfNotPresent"},
        "image": {"value": cpu_images[0], "options": cpu_images + gpu_images},
        "imageGroupOne": {"value": "", "options": [], "disabled": True},
        "imageGroupTwo": {"value": "", "options": [], "disabled": True},
        "cpu": {"readOnly": False, "value": "1", "limitFactor": "2"},
        "memory": {"readOnly": False, "value": "4Gi", "limitFactor": "1"},
        "gpus": {"readOnly": False, "value": {
            "num": "none", "vendor": "",
            "vendors": [{"limitsKey": GPU_RESOURCE, "uiName": "NVIDIA"}],
        }},
        "workspaceVolume": {"readOnly": False, "value": {
            "mount": "/home/jovyan",
            # Named, not left to a default: EKS clusters from 1.30 have no default StorageClass, and this one is
            # encrypted with the platform's data key (upstream's spawner config has it as a commented option).
            "newPvc": {"metadata": {"name": "{notebook-name}-workspace"}, "spec": {
                "storageClassName": GP3_STORAGE_CLASS,
                "resources": {"requests": {"storage": f"{notebooks.workspace_size_gib}Gi"}},
                "accessModes": ["ReadWriteOnce"],
            }},
        }},
        # The team's FSx training-data claim (created in every profile namespace), mounted read-write.
        "dataVolumes": {"readOnly": False, "value": [{
            "mount": TRAINING_MOUNT, "existingSource": {"persistentVolumeClaim": {"claimName": TRAINING_CLAIM}},
        }]},
        "affinityConfig": {"readOnly": False, "value": "", "options": affinity_options},
        "tolerationGroup": {"readOnly": False, "value": "", "options": [{
            "groupKey": "gpu", "displayName": "GPU nodes (nvidia.com/gpu taint)",
            "tolerations": [{"key": GPU_TAINT_KEY, "operator": "Exists", "effect": "NoSchedule"}],
        }]},
        "shm": {"readOnly": False, "value": True},
        # PodDefaults the profile chart creates in every team namespace, preselected.
        "configurations": {"readOnly": False, "value": ["team-data"]},
        "environment": {"readOnly": False, "value": {}},
    }}


class NotebooksChart(PlatformChart):
    """Notebook controller + Jupyter web app."""

    def __init__(self, scope: Construct, construct_id: str, *, props: NotebooksProps) -> None:
        super().__init__(scope, construct_id, component="kubeflow-notebooks", version=KUBEFLOW_VERSION,
                         kubernetes_version=props.kubernetes_version, identity_mode=props.identity_mode)
        self._controller(props)
        self._web_app(props)

    def _controller(self, props: NotebooksProps) -> None:
        nb = props.notebooks
        self.api("ConfigMap-controller", api_version="v1", kind="ConfigMap", name=CONTROLLER_CONFIG, namespace=NAMESPACE, data={
            # No Istio on this platform: the controller then creates no VirtualService (the gateway routes).
            "USE_ISTIO": "false", "ISTIO_GATEWAY": "", "ISTIO_HOST": "*", "CLUSTER_DOMAIN": "cluster.local",
            "ENABLE_CULLING": "true" if nb.enable_culling else "false",
            "CULL_IDLE_TIME": str(nb.cull_idle_minutes),
            "IDLENESS_CHECK_PERIOD": str(nb.idleness_check_period_minutes),
        })
        cluster_role(self, CONTROLLER, [
            rule(["apps"], ["statefulsets"], WRITE),
            rule([""], ["services"], WRITE),
            rule([""], ["pods"], READ),
            rule([""], ["events"], ["create", "get", "list", "patch", "watch"]),
            rule(["kubeflow.org"], ["notebooks", "notebooks/finalizers", "notebooks/status"], WRITE),
        ])
        bind_cluster_role(self, role=CONTROLLER, service_account=CONTROLLER, name=CONTROLLER)
        namespaced_role(self, name=f"{CONTROLLER}-leader-election", service_account=CONTROLLER, rules=LEADER_ELECTION_RULES + [
            rule([""], ["configmaps"], WRITE),
        ])
        keys = ("USE_ISTIO", "ISTIO_GATEWAY", "ISTIO_HOST", "CLUSTER_DOMAIN", "ENABLE_CULLING", "CULL_IDLE_TIME", "IDLENESS_CHECK_PERIOD")
        deployment(self, Workload(name=CONTROLLER, api_access="reconciles Notebooks into StatefulSets and Services",
                                  containers=[Container(
            name="manager", image=pinned_image(f"{KUBEFLOW_REGISTRY}/notebook-controller", KUBEFLOW_VERSION),
            command=["/manager"], args=["--enable-leader-election"], ports=[("metrics", 8080), ("health", 8081)],
            env=[{"name": k, "valueFrom": {"configMapKeyRef": {"name": CONTROLLER_CONFIG, "key": k}}} for k in keys],
            cpu="100m", memory="128Mi", memory_limit="512Mi",
            liveness=http_probe("/healthz", 8081, initial_delay=5, period=10),
            readiness=http_probe("/readyz", 8081, initial_delay=5, period=10),
        )]))
        aggregated_roles(self, component="notebooks", group="kubeflow.org", resources_=["notebooks", "notebooks/status"])
        self.network_policy(f"{CONTROLLER}-egress", namespace=NAMESPACE, pod_selector={"matchLabels": component_labels(CONTROLLER)},
                            policy_types=["Egress"], egress=[{
                                "to": [{"namespaceSelector": {"matchLabels": {PROFILE_NAMESPACE_LABEL: PROFILE_NAMESPACE_VALUE}}}],
                                "ports": [{"protocol": "TCP", "port": 8888}],
                            }])

    def _web_app(self, props: NotebooksProps) -> None:
        self.api("ConfigMap-spawner", api_version="v1", kind="ConfigMap", name=SPAWNER_CONFIG, namespace=NAMESPACE, data={
            "spawner_ui_config.yaml": yaml.safe_dump(spawner_config(props.notebooks, props.gpu_models), sort_keys=True),
        })
        cluster_role(self, WEB_APP, [
            rule(["authorization.k8s.io"], ["subjectaccessreviews"], ["create"]),
            rule(["kubeflow.org"], ["notebooks", "notebooks/finalizers", "poddefaults"], ["get", "list", "create", "delete", "patch", "update"]),
            rule([""], ["persistentvolumeclaims"], ["create", "delete", "get", "list"]),
            rule([""], ["events", "nodes"], ["list"]),
            rule(["storage.k8s.io"], ["storageclasses"], READ),
            rule([""], ["pods", "pods/log"], ["list", "get"]),
        ])
        bind_cluster_role(self, role=WEB_APP, service_account=WEB_APP, name=WEB_APP)
        cluster_role(self, "kubeflow-notebook-ui-edit", [
            rule(["kubeflow.org"], ["notebooks"], EDIT),
            rule(["kubeflow.org"], ["poddefaults"], READ),
            rule([""], ["persistentvolumeclaims"], ["create", "delete", "get", "list"]),
            rule(["storage.k8s.io"], ["storageclasses"], ["list"]),
        ], labels={"rbac.authorization.kubeflow.org/aggregate-to-kubeflow-edit": "true"})
        deployment(self, Workload(name=WEB_APP, replicas=2, api_access="creates Notebooks and PVCs after a SubjectAccessReview for the user",
                                  containers=[Container(
            name=WEB_APP, image=pinned_image(f"{KUBEFLOW_REGISTRY}/jupyter-web-app", KUBEFLOW_VERSION),
            ports=[("http", WEB_APP_PORT)], cpu="100m", memory="256Mi", memory_limit="512Mi",
            env=[env("APP_PREFIX", "/jupyter"), env("UI", "default"), env("USERID_HEADER", USERID_HEADER),
                 env("USERID_PREFIX", USERID_PREFIX), env("APP_SECURE_COOKIES", "true"), env("APP_DISABLE_AUTH", "false"),
                 # v1.10.0 reads METRICS as `bool(os.environ.get("METRICS", True))` (crud_backend/config.py): any
                 # non-empty string, "false" too, turns the exporter on. Only the empty string turns it off.
                 env("METRICS", METRICS_OFF)],
            liveness=http_probe("/healthz/liveness", WEB_APP_PORT), readiness=http_probe("/healthz/readiness", WEB_APP_PORT, initial_delay=5, period=10),
            volume_mounts=[{"name": "config", "mountPath": "/etc/config", "readOnly": True}],
        )], volumes=[{"name": "config", "configMap": {"name": SPAWNER_CONFIG}}]))
        service(self, name=f"{WEB_APP}-service", selector=component_labels(WEB_APP), ports=[("http", 80, WEB_APP_PORT)])
        self.network_policy(f"{WEB_APP}-ingress", namespace=NAMESPACE, pod_selector={"matchLabels": component_labels(WEB_APP)},
                            policy_types=["Ingress"], ingress=[{
                                "from": [gateway_peer(props.gateway_namespace, props.gateway_pod_labels)],
                                "ports": [{"protocol": "TCP", "port": WEB_APP_PORT}],
                            }])
