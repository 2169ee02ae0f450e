"""Each controller and driver the platform runs gets at least what its upstream (or AWS-documented) policy for
the pinned version grants: every upstream grant, as the calls the component makes in the platform, is allowed
by the synthesized policy of its role. Upstream facts: tests/upstream_facts/iam/<component>.yaml."""

from __future__ import annotations

import re
from typing import Any

import pytest
import yaml

from tests.support.iam_policy import Call, allows
from tests.support.references import refers_to
from tests.support.synth import ROOT

FACTS = ROOT / "tests" / "upstream_facts" / "iam"
# Upstream component -> the platform identity (WorkloadIdentity) its pods run as.
IDENTITY = {
    "aws-load-balancer-controller": "aws-load-balancer-controller",
    "cluster-autoscaler": "cluster-autoscaler",
    "external-secrets": "kubeflow-pipelines-secrets",
    "aws-ebs-csi-driver": "ebs-csi",
    "aws-fsx-csi-driver": "fsx-csi",
}
# Symbolic `calls_on` of the facts -> the logical-ID fragment of the resource in the synthesized templates.
SYMBOLS = {"data-key": "KeysDataKey", "pipelines-database-secret": "PipelinesDatabase", "login-secrets": "SsoLogin"}
# Placeholders of `calls_on` that stand for a value the Data stack outputs.
OUTPUTS = {"<FsxFileSystemId>": "StoresTrainingData"}


def _facts(component: str) -> dict[str, Any]:
    return yaml.safe_load((FACTS / f"{component}.yaml").read_text())


def _literal(value: Any, config) -> Any:
    """Template values as strings: pseudo parameters resolved, references as `<logical ID or output name>`."""
    if isinstance(value, list):
        return [_literal(v, config) for v in value]
    if isinstance(value, dict):
        if "Ref" in value:
            return {"AWS::Partition": "aws", "AWS::Region": config.region, "AWS::AccountId": config.account}.get(
                value["Ref"], f"<{value['Ref']}>")
        if "Fn::GetAtt" in value:
            return f"<{value['Fn::GetAtt'][0]}>"
        if "Fn::GetStackOutput" in value:
            return f"<{value['Fn::GetStackOutput']['OutputName']}>"
        if "Fn::Join" in value:
            return value["Fn::Join"][0].join(str(_literal(v, config)) for v in value["Fn::Join"][1])
        return {k: _literal(v, config) for k, v in value.items()}
    return value


def _role_policy(shipped, identity: str) -> dict[str, Any]:
    """Every statement the role gets: its customer-managed policies in the Cluster stack and any policy another
    stack attaches to it by name; plus the AWS managed policy ARNs it carries."""
    stage = shipped.stage
    role = stage.cluster.identities[identity].role
    logical = stage.cluster.get_logical_id(role.node.default_child)
    cluster = shipped.json("Cluster")["Resources"]
    props = cluster[logical]["Properties"]
    statements, managed = [], []
    for arn in props.get("ManagedPolicyArns", []):
        if isinstance(arn, dict) and "Ref" in arn:
            statements += cluster[arn["Ref"]]["Properties"]["PolicyDocument"]["Statement"]
        else:
            managed.append(_literal(arn, shipped.config))
    for stack_id in shipped.template_paths:
        for resource in shipped.json(stack_id)["Resources"].values():
            if resource["Type"] in ("AWS::IAM::ManagedPolicy", "AWS::IAM::Policy") and stack_id != "Cluster":
                if any(refers_to(r, logical) for r in resource["Properties"].get("Roles", [])):
                    statements += resource["Properties"]["PolicyDocument"]["Statement"]
    return {"Statement": _literal(statements, shipped.config), "managed": managed}


def _context(grant: dict[str, Any], values: dict[str, str]) -> dict[str, Any]:
    """A request context meeting the upstream grant's conditions (what the component's calls carry), plus the
    context the platform's calls carry (`platform_context`)."""
    context: dict[str, Any] = {}
    for operator, block in (grant.get("conditions") or {}).items():
        for key, expected in block.items():
            if operator == "Null":
                if str(expected).lower() == "false":
                    context[key] = values["cluster"]
            else:
                context[key] = expected[0] if isinstance(expected, list) else expected
    for key, value in (grant.get("platform_context") or {}).items():
        context[key.format(**values)] = str(value).format(**values)
    return context


def _resources(calls_on: list[str], values: dict[str, str], policy: dict[str, Any]) -> list[str]:
    resources = []
    for target in calls_on:
        if target in SYMBOLS:
            named = sorted({r for s in policy["Statement"] for r in (s["Resource"] if isinstance(s["Resource"], list) else [s["Resource"]])
                            if SYMBOLS[target] in r})
            resources += named
        elif any(p in target for p in OUTPUTS):
            placeholder = next(p for p in OUTPUTS if p in target)
            prefix = target.split(placeholder)[0].format(**values)
            named = sorted({r for s in policy["Statement"] for r in (s["Resource"] if isinstance(s["Resource"], list) else [s["Resource"]])
                            if r.startswith(prefix) and OUTPUTS[placeholder] in r})
            assert named, f"no grant names {target}"
            resources += named
        else:
            resources.append(target.format(**values))
    return resources


@pytest.mark.parametrize("component", sorted(IDENTITY))
def test_component_policy_covers_every_upstream_grant(shipped, component):
    facts = _facts(component)
    config = shipped.config
    values = {"partition": "aws", "region": config.region, "account": config.account,
              "cluster": shipped.stage.cluster.cluster_name}
    policy = _role_policy(shipped, IDENTITY[component])
    if "managed_policy" in facts:
        assert f"arn:aws:iam::aws:policy/{facts['managed_policy']}" in policy["managed"]
    missing = []
    for grant in facts["grants"]:
        if "not_needed" in grant:
            continue
        context = _context(grant, values)
        resources = _resources(grant["calls_on"], values, policy)
        if any(t in SYMBOLS for t in grant["calls_on"]):
            wanted = [t for t in grant["calls_on"] if t in SYMBOLS]
            optional = {"login-secrets"} if not config.login.enabled else set()
            for symbol in set(wanted) - optional:
                assert any(SYMBOLS[symbol] in r for r in resources), f"{component}: no grant names {symbol}"
        for action in grant["actions"]:
            for resource in resources:
                call = Call(action, resource, context, grant["what"])
                if not allows(policy, call):
                    missing.append(f"{action} on {resource} {context or ''} ({grant['what']})")
    assert not missing, f"{component} ({facts['source']['repository']} {facts['source']['tag']}) lacks:\n" + "\n".join(missing)


def test_every_facts_file_names_its_source_and_a_platform_identity():
    for path in sorted(FACTS.glob("*.yaml")):
        facts = yaml.safe_load(path.read_text())
        assert facts["component"] == path.stem
        assert {"repository", "tag", "path"} <= set(facts["source"]), path.name
        if path.stem != "aws-managed-policies":  # the boundary's facts (tests/test_bootstrap.py)
            assert path.stem in IDENTITY, f"{path.name}: no platform identity mapped"


def test_external_secrets_reads_only_named_secrets(shipped):
    """Why the upstream listing grant (`dataFrom` without a path) is not needed: no ExternalSecret uses it."""
    import cdk8s

    from k8s_charts.platform_charts import build_platform_charts

    charts = build_platform_charts(cdk8s.App(), props=shipped.stage.cluster_services_props)
    external = [o for c in charts for o in c.to_json() if o["kind"] == "ExternalSecret"]
    assert external
    for obj in external:
        assert "dataFrom" not in obj["spec"] and all(d["remoteRef"]["key"] for d in obj["spec"]["data"])


def test_the_check_reports_a_grant_the_role_lacks():
    """The coverage check fails a policy that lacks listener tagging (the controller tags listeners on create)."""
    grant = next(g for g in _facts("aws-load-balancer-controller")["grants"] if g["what"].startswith("tag listeners"))
    values = {"partition": "aws", "region": "eu-west-1", "account": "111111111111", "cluster": "c"}
    only_tagged = {"Statement": [{"Effect": "Allow", "Action": "elasticloadbalancing:AddTags", "Resource": "*",
                                  "Condition": {"Null": {"aws:ResourceTag/elbv2.k8s.aws/cluster": "false"}}}]}
    call = Call("elasticloadbalancing:AddTags", _resources(grant["calls_on"], values, only_tagged)[0], _context(grant, values))
    assert not allows(only_tagged, call)
    assert re.match(r"arn:aws:elasticloadbalancing:eu-west-1:111111111111:listener/", call.resource)


def test_fsx_volumes_are_static_only(shipped):
    """Why the FSx CSI driver's dynamic-provisioning grants are not needed (aws-fsx-csi-driver.yaml)."""
    import cdk8s

    from k8s_charts.platform_charts import build_platform_charts

    objects = [o for c in build_platform_charts(cdk8s.App(), props=shipped.stage.cluster_services_props) for o in c.to_json()]
    classes = [o for o in objects if o["kind"] == "StorageClass" and o["provisioner"] == "fsx.csi.aws.com"]
    volumes = [o for o in objects if o["kind"] == "PersistentVolume" and o["spec"]["csi"]["driver"] == "fsx.csi.aws.com"]
    assert classes and volumes
    for storage_class in classes:
        assert "subnetId" not in (storage_class.get("parameters") or {}) and not storage_class.get("allowVolumeExpansion")
    for volume in volumes:
        assert volume["spec"]["persistentVolumeReclaimPolicy"] == "Retain" and volume["spec"]["claimRef"]
