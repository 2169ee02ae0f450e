"""One isolated namespace per configured team: the Profile, and everything that makes it a tenant.

We render declaratively what the v1.10.0 profile controller would otherwise create on the fly (namespace,
`namespaceAdmin` binding, default-editor/default-viewer service accounts and bindings) so isolation is
reviewable in `cdk diff` and does not depend on a controller's reconcile; the controller adopts the
namespace because its `owner` annotation matches the Profile's owner (profile_controller.go). On top we add
what upstream leaves out: PSS labels, NetworkPolicies with exact allows, a ResourceQuota and LimitRange,
KFAM-style contributor bindings, the FSx training-data claim and the team's AWS identity.

AWS identity per profile (the CDK side consumes `profile_identity_requests`):
- pod-identity: an EKS Pod Identity association for (namespace, `default-editor`) to the role named by
  `profile_role_name`, whose policy allows exactly the profile's S3 prefixes. Notebooks, training jobs and
  pipeline steps run as `default-editor`.
- kube2iam: the namespace annotation `iam.amazonaws.com/allowed-roles` lists only that role, and a PodDefault
  with an empty selector annotates every pod of the namespace with `iam.amazonaws.com/role`.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from typing import Mapping, Sequence

from constructs import Construct

from k8s_charts.base import INSTANCE_METADATA, POD_IDENTITY_AGENT, PlatformChart, object_metadata
from k8s_charts.imports import kubeflow as kf
from k8s_charts.kubeflow.common import (
    ChartEnv,
    GATEWAY_NAMESPACE, GATEWAY_POD_LABELS, GPU_RESOURCE, KUBEFLOW_VERSION, NAMESPACE, gpu_toleration, tenant_pods,
)
from k8s_charts.kubeflow.profiles_controller import PROFILE_NAMESPACE_LABELS
from k8s_charts.props import FsxRef, IdentityRef
from k8s_charts.storage import FSX_CLAIM as TRAINING_CLAIM
from k8s_charts.storage import FSX_STORAGE_CLASS
from platform_config.kubeflow import KubeflowProfile

EDITOR_SA = "default-editor"
VIEWER_SA = "default-viewer"
TRAINING_MOUNT = "/mnt/training-data"
PSS_REASON = (
    "Kubeflow notebook StatefulSets (notebook controller v1.10.0), Katib's injected metrics-collector sidecar and "
    "training-operator init containers set no restricted security context; baseline still forbids privileged, "
    "host namespaces and hostPath, and warnings still report anything short of restricted."
)


@dataclass(frozen=True)
class ProfileIdentityRequest:
    """What the CDK side must create for one profile: an IAM role named `role_name` allowing s3:GetObject,
    PutObject, DeleteObject on `<bucket of store>/<path>*` and ListBucket with that prefix condition for each
    `s3_prefixes` entry ('<store>/<path>/'), used by `service_account` in `namespace`."""

    profile: str
    namespace: str
    service_account: str
    role_name: str
    s3_prefixes: tuple[str, ...]


@dataclass(frozen=True)
class TrainingVolumeRequest:
    """A static PersistentVolume `volume_name` on the FSx file system, bound to `claim` in `namespace`."""

    namespace: str
    claim: str
    volume_name: str


def profile_role_name(project: str, environment: str, profile: str) -> str:
    """Deterministic IAM role name (<= 64 chars) so the namespace annotation can name it before deploy; a
    name too long for IAM keeps a hash of the full name so two profiles never collide."""
    name = f"{project}-{environment}-kf-{profile}"
    if len(name) <= 64:
        return name
    return f"{name[:55]}-{hashlib.sha256(name.encode()).hexdigest()[:8]}"


def profile_identity_requests(*, project: str, environment: str, profiles: Sequence[KubeflowProfile]) -> tuple[ProfileIdentityRequest, ...]:
    return tuple(
        ProfileIdentityRequest(profile=p.name, namespace=p.name, service_account=EDITOR_SA,
                               role_name=profile_role_name(project, environment, p.name), s3_prefixes=tuple(p.s3_prefixes))
        for p in profiles
    )


PROFILE_IDENTITY_PREFIX = "kf-"  # the cluster stack names each profile identity kf-<profile>


def profile_identity_component(profile: str) -> str:
    """The key of a profile's role in `ClusterServicesProps.identities`."""
    return f"{PROFILE_IDENTITY_PREFIX}{profile}"


def profile_identity_refs(*, project: str, environment: str, account: str,
                          profiles: Sequence[KubeflowProfile]) -> dict[str, IdentityRef]:
    """Conventional identities of the profiles (role ARNs by name) for `ClusterServicesProps.identities`; the
    cluster stack creates the role and the Pod Identity association per entry, with the policy of the
    matching `profile_identity_requests` entry."""
    return {
        profile_identity_component(p.name): IdentityRef(
            namespace=p.name, service_account=EDITOR_SA,
            role_arn=f"arn:aws:iam::{account}:role/{profile_role_name(project, environment, p.name)}")
        for p in profiles
    }


def training_volume_requests(profiles: Sequence[KubeflowProfile]) -> tuple[TrainingVolumeRequest, ...]:
    return tuple(TrainingVolumeRequest(namespace=p.name, claim=TRAINING_CLAIM, volume_name=training_volume_name(p.name))
                 for p in profiles)


def training_volume_name(namespace: str) -> str:
    """Same convention as the storage chart's training namespaces: one static PV per namespace."""
    return f"fsx-{namespace}"


def kfam_binding_name(email: str, role: str) -> str:
    """The RoleBinding name KFAM gives a contributor (kfam/bindings.go getBindingName), so KFAM lists ours."""
    return "-".join(["user", re.sub(r"[^a-zA-Z0-9]+", "-", email), "clusterrole", role]).lower()


@dataclass(frozen=True, kw_only=True)
class ProfilesProps(ChartEnv):
    profiles: Sequence[KubeflowProfile]
    project: str
    environment: str
    account: str
    region: str
    vpc_cidr: str
    bucket_names: Mapping[str, str]
    fsx: FsxRef | None
    # profile name -> the IAM role ARN its default-editor uses (ClusterServicesProps.identities).
    role_arns: Mapping[str, str]
    gateway_namespace: str = GATEWAY_NAMESPACE
    gateway_pod_labels: Mapping[str, str] = field(default_factory=lambda: dict(GATEWAY_POD_LABELS))


class KubeflowProfilesChart(PlatformChart):
    """Every configured profile; one chart so adding a team is one config entry and one reviewable diff."""

    def __init__(self, scope: Construct, construct_id: str, *, props: ProfilesProps) -> None:
        super().__init__(scope, construct_id, component="kubeflow-profiles", version=KUBEFLOW_VERSION,
                         kubernetes_version=props.kubernetes_version, identity_mode=props.identity_mode)
        missing = sorted({p.split("/", 1)[0] for prof in props.profiles for p in prof.s3_prefixes} - set(props.bucket_names))
        if missing:
            raise ValueError(f"bucket_names has no bucket for store(s) {missing} used by profile s3_prefixes")
        no_role = sorted({p.name for p in props.profiles} - set(props.role_arns))
        if no_role:
            raise ValueError(f"role_arns has no IAM role for profile(s) {no_role}")
        self.props = props
        for profile in props.profiles:
            self._profile(profile)

    def role_arn(self, profile: str) -> str:
        return self.props.role_arns[profile]

    def _profile(self, p: KubeflowProfile) -> None:
        ns = p.name
        labels = {k: v for k, v in PROFILE_NAMESPACE_LABELS.items() if v}
        # Under kube2iam the namespace allows exactly the team role (base chart writes the annotation).
        self.platform_namespace(ns, pss="baseline", pss_reason=PSS_REASON, labels=labels, annotations={"owner": p.owner},
                                allowed_roles=[self.role_arn(ns)])
        kf.Profile(self, f"Profile-{ns}", metadata=object_metadata(ns), spec=kf.ProfileSpec(owner=kf.ProfileSpecOwner(
            kind=kf.ProfileSpecOwnerKind.USER, name=p.owner, api_group="rbac.authorization.k8s.io")))
        self._rbac(p)
        self._quota(p)
        self._network(p)
        self._data(p)

    def _binding(self, ns: str, name: str, role: str, subject: dict, annotations: dict[str, str] | None = None) -> None:
        self.api(f"RoleBinding-{ns}-{name}", api_version="rbac.authorization.k8s.io/v1", kind="RoleBinding", name=name,
                 namespace=ns, annotations=annotations,
                 roleRef={"apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": role}, subjects=[subject])

    def _rbac(self, p: KubeflowProfile) -> None:
        ns = p.name
        user = lambda email: {"kind": "User", "name": email, "apiGroup": "rbac.authorization.k8s.io"}  # noqa: E731
        self._binding(ns, "namespaceAdmin", "kubeflow-admin", user(p.owner), {"user": p.owner, "role": "admin"})
        for c in p.contributors:
            self._binding(ns, kfam_binding_name(c.email, c.role), f"kubeflow-{c.role}", user(c.email),
                          {"user": c.email, "role": c.role})
        for sa, role in ((EDITOR_SA, "kubeflow-edit"), (VIEWER_SA, "kubeflow-view")):
            self.api(f"SA-{ns}-{sa}", api_version="v1", kind="ServiceAccount", name=sa, namespace=ns)
            self._binding(ns, sa, role, {"kind": "ServiceAccount", "name": sa, "namespace": ns})

    def _quota(self, p: KubeflowProfile) -> None:
        ns, q = p.name, p.quota
        self.api(f"ResourceQuota-{ns}", api_version="v1", kind="ResourceQuota", name="team-quota", namespace=ns, spec={"hard": {
            "requests.cpu": q.cpu, "requests.memory": q.memory, "limits.memory": q.memory,
            f"requests.{GPU_RESOURCE}": str(q.gpu), "requests.storage": q.storage, "persistentvolumeclaims": str(q.pvcs),
            "services.loadbalancers": "0", "services.nodeports": "0",
        }})
        # The quota counts requests and memory limits, so every container needs them: defaults for those
        # that set none (injected sidecars, quick experiments).
        self.api(f"LimitRange-{ns}", api_version="v1", kind="LimitRange", name="team-defaults", namespace=ns, spec={"limits": [{
            "type": "Container",
            "defaultRequest": {"cpu": "100m", "memory": "256Mi"},
            "default": {"memory": "1Gi"},
        }]})

    def _network(self, p: KubeflowProfile) -> None:
        ns, props = p.name, self.props
        same_ns = {"podSelector": {}}
        kubeflow = lambda name: {  # noqa: E731
            "namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": NAMESPACE}},
            "podSelector": {"matchLabels": {"app.kubernetes.io/name": name}},
        }
        tcp = lambda *ports: [{"protocol": "TCP", "port": port} for port in ports]  # noqa: E731
        # Distributed training (TF gRPC, Horovod/MPI, PyTorch c10d) talks pod to pod inside the team only.
        # Every pod but the notebook router (notebook_routes.py), which has only its own exact policies.
        tenant = tenant_pods()
        self.network_policy("allow-same-namespace", namespace=ns, pod_selector=tenant, policy_types=["Ingress", "Egress"],
                            ingress=[{"from": [same_ns]}], egress=[{"to": [same_ns]}])
        # The gateway reaches notebook servers only through the namespace's notebook router (it checks the user).
        self.network_policy("allow-kubeflow-ingress", namespace=ns, pod_selector=tenant, policy_types=["Ingress"], ingress=[
            # Culling: the notebook controller polls the Jupyter kernels API.
            {"from": [kubeflow("notebook-controller")], "ports": tcp(8888)},
            # Katib: the controller calls the suggestion (6789) and early-stopping (6788) services of an experiment.
            {"from": [kubeflow("katib-controller")], "ports": tcp(6789, 6788)},
        ])
        egress = [
            # Katib metrics collectors report to the DB manager.
            {"to": [kubeflow("katib-db-manager")], "ports": tcp(6789)},
            # The MPI launcher (kubectl exec into workers), the KFP SDK and kubectl in notebooks use the API server.
            {"to": [{"ipBlock": {"cidr": props.vpc_cidr}}], "ports": tcp(443)},
            # S3 (gateway endpoint, public S3 addresses), STS and package indexes over HTTPS; nothing else leaves.
            {"to": [{"ipBlock": {"cidr": "0.0.0.0/0", "except": [props.vpc_cidr, "169.254.0.0/16"]}}], "ports": tcp(443)},
        ]
        target = POD_IDENTITY_AGENT if self.identity_mode == "pod-identity" else INSTANCE_METADATA
        egress.append({"to": [{"ipBlock": {"cidr": target["cidr"]}}], "ports": tcp(target["port"])})
        self.network_policy("allow-platform-egress", namespace=ns, pod_selector=tenant, policy_types=["Egress"], egress=egress)

    def _data(self, p: KubeflowProfile) -> None:
        ns, props = p.name, self.props
        if props.fsx is not None:
            self._training_volume(ns, props.fsx)
        urls = [f"s3://{props.bucket_names[prefix.split('/', 1)[0]]}/{prefix.split('/', 1)[1]}" for prefix in p.s3_prefixes]
        self._pod_default(ns, "team-data", "Team S3 prefixes and AWS region", {"team-data": "true"}, env=[
            kf.PodDefaultSpecEnv(name="TEAM_S3_PREFIXES", value=",".join(urls)),
            kf.PodDefaultSpecEnv(name="AWS_REGION", value=props.region),
            kf.PodDefaultSpecEnv(name="AWS_DEFAULT_REGION", value=props.region),
        ])
        self._pod_default(ns, "fsx-training-data", f"Shared FSx for Lustre training data at {TRAINING_MOUNT}",
                          {"fsx-training-data": "true"},
                          volumes=[kf.PodDefaultSpecVolumes(name=TRAINING_CLAIM, persistent_volume_claim=(
                              kf.PodDefaultSpecVolumesPersistentVolumeClaim(claim_name=TRAINING_CLAIM)))],
                          volume_mounts=[kf.PodDefaultSpecVolumeMounts(name=TRAINING_CLAIM, mount_path=TRAINING_MOUNT)])
        toleration = gpu_toleration()
        self._pod_default(ns, "gpu-toleration", "Schedule onto the tainted GPU nodes", {"gpu-toleration": "true"},
                          tolerations=[kf.PodDefaultSpecTolerations(
                              key=toleration["key"], operator=kf.PodDefaultSpecTolerationsOperator.EXISTS,
                              effect=kf.PodDefaultSpecTolerationsEffect.NO_SCHEDULE)])
        if self.identity_mode == "kube2iam":
            # Empty selector: every pod of the namespace assumes the team role (the only one it may assume).
            self._pod_default(ns, "aws-identity", "kube2iam role of the team", None,
                              annotations={"iam.amazonaws.com/role": self.role_arn(ns)})

    def _training_volume(self, ns: str, fsx: FsxRef) -> None:
        """The FSx file system bound statically into the profile namespace (the storage chart's pattern:
        one PV per namespace naming the file system, claimed by `training-data`)."""
        volume = training_volume_name(ns)
        size = f"{fsx.storage_capacity_gib}Gi"
        self.api(f"PersistentVolume-{ns}", api_version="v1", kind="PersistentVolume", name=volume, spec={
            "capacity": {"storage": size}, "volumeMode": "Filesystem", "accessModes": ["ReadWriteMany"],
            "persistentVolumeReclaimPolicy": "Retain", "storageClassName": FSX_STORAGE_CLASS, "mountOptions": ["flock"],
            "claimRef": {"namespace": ns, "name": TRAINING_CLAIM},
            "csi": {"driver": "fsx.csi.aws.com", "volumeHandle": fsx.file_system_id,
                    "volumeAttributes": {"dnsname": fsx.dns_name, "mountname": fsx.mount_name}},
        })
        self.api(f"PVC-{ns}-{TRAINING_CLAIM}", api_version="v1", kind="PersistentVolumeClaim", name=TRAINING_CLAIM, namespace=ns,
                 spec={"accessModes": ["ReadWriteMany"], "storageClassName": FSX_STORAGE_CLASS, "volumeName": volume,
                       "resources": {"requests": {"storage": size}}})

    def _pod_default(self, ns: str, name: str, desc: str, match: dict[str, str] | None, **spec: object) -> kf.PodDefault:
        return kf.PodDefault(self, f"PodDefault-{ns}-{name}", metadata=object_metadata(name, namespace=ns),
                             spec=kf.PodDefaultSpec(desc=desc, selector=kf.PodDefaultSpecSelector(match_labels=match or None),
                                                    **spec))
