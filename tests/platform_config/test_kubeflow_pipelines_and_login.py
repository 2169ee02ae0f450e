"""Bad cases of the kubeflow_pipelines and login sections: each names the field and the bad value."""

from __future__ import annotations

import pytest
import yaml

from platform_config import load_config
from tests.platform_config.test_models import _errors, _prod, _set
from tests.support.synth import ROOT


@pytest.mark.parametrize(
    ("path", "value", "expected"),
    [
        ("kubeflow_pipelines.database.engine_version", "2.11.2",
         "kubeflow_pipelines.database.engine_version: '2.11.2' is not a pinned Aurora MySQL 3 version"),
        ("kubeflow_pipelines.database.backup_retention_days", 40,
         "kubeflow_pipelines.database.backup_retention_days: 40 is outside the 1-35 days"),
        ("kubeflow_pipelines.database.backup_retention_days", 3,
         "kubeflow_pipelines.database.backup_retention_days=3: prod keeps at least 7 days"),
        ("kubeflow_pipelines.database.readers", 0,
         "kubeflow_pipelines.database.readers=0: prod needs at least one reader in another AZ (Multi-AZ)"),
        ("kubeflow_pipelines.database.deletion_protection", False,
         "kubeflow_pipelines.database.deletion_protection=False is only allowed for tier 'dev', not 'prod'"),
        ("kubeflow_pipelines.database.min_capacity_acu", 32,
         "kubeflow_pipelines.database: min_capacity_acu=32.0 exceeds max_capacity_acu=16.0"),
        ("kubeflow_pipelines.database.max_capacity_acu", 512, "kubeflow_pipelines.database.max_capacity_acu: Input should be less than or equal to 256"),
        ("kubeflow_pipelines.artifact_prefix", "/Pipelines", "kubeflow_pipelines.artifact_prefix: String should match pattern"),
        ("kubeflow_pipelines.default_cache_staleness", "30 days", "kubeflow_pipelines.default_cache_staleness: String should match pattern"),
        ("kubeflow_pipelines.log_level", "verbose", "kubeflow_pipelines.log_level: Input should be"),
        ("login.identity_center_metadata_url", "http://portal.sso.example/metadata",
         "login.identity_center_metadata_url: 'http://portal.sso.example/metadata' must be an https:// URL"),
        ("login.identity_center_metadata_url", None, "login: enabled=true needs identity_center_metadata_url"),
        ("login.cognito_domain_prefix", "Acme_ML", "login.cognito_domain_prefix: String should match pattern"),
        ("login.mfa", "optional", "login.mfa='optional': prod requires MFA for users local to the pool"),
        ("login.allowed_email_domains", ["*"], "login.allowed_email_domains=['*']: prod lists the company domains"),
        ("login.session_hours", 48, "login.session_hours: Input should be less than or equal to 24"),
        ("login.colour", "blue", "login.colour: unknown key (value 'blue')"),
        ("login.machine_clients", ["Batch_Scorer"], "login.machine_clients[0]: String should match pattern"),
        ("login.machine_clients", ["scorer", "scorer"], "login.machine_clients: machine client names must be unique, repeated: ['scorer']"),
    ],
)
def test_rule_rejects_bad_value_with_field_named(path, value, expected):
    assert expected in _errors(_set(_prod(), path, value))


def test_dev_may_drop_deletion_protection_and_readers():
    dev = load_config(ROOT / "config" / "dev.yaml")
    assert dev.kubeflow_pipelines.database.deletion_protection is False and dev.kubeflow_pipelines.database.readers == 0
    assert dev.login.enabled is False


def test_environments_differ_where_they_should():
    dev, prod = (load_config(ROOT / "config" / f"{e}.yaml") for e in ("dev", "prod"))
    assert prod.kubeflow_pipelines.database.readers >= 1
    assert prod.kubeflow_pipelines.database.backup_retention_days > dev.kubeflow_pipelines.database.backup_retention_days
    assert prod.kubeflow_pipelines.database.max_capacity_acu > dev.kubeflow_pipelines.database.max_capacity_acu
    assert prod.login.enabled and prod.login.mfa == "required"


def test_machine_clients_need_the_user_pool():
    dev = yaml.safe_load((ROOT / "config" / "dev.yaml").read_text())
    errors = _errors(_set(dev, "login.machine_clients", ["batch-scorer"]))
    assert "machine_clients=['batch-scorer'] need enabled=true" in errors


def test_an_internet_facing_gateway_outside_dev_needs_the_login():
    data = _set(_prod(), "platform_services.gateway.scheme", "internet-facing")
    data = _set(data, "platform_services.gateway.allowed_cidrs", ["198.51.100.0/24"])
    data = _set(_set(data, "login.enabled", False), "login.machine_clients", [])
    assert ("platform_services.gateway.scheme='internet-facing' needs login.enabled for tier 'prod': without the login "
            "the gateway authenticates no call, models included") in _errors(data)
