"""Kubeflow Pipelines: the managed metadata database and where artifacts land."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, field_validator, model_validator

from platform_config.base import FrozenModel

# Aurora MySQL 3 is MySQL 8.0-compatible; KFP 2.16.0 ships MySQL 8 in its own manifests.
# https://docs.aws.amazon.com/AmazonRDS/latest/AuroraMySQLReleaseNotes/AuroraMySQL.Updates.3100.html
AURORA_MYSQL_VERSIONS = ("3.08.2", "3.09.0", "3.10.1", "3.10.2", "3.10.3")
# Aurora accepts 1-35 days of automated backups.
BACKUP_RETENTION_RANGE = (1, 35)


class MetadataDatabaseConfig(FrozenModel):
    """Aurora MySQL (Serverless v2) holding the KFP, ML Metadata and cache databases."""

    engine_version: str = Field(default="3.10.1", description="Aurora MySQL 3 (MySQL 8.0-compatible) version, pinned.")
    min_capacity_acu: Annotated[float, Field(ge=0.5, le=256)] = Field(default=0.5, description="Serverless v2 minimum capacity (ACU).")
    max_capacity_acu: Annotated[float, Field(ge=1, le=256)] = Field(default=4, description="Serverless v2 maximum capacity (ACU).")
    readers: Annotated[int, Field(ge=0, le=15)] = Field(
        default=0, description="Reader instances in other AZs (Multi-AZ failover targets); at least 1 in prod."
    )
    backup_retention_days: int = Field(default=7, description="Automated backup retention (1-35 days).")
    deletion_protection: bool = Field(default=True, description="Refuse to delete the cluster; only dev may switch it off.")

    @field_validator("engine_version")
    @classmethod
    def _version(cls, value: str) -> str:
        if value not in AURORA_MYSQL_VERSIONS:
            raise ValueError(f"{value!r} is not a pinned Aurora MySQL 3 version (one of {', '.join(AURORA_MYSQL_VERSIONS)})")
        return value

    @field_validator("backup_retention_days")
    @classmethod
    def _retention(cls, value: int) -> int:
        low, high = BACKUP_RETENTION_RANGE
        if not low <= value <= high:
            raise ValueError(f"{value} is outside the {low}-{high} days Aurora accepts")
        return value

    @model_validator(mode="after")
    def _capacity(self) -> "MetadataDatabaseConfig":
        if self.min_capacity_acu > self.max_capacity_acu:
            raise ValueError(
                f"min_capacity_acu={self.min_capacity_acu} exceeds max_capacity_acu={self.max_capacity_acu}"
            )
        return self


class KubeflowPipelinesConfig(FrozenModel):
    """Kubeflow Pipelines 2.16.0 multi-user: database, artifact layout, retention."""

    database: MetadataDatabaseConfig = Field(default_factory=MetadataDatabaseConfig, description="Managed MySQL for KFP.")
    artifact_prefix: str = Field(
        default="pipelines", pattern=r"^[a-z0-9][a-z0-9-]{0,62}$",
        description="Key part under each profile in the pipeline-artifacts bucket: runs write <namespace>/<prefix>/.",
    )
    default_cache_staleness: str = Field(
        default="P30D", pattern=r"^P(\d+D)?(T(\d+H)?(\d+M)?(\d+S)?)?$",
        description="Cache staleness when a pipeline sets none (ISO 8601 duration).",
    )
    workflow_ttl_seconds: Annotated[int, Field(ge=3600, le=2592000)] = Field(
        default=86400, description="Finished Argo workflows are garbage-collected after this many seconds (runs stay in the DB)."
    )
    log_level: Literal["debug", "info", "warn", "error"] = Field(default="info", description="Log level of the KFP services.")


def tier_problems(tier: str, config: KubeflowPipelinesConfig) -> list[str]:
    """Rules that depend on the environment tier; reported by the root model with the full field path."""
    problems = []
    db = config.database
    if tier == "prod" and db.readers < 1:
        problems.append(f"kubeflow_pipelines.database.readers={db.readers}: prod needs at least one reader in another AZ (Multi-AZ)")
    if tier != "dev" and not db.deletion_protection:
        problems.append(f"kubeflow_pipelines.database.deletion_protection=False is only allowed for tier 'dev', not {tier!r}")
    if tier == "prod" and db.backup_retention_days < 7:
        problems.append(f"kubeflow_pipelines.database.backup_retention_days={db.backup_retention_days}: prod keeps at least 7 days")
    return problems
