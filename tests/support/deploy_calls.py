"""The AWS calls CloudFormation makes, as the execution role, to deploy a set of synthesized templates.

Derived from the templates, nothing listed by hand:
- every resource type's create, update, delete and read handler permissions, from the CloudFormation resource
  provider schemas cfn-lint ships (`handlers.<op>.permissions`; the registry's own statement of what the
  handler calls), each IAM action aimed at the platform resource it touches (the role, its boundary, the
  managed policy, a service-linked role);
- `Fn::GetStackOutput` (weak cross-stack references, `@aws-cdk/core:defaultCrossStackReferences: weak`):
  without a `RoleArn` CloudFormation reads the producing stack with the execution role,
  `cloudformation:DescribeStacks` on it
  (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference-getstackoutput.html);
- custom resources: CloudFormation invokes the `ServiceToken` Lambda function (`lambda:InvokeFunction`);
- `AWS::SSM::Parameter::Value<...>` parameters (the CDK bootstrap version check): `ssm:GetParameters`;
- `{{resolve:secretsmanager:...}}` / `{{resolve:ssm:...}}` dynamic references: `secretsmanager:GetSecretValue`
  / `ssm:GetParameters`; `Fn::GetAZs`: `ec2:DescribeAvailabilityZones`; any other intrinsic must be one known to
  need no call (`PURE_INTRINSICS`), else the derivation fails.
Handler permissions that serve only a feature the template does not use are dropped by `FEATURE_ONLY`, each
with the property that turns the feature on (checked on the template) or the reason it cannot apply.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Iterable

import cfnlint

from tests.support.iam_policy import Call, matches_action_pattern

SCHEMAS = Path(cfnlint.__file__).parent / "data" / "schemas"
HANDLER_OPERATIONS = ("create", "update", "delete", "read")


@lru_cache(maxsize=None)
def _schema_index(region: str) -> dict[str, str]:
    return json.loads((SCHEMAS / "providers" / f"{region}.json").read_text())


@lru_cache(maxsize=None)
def handler_permissions(resource_type: str, region: str) -> tuple[str, ...]:
    """IAM actions the resource type's create/update/delete/read handlers call (registry schema via cfn-lint)."""
    index = _schema_index(region)
    if resource_type not in index:
        raise KeyError(f"{resource_type} has no CloudFormation registry schema in {region} (cfn-lint data)")
    schema = json.loads((SCHEMAS / "resources" / f"{index[resource_type]}.json").read_text())
    handlers = schema.get("handlers", {})
    return tuple(sorted({a for op in HANDLER_OPERATIONS for a in handlers.get(op, {}).get("permissions", [])}))


@dataclass(frozen=True)
class FeatureOnly:
    """Handler permissions (`actions`, patterns) needed only when the resource uses a feature: `in_use(props)`."""

    resource_type: str
    actions: tuple[str, ...]
    in_use: Callable[[dict[str, Any]], bool]
    feature: str


FEATURE_ONLY: tuple[FeatureOnly, ...] = (
    FeatureOnly("AWS::S3::Bucket", ("s3tables:*",), lambda p: "MetadataTableConfiguration" in p or "MetadataConfiguration" in p,
                "S3 Metadata tables (MetadataTableConfiguration / MetadataConfiguration)"),
    FeatureOnly("AWS::DynamoDB::Table", ("kinesis:*",), lambda p: "KinesisStreamSpecification" in p,
                "streaming changes to Kinesis (KinesisStreamSpecification)"),
    FeatureOnly("AWS::Lambda::Function", ("elasticfilesystem:*", "s3files:*"), lambda p: "FileSystemConfigs" in p,
                "mounting a file system into the function (FileSystemConfigs)"),
    FeatureOnly("AWS::CloudTrail::Trail", ("organizations:*",), lambda p: bool(p.get("IsOrganizationTrail")),
                "organization trails (IsOrganizationTrail)"),
    FeatureOnly("AWS::SecretsManager::SecretTargetAttachment", ("docdb-elastic:*", "redshift:*", "redshift-serverless:*"),
                lambda p: not str(p.get("TargetType", "")).startswith("AWS::RDS::"),
                "attaching a secret to DocumentDB or Redshift (TargetType other than AWS::RDS::*)"),
    FeatureOnly("AWS::EC2::VPCEndpoint", ("vpc-lattice:*",), lambda p: "ServiceNetworkArn" in p or "ResourceConfigurationArn" in p,
                "VPC Lattice service-network and resource endpoints (ServiceNetworkArn / ResourceConfigurationArn)"),
    FeatureOnly("AWS::EC2::VPCEndpoint", ("vpce:AllowMultiRegion",), lambda p: "ServiceRegion" in p,
                "cross-region interface endpoints (ServiceRegion)"),
    FeatureOnly("AWS::Logs::LogGroup", ("firehose:*",), lambda p: "ResourcePolicyDocument" in p or "FieldIndexPolicies" in p
                or "DataProtectionPolicy" in p and "Firehose" in json.dumps(p["DataProtectionPolicy"]),
                "delivering audit findings of a data-protection policy to Firehose"),
    FeatureOnly("AWS::Glue::Database", ("lakeformation:*",), lambda p: "FederatedDatabase" in p.get("DatabaseInput", {})
                or "CreateTableDefaultPermissions" in p.get("DatabaseInput", {}),
                "Lake Formation permissions or federation (DatabaseInput.CreateTableDefaultPermissions / FederatedDatabase)"),
    FeatureOnly("AWS::Cognito::UserPoolDomain", ("cloudfront:*",), lambda p: "CustomDomainConfig" in p,
                "a custom domain, served through CloudFront (CustomDomainConfig)"),
    FeatureOnly("AWS::EKS::Cluster", ("iam:*InstanceProfile",), lambda p: bool((p.get("ComputeConfig") or {}).get("Enabled")),
                "EKS Auto Mode, whose node instance profiles EKS manages (ComputeConfig.Enabled)"),
    FeatureOnly("AWS::IAM::Role", ("iam:PutRolePermissionsBoundary",), lambda p: "PermissionsBoundary" in p,
                "a role's permissions boundary (PermissionsBoundary)"),
    FeatureOnly("AWS::IAM::Role", ("iam:DeleteRolePermissionsBoundary",), lambda p: False,
                "removing a role's permissions boundary, which the platform never does (the target policy denies it)"),
    FeatureOnly("AWS::IAM::Policy", ("iam:*UserPolicy", "iam:*GroupPolicy"), lambda p: bool(p.get("Users") or p.get("Groups")),
                "policies of IAM users or groups (Users / Groups)"),
    FeatureOnly("AWS::IAM::ManagedPolicy", ("iam:*UserPolicy", "iam:*GroupPolicy"), lambda p: bool(p.get("Users") or p.get("Groups")),
                "policies of IAM users or groups (Users / Groups)"),
)


def _feature_only(resource_type: str, action: str, props: dict[str, Any]) -> FeatureOnly | None:
    for rule in FEATURE_ONLY:
        if rule.resource_type == resource_type and any(matches_action_pattern(p, action) for p in rule.actions):
            if not rule.in_use(props):
                return rule
    return None


# --- resolving the few intrinsics a context value needs ---------------------------------------------------------

@dataclass(frozen=True)
class StackEnv:
    stack_name: str
    account: str
    region: str
    partition: str = "aws"


def resolve(value: Any, env: StackEnv) -> str | None:
    """A literal string for `value` when it is made of literals, pseudo parameters, Join and Sub; else None."""
    if isinstance(value, str):
        return value
    if isinstance(value, dict) and len(value) == 1:
        (fn, arg), = value.items()
        pseudo = {"AWS::Partition": env.partition, "AWS::AccountId": env.account, "AWS::Region": env.region,
                  "AWS::StackName": env.stack_name, "AWS::URLSuffix": "amazonaws.com"}
        if fn == "Ref":
            return pseudo.get(arg)
        if fn == "Fn::Join":
            parts = [resolve(p, env) for p in arg[1]]
            return None if None in parts else arg[0].join(parts)  # type: ignore[arg-type]
        if fn == "Fn::Sub" and isinstance(arg, str):
            text = re.sub(r"\$\{(AWS::[A-Za-z]+)\}", lambda m: pseudo.get(m.group(1), m.group(0)), arg)
            return None if "${" in text else text
    return None


def _walk(value: Any) -> Iterable[Any]:
    yield value
    if isinstance(value, dict):
        for item in value.values():
            yield from _walk(item)
    elif isinstance(value, list):
        for item in value:
            yield from _walk(item)


# --- the calls --------------------------------------------------------------------------------------------------

# Intrinsic functions CloudFormation evaluates without calling another service as the execution role; any other
# `Fn::` in a template must be added here or handled in `deploy_calls` (Fn::GetStackOutput, Fn::GetAZs).
PURE_INTRINSICS = frozenset({
    "Fn::And", "Fn::Base64", "Fn::Cidr", "Fn::Contains", "Fn::EachMemberEquals", "Fn::EachMemberIn", "Fn::Equals",
    "Fn::FindInMap", "Fn::GetAtt", "Fn::If", "Fn::ImportValue", "Fn::Join", "Fn::Length", "Fn::Not", "Fn::Or",
    "Fn::RefAll", "Fn::Select", "Fn::Split", "Fn::Sub", "Fn::ToJsonString", "Fn::ValueOf", "Fn::ValueOfAll",
})
CALLING_INTRINSICS = frozenset({"Fn::GetStackOutput", "Fn::GetAZs"})

ROLE_ACTIONS = re.compile(
    r"iam:(CreateRole|DeleteRole|GetRole|PassRole|TagRole|UntagRole|ListRoleTags|UpdateRole|UpdateRoleDescription|"
    r"UpdateAssumeRolePolicy|PutRolePolicy|GetRolePolicy|DeleteRolePolicy|ListRolePolicies|AttachRolePolicy|"
    r"DetachRolePolicy|ListAttachedRolePolicies|PutRolePermissionsBoundary|DeleteRolePermissionsBoundary)$", re.I)
POLICY_ACTIONS = re.compile(r"iam:(CreatePolicy|CreatePolicyVersion|DeletePolicy|DeletePolicyVersion|GetPolicy|"
                            r"GetPolicyVersion|ListPolicyVersions|ListEntitiesForPolicy|TagPolicy|UntagPolicy|"
                            r"SetDefaultPolicyVersion)$", re.I)
# Handlers whose role actions act on a role the service owns, not on one of the template's roles.
SERVICE_ROLE_POLICIES = {
    "AWS::FSx::DataRepositoryAssociation": "aws-service-role/s3.data-source.lustre.fsx.amazonaws.com/AWSServiceRoleForFSxS3Access_fs-0123456789abcdef0",
    # Identity Center provisions a permission set as an AWSReservedSSO_ role (and its SAML provider) in the account.
    "AWS::SSO::Assignment": "aws-reserved/sso.amazonaws.com/AWSReservedSSO_PlatformAdmin_0123456789abcdef",
}
SAML_PROVIDERS = {"AWS::SSO::Assignment": "AWSSSO_0123456789abcdef_DO_NOT_DELETE"}


@dataclass(frozen=True)
class Role:
    """A role of the stage: its ARN once deployed (generated names start with the stack name) and boundary."""

    logical_id: str
    arn: str
    boundary: str | None


def stage_roles(templates: dict[str, dict[str, Any]], envs: dict[str, StackEnv]) -> dict[tuple[str, str], Role]:
    """(stack id, logical ID) -> Role for every AWS::IAM::Role of the stage."""
    roles = {}
    for stack_id, template in templates.items():
        env = envs[stack_id]
        for logical, resource in template.get("Resources", {}).items():
            if resource["Type"] != "AWS::IAM::Role":
                continue
            props = resource.get("Properties", {})
            name = resolve(props.get("RoleName"), env) if "RoleName" in props else f"{env.stack_name}-{logical}-AbCdEf012345"
            path = props.get("Path", "/")
            arn = f"arn:{env.partition}:iam::{env.account}:role{path}{name}"
            boundary = resolve(props.get("PermissionsBoundary"), env) if "PermissionsBoundary" in props else None
            roles[(stack_id, logical)] = Role(logical, arn, boundary)
    return roles


def _referenced_role(value: Any, stack_id: str, templates: dict[str, dict[str, Any]],
                     roles: dict[tuple[str, str], Role], stack_ids: dict[str, str]) -> Role | None:
    """The stage role a `Ref` / `Fn::GetAtt` / `Fn::GetStackOutput` value names, if any."""
    if isinstance(value, dict) and "Ref" in value:
        return roles.get((stack_id, value["Ref"]))
    if isinstance(value, dict) and "Fn::GetAtt" in value:
        return roles.get((stack_id, value["Fn::GetAtt"][0]))
    if isinstance(value, dict) and "Fn::GetStackOutput" in value:
        ref = value["Fn::GetStackOutput"]
        producer = stack_ids.get(ref["StackName"])
        if producer is None:
            return None
        output = templates[producer].get("Outputs", {}).get(ref["OutputName"], {}).get("Value")
        return _referenced_role(output, producer, templates, roles, stack_ids)
    return None


def deploy_calls(templates: dict[str, dict[str, Any]], envs: dict[str, StackEnv]) -> list[Call]:
    """Every call CloudFormation makes as the execution role to deploy (create, update, delete) these stacks."""
    roles = stage_roles(templates, envs)
    stack_ids = {env.stack_name: stack_id for stack_id, env in envs.items()}
    calls: list[Call] = []
    for stack_id, template in templates.items():
        env = envs[stack_id]
        arn = f"arn:{env.partition}"
        some_role = next((r for (s, _), r in roles.items() if s == stack_id), None)
        for name, parameter in template.get("Parameters", {}).items():
            if str(parameter.get("Type", "")).startswith("AWS::SSM::Parameter::Value"):
                calls.append(Call("ssm:GetParameters", f"{arn}:ssm:{env.region}:{env.account}:parameter{parameter.get('Default', '')}",
                                  why=f"{env.stack_name} parameter {name}"))
        for node in _walk(template):
            if isinstance(node, dict) and "Fn::GetStackOutput" in node:
                ref = node["Fn::GetStackOutput"]
                if "RoleArn" not in ref:
                    region = ref.get("Region", env.region)
                    calls.append(Call("cloudformation:DescribeStacks",
                                      f"{arn}:cloudformation:{region}:{env.account}:stack/{ref['StackName']}/0a1b2c3d-0000-1111-2222-333344445555",
                                      why=f"{env.stack_name} reads {ref['StackName']}.{ref['OutputName']}"))
            if isinstance(node, dict):
                for key in node:
                    if key.startswith("Fn::") and key not in PURE_INTRINSICS | CALLING_INTRINSICS:
                        raise ValueError(f"{env.stack_name}: intrinsic {key} is not known to need no call; add it to deploy_calls")
                if "Fn::GetAZs" in node:
                    calls.append(Call("ec2:DescribeAvailabilityZones", why=f"{env.stack_name} Fn::GetAZs"))
            if isinstance(node, str) and "{{resolve:" in node:
                for service in re.findall(r"\{\{resolve:(secretsmanager|ssm|ssm-secure):", node):
                    action = "secretsmanager:GetSecretValue" if service == "secretsmanager" else "ssm:GetParameters"
                    calls.append(Call(action, why=f"{env.stack_name} dynamic reference {{{{resolve:{service}:...}}}}"))
        for logical, resource in template.get("Resources", {}).items():
            kind, props = resource["Type"], resource.get("Properties", {})
            where = f"{env.stack_name} {logical} ({kind})"
            if kind == "AWS::CDK::Metadata":
                continue
            if kind.startswith("Custom::") or kind == "AWS::CloudFormation::CustomResource":
                calls.append(Call("lambda:InvokeFunction", f"{arn}:lambda:{env.region}:{env.account}:function:{env.stack_name}-provider",
                                  why=f"{where} service token"))
                continue
            own_role = roles.get((stack_id, logical))
            for action in handler_permissions(kind, env.region):
                if _feature_only(kind, action, props):
                    continue
                why = f"{where} handler"
                if not action.lower().startswith("iam:"):
                    calls.append(Call(action, why=why))
                    continue
                calls.extend(_iam_calls(action, kind, logical, props, stack_id, env, own_role or some_role, why,
                                        templates, roles, stack_ids))
    return calls


def _iam_calls(action: str, kind: str, logical: str, props: dict[str, Any], stack_id: str, env: StackEnv,
               role: Role | None, why: str, templates, roles, stack_ids) -> list[Call]:
    arn = f"arn:{env.partition}:iam::{env.account}"
    if action.lower() == "iam:createservicelinkedrole":
        return [Call(action, f"{arn}:role/aws-service-role/service.amazonaws.com/AWSServiceRoleForService", why=why)]
    if POLICY_ACTIONS.match(action):
        name = resolve(props.get("ManagedPolicyName"), env) if kind == "AWS::IAM::ManagedPolicy" and "ManagedPolicyName" in props \
            else f"{env.stack_name}-{logical}-AbCdEf012345"
        return [Call(action, f"{arn}:policy{props.get('Path', '/')}{name}", why=why)]
    if re.search(r"SAMLProvider", action) and kind in SAML_PROVIDERS:
        return [Call(action, f"{arn}:saml-provider/{SAML_PROVIDERS[kind]}", why=why)]
    if re.search(r"InstanceProfile", action):
        return [Call(action, f"{arn}:instance-profile/{env.stack_name}-{logical}-AbCdEf012345", why=why)]
    if ROLE_ACTIONS.match(action):
        if kind in SERVICE_ROLE_POLICIES:
            return [Call(action, f"{arn}:role/{SERVICE_ROLE_POLICIES[kind]}", why=why)]
        targets: list[Role] = []
        if kind == "AWS::IAM::Role":
            targets = [role] if role else []
        elif kind in ("AWS::IAM::Policy", "AWS::IAM::ManagedPolicy"):
            targets = [r for r in (_referenced_role(v, stack_id, templates, roles, stack_ids) for v in props.get("Roles", [])) if r]
        else:
            targets = [r for r in (_referenced_role(v, stack_id, templates, roles, stack_ids)
                                   for v in _walk(props) if isinstance(v, dict)) if r] or ([role] if role else [])
        calls = []
        for target in targets or []:
            context: dict[str, Any] = {}
            if target.boundary:
                context["iam:PermissionsBoundary"] = target.boundary
            if action.lower() in ("iam:attachrolepolicy", "iam:detachrolepolicy"):
                for policy_arn in _attached_policies(kind, logical, props, env):
                    calls.append(Call(action, target.arn, {**context, "iam:PolicyARN": policy_arn}, why))
                continue
            calls.append(Call(action, target.arn, context, why))
        return calls
    return [Call(action, "*", why=why)]  # account-level reads such as iam:ListRoles


def _attached_policies(kind: str, logical: str, props: dict[str, Any], env: StackEnv) -> list[str]:
    if kind == "AWS::IAM::ManagedPolicy":
        name = resolve(props.get("ManagedPolicyName"), env) or f"{env.stack_name}-{logical}-AbCdEf012345"
        return [f"arn:{env.partition}:iam::{env.account}:policy{props.get('Path', '/')}{name}"]
    attached = []
    for value in props.get("ManagedPolicyArns", []):
        literal = resolve(value, env)
        if literal is None and isinstance(value, dict) and "Ref" in value:
            literal = f"arn:{env.partition}:iam::{env.account}:policy/{env.stack_name}-{value['Ref']}-AbCdEf012345"
        attached.append(literal or f"arn:{env.partition}:iam::{env.account}:policy/{env.stack_name}-unresolved")
    return attached or [f"arn:{env.partition}:iam::aws:policy/none"]
