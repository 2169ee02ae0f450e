"""`python -m examples.pipelines.<name>`: compile an example pipeline with the KFP compiler to a YAML file."""

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from kfp import compiler


def compile_pipeline(pipeline: Any, package_path: str | Path, *, defaults: dict[str, Any] | None = None) -> Path:
    """Compile `pipeline` to `package_path` (IR YAML the KFP UI uploads and `kfp.Client` submits).

    `defaults` become the pipeline parameters' default values; parameters without one are asked for per run.
    """
    path = Path(package_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    compiler.Compiler().compile(pipeline_func=pipeline, package_path=str(path),
                                pipeline_parameters={k: v for k, v in (defaults or {}).items() if v is not None} or None)
    return path


def main(pipeline: Any, *, name: str, argv: Sequence[str] | None, options: dict[str, str]) -> int:
    """Parse `--output` plus one `--<flag>` per entry of `options` (flag -> pipeline parameter) and compile."""
    parser = argparse.ArgumentParser(prog=f"python -m examples.pipelines.{name}",
                                     description=f"Compile the {name} pipeline with the KFP SDK compiler.")
    parser.add_argument("--output", default=f"{name}.yaml", help="YAML file to write (default: %(default)s).")
    for flag, parameter in options.items():
        parser.add_argument(f"--{flag}", dest=parameter, help=f"Default of the pipeline parameter {parameter}.")
    args = vars(parser.parse_args(argv))
    output = args.pop("output")
    path = compile_pipeline(pipeline, output, defaults=args)
    sys.stdout.write(f"{path}\n")
    return 0
