"""The product says what a thing is: no issue numbers or the name of the design article's seed in code, config or docs."""

from __future__ import annotations

import re

from tests.support.synth import ROOT

PATTERN = re.compile("issue-[0-9]|issue [0-9]|" + "the " + "seed")
SKIP = {".venv", ".venv-checkov", "node_modules", ".git", "cdk.out", "dist", ".review"}


def _files():
    for path in ROOT.rglob("*"):
        if path.is_file() and not SKIP & set(path.relative_to(ROOT).parts) and (
                path.suffix in (".py", ".yaml", ".md") or path.name == "Makefile"):
            yield path


def test_no_process_words():
    hits = [f"{path.relative_to(ROOT)}:{n}: {line.strip()}" for path in _files()
            for n, line in enumerate(path.read_text(errors="replace").splitlines(), 1) if PATTERN.search(line)]
    assert not hits, "say what the thing is instead:\n" + "\n".join(hits)


def test_the_pattern_catches_each_form():
    assert all(PATTERN.search(s) for s in ("# issue" + "-7a", "(issue" + " 6)", "the " + "seed's layers"))
