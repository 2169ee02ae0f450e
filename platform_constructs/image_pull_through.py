"""ECR pull-through cache rules: the public registries the platform's images come from, served by the account's ECR."""

from __future__ import annotations

from collections.abc import Mapping

from aws_cdk import aws_ecr as ecr
from constructs import Construct

from k8s_charts.image_mirror import NEEDS_CREDENTIALS, PULL_THROUGH


class ImagePullThrough(Construct):
    """One rule per supported upstream (`k8s_charts.image_mirror.PULL_THROUGH`); nodes then pull
    `<account>.dkr.ecr.<region>.amazonaws.com/<prefix>/<image>` through the ECR endpoints, never the internet.

    `credentials`: upstream host -> Secrets Manager secret ARN (`ecr-pullthroughcache/...`, same account and
    region) for the upstreams in `NEEDS_CREDENTIALS` (Docker Hub, GitHub Container Registry).
    """

    def __init__(self, scope: Construct, construct_id: str, *, credentials: Mapping[str, str]) -> None:
        super().__init__(scope, construct_id)
        missing = sorted(NEEDS_CREDENTIALS - set(credentials))
        if missing:
            raise ValueError(f"pull-through cache for {missing} needs credentials (a secret named ecr-pullthroughcache/...)")
        self.rules: dict[str, ecr.CfnPullThroughCacheRule] = {}
        for host, (prefix, upstream_url) in PULL_THROUGH.items():
            self.rules[host] = ecr.CfnPullThroughCacheRule(
                self, "".join(p.capitalize() for p in prefix.split("-")),
                ecr_repository_prefix=prefix,
                upstream_registry_url=upstream_url,
                credential_arn=credentials.get(host) if host in NEEDS_CREDENTIALS else None,
            )
