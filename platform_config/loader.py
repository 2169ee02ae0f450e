"""Read one environment's YAML file into a `PlatformConfig`, or fail with every problem listed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from platform_config.models import PlatformConfig

CONFIG_DIR = Path(__file__).resolve().parent.parent / "config"
# Files under config/ that are not environments: the delivery pipeline and Identity Center (identity account).
NON_ENVIRONMENT_FILES = ("pipeline", "identity")


class ConfigError(Exception):
    """A configuration file that cannot become a platform. `str()` is the whole readable report."""

    def __init__(self, source: str, problems: list[tuple[str, str]]) -> None:
        self.source = source
        self.problems = problems
        lines = [f"{source}: {len(problems)} configuration error{'s' if len(problems) != 1 else ''}"]
        lines += [f"  - {path}: {message}" if path else f"  - {message}" for path, message in problems]
        super().__init__("\n".join(lines))


def config_path_for(env: str) -> Path:
    """`dev` -> config/dev.yaml."""
    return CONFIG_DIR / f"{env}.yaml"


def _loc(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif part in ("function-after", "function-before") or str(part).startswith("function-"):
            continue
        else:
            out += f".{part}" if out else str(part)
    return out


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 120 else text[:117] + "..."


def format_validation_error(error: ValidationError) -> list[tuple[str, str]]:
    """Turn pydantic's errors into (field path, message naming the bad value) pairs, one per problem."""
    problems: list[tuple[str, str]] = []
    for item in error.errors(include_url=False):
        path = _loc(item["loc"])
        kind = item["type"]
        message = item["msg"].removeprefix("Value error, ")
        if kind == "extra_forbidden":
            problems.append((path, f"unknown key (value {_short(item['input'])}); check the spelling against the README's config reference"))
        elif kind == "missing":
            problems.append((path, "required key is missing"))
        elif kind == "value_error":
            for line in message.splitlines():
                problems.append((path, line))
        else:
            problems.append((path, f"{message} (got {_short(item['input'])})"))
    return problems


def parse_config(data: Any, *, source: str) -> PlatformConfig:
    """Validate already-loaded YAML data."""
    if not isinstance(data, dict):
        raise ConfigError(source, [("", f"the file must hold a mapping of keys, got {type(data).__name__}")])
    try:
        return PlatformConfig.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(source, format_validation_error(exc)) from None


def load_config(path: str | Path) -> PlatformConfig:
    """Load and validate a YAML file; raises `ConfigError` with every problem at once."""
    path = Path(path)
    source = str(path)
    if not path.is_file():
        raise ConfigError(source, [("", f"no such file (shipped environments: {', '.join(sorted(p.stem for p in CONFIG_DIR.glob('*.yaml') if p.stem not in NON_ENVIRONMENT_FILES))})")])
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise ConfigError(source, [("", f"not valid YAML: {exc}")]) from None
    return parse_config(data, source=source)
