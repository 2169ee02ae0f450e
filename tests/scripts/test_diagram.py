"""The README's platform diagram is generated from the stacks and charts and must be current."""

from __future__ import annotations

import subprocess
import sys

from tests.support.synth import ROOT


def test_platform_diagram_is_current():
    generated = subprocess.run([sys.executable, str(ROOT / "scripts" / "diagram.py")], capture_output=True, text=True,
                               check=True, cwd=ROOT).stdout.strip()
    assert generated in (ROOT / "README.md").read_text(), "README platform diagram is stale: run `make docs`"


def test_deploy_order_keeps_only_direct_edges():
    sys.path.insert(0, str(ROOT / "scripts"))
    import aws_cdk as cdk

    from diagram import deploy_order

    app = cdk.App()
    stage = cdk.Stage(app, "s")
    a, b, c = (cdk.Stack(stage, name) for name in "ABC")
    b.add_dependency(a)
    c.add_dependency(a)
    c.add_dependency(b)
    assert deploy_order(stage) == [("A", []), ("B", ["A"]), ("C", ["B"])]
