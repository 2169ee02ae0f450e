"""The self-mutating CDK pipeline: synth (tests first), then one stage per environment, approval before prod."""

from __future__ import annotations

import re

import aws_cdk as cdk
from aws_cdk import aws_codebuild as codebuild
from aws_cdk import aws_iam as iam
from aws_cdk import pipelines
from constructs import Construct

from platform_config.pipeline import PipelineConfig, PipelineEnvironment, PipelineIdentityCenter
from platform_constructs.compliance import acknowledge
from platform_constructs.pipeline_artifacts import PipelineArtifacts

# The CLI the self-mutation step installs: the same pin as package.json (a test keeps them equal).
CDK_CLI_VERSION = "2.1148.1"
# The asset publisher the generated asset steps install (`npm install -g cdk-assets@...`), pinned too.
CDK_ASSETS_VERSION = "4.7.3"
# `cdk bootstrap` default qualifier; the bootstrap commands of docs/platform-engineer.md keep it.
BOOTSTRAP_QUALIFIER = "hnb659fds"
# Commands the synth step runs: the two commands of the README, tests first (`make synth-pipeline` is
# `make synth` for the pipeline app). They install from the pinned requirements*.txt and package-lock.json.
SYNTH_COMMANDS = ("make test", "make synth-pipeline")
# CodeBuild standard 7.0 (Ubuntu 22.04) offers Python 3.11, the version the project pins.
# https://docs.aws.amazon.com/codebuild/latest/userguide/available-runtimes.html
PYTHON_RUNTIME = {"phases": {"install": {"runtime-versions": {"python": "3.11"}}}}
# What `python -m platform_cli` needs (boto3, pydantic, PyYAML, pinned; requirements.txt includes it): the
# preflight step installs only these, not the CDK.
PREFLIGHT_REQUIREMENTS = "requirements-cli.txt"


# Why each wildcard CDK Pipelines writes into its generated policies is as narrow as it gets. A finding is
# acknowledged only when it matches a pattern here and the statements that produce it grant only the listed
# actions (None: any action of that finding's kind); anything else fails synth (`finish`).
_ACCOUNT_REGION = r"[a-z0-9-]+:\d{12}"
_BUILD_RUNNER = frozenset({"codebuild:BatchGetBuilds", "codebuild:StartBuild", "codebuild:StopBuild"})
WILDCARD_RULES: tuple[tuple[re.Pattern[str], frozenset[str] | None, str], ...] = (
    (re.compile(r"^Action::s3:(GetBucket|GetObject|List|DeleteObject|Abort)\*$"), None,
     "CDK grant on the pipeline's own artifact bucket; S3 read/write action groups are wildcards"),
    (re.compile(r"^Action::kms:(GenerateDataKey|ReEncrypt)\*$"), None,
     "CDK grant on the pipeline's own artifact key; KMS data-key action groups are wildcards"),
    (re.compile(r"^Resource::<ArtifactsBucket[0-9A-F]{8}\.Arn>/\*$"), None,
     "Objects of the pipeline's own artifact bucket (one prefix per pipeline run)"),
    (re.compile(rf"^Resource::arn:aws:logs:{_ACCOUNT_REGION}:log-group:/aws/codebuild/<[A-Za-z0-9]+>:\*$"), None,
     "CodeBuild default grant: log streams of this project's own /aws/codebuild log group"),
    (re.compile(rf"^Resource::arn:aws:codebuild:{_ACCOUNT_REGION}:report-group/<[A-Za-z0-9]+>-\*$"), None,
     "CodeBuild default grant: report groups named after this project only"),
    (re.compile(rf"^Resource::arn:aws:logs:{_ACCOUNT_REGION}:log-group:/aws/codebuild/\*$"), None,
     "Shared asset role: CodeBuild log groups of the generated asset projects, named only at deploy time"),
    (re.compile(rf"^Resource::arn:aws:codebuild:{_ACCOUNT_REGION}:report-group/\*$"), None,
     "Shared asset role: report groups of the generated asset projects, named only at deploy time"),
    (re.compile(r"^Resource::arn:\*:iam::\d{12}:role/\*$"), frozenset({"sts:AssumeRole"}),
     "Self-mutation assumes only roles tagged aws-cdk:bootstrap-role (deploy, publishing) in the tooling account"),
    (re.compile(r"^Resource::\*$"), frozenset({"cloudformation:DescribeStacks", "s3:ListBucket"}),
     "Read-only: self-mutation reads the bootstrap stack and lists buckets, whose names it cannot know"),
    (re.compile(r"^Resource::\*$"), _BUILD_RUNNER,
     "Shared asset role starts and watches the generated asset builds; CodeBuild has no narrower key here"),
)
NO_INLINE_REASON = (
    "CDK Pipelines generates one policy per role, scoped to that role's own pipeline resources; "
    "a managed policy would be shared and broader"
)


def _flatten(value: object) -> str:
    """A policy element as cdk-nag prints it in a finding: `Ref` -> `<Id>`, `GetAtt` -> `<Id.Attr>`, joins joined."""
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        if "Ref" in value:
            return f"<{value['Ref']}>"
        if "Fn::GetAtt" in value:
            return f"<{value['Fn::GetAtt'][0]}.{value['Fn::GetAtt'][1]}>"
        if "Fn::Sub" in value and isinstance(value["Fn::Sub"], str):
            return value["Fn::Sub"]
        if "Fn::Join" in value:
            separator, parts = value["Fn::Join"]
            return separator.join(_flatten(part) for part in parts)
    raise ValueError(f"unexpected policy element {value!r}")


def _as_list(value: object) -> list:
    return value if isinstance(value, list) else [value] if value is not None else []


def wildcard_findings(document: dict) -> dict[str, set[str]]:
    """cdk-nag AwsSolutions-IAM5 finding keys (`Action::s3:List*`, `Resource::...`) of a resolved policy
    document, each with the actions of the statements that produce it."""
    found: dict[str, set[str]] = {}
    for statement in document.get("Statement", []):
        if statement.get("Effect") != "Allow":
            continue
        actions = {str(a) for a in _as_list(statement.get("Action"))}
        for kind in ("Action", "Resource"):
            for item in _as_list(statement.get(kind)):
                text = _flatten(item)
                if "*" in text:
                    found.setdefault(f"{kind}::{text}", set()).update(actions)
    return dict(sorted(found.items()))


def wildcard_reason(finding: str, actions: set[str]) -> str | None:
    """The reviewed reason for one wildcard finding, or None when no rule covers it."""
    for pattern, allowed, reason in WILDCARD_RULES:
        if pattern.match(finding) and (allowed is None or actions <= allowed):
            return reason
    return None


def _join_as_sub(value: object) -> object:
    """`Fn::Join` with an empty delimiter of literals and `Ref`s -> the equivalent `Fn::Sub` (cfn-lint E3703)."""
    if isinstance(value, list):
        return [_join_as_sub(item) for item in value]
    if not isinstance(value, dict):
        return value
    join = value.get("Fn::Join")
    if join and join[0] == "" and all(isinstance(p, str) or set(p) == {"Ref"} for p in join[1]):
        return {"Fn::Sub": "".join(p.replace("${", "${!") if isinstance(p, str) else "${%s}" % p["Ref"] for p in join[1])}
    return {key: _join_as_sub(item) for key, item in value.items()}


def lookup_role_arn(account: str, region: str) -> str:
    """The bootstrap's read-only lookup role in a target account; `--trust <tooling>` lets the pipeline assume it."""
    return f"arn:aws:iam::{account}:role/cdk-{BOOTSTRAP_QUALIFIER}-lookup-role-{account}-{region}"


class DeliveryPipeline(Construct):
    """CDK Pipelines over CodePipeline V2 in the tooling account, artifacts in `artifacts`, logs retained.

    Add environments in promotion order with `add_environment`; the pipeline deploys each stage to the stage's
    own account and region through that account's bootstrap roles (cross-account, so the artifact key is shared).
    """

    def __init__(self, scope: Construct, construct_id: str, *, config: PipelineConfig, artifacts: PipelineArtifacts) -> None:
        super().__init__(scope, construct_id)
        self.config = config
        name = f"{config.project}-delivery"
        self.source = pipelines.CodePipelineSource.connection(
            config.source.repository,
            config.source.branch,
            connection_arn=config.source.connection_arn,
            # A real clone (history, symlinks): `make review` and the tests need git.
            code_build_clone_output=True,
        )
        self.synth_step = pipelines.CodeBuildStep(
            "Synth",
            input=self.source,
            commands=list(SYNTH_COMMANDS),
            primary_output_directory="cdk.out",
            partial_build_spec=codebuild.BuildSpec.from_object(PYTHON_RUNTIME),
        )
        self.pipeline = pipelines.CodePipeline(
            self,
            "Pipeline",
            pipeline_name=name,
            synth=self.synth_step,
            artifact_bucket=artifacts.bucket,
            # The bucket above brings its own customer key; these two cover the replication buckets CDK adds
            # for an environment in another region (cross-account deploys need a shareable key there too).
            cross_account_keys=True,
            enable_key_rotation=True,
            self_mutation=True,
            cli_version=CDK_CLI_VERSION,
            cdk_assets_cli_version=CDK_ASSETS_VERSION,
            publish_assets_in_parallel=False,
            code_build_defaults=pipelines.CodeBuildOptions(
                build_environment=codebuild.BuildEnvironment(
                    build_image=codebuild.LinuxBuildImage.STANDARD_7_0,
                    compute_type=codebuild.ComputeType.MEDIUM,
                    privileged=False,
                ),
                logging=codebuild.LoggingOptions(
                    cloud_watch=codebuild.CloudWatchLoggingOptions(log_group=artifacts.build_logs)
                ),
                timeout=cdk.Duration.minutes(90),
            ),
        )
        self.artifacts = artifacts
        self.approvals: dict[str, pipelines.ManualApprovalStep] = {}
        self.reviews: dict[str, pipelines.CodeBuildStep] = {}
        self.checks: dict[str, pipelines.CodeBuildStep] = {}
        self.preflights: dict[str, pipelines.CodeBuildStep] = {}

    def add_identity_center(self, stage: cdk.Stage, *, target: PipelineIdentityCenter) -> pipelines.StageDeployment:
        """Deploy the identity stage (Identity Center in the identity account) before any environment.

        Call it before `add_environment`: CDK Pipelines runs stages in the order they are added. The stage deploys
        through the identity account's bootstrap roles, like an environment (`--trust <tooling account>`).
        """
        pre: list[pipelines.Step] = []
        if target.requires_approval:
            approve = pipelines.ManualApprovalStep(
                "Approve",
                comment=(
                    f"Deploy Identity Center ({target.account}, {target.region})? It changes the permission sets and "
                    "assignments of every environment."
                ),
            )
            pre = [approve]
            self.approvals[stage.node.id] = approve
        return self.pipeline.add_stage(stage, pre=pre)

    def add_environment(
        self, stage: cdk.Stage, *, environment: PipelineEnvironment, stack_names: list[str], kubernetes_version: str
    ) -> pipelines.StageDeployment:
        """Deploy `stage` after the environments added before it; review + approval first if it requires one."""
        lookup_role = lookup_role_arn(environment.account, environment.region)
        assume_lookup = iam.PolicyStatement(actions=["sts:AssumeRole"], resources=[lookup_role])
        # Account preflight (docs/platform-engineer.md, Deploy an environment by hand): read-only through the lookup role; a failed check
        # fails this action, so the environment stops before its first CloudFormation change set.
        preflight = pipelines.CodeBuildStep(
            "Preflight",
            input=self.source,
            install_commands=[f"python3 -m pip install --quiet -r {PREFLIGHT_REQUIREMENTS}"],
            commands=[f"python3 -m platform_cli preflight --env {environment.name} --role-arn {lookup_role}"],
            partial_build_spec=codebuild.BuildSpec.from_object(PYTHON_RUNTIME),
            role_policy_statements=[assume_lookup],
        )
        self.preflights[environment.name] = preflight
        pre: list[pipelines.Step] = [preflight]
        if environment.requires_approval:
            review = pipelines.CodeBuildStep(
                "Review",
                input=self.source,
                additional_inputs={"cdk.out": self.synth_step.primary_output},
                install_commands=["npm ci --no-audit --no-fund"],
                commands=[
                    # The deployed templates (read-only lookup role, no change set) against the new ones: the CLI's
                    # diff per stack, the cluster's objects, the stateful check; to the build log and the artifact
                    # (terminal text and Markdown).
                    f"python3 scripts/review.py --live --assembly cdk.out --env {environment.name} "
                    f"--report review/{environment.name}.txt --markdown review/{environment.name}.md",
                ],
                primary_output_directory="review",
                partial_build_spec=codebuild.BuildSpec.from_object(PYTHON_RUNTIME),
                role_policy_statements=[assume_lookup],
                env={"CDK_DISABLE_VERSION_CHECK": "1"},
            )
            approve = pipelines.ManualApprovalStep(
                "Approve",
                comment=(
                    f"Deploy {environment.name} ({environment.account}, {environment.region})? Read the Review "
                    "action's log first: the summary, the STATEFUL findings, then per stack the AWS changes and the "
                    "cluster's objects (docs/reviewer.md)."
                ),
            )
            pre = pipelines.Step.sequence([preflight, review, approve])
            self.reviews[environment.name] = review
            self.approvals[environment.name] = approve
        check = pipelines.CodeBuildStep(
            "Verify",
            input=self.source,
            commands=["bash scripts/verify_environment.sh"],
            env={
                "TARGET_ACCOUNT": environment.account,
                "TARGET_REGION": environment.region,
                "LOOKUP_ROLE_ARN": lookup_role,
                "STACKS": " ".join(stack_names),
                "KUBERNETES_VERSION": kubernetes_version,
            },
            role_policy_statements=[assume_lookup],
        )
        self.checks[environment.name] = check
        return self.pipeline.add_stage(stage, pre=pre, post=[check])

    def finish(self) -> None:
        """Build the pipeline (after the last environment) and acknowledge what CDK Pipelines generated.

        Each generated policy gets one acknowledgment per wildcard it actually contains, with the reason that
        wildcard is scoped (`WILDCARD_RULES`); a wildcard of an unknown shape raises here, so a new CDK
        release that broadens a grant fails synth instead of being waved through.
        """
        self.pipeline.build_pipeline()
        stack = cdk.Stack.of(self)
        # Cross-account role ARNs come out as `Fn::Join` of the partition; cfn-lint wants `Fn::Sub`.
        cfn_pipeline = self.pipeline.pipeline.node.default_child
        stages = stack.resolve(cfn_pipeline.stages)
        for i, stage in enumerate(stages):
            for j, action in enumerate(stage.get("actions", [])):
                for key, value in (action.get("configuration") or {}).items():
                    if _join_as_sub(value) != value:
                        cfn_pipeline.add_property_override(f"Stages.{i}.Actions.{j}.Configuration.{key}", _join_as_sub(value))
        for node in self.pipeline.node.find_all():
            if not isinstance(node, iam.CfnPolicy):
                continue
            owner = node.node.scope
            document = stack.resolve(node.policy_document)
            for finding, actions in wildcard_findings(document).items():
                reason = wildcard_reason(finding, actions)
                if reason is None:
                    raise ValueError(
                        f"{node.node.path}: no reviewed reason for wildcard {finding!r} (actions {sorted(actions)}); "
                        "narrow it or add a rule to WILDCARD_RULES"
                    )
                acknowledge(owner, f"AwsSolutions-IAM5[{finding}]", reason)
                if finding == "Resource::*" and actions <= _BUILD_RUNNER:
                    node.add_metadata("checkov", {"skip": [{"id": "CKV_AWS_111", "comment": reason}]})
            acknowledge(owner, "NIST.800.53.R5-IAMNoInlinePolicy", NO_INLINE_REASON)
