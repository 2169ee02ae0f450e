"""Install-order check, independent of the product's `k8s_charts.readiness`.

1. `admission_pairs`: from the chart objects alone, every (object, webhook) pair where the API server would call
   a webhook with failurePolicy Fail when the object is created (rules by group/version/resource/operation/scope,
   namespaceSelector and objectSelector evaluated conservatively), and every object of a CRD converted by a
   webhook (any version: the API server converts on reads and writes of non-storage versions, and the
   controllers read through the served versions).
2. `DeployGraph`: the synthesized PlatformServices templates: KubernetesManifest per chart, the
   KubernetesObjectValue waits, DependsOn edges inside a template and the stack dependencies of the assembly.
3. `order_problems`: each pair's chart manifest must depend (transitively) on a wait for the webhook's backing
   Deployment `.status.availableReplicas` and a wait for its CA bundle, each wait applied after the webhook.

Selector evaluation (https://kubernetes.io/docs/reference/access-authn-authz/extensible-admission-controllers/#matching-requests-namespaceselector):
namespaceSelector does not apply to cluster-scoped objects; a namespace's labels other than the immutable
`kubernetes.io/metadata.name` may be added or changed by controllers (Kubeflow's profile controller labels
profile namespaces), so only requirements on that label can rule a webhook out. objectSelector is evaluated
exactly against the labels the manifest creates the object with.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

MANIFEST_TYPE = "Custom::AWSCDK-EKS-KubernetesResource"
WAIT_TYPE = "Custom::AWSCDK-EKS-KubernetesObjectValue"
NAMESPACE_NAME_LABEL = "kubernetes.io/metadata.name"
# The kubectl provider's handler Lambda stops after 15 minutes; a wait polls inside one invocation.
MAX_WAIT_SECONDS = 14 * 60

# Built-in cluster-scoped kinds that appear in the charts (custom kinds take their scope from the CRD).
_CLUSTER_SCOPED = {"Namespace", "ClusterRole", "ClusterRoleBinding", "CustomResourceDefinition", "StorageClass",
                   "PersistentVolume", "ValidatingWebhookConfiguration", "MutatingWebhookConfiguration",
                   "PriorityClass", "IngressClass", "APIService"}


@dataclass(frozen=True)
class Admitter:
    """A webhook that must answer before an object can be created: what to wait for."""

    chart: str
    description: str
    ca_object: tuple[str, str]              # (kind, name) whose caBundle must be injected
    deployments: tuple[tuple[str, str], ...]  # (namespace, name) that must be Available


@dataclass(frozen=True)
class Pair:
    chart: str
    obj: str        # "Kind namespace/name"
    admitter: Admitter


def _group_version(api_version: str) -> tuple[str, str]:
    group, _, version = api_version.rpartition("/")
    return group, version


def _plural(kind: str) -> str:
    """The resource name Kubernetes derives from a kind (lower-case, English plural rules of the API machinery)."""
    lower = kind.lower()
    if lower.endswith(("s", "x", "z", "ch", "sh")):
        return lower + "es"
    if lower.endswith("y") and lower[-2:-1] not in "aeiou":
        return lower[:-1] + "ies"
    return lower + "s"


def _requirements(selector: Mapping[str, Any] | None) -> list[tuple[str, str, list[str]]]:
    if not selector:
        return []
    reqs = [(k, "In", [v]) for k, v in (selector.get("matchLabels") or {}).items()]
    reqs += [(e["key"], e["operator"], list(e.get("values") or [])) for e in selector.get("matchExpressions") or []]
    return reqs


def _holds(labels: Mapping[str, str], key: str, operator: str, values: list[str]) -> bool:
    if operator == "In":
        return labels.get(key) in values
    if operator == "NotIn":
        return labels.get(key) not in values
    if operator == "Exists":
        return key in labels
    if operator == "DoesNotExist":
        return key not in labels
    raise ValueError(f"unknown selector operator {operator!r}")


class ChartObjects:
    """The objects of every chart, indexed for matching."""

    def __init__(self, by_chart: Mapping[str, Sequence[Mapping[str, Any]]]) -> None:
        self.by_chart = by_chart
        self.all = [(chart, o) for chart, objects in by_chart.items() for o in objects]
        self.crds = {(o["spec"]["group"], o["spec"]["names"]["kind"]): o
                     for _, o in self.all if o["kind"] == "CustomResourceDefinition"}

    def plural(self, obj: Mapping[str, Any]) -> str:
        crd = self.crds.get((_group_version(obj["apiVersion"])[0], obj["kind"]))
        return crd["spec"]["names"]["plural"] if crd else _plural(obj["kind"])

    def cluster_scoped(self, obj: Mapping[str, Any]) -> bool:
        crd = self.crds.get((_group_version(obj["apiVersion"])[0], obj["kind"]))
        return crd["spec"]["scope"] == "Cluster" if crd else obj["kind"] in _CLUSTER_SCOPED

    def deployments_behind(self, service_ref: Mapping[str, Any]) -> tuple[tuple[str, str], ...]:
        ns, name = service_ref["namespace"], service_ref["name"]
        services = [o for _, o in self.all if o["kind"] == "Service" and o["metadata"]["name"] == name
                    and o["metadata"].get("namespace") == ns]
        assert services, f"webhook Service {ns}/{name} is not shipped by any chart"
        selector = services[0]["spec"].get("selector") or {}
        found = tuple(
            (ns, o["metadata"]["name"]) for _, o in self.all
            if o["kind"] == "Deployment" and o["metadata"].get("namespace") == ns and selector
            and all(o["spec"]["template"]["metadata"].get("labels", {}).get(k) == v for k, v in selector.items())
        )
        assert found, f"webhook Service {ns}/{name} selects no Deployment"
        return found


def _rule_matches(rule: Mapping[str, Any], *, group: str, version: str, resource: str, cluster_scoped: bool,
                  equivalent: bool) -> bool:
    operations = rule.get("operations") or []
    if "CREATE" not in operations and "*" not in operations:
        return False
    if not ({group, "*"} & set(rule.get("apiGroups") or [])):
        return False
    # matchPolicy Equivalent (the v1 default) sends requests for any version of the resource, converted.
    if not equivalent and not ({version, "*"} & set(rule.get("apiVersions") or [])):
        return False
    if not ({resource, "*", "*/*"} & set(rule.get("resources") or [])):
        return False
    scope = rule.get("scope", "*")
    return scope == "*" or scope == ("Cluster" if cluster_scoped else "Namespaced")


def _namespace_may_match(selector: Mapping[str, Any] | None, namespace: str) -> bool:
    """Only a requirement on the immutable name label can rule a namespace out (other labels can change)."""
    known = {NAMESPACE_NAME_LABEL: namespace}
    return all(_holds(known, k, op, vals) for k, op, vals in _requirements(selector) if k == NAMESPACE_NAME_LABEL)


def _object_matches(selector: Mapping[str, Any] | None, labels: Mapping[str, str]) -> bool:
    return all(_holds(labels, k, op, vals) for k, op, vals in _requirements(selector))


def admitters_of(objects: ChartObjects) -> list[tuple[Admitter, Mapping[str, Any], Mapping[str, Any] | None]]:
    """(admitter, enforcing webhook or None, the configuration/CRD object) for every Fail webhook and converter."""
    found = []
    for chart, o in objects.all:
        if o["kind"] in ("ValidatingWebhookConfiguration", "MutatingWebhookConfiguration"):
            for webhook in o.get("webhooks") or []:
                if webhook.get("failurePolicy", "Fail") != "Fail":
                    continue
                service = webhook["clientConfig"].get("service")
                assert service, f"{o['kind']} {o['metadata']['name']}: webhook {webhook['name']} has no Service"
                found.append((Admitter(
                    chart=chart, description=f"{o['kind']} {o['metadata']['name']} ({webhook['name']})",
                    ca_object=(o["kind"], o["metadata"]["name"]),
                    deployments=objects.deployments_behind(service)), webhook, o))
        elif o["kind"] == "CustomResourceDefinition" and o["spec"].get("conversion", {}).get("strategy") == "Webhook":
            service = o["spec"]["conversion"]["webhook"]["clientConfig"]["service"]
            found.append((Admitter(
                chart=chart, description=f"conversion webhook of CRD {o['metadata']['name']}",
                ca_object=("CustomResourceDefinition", o["metadata"]["name"]),
                deployments=objects.deployments_behind(service)), None, o))
    return found


def admission_pairs(by_chart: Mapping[str, Sequence[Mapping[str, Any]]]) -> list[Pair]:
    """Every object the API server would send to an enforcing webhook (or a converter) on creation."""
    objects = ChartObjects(by_chart)
    admitters = admitters_of(objects)
    pairs = []
    for chart, o in objects.all:
        group, version = _group_version(o["apiVersion"])
        resource, cluster_scoped = objects.plural(o), objects.cluster_scoped(o)
        namespace = o["metadata"].get("namespace")
        labels = o["metadata"].get("labels") or {}
        ref = f"{o['kind']} {namespace + '/' if namespace else ''}{o['metadata']['name']}"
        for admitter, webhook, source in admitters:
            if webhook is None:  # a converted CRD: every object of its kind
                matched = (source["spec"]["group"], source["spec"]["names"]["kind"]) == (group, o["kind"])
            else:
                equivalent = webhook.get("matchPolicy", "Equivalent") == "Equivalent"
                matched = (
                    any(_rule_matches(r, group=group, version=version, resource=resource,
                                      cluster_scoped=cluster_scoped, equivalent=equivalent)
                        for r in webhook.get("rules") or [])
                    and (cluster_scoped or _namespace_may_match(webhook.get("namespaceSelector"), namespace))
                    and _object_matches(webhook.get("objectSelector"), labels)
                )
            if matched:
                pairs.append(Pair(chart=chart, obj=ref, admitter=admitter))
    return pairs


# ----------------------------------------------------------------------------- the synthesized deploy graph

@dataclass
class DeployGraph:
    """Nodes are (stack id, logical id); `depends_on` holds each node's DependsOn inside its template."""

    manifests: dict[str, tuple[str, str]]                       # chart id -> node
    waits: dict[tuple[str, str], dict[str, Any]]                # node -> wait properties
    depends_on: dict[tuple[str, str], set[tuple[str, str]]]
    stack_deps: dict[str, set[str]]                             # stack id -> stacks it depends on (transitively)
    _closure: dict[tuple[str, str], set[tuple[str, str]]] = field(default_factory=dict)

    def ancestors(self, node: tuple[str, str]) -> set[tuple[str, str]]:
        if node not in self._closure:
            seen: set[tuple[str, str]] = set()
            todo = list(self.depends_on.get(node, ()))
            while todo:
                n = todo.pop()
                if n not in seen:
                    seen.add(n)
                    todo += self.depends_on.get(n, ())
            self._closure[node] = seen
        return self._closure[node]

    def after(self, later: tuple[str, str], earlier: tuple[str, str]) -> bool:
        """CloudFormation finishes `earlier` before it starts `later`."""
        if later[0] == earlier[0]:
            return earlier in self.ancestors(later)
        return earlier[0] in self.stack_deps.get(later[0], set())

    def without_waits(self) -> "DeployGraph":
        """The same graph with every wait (and every edge to one) removed: the deploy as it was before."""
        keep = {n: {d for d in deps if d not in self.waits} for n, deps in self.depends_on.items() if n not in self.waits}
        return DeployGraph(manifests=dict(self.manifests), waits={}, depends_on=keep, stack_deps=self.stack_deps)


def deploy_graph(stage_dir: Path, manifests: Mapping[str, tuple[str, str]]) -> DeployGraph:
    """The graph of the PlatformServices stacks of one synthesized stage (`manifests`: chart id -> node)."""
    assembly = json.loads((stage_dir / "manifest.json").read_text())
    stacks = {aid: a for aid, a in assembly["artifacts"].items() if a["type"] == "aws:cloudformation:stack"}
    name = {aid: a["displayName"].split("/")[-1] for aid, a in stacks.items()}
    direct = {name[aid]: {name[d] for d in a.get("dependencies", []) if d in stacks} for aid, a in stacks.items()}
    stack_deps: dict[str, set[str]] = {}
    for stack in direct:
        seen, todo = set(), list(direct[stack])
        while todo:
            s = todo.pop()
            if s not in seen:
                seen.add(s)
                todo += direct.get(s, ())
        stack_deps[stack] = seen
    waits, depends_on = {}, {}
    for aid, artifact in stacks.items():
        if not name[aid].startswith("PlatformServices"):
            continue
        template = json.loads((stage_dir / artifact["properties"]["templateFile"]).read_text())
        for logical_id, resource in template["Resources"].items():
            node = (name[aid], logical_id)
            deps = resource.get("DependsOn") or []
            depends_on[node] = {(name[aid], d) for d in ([deps] if isinstance(deps, str) else deps)}
            if resource["Type"] == WAIT_TYPE:
                waits[node] = resource["Properties"]
    return DeployGraph(manifests=dict(manifests), waits=waits, depends_on=depends_on, stack_deps=stack_deps)


def _is_type(object_type: str, kind: str, group: str) -> bool:
    """kubectl's `<resource>[.<group>]` naming of `kind` (singular or plural)."""
    resource, _, type_group = object_type.lower().partition(".")
    return resource in (kind.lower(), _plural(kind)) and type_group in ("", group)


def _is_ca_wait(props: Mapping[str, Any], kind: str, name: str) -> bool:
    group = "apiextensions.k8s.io" if kind == "CustomResourceDefinition" else "admissionregistration.k8s.io"
    return _is_type(props["ObjectType"], kind, group) and props["ObjectName"] == name and "caBundle" in props["JsonPath"]


def _is_available_wait(props: Mapping[str, Any], namespace: str, name: str) -> bool:
    # `availableReplicas` is absent while no replica is available, so kubectl prints nothing until one is.
    return (_is_type(props["ObjectType"], "Deployment", "apps") and props["ObjectName"] == name
            and props["ObjectNamespace"] == namespace and props["JsonPath"] == ".status.availableReplicas")


def order_problems(pairs: Iterable[Pair], graph: DeployGraph) -> list[str]:
    """Pairs whose chart is not applied after the webhook's Deployment is Available and its CA injected."""
    problems = []
    for pair in pairs:
        target = graph.manifests[pair.chart]
        source = graph.manifests[pair.admitter.chart]
        if pair.chart != pair.admitter.chart and graph.after(source, target):
            continue  # created before the webhook exists: the API server does not call it
        needed = [(f"CA bundle of {pair.admitter.ca_object[0]} {pair.admitter.ca_object[1]}",
                   lambda p: _is_ca_wait(p, *pair.admitter.ca_object))]
        needed += [(f"Deployment {ns}/{name} Available", lambda p, ns=ns, name=name: _is_available_wait(p, ns, name))
                   for ns, name in pair.admitter.deployments]
        for what, is_it in needed:
            good = [w for w, props in graph.waits.items()
                    if is_it(props) and int(props["TimeoutSeconds"]) <= MAX_WAIT_SECONDS and graph.after(w, source)
                    and graph.after(target, w)]
            if not good:
                same = " (shipped in the same chart as the webhook: split it out)" if pair.chart == pair.admitter.chart else ""
                problems.append(f"chart {pair.chart}: {pair.obj}{same} is admitted by {pair.admitter.description} "
                                f"but is not applied after a wait for the {what}")
    return sorted(set(problems))
