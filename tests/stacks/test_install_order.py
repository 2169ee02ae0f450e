"""Install order: every object a webhook admits is applied after that webhook can answer (ARCHITECTURE.md).

The webhook -> object pairs are derived from the chart objects (cdk8s, no CDK) by `tests/support/admission.py`,
independently of the product's `k8s_charts.readiness`; the waits and DependsOn edges come from the synthesized
PlatformServices templates of each shipped environment in both identity modes (`shipped`, use `-k dev`).
"""

from __future__ import annotations

from pathlib import Path

import aws_cdk as cdk
import cdk8s
import pytest
from aws_cdk import aws_eks_v2 as eks

from k8s_charts.platform_charts import props_from_config, synth_objects
from stacks.platform_services_stack import PlatformServicesStack
from tests.conftest import shipped_config
from tests.support.admission import DeployGraph, admission_pairs, deploy_graph, order_problems


def _graph(synth) -> DeployGraph:
    manifests = {}
    for stack in synth.stage.platform_services:
        for chart_id, manifest in stack.manifests.items():
            cfn = manifest.node.default_child
            manifests[chart_id] = (stack.node.id, stack.resolve(cfn.logical_id))
    return deploy_graph(synth.stage_dir, manifests)


def _summary(pairs) -> set[tuple[str, str, str]]:
    """(chart, object kind, chart of the webhook)"""
    return {(p.chart, p.obj.split()[0], p.admitter.chart) for p in pairs}


def test_every_admitted_object_waits_for_its_webhook(shipped):
    by_chart = synth_objects(props_from_config(shipped.config))
    graph = _graph(shipped)
    assert list(by_chart) == list(graph.manifests), "every chart is delivered as one manifest"
    pairs = admission_pairs(by_chart)
    assert pairs, "the derivation found no webhook-admitted object: it cannot be checking anything"
    assert order_problems(pairs, graph) == []


# ----------------------------------------------------------------------------- the derivation finds the real pairs

@pytest.fixture(scope="module")
def dev_objects() -> dict[str, list[dict]]:
    return synth_objects(props_from_config(shipped_config("dev")))


def test_the_derivation_finds_the_webhooks_and_converters_of_the_platform(dev_objects):
    found = _summary(admission_pairs(dev_objects))
    assert {
        ("cert-manager-issuers", "ClusterIssuer", "cert-manager"),
        ("aws-load-balancer-controller", "Certificate", "cert-manager"),
        ("seldon-core-operator", "Issuer", "cert-manager"),
        ("emissary", "Service", "aws-load-balancer-controller"),      # the NLB Service, mutated by the LBC
        ("emissary", "Host", "emissary-crds"),                        # v3alpha1, converted by apiext (v2 stored)
        ("monitoring", "Mapping", "emissary-crds"),
        ("model-deployments", "SeldonDeployment", "seldon-core-operator"),
        ("kubeflow-examples", "TFJob", "kubeflow-training-operator"),
        ("kubeflow-examples", "Experiment", "kubeflow-katib"),
    } <= found
    # Selectors rule pairs out: the controller's own Services (objectSelector), and charts before the webhook.
    assert ("aws-load-balancer-controller", "Service", "aws-load-balancer-controller") not in found
    # failurePolicy Ignore (the KFP cache webhook) needs no wait.
    assert not any(admitter == "kubeflow-pipelines-cache" for _, _, admitter in found)


def _webhook_chart(*, policy: str = "Fail", namespace_selector: dict | None = None, object_selector: dict | None = None,
                   scope: str = "*") -> list[dict]:
    webhook = {"name": "w.example.com", "failurePolicy": policy, "sideEffects": "None", "admissionReviewVersions": ["v1"],
               "clientConfig": {"service": {"name": "hook", "namespace": "sys", "port": 443}},
               "rules": [{"apiGroups": ["example.com"], "apiVersions": ["v1"], "operations": ["CREATE"],
                          "resources": ["widgets"], "scope": scope}]}
    if namespace_selector:
        webhook["namespaceSelector"] = namespace_selector
    if object_selector:
        webhook["objectSelector"] = object_selector
    return [
        {"apiVersion": "v1", "kind": "Service", "metadata": {"name": "hook", "namespace": "sys"},
         "spec": {"selector": {"app": "hook"}}},
        {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "hook", "namespace": "sys"},
         "spec": {"template": {"metadata": {"labels": {"app": "hook"}}}}},
        {"apiVersion": "admissionregistration.k8s.io/v1", "kind": "ValidatingWebhookConfiguration",
         "metadata": {"name": "hook"}, "webhooks": [webhook]},
    ]


def _widget(namespace: str = "team", labels: dict | None = None) -> dict:
    return {"apiVersion": "example.com/v1", "kind": "Widget",
            "metadata": {"name": "w", "namespace": namespace, "labels": labels or {}}}


@pytest.mark.parametrize(("webhook", "obj", "admitted"), [
    ({}, _widget(), True),
    ({"policy": "Ignore"}, _widget(), False),
    # A label other than the namespace name may be added to the namespace later: it cannot rule the webhook out.
    ({"namespace_selector": {"matchLabels": {"inject": "enabled"}}}, _widget(), True),
    ({"namespace_selector": {"matchExpressions": [
        {"key": "kubernetes.io/metadata.name", "operator": "NotIn", "values": ["team"]}]}}, _widget(), False),
    ({"object_selector": {"matchLabels": {"tier": "x"}}}, _widget(labels={"tier": "y"}), False),
    ({"object_selector": {"matchLabels": {"tier": "x"}}}, _widget(labels={"tier": "x"}), True),
    ({"scope": "Cluster"}, _widget(), False),
])
def test_selectors_and_policies_are_evaluated_conservatively(webhook, obj, admitted):
    pairs = admission_pairs({"hook": _webhook_chart(**webhook), "app": [obj]})
    assert bool([p for p in pairs if p.chart == "app"]) == admitted


# ----------------------------------------------------------------------------- the check rejects bad deploy graphs

def test_the_check_rejects_the_deploy_without_readiness_waits(dev, dev_objects):
    """The delivery as it was: manifests chained one after the other, no waits."""
    problems = order_problems(admission_pairs(dev_objects), _graph(dev).without_waits())
    for expected in (
        "chart cert-manager-issuers: ClusterIssuer platform-ca is admitted by MutatingWebhookConfiguration cert-manager-webhook",
        "chart model-deployments: SeldonDeployment",
        "chart kubeflow-examples: TFJob",
        "chart kubeflow-examples: Experiment",
        "chart emissary: Host emissary/platform is admitted by conversion webhook of CRD hosts.getambassador.io",
        "chart emissary: Service emissary/emissary-ingress is admitted by MutatingWebhookConfiguration aws-load-balancer-webhook",
    ):
        assert any(p.startswith(expected) for p in problems), expected


def test_the_check_rejects_issuers_shipped_with_the_webhook_that_admits_them(dev, dev_objects):
    """cert-manager's chart as it was: its ClusterIssuers in the same apply as its webhooks."""
    merged = {chart: objects for chart, objects in dev_objects.items() if chart != "cert-manager-issuers"}
    merged["cert-manager"] = [*dev_objects["cert-manager"], *dev_objects["cert-manager-issuers"]]
    graph = _graph(dev)
    graph.manifests.pop("cert-manager-issuers")
    problems = order_problems(admission_pairs(merged), graph)
    assert any(p.startswith("chart cert-manager: ClusterIssuer platform-selfsigned (shipped in the same chart as the "
                            "webhook: split it out)") for p in problems), problems


def test_the_check_rejects_a_wait_that_runs_before_its_webhook_is_applied(dev, dev_objects):
    graph = _graph(dev)
    ca_waits = [w for w, props in graph.waits.items() if props["ObjectName"] == "seldon-validating-webhook-configuration-seldon-system"]
    assert ca_waits
    for wait in ca_waits:
        graph.depends_on[wait] = set()
        graph.stack_deps = {s: set() for s in graph.stack_deps}
    graph._closure.clear()
    problems = order_problems(admission_pairs(dev_objects), graph)
    assert any(p.startswith("chart model-deployments: SeldonDeployment") and "CA bundle" in p for p in problems), problems


def test_waits_end_before_the_kubectl_handler_times_out(dev):
    waits = _graph(dev).waits
    assert waits and all(0 < int(p["TimeoutSeconds"]) <= 13 * 60 for p in waits.values())


def _two_stacks(tmp_path: Path, *, chained: bool) -> tuple[DeployGraph, dict[str, list[dict]]]:
    """A webhook chart in `PlatformServices`, the chart it admits in the next delivery stack."""
    config = shipped_config("dev")
    charts_app = cdk8s.App()
    by_chart = {"hook": _webhook_chart(), "app": [_widget()]}
    charts = {}
    for chart_id, objects in by_chart.items():
        chart = cdk8s.Chart(charts_app, chart_id)
        for index, obj in enumerate(objects):
            api_object = cdk8s.ApiObject(chart, f"o{index}", api_version=obj["apiVersion"], kind=obj["kind"],
                                         metadata=obj["metadata"])
            for key, value in obj.items():
                if key not in ("apiVersion", "kind", "metadata"):
                    api_object.add_json_patch(cdk8s.JsonPatch.add(f"/{key}", value))
        charts[chart_id] = chart
    app = cdk.App(outdir=str(tmp_path))
    clusters = cdk.Stack(app, "Cluster", env=cdk.Environment(account=config.account, region=config.region))
    provider = eks.KubectlProvider.from_kubectl_provider_attributes(
        clusters, "Provider", service_token=f"arn:aws:lambda:{config.region}:{config.account}:function:kubectl")
    cluster = eks.Cluster.from_cluster_attributes(clusters, "Imported", cluster_name="c", kubectl_provider=provider)
    first = PlatformServicesStack(app, "PlatformServices", config=config, cluster=cluster, charts=[charts["hook"]])
    second = PlatformServicesStack(app, "PlatformServices2", config=config, cluster=cluster, charts=[charts["app"]],
                                   after=first.last if chained else ())
    app.synth()
    manifests = {chart_id: (stack.node.id, stack.resolve(stack.manifests[chart_id].node.default_child.logical_id))
                 for stack, chart_id in ((first, "hook"), (second, "app"))}
    return deploy_graph(tmp_path, manifests), by_chart


def test_a_chart_in_the_next_stack_waits_for_the_webhook_of_the_previous_one(tmp_path):
    graph, by_chart = _two_stacks(tmp_path, chained=True)
    assert len(graph.waits) == 2  # the Deployment and the CA bundle, in the first stack
    assert {stack for stack, _ in graph.waits} == {"PlatformServices"}
    assert order_problems(admission_pairs(by_chart), graph) == []


def test_a_chart_in_the_next_stack_without_the_dependency_is_rejected(tmp_path):
    graph, by_chart = _two_stacks(tmp_path, chained=False)
    problems = order_problems(admission_pairs(by_chart), graph)
    assert [p.split(" but ")[1] for p in problems] == [
        "is not applied after a wait for the CA bundle of ValidatingWebhookConfiguration hook",
        "is not applied after a wait for the Deployment sys/hook Available",
    ]
