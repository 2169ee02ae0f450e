"""A small IAM policy evaluator for tests: does an identity policy allow one call (action, resource, context)?

Enough of IAM's documented evaluation for the platform's own policies: explicit Deny wins over Allow; Action /
NotAction and Resource / NotResource with `*` and `?` wildcards (actions case-insensitive); the condition
operators the policies use (String*, Arn*, Bool, Null, with `...IfExists`), a key missing from the request
context failing every operator but `Null` and `...IfExists`; policy variables `${key}` from the context.
https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping


@dataclass(frozen=True)
class Call:
    """One API call CloudFormation (or a workload) makes: the action, the resource ARN ('*' when the action has
    no resource), the request context, and why the call is needed (for failure messages)."""

    action: str
    resource: str = "*"
    context: Mapping[str, str | list[str]] = field(default_factory=dict)
    why: str = ""


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def _wildcard(pattern: str, value: str, *, case: bool) -> bool:
    regex = "".join(".*" if c == "*" else "." if c == "?" else re.escape(c) for c in pattern)
    return re.fullmatch(regex, value, 0 if case else re.IGNORECASE) is not None


def _substitute(pattern: str, context: Mapping[str, Any]) -> str:
    return re.sub(r"\$\{([^}]+)\}", lambda m: str(context.get(m.group(1), m.group(0))), pattern)


def _matches_action(statement: dict, action: str) -> bool:
    if "Action" in statement:
        return any(_wildcard(p, action, case=False) for p in _as_list(statement["Action"]))
    return not any(_wildcard(p, action, case=False) for p in _as_list(statement["NotAction"]))


def _matches_resource(statement: dict, resource: str, context: Mapping[str, Any]) -> bool:
    if "Resource" in statement:
        return any(_wildcard(_substitute(p, context), resource, case=True) for p in _as_list(statement["Resource"]))
    if "NotResource" in statement:
        return not any(_wildcard(_substitute(p, context), resource, case=True) for p in _as_list(statement["NotResource"]))
    return True


def _condition_holds(operator: str, key: str, expected: Any, context: Mapping[str, Any]) -> bool:
    if_exists = operator.endswith("IfExists")
    op = operator.removesuffix("IfExists")
    if op == "Null":
        return (key not in context) == (str(expected).lower() == "true")
    if key not in context:
        return if_exists
    values = [str(v) for v in _as_list(context[key])]
    wanted = [_substitute(str(v), context) for v in _as_list(expected)]
    negated = "Not" in op
    base = op.replace("Not", "")
    if base in ("StringEquals", "ArnEquals"):
        hit = any(v == w for v in values for w in wanted)
    elif base == "StringEqualsIgnoreCase":
        hit = any(v.lower() == w.lower() for v in values for w in wanted)
    elif base in ("StringLike", "ArnLike"):
        hit = any(_wildcard(w, v, case=True) for v in values for w in wanted)
    elif base == "Bool":
        hit = any(v.lower() == w.lower() for v in values for w in wanted)
    else:
        raise ValueError(f"condition operator {operator!r} is not supported by this evaluator")
    return not hit if negated else hit


def _conditions_hold(statement: dict, context: Mapping[str, Any]) -> bool:
    return all(
        _condition_holds(operator, key, expected, context)
        for operator, block in (statement.get("Condition") or {}).items()
        for key, expected in block.items()
    )


def _applies(statement: dict, call: Call) -> bool:
    return (_matches_action(statement, call.action) and _matches_resource(statement, call.resource, call.context)
            and _conditions_hold(statement, call.context))


def allows(policy: dict, call: Call) -> bool:
    """True when `policy` allows `call`: some Allow statement applies and no Deny statement does."""
    statements = _as_list(policy["Statement"])
    if any(s["Effect"] == "Deny" and _applies(s, call) for s in statements):
        return False
    return any(s["Effect"] == "Allow" and _applies(s, call) for s in statements)


def denied_calls(policy: dict, calls: Iterable[Call]) -> list[str]:
    """One line per call `policy` does not allow (deduplicated, sorted), naming why it is needed."""
    return sorted({f"{c.action} on {c.resource} {dict(c.context) or ''} ({c.why})".replace(" {}", "")
                   for c in calls if not allows(policy, c)})


def matches_action_pattern(pattern: str, action: str) -> bool:
    return _wildcard(pattern, action, case=False)


__all__ = ["Call", "allows", "denied_calls", "matches_action_pattern"]
