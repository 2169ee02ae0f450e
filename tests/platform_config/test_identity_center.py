"""config/identity.yaml: every rule rejects its bad case naming the field and value; cross-checks with the environments."""

from __future__ import annotations

import pytest
import yaml

from platform_config import ConfigError, load_config, load_identity_center
from platform_config.identity_center import parse_identity_center
from platform_config.loader import CONFIG_DIR
from tests.platform_config.test_models import _set


def _shipped() -> dict:
    return yaml.safe_load((CONFIG_DIR / "identity.yaml").read_text())


def _config_dir(tmp_path, *, identity: dict, envs: dict[str, dict] | None = None):
    """A config directory with the shipped environment files (some replaced by `envs`) and `identity`."""
    config_dir = tmp_path / "config"
    config_dir.mkdir()
    for name in ("dev", "staging", "prod"):
        (config_dir / f"{name}.yaml").write_text((CONFIG_DIR / f"{name}.yaml").read_text())
    for name, data in (envs or {}).items():
        (config_dir / f"{name}.yaml").write_text(yaml.safe_dump(data))
    (config_dir / "identity.yaml").write_text(yaml.safe_dump(identity))
    return config_dir


def _load_errors(tmp_path, identity: dict, envs: dict[str, dict] | None = None) -> str:
    config_dir = _config_dir(tmp_path, identity=identity, envs=envs)
    with pytest.raises(ConfigError) as info:
        load_identity_center(config_dir / "identity.yaml", config_dir=config_dir)
    return str(info.value)


def test_shipped_identity_file_holds_staging_and_prod_in_its_own_account():
    identity, envs = load_identity_center()
    assert [e.environment for e in envs] == list(identity.environments) == ["staging", "prod"]
    assert identity.account not in {e.account for e in envs}
    assert identity.directory is not None and len(identity.directory.vpc.subnet_ids) == 2
    assert identity.permission_set_name("prod", "platform_admin") == "mlp-prod-platform-admin"


def test_the_loader_does_not_offer_the_identity_file_as_an_environment():
    with pytest.raises(ConfigError, match=r"shipped environments: dev, prod, staging\)"):
        load_config(CONFIG_DIR / "qa.yaml")


@pytest.mark.parametrize(
    ("path", "value", "expected"),
    [
        ("instance_arn", "arn:aws:sso:::instance/bad", "instance_arn: String should match pattern"),
        ("account", "55", "account: String should match pattern"),
        ("permission_set_prefix", "Platform", "permission_set_prefix: String should match pattern"),
        ("environments", [], "environments: Tuple should have at least 1 item"),
        ("environments", ["prod", "prod"], "environments: each environment is listed once, repeated: ['prod']"),
        ("environments", ["pipeline"], "environments: ['pipeline'] name files that are not environments"),
        ("directory.name", "corp", "directory.name: String should match pattern"),
        ("directory.short_name", "A-VERY-LONG-NETBIOS", "directory.short_name: String should match pattern"),
        ("directory.vpc.subnet_ids", ["subnet-0a1b2c3d4e5f60001"], "directory.vpc.subnet_ids: Tuple should have at least 2 items"),
        ("directory.vpc.subnet_ids", ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60001"],
         "directory.vpc: subnet_ids=['subnet-0a1b2c3d4e5f60001', 'subnet-0a1b2c3d4e5f60001']: two different subnets are needed"),
        ("directory.vpc.availability_zones", ["eu-west-1a", "eu-west-1a"],
         "directory.vpc: availability_zones=['eu-west-1a', 'eu-west-1a']: the two domain controllers need two different AZs"),
        ("directory.vpc.availability_zones", ["us-east-1a", "us-east-1b"],
         "directory.vpc.availability_zones ['us-east-1a', 'us-east-1b'] are not zones of region 'eu-west-1'"),
        ("directory.vpc.vpc_id", "my-vpc", "directory.vpc.vpc_id: String should match pattern"),
        ("colour", "blue", "colour: unknown key (value 'blue')"),
    ],
)
def test_rule_rejects_bad_value_with_field_named(path, value, expected):
    with pytest.raises(ConfigError) as info:
        parse_identity_center(_set(_shipped(), path, value), source="identity.yaml")
    assert expected in str(info.value)


def test_role_arns_must_name_this_files_permission_sets(tmp_path):
    # prod maps roles of `mlp-prod-*` permission sets; with another prefix they are not this stack's roles.
    report = _load_errors(tmp_path, _set(_shipped(), "permission_set_prefix", "acme"))
    assert ("environments[1]: config/prod.yaml identity.permission_sets.platform_admin.role_arn is the role of permission set "
            "'mlp-prod-platform-admin', this file names it 'acme-prod-platform-admin'") in report


def test_long_names_break_the_permission_set_limit_and_unknown_environments_are_named(tmp_path):
    data = _set(_set(_shipped(), "permission_set_prefix", "mlplatfo"), "environments", ["production1", "qa"])
    production = _set(yaml.safe_load((CONFIG_DIR / "staging.yaml").read_text()), "environment", "production1")
    for item in production["identity"]["permission_sets"].values():
        item.pop("role_arn", None)
    report = _load_errors(tmp_path, data, envs={"production1": production})
    assert "permission_set_prefix: permission set name 'mlplatfo-production1-data-scientist' is longer than 32 characters" in report
    assert "environments[1]: 'qa' has no qa.yaml (shipped environments: dev, prod, production1, staging)" in report


def test_environment_errors_are_reported_with_their_file(tmp_path):
    prod = yaml.safe_load((CONFIG_DIR / "prod.yaml").read_text())
    prod["identity"]["identity_center_instance_arn"] = "arn:aws:sso:::instance/ssoins-6804a1b2c3d4e5f6"
    report = _load_errors(tmp_path, _shipped(), envs={"prod": prod})
    assert "identity.identity_center_instance_arn: 'arn:aws:sso:::instance/ssoins-6804a1b2c3d4e5f6': moved to config/identity.yaml" in report
    assert "environments[1] (" in report


def test_missing_identity_file_is_a_config_error(tmp_path):
    with pytest.raises(ConfigError, match=r"no such file \(Identity Center is configured in config/identity.yaml\)"):
        load_identity_center(tmp_path / "identity.yaml")
