"""The readiness checks derived from a chart's webhooks (k8s_charts/readiness.py) and their waits."""

from __future__ import annotations

import aws_cdk as cdk
import pytest
from aws_cdk import assertions
from aws_cdk import aws_eks_v2 as eks

from k8s_charts.readiness import AVAILABLE_PATH, CRD_CA_PATH, WEBHOOK_CA_PATH, readiness_plan
from platform_constructs.readiness_waits import ReadinessWaits


def _service(name: str = "hook", selector: dict | None = None) -> dict:
    return {"apiVersion": "v1", "kind": "Service", "metadata": {"name": name, "namespace": "sys"},
            "spec": {"selector": {"app": "hook"} if selector is None else selector}}


def _deployment(name: str = "hook", labels: dict | None = None) -> dict:
    return {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": name, "namespace": "sys"},
            "spec": {"template": {"metadata": {"labels": labels or {"app": "hook", "tier": "x"}}}}}


def _webhooks(*policies: str | None, client: dict | None = None) -> dict:
    hooks = []
    for index, policy in enumerate(policies):
        hook = {"name": f"h{index}.example.com",
                "clientConfig": client or {"service": {"name": "hook", "namespace": "sys", "port": 443}}}
        if policy:
            hook["failurePolicy"] = policy
        hooks.append(hook)
    return {"apiVersion": "admissionregistration.k8s.io/v1", "kind": "ValidatingWebhookConfiguration",
            "metadata": {"name": "hooks"}, "webhooks": hooks}


def _keys(plan: dict) -> dict[str, list[tuple[str, str]]]:
    return {chart: [(c.key, c.json_path) for c in checks] for chart, checks in plan.items()}


def test_an_enforcing_webhook_waits_for_its_deployment_and_ca_bundle():
    plan = readiness_plan({"svc": [_service(), _deployment(), _deployment("other", {"app": "other"})],
                           "hooks": [_webhooks(None, "Fail")], "after": []})
    assert _keys(plan) == {
        "svc": [],
        "hooks": [("validating-hooks-ca", WEBHOOK_CA_PATH), ("deployment-sys-hook-available", AVAILABLE_PATH)],
        "after": [],
    }


def test_an_ignore_webhook_needs_no_wait():
    assert readiness_plan({"c": [_service(), _deployment(), _webhooks("Ignore")]}) == {"c": []}


def test_a_converted_crd_waits_for_its_converter_and_ca_bundle():
    crd = {"apiVersion": "apiextensions.k8s.io/v1", "kind": "CustomResourceDefinition", "metadata": {"name": "widgets.example.com"},
           "spec": {"conversion": {"strategy": "Webhook", "webhook": {
               "clientConfig": {"service": {"name": "hook", "namespace": "sys"}}}}}}
    plan = readiness_plan({"crds": [crd, _service(), _deployment()]})
    assert _keys(plan)["crds"] == [("crd-widgets.example.com-ca", CRD_CA_PATH), ("deployment-sys-hook-available", AVAILABLE_PATH)]


@pytest.mark.parametrize(("objects", "message"), [
    ([_webhooks("Fail", client={"url": "https://hook.example.com"})],
     r"chart 'c': ValidatingWebhookConfiguration hooks webhook h0.example.com calls a URL \('https://hook.example.com'\)"),
    ([_webhooks("Fail")], r"calls Service sys/hook, which neither this chart nor an earlier one ships"),
    ([_webhooks("Fail"), _service(selector={"app": "nothing"})], r"selects no Deployment of this or an earlier chart"),
])
def test_a_webhook_without_a_backing_deployment_is_refused(objects, message):
    with pytest.raises(ValueError, match=message):
        readiness_plan({"c": objects})


def _cluster(stack: cdk.Stack) -> eks.ICluster:
    provider = eks.KubectlProvider.from_kubectl_provider_attributes(
        stack, "Provider", service_token="arn:aws:lambda:eu-west-1:111111111111:function:kubectl")
    return eks.Cluster.from_cluster_attributes(stack, "Cluster", cluster_name="c", kubectl_provider=provider)


def test_each_check_becomes_a_wait_after_the_manifest():
    stack = cdk.Stack(cdk.App(), "S")
    cluster = _cluster(stack)
    manifest = eks.KubernetesManifest(stack, "Hooks", cluster=cluster, manifest=[{"kind": "ConfigMap"}])
    checks = readiness_plan({"c": [_service(), _deployment(), _webhooks("Fail")]})["c"]
    ReadinessWaits(stack, "Ready", cluster=cluster, checks=checks, after=manifest)
    template = assertions.Template.from_stack(stack)
    waits = template.find_resources(eks.KubernetesObjectValue.RESOURCE_TYPE)
    assert sorted((w["Properties"]["ObjectType"], w["Properties"]["ObjectName"], w["Properties"]["ObjectNamespace"],
                   w["Properties"]["JsonPath"], w["Properties"]["TimeoutSeconds"]) for w in waits.values()) == [
        ("deployments.apps", "hook", "sys", AVAILABLE_PATH, 600),
        ("validatingwebhookconfigurations.admissionregistration.k8s.io", "hooks", "default", WEBHOOK_CA_PATH, 600),
    ]
    manifest_id = stack.resolve(manifest.node.default_child.logical_id)
    assert all(w["DependsOn"] == [manifest_id] for w in waits.values())


def test_a_wait_longer_than_the_kubectl_handler_runs_is_refused():
    stack = cdk.Stack(cdk.App(), "S")
    with pytest.raises(ValueError, match="timeout=15 minutes: a wait must end before the kubectl handler's 15-minute"):
        ReadinessWaits(stack, "Ready", cluster=_cluster(stack), checks=[], after=stack,
                       timeout=cdk.Duration.minutes(15))
