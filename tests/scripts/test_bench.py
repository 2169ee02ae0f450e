"""`make bench`: the quick mode gives the synth figures without running the test suite."""

from __future__ import annotations

import pytest

from scripts import bench


@pytest.mark.parametrize(("argv", "runs_suite"), [(["--quick"], False), (["--no-tests"], False), ([], True)])
def test_quick_mode_skips_the_test_suite(monkeypatch, capsys, argv, runs_suite):
    commands: list[list[str]] = []
    monkeypatch.setattr(bench, "timed", lambda cmd, cwd: commands.append(cmd) or 1.0)
    assert bench.main(argv) == 0
    assert [cmd[1:3] == ["-m", "pytest"] for cmd in commands].count(True) == int(runs_suite)
    assert "synth wall time, default environment" in capsys.readouterr().out
