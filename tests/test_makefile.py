"""The Makefile's documented commands, read with `make -n` (what each would run, nothing is run)."""

from __future__ import annotations

import os
import shlex
import subprocess

from tests.support.synth import ROOT

SETUP_FOLDERS = {".venv", ".venv-checkov", "node_modules"}


def make_n(*args: str) -> list[str]:
    """The commands `make <args>` would run; `-o setup` so no setup step is ever listed or run."""
    env = {k: v for k, v in os.environ.items() if k not in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL")}
    result = subprocess.run(["make", "-n", "-o", "setup", "-C", str(ROOT), *args], env=env, capture_output=True,
                            text=True, check=True, timeout=60)
    return [line.strip() for line in result.stdout.splitlines() if not line.startswith("make")]


def test_clean_removes_every_generated_folder():
    commands = " ".join(make_n("clean"))
    removed = set(shlex.split(commands.split(";")[0]))
    ignored = [line.strip().strip("/") for line in (ROOT / ".gitignore").read_text().splitlines()
               if line.strip() and not line.startswith("#")]
    generated = [entry for entry in ignored if entry not in SETUP_FOLDERS and entry != "*.pyc"]  # *.pyc: in __pycache__
    assert ".review" in generated and "dist" in generated
    for entry in generated:
        assert entry in removed or f"-name {entry}" in commands, f"make clean leaves {entry}"
    assert not SETUP_FOLDERS & removed


def test_synth_empties_the_cloud_assembly_first_and_keeps_cdk_exit_status():
    commands = make_n("synth", "ENV=prod")
    assert commands[0] == "rm -rf cdk.out"
    assert commands[1].startswith("set -o pipefail; cdk synth -c env=prod ")
    assert "--output cdk.out" in commands[1]


def test_deploy_and_diff_select_the_environment_they_synthesize():
    for verb in ("deploy", "diff"):
        (command,) = make_n(verb, "ENV=prod", "ARGS=--require-approval broadening")
        assert shlex.split(command) == ["cdk", verb, "-c", "env=prod", "prod/*", "--require-approval", "broadening"]


def test_test_runs_pytest_in_the_venv_with_arguments():
    assert make_n("test") == [".venv/bin/python -m pytest"]
    assert make_n("test", "ARGS=tests/platform_config -k gpu") == [".venv/bin/python -m pytest tests/platform_config -k gpu"]


def test_bench_has_a_quick_mode():
    assert make_n("bench") == [".venv/bin/python scripts/bench.py"]
    assert make_n("bench", "QUICK=1") == [".venv/bin/python scripts/bench.py --quick"]
