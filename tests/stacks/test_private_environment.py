"""A prod-like environment with `network.private_only` and no NAT gateway: it synthesizes with every gate, every AWS
API its in-VPC callers use has an endpoint, and every public image comes through the account's ECR."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from k8s_charts.image_mirror import COPIED, PULL_THROUGH, ecr_registry, public_hosts
from platform_config import load_config
from platform_constructs.aws_service_calls import ENDPOINT_OF_IAM_PREFIX, MANAGED_CALLERS, NO_ENDPOINT
from platform_constructs.addon_versions import ADDONS
from tests.conftest import _synth
from tests.support.references import logical_id
from tests.support.role_statements import actions_of, role_statements
from tests.support.synth import ROOT, Synthesized

PRIVATE_CONFIG = ROOT / "tests" / "fixtures" / "private-prod.yaml"


@pytest.fixture(scope="module")
def private(synth_cache, tmp_path_factory) -> Synthesized:
    """Synthesized like a shipped environment: fails on any unacknowledged cdk-nag finding."""
    return _synth(synth_cache, "private-prod", load_config(PRIVATE_CONFIG), tmp_path_factory)


def _endpoint_services(synth: Synthesized) -> set[str]:
    region = synth.config.region
    names = set()
    for endpoint in synth.resources("Network", "AWS::EC2::VPCEndpoint").values():
        name = json.dumps(endpoint["Properties"]["ServiceName"])
        for candidate in set(ENDPOINT_OF_IAM_PREFIX.values()) | {s for c in MANAGED_CALLERS.values() for s in c}:
            if f"com.amazonaws.{region}.{candidate}\"" in name or name.endswith(f".{candidate}\"]]}}"):
                names.add(candidate)
    return names


def _pod_role_prefixes(synth: Synthesized) -> dict[str, set[str]]:
    """Component -> IAM service prefixes of every action in its role's policies (the Cluster template)."""
    template = synth.json("Cluster")["Resources"]
    roles = {name: logical_id(identity.role) for name, identity in synth.stage.cluster.identities.items()}
    provider = synth.stage.cluster.platform_cluster.cluster.kubectl_provider
    roles["kubectl-provider"] = logical_id(provider.node.find_child("Handler").role)
    found: dict[str, set[str]] = {}
    for component, role_id in roles.items():
        found[component] = {a.split(":", 1)[0] for s in role_statements(template, role_id) for a in actions_of(s)}
    assert found["cluster-autoscaler"] >= {"autoscaling", "ec2", "eks"}  # the derivation reads real policies
    return found


def _needed(synth: Synthesized) -> dict[str, set[str]]:
    """Component -> endpoint services it calls, for the components this environment deploys."""
    needed = {name: set(services) for name, services in MANAGED_CALLERS.items()
              if name in ("nodes", "ssm-agent", "eks-pod-identity-agent", "kubectl-provider") or name in ADDONS}
    for component, prefixes in _pod_role_prefixes(synth).items():
        unknown = prefixes - set(ENDPOINT_OF_IAM_PREFIX) - set(NO_ENDPOINT)
        assert not unknown, f"{component} calls {sorted(unknown)}: add them to platform_constructs/aws_service_calls.py"
        needed.setdefault(component, set()).update(ENDPOINT_OF_IAM_PREFIX[p] for p in prefixes if p in ENDPOINT_OF_IAM_PREFIX)
    return needed


def test_private_environment_has_no_nat_no_internet_gateway_no_public_subnet(private):
    network = private.json("Network")["Resources"].values()
    types = [r["Type"] for r in network]
    assert "AWS::EC2::NatGateway" not in types and "AWS::EC2::InternetGateway" not in types
    routes = [r["Properties"] for r in network if r["Type"] == "AWS::EC2::Route"]
    assert not [r for r in routes if r.get("DestinationCidrBlock") == "0.0.0.0/0"]
    # Nodes still land in the "Private" group (now isolated), with the internal-ELB tag.
    cluster = private.stage.cluster
    assert cluster.system_node_group is not None


def test_every_deployed_components_api_has_an_endpoint(private):
    endpoints = _endpoint_services(private)
    needed = _needed(private)
    assert set(ADDONS) <= set(needed), "every EKS add-on the cluster installs is in the table"
    for component, services in sorted(needed.items()):
        assert services <= endpoints, f"{component} calls {sorted(services - endpoints)} with no VPC endpoint"


def test_the_shipped_environments_lack_them(shipped):
    """The derivation can fail: a NAT-routed environment has only the basic endpoints."""
    if shipped.config.network.private_only:
        pytest.skip("private")
    needed = set().union(*_needed(shipped).values())
    assert needed - _endpoint_services(shipped)


def test_pull_through_rules_for_every_supported_registry_with_credentials(private):
    rules = {r["Properties"]["UpstreamRegistryUrl"]: r["Properties"]
             for r in private.resources("Network", "AWS::ECR::PullThroughCacheRule").values()}
    assert set(rules) == {url for _, url in PULL_THROUGH.values()}
    network = private.config.network
    assert rules["registry-1.docker.io"]["CredentialArn"] == network.docker_hub_credentials_arn
    assert rules["ghcr.io"]["CredentialArn"] == network.ghcr_credentials_arn
    for host, (prefix, url) in PULL_THROUGH.items():
        assert rules[url]["EcrRepositoryPrefix"] == prefix
    assert not private.resources("Network", "AWS::ECR::PullThroughCacheRule") or private.config.network.private_only


def test_every_image_comes_from_the_accounts_ecr(private):
    """No manifest the cluster applies names a public registry; each image is under a pull-through or copied prefix."""
    registry = ecr_registry(private.config.account, private.config.region)
    prefixes = {p for p, _ in PULL_THROUGH.values()} | set(COPIED.values())
    manifests = [r["Properties"]["Manifest"] for stack in private.template_paths if stack.startswith("PlatformServices")
                 for r in private.json(stack)["Resources"].values() if r["Type"] == "Custom::AWSCDK-EKS-KubernetesResource"]
    assert manifests
    text = json.dumps(manifests)
    assert not public_hosts(text)
    images = {i.split(f"{registry}/", 1)[1].split("/", 1)[0] for i in text.split('\\"image\\":\\"')[1:] if i.startswith(registry)}
    assert images and images <= {p.split("/")[0] for p in prefixes}


def test_shipped_environments_keep_upstream_images(shipped):
    assert not shipped.resources("Network", "AWS::ECR::PullThroughCacheRule")


@pytest.mark.slow
def test_private_environment_passes_cfn_lint_and_checkov(private):
    from tests.support.gates import cfn_lint_errors, checkov_problems, run_checkov

    assert cfn_lint_errors(private.template_paths.values()) == []
    assert checkov_problems(run_checkov(private.stage_dir, "cloudformation")) == []


def test_bootstrap_execution_policy_covers_the_private_environment(private):
    from tests.support.deploy_calls import deploy_calls
    from tests.support.iam_policy import denied_calls
    from tests.test_bootstrap import TARGET, _policy, _stage

    assert denied_calls(_policy(TARGET), deploy_calls(*_stage(private))) == []


def test_nodes_may_fill_only_the_pull_through_repositories(private):
    from tests.support.role_statements import role_statements

    node_role = logical_id(private.stage.cluster.node_role)
    statements = [s for s in role_statements(private.json("Cluster")["Resources"], node_role)
                  if "ecr:BatchImportUpstreamImage" in actions_of(s)]
    assert len(statements) == 1
    assert sorted(statements[0]["Resource"]) == sorted(
        f"arn:aws:ecr:eu-west-1:333333333333:repository/{prefix}/*" for prefix, _ in PULL_THROUGH.values())
