"""`mlplatform kubeconfig`: a kubeconfig entry for an environment's cluster that authenticates as the user's
SSO role (the `AWSReservedSSO_<permission set>_<suffix>` role their profile signs in to), through
`aws eks get-token` as an exec credential plugin.

The permission set is recognised from the caller's role and must be one the environment maps to an EKS access
entry (`identity.permission_sets.<set>.role_arn`); otherwise the cluster would answer Unauthorized.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import yaml
from botocore.exceptions import ClientError

from platform_cli.aws import Aws, CliError, describe_error
from platform_config.models import PlatformConfig

ASSUMED_SSO_ROLE = re.compile(r"^arn:aws[a-z-]*:sts::(?P<account>\d{12}):assumed-role/(?P<role>AWSReservedSSO_[\w+=,.@-]+_[0-9a-f]{16})/")
EXEC_API_VERSION = "client.authentication.k8s.io/v1beta1"


def cluster_name(config: PlatformConfig) -> str:
    """The cluster stack's name for the cluster (`stacks/cluster_stack.py`: resource_name("eks"))."""
    return f"{config.project}-{config.environment}-eks"


def permission_set_of(config: PlatformConfig, caller_arn: str) -> tuple[str, Any]:
    """(key, PermissionSetConfig) the caller's SSO role belongs to, or a CliError saying why it has no access."""
    match = ASSUMED_SSO_ROLE.match(caller_arn)
    if match is None:
        raise CliError(f"signed in as {caller_arn}, not an Identity Center (SSO) role: sign in with your SSO profile "
                       "(`aws sso login --profile <name>`) and pass --profile")
    if match["account"] != config.account:
        raise CliError(f"the SSO role is in account {match['account']}, environment {config.environment} is in {config.account}: "
                       "use the profile of that account")
    for key, item in config.identity.permission_sets.items():
        if item.role_arn and item.role_arn.rsplit("/", 1)[-1] == match["role"]:
            return key, item
    mapped = [key for key, item in config.identity.permission_sets.items() if item.role_arn]
    raise CliError(f"role {match['role']} is not mapped to the cluster in {config.environment} "
                   f"(mapped permission sets: {mapped or 'none'}); set identity.permission_sets.<set>.role_arn")


def entry(config: PlatformConfig, cluster: dict[str, Any], *, profile: str | None) -> dict[str, Any]:
    """The cluster, user and context of one environment (named after the cluster)."""
    name = cluster_name(config)
    args = ["--region", config.region, "eks", "get-token", "--cluster-name", name, "--output", "json"]
    env = [{"name": "AWS_PROFILE", "value": profile}] if profile else None
    user: dict[str, Any] = {"exec": {"apiVersion": EXEC_API_VERSION, "command": "aws", "args": args,
                                     "interactiveMode": "IfAvailable", "provideClusterInfo": False}}
    if env:
        user["exec"]["env"] = env
    return {
        "cluster": {"name": name, "cluster": {"server": cluster["endpoint"],
                                              "certificate-authority-data": cluster["certificateAuthority"]["data"]}},
        "user": {"name": name, "user": user},
        "context": {"name": name, "context": {"cluster": name, "user": name}},
    }


def merge(existing: dict[str, Any] | None, new: dict[str, Any]) -> dict[str, Any]:
    """Replace (or add) the entries named like the new ones; keep everything else; make it the current context."""
    doc = dict(existing or {})
    doc.setdefault("apiVersion", "v1")
    doc.setdefault("kind", "Config")
    for section, item in (("clusters", new["cluster"]), ("users", new["user"]), ("contexts", new["context"])):
        doc[section] = [e for e in (doc.get(section) or []) if e.get("name") != item["name"]] + [item]
    doc["current-context"] = new["context"]["name"]
    return doc


def default_path() -> Path:
    first = os.environ.get("KUBECONFIG", "").split(os.pathsep)[0]
    return Path(first) if first else Path.home() / ".kube" / "config"


def write(*, config: PlatformConfig, aws: Aws, path: Path, profile: str | None) -> dict[str, Any]:
    caller = aws.caller()
    key, item = permission_set_of(config, caller["Arn"])
    name = cluster_name(config)
    try:
        cluster = aws.client("eks").describe_cluster(name=name)["cluster"]
    except ClientError as exc:
        raise CliError(f"cluster {name} in {config.region}: {describe_error(exc)} (is the environment deployed?)") from None
    existing = None
    if path.is_file():
        try:
            existing = yaml.safe_load(path.read_text(encoding="utf-8"))
        except yaml.YAMLError as exc:
            raise CliError(f"--kubeconfig {str(path)!r} is not valid YAML: {exc}") from None
        if existing is not None and not isinstance(existing, dict):
            raise CliError(f"--kubeconfig {str(path)!r} is not a kubeconfig mapping")
    doc = merge(existing, entry(config, cluster, profile=profile))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
    path.chmod(0o600)
    scope = ", ".join(item.namespaces) if item.namespaces else "the whole cluster"
    return {"kubeconfig": str(path), "context": name, "permission_set": key, "access_policy": item.access_policy,
            "scope": scope, "kubernetes_groups": list(item.kubernetes_groups)}
