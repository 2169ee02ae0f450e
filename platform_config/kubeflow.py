"""Kubeflow: team profiles (namespaces, quotas, contributors, data prefixes), notebooks, Katib, training.

Two blocks share this section: core/notebooks/Katib/training and pipelines, the managed
metadata database and login. Keep each block's keys together.
"""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import Field, field_validator, model_validator

from platform_config.base import FrozenModel

EMAIL = r"^[^@\s]+@[^@\s]+\.[^@\s]+$"
Email = Annotated[str, Field(pattern=EMAIL)]

# The platform's S3 data stores a team may be given (one bucket each, created or imported by the data stack),
# named by their bucket suffix (platform_config/data.py STORE_BUCKET_SUFFIXES). A profile's prefixes name a
# store and a path inside it: `offline-features/vision/`.
PLATFORM_DATA_STORES = ("collected-data", "offline-features", "models", "predictions", "metrics", "pipeline-artifacts")

# Namespaces a profile may not take: the system's and the platform's own.
RESERVED_NAMESPACES = frozenset({
    "default", "kubeflow", "kube-system", "kube-public", "kube-node-lease", "cert-manager", "emissary",
    "emissary-system", "monitoring", "seldon-system", "kube2iam", "amazon-cloudwatch",
})

# Kubernetes quantities: CPU in cores or millicores; memory with a binary or decimal suffix.
_CPU = re.compile(r"^([1-9][0-9]*m|[0-9]+(\.[0-9]{1,3})?)$")
_MEMORY = re.compile(r"^[1-9][0-9]*(Ki|Mi|Gi|Ti|k|M|G|T)?$")
_PREFIX_PATH = re.compile(r"^[a-z0-9][a-z0-9._-]*(/[a-z0-9][a-z0-9._-]*)*/$")


def check_cpu(value: str) -> str:
    if not _CPU.match(value) or value in {"0", "0m"} or float(value.rstrip("m") or 0) == 0:
        raise ValueError(f"{value!r} is not a CPU quantity like '16' or '500m'")
    return value


def check_memory(value: str) -> str:
    if not _MEMORY.match(value):
        raise ValueError(f"{value!r} is not a memory quantity like '64Gi' (suffix Ki, Mi, Gi, Ti)")
    return value


def check_s3_prefix(value: str) -> str:
    """`<store>/<path>/`: a store of the platform and a path below it (never a whole bucket, no wildcards)."""
    store, _, path = value.partition("/")
    if store not in PLATFORM_DATA_STORES:
        raise ValueError(
            f"{value!r} is outside the platform buckets: it must start with one of {', '.join(PLATFORM_DATA_STORES)}"
        )
    if not _PREFIX_PATH.match(path):
        raise ValueError(
            f"{value!r} must name a path inside the {store!r} store ending in '/', e.g. '{store}/team-a/' "
            "(lowercase segments, no wildcards, no '..', not the whole bucket)"
        )
    return value


class ProfileQuota(FrozenModel):
    """The profile namespace's ResourceQuota (requests), so one team cannot starve the others."""

    cpu: str = Field(default="16", description="Total CPU requests of the namespace, e.g. '16' or '500m'.")
    memory: str = Field(default="64Gi", description="Total memory requests (and limits) of the namespace, e.g. '64Gi'.")
    gpu: Annotated[int, Field(ge=0, le=512)] = Field(default=0, description="Total nvidia.com/gpu the namespace may request.")
    storage: str = Field(default="500Gi", description="Total capacity of the namespace's PersistentVolumeClaims.")
    pvcs: Annotated[int, Field(ge=1, le=1000)] = Field(default=20, description="Maximum PersistentVolumeClaims (notebook workspaces).")

    @field_validator("cpu")
    @classmethod
    def _cpu(cls, value: str) -> str:
        return check_cpu(value)

    @field_validator("memory", "storage")
    @classmethod
    def _memory(cls, value: str) -> str:
        return check_memory(value)


class Contributor(FrozenModel):
    """A user given access to someone else's profile, as KFAM would record it."""

    email: Email = Field(description="The user's SSO email (the kubeflow-userid header value).")
    role: Literal["edit", "view"] = Field(default="edit", description="kubeflow-edit or kubeflow-view in the profile namespace.")


class KubeflowProfile(FrozenModel):
    """A team (or user) profile: an isolated namespace with quota, access and its own data prefixes."""

    name: str = Field(
        pattern=r"^[a-z]([a-z0-9-]{0,28}[a-z0-9])?$",
        description="Profile and namespace name (DNS label, at most 30 characters so IAM role names fit).",
    )
    owner: Email = Field(description="Owner's SSO email; gets kubeflow-admin in the namespace.")
    contributors: tuple[Contributor, ...] = Field(default=(), description="Other users with edit or view access.")
    quota: ProfileQuota = Field(default_factory=ProfileQuota, description="Resource quota of the namespace.")
    s3_prefixes: tuple[str, ...] = Field(
        default=(), description="S3 prefixes the profile's workload identity may read and write: '<store>/<path>/', store one of collected-data, offline-features, models, predictions, metrics, pipeline-artifacts."
    )

    @field_validator("name")
    @classmethod
    def _not_reserved(cls, value: str) -> str:
        if value in RESERVED_NAMESPACES or value.startswith("kube-"):
            raise ValueError(f"{value!r} is a reserved namespace name")
        return value

    @field_validator("s3_prefixes")
    @classmethod
    def _prefixes(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        problems = []
        for index, item in enumerate(value):
            try:
                check_s3_prefix(item)
            except ValueError as exc:
                problems.append(f"[{index}] {exc}")
        if len(set(value)) != len(value):
            problems.append(f"repeated prefixes in {list(value)}")
        if problems:
            raise ValueError("; ".join(problems))
        return value

    @model_validator(mode="after")
    def _people(self) -> "KubeflowProfile":
        emails = [c.email.lower() for c in self.contributors]
        problems = []
        if self.owner.lower() in emails:
            problems.append(f"contributors: owner {self.owner!r} is already admin of profile {self.name!r}")
        dupes = sorted({e for e in emails if emails.count(e) > 1})
        if dupes:
            problems.append(f"contributors repeat {dupes} in profile {self.name!r}")
        if problems:
            raise ValueError("\n".join(problems))
        return self


class NotebooksConfig(FrozenModel):
    """Jupyter notebooks: idle culling and the spawner's defaults."""

    enable_culling: bool = Field(default=True, description="Stop notebooks idle longer than cull_idle_minutes.")
    cull_idle_minutes: Annotated[int, Field(ge=10, le=10080)] = Field(default=120, description="Idle minutes before a notebook is stopped.")
    idleness_check_period_minutes: Annotated[int, Field(ge=1, le=60)] = Field(default=5, description="How often idleness is checked (minutes).")
    workspace_size_gib: Annotated[int, Field(ge=1, le=1000)] = Field(default=20, description="Default workspace volume of a new notebook (GiB).")

    @model_validator(mode="after")
    def _periods(self) -> "NotebooksConfig":
        if self.idleness_check_period_minutes * 2 > self.cull_idle_minutes:
            raise ValueError(
                f"idleness_check_period_minutes={self.idleness_check_period_minutes} must be at most half of "
                f"cull_idle_minutes={self.cull_idle_minutes}"
            )
        return self


class KubeflowConfig(FrozenModel):
    """Kubeflow on the cluster."""

    # --- Kubeflow core (dashboard, profiles, PodDefaults), notebooks, Katib, training operator -------------
    admin_email: Email = Field(
        default="platform-admin@example.com", description="Kubeflow cluster admin (KFAM -cluster-admin): may manage every profile."
    )
    profiles: tuple[KubeflowProfile, ...] = Field(default=(), description="Team or user profiles.")
    notebooks: NotebooksConfig = Field(default_factory=NotebooksConfig, description="Jupyter notebooks.")
    katib_enabled: bool = Field(default=True, description="Deploy Katib (needs the managed database of the pipelines block).")
    training_operator_replicas: Annotated[int, Field(ge=1, le=3)] = Field(
        default=1, description="Training operator replicas (more than one uses leader election)."
    )
    examples_profile: str | None = Field(
        default=None, description="Profile that gets the worked examples (TFJob, MPIJob, Katib experiment); unset ships none."
    )
    # --- Kubeflow Pipelines, metadata database, login ------------------------------------------------------

    @model_validator(mode="after")
    def _profiles(self) -> "KubeflowConfig":
        problems = []
        names = [p.name for p in self.profiles]
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            problems.append(f"profiles: names must be unique, repeated: {dupes}")
        if self.examples_profile is not None and self.examples_profile not in names:
            problems.append(f"examples_profile={self.examples_profile!r} is not a configured profile (one of {names})")
        if self.examples_profile is not None and not self.katib_enabled:
            problems.append(f"examples_profile={self.examples_profile!r} needs katib_enabled=true (the examples include a Katib experiment)")
        claimed: list[tuple[str, str]] = []
        for profile in self.profiles:
            for prefix in profile.s3_prefixes:
                for other_name, other in claimed:
                    if other_name != profile.name and (prefix.startswith(other) or other.startswith(prefix)):
                        problems.append(
                            f"profiles[{names.index(profile.name)}].s3_prefixes: {prefix!r} of profile {profile.name!r} "
                            f"overlaps {other!r} of profile {other_name!r}: team data must not overlap"
                        )
            claimed.extend((profile.name, p) for p in profile.s3_prefixes)
        if problems:
            raise ValueError("\n".join(problems))
        return self
