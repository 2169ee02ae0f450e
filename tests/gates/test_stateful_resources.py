"""Gate: stateful resources keep their logical IDs (pinned here) and are retained outside throw-away dev.

A changed logical ID makes CloudFormation create a new bucket/table/key and delete the old one. When you add
a stateful resource, add its logical ID to stateful_logical_ids.json in the same change; never edit an
existing entry without a migration plan (see docs/reviewer.md, "Renaming a stateful resource").
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.support.stateful import STATEFUL_TYPES

PINS = json.loads((Path(__file__).with_name("stateful_logical_ids.json")).read_text())


def _stateful(synth):
    found = {}
    for stack_id in synth.template_paths:
        for logical_id, resource in synth.json(stack_id)["Resources"].items():
            if resource["Type"] in STATEFUL_TYPES:
                found[f"{stack_id}/{logical_id}"] = resource
    return found


def test_stateful_logical_ids_are_pinned(shipped):
    env = shipped.config.environment
    found = {key: r["Type"] for key, r in _stateful(shipped).items()}
    assert found == PINS[env], (
        "stateful resources changed: a missing pin is a resource CloudFormation would replace or delete"
    )


def test_stateful_resources_are_retained_unless_dev_opted_into_destroy(shipped):
    expected = "Delete" if shipped.config.is_ephemeral else "Retain"
    wrong = {
        key: (r.get("DeletionPolicy"), r.get("UpdateReplacePolicy"))
        for key, r in _stateful(shipped).items()
        if r.get("DeletionPolicy") != expected or r.get("UpdateReplacePolicy") != expected
    }
    assert wrong == {}


def test_identity_center_stateful_resources_are_pinned_and_retained(identity_center):
    # Keyed "identity": the Managed AD, its admin secret and the secret's key, in the identity account.
    found = _stateful(identity_center)
    assert {key: r["Type"] for key, r in found.items()} == PINS["identity"]
    assert {(r.get("DeletionPolicy"), r.get("UpdateReplacePolicy")) for r in found.values()} == {("Retain", "Retain")}


def test_staging_and_prod_never_destroy(shipped):
    if shipped.config.tier != "dev":
        assert not shipped.config.is_ephemeral
        assert all(r.get("DeletionPolicy") == "Retain" for r in _stateful(shipped).values())
