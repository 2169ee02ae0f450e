"""Every namespace and container of the platform: PSS level, NetworkPolicies, security contexts, resources."""

from __future__ import annotations

from tests.support.k8s_gates import containers_of, pod_specs

# Namespaces that cannot be restricted, each for a reason recorded on the namespace. `serving` is baseline:
# Seldon Core 1.17.1 injects its executor container without seccomp/capability settings.
PRIVILEGED = {"gpu-system", "kube2iam", "node-exporter", "ml-serving", "logging"}


def _namespaces(charts):
    return {o["metadata"]["name"]: o for o in charts.objects if o["kind"] == "Namespace"}


def test_only_the_node_agent_namespaces_are_privileged(charts):
    levels = {n: o["metadata"]["labels"]["pod-security.kubernetes.io/enforce"] for n, o in _namespaces(charts).items()}
    # Kubeflow profile namespaces enforce baseline (never privileged): upstream notebook/Katib pods.
    profiles = {n for n, o in _namespaces(charts).items()
                if o["metadata"]["labels"].get("app.kubernetes.io/part-of") == "kubeflow-profile" and levels[n] == "baseline"}
    weaker = {n for n, level in levels.items() if level != "restricted"} - profiles
    assert weaker <= PRIVILEGED
    assert "monitoring" in levels and levels["monitoring"] == "restricted"
    for name in weaker:
        assert len(_namespaces(charts)[name]["metadata"]["annotations"]["ml-platform/pod-security-reason"]) > 40


def test_every_namespace_has_default_deny_and_dns(charts):
    for name in _namespaces(charts):
        policies = {o["metadata"]["name"] for o in charts.find("NetworkPolicy", namespace=name)}
        assert {"default-deny", "allow-dns"} <= policies, name


def test_containers_in_restricted_namespaces_run_restricted(charts):
    restricted = {n for n, o in _namespaces(charts).items()
                  if o["metadata"]["labels"]["pod-security.kubernetes.io/enforce"] == "restricted"}
    checked = 0
    for obj in charts.objects:
        if obj["metadata"].get("namespace") not in restricted:
            continue
        for pod in pod_specs(obj):
            assert pod["securityContext"]["runAsNonRoot"] is True
            for c in containers_of(pod):
                ctx = c["securityContext"]
                assert ctx["allowPrivilegeEscalation"] is False and ctx["readOnlyRootFilesystem"] is True, c["name"]
                assert ctx["capabilities"] == {"drop": ["ALL"]} and ctx["seccompProfile"]["type"] == "RuntimeDefault"
                assert ctx["runAsUser"] >= 10000
                checked += 1
    assert checked >= 10


# Containers that run privileged, as upstream does (Kubernetes then requires allowPrivilegeEscalation true): the EFA
# device plugin since aws/eks-charts c64d880 (chart for image v0.5.9), to enumerate the host's EFA devices and topology.
PRIVILEGED_CONTAINERS = {("gpu-system", "aws-efa-k8s-device-plugin")}


def test_every_container_has_requests_limits_and_drops_capabilities(charts):
    for obj in charts.objects:
        for pod in pod_specs(obj):
            for c in containers_of(pod):
                assert set(c["resources"]) == {"requests", "limits"}, c["name"]
                assert c["securityContext"]["capabilities"]["drop"] == ["ALL"]
                privileged = (obj["metadata"].get("namespace"), c["name"]) in PRIVILEGED_CONTAINERS
                assert c["securityContext"].get("privileged", False) is privileged, c["name"]
                assert c["securityContext"]["allowPrivilegeEscalation"] is privileged, c["name"]
