"""ECR pull-through cache rules: the public registries the platform's images come from, served by the account's ECR."""

from __future__ import annotations

from collections.abc import Mapping

from aws_cdk import aws_ecr as ecr
from aws_cdk import aws_iam as iam
from constructs import Construct

from k8s_charts.image_mirror import NEEDS_CREDENTIALS, PULL_THROUGH
from platform_constructs.wildcard_acknowledgment import acknowledge_wildcard_resources


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


def grant_pull_through(scope: Construct, construct_id: str, *, role: iam.IRole, partition: str, region: str,
                       account: str) -> iam.ManagedPolicy:
    """Let `role` (the nodes) create and fill a cache repository on the first pull of an upstream image.

    https://docs.aws.amazon.com/AmazonECR/latest/userguide/pull-through-cache-iam.html
    """
    policy = iam.ManagedPolicy(scope, construct_id, description="Nodes create and fill ECR pull-through cache repositories", statements=[
        iam.PolicyStatement(
            actions=["ecr:CreateRepository", "ecr:BatchImportUpstreamImage"],
            resources=[f"arn:{partition}:ecr:{region}:{account}:repository/{prefix}/*" for prefix, _ in PULL_THROUGH.values()],
        ),
    ])
    role.add_managed_policy(policy)
    acknowledge_wildcard_resources(
        policy, "A pull-through cache repository is named after the upstream image on first pull: only the rules' prefixes are allowed")
    return policy
