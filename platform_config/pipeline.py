"""The delivery pipeline (config/pipeline.yaml): tooling account, source, identity stage, promotion order, retention.

Not an environment file: it names environments (config/<name>.yaml) and the order they are promoted in, and
optionally the Identity Center account (config/identity.yaml) deployed before them. `load_pipeline` also
cross-checks it against those files, so the accounts the pipeline deploys to (and the accounts bootstrapped
with `--trust`, see docs/platform-engineer.md, Delivery) are the accounts those files declare.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated, Any

from pydantic import Field, field_validator, model_validator

from platform_config.base import FrozenModel
from platform_config.loader import CONFIG_DIR, NON_ENVIRONMENT_FILES, ConfigError, load_environment_files, read_yaml, validate
from platform_config.identity_center import IdentityCenterConfig, load_identity_center
from platform_config.models import PlatformConfig
from platform_config.network import check_retention

PIPELINE_FILE = CONFIG_DIR / "pipeline.yaml"

# CodeConnections (and its former name, CodeStar Connections) connection ARNs.
# https://docs.aws.amazon.com/service-authorization/latest/reference/list_awscodeconnections.html
CONNECTION_ARN = re.compile(
    r"^arn:aws(-[a-z]+)*:(codeconnections|codestar-connections):(?P<region>[a-z]{2}(-gov)?-[a-z]+-\d):"
    r"(?P<account>\d{12}):connection/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
)
Account = Annotated[str, Field(pattern=r"^\d{12}$")]
Region = Annotated[str, Field(pattern=r"^[a-z]{2}(-gov)?-[a-z]+-\d$")]


class ToolingConfig(FrozenModel):
    """The account that hosts the pipeline and nothing else."""

    account: Account = Field(description="12-digit AWS account ID of the tooling account that hosts the pipeline.")
    region: Region = Field(description="Region of the pipeline.")


class SourceConfig(FrozenModel):
    """Where the pipeline pulls the code from."""

    connection_arn: str = Field(description="CodeConnections connection ARN in the tooling account (created once in the console).")
    repository: str = Field(
        pattern=r"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$", description="Repository as owner/name, e.g. acme/ml-platform."
    )
    branch: str = Field(default="main", pattern=r"^[A-Za-z0-9._/-]+$", description="Branch the pipeline deploys.")

    @field_validator("connection_arn")
    @classmethod
    def _arn(cls, value: str) -> str:
        if not CONNECTION_ARN.match(value):
            raise ValueError(
                f"{value!r} is not a CodeConnections connection ARN "
                "(arn:aws:codeconnections:<region>:<account>:connection/<uuid>)"
            )
        return value


class PipelineEnvironment(FrozenModel):
    """One promotion step: an environment file and where it must deploy."""

    name: str = Field(pattern=r"^[a-z][a-z0-9-]{1,15}$", description="Environment name: config/<name>.yaml.")
    account: Account = Field(description="Account the environment deploys to; must equal the environment file's account.")
    region: Region = Field(description="Region the environment deploys to; must equal the environment file's region.")
    requires_approval: bool = Field(default=False, description="A person approves before this environment deploys (required for tier prod).")


class PipelineIdentityCenter(FrozenModel):
    """The identity stage: config/identity.yaml, deployed before every environment."""

    account: Account = Field(description="Identity account (Identity Center delegated administrator); must equal config/identity.yaml's account.")
    region: Region = Field(description="Region of the Identity Center instance; must equal config/identity.yaml's region.")
    requires_approval: bool = Field(
        default=False, description="A person approves before the identity stack (every environment's permission sets) deploys."
    )


class PipelineConfig(FrozenModel):
    """The CDK pipeline that promotes the platform through the environments in order."""

    project: str = Field(default="mlplatform", pattern=r"^[a-z][a-z0-9-]{1,20}$", description="Project name; must equal the environments' project.")
    tooling: ToolingConfig = Field(description="Tooling account and region.")
    source: SourceConfig = Field(description="Source repository.")
    identity_center: PipelineIdentityCenter | None = Field(
        default=None, description="Deploy config/identity.yaml (Identity Center permission sets) before the environments; unset leaves it to a manual deploy."
    )
    environments: tuple[PipelineEnvironment, ...] = Field(min_length=1, description="Environments in promotion order.")
    artifact_retention_days: Annotated[int, Field(ge=1, le=3650)] = Field(
        default=90, description="Days pipeline artifacts (synthesized templates, assets) are kept."
    )
    log_retention_days: int = Field(default=365, description="Retention of the pipeline's CodeBuild logs (days).")

    @field_validator("log_retention_days")
    @classmethod
    def _retention(cls, value: int) -> int:
        return check_retention(value)

    @model_validator(mode="after")
    def _cross_field(self) -> "PipelineConfig":
        problems = []
        names = [e.name for e in self.environments]
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            problems.append(f"environments: each environment is promoted once, repeated: {dupes}")
        # Decision: reject, not warn. A workload in the tooling account lets that workload's administrators
        # change the pipeline that deploys production (self-mutation runs there with admin rights).
        shared = [f"environments[{i}].account={e.account!r}" for i, e in enumerate(self.environments) if e.account == self.tooling.account]
        if self.identity_center is not None and self.identity_center.account == self.tooling.account:
            shared.append(f"identity_center.account={self.identity_center.account!r}")
        if shared:
            problems.append(f"{', '.join(shared)} is the tooling account: deploy targets must be other accounts")
        reserved = [f"environments[{i}].name={e.name!r}" for i, e in enumerate(self.environments) if e.name in NON_ENVIRONMENT_FILES]
        if reserved:
            problems.append(f"{', '.join(reserved)} is reserved for a file that is not an environment: {list(NON_ENVIRONMENT_FILES)}")
        match = CONNECTION_ARN.match(self.source.connection_arn)
        if match and match["account"] != self.tooling.account:
            problems.append(
                f"source.connection_arn is in account {match['account']!r}, not the tooling account {self.tooling.account!r}"
            )
        if problems:
            raise ValueError("\n".join(problems))
        return self


def check_environments(pipeline: PipelineConfig, configs: dict[str, PlatformConfig]) -> list[tuple[str, str]]:
    """Problems between the pipeline and the environment files it names (field path, message)."""
    problems: list[tuple[str, str]] = []
    for i, env in enumerate(pipeline.environments):
        where = f"environments[{i}]"
        config = configs.get(env.name)
        if config is None:
            continue
        source = f"config/{env.name}.yaml"
        if config.environment != env.name:
            problems.append((f"{where}.name", f"{env.name!r} but {source} declares environment {config.environment!r}"))
        if config.account != env.account:
            problems.append((f"{where}.account", f"{env.account!r} does not match {source} account {config.account!r}"))
        if config.region != env.region:
            problems.append((f"{where}.region", f"{env.region!r} does not match {source} region {config.region!r}"))
        if config.project != pipeline.project:
            problems.append((f"{where}.name", f"{source} has project {config.project!r}, the pipeline {pipeline.project!r}"))
        if config.tier == "prod" and not env.requires_approval:
            problems.append((f"{where}.requires_approval", f"false for {env.name!r}, a tier prod environment: a person approves prod"))
    return problems


def parse_pipeline(data: Any, *, source: str, document: Any = None) -> PipelineConfig:
    """Validate already-loaded pipeline YAML data."""
    return validate(PipelineConfig, data, source=source, document=document)


def check_identity_center(
    pipeline: PipelineConfig, identity: IdentityCenterConfig, configs: dict[str, PlatformConfig]
) -> list[tuple[str, str]]:
    """Problems between the pipeline's identity stage, config/identity.yaml and the promoted environments."""
    target = pipeline.identity_center
    assert target is not None
    problems: list[tuple[str, str]] = []
    if target.account != identity.account:
        problems.append(("identity_center.account", f"{target.account!r} does not match config/identity.yaml account {identity.account!r}"))
    if target.region != identity.region:
        problems.append(("identity_center.region", f"{target.region!r} does not match config/identity.yaml region {identity.region!r}"))
    if identity.project != pipeline.project:
        problems.append(("identity_center", f"config/identity.yaml has project {identity.project!r}, the pipeline {pipeline.project!r}"))
    for i, env in enumerate(pipeline.environments):
        config = configs.get(env.name)
        if config is None or env.name in identity.environments:
            continue
        assigned = [key for key, item in config.identity.permission_sets.items() if item.group_ids]
        if assigned:
            problems.append((
                f"environments[{i}].name",
                f"config/{env.name}.yaml assigns group_ids of {assigned} but config/identity.yaml does not list {env.name!r} "
                "in its environments: nothing would assign them",
            ))
    return problems


def load_pipeline(
    path: str | Path = PIPELINE_FILE, *, config_dir: Path = CONFIG_DIR
) -> tuple[PipelineConfig, tuple[PlatformConfig, ...], tuple[IdentityCenterConfig, tuple[PlatformConfig, ...]] | None]:
    """Load the pipeline file, the environment files it names (in promotion order) and, when it deploys the
    identity stage, config/identity.yaml with the environment files it names (`load_identity_center`), all from
    `config_dir`; every problem at once."""
    path = Path(path)
    source = str(path)
    if not path.is_file():
        raise ConfigError(source, [("", "no such file (the pipeline is configured in config/pipeline.yaml)")])
    data, document = read_yaml(path, source=source)
    pipeline = parse_pipeline(data, source=source, document=document)
    configs, problems = load_environment_files([env.name for env in pipeline.environments], config_dir=config_dir,
                                               name_field=".name")
    problems += check_environments(pipeline, configs)
    identity = None
    if pipeline.identity_center is not None:
        try:
            identity = load_identity_center(config_dir / "identity.yaml", config_dir=config_dir)
        except ConfigError as exc:
            problems += [(f"identity_center ({exc.source})", f"{p}: {m}" if p else m) for p, m in exc.problems]
        else:
            problems += check_identity_center(pipeline, identity[0], configs)
    if problems:
        raise ConfigError(source, problems)
    return pipeline, tuple(configs[e.name] for e in pipeline.environments), identity
