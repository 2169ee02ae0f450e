"""The identity account as one deployable unit: `cdk deploy -c identity=true 'identity/*'` or the pipeline's first stage."""

from __future__ import annotations

from typing import Sequence

import aws_cdk as cdk
from constructs import Construct

from platform_config import IdentityCenterConfig, PlatformConfig
from stacks.identity_center_stack import IdentityCenterStack


class IdentityCenterStage(cdk.Stage):
    """Holds the one `IdentityCenter` stack, pinned to the identity account and region."""

    def __init__(
        self, scope: Construct, construct_id: str, *, config: IdentityCenterConfig, environments: Sequence[PlatformConfig]
    ) -> None:
        super().__init__(scope, construct_id, env=cdk.Environment(account=config.account, region=config.region))
        self.config = config
        self.identity_center = IdentityCenterStack(self, "IdentityCenter", config=config, environments=environments)
