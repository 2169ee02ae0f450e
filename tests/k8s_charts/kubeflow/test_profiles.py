"""Per-profile isolation: namespace, quota, NetworkPolicy, RBAC and the AWS identity scoped to the team's data."""

from __future__ import annotations

import json

import cdk8s
import pytest

from k8s_charts.kubeflow.profiles import (
    EDITOR_SA, KubeflowProfilesChart, ProfilesProps, kfam_binding_name, profile_identity_requests, profile_role_name,
)
from k8s_charts.kubeflow import kubeflow_bucket_names
from platform_config.kubeflow import KubeflowProfile


def _profiles(kf):
    assert kf.config.kubeflow.profiles, "every shipped environment configures at least one profile"
    return kf.config.kubeflow.profiles


def test_each_profile_gets_a_namespace_with_pss_and_owner(kf):
    for p in _profiles(kf):
        ns = kf.get("Namespace", p.name)
        labels, annotations = ns["metadata"]["labels"], ns["metadata"]["annotations"]
        assert labels["pod-security.kubernetes.io/enforce"] == "baseline"
        assert labels["pod-security.kubernetes.io/warn"] == "restricted"
        assert labels["pod-security.kubernetes.io/enforce-version"] == f"v{kf.config.cluster.kubernetes_version}"
        assert "notebook" in annotations["ml-platform/pod-security-reason"]
        # The profile controller adopts a namespace only when its owner annotation matches the Profile.
        assert annotations["owner"] == p.owner == kf.get("Profile", p.name)["spec"]["owner"]["name"]
        assert labels["app.kubernetes.io/part-of"] == "kubeflow-profile"
        assert labels["katib.kubeflow.org/metrics-collector-injection"] == "enabled"


def test_quota_and_limits_come_from_config(kf):
    for p in _profiles(kf):
        hard = kf.get("ResourceQuota", "team-quota", p.name)["spec"]["hard"]
        assert hard["requests.cpu"] == p.quota.cpu
        assert hard["requests.memory"] == hard["limits.memory"] == p.quota.memory
        assert hard["requests.nvidia.com/gpu"] == str(p.quota.gpu)
        assert hard["requests.storage"] == p.quota.storage and hard["persistentvolumeclaims"] == str(p.quota.pvcs)
        assert hard["services.loadbalancers"] == hard["services.nodeports"] == "0"
        assert kf.get("LimitRange", "team-defaults", p.name)["spec"]["limits"][0]["default"]["memory"]


def _ingress_peers(kf, ns):
    peers = []
    for policy in kf.of_kind("NetworkPolicy", ns):
        for rule in policy["spec"].get("ingress", []):
            peers += rule.get("from", [{"any": True}])
    return peers


def test_network_policies_deny_by_default_and_admit_no_other_team(kf):
    names = [p.name for p in _profiles(kf)]
    for ns in names:
        policies = {p["metadata"]["name"]: p["spec"] for p in kf.of_kind("NetworkPolicy", ns)}
        assert policies["default-deny"] == {"podSelector": {}, "policyTypes": ["Ingress", "Egress"]}
        for peer in _ingress_peers(kf, ns):
            assert "any" not in peer, f"{ns}: an ingress rule without a source admits everyone"
            if "namespaceSelector" in peer:
                target = peer["namespaceSelector"]["matchLabels"]
                assert target.get("kubernetes.io/metadata.name") in {"kubeflow", "emissary"}, (ns, peer)
                assert "podSelector" in peer, f"{ns}: a whole namespace is admitted: {peer}"
            else:  # pods of this namespace only (all of them, or the notebook router)
                assert set(peer) == {"podSelector"}, (ns, peer)
            assert "ipBlock" not in peer


def test_egress_reaches_the_identity_endpoint_of_the_mode(kf):
    mode = kf.config.cluster.workload_identity
    for p in _profiles(kf):
        egress = kf.get("NetworkPolicy", "allow-platform-egress", p.name)["spec"]["egress"]
        cidrs = {peer["ipBlock"]["cidr"] for rule in egress for peer in rule["to"] if "ipBlock" in peer}
        assert ("169.254.170.23/32" in cidrs) == (mode == "pod-identity")
        assert ("169.254.169.254/32" in cidrs) == (mode == "kube2iam")
        internet = [peer["ipBlock"] for rule in egress for peer in rule["to"] if peer.get("ipBlock", {}).get("cidr") == "0.0.0.0/0"]
        assert internet and kf.config.network.vpc_cidr in internet[0]["except"]
        for rule in egress:
            assert all(port["port"] in (443, 80, 6789) for port in rule["ports"]), rule


def test_rbac_owner_admin_contributors_kfam_style(kf):
    for p in _profiles(kf):
        bindings = {b["metadata"]["name"]: b for b in kf.of_kind("RoleBinding", p.name)}
        admin = bindings["namespaceAdmin"]
        assert admin["roleRef"]["name"] == "kubeflow-admin" and admin["subjects"][0]["name"] == p.owner
        users = {b["subjects"][0]["name"]: b for b in bindings.values() if b["subjects"][0]["kind"] == "User"}
        assert set(users) == {p.owner, *(c.email for c in p.contributors)}, "only configured people get access"
        for c in p.contributors:
            b = bindings[kfam_binding_name(c.email, c.role)]
            assert b["metadata"]["annotations"] == {"user": c.email, "role": c.role}
            assert b["roleRef"] == {"apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": f"kubeflow-{c.role}"}
        assert bindings[EDITOR_SA]["roleRef"]["name"] == "kubeflow-edit"
        assert bindings[EDITOR_SA]["subjects"] == [{"kind": "ServiceAccount", "name": EDITOR_SA, "namespace": p.name}]


def test_role_names_fit_iam_and_never_collide():
    long_a, long_b = (profile_role_name("a" * 21, "e" * 16, f"{'t' * 28}{x}") for x in ("-a", "-b"))
    assert len(long_a) == len(long_b) == 64 and long_a != long_b
    assert profile_role_name("mlplatform", "prod", "vision") == "mlplatform-prod-kf-vision"


def test_kfam_binding_name_matches_kfam():
    # kfam/bindings.go: lower("User-" + email with non-alphanumerics as "-" + "-ClusterRole-" + role)
    assert kfam_binding_name("Jane.Doe@Example.com", "edit") == "user-jane-doe-example-com-clusterrole-edit"


def test_a_team_member_has_no_binding_in_another_team(kf_prod):
    vision, nlp = (next(p for p in kf_prod.config.kubeflow.profiles if p.name == n) for n in ("vision", "nlp"))
    nlp_users = {b["subjects"][0]["name"] for b in kf_prod.of_kind("RoleBinding", "nlp")}
    assert "vision-ds1@example.com" in {c.email for c in vision.contributors}
    assert "vision-ds1@example.com" not in nlp_users
    # prod deliberately lets the vision lead view nlp: visible only as a view binding.
    lead = kf_prod.get("RoleBinding", kfam_binding_name("vision-lead@example.com", "view"), "nlp")
    assert lead["roleRef"]["name"] == "kubeflow-view"


def test_identity_requests_are_scoped_to_each_team(kf):
    config = kf.config
    requests = profile_identity_requests(project=config.project, environment=config.environment, profiles=config.kubeflow.profiles)
    assert [r.profile for r in requests] == [p.name for p in config.kubeflow.profiles]
    for request, profile in zip(requests, config.kubeflow.profiles):
        assert request.namespace == profile.name and request.service_account == EDITOR_SA
        assert request.s3_prefixes == profile.s3_prefixes
        assert all(prefix.split("/", 1)[1].startswith(f"{profile.name}/") for prefix in request.s3_prefixes)
        assert len(request.role_name) <= 64
    others = [set(r.s3_prefixes) for r in requests]
    for i, mine in enumerate(others):
        for j, theirs in enumerate(others):
            assert i == j or not mine & theirs


def test_kube2iam_namespace_allows_only_its_team_role(kf_prod_kube2iam):
    config = kf_prod_kube2iam.config
    for p in config.kubeflow.profiles:
        arn = f"arn:aws:iam::{config.account}:role/{profile_role_name(config.project, config.environment, p.name)}"
        ns = kf_prod_kube2iam.get("Namespace", p.name)
        assert json.loads(ns["metadata"]["annotations"]["iam.amazonaws.com/allowed-roles"]) == [arn]
        identity = kf_prod_kube2iam.get("PodDefault", "aws-identity", p.name)
        assert identity["spec"]["selector"] == {} and identity["spec"]["annotations"] == {"iam.amazonaws.com/role": arn}


def test_pod_identity_mode_has_no_kube2iam_annotations(kf_prod):
    for p in kf_prod.config.kubeflow.profiles:
        assert "iam.amazonaws.com/allowed-roles" not in kf_prod.get("Namespace", p.name)["metadata"]["annotations"]
        assert not [d for d in kf_prod.of_kind("PodDefault", p.name) if d["metadata"]["name"] == "aws-identity"]


def test_team_data_poddefault_lists_exactly_the_team_prefixes(kf):
    for p in _profiles(kf):
        env = {e["name"]: e["value"] for e in kf.get("PodDefault", "team-data", p.name)["spec"]["env"]}
        urls = env["TEAM_S3_PREFIXES"].split(",")
        assert len(urls) == len(p.s3_prefixes)
        buckets = kubeflow_bucket_names(kf.config)
        for url, prefix in zip(urls, p.s3_prefixes):
            store, path = prefix.split("/", 1)
            assert url == f"s3://{buckets[store]}/{path}"


def test_fsx_claim_in_every_profile_namespace(kf):
    for p in _profiles(kf):
        pvc = kf.get("PersistentVolumeClaim", "training-data", p.name)["spec"]
        assert pvc["accessModes"] == ["ReadWriteMany"] and pvc["volumeName"] == f"fsx-{p.name}"
        pv = kf.get("PersistentVolume", f"fsx-{p.name}")["spec"]
        assert pv["claimRef"] == {"namespace": p.name, "name": "training-data"} and pv["csi"]["driver"] == "fsx.csi.aws.com"


def test_profiles_chart_refuses_prefixes_without_a_bucket():
    profile = KubeflowProfile(name="t", owner="a@example.com", s3_prefixes=("models/t/",))
    with pytest.raises(ValueError, match=r"bucket_names has no bucket for store\(s\) \['models'\]"):
        KubeflowProfilesChart(cdk8s.App(), "p", props=ProfilesProps(
            kubernetes_version="1.35", profiles=[profile], project="p", environment="dev", account="111111111111",
            region="eu-west-1", vpc_cidr="10.0.0.0/16", bucket_names={"features": "b"}, fsx=None, role_arns={"t": "arn"}))


def test_poddefaults_webhook_is_sent_the_review_version_it_can_answer(kf_prod):
    """The v1.10.0 PodDefaults webhook answers without apiVersion/kind (components/admission-webhook/main.go), which
    the API server accepts only for v1beta1 reviews; it sends the first version of the list it supports, so with
    v1 first every pod creation in a profile namespace would fail (failurePolicy Fail)."""
    hook = kf_prod.get("MutatingWebhookConfiguration", "admission-webhook-mutating-webhook-configuration")
    for webhook in hook["webhooks"]:
        assert webhook["admissionReviewVersions"][0] == "v1beta1"
        assert webhook["failurePolicy"] == "Fail"
