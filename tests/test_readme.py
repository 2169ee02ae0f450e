"""The README's config reference is generated from the models; it must not drift from them."""

from __future__ import annotations

import subprocess
import sys

from tests.support.synth import ROOT


def test_config_reference_matches_the_models():
    generated = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "config_reference.py")], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert generated in (ROOT / "README.md").read_text(), "README config reference is stale: run `make docs`"

