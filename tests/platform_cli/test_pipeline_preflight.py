"""The pipeline runs `mlplatform preflight` through the lookup role before each environment's first deploy action."""

from __future__ import annotations

import json

import aws_cdk as cdk
import yaml
from aws_cdk import assertions

from platform_config.pipeline import parse_pipeline
from platform_constructs.delivery_pipeline import PREFLIGHT_REQUIREMENTS, DeliveryPipeline, lookup_role_arn
from platform_constructs.pipeline_artifacts import PipelineArtifacts
from tests.support.synth import CDK_CONTEXT, ROOT


def _stages(template: dict) -> dict[str, list[dict]]:
    (pipeline,) = [r for r in template["Resources"].values() if r["Type"] == "AWS::CodePipeline::Pipeline"]
    return {stage["Name"]: stage["Actions"] for stage in pipeline["Properties"]["Stages"]}


def _assert_preflight_first(template: dict, environments) -> None:
    stages = _stages(template)
    for env in environments:
        actions = stages[env.name]
        (preflight,) = [a for a in actions if a["Name"] == "Preflight"]
        deploys = [a for a in actions if a["ActionTypeId"]["Category"] == "Deploy"]
        assert deploys, env.name
        # Every other action of the stage (review, approval, change sets) comes after the preflight.
        assert all(preflight["RunOrder"] < a["RunOrder"] for a in actions if a is not preflight), env.name
        project = template["Resources"][preflight["Configuration"]["ProjectName"]["Ref"]]
        spec = json.loads(project["Properties"]["Source"]["BuildSpec"])
        commands = spec["phases"]["build"]["commands"]
        lookup = lookup_role_arn(env.account, env.region)
        assert commands == [f"python3 -m platform_cli preflight --env {env.name} --role-arn {lookup}"]
        assert spec["phases"]["install"]["commands"] == [f"python3 -m pip install --quiet -r {PREFLIGHT_REQUIREMENTS}"]
        # The step's role may assume that environment's lookup role, and nothing else is granted for it.
        role_ref = project["Properties"]["ServiceRole"]["Fn::GetAtt"][0]
        statements = [s for r in template["Resources"].values() if r["Type"] == "AWS::IAM::Policy"
                      and {"Ref": role_ref} in r["Properties"]["Roles"] for s in r["Properties"]["PolicyDocument"]["Statement"]]
        assume = [s for s in statements if s["Action"] == "sts:AssumeRole"]
        assert [s["Resource"] for s in assume] == [lookup], env.name


def test_preflight_runs_before_each_environment_deploys(tmp_path):
    config = parse_pipeline(yaml.safe_load((ROOT / "config" / "pipeline.yaml").read_text()), source="pipeline.yaml")
    app = cdk.App(outdir=str(tmp_path), context=CDK_CONTEXT)
    stack = cdk.Stack(app, "P", env=cdk.Environment(account=config.tooling.account, region=config.tooling.region))
    artifacts = PipelineArtifacts(stack, "Artifacts", name_prefix="p", artifact_retention_days=1, log_retention_days=1)
    delivery = DeliveryPipeline(stack, "Delivery", config=config, artifacts=artifacts)
    for env in config.environments:
        stage = cdk.Stage(app, env.name, env=cdk.Environment(account=env.account, region=env.region))
        inner = cdk.Stack(stage, "Stack", stack_name=f"{config.project}-{env.name}-stack")
        cdk.CfnResource(inner, "Topic", type="AWS::SNS::Topic")
        delivery.add_environment(stage, environment=env, stack_names=[inner.stack_name], kubernetes_version="1.35")
    delivery.finish()
    _assert_preflight_first(assertions.Template.from_stack(stack).to_json(), config.environments)


def test_cli_requirements_are_the_pins_requirements_txt_installs():
    cli = [l for l in (ROOT / PREFLIGHT_REQUIREMENTS).read_text().splitlines() if l and not l.startswith("#")]
    assert cli and all("==" in line for line in cli)
    assert f"-r {PREFLIGHT_REQUIREMENTS}" in (ROOT / "requirements.txt").read_text().splitlines()


def test_synthesized_pipeline_runs_preflight_before_every_environment(pipeline):
    _assert_preflight_first(pipeline.json(), pipeline.config.environments)
