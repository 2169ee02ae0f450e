"""Generate the typed custom-resource classes in k8s_charts/imports/ with `cdk8s import` (make imports).

The input is the platform's own synthesized CRDs (the ones the Kubernetes gates validate against), so the
typed classes and the applied CRDs cannot drift apart. `sources.json` records, per generated module, the
CRDs' fingerprint, the component versions they were written for, the pinned cdk8s-cli and a fingerprint of the
generated code; tests/k8s_charts/test_imports.py fails when any of them no longer matches.

    python -m scripts.import_crds            regenerate and rewrite sources.json
    python -m scripts.import_crds --check    exit 1 and name what is stale
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
IMPORTS = ROOT / "k8s_charts" / "imports"
SOURCES = IMPORTS / "sources.json"
CDK8S = ROOT / "node_modules" / ".bin" / "cdk8s"

# Generated module -> the CRDs (metadata.name) it is generated from: every kind the platform itself authors.
MODULES: dict[str, tuple[str, ...]] = {
    "seldon": ("seldondeployments.machinelearning.seldon.io",),
    "kubeflow": ("profiles.kubeflow.org", "poddefaults.kubeflow.org", "tfjobs.kubeflow.org", "pytorchjobs.kubeflow.org",
                 "mpijobs.kubeflow.org", "experiments.kubeflow.org"),
    "emissary": ("mappings.getambassador.io", "hosts.getambassador.io", "authservices.getambassador.io",
                 "listeners.getambassador.io", "modules.getambassador.io"),
    "certmanager": ("certificates.cert-manager.io", "issuers.cert-manager.io", "clusterissuers.cert-manager.io"),
    "externalsecrets": ("externalsecrets.external-secrets.io", "secretstores.external-secrets.io"),
}


def platform_crds() -> dict[str, dict[str, Any]]:
    """Every CRD the platform applies (dev environment: the CRD set is the same in every environment), by name."""
    from k8s_charts.platform_charts import props_from_config, synth_objects
    from platform_config import load_config

    objects = synth_objects(props_from_config(load_config(ROOT / "config" / "dev.yaml")))
    return {o["metadata"]["name"]: o for chart in objects.values() for o in chart if o["kind"] == "CustomResourceDefinition"}


def cli_version() -> str:
    return json.loads((ROOT / "package.json").read_text())["devDependencies"]["cdk8s-cli"]


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _crd_input(crd: dict[str, Any]) -> dict[str, Any]:
    """What `cdk8s import` reads: the CRD without the chart's labels (they carry no schema)."""
    return {"apiVersion": crd["apiVersion"], "kind": crd["kind"], "metadata": {"name": crd["metadata"]["name"]},
            "spec": crd["spec"]}


def expected_sources(crds: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The record the committed modules must match, computed from the CRDs as they are now (generated-code
    fingerprints excluded: those come from the files)."""
    modules = {}
    for module, names in MODULES.items():
        missing = [n for n in names if n not in crds]
        if missing:
            raise SystemExit(f"{module}: the platform no longer applies {', '.join(missing)}")
        inputs = [_crd_input(crds[n]) for n in names]
        modules[module] = {
            "crds": {n: {"component": crds[n]["metadata"]["labels"]["app.kubernetes.io/component"],
                         "version": crds[n]["metadata"]["labels"]["app.kubernetes.io/version"],
                         **({"served_by": crds[n]["metadata"]["annotations"]["ml-platform/served-by"]}
                            if "ml-platform/served-by" in crds[n]["metadata"].get("annotations", {}) else {})}
                     for n in names},
            "crd_sha256": _digest(json.dumps(inputs, sort_keys=True).encode()),
        }
    return {"cdk8s_cli": cli_version(), "modules": modules}


def generated_sha256(module: str) -> str:
    """Fingerprint of a generated package: its Python and the jsii assembly it loads (generation is byte-stable)."""
    root = IMPORTS / module
    files = sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    return _digest(b"".join(str(p.relative_to(root)).encode() + b"\0" + _digest(p.read_bytes()).encode() for p in files))


def stale(crds: dict[str, dict[str, Any]] | None = None) -> list[str]:
    """Why the committed modules do not match the CRDs and pins; empty when they are current."""
    expected = expected_sources(platform_crds() if crds is None else crds)
    if not SOURCES.exists():
        return [f"{SOURCES.relative_to(ROOT)} is missing"]
    recorded = json.loads(SOURCES.read_text())
    problems = []
    if recorded.get("cdk8s_cli") != expected["cdk8s_cli"]:
        problems.append(f"generated with cdk8s-cli {recorded.get('cdk8s_cli')}, package.json pins {expected['cdk8s_cli']}")
    for module, want in expected["modules"].items():
        have = recorded.get("modules", {}).get(module)
        if have is None:
            problems.append(f"{module}: not generated")
            continue
        if have["crd_sha256"] != want["crd_sha256"]:
            problems.append(f"{module}: its CRDs changed since generation")
        if have["crds"] != want["crds"]:
            problems.append(f"{module}: recorded CRD versions {have['crds']} != {want['crds']}")
        path = IMPORTS / module
        if not (path / "__init__.py").exists() or have.get("generated_sha256") != generated_sha256(module):
            problems.append(f"{module}: generated code edited or missing ({path.relative_to(ROOT)}/)")
    extra = set(recorded.get("modules", {})) - set(expected["modules"])
    problems += [f"{m}: recorded but no longer generated" for m in sorted(extra)]
    return problems


def generate() -> None:
    crds = platform_crds()
    record = expected_sources(crds)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "imports"
        for module, names in MODULES.items():
            source = Path(tmp) / f"{module}.yaml"
            source.write_text(yaml.safe_dump_all([_crd_input(crds[n]) for n in names], sort_keys=True))
            subprocess.run([str(CDK8S), "import", f"{module}:={source}", "--language", "python", "--output", str(out)],
                           check=True, cwd=tmp, env={"PATH": f"{CDK8S.parent}:/usr/bin:/bin", "HOME": tmp})
            # cdk8s nests the module under its API group's reversed name (seldon/io/seldon/machinelearning);
            # each module holds one group, so its package is lifted to k8s_charts/imports/<module>. The code
            # only imports relatively and finds its jsii assembly next to itself, so it runs unchanged.
            (package,) = {p.parent for p in (out / module).rglob("__init__.py") if p.parent.name != "_jsii"}
            shutil.rmtree(IMPORTS / module, ignore_errors=True)
            shutil.copytree(package, IMPORTS / module)
            record["modules"][module]["generated_sha256"] = generated_sha256(module)
    SOURCES.write_text(json.dumps(record, indent=2, sort_keys=True) + "\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report whether the committed modules are stale")
    args = parser.parse_args(argv)
    if args.check:
        problems = stale()
        for p in problems:
            print(f"stale: {p}", file=sys.stderr)
        return 1 if problems else 0
    generate()
    return 0


if __name__ == "__main__":
    sys.exit(main())
