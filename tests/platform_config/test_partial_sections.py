"""A section written partially in YAML keeps its default's values for every key it does not set."""

from __future__ import annotations

import copy
import typing

import pytest
import yaml
from pydantic import BaseModel

from platform_config import ConfigError, PlatformConfig, load_config, parse_config
from platform_config.base import FrozenModel
from platform_config.identity import PermissionSetsConfig
from tests.conftest import SHIPPED_ENVS
from tests.support.synth import ROOT


def _yaml(env: str) -> dict:
    return yaml.safe_load((ROOT / "config" / f"{env}.yaml").read_text())


def test_prod_platform_admins_are_cluster_admins_in_the_platform_admins_group():
    admin = load_config(ROOT / "config" / "prod.yaml").identity.permission_sets.platform_admin
    assert "access_policy" not in _yaml("prod")["identity"]["permission_sets"]["platform_admin"]  # what makes this a test
    assert admin.access_policy == "AmazonEKSClusterAdminPolicy"
    assert admin.kubernetes_groups == ("platform-admins",)
    assert admin.session_duration_hours == 1
    assert admin.group_ids and admin.role_arn  # and what prod sets is kept


@pytest.mark.parametrize("env", SHIPPED_ENVS)
def test_every_permission_set_of_every_environment_keeps_the_defaults_it_does_not_set(env):
    written = _yaml(env).get("identity", {}).get("permission_sets", {})
    effective = load_config(ROOT / "config" / f"{env}.yaml").identity.permission_sets
    defaults = PermissionSetsConfig()
    for name, permission_set in effective.items():
        for field in type(permission_set).model_fields:
            expected = written.get(name, {}).get(field, getattr(getattr(defaults, name), field))
            assert getattr(permission_set, field) == (tuple(expected) if isinstance(expected, list) else expected), (name, field)


def _sections(model: type[BaseModel], seen: set[type] | None = None):
    """(model, field name, default section) for every field in the config tree whose default is a section."""
    seen = seen if seen is not None else set()
    if model in seen:
        return
    seen.add(model)
    for name, field in model.model_fields.items():
        if not field.is_required():
            default = field.get_default(call_default_factory=True)
            if isinstance(default, BaseModel):
                yield model, name, default
        for arg in (field.annotation, *typing.get_args(field.annotation)):
            for inner in (arg, *typing.get_args(arg)):
                if isinstance(inner, type) and issubclass(inner, FrozenModel):
                    yield from _sections(inner, seen)


SECTIONS = list(_sections(PlatformConfig))


def test_the_audit_covers_the_sections_with_their_own_defaults():
    names = {f"{model.__name__}.{name}" for model, name, _ in SECTIONS}
    assert {"PermissionSetsConfig.platform_admin", "PermissionSetsConfig.read_only", "DataConfig.models",
            "DataConfig.pipeline_artifacts", "IdentityConfig.permission_sets", "ClusterConfig.system_node_group"} <= names


@pytest.mark.parametrize(("model", "name", "default"), SECTIONS, ids=[f"{m.__name__}.{n}" for m, n, _ in SECTIONS])
def test_a_section_that_sets_one_key_keeps_every_other_default(model, name, default):
    """For each section with a default (a factory's own values included), writing one key changes only that key."""
    key = next(iter(type(default).model_fields))
    partial = {key: getattr(default, key)}
    if model is PlatformConfig:
        data = {k: v for k, v in _yaml("dev").items() if k != name}
        parsed = getattr(parse_config({**data, name: partial}, source="partial.yaml"), name)
    else:
        # Sections with required keys (a Kubeflow profile) take them from a shipped instance.
        example = _instance_of(model, load_config(ROOT / "config" / "prod.yaml"))
        required = {f: getattr(example, f) for f, info in model.model_fields.items() if info.is_required()}
        parsed = getattr(model.model_validate({**required, name: partial}), name)
    assert parsed == default


def _instance_of(model: type[BaseModel], node):
    if isinstance(node, model):
        return node
    children = node.__dict__.values() if isinstance(node, BaseModel) else node if isinstance(node, tuple) else ()
    for child in children:
        if (found := _instance_of(model, child)) is not None:
            return found
    return None


def test_nested_partial_sections_merge_at_every_depth():
    sets = PermissionSetsConfig.model_validate({"read_only": {"session_duration_hours": 2}})
    assert sets.read_only.kubernetes_groups == ("platform-viewers",) and sets.read_only.session_duration_hours == 2
    data = copy.deepcopy(_yaml("prod"))
    data["identity"] = {"permission_sets": {"ml_engineer": {"namespaces": ["ml-serving"]}}}
    ml = parse_config(data, source="partial.yaml").identity.permission_sets.ml_engineer
    assert ml.namespaces == ("ml-serving",)  # a list replaces the default's list
    assert ml.access_policy == "AmazonEKSEditPolicy" and ml.kubernetes_groups == ("ml-engineers",)


def test_an_explicit_null_still_replaces_a_default():
    data = copy.deepcopy(_yaml("prod"))
    data["data"]["pipeline_artifacts"] = {"expire_after_days": None}
    lifecycle = parse_config(data, source="partial.yaml").data.pipeline_artifacts
    assert lifecycle.expire_after_days is None and lifecycle.noncurrent_expire_after_days == 30


def test_errors_in_a_partial_section_still_name_the_field_and_value():
    data = copy.deepcopy(_yaml("prod"))
    data["identity"]["permission_sets"]["platform_admin"]["access_policy"] = "AmazonEKSRootPolicy"
    data["identity"]["permission_sets"]["read_only"]["sesion_duration_hours"] = 2
    with pytest.raises(ConfigError) as info:
        parse_config(data, source="bad.yaml")
    report = str(info.value)
    assert "identity.permission_sets.platform_admin.access_policy" in report and "AmazonEKSRootPolicy" in report
    assert "identity.permission_sets.read_only.sesion_duration_hours: unknown key" in report
