"""IAM Identity Center for every environment (config/identity.yaml): the account it is administered from, the
instance, permission set names, the environments it holds permission sets for, the optional Managed AD.

Not an environment file. Permission sets and account assignments can only be created by the organization's
management account or the delegated administrator for IAM Identity Center
(https://docs.aws.amazon.com/singlesignon/latest/userguide/delegated-admin.html), so one identity stack is
deployed there once; it reads the environment files it names for their accounts, resources and group IDs.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

from pydantic import Field, model_validator

from platform_config.base import FrozenModel
from platform_config.identity import INSTANCE_ARN, MAX_PERMISSION_SET_NAME, DirectoryConfig, permission_set_suffix, role_permission_set
from platform_config.loader import CONFIG_DIR, NON_ENVIRONMENT_FILES, ConfigError, load_environment_files, read_yaml, validate
from platform_config.models import PlatformConfig

IDENTITY_CENTER_FILE = CONFIG_DIR / "identity.yaml"
# The identity stage's construct ID (assembly `assembly-identity`): no environment may take this name.
IDENTITY_STAGE_NAME = "identity"

Account = Annotated[str, Field(pattern=r"^\d{12}$")]
Region = Annotated[str, Field(pattern=r"^[a-z]{2}(-gov)?-[a-z]+-\d$")]
EnvironmentName = Annotated[str, Field(pattern=r"^[a-z][a-z0-9-]{1,15}$")]
SubnetId = Annotated[str, Field(pattern=r"^subnet-([0-9a-f]{8}|[0-9a-f]{17})$")]


class DirectoryVpcConfig(FrozenModel):
    """An existing VPC of the identity account, given by its IDs so synth imports it without a lookup."""

    vpc_id: str = Field(pattern=r"^vpc-([0-9a-f]{8}|[0-9a-f]{17})$", description="ID of the VPC the directory's domain controllers join.")
    availability_zones: tuple[str, ...] = Field(min_length=2, max_length=2, description="The two AZs of the subnets below, in the same order.")
    subnet_ids: tuple[SubnetId, ...] = Field(
        min_length=2, max_length=2, description="Two private subnets in different AZs (a Managed AD needs exactly two)."
    )

    @model_validator(mode="after")
    def _distinct(self) -> "DirectoryVpcConfig":
        problems = []
        if len(set(self.availability_zones)) != 2:
            problems.append(f"availability_zones={list(self.availability_zones)}: the two domain controllers need two different AZs")
        if len(set(self.subnet_ids)) != 2:
            problems.append(f"subnet_ids={list(self.subnet_ids)}: two different subnets are needed")
        if problems:
            raise ValueError("\n".join(problems))
        return self


class IdentityDirectoryConfig(DirectoryConfig):
    """Managed Microsoft AD in the identity account, where Identity Center can use it as its identity source."""

    vpc: DirectoryVpcConfig = Field(description="Where the directory runs: an existing VPC of the identity account.")


class IdentityCenterConfig(FrozenModel):
    """Identity Center, administered from one account, holding the permission sets of the environments listed."""

    project: str = Field(default="mlplatform", pattern=r"^[a-z][a-z0-9-]{1,20}$", description="Project name; must equal the environments' project.")
    account: Account = Field(description="The Identity Center delegated administrator account (or the management account) the identity stack deploys to.")
    region: Region = Field(description="Region of the Identity Center instance.")
    cost_centre: str = Field(min_length=1, max_length=128, description="Cost centre tag on every resource of the identity stack.")
    instance_arn: str = Field(pattern=INSTANCE_ARN, description="IAM Identity Center instance ARN.")
    permission_set_prefix: str = Field(
        default="mlp", pattern=r"^[a-z][a-z0-9]{0,7}$",
        description="Permission sets are named `<prefix>-<environment>-<role>` (unique per Identity Center instance, 32 characters at most).",
    )
    environments: tuple[EnvironmentName, ...] = Field(
        min_length=1, description="Environments (config/<name>.yaml) whose permission sets and assignments this stack holds."
    )
    directory: IdentityDirectoryConfig | None = Field(default=None, description="Managed Microsoft AD in the identity account; unset creates none.")
    tags: dict[str, str] = Field(default_factory=dict, description="Extra tags on every resource.")

    def permission_set_name(self, environment: str, key: str) -> str:
        """`prod`, `platform_admin` -> `mlp-prod-platform-admin`."""
        return f"{self.permission_set_prefix}{permission_set_suffix(environment, key)}"

    @model_validator(mode="after")
    def _cross_field(self) -> "IdentityCenterConfig":
        problems = []
        repeated = sorted({n for n in self.environments if self.environments.count(n) > 1})
        if repeated:
            problems.append(f"environments: each environment is listed once, repeated: {repeated}")
        reserved = [n for n in self.environments if n in NON_ENVIRONMENT_FILES]
        if reserved:
            problems.append(f"environments: {reserved} name files that are not environments")
        if self.directory is not None:
            foreign = [az for az in self.directory.vpc.availability_zones
                       if not (az.startswith(self.region) and len(az) == len(self.region) + 1)]
            if foreign:
                # Identity Center uses a Managed AD of its own region only (docs/platform-engineer.md, Identity Center account).
                problems.append(f"directory.vpc.availability_zones {foreign} are not zones of region {self.region!r}")
        if problems:
            raise ValueError("\n".join(problems))
        return self


def check_environments(identity: IdentityCenterConfig, configs: dict[str, PlatformConfig]) -> list[tuple[str, str]]:
    """Problems between the identity file and the environment files it names (field path, message)."""
    problems: list[tuple[str, str]] = []
    for i, name in enumerate(identity.environments):
        config = configs.get(name)
        if config is None:
            continue
        source = f"config/{name}.yaml"
        if config.project != identity.project:
            problems.append((f"environments[{i}]", f"{source} has project {config.project!r}, the identity file {identity.project!r}"))
        for key, item in config.identity.permission_sets.items():
            expected = identity.permission_set_name(name, key)
            if len(expected) > MAX_PERMISSION_SET_NAME:
                problems.append(
                    ("permission_set_prefix", f"permission set name {expected!r} is longer than {MAX_PERMISSION_SET_NAME} characters")
                )
            if item.role_arn is not None and role_permission_set(item.role_arn) != expected:
                problems.append((
                    f"environments[{i}]",
                    f"{source} identity.permission_sets.{key}.role_arn is the role of permission set "
                    f"{role_permission_set(item.role_arn)!r}, this file names it {expected!r}",
                ))
    return problems


def parse_identity_center(data: Any, *, source: str, document: Any = None) -> IdentityCenterConfig:
    """Validate already-loaded identity YAML data."""
    return validate(IdentityCenterConfig, data, source=source, document=document)


def load_identity_center(
    path: str | Path = IDENTITY_CENTER_FILE, *, config_dir: Path = CONFIG_DIR
) -> tuple[IdentityCenterConfig, tuple[PlatformConfig, ...]]:
    """Load the identity file and the environment files it names, in its order; every problem at once."""
    path = Path(path)
    source = str(path)
    if not path.is_file():
        raise ConfigError(source, [("", "no such file (Identity Center is configured in config/identity.yaml)")])
    data, document = read_yaml(path, source=source)
    identity = parse_identity_center(data, source=source, document=document)
    configs, problems = load_environment_files(identity.environments, config_dir=config_dir)
    problems += check_environments(identity, configs)
    if problems:
        raise ConfigError(source, list(dict.fromkeys(problems)))
    return identity, tuple(configs[name] for name in identity.environments)
