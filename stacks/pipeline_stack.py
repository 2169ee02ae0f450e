"""Delivery: the CDK pipeline in the tooling account that promotes the platform through the environments."""

from __future__ import annotations

from typing import Sequence

import aws_cdk as cdk
from constructs import Construct

from platform_config import PipelineConfig
from platform_constructs.delivery_pipeline import DeliveryPipeline
from platform_constructs.permissions_boundary import apply_permissions_boundary
from platform_constructs.pipeline_artifacts import PipelineArtifacts
from stacks.identity_center_stage import IdentityCenterStage
from stacks.ml_platform_stage import MlPlatformStage


class PipelineStack(cdk.Stack):
    """One pipeline: the identity stage first (when configured), then one stage per environment in
    `config.environments` order. Stateful (artifacts, logs)."""

    def __init__(
        self,
        scope: Construct,
        construct_id: str,
        *,
        config: PipelineConfig,
        stages: Sequence[MlPlatformStage],
        identity_center: IdentityCenterStage | None = None,
    ) -> None:
        """`identity_center` is required exactly when `config.identity_center` is set."""
        if (config.identity_center is None) != (identity_center is None):
            raise ValueError(
                "pipeline: identity_center in config/pipeline.yaml and the identity stage must be given together "
                f"(config: {config.identity_center!r}, stage: {identity_center!r})"
            )
        order = ([identity_center.node.id] if identity_center else []) + [e.name for e in config.environments]
        super().__init__(
            scope,
            construct_id,
            env=cdk.Environment(account=config.tooling.account, region=config.tooling.region),
            stack_name=f"{config.project}-pipeline",
            description=f"ML platform delivery pipeline: {' -> '.join(order)}",
            termination_protection=True,
        )
        self.config = config
        # The tooling account's execution policy creates roles only with this boundary, like the targets'.
        apply_permissions_boundary(self, project=config.project)
        self.artifacts = PipelineArtifacts(
            self,
            "Artifacts",
            name_prefix=f"{config.project}-pipeline",
            artifact_retention_days=config.artifact_retention_days,
            log_retention_days=config.log_retention_days,
        )
        self.delivery = DeliveryPipeline(self, "Delivery", config=config, artifacts=self.artifacts)
        self.identity_deployment = None
        if identity_center is not None and config.identity_center is not None:
            # First: each environment maps the SSO roles these permission sets create in its account.
            self.identity_deployment = self.delivery.add_identity_center(identity_center, target=config.identity_center)
        by_name = {stage.config.environment: stage for stage in stages}
        self.deployments = []
        for environment in config.environments:
            stage = by_name[environment.name]
            self.deployments.append(
                self.delivery.add_environment(
                    stage,
                    environment=environment,
                    stack_names=[c.stack_name for c in stage.node.children if isinstance(c, cdk.Stack)],
                    kubernetes_version=stage.config.cluster.kubernetes_version,
                )
            )
        self.delivery.finish()
