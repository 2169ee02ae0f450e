"""Identity and access of one environment: who gets which permission set there, IAM role -> Kubernetes group mapping.

Identity Center itself (instance, permission set names, the directory) is configured once for every environment in
config/identity.yaml (`platform_config/identity_center.py`).
"""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import AfterValidator, BeforeValidator, Field, field_validator

from platform_config.base import FrozenModel

# https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_CreatePermissionSet.html (InstanceArn)
INSTANCE_ARN = r"^arn:aws(-cn|-us-gov)?:sso:::instance/(sso)?ins-[a-zA-Z0-9-.]{16}$"
# https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_CreateAccountAssignment.html (PrincipalId)
GROUP_ID = r"^([0-9a-f]{10}-|)[A-Fa-f0-9]{8}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{12}$"
# Identity Center creates `AWSReservedSSO_<permission set name>_<16 hex>` under this path in each assigned account.
# https://docs.aws.amazon.com/singlesignon/latest/userguide/referencingpermissionsets.html
SSO_ROLE_ARN = re.compile(
    r"^arn:aws(-cn|-us-gov)?:iam::(?P<account>\d{12}):role/aws-reserved/sso\.amazonaws\.com/([a-z0-9-]+/)?"
    r"AWSReservedSSO_(?P<permission_set>[\w+=,.@-]+)_[0-9a-f]{16}$"
)
IAM_PRINCIPAL_ARN = re.compile(r"^arn:aws(-cn|-us-gov)?:iam::(?P<account>\d{12}):(role|user)/[\w+=,.@/-]{1,512}$")
MAX_PERMISSION_SET_NAME = 32

AccessPolicy = Literal["AmazonEKSClusterAdminPolicy", "AmazonEKSAdminPolicy", "AmazonEKSEditPolicy", "AmazonEKSViewPolicy"]
Namespace = Annotated[str, Field(pattern=r"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$")]


def _check_group(value: str) -> str:
    # EKS rejects access-entry groups starting with `system:` (reserved for Kubernetes itself).
    if value.startswith("system:"):
        raise ValueError(f"{value!r}: Kubernetes groups starting with 'system:' are reserved")
    return value


KubernetesGroup = Annotated[str, Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9:._-]{0,62}$"), AfterValidator(_check_group)]


class PermissionSetConfig(FrozenModel):
    """One IAM Identity Center permission set: who gets it here and what its role may do in Kubernetes."""

    group_ids: tuple[Annotated[str, Field(pattern=GROUP_ID)], ...] = Field(
        default=(), description="Identity Center group IDs assigned this permission set in the environment's account (by the identity stack, config/identity.yaml)."
    )
    role_arn: str | None = Field(
        default=None,
        description="ARN of the AWSReservedSSO_<name>_<suffix> role Identity Center created in the account (known after the first assignment); unset maps no Kubernetes access.",
    )
    kubernetes_groups: tuple[KubernetesGroup, ...] = Field(default=(), description="Kubernetes groups the role's sessions belong to (RBAC subjects).")
    access_policy: AccessPolicy = Field(default="AmazonEKSViewPolicy", description="EKS access policy associated with the role.")
    namespaces: tuple[Namespace, ...] = Field(default=(), description="Namespaces the access policy is scoped to; empty means the whole cluster.")
    session_duration_hours: Annotated[int, Field(ge=1, le=12)] = Field(default=8, description="SSO session length (hours).")

    @field_validator("role_arn")
    @classmethod
    def _role(cls, value: str | None) -> str | None:
        if value is not None and not SSO_ROLE_ARN.match(value):
            raise ValueError(
                f"{value!r} is not an Identity Center role ARN like "
                "'arn:aws:iam::111111111111:role/aws-reserved/sso.amazonaws.com/eu-west-1/AWSReservedSSO_<name>_0123456789abcdef'"
            )
        return value


class PermissionSetsConfig(FrozenModel):
    """The four permission sets of the platform, each scoped to this environment's resources."""

    platform_admin: PermissionSetConfig = Field(
        default_factory=lambda: PermissionSetConfig(
            kubernetes_groups=("platform-admins",), access_policy="AmazonEKSClusterAdminPolicy", session_duration_hours=1
        ),
        description="Operates the platform: administers its resources and the cluster.",
    )
    ml_engineer: PermissionSetConfig = Field(
        default_factory=lambda: PermissionSetConfig(
            kubernetes_groups=("ml-engineers",), access_policy="AmazonEKSEditPolicy", namespaces=("ml-engineering",)
        ),
        description="Builds pipelines, pushes model images, deploys models.",
    )
    data_scientist: PermissionSetConfig = Field(
        default_factory=lambda: PermissionSetConfig(
            kubernetes_groups=("data-scientists",), access_policy="AmazonEKSEditPolicy", namespaces=("data-science",)
        ),
        description="Explores data and features, trains models in notebooks.",
    )
    read_only: PermissionSetConfig = Field(
        default_factory=lambda: PermissionSetConfig(kubernetes_groups=("platform-viewers",), access_policy="AmazonEKSViewPolicy"),
        description="Auditors and support: reads configuration and metrics, no data.",
    )

    def items(self) -> tuple[tuple[str, PermissionSetConfig], ...]:
        """(`platform_admin`, config) pairs in a fixed order."""
        return tuple((name, getattr(self, name)) for name in type(self).model_fields)


class AccessMappingConfig(FrozenModel):
    """An IAM role or user (not from Identity Center) mapped to Kubernetes groups, e.g. a CI deploy role."""

    principal_arn: str = Field(description="IAM role or user ARN in the environment's account.")
    kubernetes_groups: tuple[KubernetesGroup, ...] = Field(default=(), description="Kubernetes groups.")
    access_policy: AccessPolicy = Field(default="AmazonEKSViewPolicy", description="EKS access policy.")
    namespaces: tuple[Namespace, ...] = Field(default=(), description="Namespaces the policy is scoped to; empty means the whole cluster.")

    @field_validator("principal_arn")
    @classmethod
    def _arn(cls, value: str) -> str:
        if not IAM_PRINCIPAL_ARN.match(value):
            raise ValueError(f"{value!r} is not an IAM role or user ARN")
        return value


class DirectoryConfig(FrozenModel):
    """AWS Managed Microsoft AD, for organisations that federate from Active Directory."""

    name: str = Field(pattern=r"^([a-zA-Z0-9]+[\.-])+([a-zA-Z0-9])+$", description="Fully qualified domain name, e.g. corp.example.com.")
    short_name: str = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9-]{0,14}$", description="NetBIOS name (up to 15 characters).")
    edition: Literal["Standard", "Enterprise"] = Field(default="Standard", description="Standard or Enterprise edition.")


IDENTITY_CENTER_FILE_NAME = "config/identity.yaml"


def _moved(key: str) -> BeforeValidator:
    """A key that no longer belongs in an environment file: naming it is an error that says where it went."""

    def reject(value: object) -> None:
        raise ValueError(
            f"{value!r}: moved to {IDENTITY_CENTER_FILE_NAME} ({key}). Identity Center permission sets and assignments "
            "can only be created in the management or delegated administrator account, so one identity stack there "
            "holds them for every environment (docs/platform-engineer.md, Identity Center account)"
        )

    return BeforeValidator(reject)


class IdentityConfig(FrozenModel):
    """Who may use the platform in this environment, and what they may do in AWS and in Kubernetes."""

    permission_sets: PermissionSetsConfig = Field(default_factory=PermissionSetsConfig, description="Permission sets and their Kubernetes access.")
    additional_access: tuple[AccessMappingConfig, ...] = Field(default=(), description="Other IAM principals mapped to Kubernetes groups.")
    # Former keys, kept only to reject them with the place they moved to (excluded from dumps and the reference).
    identity_center_instance_arn: Annotated[None, _moved("instance_arn")] = Field(default=None, exclude=True, repr=False)
    permission_set_prefix: Annotated[None, _moved("permission_set_prefix")] = Field(default=None, exclude=True, repr=False)
    directory: Annotated[None, _moved("directory")] = Field(default=None, exclude=True, repr=False)

    def problems(self, *, environment: str, account: str) -> list[str]:
        """Rules that need the environment: role accounts, role names, one entry per principal.

        The role's full permission set name (`<prefix>-<environment>-<role>`) is checked against the identity
        file's prefix when both are loaded (`load_identity_center`); here only the environment and role part.
        """
        problems = []
        principals: list[str] = []
        for key, item in self.permission_sets.items():
            if item.role_arn is None:
                continue
            match = SSO_ROLE_ARN.match(item.role_arn)
            assert match is not None  # field rule
            if match["account"] != account:
                problems.append(
                    f"identity.permission_sets.{key}.role_arn: account {match['account']} is not the environment's account {account}"
                )
            suffix = permission_set_suffix(environment, key)
            if not match["permission_set"].endswith(suffix):
                problems.append(
                    f"identity.permission_sets.{key}.role_arn: role of permission set {match['permission_set']!r}, expected '<prefix>{suffix}'"
                )
            principals.append(item.role_arn)
        for index, extra in enumerate(self.additional_access):
            match = IAM_PRINCIPAL_ARN.match(extra.principal_arn)
            assert match is not None  # field rule
            if match["account"] != account:
                problems.append(
                    f"identity.additional_access[{index}].principal_arn: account {match['account']} is not the environment's account {account}"
                )
            principals.append(extra.principal_arn)
        repeated = sorted({p for p in principals if principals.count(p) > 1})
        if repeated:
            problems.append(f"identity: each principal may be mapped once (one EKS access entry each), repeated: {repeated}")
        return problems


def permission_set_suffix(environment: str, key: str) -> str:
    """`prod`, `platform_admin` -> `-prod-platform-admin`: the part of a permission set name after the prefix."""
    return f"-{environment}-{key.replace('_', '-')}"


def role_permission_set(role_arn: str) -> str:
    """The permission set name inside an `AWSReservedSSO_<name>_<suffix>` role ARN."""
    match = SSO_ROLE_ARN.match(role_arn)
    if match is None:
        raise ValueError(f"{role_arn!r} is not an Identity Center role ARN")
    return match["permission_set"]
