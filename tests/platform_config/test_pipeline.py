"""config/pipeline.yaml: every rule rejects its bad case naming the field and value; shipped file matches the envs."""

from __future__ import annotations

import copy

import pytest
import yaml

from platform_config import ConfigError, load_pipeline
from platform_config.loader import CONFIG_DIR
from platform_config.pipeline import parse_pipeline
from tests.support.synth import ROOT


def _shipped() -> dict:
    return yaml.safe_load((ROOT / "config" / "pipeline.yaml").read_text())


def _load_errors(tmp_path, data: dict) -> str:
    path = tmp_path / "pipeline.yaml"
    path.write_text(yaml.safe_dump(data))
    with pytest.raises(ConfigError) as info:
        load_pipeline(path)
    return str(info.value)


def test_shipped_pipeline_promotes_dev_staging_prod_with_prod_approved():
    pipeline, configs, identity_center = load_pipeline()
    assert [e.name for e in pipeline.environments] == ["dev", "staging", "prod"]
    assert [c.environment for c in configs] == ["dev", "staging", "prod"]
    assert [e.requires_approval for e in pipeline.environments] == [False, False, True]
    assert pipeline.tooling.account not in {c.account for c in configs}
    # The identity stage: config/identity.yaml and the environments it holds permission sets for.
    identity, identity_envs = identity_center
    assert (pipeline.identity_center.account, pipeline.identity_center.region) == (identity.account, identity.region)
    assert [c.environment for c in identity_envs] == ["staging", "prod"]
    assert identity.account not in {c.account for c in configs} | {pipeline.tooling.account}


def test_pipeline_without_identity_stage_loads_no_identity_file(tmp_path):
    data = _shipped()
    del data["identity_center"]
    path = tmp_path / "pipeline.yaml"
    path.write_text(yaml.safe_dump(data))
    assert load_pipeline(path)[2] is None


def test_the_loader_does_not_offer_the_pipeline_file_as_an_environment():
    from platform_config import load_config

    with pytest.raises(ConfigError, match=r"shipped environments: dev, prod, staging\)"):
        load_config(CONFIG_DIR / "qa.yaml")


ARN = "arn:aws:codeconnections:eu-west-1:444444444444:connection/5f0c1c2e-6a7b-4c8d-9e0f-1a2b3c4d5e6f"


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (lambda d: d["source"].update(connection_arn="arn:aws:codestar:eu-west-1:444444444444:connection/abc"),
         "source.connection_arn: 'arn:aws:codestar:eu-west-1:444444444444:connection/abc' is not a CodeConnections connection ARN"),
        (lambda d: d["source"].update(connection_arn=ARN.replace("444444444444", "555555555555")),
         "source.connection_arn is in account '555555555555', not the tooling account '444444444444'"),
        (lambda d: d["source"].update(repository="ml-platform"), "source.repository: String should match pattern"),
        (lambda d: d["environments"].append(copy.deepcopy(d["environments"][0])),
         "environments: each environment is promoted once, repeated: ['dev']"),
        (lambda d: d["environments"][0].update(account="444444444444"),
         "environments[0].account='444444444444' is the tooling account: deploy targets must be other accounts"),
        (lambda d: d["environments"][1].update(account="12"), "environments[1].account: String should match pattern"),
        (lambda d: d.update(log_retention_days=100), "log_retention_days: 100 is not a retention CloudWatch Logs accepts"),
        (lambda d: d.update(artifact_retention_days=0), "artifact_retention_days: Input should be greater than or equal to 1"),
        (lambda d: d.update(environments=[]), "environments: Tuple should have at least 1 item"),
        (lambda d: d["tooling"].update(colour="blue"), "tooling.colour: unknown key (value 'blue')"),
        (lambda d: d["identity_center"].update(account="444444444444"),
         "identity_center.account='444444444444' is the tooling account: deploy targets must be other accounts"),
        (lambda d: d["environments"][0].update(name="identity"),
         "environments[0].name='identity' is reserved for a file that is not an environment"),
    ],
)
def test_model_rule_rejects_bad_value_with_field_named(mutate, expected):
    data = _shipped()
    mutate(data)
    with pytest.raises(ConfigError) as info:
        parse_pipeline(data, source="pipeline.yaml")
    assert expected in str(info.value)


@pytest.mark.parametrize(
    ("index", "key", "value", "expected"),
    [
        (1, "name", "qa", "environments[1].name: 'qa' has no qa.yaml (shipped environments: dev, prod, staging)"),
        (1, "account", "999999999999", "environments[1].account: '999999999999' does not match config/staging.yaml account '222222222222'"),
        (2, "region", "us-east-1", "environments[2].region: 'us-east-1' does not match config/prod.yaml region 'eu-west-1'"),
        (2, "requires_approval", False, "environments[2].requires_approval: false for 'prod', a tier prod environment"),
    ],
)
def test_environments_must_match_their_config_files(tmp_path, index, key, value, expected):
    data = _shipped()
    data["environments"][index][key] = value
    assert expected in _load_errors(tmp_path, data)


@pytest.mark.parametrize(
    ("key", "value", "expected"),
    [
        ("account", "999999999999", "identity_center.account: '999999999999' does not match config/identity.yaml account '555555555555'"),
        ("region", "us-east-1", "identity_center.region: 'us-east-1' does not match config/identity.yaml region 'eu-west-1'"),
    ],
)
def test_identity_stage_must_match_the_identity_file(tmp_path, key, value, expected):
    data = _shipped()
    data["identity_center"][key] = value
    assert expected in _load_errors(tmp_path, data)


def test_group_ids_of_an_environment_the_identity_file_leaves_out_are_an_error(tmp_path):
    # dev assigns groups, but config/identity.yaml holds no permission sets for dev: nothing would assign them.
    config_dir = tmp_path / "config"
    config_dir.mkdir()
    for name in ("staging", "prod", "identity"):
        (config_dir / f"{name}.yaml").write_text((CONFIG_DIR / f"{name}.yaml").read_text())
    dev = yaml.safe_load((CONFIG_DIR / "dev.yaml").read_text())
    dev["identity"]["permission_sets"] = {"read_only": {"group_ids": ["a1b2c3d4e5-3c4d5e6f-7a8b-4c9d-0e1f-2a3b4c5d6e7f"]}}
    (config_dir / "dev.yaml").write_text(yaml.safe_dump(dev))
    path = tmp_path / "pipeline.yaml"
    path.write_text(yaml.safe_dump(_shipped()))
    with pytest.raises(ConfigError) as info:
        load_pipeline(path, config_dir=config_dir)
    assert ("environments[0].name: config/dev.yaml assigns group_ids of ['read_only'] but config/identity.yaml "
            "does not list 'dev' in its environments") in str(info.value)


def test_identity_file_errors_are_reported_through_the_pipeline(tmp_path):
    config_dir = tmp_path / "config"
    config_dir.mkdir()
    for name in ("dev", "staging", "prod"):
        (config_dir / f"{name}.yaml").write_text((CONFIG_DIR / f"{name}.yaml").read_text())
    identity = yaml.safe_load((CONFIG_DIR / "identity.yaml").read_text())
    identity["instance_arn"] = "arn:aws:sso:::instance/bad"
    (config_dir / "identity.yaml").write_text(yaml.safe_dump(identity))
    path = tmp_path / "pipeline.yaml"
    path.write_text(yaml.safe_dump(_shipped()))
    with pytest.raises(ConfigError) as info:
        load_pipeline(path, config_dir=config_dir)
    assert f"identity_center ({config_dir / 'identity.yaml'}): instance_arn: String should match pattern" in str(info.value)


def test_project_must_match_the_environments(tmp_path):
    data = _shipped()
    data["project"] = "other"
    report = _load_errors(tmp_path, data)
    assert "environments[0].name: config/dev.yaml has project 'mlplatform', the pipeline 'other'" in report


def test_every_mismatch_is_reported_at_once(tmp_path):
    data = _shipped()
    data["environments"][0]["account"] = "999999999999"
    data["environments"][2]["requires_approval"] = False
    report = _load_errors(tmp_path, data)
    assert report.startswith(f"{tmp_path / 'pipeline.yaml'}: 2 configuration errors")
    assert "environments[0].account" in report and "environments[2].requires_approval" in report


def test_missing_pipeline_file_is_a_config_error(tmp_path):
    with pytest.raises(ConfigError, match="no such file"):
        load_pipeline(tmp_path / "nope.yaml")


def test_pipeline_reference_matches_the_model():
    import subprocess
    import sys

    generated = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "config_reference.py"), "--pipeline"], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert generated.startswith("<!-- pipeline-reference:start") and "`source.connection_arn`" in generated
    assert generated in (ROOT / "docs" / "configuration.md").read_text(), "docs/configuration.md pipeline reference is stale: run `make docs`"
