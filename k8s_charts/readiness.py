"""What the deploy must wait for after applying a chart that ships a webhook, derived from its objects.

The API server calls an admission webhook (failurePolicy Fail) on every matching request, and a CRD's
conversion webhook on every read or write of a non-storage version; until the webhook's pods serve and its
`caBundle` is filled in, those requests fail. So after such a chart the delivery stack waits (polling with
kubectl, `aws_eks_v2.KubernetesObjectValue`) for:

- each backing Deployment (found through the webhook's Service selector) to report `availableReplicas`;
- each webhook configuration / converted CRD to carry a CA bundle (cert-manager's cainjector, or the
  component itself such as Emissary's apiext and the training operator, writes it after the apply).

Plain data, no CDK: `stacks/platform_services_stack.py` turns the checks into waits.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable, Mapping, Sequence

WEBHOOK_CONFIGURATIONS = {
    "ValidatingWebhookConfiguration": "validatingwebhookconfigurations.admissionregistration.k8s.io",
    "MutatingWebhookConfiguration": "mutatingwebhookconfigurations.admissionregistration.k8s.io",
}
CRD_TYPE = "customresourcedefinitions.apiextensions.k8s.io"
DEPLOYMENT_TYPE = "deployments.apps"

_SHORT_TYPES = {
    WEBHOOK_CONFIGURATIONS["ValidatingWebhookConfiguration"]: "validating",
    WEBHOOK_CONFIGURATIONS["MutatingWebhookConfiguration"]: "mutating",
    CRD_TYPE: "crd",
    DEPLOYMENT_TYPE: "deployment",
}

# `availableReplicas` is omitted from the status while it is 0, so a non-empty value means a pod is Ready
# (and listed as the Service's endpoint).
AVAILABLE_PATH = ".status.availableReplicas"
# The names of the webhooks that carry a CA bundle, not the bundle itself: the kubectl handler returns the
# value to CloudFormation, whose custom-resource response is limited to 4,096 bytes. An empty caBundle is
# never serialized, so the existence filter (k8s.io/client-go/util/jsonpath) matches only injected bundles;
# injectors write every webhook of a configuration in one update.
WEBHOOK_CA_PATH = ".webhooks[?(@.clientConfig.caBundle)].name"
# A CRD has a single conversion client and no list to filter on, so the bundle itself is returned: one CA
# certificate, e.g. apiext's self-signed RSA-4096 CA (emissary-ingress/emissary cmd/apiext/ca.go), about
# 2.4 kB as base64, within the response limit.
CRD_CA_PATH = ".spec.conversion.webhook.clientConfig.caBundle"


@dataclass(frozen=True, kw_only=True)
class ReadinessCheck:
    """One `kubectl get <object_type> <name> -n <namespace> -o jsonpath=<json_path>` that must turn non-empty."""

    object_type: str
    name: str
    namespace: str | None
    json_path: str
    reason: str

    @property
    def key(self) -> str:
        """A stable, readable id (construct ids are derived from it)."""
        kind = _SHORT_TYPES.get(self.object_type, self.object_type.split(".")[0])
        what = "ca" if "caBundle" in self.json_path else "available"
        return "-".join(p for p in (kind, self.namespace, self.name, what) if p)


def is_enforcing(webhook: Mapping[str, Any]) -> bool:
    """admissionregistration.k8s.io/v1 defaults failurePolicy to Fail."""
    return webhook.get("failurePolicy", "Fail") == "Fail"


def converted(crd: Mapping[str, Any]) -> bool:
    return crd.get("spec", {}).get("conversion", {}).get("strategy") == "Webhook"


def readiness_plan(objects_by_chart: Mapping[str, Sequence[Mapping[str, Any]]]) -> dict[str, list[ReadinessCheck]]:
    """chart id -> the checks to pass after applying it (charts without enforcing webhooks map to [])."""
    known: list[Mapping[str, Any]] = []
    plan: dict[str, list[ReadinessCheck]] = {}
    for chart_id, objects in objects_by_chart.items():
        known.extend(objects)
        plan[chart_id] = chart_checks(chart_id, objects, known=known)
    return plan


def chart_checks(chart_id: str, objects: Sequence[Mapping[str, Any]], *,
                 known: Sequence[Mapping[str, Any]]) -> list[ReadinessCheck]:
    """The checks for one chart; `known` are the objects of this and every earlier chart (backing Services
    and Deployments are looked up there)."""
    checks: dict[str, ReadinessCheck] = {}

    def add(check: ReadinessCheck) -> None:
        checks.setdefault(check.key, check)

    for obj in objects:
        kind, name = obj["kind"], obj["metadata"]["name"]
        if kind in WEBHOOK_CONFIGURATIONS:
            enforcing = [w for w in obj.get("webhooks", []) if is_enforcing(w)]
            if not enforcing:
                continue
            add(ReadinessCheck(object_type=WEBHOOK_CONFIGURATIONS[kind], name=name, namespace=None,
                               json_path=WEBHOOK_CA_PATH, reason=f"{kind} {name}: CA bundle injected"))
            for webhook in enforcing:
                for check in _backing(chart_id, f"{kind} {name} webhook {webhook['name']}",
                                      webhook.get("clientConfig", {}), known):
                    add(check)
        elif kind == "CustomResourceDefinition" and converted(obj):
            add(ReadinessCheck(object_type=CRD_TYPE, name=name, namespace=None, json_path=CRD_CA_PATH,
                               reason=f"CRD {name}: conversion webhook CA bundle injected"))
            client = obj["spec"]["conversion"].get("webhook", {}).get("clientConfig", {})
            for check in _backing(chart_id, f"CRD {name} conversion webhook", client, known):
                add(check)
    return list(checks.values())


def _backing(chart_id: str, what: str, client: Mapping[str, Any],
             known: Sequence[Mapping[str, Any]]) -> Iterable[ReadinessCheck]:
    """Availability checks of the Deployments behind a webhook's Service."""
    service_ref = client.get("service")
    if service_ref is None:
        raise ValueError(f"chart {chart_id!r}: {what} calls a URL ({client.get('url')!r}), not a Service in the "
                         "cluster: nothing to wait for; point it at a Service")
    namespace, name = service_ref["namespace"], service_ref["name"]
    services = [o for o in known if o["kind"] == "Service" and o["metadata"]["name"] == name
                and o["metadata"].get("namespace") == namespace]
    if not services:
        raise ValueError(f"chart {chart_id!r}: {what} calls Service {namespace}/{name}, which neither this chart "
                         "nor an earlier one ships")
    selector = services[0].get("spec", {}).get("selector") or {}
    deployments = [o for o in known if o["kind"] == "Deployment" and o["metadata"].get("namespace") == namespace
                   and selector and selector.items() <= _template_labels(o).items()]
    if not deployments:
        raise ValueError(f"chart {chart_id!r}: {what}: Service {namespace}/{name} (selector {selector!r}) selects "
                         "no Deployment of this or an earlier chart")
    for deployment in deployments:
        yield ReadinessCheck(object_type=DEPLOYMENT_TYPE, name=deployment["metadata"]["name"], namespace=namespace,
                             json_path=AVAILABLE_PATH,
                             reason=f"Deployment {namespace}/{deployment['metadata']['name']} Available ({what})")


def _template_labels(workload: Mapping[str, Any]) -> dict[str, str]:
    return dict(workload.get("spec", {}).get("template", {}).get("metadata", {}).get("labels") or {})
