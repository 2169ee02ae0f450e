"""AWS access for the CLI: one boto3 session from the user's normal credential chain, optionally a role assumed.

Every client is made here so tests can hand in emulated (moto) or stubbed (botocore Stubber) clients.
"""

from __future__ import annotations

from typing import Any

import boto3
from botocore.exceptions import BotoCoreError, ClientError, NoCredentialsError, NoRegionError


class CliError(Exception):
    """A problem the user can fix, shown as one message without a traceback (exit code 2)."""


def error_code(exc: ClientError) -> str:
    return str(exc.response.get("Error", {}).get("Code", ""))


def describe_error(exc: Exception) -> str:
    """`AccessDenied: User ... is not authorized ...` for an AWS error; the text for anything else."""
    if isinstance(exc, ClientError):
        error = exc.response.get("Error", {})
        return f"{error.get('Code', 'Error')}: {error.get('Message', '')}".strip()
    return str(exc) or type(exc).__name__


class Aws:
    """A boto3 session in one region plus a client cache; `clients` lets tests put in stubbed clients."""

    def __init__(self, *, region: str, profile: str | None = None, role_arn: str | None = None,
                 session: boto3.Session | None = None, clients: dict[str, Any] | None = None) -> None:
        self.region = region
        self.profile = profile
        self.clients: dict[str, Any] = dict(clients or {})
        try:
            self.session = session or boto3.Session(profile_name=profile, region_name=region)
        except BotoCoreError as exc:  # e.g. ProfileNotFound
            raise CliError(f"--profile {profile!r}: {exc}") from None
        if role_arn:
            self.session = self._assume(role_arn)

    def _assume(self, role_arn: str) -> boto3.Session:
        try:
            creds = self.client("sts").assume_role(RoleArn=role_arn, RoleSessionName="mlplatform-cli")["Credentials"]
        except (ClientError, BotoCoreError) as exc:
            raise CliError(f"--role-arn {role_arn!r}: cannot assume it ({describe_error(exc)})") from None
        self.clients.pop("sts", None)
        return boto3.Session(aws_access_key_id=creds["AccessKeyId"], aws_secret_access_key=creds["SecretAccessKey"],
                             aws_session_token=creds["SessionToken"], region_name=self.region)

    def client(self, service: str, region: str | None = None) -> Any:
        key = service if region in (None, self.region) else f"{service}@{region}"
        if key not in self.clients:
            self.clients[key] = self.session.client(service, region_name=region or self.region)
        return self.clients[key]

    def caller(self) -> dict[str, str]:
        """`sts:GetCallerIdentity` (needs no permission); a missing or expired login is a CliError."""
        try:
            return self.client("sts").get_caller_identity()
        except (NoCredentialsError, NoRegionError) as exc:
            raise CliError(f"no AWS credentials: {exc} (log in first, e.g. `aws sso login --profile <name>`)") from None
        except ClientError as exc:
            raise CliError(f"AWS credentials rejected: {describe_error(exc)} (log in again, e.g. `aws sso login`)") from None
