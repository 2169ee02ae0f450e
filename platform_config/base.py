"""Shared base for every configuration model: frozen, unknown keys rejected, partial sections keep their defaults."""

from __future__ import annotations

from typing import Any, Callable

from pydantic import BaseModel, ConfigDict, model_validator


def merge_onto_default(default: BaseModel, overrides: dict[str, Any]) -> dict[str, Any]:
    """`default` as a mapping, with `overrides` laid over it key by key.

    A key whose default is itself a section (a model) and whose override is a mapping is merged the same way,
    so `{platform_admin: {group_ids: [...]}}` changes the group IDs and keeps the default's access policy and
    Kubernetes groups. Anything else (a scalar, a list, an explicit null) replaces the default as written.
    """
    # Only what the default itself sets: the rest is filled by the model's own field defaults, so a key that
    # is valid only when written (a moved key that rejects any value) is never filled in here.
    merged: dict[str, Any] = {name: getattr(default, name) for name in default.model_fields_set}
    for key, value in overrides.items():
        current = merged.get(key)
        if isinstance(current, BaseModel) and isinstance(value, dict):
            merged[key] = merge_onto_default(current, value)
        else:
            merged[key] = value
    return merged


def cross_field_rule(method: Callable[[Any], list[str]]) -> Callable[[Any], list[str]]:
    """Mark a section method `(self) -> list[str]` as one cross-field rule: the section runs every rule and reports
    all their problems in one error; the loader also runs each rule alone when other fields of the file failed."""
    method.__cross_field_rule__ = True  # type: ignore[attr-defined]
    return method


class FrozenModel(BaseModel):
    """A configuration section: immutable once parsed, typos in keys are errors.

    A section written partially in YAML is laid over the field's default section, not over an empty one:
    a default built by a factory with its own values (the platform-admin permission set's cluster-admin
    policy, a bucket's lifecycle) keeps every value the file does not set.
    """

    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)

    @model_validator(mode="before")
    @classmethod
    def _partial_sections_keep_their_defaults(cls, data: Any) -> Any:
        if not isinstance(data, dict):
            return data
        merged = dict(data)
        for name, field in cls.model_fields.items():
            value = data.get(name)
            if not isinstance(value, dict) or field.is_required():
                continue
            default = field.get_default(call_default_factory=True)
            if isinstance(default, BaseModel):
                merged[name] = merge_onto_default(default, value)
        return merged

    @classmethod
    def cross_field_rules(cls) -> tuple[Callable[[Any], list[str]], ...]:
        """The methods marked `@cross_field_rule`, base classes first."""
        return tuple(
            value for klass in reversed(cls.__mro__) for value in vars(klass).values()
            if getattr(value, "__cross_field_rule__", False)
        )

    @model_validator(mode="after")
    def _run_cross_field_rules(self) -> "FrozenModel":
        problems = [problem for rule in self.cross_field_rules() for problem in rule(self)]
        if problems:
            raise ValueError("\n".join(problems))
        return self
