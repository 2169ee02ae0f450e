"""Config that forgives the common mistakes: one report with every problem, hints that say what to write."""

from __future__ import annotations

import copy

import pytest
import yaml

from platform_config import ConfigError, load_config, parse_config
from tests.support.synth import ROOT


def _config(env: str) -> dict:
    return yaml.safe_load((ROOT / "config" / f"{env}.yaml").read_text())


def _errors(data: dict) -> str:
    with pytest.raises(ConfigError) as info:
        parse_config(data, source="bad.yaml")
    return str(info.value)


def test_cross_field_problems_are_reported_with_field_errors():
    data = _config("prod")
    data["account"] = "33"  # a field error
    data["removal_policy"] = "destroy"  # a tier rule
    data["kubeflow_pipelines"]["database"]["readers"] = 0  # a tier rule of another section
    data["cluster"]["kubernetes_version"] = "1.29"  # a field error inside a section ...
    data["cluster"]["endpoint_public_access"] = True  # ... hiding that section's own cross-field rule
    report = _errors(data)
    assert report.startswith("bad.yaml: 5 configuration errors")
    assert "  - account: String should match pattern" in report
    assert "  - removal_policy='destroy' is only allowed for tier 'dev', not 'prod'" in report
    assert "  - kubeflow_pipelines.database.readers=0: prod needs at least one reader" in report
    assert "  - cluster.kubernetes_version: '1.29' is not supported" in report
    assert "  - cluster: endpoint_public_access=true needs public_access_cidrs" in report


def test_a_rule_that_reads_a_failed_field_is_skipped_not_guessed():
    data = _config("prod")
    data["region"] = "Europe"  # the zones rule reads the region: no second, misleading error about the zones
    report = _errors(data)
    assert report.startswith("bad.yaml: 1 configuration error\n")
    assert "region: String should match pattern" in report


def test_all_rules_of_a_valid_file_are_reported_together():
    data = _config("prod")
    data["removal_policy"] = "destroy"
    data["login"]["mfa"] = "optional"
    report = _errors(data)
    assert "removal_policy='destroy'" in report and "login.mfa='optional': prod requires MFA" in report


def test_yaml_syntax_error_names_file_line_and_column(tmp_path):
    broken = tmp_path / "broken.yaml"
    broken.write_text("environment: dev\ncluster:\n  kubernetes_version: \"1.35\n  endpoint_public_access: [true\n")
    with pytest.raises(ConfigError) as info:
        load_config(broken)
    assert f"{broken}:" in str(info.value)
    broken.write_text("environment: dev\ntier: dev\n  region: eu-west-1\n")
    with pytest.raises(ConfigError) as info:
        load_config(broken)
    assert f"  - {broken}:3:9: not valid YAML: mapping values are not allowed here" in str(info.value)
    assert "\n        region: eu-west-1\n" in str(info.value)


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ('kubernetes_version: "1.35"', 'cluster.kubernetes_version: YAML reads the unquoted 1.30 as the number 1.3, not text: '
                                       'write it in quotes, "1.30"'),
        ('engine_version: "3.10.1"', 'kubeflow_pipelines.database.engine_version: YAML reads the unquoted 3.10 as the number 3.1'),
        ('account: "111111111111"', 'account: YAML reads the unquoted 111111111111 as a number, not text: write it in quotes'),
    ],
)
def test_unquoted_number_where_text_is_expected_gets_a_quote_hint(tmp_path, written, expected):
    key = written.split(":")[0]
    unquoted = {"kubernetes_version": "1.30", "engine_version": "3.10", "account": "111111111111"}[key]
    text = (ROOT / "config" / "dev.yaml").read_text()
    assert written in text
    bad = tmp_path / "dev.yaml"
    bad.write_text(text.replace(written, f"{key}: {unquoted}"))
    with pytest.raises(ConfigError) as info:
        load_config(bad)
    assert expected in str(info.value)


def test_desired_size_defaults_to_min_size():
    data = _config("prod")
    system = data["cluster"]["system_node_group"]
    del system["desired_size"]
    system["min_size"] = 4
    gpu = data["cluster"]["gpu_node_groups"][0]
    del gpu["desired_size"]
    gpu["min_size"] = 1
    config = parse_config(data, source="prod.yaml")
    assert config.cluster.system_node_group.desired_size == 4
    assert config.cluster.gpu_node_groups[0].desired_size == 1


def test_desired_size_defaults_to_min_size_in_a_partial_section():
    data = _config("prod")
    data["cluster"]["system_node_group"] = {"min_size": 5}  # laid over the default section (min 2, max 6)
    assert parse_config(data, source="prod.yaml").cluster.system_node_group.desired_size == 5


def _gpu_model(data: dict, gpu: int) -> dict:
    data = copy.deepcopy(data)
    data["serving"]["models"][0]["gpu"] = gpu
    return data


def test_gpu_model_without_gpu_node_group_is_an_error():
    data = _gpu_model(_config("dev"), 1)
    data["cluster"]["gpu_node_groups"] = []
    report = _errors(data)
    assert "serving.models[0].gpu=1: model 'churn' asks for GPUs but cluster.gpu_node_groups is empty" in report
    data["serving"]["batch_jobs"][0]["gpu"] = 1
    assert "serving.batch_jobs[0].gpu=1: batch job 'churn-monthly' asks for GPUs" in _errors(data)


def test_gpu_model_with_a_gpu_node_group_is_accepted():
    assert parse_config(_gpu_model(_config("dev"), 1), source="dev.yaml").serving.models[0].gpu == 1


def _paths(node, prefix=()):
    """Every key path of a loaded YAML document, lists by index."""
    items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
    for key, value in items:
        yield (*prefix, key)
        yield from _paths(value, (*prefix, key))


@pytest.mark.parametrize("env", ["dev", "prod"])
def test_any_one_bad_value_gives_a_report_never_a_crash(env):
    """The cross-field rules that still run beside a failed field must cope with every kind of failure."""
    original = _config(env)
    for path in _paths(original):
        for wrong in (12.5, {"unexpected": 1}):
            data = copy.deepcopy(original)
            node = data
            for key in path[:-1]:
                node = node[key]
            node[path[-1]] = wrong
            try:
                parse_config(data, source="bad.yaml")
            except ConfigError:
                pass


def test_pipeline_file_gets_the_same_hints(tmp_path):
    from platform_config import load_pipeline

    bad = tmp_path / "pipeline.yaml"
    bad.write_text((ROOT / "config" / "pipeline.yaml").read_text().replace('account: "222222222222"', "account: 222222222222", 1))
    with pytest.raises(ConfigError) as info:
        load_pipeline(bad)
    assert 'environments[1].account: YAML reads the unquoted 222222222222 as a number, not text: write it in quotes' in str(info.value)
    bad.write_text("project: [mlplatform\n")
    with pytest.raises(ConfigError, match=rf"{bad}:2:1: not valid YAML"):
        load_pipeline(bad)


def test_unquoted_keyword_read_as_a_boolean_gets_a_quote_hint(tmp_path):
    text = (ROOT / "config" / "prod.yaml").read_text()
    assert "  mfa: required\n" in text
    bad = tmp_path / "prod.yaml"
    bad.write_text(text.replace("  mfa: required\n", "  mfa: off\n"))
    with pytest.raises(ConfigError) as info:
        load_config(bad)
    assert ("login.mfa: Input should be 'off', 'optional' or 'required' (got False): "
            'YAML reads the unquoted off as the boolean false, not text: write it in quotes, "off"') in str(info.value)
