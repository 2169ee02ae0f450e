"""Kubeflow core: the namespace, role aggregation, dashboard and UIs reachable only from the gateway, restricted pods."""

from __future__ import annotations

from k8s_charts.kubeflow.common import aggregate_labels

UIS = {"centraldashboard": 8082, "jupyter-web-app": 5000, "katib-ui": 8080}


def test_kubeflow_roles_aggregate_view_into_edit_into_admin(kf_prod):
    admin, edit, view = (kf_prod.get("ClusterRole", f"kubeflow-{r}") for r in ("admin", "edit", "view"))
    assert admin["aggregationRule"]["clusterRoleSelectors"] == [{"matchLabels": aggregate_labels("admin")}]
    assert edit["metadata"]["labels"].items() >= aggregate_labels("admin").items()
    assert view["metadata"]["labels"].items() >= aggregate_labels("edit").items()
    contributing = [r for r in kf_prod.of_kind("ClusterRole") if (r["metadata"].get("labels") or {}).get(
        "rbac.authorization.kubeflow.org/aggregate-to-kubeflow-edit") == "true"]
    names = {r["metadata"]["name"] for r in contributing}
    assert {"kubeflow-notebooks-edit", "kubeflow-katib-edit", "kubeflow-training-edit", "kubeflow-poddefaults-edit",
            "kubeflow-kubernetes-edit"} <= names


def test_no_kubeflow_role_grants_rbac_or_quota_changes_to_users(kf_prod):
    for role in kf_prod.of_kind("ClusterRole"):
        labels = role["metadata"].get("labels") or {}
        if not any(k.startswith("rbac.authorization.kubeflow.org/aggregate-to-kubeflow-") for k in labels):
            continue
        for rule in role.get("rules", []):
            writes = set(rule["verbs"]) - {"get", "list", "watch"}
            if writes:
                assert not {"rolebindings", "roles", "resourcequotas", "networkpolicies", "limitranges"} & set(rule["resources"]), role["metadata"]["name"]


def test_uis_admit_only_the_gateway(kf_prod):
    for app, port in UIS.items():
        policy = kf_prod.get("NetworkPolicy", f"{app}-ingress", "kubeflow")["spec"]
        assert policy["podSelector"]["matchLabels"]["app.kubernetes.io/name"] == app
        (rule,) = policy["ingress"]
        assert rule["ports"] == [{"protocol": "TCP", "port": port}]
        (peer,) = rule["from"]
        assert set(peer) == {"namespaceSelector", "podSelector"}


def test_kubeflow_namespace_is_restricted_and_pods_comply(kf):
    ns = kf.get("Namespace", "kubeflow")["metadata"]["labels"]
    assert ns["pod-security.kubernetes.io/enforce"] == "restricted"
    for deployment in kf.of_kind("Deployment", "kubeflow"):
        pod = deployment["spec"]["template"]["spec"]
        assert pod["securityContext"]["runAsNonRoot"] is True
        for c in pod["containers"]:
            ctx = c["securityContext"]
            assert ctx["allowPrivilegeEscalation"] is False and ctx["capabilities"] == {"drop": ["ALL"]}
            assert ctx["readOnlyRootFilesystem"] is True and ctx["seccompProfile"] == {"type": "RuntimeDefault"}
            assert c["resources"]["limits"]["memory"] and c["resources"]["requests"]["cpu"]
            assert "livenessProbe" in c and "readinessProbe" in c, f"{deployment['metadata']['name']}/{c['name']}"


def test_dashboard_wiring(kf_prod):
    env = {e["name"]: e.get("value") for e in kf_prod.get("Deployment", "centraldashboard", "kubeflow")["spec"]["template"]["spec"]["containers"][0]["env"]}
    assert env["USERID_HEADER"] == "kubeflow-userid" and env["PROFILES_KFAM_SERVICE_HOST"] == "profiles-kfam.kubeflow"
    assert env["REGISTRATION_FLOW"] == "false"
    kf_prod.get("Service", "profiles-kfam", "kubeflow")
    assert kf_prod.get("Deployment", "centraldashboard", "kubeflow")["spec"]["template"]["spec"]["containers"][0]["image"] == \
        "ghcr.io/kubeflow/kubeflow/central-dashboard:v1.10.0"


def test_profile_controller_is_not_cluster_admin(kf_prod):
    binding = kf_prod.get("ClusterRoleBinding", "profiles-controller")
    assert binding["roleRef"]["name"] == "profiles-controller"
    rules = kf_prod.get("ClusterRole", "profiles-controller")["rules"]
    bind = [r for r in rules if "bind" in r["verbs"]]
    assert bind == [{"apiGroups": ["rbac.authorization.k8s.io"], "resources": ["clusterroles"], "verbs": ["bind"],
                     "resourceNames": ["kubeflow-admin", "kubeflow-edit", "kubeflow-view"]}]
    assert all("*" not in r["verbs"] and "escalate" not in r["verbs"] for r in rules)


def test_kube2iam_kubeflow_namespace_lists_its_roles(kf_prod_kube2iam, kf_prod):
    annotations = kf_prod_kube2iam.get("Namespace", "kubeflow")["metadata"]["annotations"]
    assert "iam.amazonaws.com/allowed-roles" in annotations
    assert "iam.amazonaws.com/allowed-roles" not in (kf_prod.get("Namespace", "kubeflow")["metadata"].get("annotations") or {})
