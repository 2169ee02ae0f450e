"""Training operator v1.9.2 serving TFJob, PyTorchJob and MPIJob, and the examples' GPU scheduling on FSx data."""

from __future__ import annotations

from k8s_charts.kubeflow.common import GPU_NODE_LABEL, GPU_NODE_VALUE, GPU_RESOURCE, GPU_TAINT_KEY
from tests.k8s_charts.kubeflow.kube import pod_specs


def test_operator_serves_exactly_the_three_job_kinds(kf):
    operator = kf.get("Deployment", "training-operator", "kubeflow")
    container = operator["spec"]["template"]["spec"]["containers"][0]
    assert container["image"] == "ghcr.io/kubeflow/training-v1/training-operator:v1-3f15cb8"
    schemes = sorted(a.split("=", 1)[1] for a in container["args"] if a.startswith("--enable-scheme="))
    assert schemes == ["mpijob", "pytorchjob", "tfjob"]
    # Images the operator injects are pinned too (its defaults float: kubectl-delivery:latest).
    injected = [a.split("=", 1)[1] for a in container["args"] if a.startswith(("--pytorch-init-container-image=", "--mpi-kubectl-delivery-image="))]
    assert len(injected) == 2 and all(":" in i and not i.endswith(":latest") for i in injected)
    crd_kinds = {c["spec"]["names"]["kind"] for c in kf.of_kind("CustomResourceDefinition") if "training" in c["spec"]["names"].get("categories", [])}
    assert crd_kinds == {"TFJob", "PyTorchJob", "MPIJob"}


def test_leader_election_follows_replicas(kf):
    replicas = kf.config.kubeflow.training_operator_replicas
    container = kf.get("Deployment", "training-operator", "kubeflow")["spec"]["template"]["spec"]["containers"][0]
    assert ("--leader-elect" in container["args"]) == (replicas > 1)
    assert bool(kf.of_kind("PodDisruptionBudget", "kubeflow") and [p for p in kf.of_kind("PodDisruptionBudget", "kubeflow")
                                                                    if p["metadata"]["name"] == "training-operator"]) == (replicas > 1)


def test_webhook_validates_tfjob_and_pytorchjob_through_the_operator_service(kf_prod):
    hook = kf_prod.get("ValidatingWebhookConfiguration", "validator.training-operator.kubeflow.org")
    paths = {h["clientConfig"]["service"]["path"] for h in hook["webhooks"]}
    assert paths == {"/validate-kubeflow-org-v1-tfjob", "/validate-kubeflow-org-v1-pytorchjob"}
    service = kf_prod.get("Service", "training-operator", "kubeflow")
    assert {"port": 443, "targetPort": 9443} in [{"port": p["port"], "targetPort": p["targetPort"]} for p in service["spec"]["ports"]]
    # The operator's rotator owns the certificate Secret; it ships empty (no key material in a manifest).
    secret = kf_prod.get("Secret", "training-operator-webhook-cert", "kubeflow")
    assert "data" not in secret and "stringData" not in secret


def test_kubeflow_edit_can_run_jobs_and_view_cannot_create(kf_prod):
    edit = kf_prod.get("ClusterRole", "kubeflow-training-edit")
    view = kf_prod.get("ClusterRole", "kubeflow-training-view")
    assert edit["metadata"]["labels"]["rbac.authorization.kubeflow.org/aggregate-to-kubeflow-edit"] == "true"
    assert "create" in edit["rules"][0]["verbs"] and {"tfjobs", "mpijobs", "pytorchjobs"} <= set(edit["rules"][0]["resources"])
    assert set(view["rules"][0]["verbs"]) == {"get", "list", "watch"}


def _gpu_pods(obj):
    return [p for p in pod_specs(obj) if any(GPU_RESOURCE in c.get("resources", {}).get("limits", {}) for c in p["containers"])]


def test_examples_schedule_on_gpu_nodes_with_the_fsx_volume(kf_dev):
    ns = kf_dev.config.kubeflow.examples_profile
    jobs = [kf_dev.get("TFJob", "tf-mnist-gpu", ns), kf_dev.get("MPIJob", "horovod-mnist-gpu", ns)]
    for job in jobs:
        pods = _gpu_pods(job)
        assert pods, f"{job['kind']} requests no GPU"
        for pod in pods:
            assert pod["nodeSelector"] == {GPU_NODE_LABEL: GPU_NODE_VALUE} == {"ml-platform/accelerator": "nvidia"}
            assert {"key": GPU_TAINT_KEY, "operator": "Exists", "effect": "NoSchedule"} in pod["tolerations"]
            assert pod["serviceAccountName"] == "default-editor"
            claims = [v["persistentVolumeClaim"]["claimName"] for v in pod["volumes"] if "persistentVolumeClaim" in v]
            assert claims == ["training-data"]
            kf_dev.get("PersistentVolumeClaim", "training-data", ns)
            for c in pod["containers"]:
                limits, requests = c["resources"]["limits"], c["resources"]["requests"]
                assert limits[GPU_RESOURCE] == requests[GPU_RESOURCE] >= 1
                assert c["securityContext"]["runAsNonRoot"] and not c["securityContext"]["allowPrivilegeEscalation"]
                assert any(m["mountPath"] == "/mnt/training-data" for m in c["volumeMounts"])
    launcher = jobs[1]["spec"]["mpiReplicaSpecs"]["Launcher"]["template"]["spec"]
    assert "nodeSelector" not in launcher and "tolerations" not in launcher, "the MPI launcher needs no GPU node"


def test_examples_fit_the_profile_gpu_quota(kf_dev):
    ns = kf_dev.config.kubeflow.examples_profile
    quota = int(kf_dev.get("ResourceQuota", "team-quota", ns)["spec"]["hard"][f"requests.{GPU_RESOURCE}"])
    for kind, name in (("TFJob", "tf-mnist-gpu"), ("MPIJob", "horovod-mnist-gpu")):
        job = kf_dev.get(kind, name, ns)
        replica_specs = next(v for k, v in job["spec"].items() if k.endswith("ReplicaSpecs"))
        total = sum(r["replicas"] * sum(c["resources"]["requests"].get(GPU_RESOURCE, 0) for c in r["template"]["spec"]["containers"])
                    for r in replica_specs.values())
        assert 0 < total <= quota, f"{kind} {name} asks {total} GPUs, quota {quota}"


def test_examples_ship_only_where_configured(kf):
    expected = kf.config.kubeflow.examples_profile
    assert bool(kf.of_kind("TFJob")) == (expected is not None)


# training-operator v1.9.2 (kubeflow/trainer tag v1.9.2): pkg/controller.v1/register_controller.go matches
# `--enable-scheme` values against the lowercased kind names exactly (an unknown or mixed-case value fails flag
# parsing); cmd/training-operator.v1/main.go starts a controller (a watch on the kind) and the kind's webhook for
# each enabled scheme, and all six when the flag is absent. A scheme without its CRD stops the operator.
V1_9_2_SCHEMES = {"tfjob": "TFJob", "pytorchjob": "PyTorchJob", "mpijob": "MPIJob", "xgboostjob": "XGBoostJob",
                  "paddlejob": "PaddleJob", "jaxjob": "JAXJob"}
V1_9_2_VALIDATED = {"TFJob", "PyTorchJob", "XGBoostJob", "PaddleJob", "JAXJob"}  # MPIJob has no validating webhook


def test_operator_starts_with_what_is_shipped(charts):
    from tests.support.upstream_facts import effective_rules, _allows  # noqa: PLC0415
    objects = charts.objects
    operator = charts.one("Deployment", "training-operator", "kubeflow")
    args = operator["spec"]["template"]["spec"]["containers"][0]["args"]
    schemes = [a.split("=", 1)[1] for a in args if a.startswith("--enable-scheme")]
    assert schemes, "without --enable-scheme v1.9.2 enables all six kinds, and this platform ships three CRDs"
    assert set(schemes) <= set(V1_9_2_SCHEMES), f"v1.9.2 rejects {set(schemes) - set(V1_9_2_SCHEMES)}"
    enabled = {V1_9_2_SCHEMES[s] for s in schemes}
    crds = {c["spec"]["names"]["kind"]: c for c in charts.find("CustomResourceDefinition") if c["spec"]["group"] == "kubeflow.org"}
    training_crds = {k for k, c in crds.items() if "training" in c["spec"]["names"].get("categories", [])}
    assert training_crds == enabled, "every enabled scheme has a CRD, and no job kind is shipped that nobody reconciles"
    for kind in enabled:
        served = {v["name"] for v in crds[kind]["spec"]["versions"] if v["served"]}
        assert "v1" in served and crds[kind]["spec"]["scope"] == "Namespaced"
        plural = crds[kind]["spec"]["names"]["plural"]
        rules = effective_rules(objects, namespace="kubeflow", service_account="training-operator", scope=None)
        for verb in ("get", "list", "watch", "update"):
            assert _allows(rules, "kubeflow.org", plural, verb, None), (kind, verb)
        assert _allows(rules, "kubeflow.org", f"{plural}/status", "update", None), kind
    # Each webhook path is served only when its scheme is enabled; an unserved path under failurePolicy Fail
    # would reject every create of that kind.
    hook = charts.one("ValidatingWebhookConfiguration", "validator.training-operator.kubeflow.org")
    paths = {h["clientConfig"]["service"]["path"] for h in hook["webhooks"]}
    assert paths == {f"/validate-kubeflow-org-v1-{k.lower()}" for k in enabled & V1_9_2_VALIDATED}


def test_mpi_launcher_gets_the_releases_kubectl(kf_prod):
    """The kubectl the MPI launcher execs into workers with comes from the operator's own release build."""
    container = kf_prod.get("Deployment", "training-operator", "kubeflow")["spec"]["template"]["spec"]["containers"][0]
    operator_tag = container["image"].rsplit(":", 1)[1]
    delivery = next(a.split("=", 1)[1] for a in container["args"] if a.startswith("--mpi-kubectl-delivery-image="))
    assert delivery == f"ghcr.io/kubeflow/training-v1/kubectl-delivery:{operator_tag}"
