"""The KFP SDK is a development dependency: only the examples (and their tests) import it, never synth."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SYNTH_CODE = ("app.py", "stacks", "platform_constructs", "platform_config", "k8s_charts")


def kfp_imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(), filename=str(path))
    names = [a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names]
    names += [n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.level == 0]
    return [name for name in names if name == "kfp" or name.startswith("kfp.")]


def test_synth_code_does_not_import_the_kfp_sdk():
    files = [ROOT / "app.py"] + [f for d in SYNTH_CODE[1:] for f in sorted((ROOT / d).rglob("*.py"))]
    assert len(files) > 20
    assert {str(f.relative_to(ROOT)): kfp_imports(f) for f in files if kfp_imports(f)} == {}
    assert "kfp" not in (ROOT / "requirements.txt").read_text()


def test_the_check_sees_an_import(tmp_path):
    sample = tmp_path / "x.py"
    sample.write_text("import os\nfrom kfp import dsl\nimport kfp.kubernetes as k\n")
    assert kfp_imports(sample) == ["kfp.kubernetes", "kfp"]
