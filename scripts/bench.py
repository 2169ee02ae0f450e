#!/usr/bin/env python3
"""`make bench`: synth time against the jsii start-up floor, test-suite time, per-stack size. Prints figures.

Usage: bench.py            every figure, the whole test suite included (what `make bench` runs)
       bench.py --quick    synth figures only, without the test suite (`make bench QUICK=1`)
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PY = ROOT / ".venv" / "bin" / "python"
CDK = ROOT / "node_modules" / ".bin" / "cdk"
ENV = {**os.environ, "PATH": f"{ROOT / 'node_modules' / '.bin'}:{os.environ['PATH']}", "CDK_DISABLE_VERSION_CHECK": "1"}

EMPTY_APP = """
import aws_cdk as cdk
app = cdk.App()
cdk.Stack(app, "Empty", env=cdk.Environment(account="111111111111", region="eu-west-1"))
app.synth()
"""


def timed(cmd: list[str], cwd: Path) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, cwd=cwd, env=ENV, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", "--no-tests", action="store_true", dest="quick",
                        help="synth figures only: skip timing the whole test suite")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        (tmp_path / "app.py").write_text(EMPTY_APP)
        floor = timed([str(CDK), "synth", "--quiet", "--app", f"{PY} app.py", "--output", str(tmp_path / "out")], tmp_path)
        out = tmp_path / "platform"
        synth = timed([str(CDK), "synth", "--quiet", "--output", str(out)], ROOT)
        print(f"synth wall time, default environment : {synth:7.1f} s")
        print(f"synth wall time, empty CDK Python app: {floor:7.1f} s  (jsii start-up floor)")
        print(f"ratio (goal <= 3.0)                   : {synth / floor:7.2f}")
        print("\nper stack (default environment):")
        print(f"  {'stack':<40} {'resources':>9} {'bytes':>10}")
        for stage_dir in sorted(out.glob("assembly-*")):
            for template in sorted(stage_dir.glob("*.template.json")):
                doc = json.loads(template.read_text())
                print(f"  {template.name:<40} {len(doc.get('Resources', {})):>9} {template.stat().st_size:>10}")
    if not args.quick:
        tests = timed([str(PY), "-m", "pytest", "-q", "-p", "no:cacheprovider"], ROOT)
        print(f"\ntest-suite wall time                  : {tests:7.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
