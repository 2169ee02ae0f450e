"""The generated documentation blocks match the code, and every relative link in README.md and docs/ resolves."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from tests.support.synth import ROOT

DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


def _generated(*args: str) -> str:
    return subprocess.run([sys.executable, str(ROOT / "scripts" / "config_reference.py"), *args],
                          capture_output=True, text=True, check=True).stdout.strip()


@pytest.mark.parametrize("args", [(), ("--pipeline",), ("--identity",)], ids=["environment", "pipeline", "identity"])
def test_config_reference_matches_the_models(args):
    assert _generated(*args) in (ROOT / "docs" / "configuration.md").read_text(), \
        "docs/configuration.md config reference is stale: run `make docs`"


def test_make_it_yours_checklist_matches_the_shipped_config():
    assert _generated("--checklist") in (ROOT / "README.md").read_text(), "README checklist is stale: run `make docs`"


def test_checklist_names_every_placeholder_preflight_would_flag():
    """Each documentation account, network and example domain of every shipped file has its row."""
    sys.path.insert(0, str(ROOT / "scripts"))
    import yaml

    from config_reference import _normalized, checklist_rows
    from platform_cli.checks.placeholders import find_placeholders

    rows = checklist_rows()
    for path in sorted((ROOT / "config").glob("*.yaml")):
        for key, _value, _reason in find_placeholders(yaml.safe_load(path.read_text())):
            assert path.stem in rows[_normalized(key)][0], f"{path.name}: {key} is missing from the checklist"


def test_checklist_keys_written_by_hand_exist_in_the_shipped_files():
    sys.path.insert(0, str(ROOT / "scripts"))
    from config_reference import BY_HAND, checklist_rows

    missing = set(BY_HAND) - set(checklist_rows())
    assert not missing, f"BY_HAND names keys no shipped config file has: {sorted(missing)}"


def _anchors(text: str) -> set[str]:
    """GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens, duplicates numbered."""
    seen: dict[str, int] = {}
    out = set()
    in_code = False
    for line in text.splitlines():
        if line.startswith("```"):
            in_code = not in_code
        if in_code or not line.startswith("#"):
            continue
        slug = re.sub(r"[^\w\- ]", "", line.lstrip("#").strip().lower()).replace(" ", "-")
        count = seen.get(slug, 0)
        seen[slug] = count + 1
        out.add(slug if count == 0 else f"{slug}-{count}")
    return out


def _links(text: str) -> list[str]:
    text = re.sub(r"```.*?```", "", text, flags=re.S)
    return [m for m in re.findall(r"\]\(([^)\s]+)\)", text) if not re.match(r"[a-z]+:", m)]


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: p.name)
def test_every_relative_link_resolves(doc):
    broken = []
    for link in _links(doc.read_text()):
        target, _, anchor = link.partition("#")
        path = (doc.parent / target).resolve() if target else doc
        if not path.exists():
            broken.append(f"{link}: no file {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
        elif anchor and path.suffix == ".md" and anchor not in _anchors(path.read_text()):
            broken.append(f"{link}: no heading #{anchor} in {path.name}")
    assert not broken, f"{doc.name}: broken links:\n" + "\n".join(broken)


def test_the_link_check_catches_a_missing_file_and_a_missing_anchor(tmp_path):
    assert _anchors("# A title\n## Delivery: pipeline, bootstrap\n## Delivery: pipeline, bootstrap\n") == {
        "a-title", "delivery-pipeline-bootstrap", "delivery-pipeline-bootstrap-1"}
    assert _links("[a](docs/x.md#y) [b](https://e.com) ```\n[c](z.md)\n```") == ["docs/x.md#y"]


def test_the_readme_front_door_is_short_and_links_every_audience():
    text = (ROOT / "README.md").read_text()
    prose = re.sub(r"<!-- (platform-diagram|make-it-yours):start.*?:end -->", "", text, flags=re.S)
    assert len(prose.splitlines()) <= 250
    for page in ("platform-engineer", "data-scientist", "reviewer", "security", "configuration", "first-deploy"):
        assert f"docs/{page}.md" in text


def test_the_sample_config_error_is_the_real_one(tmp_path, monkeypatch):
    from platform_config import ConfigError, load_config

    text = (ROOT / "docs" / "configuration.md").read_text()
    sample = text.split("<!-- config-error-sample -->\n```\n", 1)[1].split("\n```", 1)[0]
    bad = (ROOT / "config" / "prod.yaml").read_text().replace("vpc_cidr: 10.42.0.0/16", "vpc_cidr: 10.42.0.0/33")
    bad = bad.replace("instance_types: [g5.2xlarge]", "instance_types: [m5.large]")
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "prod.yaml").write_text(bad)
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ConfigError) as error:
        load_config("config/prod.yaml")
    assert str(error.value) == sample
