#!/usr/bin/env python3
"""Add newly created stateful resources to tests/gates/stateful_logical_ids.json.

Only additions are written. A pinned ID that disappeared is reported and left in place: that is a
resource CloudFormation would delete, and removing its pin is a deliberate, reviewed edit.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from platform_config import load_config, load_identity_center, load_pipeline  # noqa: E402
from tests.support.stateful import STATEFUL_TYPES  # noqa: E402
from tests.support.synth import ROOT, synthesize, synthesize_identity_center, synthesize_pipeline  # noqa: E402

PIN_FILE = ROOT / "tests" / "gates" / "stateful_logical_ids.json"


def main() -> int:
    pins = json.loads(PIN_FILE.read_text()) if PIN_FILE.exists() else {}
    vanished = []
    for env in ("dev", "staging", "prod"):
        with tempfile.TemporaryDirectory() as tmp:
            synth = synthesize(load_config(ROOT / "config" / f"{env}.yaml"), Path(tmp))
            found = {
                f"{stack_id}/{logical_id}": r["Type"]
                for stack_id in synth.template_paths
                for logical_id, r in synth.json(stack_id)["Resources"].items()
                if r["Type"] in STATEFUL_TYPES
            }
        current = pins.get(env, {})
        vanished += [f"{env}: {key}" for key in current if key not in found]
        pins[env] = dict(sorted({**current, **found}.items()))
    # The pipeline stack (tooling account): artifact key, buckets, build logs, keyed "pipeline".
    with tempfile.TemporaryDirectory() as tmp:
        pipeline = synthesize_pipeline(*load_pipeline(), Path(tmp))
        found = {
            f"Pipeline/{logical_id}": r["Type"]
            for logical_id, r in pipeline.json()["Resources"].items() if r["Type"] in STATEFUL_TYPES
        }
    current = pins.get("pipeline", {})
    vanished += [f"pipeline: {key}" for key in current if key not in found]
    pins["pipeline"] = dict(sorted({**current, **found}.items()))
    # The identity stack (identity account): the directory, its admin secret and key, keyed "identity".
    with tempfile.TemporaryDirectory() as tmp:
        identity = synthesize_identity_center(*load_identity_center(), Path(tmp))
        found = {
            f"{stack_id}/{logical_id}": r["Type"]
            for stack_id in identity.template_paths
            for logical_id, r in identity.json(stack_id)["Resources"].items() if r["Type"] in STATEFUL_TYPES
        }
    current = pins.get("identity", {})
    vanished += [f"identity: {key}" for key in current if key not in found]
    pins["identity"] = dict(sorted({**current, **found}.items()))
    PIN_FILE.write_text(json.dumps(pins, indent=2, sort_keys=True) + "\n")
    if vanished:
        print("Pinned stateful resources no longer synthesized (would be DELETED on deploy):\n  " + "\n  ".join(vanished))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
