"""SSO login: Cognito federated with IAM Identity Center, oauth2-proxy at the gateway; bearer tokens for programs."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, field_validator, model_validator

from platform_config.base import FrozenModel

# A machine client's name: part of its Cognito app client name and of its Secrets Manager secret name.
MachineClientName = Annotated[str, Field(pattern=r"^[a-z][a-z0-9-]{1,30}[a-z0-9]$")]

class LoginConfig(FrozenModel):
    """Unset (`enabled: false`) skips the user pool; the gateway then has no SSO and the UIs are not exposed.

    The UIs are served on `platform_services.gateway.hostname`; the Cognito callback is built from it.
    """

    enabled: bool = Field(default=False, description="Create the Cognito user pool and deploy oauth2-proxy.")
    identity_center_metadata_url: str | None = Field(
        default=None, description="SAML metadata URL of the IAM Identity Center application (https://portal.sso...)."
    )
    identity_provider_name: str = Field(
        default="IdentityCenter", pattern=r"^[A-Za-z0-9_-]{3,32}$", description="Name of the SAML identity provider in the pool."
    )
    cognito_domain_prefix: str | None = Field(
        default=None, pattern=r"^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$",
        description="Prefix of the Cognito hosted-UI domain (<prefix>.auth.<region>.amazoncognito.com).",
    )
    mfa: Literal["off", "optional", "required"] = Field(
        default="required", description="MFA for users local to the pool (federated users get MFA from Identity Center)."
    )
    allowed_email_domains: tuple[str, ...] = Field(default=("*",), min_length=1, description="E-mail domains oauth2-proxy admits.")
    session_hours: int = Field(default=8, ge=1, le=24, description="Lifetime of the login cookie (hours).")
    machine_clients: tuple[MachineClientName, ...] = Field(
        default=(),
        description="Programs that call the models with a bearer token: one client-credentials app client each "
                    "(scope models/invoke), id and secret in Secrets Manager. Empty: browser sessions only.",
    )

    @field_validator("machine_clients")
    @classmethod
    def _unique_clients(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        repeated = sorted({name for name in value if value.count(name) > 1})
        if repeated:
            raise ValueError(f"machine client names must be unique, repeated: {repeated}")
        return value

    @field_validator("identity_center_metadata_url")
    @classmethod
    def _metadata(cls, value: str | None) -> str | None:
        if value is not None and not value.startswith("https://"):
            raise ValueError(f"{value!r} must be an https:// URL (the Identity Center SAML metadata)")
        return value

    @model_validator(mode="after")
    def _complete(self) -> "LoginConfig":
        if not self.enabled:
            if self.machine_clients:
                raise ValueError(f"machine_clients={list(self.machine_clients)!r} need enabled=true (the user pool issues their tokens)")
            return self
        missing = [name for name in ("identity_center_metadata_url", "cognito_domain_prefix") if getattr(self, name) is None]
        if missing:
            raise ValueError("enabled=true needs " + ", ".join(missing))
        return self


def tier_problems(tier: str, config: LoginConfig) -> list[str]:
    problems = []
    if tier == "prod" and config.enabled and config.mfa != "required":
        problems.append(f"login.mfa={config.mfa!r}: prod requires MFA for users local to the pool")
    if tier == "prod" and config.enabled and "*" in config.allowed_email_domains:
        problems.append("login.allowed_email_domains=['*']: prod lists the company domains")
    return problems
