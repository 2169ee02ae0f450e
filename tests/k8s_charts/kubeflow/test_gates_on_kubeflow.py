"""The platform's Kubernetes gates catch a broken Kubeflow object: proven on bad cases taken from our charts."""

from __future__ import annotations

from tests.support.k8s_gates import custom_resource_problems, mutated, namespace_problems, reference_problems


def _swap(objects, target, replacement):
    return [replacement if o is target else o for o in objects]


def test_webhook_pointing_at_a_missing_service_is_caught(kf_prod):
    hook = kf_prod.get("MutatingWebhookConfiguration", "admission-webhook-mutating-webhook-configuration")
    bad = mutated(hook, "webhooks.0.clientConfig.service.name", "admission-webhook-svc")
    problems = reference_problems(_swap(kf_prod.objects, hook, bad))
    assert any("calls missing Service kubeflow/admission-webhook-svc" in p for p in problems), problems


def test_deployment_with_a_missing_service_account_is_caught(kf_prod):
    dep = kf_prod.get("Deployment", "katib-controller", "kubeflow")
    bad = mutated(dep, "spec.template.spec.serviceAccountName", "katib")
    assert any("ServiceAccount 'katib' does not exist" in p for p in reference_problems(_swap(kf_prod.objects, dep, bad)))


def test_service_selecting_no_pods_is_caught(kf_prod):
    svc = kf_prod.get("Service", "profiles-kfam", "kubeflow")
    bad = mutated(svc, "spec.selector", {"app.kubernetes.io/name": "kfam"})
    assert any("matches the pods of no workload" in p for p in reference_problems(_swap(kf_prod.objects, svc, bad)))


def test_contributor_binding_to_a_missing_role_is_caught(kf_prod):
    binding = kf_prod.get("RoleBinding", "namespaceAdmin", "vision")
    bad = mutated(binding, "roleRef.name", "kubeflow-owner")
    assert any("roleRef ClusterRole 'kubeflow-owner' does not exist" in p for p in reference_problems(_swap(kf_prod.objects, binding, bad)))


def test_profile_with_an_unknown_field_is_caught(kf_prod):
    profile = kf_prod.get("Profile", "vision")
    bad = mutated(profile, "spec.quota", {"cpu": "1"})
    assert any("Additional properties are not allowed ('quota'" in p for p in custom_resource_problems(_swap(kf_prod.objects, profile, bad)))


def test_profile_namespace_without_default_deny_is_caught(kf_prod):
    deny = next(p for p in kf_prod.of_kind("NetworkPolicy", "vision") if p["metadata"]["name"] == "default-deny")
    objects = [o for o in kf_prod.objects if o is not deny]
    assert any("Namespace vision: no default-deny NetworkPolicy" in p for p in namespace_problems(objects, kf_prod.config.cluster.kubernetes_version))


def test_gateway_peer_selects_the_real_gateway_pods(kf_prod):
    peer = kf_prod.get("NetworkPolicy", "centraldashboard-ingress", "kubeflow")["spec"]["ingress"][0]["from"][0]
    namespace = peer["namespaceSelector"]["matchLabels"]["kubernetes.io/metadata.name"]
    kf_prod.get("Namespace", namespace)
    gateways = [d for d in kf_prod.of_kind("Deployment", namespace)
                if peer["podSelector"]["matchLabels"].items() <= d["spec"]["template"]["metadata"]["labels"].items()]
    assert gateways, f"no gateway pods in {namespace} match {peer['podSelector']}"
