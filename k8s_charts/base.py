"""Shared chart framework: recommended labels, namespaces with Pod Security Standards and
default-deny NetworkPolicies, restricted security contexts, pinned images, workload helpers.

Every in-cluster component is a `PlatformChart` subclass with frozen, typed props. Custom resources the
platform authors are built from the classes `cdk8s import` generates (k8s_charts/imports/, `make imports`);
the rest are raw `cdk8s.ApiObject`s. All are validated by the Kubernetes gates in tests/k8s_charts/ against the
cluster version's schema and the CRDs the project ships. The helpers below exist because every
chart repeated them: a workload gets its ServiceAccount, identity, security contexts, probes,
topology spread and PodDisruptionBudget from one place, so the gates pass by construction.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any, Literal, Mapping, Sequence

import cdk8s
from constructs import Construct

PART_OF = "ml-platform"
PssLevel = Literal["restricted", "baseline", "privileged"]
IdentityMode = Literal["pod-identity", "kube2iam"]
_TAGGED_IMAGE = re.compile(r"^[a-z0-9.\-/:_]+(:[A-Za-z0-9_][A-Za-z0-9_.\-]{0,127}|@sha256:[a-f0-9]{64})$")
_MINOR = re.compile(r"^1\.\d{2}$")

# kube2iam reads the role from this pod annotation and checks it against the namespace's allow-list.
# https://github.com/jtblin/kube2iam#namespace-restrictions
KUBE2IAM_ROLE_ANNOTATION = "iam.amazonaws.com/role"
KUBE2IAM_ALLOWED_ROLES_ANNOTATION = "iam.amazonaws.com/allowed-roles"

# Where pods reach their AWS credentials (NetworkPolicy egress): the EKS Pod Identity agent listens on a
# link-local address on every node; under kube2iam the SDK calls IMDS, which kube2iam intercepts.
# https://docs.aws.amazon.com/eks/latest/userguide/pod-id-how-it-works.html
POD_IDENTITY_AGENT = {"cidr": "169.254.170.23/32", "port": 80}
INSTANCE_METADATA = {"cidr": "169.254.169.254/32", "port": 80}

# Tag-pinned upstream images: checkov's digest check (CKV_K8S_43) cannot pass without a registry lookup,
# which synth must never need. The tags are pinned per release in the chart props.
IMAGE_DIGEST_SKIP = "CKV_K8S_43=images are pinned to upstream release tags in the chart props; digests need a registry lookup"


def object_metadata(name: str, *, namespace: str | None = None, labels: Mapping[str, str] | None = None,
                    annotations: Mapping[str, str] | None = None) -> cdk8s.ApiObjectMetadata:
    """Metadata for a typed object (k8s_charts/imports/): the same fields `PlatformChart.api` writes."""
    return cdk8s.ApiObjectMetadata(name=name, namespace=namespace or None, labels=dict(labels) if labels else None,
                                   annotations=dict(annotations) if annotations else None)


def pinned_image(repository: str, tag: str) -> str:
    """`repo:tag`, refusing `latest` and empty tags: every image the platform runs is pinned."""
    if not tag or tag == "latest" or tag.endswith("-latest"):
        raise ValueError(f"image {repository!r} must be pinned to a version tag, got {tag!r}")
    image = f"{repository}@{tag}" if tag.startswith("sha256:") else f"{repository}:{tag}"
    if not _TAGGED_IMAGE.match(image):
        raise ValueError(f"image reference {image!r} is malformed")
    return image


def container_security_context(*, run_as_user: int = 65532, read_only_root: bool = True) -> dict[str, Any]:
    """The restricted-profile container context: non-root, no escalation, no capabilities, RuntimeDefault."""
    return {
        "runAsNonRoot": True,
        "runAsUser": run_as_user,
        "runAsGroup": run_as_user,
        "allowPrivilegeEscalation": False,
        "readOnlyRootFilesystem": read_only_root,
        "capabilities": {"drop": ["ALL"]},
        "seccompProfile": {"type": "RuntimeDefault"},
    }


def pod_security_context(*, fs_group: int = 65532) -> dict[str, Any]:
    return {"runAsNonRoot": True, "fsGroup": fs_group, "seccompProfile": {"type": "RuntimeDefault"}}


def resources(cpu: str, memory: str, *, cpu_limit: str | None = None, memory_limit: str | None = None) -> dict[str, Any]:
    """Requests and limits; memory limit defaults to the request (no overcommit), CPU limit to 4x the request."""
    return {
        "requests": {"cpu": cpu, "memory": memory},
        "limits": {"cpu": cpu_limit or _times(cpu, 4), "memory": memory_limit or memory},
    }


def _times(cpu: str, factor: int) -> str:
    return f"{int(cpu[:-1]) * factor}m" if cpu.endswith("m") else str(float(cpu) * factor).rstrip("0").rstrip(".")


def http_probe(path: str, port: int | str, *, scheme: str | None = "HTTP", initial_delay: int = 5, period: int = 10,
               failure_threshold: int = 3, timeout: int = 5) -> dict[str, Any]:
    """An HTTP GET probe; `scheme=None` leaves the scheme to the API server's default (HTTP)."""
    get: dict[str, Any] = {"path": path, "port": port}
    if scheme is not None:
        get["scheme"] = scheme
    return {"httpGet": get, "initialDelaySeconds": initial_delay, "periodSeconds": period,
            "failureThreshold": failure_threshold, "timeoutSeconds": timeout}


def tcp_probe(port: int | str, *, initial_delay: int = 5, period: int = 10, timeout: int = 5) -> dict[str, Any]:
    return {"tcpSocket": {"port": port}, "initialDelaySeconds": initial_delay, "periodSeconds": period, "timeoutSeconds": timeout}


# A writable /tmp on a read-only root filesystem: mount TMP_MOUNT in the container, add tmp_volume() to the pod.
TMP_MOUNT = {"name": "tmp", "mountPath": "/tmp"}


def tmp_volume(size_limit: str, *, memory: bool = False) -> dict[str, Any]:
    """The emptyDir behind TMP_MOUNT, capped at `size_limit`; `memory` backs it with tmpfs."""
    return {"name": "tmp", "emptyDir": {**({"medium": "Memory"} if memory else {}), "sizeLimit": size_limit}}


def container(name: str, image: str, *, ports: Sequence[tuple[str, int]] = (), args: Sequence[str] | None = None,
              command: Sequence[str] | None = None, env: Mapping[str, Any] | Sequence[dict[str, Any]] | None = None,
              resources_: dict[str, Any], liveness: dict[str, Any] | None, readiness: dict[str, Any] | None,
              security_context: dict[str, Any] | None = None, volume_mounts: Sequence[dict[str, Any]] = (),
              protocol: str | None = "TCP", **extra: Any) -> dict[str, Any]:
    """A container with the platform defaults: pinned image pulled Always, restricted context, named ports.

    `liveness`/`readiness` are required keyword arguments: pass None only where the process has nothing to
    probe (and the chart skips checkov's probe check on that object with the reason). `env` is a mapping
    name -> value (or {"valueFrom": ...}) or a list of ready EnvVar dicts; `protocol=None` omits the port
    protocol (the API server defaults it to TCP).
    """
    spec: dict[str, Any] = {"name": name, "image": image, "imagePullPolicy": "Always"}
    if command is not None:
        spec["command"] = list(command)
    if args is not None:
        spec["args"] = list(args)
    if env and isinstance(env, Mapping):
        spec["env"] = [
            {"name": k, **({"valueFrom": v["valueFrom"]} if isinstance(v, dict) else {"value": str(v)})}
            for k, v in env.items()
        ]
    elif env:
        spec["env"] = list(env)
    if ports:
        spec["ports"] = [{"name": port_name, "containerPort": number, **({"protocol": protocol} if protocol else {})}
                         for port_name, number in ports]
    spec["resources"] = resources_
    if liveness is not None:
        spec["livenessProbe"] = liveness
    if readiness is not None:
        spec["readinessProbe"] = readiness
    spec["securityContext"] = security_context if security_context is not None else container_security_context()
    if volume_mounts:
        spec["volumeMounts"] = list(volume_mounts)
    spec.update(extra)
    return spec


def checkov_skips(*skips: str) -> dict[str, str]:
    """`checkov.io/skipN` annotations; each skip is `CKV_K8S_xx=reason` (checkov reads them per object)."""
    out = {}
    for index, skip in enumerate(skips, start=1):
        rule, _, reason = skip.partition("=")
        if not re.fullmatch(r"CKV2?_K8S_\d+", rule) or len(reason.strip()) < 20:
            raise ValueError(f"checkov skip {skip!r} must be 'CKV_K8S_<n>=<reason of at least 20 characters>'")
        out[f"checkov.io/skip{index}"] = skip
    return out


@dataclass(frozen=True, kw_only=True)
class WorkloadIdentity:
    """The AWS role a component's pods assume, and how (`stage.cluster.identities` supplies these).

    Under EKS Pod Identity the association (namespace, service account) -> role lives in AWS, so the
    objects carry nothing. Under kube2iam the pod names its role in an annotation and the namespace
    lists the roles its pods may take.
    """

    mode: IdentityMode
    namespace: str
    service_account: str
    role_arn: str

    def pod_annotations(self) -> dict[str, str]:
        return {KUBE2IAM_ROLE_ANNOTATION: self.role_arn} if self.mode == "kube2iam" else {}

    def credentials_egress(self) -> dict[str, Any]:
        """The NetworkPolicy egress rule that lets the pod's SDK fetch credentials in this mode."""
        target = POD_IDENTITY_AGENT if self.mode == "pod-identity" else INSTANCE_METADATA
        return {"to": [{"ipBlock": {"cidr": target["cidr"]}}], "ports": [{"protocol": "TCP", "port": target["port"]}]}


class PlatformChart(cdk8s.Chart):
    """A chart of one platform component; every object carries the recommended labels.

    `kubernetes_version` is the cluster's minor ("1.35"): namespaces pin `enforce-version` to it, so a
    cluster upgrade does not silently tighten or loosen the Pod Security profile.
    """

    def __init__(self, scope: Construct, construct_id: str, *, component: str, version: str,
                 kubernetes_version: str, identity_mode: IdentityMode = "pod-identity") -> None:
        if not _MINOR.match(kubernetes_version):
            raise ValueError(f"kubernetes_version must be a minor like '1.35', got {kubernetes_version!r}")
        # No chart-level namespace: cdk8s would stamp it on cluster-scoped objects too.
        super().__init__(
            scope,
            construct_id,
            labels={
                "app.kubernetes.io/part-of": PART_OF,
                "app.kubernetes.io/managed-by": "cdk8s",
                "app.kubernetes.io/component": component,
                "app.kubernetes.io/version": version,
            },
            disable_resource_name_hashes=True,
        )
        self.component = component
        self.kubernetes_version = kubernetes_version
        self.identity_mode = identity_mode

    # ----------------------------------------------------------------- raw objects

    def api(self, construct_id: str, *, api_version: str, kind: str, name: str, namespace: str | None = None,
            spec: dict[str, Any] | None = None, labels: dict[str, str] | None = None,
            annotations: dict[str, str] | None = None, **fields: Any) -> cdk8s.ApiObject:
        """A raw Kubernetes object; `fields` are top-level keys other than metadata (data, rules, ...)."""
        metadata: dict[str, Any] = {"name": name}
        if namespace:
            metadata["namespace"] = namespace
        if labels:
            metadata["labels"] = labels
        if annotations:
            metadata["annotations"] = annotations
        body = dict(fields)
        if spec is not None:
            body["spec"] = spec
        obj = cdk8s.ApiObject(self, construct_id, api_version=api_version, kind=kind, metadata=metadata)
        for key, value in body.items():
            obj.add_json_patch(cdk8s.JsonPatch.add(f"/{key}", value))
        return obj

    # ----------------------------------------------------------------- namespaces and network policy

    def platform_namespace(self, name: str, *, pss: PssLevel = "restricted", pss_reason: str | None = None,
                           labels: dict[str, str] | None = None, annotations: dict[str, str] | None = None,
                           allowed_roles: Sequence[str] = ()) -> cdk8s.ApiObject:
        """A namespace with Pod Security Standard labels and a default-deny NetworkPolicy plus DNS egress.

        Anything weaker than `restricted` must say why (it is recorded as an annotation). Under kube2iam the
        namespace lists the roles its pods may assume (`allowed_roles`; an empty list allows none).
        """
        if pss != "restricted" and not pss_reason:
            raise ValueError(f"namespace {name!r}: pss={pss!r} needs pss_reason saying why restricted is not possible")
        ns_labels = {
            "pod-security.kubernetes.io/enforce": pss,
            "pod-security.kubernetes.io/enforce-version": f"v{self.kubernetes_version}",
            "pod-security.kubernetes.io/audit": pss,
            "pod-security.kubernetes.io/audit-version": f"v{self.kubernetes_version}",
            "pod-security.kubernetes.io/warn": "restricted",
            "pod-security.kubernetes.io/warn-version": f"v{self.kubernetes_version}",
            **(labels or {}),
        }
        ns_annotations = dict(annotations or {})
        if pss_reason:
            ns_annotations["ml-platform/pod-security-reason"] = pss_reason
        if self.identity_mode == "kube2iam":
            ns_annotations[KUBE2IAM_ALLOWED_ROLES_ANNOTATION] = json.dumps(sorted(set(allowed_roles)))
        namespace = self.api(f"Namespace-{name}", api_version="v1", kind="Namespace", name=name,
                             labels=ns_labels, annotations=ns_annotations or None)
        self.network_policy("default-deny", namespace=name, pod_selector={}, policy_types=["Ingress", "Egress"])
        self.network_policy(
            "allow-dns", namespace=name, pod_selector={}, policy_types=["Egress"],
            egress=[{
                "to": [{"namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": "kube-system"}},
                        "podSelector": {"matchLabels": {"k8s-app": "kube-dns"}}}],
                "ports": [{"protocol": "UDP", "port": 53}, {"protocol": "TCP", "port": 53}],
            }],
        )
        return namespace

    def network_policy(self, name: str, *, namespace: str, pod_selector: dict[str, Any], policy_types: Sequence[str],
                       ingress: list[dict[str, Any]] | None = None, egress: list[dict[str, Any]] | None = None) -> cdk8s.ApiObject:
        spec: dict[str, Any] = {"podSelector": pod_selector, "policyTypes": list(policy_types)}
        if ingress is not None:
            spec["ingress"] = ingress
        if egress is not None:
            spec["egress"] = egress
        return self.api(f"NetworkPolicy-{namespace}-{name}", api_version="networking.k8s.io/v1", kind="NetworkPolicy",
                        name=name, namespace=namespace, spec=spec)

    def allow_api_server_egress(self, *, namespace: str, pod_selector: dict[str, Any], vpc_cidr: str,
                                name: str = "allow-apiserver-egress") -> cdk8s.ApiObject:
        """Egress to the EKS API server: its private endpoint ENIs live in the VPC, on 443."""
        return self.network_policy(
            name, namespace=namespace, pod_selector=pod_selector, policy_types=["Egress"],
            egress=[{"to": [{"ipBlock": {"cidr": vpc_cidr}}], "ports": [{"protocol": "TCP", "port": 443}]}],
        )

    def allow_ingress(self, name: str, *, namespace: str, app: str, ports: Sequence[int],
                      from_: Sequence[dict[str, Any]]) -> cdk8s.ApiObject:
        """Ingress to the pods of `app` on `ports` from the given peers (namespace/pod selectors or ipBlocks)."""
        return self.network_policy(
            name, namespace=namespace, pod_selector={"matchLabels": {"app.kubernetes.io/name": app}},
            policy_types=["Ingress"],
            ingress=[{"from": list(from_), "ports": [{"protocol": "TCP", "port": p} for p in ports]}],
        )

    def allow_egress(self, name: str, *, namespace: str, app: str, rules: Sequence[dict[str, Any]]) -> cdk8s.ApiObject:
        return self.network_policy(
            name, namespace=namespace, pod_selector={"matchLabels": {"app.kubernetes.io/name": app}},
            policy_types=["Egress"], egress=list(rules),
        )

    @staticmethod
    def peer(namespace: str, app: str | None = None) -> dict[str, Any]:
        """A NetworkPolicy peer: pods of `app` (or all pods) in `namespace`."""
        peer: dict[str, Any] = {"namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": namespace}}}
        if app:
            peer["podSelector"] = {"matchLabels": {"app.kubernetes.io/name": app}}
        return peer

    # ----------------------------------------------------------------- identity and RBAC

    def service_account(self, name: str, *, namespace: str, automount: bool = False) -> cdk8s.ApiObject:
        """A ServiceAccount. Identity never goes on it (Pod Identity maps it in AWS; kube2iam annotates the pod)."""
        return self.api(f"ServiceAccount-{namespace}-{name}", api_version="v1", kind="ServiceAccount", name=name,
                        namespace=namespace, automountServiceAccountToken=automount)

    def cluster_role(self, name: str, *, rules: Sequence[dict[str, Any]], annotations: dict[str, str] | None = None,
                     labels: dict[str, str] | None = None, bind_to: tuple[str, str] | None = None,
                     aggregate_from: Mapping[str, str] | None = None) -> cdk8s.ApiObject:
        """A ClusterRole, bound to the ServiceAccount `bind_to=(namespace, name)` when given; `aggregate_from`
        makes it an aggregated role collecting the rules of ClusterRoles with those labels."""
        aggregation = ({"aggregationRule": {"clusterRoleSelectors": [{"matchLabels": dict(aggregate_from)}]}}
                       if aggregate_from else {})
        role = self.api(f"ClusterRole-{name}", api_version="rbac.authorization.k8s.io/v1", kind="ClusterRole", name=name,
                        labels=labels, annotations=annotations, rules=list(rules), **aggregation)
        if bind_to:
            self.api(f"ClusterRoleBinding-{name}", api_version="rbac.authorization.k8s.io/v1", kind="ClusterRoleBinding",
                     name=name, roleRef={"apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": name},
                     subjects=[{"kind": "ServiceAccount", "name": bind_to[1], "namespace": bind_to[0]}])
        return role

    def role(self, name: str, *, namespace: str, rules: Sequence[dict[str, Any]], bind_to: tuple[str, str] | None = None,
             annotations: dict[str, str] | None = None) -> cdk8s.ApiObject:
        """A namespaced Role, bound to the ServiceAccount `bind_to=(namespace, name)` when given."""
        role = self.api(f"Role-{namespace}-{name}", api_version="rbac.authorization.k8s.io/v1", kind="Role", name=name,
                        namespace=namespace, annotations=annotations, rules=list(rules))
        if bind_to:
            self.api(f"RoleBinding-{namespace}-{name}", api_version="rbac.authorization.k8s.io/v1", kind="RoleBinding",
                     name=name, namespace=namespace,
                     roleRef={"apiGroup": "rbac.authorization.k8s.io", "kind": "Role", "name": name},
                     subjects=[{"kind": "ServiceAccount", "name": bind_to[1], "namespace": bind_to[0]}])
        return role

    # ----------------------------------------------------------------- workloads

    def config_map(self, name: str, *, namespace: str, data: Mapping[str, str]) -> cdk8s.ApiObject:
        return self.api(f"ConfigMap-{namespace}-{name}", api_version="v1", kind="ConfigMap", name=name,
                        namespace=namespace, data=dict(data))

    def _pod_spec(self, *, app: str, selector: Mapping[str, str], pod_labels: Mapping[str, str] | None,
                  service_account: str, containers: Sequence[dict[str, Any]],
                  identity: WorkloadIdentity | None, volumes: Sequence[dict[str, Any]], node_selector: Mapping[str, str] | None,
                  tolerations: Sequence[dict[str, Any]], affinity: dict[str, Any] | None, automount_token: bool,
                  pod_security: dict[str, Any] | None, init_containers: Sequence[dict[str, Any]],
                  pod_annotations: Mapping[str, str] | None, priority_class: str | None,
                  spread_keys: Sequence[str], extra_pod: Mapping[str, Any] | None) -> dict[str, Any]:
        if identity is not None and identity.service_account != service_account:
            raise ValueError(f"{app}: identity is for service account {identity.service_account!r}, pod runs as {service_account!r}")
        annotations = {**(identity.pod_annotations() if identity else {}), **(pod_annotations or {})}
        pod: dict[str, Any] = {
            "serviceAccountName": service_account,
            "automountServiceAccountToken": automount_token,
            "securityContext": pod_security if pod_security is not None else pod_security_context(),
            "containers": list(containers),
        }
        if init_containers:
            pod["initContainers"] = list(init_containers)
        if volumes:
            pod["volumes"] = list(volumes)
        if node_selector:
            pod["nodeSelector"] = dict(node_selector)
        if tolerations:
            pod["tolerations"] = list(tolerations)
        if affinity:
            pod["affinity"] = affinity
        if priority_class:
            pod["priorityClassName"] = priority_class
        if spread_keys:
            pod["topologySpreadConstraints"] = [
                {"maxSkew": 1, "topologyKey": key, "whenUnsatisfiable": "ScheduleAnyway",
                 "labelSelector": {"matchLabels": dict(selector)}}
                for key in spread_keys
            ]
        pod.update(extra_pod or {})
        template: dict[str, Any] = {"metadata": {"labels": {**selector, **(pod_labels or {})}}, "spec": pod}
        if annotations:
            template["metadata"]["annotations"] = annotations
        return template

    def workload(self, kind: Literal["Deployment", "DaemonSet", "StatefulSet"], app: str, *, namespace: str,
                 containers: Sequence[dict[str, Any]], service_account: str, replicas: int = 1,
                 identity: WorkloadIdentity | None = None, volumes: Sequence[dict[str, Any]] = (),
                 node_selector: Mapping[str, str] | None = None, tolerations: Sequence[dict[str, Any]] = (),
                 affinity: dict[str, Any] | None = None, api_access: str | None = None,
                 pod_security: dict[str, Any] | None = None, init_containers: Sequence[dict[str, Any]] = (),
                 pod_annotations: Mapping[str, str] | None = None, priority_class: str | None = None,
                 skips: Sequence[str] = (), pdb_min_available: int | None = None,
                 volume_claim_templates: Sequence[dict[str, Any]] = (), service_name: str | None = None,
                 extra_pod: Mapping[str, Any] | None = None, strategy: dict[str, Any] | None = None,
                 labels: Mapping[str, str] | None = None, pod_labels: Mapping[str, str] | None = None,
                 spread_keys: Sequence[str] | None = None, revision_history_limit: int | None = None) -> cdk8s.ApiObject:
        """A Deployment, DaemonSet or StatefulSet of pods labelled `app.kubernetes.io/name=<app>`.

        Replicated Deployments/StatefulSets spread over zones and hosts and get a PodDisruptionBudget
        (`pdb_min_available`, default replicas-1) so node drains never take the whole component down.
        `skips` are checkov skips (`CKV_K8S_xx=reason`) for this object; the image-digest skip is implied.
        `api_access` says why the pods talk to the Kubernetes API: only then is the token mounted.
        `labels` replace the `app.kubernetes.io/name` selector (object, pod, PDB and spread selectors);
        `spread_keys`, when given, are the topology keys to spread over whatever the replica count.
        """
        automount_token = api_access is not None
        if automount_token:
            skips = (*skips, f"CKV_K8S_38=the pods call the Kubernetes API: {api_access}")
        replicated = kind != "DaemonSet" and replicas > 1
        selector = dict(labels) if labels else {"app.kubernetes.io/name": app}
        if spread_keys is None:
            spread_keys = ("topology.kubernetes.io/zone", "kubernetes.io/hostname") if replicated else ()
        template = self._pod_spec(
            app=app, selector=selector, pod_labels=pod_labels, service_account=service_account, containers=containers,
            identity=identity, volumes=volumes, node_selector=node_selector, tolerations=tolerations, affinity=affinity,
            automount_token=automount_token, pod_security=pod_security, init_containers=init_containers,
            pod_annotations=pod_annotations, priority_class=priority_class, spread_keys=spread_keys, extra_pod=extra_pod,
        )
        spec: dict[str, Any] = {"selector": {"matchLabels": selector}, "template": template}
        if kind != "DaemonSet":
            spec = {"replicas": replicas, **spec}
        if revision_history_limit is not None:
            spec["revisionHistoryLimit"] = revision_history_limit
        if kind == "StatefulSet":
            spec["serviceName"] = service_name or app
            if volume_claim_templates:
                spec["volumeClaimTemplates"] = list(volume_claim_templates)
        if strategy:
            spec["updateStrategy" if kind != "Deployment" else "strategy"] = strategy
        obj = self.api(f"{kind}-{namespace}-{app}", api_version="apps/v1", kind=kind, name=app, namespace=namespace,
                       labels=dict(selector), annotations=checkov_skips(IMAGE_DIGEST_SKIP, *skips), spec=spec)
        if replicated:
            self.api(f"PodDisruptionBudget-{namespace}-{app}", api_version="policy/v1", kind="PodDisruptionBudget",
                     name=app, namespace=namespace,
                     spec={"minAvailable": pdb_min_available if pdb_min_available is not None else replicas - 1,
                           "selector": {"matchLabels": dict(selector)}})
        return obj

    def service(self, name: str, *, namespace: str, app: str, ports: Sequence[tuple[str, int, str]],
                type_: str = "ClusterIP", annotations: dict[str, str] | None = None, headless: bool = False,
                **spec_extra: Any) -> cdk8s.ApiObject:
        """A Service selecting the pods of `app`; each port is (name, port, target container port name)."""
        spec: dict[str, Any] = {
            "type": type_,
            "selector": {"app.kubernetes.io/name": app},
            "ports": [{"name": n, "port": p, "targetPort": t, "protocol": "TCP"} for n, p, t in ports],
            **spec_extra,
        }
        if headless:
            spec["clusterIP"] = "None"
        return self.api(f"Service-{namespace}-{name}", api_version="v1", kind="Service", name=name, namespace=namespace,
                        labels={"app.kubernetes.io/name": app}, annotations=annotations, spec=spec)

    # ----------------------------------------------------------------- custom resource definitions

    def crd(self, *, group: str, kind: str, plural: str, versions: Sequence[tuple[str, dict[str, Any], bool, bool]],
            scope: Literal["Namespaced", "Cluster"] = "Namespaced", short_names: Sequence[str] = (),
            categories: Sequence[str] = (), conversion: dict[str, Any] | None = None,
            labels: dict[str, str] | None = None, annotations: dict[str, str] | None = None) -> cdk8s.ApiObject:
        """A CustomResourceDefinition; `versions` are (name, spec schema, served, storage).

        The schemas are the platform's own statement of what its custom resources may contain: the CR gate
        validates every object against them with unknown fields rejected, so a typo fails the tests, not
        the apply. Each spec schema is wrapped in the usual apiVersion/kind/metadata envelope.
        """
        names: dict[str, Any] = {"kind": kind, "listKind": f"{kind}List", "plural": plural, "singular": kind.lower()}
        if short_names:
            names["shortNames"] = list(short_names)
        if categories:
            names["categories"] = list(categories)
        spec: dict[str, Any] = {
            "group": group, "names": names, "scope": scope,
            "versions": [
                {"name": name, "served": served, "storage": storage, "schema": {"openAPIV3Schema": {
                    "type": "object",
                    "properties": {"apiVersion": {"type": "string"}, "kind": {"type": "string"},
                                   "metadata": {"type": "object"}, **schema},
                }}, **({"subresources": {"status": {}}} if "status" in schema else {})}
                for name, schema, served, storage in versions
            ],
        }
        if conversion:
            spec["conversion"] = conversion
        return self.api(f"CRD-{plural}.{group}", api_version="apiextensions.k8s.io/v1", kind="CustomResourceDefinition",
                        name=f"{plural}.{group}", labels=labels, annotations=annotations, spec=spec)


def oas(properties: dict[str, Any] | None = None, *, required: Sequence[str] = (), preserve: bool = False,
        **extra: Any) -> dict[str, Any]:
    """An OpenAPI object schema (for CRDs); `preserve` keeps unknown fields (free-form upstream structures)."""
    schema: dict[str, Any] = {"type": "object"}
    if properties is not None:
        schema["properties"] = properties
    if required:
        schema["required"] = list(required)
    if preserve:
        schema["x-kubernetes-preserve-unknown-fields"] = True
    schema.update(extra)
    return schema


STR = {"type": "string"}
INT = {"type": "integer"}
BOOL = {"type": "boolean"}
STR_LIST = {"type": "array", "items": {"type": "string"}}
STR_MAP = {"type": "object", "additionalProperties": {"type": "string"}}
ANY_OBJ = {"type": "object", "x-kubernetes-preserve-unknown-fields": True}
