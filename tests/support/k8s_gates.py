"""Gates for Kubernetes objects, as functions returning problems so each is proven on a bad case.

Objects are plain dicts (what `cdk8s.Chart.to_json()` gives). Every gate takes the objects of ALL charts
of one environment, because references cross charts (a Mapping in the Seldon chart names the gateway's
namespace, a CR needs a CRD another chart ships).
"""

from __future__ import annotations

import copy
import functools
import json
import re
import tempfile
from pathlib import Path
from typing import Any, Iterable, Iterator

import jsonschema
import kubernetes_validate
import kubernetes_validate.utils as kv_utils
import yaml

from tests.support.gates import checkov_problems, run_checkov

Obj = dict[str, Any]

# The package re-reads its 1.5 MB definitions file per object; the files never change within a run.
kv_utils.schema_contents = functools.lru_cache(maxsize=None)(kv_utils.schema_contents)

# Objects the charts may reference without shipping them, each with the reason it exists in every EKS cluster.
EXTERNALS: dict[tuple[str, str | None, str], str] = {
    ("Namespace", None, "kube-system"): "created by Kubernetes",
    ("Namespace", None, "default"): "created by Kubernetes",
    ("ClusterRole", None, "view"): "Kubernetes default user-facing role",
    ("ClusterRole", None, "edit"): "Kubernetes default user-facing role",
    ("ClusterRole", None, "admin"): "Kubernetes default user-facing role",
    ("ClusterRole", None, "cluster-admin"): "Kubernetes default super-user role",
    ("ClusterRole", None, "system:auth-delegator"): "Kubernetes default role for TokenReview/SubjectAccessReview delegation",
    ("Role", "kube-system", "extension-apiserver-authentication-reader"): "Kubernetes default role for aggregated API servers",
    ("ServiceAccount", "kube-system", "default"): "created by Kubernetes in every namespace",
    ("StorageClass", None, "gp2"): "EKS default StorageClass",
    ("Secret", "kubeflow", "katib-mysql-secrets"): "Katib's managed-MySQL credentials, written at runtime from Secrets Manager "
                                                  "by the pipelines block's External Secrets (never in a manifest)",
}

# Built-in API groups: their kinds validate against the Kubernetes schema, never against a shipped CRD.
_BUILTIN_GROUPS = {
    "", "apps", "batch", "policy", "autoscaling", "networking.k8s.io", "rbac.authorization.k8s.io", "storage.k8s.io",
    "admissionregistration.k8s.io", "apiextensions.k8s.io", "apiregistration.k8s.io", "scheduling.k8s.io",
    "coordination.k8s.io", "node.k8s.io", "discovery.k8s.io", "certificates.k8s.io", "flowcontrol.apiserver.k8s.io",
}
_CLUSTER_SCOPED = {
    "Namespace", "ClusterRole", "ClusterRoleBinding", "CustomResourceDefinition", "StorageClass", "PersistentVolume",
    "ValidatingWebhookConfiguration", "MutatingWebhookConfiguration", "PriorityClass", "APIService", "IngressClass",
    "CSIDriver", "RuntimeClass",
}
PSS_LEVELS = ("restricted", "baseline", "privileged")


def group_of(api_version: str) -> str:
    return api_version.split("/", 1)[0] if "/" in api_version else ""


def ref(obj: Obj) -> str:
    meta = obj.get("metadata", {})
    where = f"{meta.get('namespace')}/" if meta.get("namespace") else ""
    return f"{obj.get('kind')} {where}{meta.get('name')}"


def is_cluster_scoped(obj: Obj, crds: dict[tuple[str, str], Obj] | None = None) -> bool:
    if obj["kind"] in _CLUSTER_SCOPED:
        return True
    crd = (crds or {}).get((group_of(obj["apiVersion"]), obj["kind"]))
    return bool(crd and crd["spec"].get("scope") == "Cluster")


# --------------------------------------------------------------------------- schema of the cluster version

def schema_problems(objects: Iterable[Obj], kubernetes_version: str) -> list[str]:
    """Built-in kinds validate strictly (unknown fields are errors) against the cluster version's schema."""
    problems = []
    for obj in objects:
        if group_of(obj.get("apiVersion", "")) not in _BUILTIN_GROUPS:
            continue
        try:
            kubernetes_validate.validate(obj, kubernetes_version, strict=True)
        except kubernetes_validate.ValidationError as exc:
            path = ".".join(str(p) for p in exc.path)
            problems.append(f"{ref(obj)}: {path}: {exc.message}")
        except kubernetes_validate.SchemaNotFoundError as exc:
            problems.append(f"{ref(obj)}: {exc.message}")
    return problems


# --------------------------------------------------------------------------- custom resources vs shipped CRDs

def shipped_crds(objects: Iterable[Obj]) -> dict[tuple[str, str], Obj]:
    return {(o["spec"]["group"], o["spec"]["names"]["kind"]): o for o in objects if o.get("kind") == "CustomResourceDefinition"}


def _strict(schema: Any) -> Any:
    """The schema as the API server applies it with strict field validation: unknown fields are errors.

    Structural schemas prune unknown fields unless `x-kubernetes-preserve-unknown-fields` is set; a
    silently pruned field is a bug in a chart, so here it fails instead. `nullable` becomes a null type.
    """
    if isinstance(schema, list):
        return [_strict(s) for s in schema]
    if not isinstance(schema, dict):
        return schema
    out = {k: _strict(v) for k, v in schema.items()}
    if (out.get("type") == "object" and "properties" in out and "additionalProperties" not in out
            and not out.get("x-kubernetes-preserve-unknown-fields")):
        out["additionalProperties"] = False
    if out.pop("nullable", False) and "type" in out:
        out["type"] = [out["type"], "null"]
    return out


def _structural(schema: Any, path: str) -> list[str]:
    """Structural-schema rules the API server enforces on apiextensions.k8s.io/v1 CRDs: every node has a
    `type` (unless int-or-string or preserve-unknown-fields), and no node uses `$ref`.
    https://kubernetes.io/docs/tasks/extend-kubernetes/custom-resources/custom-resource-definitions/#specifying-a-structural-schema"""
    if not isinstance(schema, dict):
        return []
    problems = []
    if "$ref" in schema:
        problems.append(f"{path}: $ref is not allowed in a CRD schema")
    if "type" not in schema and not schema.get("x-kubernetes-int-or-string") and not schema.get("x-kubernetes-preserve-unknown-fields"):
        problems.append(f"{path}: no type (a structural schema types every node)")
    for name, child in (schema.get("properties") or {}).items():
        problems += _structural(child, f"{path}.{name}")
    if isinstance(schema.get("items"), dict):
        problems += _structural(schema["items"], f"{path}[]")
    if isinstance(schema.get("additionalProperties"), dict):
        problems += _structural(schema["additionalProperties"], f"{path}.*")
    return problems


def crd_structural_problems(objects: Iterable[Obj]) -> list[str]:
    """Every shipped CRD version has a structural schema, exactly one version is stored, names match."""
    problems = []
    for crd in (o for o in objects if o.get("kind") == "CustomResourceDefinition"):
        name, spec = crd["metadata"]["name"], crd["spec"]
        if name != f"{spec['names']['plural']}.{spec['group']}":
            problems.append(f"CRD {name}: name must be <plural>.<group> = {spec['names']['plural']}.{spec['group']}")
        stored = [v["name"] for v in spec["versions"] if v.get("storage")]
        if len(stored) != 1:
            problems.append(f"CRD {name}: exactly one version must be the storage version, got {stored}")
        for version in spec["versions"]:
            schema = (version.get("schema") or {}).get("openAPIV3Schema")
            if schema is None:
                problems.append(f"CRD {name} {version['name']}: no openAPIV3Schema")
                continue
            problems += [f"CRD {name} {version['name']}: {p}" for p in _structural(schema, "openAPIV3Schema")]
    return problems


def custom_resource_problems(objects: Iterable[Obj], crds: dict[tuple[str, str], Obj] | None = None) -> list[str]:
    """Every non-built-in object validates against a CRD the project ships; a kind without one is an error."""
    objects = list(objects)
    crds = crds if crds is not None else shipped_crds(objects)
    problems = []
    for obj in objects:
        group = group_of(obj.get("apiVersion", ""))
        if group in _BUILTIN_GROUPS:
            continue
        version = obj["apiVersion"].split("/", 1)[-1]
        crd = crds.get((group, obj["kind"]))
        if crd is None:
            problems.append(f"{ref(obj)}: no CustomResourceDefinition shipped for {obj['kind']}.{group}")
            continue
        served = {v["name"]: v for v in crd["spec"]["versions"] if v.get("served")}
        if version not in served:
            problems.append(f"{ref(obj)}: version {version!r} is not served by CRD {crd['metadata']['name']} ({sorted(served)})")
            continue
        schema = (served[version].get("schema") or {}).get("openAPIV3Schema")
        if not schema:
            problems.append(f"{ref(obj)}: CRD {crd['metadata']['name']} version {version} has no openAPIV3Schema")
            continue
        namespaced = crd["spec"].get("scope", "Namespaced") == "Namespaced"
        if namespaced != bool(obj.get("metadata", {}).get("namespace")):
            problems.append(f"{ref(obj)}: CRD scope is {crd['spec'].get('scope')}, the object {'lacks' if namespaced else 'has'} a namespace")
        strict = _strict(schema)
        strict.setdefault("properties", {}).update({"apiVersion": {"type": "string"}, "kind": {"type": "string"},
                                                    "metadata": {"type": "object"}})
        validator = jsonschema.Draft202012Validator(strict)
        for error in sorted(validator.iter_errors(obj), key=lambda e: list(e.path)):
            path = ".".join(str(p) for p in error.path)
            problems.append(f"{ref(obj)}: {path}: {error.message}")
    return problems


# --------------------------------------------------------------------------- images

def pod_specs(obj: Obj) -> Iterator[Obj]:
    """The pod spec(s) inside a workload object (Pod, Deployment, ..., CronJob)."""
    kind, spec = obj.get("kind"), obj.get("spec") or {}
    if kind == "Pod":
        yield spec
    elif kind in ("Deployment", "DaemonSet", "StatefulSet", "ReplicaSet", "Job"):
        yield spec.get("template", {}).get("spec", {})
    elif kind == "CronJob":
        yield spec.get("jobTemplate", {}).get("spec", {}).get("template", {}).get("spec", {})


def pod_templates(obj: Obj) -> Iterator[Obj]:
    """The pod template(s) (metadata + spec) of a workload."""
    spec = obj.get("spec") or {}
    if obj.get("kind") in ("Deployment", "DaemonSet", "StatefulSet", "ReplicaSet", "Job"):
        yield spec.get("template", {})
    elif obj.get("kind") == "CronJob":
        yield spec.get("jobTemplate", {}).get("spec", {}).get("template", {})


def containers_of(pod: Obj) -> list[Obj]:
    return list(pod.get("initContainers") or []) + list(pod.get("containers") or [])


_PINNED = re.compile(r"^(?P<repo>[^@\s]+?)(:(?P<tag>[A-Za-z0-9_][A-Za-z0-9_.\-]{0,127}))?(@sha256:[a-f0-9]{64})?$")


def image_problems(objects: Iterable[Obj]) -> list[str]:
    """Every container image carries a version tag or digest, never `latest`."""
    problems = []
    for obj in objects:
        for pod in pod_specs(obj):
            for c in containers_of(pod):
                image = c.get("image", "")
                match = _PINNED.match(image)
                last = image.rsplit("/", 1)[-1]
                if not match or ("@sha256:" not in image and ":" not in last):
                    problems.append(f"{ref(obj)} container {c.get('name')}: image {image!r} is not pinned to a tag or digest")
                elif match.group("tag") == "latest" or (match.group("tag") or "").endswith("-latest"):
                    problems.append(f"{ref(obj)} container {c.get('name')}: image {image!r} uses a latest tag")
    return problems


# --------------------------------------------------------------------------- namespaces

def namespace_problems(objects: Iterable[Obj], kubernetes_version: str) -> list[str]:
    """Every Namespace: PSS enforce/audit/warn labels pinned to the cluster minor, a reason when weaker than
    restricted, and a default-deny NetworkPolicy (all pods, Ingress+Egress, no rules). Every namespaced
    object lives in a shipped namespace or a documented external one."""
    objects = list(objects)
    problems = []
    namespaces = {o["metadata"]["name"]: o for o in objects if o["kind"] == "Namespace"}
    policies: dict[str, list[Obj]] = {}
    for o in objects:
        if o["kind"] == "NetworkPolicy":
            policies.setdefault(o["metadata"].get("namespace", ""), []).append(o)
    for name, ns in namespaces.items():
        labels = ns["metadata"].get("labels") or {}
        for mode in ("enforce", "audit", "warn"):
            level = labels.get(f"pod-security.kubernetes.io/{mode}")
            if level not in PSS_LEVELS:
                problems.append(f"Namespace {name}: label pod-security.kubernetes.io/{mode} is {level!r}, expected one of {PSS_LEVELS}")
            pinned = labels.get(f"pod-security.kubernetes.io/{mode}-version")
            if pinned != f"v{kubernetes_version}":
                problems.append(f"Namespace {name}: pod-security.kubernetes.io/{mode}-version is {pinned!r}, expected 'v{kubernetes_version}'")
        if labels.get("pod-security.kubernetes.io/enforce") in ("baseline", "privileged"):
            reason = (ns["metadata"].get("annotations") or {}).get("ml-platform/pod-security-reason", "")
            if len(reason) < 20:
                problems.append(f"Namespace {name}: enforce={labels['pod-security.kubernetes.io/enforce']} without an ml-platform/pod-security-reason")
        default_deny = [
            p for p in policies.get(name, [])
            if p["spec"].get("podSelector") in ({}, {"matchLabels": {}})
            and {"Ingress", "Egress"} <= set(p["spec"].get("policyTypes") or [])
            and not p["spec"].get("ingress") and not p["spec"].get("egress")
        ]
        if not default_deny:
            problems.append(f"Namespace {name}: no default-deny NetworkPolicy (podSelector {{}}, policyTypes Ingress+Egress, no rules)")
    crds = shipped_crds(objects)
    for o in objects:
        ns = o.get("metadata", {}).get("namespace")
        if is_cluster_scoped(o, crds):
            if ns:
                problems.append(f"{ref(o)}: cluster-scoped object carries a namespace")
            continue
        if not ns:
            problems.append(f"{ref(o)}: namespaced object without a namespace (would land in the kubeconfig's default)")
        elif ns not in namespaces and ("Namespace", None, ns) not in EXTERNALS:
            problems.append(f"{ref(o)}: namespace {ns!r} is neither shipped nor a documented external")
    return problems


# --------------------------------------------------------------------------- referential integrity

class _Index:
    def __init__(self, objects: list[Obj]) -> None:
        self.objects = objects
        self.keys: set[tuple[str, str | None, str]] = set(EXTERNALS)
        crds = shipped_crds(objects)
        for o in objects:
            ns = None if is_cluster_scoped(o, crds) else o["metadata"].get("namespace")
            self.keys.add((o["kind"], ns, o["metadata"]["name"]))
            # Objects other objects create: Secrets written by cert-manager Certificates, PVCs of StatefulSets.
            if o["kind"] == "Certificate":
                self.keys.add(("Secret", ns, o["spec"]["secretName"]))
            # Secrets the External Secrets Operator writes from an ExternalSecret's target.
            if o["kind"] == "ExternalSecret":
                self.keys.add(("Secret", ns, o["spec"].get("target", {}).get("name") or o["metadata"]["name"]))
            if o["kind"] == "StatefulSet":
                for t in o["spec"].get("volumeClaimTemplates") or []:
                    self.keys.add(("PersistentVolumeClaim-template", ns, t["metadata"]["name"]))
            if o["kind"] == "ServiceAccount":
                pass
        for o in objects:
            if o["kind"] == "Namespace":
                # Kubernetes creates a `default` ServiceAccount in every namespace.
                self.keys.add(("ServiceAccount", o["metadata"]["name"], "default"))

    def has(self, kind: str, namespace: str | None, name: str) -> bool:
        return (kind, namespace, name) in self.keys


def _service_problems(obj: Obj, objects: list[Obj], index: _Index) -> list[str]:
    spec, ns = obj.get("spec") or {}, obj["metadata"].get("namespace")
    selector = spec.get("selector")
    if spec.get("type") == "ExternalName":
        return []
    if not selector:
        return [f"{ref(obj)}: Service without a selector (no workload behind it)"]
    matching = [
        (w, t) for w in objects if w["metadata"].get("namespace") == ns
        for t in pod_templates(w)
        if selector.items() <= ((t.get("metadata") or {}).get("labels") or {}).items()
    ]
    if not matching:
        return [f"{ref(obj)}: selector {selector} matches the pods of no workload in namespace {ns}"]
    problems = []
    for port in spec.get("ports") or []:
        target = port.get("targetPort", port.get("port"))
        declared = [
            p for _, t in matching for c in (t.get("spec") or {}).get("containers") or []
            for p in c.get("ports") or []
            if p.get("name") == target or p.get("containerPort") == target
        ]
        if not declared:
            problems.append(f"{ref(obj)}: port {port.get('name')} targets {target!r}, which no selected container declares")
    return problems


def _pod_reference_problems(obj: Obj, index: _Index) -> list[str]:
    ns, problems = obj["metadata"].get("namespace"), []
    claim_templates = {t["metadata"]["name"] for t in (obj.get("spec") or {}).get("volumeClaimTemplates") or []}
    for pod in pod_specs(obj):
        sa = pod.get("serviceAccountName", "default")
        if not index.has("ServiceAccount", ns, sa):
            problems.append(f"{ref(obj)}: ServiceAccount {sa!r} does not exist in {ns}")
        volumes = {v["name"] for v in pod.get("volumes") or []} | claim_templates
        for v in pod.get("volumes") or []:
            if "configMap" in v and not v["configMap"].get("optional") and not index.has("ConfigMap", ns, v["configMap"]["name"]):
                problems.append(f"{ref(obj)}: volume {v['name']} uses missing ConfigMap {v['configMap']['name']!r}")
            if "secret" in v and not v["secret"].get("optional") and not index.has("Secret", ns, v["secret"]["secretName"]):
                problems.append(f"{ref(obj)}: volume {v['name']} uses missing Secret {v['secret']['secretName']!r}")
            if "persistentVolumeClaim" in v and not index.has("PersistentVolumeClaim", ns, v["persistentVolumeClaim"]["claimName"]):
                problems.append(f"{ref(obj)}: volume {v['name']} uses missing PVC {v['persistentVolumeClaim']['claimName']!r}")
            for source in (v.get("projected") or {}).get("sources") or []:
                for kind, key in (("ConfigMap", "configMap"), ("Secret", "secret")):
                    if key in source and not source[key].get("optional") and not index.has(kind, ns, source[key]["name"]):
                        problems.append(f"{ref(obj)}: projected volume {v['name']} uses missing {kind} {source[key]['name']!r}")
        for c in containers_of(pod):
            for m in c.get("volumeMounts") or []:
                if m["name"] not in volumes:
                    problems.append(f"{ref(obj)} container {c['name']}: mounts undeclared volume {m['name']!r}")
            for e in c.get("env") or []:
                source = e.get("valueFrom") or {}
                for kind, key in (("ConfigMap", "configMapKeyRef"), ("Secret", "secretKeyRef")):
                    if key in source and not source[key].get("optional") and not index.has(kind, ns, source[key]["name"]):
                        problems.append(f"{ref(obj)} container {c['name']}: env {e['name']} uses missing {kind} {source[key]['name']!r}")
            for e in c.get("envFrom") or []:
                for kind, key in (("ConfigMap", "configMapRef"), ("Secret", "secretRef")):
                    if key in e and not e[key].get("optional") and not index.has(kind, ns, e[key]["name"]):
                        problems.append(f"{ref(obj)} container {c['name']}: envFrom uses missing {kind} {e[key]['name']!r}")
    return problems


def _service_port_exists(objects: list[Obj], namespace: str, name: str, port: int | None) -> bool:
    for o in objects:
        if o["kind"] == "Service" and o["metadata"]["name"] == name and o["metadata"].get("namespace") == namespace:
            return port is None or any(p.get("port") == port for p in o["spec"].get("ports") or [])
    return False


def reference_problems(objects: Iterable[Obj]) -> list[str]:
    """Services select pods and target declared ports; everything referenced exists or is a documented external."""
    objects = list(objects)
    index = _Index(objects)
    problems: list[str] = []
    for obj in objects:
        kind, meta, spec = obj["kind"], obj["metadata"], obj.get("spec") or {}
        ns = meta.get("namespace")
        if kind == "Service":
            problems += _service_problems(obj, objects, index)
        problems += _pod_reference_problems(obj, index)
        if kind in ("RoleBinding", "ClusterRoleBinding"):
            role_ref = obj["roleRef"]
            role_ns = None if role_ref["kind"] == "ClusterRole" else ns
            if not index.has(role_ref["kind"], role_ns, role_ref["name"]):
                problems.append(f"{ref(obj)}: roleRef {role_ref['kind']} {role_ref['name']!r} does not exist")
            for subject in obj.get("subjects") or []:
                if subject["kind"] == "ServiceAccount" and not index.has("ServiceAccount", subject.get("namespace"), subject["name"]):
                    problems.append(f"{ref(obj)}: subject ServiceAccount {subject.get('namespace')}/{subject['name']} does not exist")
        if kind in ("ValidatingWebhookConfiguration", "MutatingWebhookConfiguration"):
            for hook in obj.get("webhooks") or []:
                svc = (hook.get("clientConfig") or {}).get("service")
                if svc and not _service_port_exists(objects, svc["namespace"], svc["name"], svc.get("port", 443)):
                    problems.append(f"{ref(obj)}: webhook {hook['name']} calls missing Service {svc['namespace']}/{svc['name']}:{svc.get('port', 443)}")
        if kind == "CustomResourceDefinition":
            svc = ((spec.get("conversion") or {}).get("webhook") or {}).get("clientConfig", {}).get("service")
            if svc and not _service_port_exists(objects, svc["namespace"], svc["name"], svc.get("port", 443)):
                problems.append(f"{ref(obj)}: conversion webhook calls missing Service {svc['namespace']}/{svc['name']}")
        if kind == "APIService" and spec.get("service"):
            svc = spec["service"]
            if not _service_port_exists(objects, svc["namespace"], svc["name"], svc.get("port", 443)):
                problems.append(f"{ref(obj)}: calls missing Service {svc['namespace']}/{svc['name']}")
        if kind == "PersistentVolumeClaim":
            sc = spec.get("storageClassName")
            if sc and not index.has("StorageClass", None, sc):
                problems.append(f"{ref(obj)}: StorageClass {sc!r} does not exist")
            if spec.get("volumeName") and not index.has("PersistentVolume", None, spec["volumeName"]):
                problems.append(f"{ref(obj)}: PersistentVolume {spec['volumeName']!r} does not exist")
        if kind == "StatefulSet":
            for t in spec.get("volumeClaimTemplates") or []:
                sc = t["spec"].get("storageClassName")
                if sc and not index.has("StorageClass", None, sc):
                    problems.append(f"{ref(obj)}: claim template {t['metadata']['name']} uses missing StorageClass {sc!r}")
        if kind == "PersistentVolume":
            sc = spec.get("storageClassName")
            if sc and not index.has("StorageClass", None, sc):
                problems.append(f"{ref(obj)}: StorageClass {sc!r} does not exist")
        if kind in ("Certificate",) and spec.get("issuerRef"):
            issuer = spec["issuerRef"]
            issuer_kind = issuer.get("kind", "Issuer")
            if not index.has(issuer_kind, None if issuer_kind == "ClusterIssuer" else ns, issuer["name"]):
                problems.append(f"{ref(obj)}: issuerRef {issuer_kind} {issuer['name']!r} does not exist")
        if group_of(obj.get("apiVersion", "")) == "getambassador.io" and kind in ("Mapping", "TCPMapping", "AuthService"):
            problems += _ambassador_service_problems(obj, objects)
    return problems


def _ambassador_service_problems(obj: Obj, objects: list[Obj]) -> list[str]:
    """Emissary `service: [scheme://]name[.namespace][:port]` (`auth_service` for an AuthService) must name a
    shipped Service and port."""
    field = "auth_service" if obj["kind"] == "AuthService" else "service"
    value = obj["spec"].get(field)
    if not isinstance(value, str):
        return []
    target = re.sub(r"^[a-z]+://", "", value)
    host, _, port = target.partition(":")
    name, _, namespace = host.partition(".")
    namespace = namespace.split(".", 1)[0] or obj["metadata"].get("namespace")
    port_number = int(port) if port else None
    if not _service_port_exists(objects, namespace, name, port_number):
        return [f"{ref(obj)}: {field} {value!r} is not a shipped Service/port"]
    return []


# --------------------------------------------------------------------------- checkov

def write_manifests(objects_by_chart: dict[str, list[Obj]], directory: Path) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    for name, objects in objects_by_chart.items():
        (directory / f"{name}.yaml").write_text(yaml.safe_dump_all(objects, sort_keys=False))


def k8s_checkov_problems(objects_by_chart: dict[str, list[Obj]]) -> list[str]:
    """checkov's Kubernetes framework on the charts: failures, and skips without a written reason."""
    with tempfile.TemporaryDirectory() as tmp:
        write_manifests(objects_by_chart, Path(tmp))
        return checkov_problems(run_checkov(Path(tmp), "kubernetes"))


def all_gate_problems(objects: list[Obj], kubernetes_version: str) -> dict[str, list[str]]:
    """Every gate but checkov (which runs once per env as a subprocess), keyed by gate name."""
    return {
        "schema": schema_problems(objects, kubernetes_version),
        "custom-resources": custom_resource_problems(objects),
        "crd-structure": crd_structural_problems(objects),
        "images": image_problems(objects),
        "namespaces": namespace_problems(objects, kubernetes_version),
        "references": reference_problems(objects),
    }


def mutated(obj: Obj, path: str, value: Any) -> Obj:
    """A deep copy of `obj` with `path` (dotted, ints index lists) set to `value` (None deletes): for bad cases."""
    out = copy.deepcopy(obj)
    node: Any = out
    keys = [int(k) if k.isdigit() else k for k in path.split(".")]
    for key in keys[:-1]:
        node = node[key]
    if value is None:
        del node[keys[-1]]
    else:
        node[keys[-1]] = value
    return out


def to_json(objects: list[Obj]) -> str:
    return json.dumps(objects, sort_keys=True)
