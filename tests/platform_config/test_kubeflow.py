"""kubeflow section: every rule rejects its bad case, naming the field path and the bad value."""

from __future__ import annotations

import pytest

from tests.platform_config.test_models import _errors, _prod, _set


@pytest.mark.parametrize(
    ("path", "value", "expected"),
    [
        ("kubeflow.profiles.1.name", "vision", "kubeflow: profiles: names must be unique, repeated: ['vision']"),
        ("kubeflow.profiles.0.name", "kubeflow", "kubeflow.profiles[0].name: 'kubeflow' is a reserved namespace name"),
        ("kubeflow.profiles.0.name", "kube-team", "'kube-team' is a reserved namespace name"),
        ("kubeflow.profiles.0.name", "Vision_Team", "kubeflow.profiles[0].name: String should match pattern"),
        ("kubeflow.profiles.0.owner", "vision-lead", "kubeflow.profiles[0].owner: String should match pattern"),
        ("kubeflow.profiles.0.contributors.0.email", "not an email", "kubeflow.profiles[0].contributors[0].email: String should match pattern"),
        ("kubeflow.profiles.0.contributors.0.role", "admin", "kubeflow.profiles[0].contributors[0].role: Input should be 'edit' or 'view'"),
        ("kubeflow.profiles.0.contributors.0.email", "vision-lead@example.com", "contributors: owner 'vision-lead@example.com' is already admin of profile 'vision'"),
        ("kubeflow.profiles.0.contributors.1.email", "vision-ds1@example.com", "contributors repeat ['vision-ds1@example.com'] in profile 'vision'"),
        ("kubeflow.profiles.0.quota.cpu", "16 cores", "kubeflow.profiles[0].quota.cpu: '16 cores' is not a CPU quantity"),
        ("kubeflow.profiles.0.quota.cpu", "0", "kubeflow.profiles[0].quota.cpu: '0' is not a CPU quantity"),
        ("kubeflow.profiles.0.quota.memory", "512GB", "kubeflow.profiles[0].quota.memory: '512GB' is not a memory quantity"),
        ("kubeflow.profiles.0.quota.storage", "lots", "kubeflow.profiles[0].quota.storage: 'lots' is not a memory quantity"),
        ("kubeflow.profiles.0.quota.gpu", -1, "kubeflow.profiles[0].quota.gpu: Input should be greater than or equal to 0"),
        ("kubeflow.profiles.0.s3_prefixes", ["raw-data/vision/"], "kubeflow.profiles[0].s3_prefixes: [0] 'raw-data/vision/' is outside the platform buckets"),
        ("kubeflow.profiles.0.s3_prefixes", ["models/"], "[0] 'models/' must name a path inside the 'models' store"),
        ("kubeflow.profiles.0.s3_prefixes", ["models/vision/*"], "[0] 'models/vision/*' must name a path inside the 'models' store"),
        ("kubeflow.profiles.0.s3_prefixes", ["models/vision"], "[0] 'models/vision' must name a path inside the 'models' store"),
        ("kubeflow.profiles.0.s3_prefixes", ["models/vision/../nlp/"], "[0] 'models/vision/../nlp/' must name a path inside the 'models' store"),
        ("kubeflow.profiles.0.s3_prefixes", ["models/vision/", "models/vision/"], "repeated prefixes in ['models/vision/', 'models/vision/']"),
        ("kubeflow.profiles.0.s3_prefixes", ["models/nlp/x/"],
         "kubeflow: profiles[1].s3_prefixes: 'models/nlp/' of profile 'nlp' overlaps 'models/nlp/x/' of profile 'vision'"),
        ("kubeflow.examples_profile", "ghost", "kubeflow: examples_profile='ghost' is not a configured profile (one of ['vision', 'nlp'])"),
        ("kubeflow.notebooks.cull_idle_minutes", 15, "kubeflow.notebooks: idleness_check_period_minutes=10 must be at most half of cull_idle_minutes=15"),
        ("kubeflow.notebooks.cull_idle_minutes", 5, "kubeflow.notebooks.cull_idle_minutes: Input should be greater than or equal to 10"),
        ("kubeflow.admin_email", "admin", "kubeflow.admin_email: String should match pattern"),
        ("kubeflow.profiles.0.colour", "blue", "kubeflow.profiles[0].colour: unknown key (value 'blue')"),
    ],
)
def test_kubeflow_rule_rejects_bad_value_with_field_named(path, value, expected):
    assert expected in _errors(_set(_prod(), path, value))


def test_examples_need_katib():
    data = _set(_set(_prod(), "kubeflow.examples_profile", "vision"), "kubeflow.katib_enabled", False)
    assert "examples_profile='vision' needs katib_enabled=true" in _errors(data)


def test_overlap_is_detected_in_either_order():
    data = _set(_prod(), "kubeflow.profiles.1.s3_prefixes", ["offline-features/"])
    assert "[0] 'offline-features/' must name a path inside the 'offline-features' store" in _errors(data)
    data = _set(_prod(), "kubeflow.profiles.1.s3_prefixes", ["offline-features/vision/deep/"])
    assert "'offline-features/vision/deep/' of profile 'nlp' overlaps 'offline-features/vision/' of profile 'vision'" in _errors(data)
