"""Who gets which Kubernetes groups and EKS access policy: plain data the cluster stack turns into access entries."""

from __future__ import annotations

from dataclasses import dataclass

from platform_config.identity import IdentityConfig


@dataclass(frozen=True)
class AccessMapping:
    """One IAM principal -> Kubernetes groups (RBAC subjects) and one EKS access policy.

    `namespaces` empty means the policy applies to the whole cluster. Role ARNs may carry a path (EKS access
    entries accept it, unlike the old aws-auth ConfigMap):
    https://docs.aws.amazon.com/eks/latest/userguide/creating-access-entries.html
    """

    principal_arn: str
    kubernetes_groups: tuple[str, ...]
    access_policy: str
    namespaces: tuple[str, ...] = ()


def access_mappings_from_config(identity: IdentityConfig) -> tuple[AccessMapping, ...]:
    """Permission-set roles first (in a fixed order), then the additional principals, as configured.

    Identity Center names each permission set's role `AWSReservedSSO_<set>_<random suffix>` when the set is
    first assigned in an account, so the ARN cannot be derived at synth time. It is taken from config
    (`identity.permission_sets.<set>.role_arn`), where config validation checks the account and the set name;
    a permission set without a role ARN yet simply has no Kubernetes access until the ARN is added.
    """
    mappings = [
        AccessMapping(
            principal_arn=item.role_arn,
            kubernetes_groups=item.kubernetes_groups,
            access_policy=item.access_policy,
            namespaces=item.namespaces,
        )
        for _, item in identity.permission_sets.items()
        if item.role_arn is not None
    ]
    mappings += [
        AccessMapping(
            principal_arn=extra.principal_arn,
            kubernetes_groups=extra.kubernetes_groups,
            access_policy=extra.access_policy,
            namespaces=extra.namespaces,
        )
        for extra in identity.additional_access
    ]
    return tuple(mappings)
