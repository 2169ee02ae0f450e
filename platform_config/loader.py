"""Read one environment's YAML file into a `PlatformConfig`, or fail with every problem listed."""

from __future__ import annotations

import types
from datetime import date
from functools import cache
from pathlib import Path
from typing import Annotated, Any, Sequence, TypeVar, Union, get_args, get_origin

import yaml
from pydantic import BaseModel, TypeAdapter, ValidationError

from platform_config.base import FrozenModel
from platform_config.models import PlatformConfig

Model = TypeVar("Model", bound=BaseModel)

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


def _scalar_text(document: yaml.Node | None, loc: tuple[Any, ...]) -> str | None:
    """The text of the scalar at `loc` exactly as written in the file (`1.30`, not the float 1.3), if known."""
    node = document
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            node = next((value for key, value in node.value if key.value == part), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            node = node.value[part]
        else:
            return None
    return node.value if isinstance(node, yaml.ScalarNode) else None


def _quote_hint(item: dict, document: yaml.Node | None) -> str | None:
    """For text that YAML read as something else: 1.30 is the float 1.3, 123456789012 an int, off the boolean
    false, 2026-11-01 a date. A version, an account ID or a keyword like `off` needs quotes."""
    value = item["input"]
    if not isinstance(value, (bool, int, float, date)):
        return None
    shown = str(value).lower() if isinstance(value, bool) else str(value)
    written = _scalar_text(document, item["loc"]) or shown
    what = "the boolean" if isinstance(value, bool) else "the date" if isinstance(value, date) else "the number"
    read = f"{what} {shown}" if written != shown or isinstance(value, bool) else f"{what.replace('the ', 'a ')}"
    return f"YAML reads the unquoted {written} as {read}, not text: write it in quotes, \"{written}\""


def format_validation_error(error: ValidationError, document: yaml.Node | None = None) -> list[tuple[str, str]]:
    """Turn pydantic's errors into (field path, message naming the bad value) pairs, one per problem.

    `document` (the file's YAML node tree) lets a hint quote a value as it was written."""
    problems: list[tuple[str, str]] = []
    for item in error.errors(include_url=False):
        path = _loc(item["loc"])
        kind = item["type"]
        message = item["msg"].removeprefix("Value error, ")
        hint = _quote_hint(item, document) if kind in ("string_type", "literal_error") else None
        if hint and kind == "string_type":
            problems.append((path, hint))
        elif hint:
            problems.append((path, f"{message} (got {_short(item['input'])}): {hint}"))
        elif kind == "extra_forbidden":
            problems.append((path, f"unknown key (value {_short(item['input'])}); check the spelling against docs/configuration.md"))
        elif kind == "missing":
            problems.append((path, "required key is missing"))
        elif kind == "value_error":
            for line in message.splitlines():
                problems.append((path, line))
        else:
            problems.append((path, f"{message} (got {_short(item['input'])})"))
    return problems


def _models_in(annotation: Any) -> tuple[str, type[FrozenModel]] | None:
    """("one", Section) for a section field, ("many", Section) for a tuple/list/dict of sections, else None."""
    origin, args = get_origin(annotation), get_args(annotation)
    if origin is Annotated:
        return _models_in(args[0])
    if isinstance(annotation, type) and issubclass(annotation, FrozenModel):
        return "one", annotation
    if origin in (Union, types.UnionType):
        options = [arg for arg in args if arg is not type(None)]
        return _models_in(options[0]) if len(options) == 1 else None
    item = args[-1] if origin is dict else args[0] if origin in (tuple, list) and args else None
    found = _models_in(item) if item is not None else None
    return ("many", found[1]) if found and found[0] == "one" else None


@cache
def _field_adapter(model: type[BaseModel], name: str) -> TypeAdapter:
    field = model.model_fields[name]
    return TypeAdapter(Annotated[field.annotation, field])


def rules_skipped_by_pydantic(model: type[BaseModel], data: Any, errors: list[dict], loc: tuple[Any, ...] = ()) -> list[tuple[str, str]]:
    """Problems of the cross-field rules pydantic did not run because a field of their section failed.

    pydantic runs a section's after-validators only once all its fields validated, so a file with one typo
    would hide every cross-field problem until the typo is fixed. This runs each rule (each `@cross_field_rule`
    alone, each other after-validator whole) on the fields that did validate, skips a rule that reads a failed
    field, and descends into the failed sections; `errors` are pydantic's, with locations relative to `data`.
    """
    if not isinstance(data, dict) or not issubclass(model, FrozenModel) or any(not e["loc"] for e in errors):
        return []  # not a section, or its own rules already ran and failed
    data = model._partial_sections_keep_their_defaults(data)
    failed: dict[Any, list[dict]] = {}
    for error in errors:
        failed.setdefault(error["loc"][0], []).append({**error, "loc": error["loc"][1:]})
    values = {}
    for name in model.model_fields:
        if name in data and name not in failed:
            try:
                values[name] = _field_adapter(model, name).validate_python(data[name])
            except ValidationError:  # pragma: no cover - it validated in the model a moment ago
                failed[name] = []
    partial = model.model_construct(**values)
    for name in failed:
        partial.__dict__.pop(name, None)
    rules = list(model.cross_field_rules()) + [
        decorator.func for decorator in model.__pydantic_decorators__.model_validators.values()
        if decorator.info.mode == "after" and decorator.cls_var_name != "_run_cross_field_rules"
    ]
    path = _loc(loc)
    problems: list[tuple[str, str]] = []
    for rule in rules:
        try:
            result = rule(partial)
        except AttributeError as exc:
            if exc.obj is partial and exc.name in failed:
                continue  # the rule reads a field that failed: that field's own error is reported
            raise
        except ValueError as exc:
            result = str(exc).splitlines()
        if isinstance(result, list):
            problems += [(path, line) for line in result]
    for name, sub_errors in failed.items():
        found = _models_in(model.model_fields[name].annotation) if name in model.model_fields else None
        if found is None or name not in data:
            continue
        kind, section = found
        if kind == "one":
            problems += rules_skipped_by_pydantic(section, data[name], sub_errors, (*loc, name))
        else:
            items = data[name]
            keys = range(len(items)) if isinstance(items, list) else items.keys() if isinstance(items, dict) else ()
            for key in keys:
                item_errors = [{**e, "loc": e["loc"][1:]} for e in sub_errors if e["loc"] and e["loc"][0] == key]
                if item_errors:
                    problems += rules_skipped_by_pydantic(section, items[key], item_errors, (*loc, name, key))
    return problems


def validate(model: type[Model], data: Any, *, source: str, document: yaml.Node | None = None) -> Model:
    """Validate loaded YAML data into `model`; raises `ConfigError` listing every field and cross-field problem."""
    if not isinstance(data, dict):
        raise ConfigError(source, [("", f"the file must hold a mapping of keys, got {type(data).__name__}")])
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        errors = exc.errors(include_url=False)
        problems = format_validation_error(exc, document) + rules_skipped_by_pydantic(model, data, errors)
        raise ConfigError(source, list(dict.fromkeys(problems))) from None


def read_yaml(path: Path, *, source: str) -> tuple[Any, yaml.Node | None]:
    """The file's data and its node tree; a syntax error names the file, line and column."""
    text = path.read_text(encoding="utf-8")
    try:
        return yaml.safe_load(text), yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"{source}:{mark.line + 1}:{mark.column + 1}" if mark else source
        context = f" ({exc.context} at line {exc.context_mark.line + 1})" if exc.context and exc.context_mark else ""
        line = text.splitlines()[mark.line] if mark and mark.line < len(text.splitlines()) else ""
        shown = f"\n      {line}\n      {' ' * mark.column}^" if line else ""
        raise ConfigError(source, [(where, f"not valid YAML: {exc.problem}{context}{shown}")]) from None
    except yaml.YAMLError as exc:
        raise ConfigError(source, [("", f"not valid YAML: {exc}")]) from None


def parse_config(data: Any, *, source: str, document: yaml.Node | None = None) -> PlatformConfig:
    """Validate already-loaded YAML data."""
    return validate(PlatformConfig, data, source=source, document=document)


def load_config(path: str | Path) -> PlatformConfig:
    """Load and validate a YAML file; raises `ConfigError` with every problem at once."""
    path = Path(path)
    source = str(path)
    if not path.is_file():
        raise ConfigError(source, [("", f"no such file (shipped environments: {', '.join(sorted(p.stem for p in CONFIG_DIR.glob('*.yaml') if p.stem not in NON_ENVIRONMENT_FILES))})")])
    data, document = read_yaml(path, source=source)
    return parse_config(data, source=source, document=document)


def load_environment_files(
    names: Sequence[str], *, config_dir: Path, name_field: str = ""
) -> tuple[dict[str, PlatformConfig], list[tuple[str, str]]]:
    """The environment files a non-environment file names (`environments[i]<name_field>`), loaded from
    `config_dir`: the configs that loaded, and every problem of those that did not, under that entry's path."""
    configs: dict[str, PlatformConfig] = {}
    problems: list[tuple[str, str]] = []
    for i, name in enumerate(names):
        env_file = config_dir / f"{name}.yaml"
        if not env_file.is_file():
            shipped = ", ".join(sorted(p.stem for p in config_dir.glob("*.yaml") if p.stem not in NON_ENVIRONMENT_FILES))
            problems.append((f"environments[{i}]{name_field}", f"{name!r} has no {env_file.name} (shipped environments: {shipped})"))
            continue
        try:
            configs[name] = load_config(env_file)
        except ConfigError as exc:
            problems += [(f"environments[{i}] ({exc.source})", f"{p}: {m}" if p else m) for p, m in exc.problems]
    return configs, problems
