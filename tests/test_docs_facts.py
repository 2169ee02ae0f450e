"""Facts the docs state that the code decides: alert names, the serving namespace."""

from __future__ import annotations

import re

from k8s_charts.platform_charts import PLATFORM_IDENTITIES
from tests.support.synth import ROOT

GUIDE = ROOT / "docs" / "platform-engineer.md"
ALERT_SOURCES = (ROOT / "k8s_charts" / "monitoring_config.py", ROOT / "k8s_charts" / "seldon" / "serving_sla_chart.py")


def _code_alerts() -> set[str]:
    text = "\n".join(path.read_text() for path in ALERT_SOURCES)
    return set(re.findall(r'"alert": "(\w+)"', text)) | set(re.findall(r'_rule\(\s*"(\w+)"', text))


def _documented_alerts() -> set[str]:
    section = GUIDE.read_text().split("### Alerts and dashboards", 1)[1].split("\n### ", 1)[0]
    first_cells = [line.split("|")[1] for line in section.splitlines() if line.startswith("| `")]
    return {name for cell in first_cells for name in re.findall(r"`(\w+)`", cell)}


def test_the_alert_table_names_every_alert_the_code_defines():
    code = _code_alerts()
    assert {"ModelErrorRateAboveSLA", "SeldonModelErrorRateHigh", "GpuIdle"} <= code  # the scan finds both rule sets
    assert _documented_alerts() == code


def test_docs_name_the_serving_namespace_the_charts_use():
    namespace = PLATFORM_IDENTITIES["serving"][0]
    for doc in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]:
        text = doc.read_text()
        wrong = re.findall(r"-n serving\b|/seldon/serving/|namespace `serving`|`serving/model-serving`", text)
        assert not wrong, f"{doc.name}: the serving namespace is {namespace}: {wrong}"
    assert f"/seldon/{namespace}/" in (ROOT / "docs" / "data-scientist.md").read_text()
