"""Fixtures for the CLI tests: moto's in-process AWS (no network) in account 210987654321, configs rewritten to
that account, and botocore Stubbers for the APIs moto lacks (Service Quotas lists, EKS versions, Identity Center)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import boto3
import pytest
import yaml
from botocore.stub import Stubber
from moto import mock_aws

from platform_cli.aws import Aws
from platform_config import CONFIG_DIR, parse_config

ACCOUNT = "210987654321"
REGION = "eu-west-1"


@pytest.fixture(autouse=True)
def _fake_credentials(monkeypatch, tmp_path):
    for key, value in {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing", "AWS_SESSION_TOKEN": "testing",
                       "AWS_DEFAULT_REGION": REGION, "MOTO_ACCOUNT_ID": ACCOUNT,
                       "AWS_CONFIG_FILE": str(tmp_path / "no-config"), "AWS_SHARED_CREDENTIALS_FILE": str(tmp_path / "no-creds")}.items():
        monkeypatch.setenv(key, value)
    monkeypatch.delenv("AWS_PROFILE", raising=False)


@pytest.fixture
def moto():
    with mock_aws():
        yield


def env_data(name: str = "dev", **replace: str) -> dict[str, Any]:
    """A shipped environment file moved to the test account; `replace` swaps further substrings."""
    text = (CONFIG_DIR / f"{name}.yaml").read_text().replace('"111111111111"', f'"{ACCOUNT}"').replace("111111111111", ACCOUNT)
    text = text.replace('"333333333333"', f'"{ACCOUNT}"').replace("333333333333", ACCOUNT)
    for old, new in replace.items():
        text = text.replace(old, new)
    return yaml.safe_load(text)


def env_config(name: str = "dev", **replace: str):
    return parse_config(env_data(name, **replace), source=f"{name}.yaml")


# dev's GPU group as a SPOT group of two same-size types, so the Spot quota and the Spot service-linked role
# are exercised (the shipped dev group is one On-Demand type).
SPOT_GPU_GROUP = {"instance_types: [g5.xlarge]\n      capacity_type: ON_DEMAND":
                  "instance_types: [g5.2xlarge, g6.2xlarge]\n      capacity_type: SPOT"}


@pytest.fixture
def config():
    return env_config(**SPOT_GPU_GROUP)


class Stubs:
    """Stubbed clients handed to `Aws`; `verify()` asserts every queued response was used."""

    def __init__(self) -> None:
        self.clients: dict[str, Any] = {}
        self.stubbers: dict[str, Stubber] = {}

    def __getitem__(self, service: str) -> Stubber:
        if service not in self.stubbers:
            client = boto3.client(service, region_name=REGION)
            self.clients[service] = client
            self.stubbers[service] = Stubber(client)
            self.stubbers[service].activate()
        return self.stubbers[service]

    def verify(self) -> None:
        for stubber in self.stubbers.values():
            stubber.assert_no_pending_responses()


@pytest.fixture
def stubs():
    return Stubs()


@pytest.fixture
def aws(moto, stubs):
    """`Aws` on moto, with the stubbed clients queued by the test (create stubs before calling the CLI code)."""

    class LazyAws(Aws):
        def client(self, service: str, region: str | None = None):
            if service in stubs.clients:
                return stubs.clients[service]
            return super().client(service, region)

    return LazyAws(region=REGION)


def write_config(tmp_path: Path, data: dict[str, Any], name: str = "dev") -> Path:
    path = tmp_path / f"{name}.yaml"
    path.write_text(yaml.safe_dump(data))
    return path
