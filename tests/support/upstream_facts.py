"""Upstream conformance: facts each in-cluster component's program relies on, checked against our manifests.

A facts file (`tests/upstream_facts/<component>.yaml`, format in that folder's README.md) lists what the
pinned upstream release expects: images, flags, env names, ports, probe paths, Services other components
call, RBAC rules, webhook paths and failure policies, CRD versions, ConfigMap keys. Each fact names its
source. `fact_problems` says how one environment's objects differ from one fact; the tests hold every
difference to the deviation list (`tests/upstream_facts/deviations.yaml`), each entry with its reason.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable

import yaml

Obj = dict[str, Any]
FACTS_DIR = Path(__file__).resolve().parents[1] / "upstream_facts"
DEVIATIONS_FILE = FACTS_DIR / "deviations.yaml"
_WORKLOAD_KINDS = ("Deployment", "StatefulSet", "DaemonSet", "Job", "CronJob", "Pod")


@dataclass(frozen=True)
class Fact:
    component: str
    id: str
    kind: str
    spec: dict[str, Any]
    source: dict[str, Any]

    @property
    def key(self) -> str:
        return f"{self.component}/{self.id}"


@dataclass(frozen=True)
class FactsFile:
    component: str
    path: Path
    present_if: str
    sources: dict[str, dict[str, str]]
    facts: tuple[Fact, ...]


# --------------------------------------------------------------------------- loading

def load_facts_files(directory: Path = FACTS_DIR) -> list[FactsFile]:
    return [load_facts_file(p) for p in sorted(directory.glob("*.yaml")) if p.name != DEVIATIONS_FILE.name]


def load_facts_file(path: Path) -> FactsFile:
    """Parse and check one facts file; malformed files fail with every problem listed."""
    data = yaml.safe_load(path.read_text()) or {}
    problems: list[str] = []
    component = data.get("component") or ""
    if component != path.stem:
        problems.append(f"component {component!r} must equal the file name {path.stem!r}")
    sources = data.get("sources") or {}
    for name, src in sources.items():
        if not isinstance(src, dict) or not src.get("repository") or not src.get("tag"):
            problems.append(f"sources.{name}: needs repository and tag")
    present_if = data.get("present_if") or ""
    if present_if.count("/") != 2:
        problems.append(f"present_if {present_if!r}: expected '<namespace or ->/<Kind>/<name>' of an object that marks the component deployed")
    facts: list[Fact] = []
    seen: set[str] = set()
    for index, raw in enumerate(data.get("facts") or []):
        where = f"facts[{index}]"
        fact_id = raw.get("id")
        if not fact_id:
            problems.append(f"{where}: no id")
            continue
        if fact_id in seen:
            problems.append(f"{where}: repeated id {fact_id!r}")
        seen.add(fact_id)
        kinds = [k for k in CHECKS if k in raw]
        if len(kinds) != 1:
            problems.append(f"{where} ({fact_id}): exactly one of {sorted(CHECKS)} expected, got {kinds}")
            continue
        source = raw.get("source") or {}
        if source.get("ref") not in sources or not source.get("path"):
            problems.append(f"{where} ({fact_id}): source needs ref (one of {sorted(sources)}) and path")
        facts.append(Fact(component=component, id=fact_id, kind=kinds[0], spec=raw[kinds[0]], source=source))
    if not facts:
        problems.append("no facts")
    if problems:
        raise ValueError(f"{path}:\n  " + "\n  ".join(problems))
    return FactsFile(component=component, path=path, present_if=present_if, sources=sources, facts=tuple(facts))


def load_deviations(path: Path = DEVIATIONS_FILE) -> dict[str, str]:
    """`component/fact-id` -> the reason we deliberately differ from upstream."""
    data = yaml.safe_load(path.read_text()) or {}
    out: dict[str, str] = {}
    for component, entries in data.items():
        for fact_id, reason in (entries or {}).items():
            out[f"{component}/{fact_id}"] = str(reason)
    return out


# --------------------------------------------------------------------------- finding objects

def parse_ref(ref: str) -> tuple[str | None, str, str]:
    """`kubeflow/Deployment/ml-pipeline` -> ("kubeflow", "Deployment", "ml-pipeline"); `-` for cluster scope."""
    namespace, kind, name = ref.split("/", 2)
    return (None if namespace == "-" else namespace), kind, name


def find(objects: Iterable[Obj], ref: str) -> Obj | None:
    namespace, kind, name = parse_ref(ref)
    for obj in objects:
        meta = obj.get("metadata", {})
        if obj.get("kind") == kind and meta.get("name") == name and meta.get("namespace") == namespace:
            return obj
    return None


def _pod_spec(obj: Obj) -> Obj:
    spec = obj.get("spec") or {}
    if obj["kind"] == "Pod":
        return spec
    if obj["kind"] == "CronJob":
        return spec["jobTemplate"]["spec"]["template"]["spec"]
    return spec["template"]["spec"]


def _container(objects: list[Obj], spec: dict[str, Any]) -> tuple[Obj | None, str]:
    workload = find(objects, spec["workload"])
    if workload is None:
        return None, f"{spec['workload']} not found"
    if workload["kind"] not in _WORKLOAD_KINDS:
        return None, f"{spec['workload']} is not a workload"
    pod = _pod_spec(workload)
    for container in [*pod.get("initContainers", []), *pod.get("containers", [])]:
        if container["name"] == spec["container"]:
            return container, ""
    names = [c["name"] for c in [*pod.get("initContainers", []), *pod.get("containers", [])]]
    return None, f"{spec['workload']}: no container {spec['container']!r} (has {names})"


# --------------------------------------------------------------------------- checks, one per fact kind

def _image(objects: list[Obj], spec: dict[str, Any]) -> list[str]:
    container, missing = _container(objects, spec)
    if container is None:
        return [missing]
    expected = f"{spec['repository']}:{spec['tag']}"
    image = container["image"]
    if image != expected and not image.startswith(f"{spec['repository']}@"):
        return [f"{spec['workload']} {spec['container']}: image {image!r}, upstream {expected!r}"]
    return []


def _args(objects: list[Obj], spec: dict[str, Any]) -> list[str]:
    """Every `include` item appears in command+args: `--flag=value` exactly, `--flag` as itself or `--flag=...`."""
    container, missing = _container(objects, spec)
    if container is None:
        return [missing]
    words = [*container.get("command", []), *container.get("args", [])]
    problems = []
    for item in spec.get("include", []):
        item = str(item)
        if item in words:
            continue
        if "=" not in item and any(w.startswith(f"{item}=") for w in words):
            continue
        if "=" in item:  # `--flag=value` may also be passed as two words
            flag, value = item.split("=", 1)
            if any(words[i] == flag and words[i + 1] == value for i in range(len(words) - 1)):
                continue
        problems.append(f"{spec['workload']} {spec['container']}: {item!r} not in command/args {words}")
    for item in spec.get("exclude", []):
        if any(w == item or w.startswith(f"{item}=") for w in words):
            problems.append(f"{spec['workload']} {spec['container']}: {item!r} must not be passed")
    return problems


def _env(objects: list[Obj], spec: dict[str, Any]) -> list[str]:
    """Each of `names` is set; each `values` entry has exactly that literal value."""
    container, missing = _container(objects, spec)
    if container is None:
        return [missing]
    env = {e["name"]: e for e in container.get("env", [])}
    problems = [f"{spec['workload']} {spec['container']}: env {n} not set" for n in spec.get("names", []) if n not in env]
    for name, value in (spec.get("values") or {}).items():
        if name not in env:
            problems.append(f"{spec['workload']} {spec['container']}: env {name} not set (upstream {value!r})")
        elif env[name].get("value") != str(value):
            problems.append(f"{spec['workload']} {spec['container']}: env {name}={env[name].get('value')!r}, upstream {value!r}")
    return problems


def _port(objects: list[Obj], spec: dict[str, Any]) -> list[str]:
    container, missing = _container(objects, spec)
    if container is None:
        return [missing]
    ports = [p["containerPort"] for p in container.get("ports", [])]
    return [] if spec["port"] in ports else [f"{spec['workload']} {spec['container']}: containerPort {spec['port']} not declared ({ports})"]


def _probe(objects: list[Obj], spec: dict[str, Any]) -> list[str]:
    """A liveness/readiness probe hitting `path` on `port` (a number; a named port resolves through the container)."""
    container, missing = _container(objects, spec)
    if container is None:
        return [missing]
    probe = container.get(f"{spec['probe']}Probe")
    where = f"{spec['workload']} {spec['container']} {spec['probe']}Probe"
    if not probe:
        return [f"{where}: none"]
    get = probe.get("httpGet")
    if get is None:
        return [f"{where}: not an HTTP probe of {spec['path']}"]
    port = get["port"]
    if isinstance(port, str):
        port = next((p["containerPort"] for p in container.get("ports", []) if p.get("name") == port), port)
    problems = []
    if get.get("path") != spec["path"]:
        problems.append(f"{where}: path {get.get('path')!r}, upstream {spec['path']!r}")
    if "port" in spec and port != spec["port"]:
        problems.append(f"{where}: port {port!r}, upstream {spec['port']!r}")
    if "scheme" in spec and get.get("scheme", "HTTP") != spec["scheme"]:
        problems.append(f"{where}: scheme {get.get('scheme', 'HTTP')!r}, upstream {spec['scheme']!r}")
    return problems


def _service(objects: list[Obj], spec: dict[str, Any]) -> list[str]:
    """The Service other components call exists with each port (`port`, optional `targetPort` resolved to a number)."""
    namespace, name = spec["name"].split("/", 1)
    service = find(objects, f"{namespace}/Service/{name}")
    if service is None:
        return [f"Service {spec['name']} not found"]
    problems = []
    ports = service["spec"].get("ports", [])
    for want in spec.get("ports", []):
        match = [p for p in ports if p["port"] == want["port"]]
        if not match:
            problems.append(f"Service {spec['name']}: no port {want['port']} ({[p['port'] for p in ports]})")
            continue
        if "targetPort" in want:
            target = _resolve_target(objects, service, match[0].get("targetPort", match[0]["port"]))
            if target != want["targetPort"]:
                problems.append(f"Service {spec['name']} port {want['port']}: targetPort {target!r}, upstream {want['targetPort']!r}")
    return problems


def _resolve_target(objects: list[Obj], service: Obj, target: Any) -> Any:
    """A named targetPort resolved through the pods the Service selects."""
    if not isinstance(target, str):
        return target
    selector = service["spec"].get("selector") or {}
    for obj in objects:
        if obj.get("kind") not in _WORKLOAD_KINDS or obj["metadata"].get("namespace") != service["metadata"].get("namespace"):
            continue
        labels = (obj["spec"].get("template", {}).get("metadata", {}) or {}).get("labels", {})
        if selector and all(labels.get(k) == v for k, v in selector.items()):
            for container in _pod_spec(obj).get("containers", []):
                for port in container.get("ports", []):
                    if port.get("name") == target:
                        return port["containerPort"]
    return target


def _crd(objects: list[Obj], spec: dict[str, Any]) -> list[str]:
    crd = find(objects, f"-/CustomResourceDefinition/{spec['name']}")
    if crd is None:
        return [f"CRD {spec['name']} not shipped"]
    problems = []
    versions = crd["spec"]["versions"]
    served = sorted(v["name"] for v in versions if v.get("served"))
    storage = [v["name"] for v in versions if v.get("storage")]
    if "served" in spec and served != sorted(spec["served"]):
        problems.append(f"CRD {spec['name']}: serves {served}, upstream {sorted(spec['served'])}")
    unserved = [v for v in spec.get("serves", []) if v not in served]
    if unserved:
        problems.append(f"CRD {spec['name']}: does not serve {unserved} (serves {served}), which the program uses")
    if "storage" in spec and storage != [spec["storage"]]:
        problems.append(f"CRD {spec['name']}: stores {storage}, upstream {spec['storage']!r}")
    if "scope" in spec and crd["spec"].get("scope") != spec["scope"]:
        problems.append(f"CRD {spec['name']}: scope {crd['spec'].get('scope')!r}, upstream {spec['scope']!r}")
    for version, paths in (spec.get("keeps") or {}).items():
        shipped = next((v for v in versions if v["name"] == version), None)
        if shipped is None:
            problems.append(f"CRD {spec['name']}: no version {version!r} whose schema keeps {paths}")
            continue
        schema = (shipped.get("schema") or {}).get("openAPIV3Schema") or {}
        problems += [f"CRD {spec['name']} {version}: schema prunes {path!r}, which the program writes or reads"
                     for path in paths if not _schema_keeps(schema, path)]
    if "conversion" in spec:
        conversion = crd["spec"].get("conversion") or {"strategy": "None"}
        want = spec["conversion"]
        if conversion.get("strategy") != want.get("strategy", "None"):
            problems.append(f"CRD {spec['name']}: conversion {conversion.get('strategy')!r}, upstream {want.get('strategy')!r}")
        elif want.get("strategy") == "Webhook":
            webhook = conversion.get("webhook") or {}
            service = (webhook.get("clientConfig") or {}).get("service") or {}
            for field, got in (("service", f"{service.get('namespace')}/{service.get('name')}"), ("path", service.get("path")),
                               ("port", service.get("port", 443))):
                if field in want and got != want[field]:
                    problems.append(f"CRD {spec['name']}: conversion webhook {field} {got!r}, upstream {want[field]!r}")
            if "review_versions" in want and webhook.get("conversionReviewVersions") != want["review_versions"]:
                problems.append(f"CRD {spec['name']}: conversionReviewVersions {webhook.get('conversionReviewVersions')!r}, "
                                f"upstream {want['review_versions']!r}")
    return problems


def _schema_keeps(schema: dict[str, Any], path: str) -> bool:
    """True when a structural schema keeps the dotted field `path` (declared, or under preserve-unknown-fields)."""
    node = schema
    for part in path.split("."):
        if node.get("x-kubernetes-preserve-unknown-fields"):
            return True
        properties = node.get("properties") or {}
        if part not in properties:
            return False
        node = properties[part]
    return True


def _security(objects: list[Obj], spec: dict[str, Any]) -> list[str]:
    """The container may do what the program needs: added capabilities, a writable root filesystem, a user."""
    container, missing = _container(objects, spec)
    if container is None:
        return [missing]
    workload = find(objects, spec["workload"]) or {}
    context = container.get("securityContext") or {}
    pod_context = _pod_spec(workload).get("securityContext") or {}
    where = f"{spec['workload']} {spec['container']}"
    problems = []
    added = set((context.get("capabilities") or {}).get("add") or [])
    missing_caps = [c for c in spec.get("add", []) if c not in added]
    if missing_caps:
        problems.append(f"{where}: capabilities {missing_caps} not added (adds {sorted(added)})")
    if spec.get("writable_root") and context.get("readOnlyRootFilesystem"):
        problems.append(f"{where}: readOnlyRootFilesystem is true, but the program writes to its root filesystem")
    if "run_as_user" in spec:
        user = context.get("runAsUser", pod_context.get("runAsUser"))
        if user != spec["run_as_user"]:
            problems.append(f"{where}: runs as user {user!r}, upstream {spec['run_as_user']!r}")
    return problems


def _webhook(objects: list[Obj], spec: dict[str, Any]) -> list[str]:
    """One webhook of a Validating/MutatingWebhookConfiguration: the service, path, port, failure policy it is called with."""
    configuration = find(objects, f"-/{spec['configuration']}")
    if configuration is None:
        return [f"{spec['configuration']} not found"]
    hooks = [w for w in configuration.get("webhooks", []) if w["name"] == spec["webhook"]]
    if not hooks:
        return [f"{spec['configuration']}: no webhook {spec['webhook']!r} ({[w['name'] for w in configuration.get('webhooks', [])]})"]
    hook = hooks[0]
    service = hook.get("clientConfig", {}).get("service") or {}
    got = {"service": f"{service.get('namespace')}/{service.get('name')}", "path": service.get("path"),
           "port": service.get("port", 443), "failurePolicy": hook.get("failurePolicy", "Fail"),
           "sideEffects": hook.get("sideEffects")}
    # The API server sends the first AdmissionReview version of the list it supports: the order matters.
    got["admissionReviewVersions"] = hook.get("admissionReviewVersions")
    return [f"{spec['configuration']} {spec['webhook']}: {field} {got[field]!r}, upstream {spec[field]!r}"
            for field in got if field in spec and got[field] != spec[field]]


def _configmap(objects: list[Obj], spec: dict[str, Any]) -> list[str]:
    namespace, name = spec["name"].split("/", 1)
    configmap = find(objects, f"{namespace}/ConfigMap/{name}")
    if configmap is None:
        return [f"ConfigMap {spec['name']} not found"]
    data = {**(configmap.get("data") or {}), **(configmap.get("binaryData") or {})}
    problems = [f"ConfigMap {spec['name']}: no key {key!r} ({sorted(data)})" for key in spec.get("keys", []) if key not in data]
    # A program that finds its ConfigMaps by label selector (optional `labels`).
    labels = configmap["metadata"].get("labels") or {}
    problems += [f"ConfigMap {spec['name']}: label {key}={labels.get(key)!r}, upstream {value!r}"
                 for key, value in (spec.get("labels") or {}).items() if labels.get(key) != str(value)]
    return problems


def _rbac(objects: list[Obj], spec: dict[str, Any]) -> list[str]:
    """The service account may do every rule's verbs on its resources: cluster-wide, or in `namespace` when given."""
    namespace, name = spec["subject"].split("/", 1)
    granted = effective_rules(objects, namespace=namespace, service_account=name, scope=spec.get("namespace"))
    problems = []
    for rule in spec["rules"]:
        for group in rule.get("apiGroups", [""]):
            for resource in rule["resources"]:
                missing = [v for v in rule["verbs"] if not _allows(granted, group, resource, v, rule.get("resourceNames"))]
                if missing:
                    where = f"in namespace {spec['namespace']}" if spec.get("namespace") else "cluster-wide"
                    problems.append(f"ServiceAccount {spec['subject']}: cannot {missing} {resource}.{group or 'core'} {where}")
    return problems


def effective_rules(objects: list[Obj], *, namespace: str, service_account: str, scope: str | None) -> list[Obj]:
    """Rules the service account gets from ClusterRoleBindings, plus (for `scope`) RoleBindings in that namespace."""
    roles = {(o["kind"], o["metadata"].get("namespace"), o["metadata"]["name"]): o
             for o in objects if o.get("kind") in ("Role", "ClusterRole")}
    rules: list[Obj] = []
    for binding in objects:
        if binding.get("kind") not in ("RoleBinding", "ClusterRoleBinding"):
            continue
        if binding["kind"] == "RoleBinding" and (scope is None or binding["metadata"].get("namespace") != scope):
            continue
        if not any(s.get("kind") == "ServiceAccount" and s.get("name") == service_account and s.get("namespace", binding["metadata"].get("namespace")) == namespace
                   for s in binding.get("subjects", [])):
            continue
        role_ref = binding["roleRef"]
        role_ns = binding["metadata"].get("namespace") if role_ref["kind"] == "Role" else None
        role = roles.get((role_ref["kind"], role_ns, role_ref["name"]))
        if role is not None:
            rules += _role_rules(role, roles)
    return rules


def _role_rules(role: Obj, roles: dict[tuple[str, str | None, str], Obj]) -> list[Obj]:
    """A role's rules, with an aggregated ClusterRole's rules taken from the ClusterRoles its selectors match."""
    rules = list(role.get("rules") or [])
    for selector in (role.get("aggregationRule") or {}).get("clusterRoleSelectors", []):
        labels = selector.get("matchLabels") or {}
        for (kind, _ns, _name), other in roles.items():
            other_labels = other["metadata"].get("labels") or {}
            if kind == "ClusterRole" and other is not role and all(other_labels.get(k) == v for k, v in labels.items()):
                rules += other.get("rules") or []
    return rules


def _allows(rules: list[Obj], group: str, resource: str, verb: str, resource_names: list[str] | None) -> bool:
    for rule in rules:
        groups, resources, verbs = rule.get("apiGroups", []), rule.get("resources", []), rule.get("verbs", [])
        if not ({group, "*"} & set(groups)) or not ({resource, "*"} & set(resources)) or not ({verb, "*"} & set(verbs)):
            continue
        names = rule.get("resourceNames")
        if names and (not resource_names or not set(resource_names) <= set(names)):
            continue
        return True
    return False


CHECKS: dict[str, Callable[[list[Obj], dict[str, Any]], list[str]]] = {
    "image": _image, "args": _args, "env": _env, "port": _port, "probe": _probe, "service": _service,
    "crd": _crd, "webhook": _webhook, "configmap": _configmap, "rbac": _rbac, "security": _security,
}


def fact_problems(fact: Fact, objects: list[Obj]) -> list[str]:
    """How the objects differ from the fact; empty when they conform."""
    return CHECKS[fact.kind](objects, fact.spec)
