"""The chart framework's guards: pinned images, PSS levels with reasons, version pinning, identity per mode."""

from __future__ import annotations

import cdk8s
import pytest

from k8s_charts.base import PlatformChart, WorkloadIdentity, checkov_skips, pinned_image


def _chart(mode: str = "pod-identity", version: str = "1.35") -> PlatformChart:
    return PlatformChart(cdk8s.App(), "t", component="t", version="1", kubernetes_version=version, identity_mode=mode)


@pytest.mark.parametrize("tag", ["latest", "", "v1-latest"])
def test_pinned_image_refuses_unpinned_tags(tag):
    with pytest.raises(ValueError, match="must be pinned"):
        pinned_image("quay.io/x/y", tag)


def test_pinned_image_accepts_tags_and_digests():
    assert pinned_image("quay.io/x/y", "v1.2.3") == "quay.io/x/y:v1.2.3"
    assert pinned_image("quay.io/x/y", "sha256:" + "a" * 64) == "quay.io/x/y@sha256:" + "a" * 64


def test_chart_refuses_a_version_that_is_not_a_minor():
    with pytest.raises(ValueError, match="kubernetes_version must be a minor like '1.35', got 'latest'"):
        _chart(version="latest")


def test_namespace_pins_pss_to_the_cluster_minor_and_needs_a_reason_below_restricted():
    chart = _chart(version="1.34")
    chart.platform_namespace("ok")
    labels = chart.to_json()[0]["metadata"]["labels"]
    assert labels["pod-security.kubernetes.io/enforce"] == "restricted"
    assert {labels[f"pod-security.kubernetes.io/{m}-version"] for m in ("enforce", "audit", "warn")} == {"v1.34"}
    with pytest.raises(ValueError, match="pss='privileged' needs pss_reason"):
        chart.platform_namespace("bad", pss="privileged")


def test_namespace_lists_allowed_roles_only_under_kube2iam():
    for mode, expected in (("kube2iam", '["arn:aws:iam::1:role/a"]'), ("pod-identity", None)):
        chart = _chart(mode)
        chart.platform_namespace("n", allowed_roles=["arn:aws:iam::1:role/a"])
        annotations = chart.to_json()[0]["metadata"].get("annotations") or {}
        assert annotations.get("iam.amazonaws.com/allowed-roles") == expected


def test_identity_goes_on_the_pod_only_under_kube2iam():
    for mode, expected in (("kube2iam", {"iam.amazonaws.com/role": "arn:r"}), ("pod-identity", {})):
        identity = WorkloadIdentity(mode=mode, namespace="n", service_account="sa", role_arn="arn:r")
        assert identity.pod_annotations() == expected
    chart = _chart()
    with pytest.raises(ValueError, match="identity is for service account 'sa', pod runs as 'other'"):
        chart.workload("Deployment", "x", namespace="n", service_account="other", containers=[],
                       identity=WorkloadIdentity(mode="pod-identity", namespace="n", service_account="sa", role_arn="arn:r"))


def test_checkov_skips_need_a_rule_and_a_reason():
    assert checkov_skips("CKV_K8S_43=a reason that is long enough") == {"checkov.io/skip1": "CKV_K8S_43=a reason that is long enough"}
    for bad in ("CKV_K8S_43", "CKV_K8S_43=short", "K8S_43=a reason that is long enough"):
        with pytest.raises(ValueError, match="must be 'CKV_K8S_<n>=<reason"):
            checkov_skips(bad)


def test_replicated_workloads_spread_and_get_a_disruption_budget():
    chart = _chart()
    chart.workload("Deployment", "web", namespace="n", service_account="sa", replicas=3, containers=[])
    objects = {o["kind"]: o for o in chart.to_json()}
    spread = objects["Deployment"]["spec"]["template"]["spec"]["topologySpreadConstraints"]
    assert [c["topologyKey"] for c in spread] == ["topology.kubernetes.io/zone", "kubernetes.io/hostname"]
    assert objects["PodDisruptionBudget"]["spec"]["minAvailable"] == 2
    assert objects["Deployment"]["spec"]["template"]["spec"]["automountServiceAccountToken"] is False
