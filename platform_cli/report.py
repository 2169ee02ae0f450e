"""Check results and how they are shown: a table for people, JSON for pipelines."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import Literal, Sequence

Status = Literal["pass", "warn", "fail", "skip"]
# A pipeline stops on `fail` only; `warn` is something to read, `skip` a check that did not apply.
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


@dataclass(frozen=True)
class CheckResult:
    """One check: what was looked at, what was found and, when it is not a pass, what to do about it."""

    group: str
    check: str
    status: Status
    detail: str
    fix: str = ""


def passed(group: str, check: str, detail: str) -> CheckResult:
    return CheckResult(group, check, "pass", detail)


def failed(group: str, check: str, detail: str, fix: str) -> CheckResult:
    return CheckResult(group, check, "fail", detail, fix)


def warned(group: str, check: str, detail: str, fix: str = "") -> CheckResult:
    return CheckResult(group, check, "warn", detail, fix)


def skipped(group: str, check: str, detail: str) -> CheckResult:
    return CheckResult(group, check, "skip", detail)


def exit_code(results: Sequence[CheckResult]) -> int:
    return EXIT_FAILED if any(r.status == "fail" for r in results) else EXIT_OK


def render_json(results: Sequence[CheckResult], **extra: object) -> str:
    counts = {s: sum(1 for r in results if r.status == s) for s in ("pass", "warn", "fail", "skip")}
    return json.dumps({**extra, "ok": exit_code(results) == EXIT_OK, "counts": counts,
                       "checks": [asdict(r) for r in results]}, indent=2, sort_keys=True)


def render_table(rows: Sequence[Sequence[str]], headers: Sequence[str]) -> str:
    """A plain-text table; the last column is not padded (it may be long)."""
    widths = [max(len(str(v)) for v in column) for column in zip(headers, *rows)] if rows else [len(h) for h in headers]
    lines = []
    for row in [headers, ["-" * w for w in widths], *rows]:
        cells = [str(v).ljust(w) for v, w in zip(row[:-1], widths[:-1])] + [str(row[-1])]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)


def render_checks(results: Sequence[CheckResult], *, title: str) -> str:
    rows = [[r.status.upper(), r.group, r.check, r.detail] for r in results]
    lines = render_table(rows, ["STATUS", "GROUP", "CHECK", "DETAIL / FIX"]).splitlines()
    detail_column = len(lines[1]) - len(lines[1].rsplit(" ", 1)[-1])
    out = lines[:2]
    for line, result in zip(lines[2:], results):
        out.append(line)
        if result.fix:
            out.append(" " * detail_column + f"fix: {result.fix}")
    counts = {s: sum(1 for r in results if r.status == s) for s in ("pass", "warn", "fail", "skip")}
    verdict = "FAILED" if exit_code(results) else "OK"
    summary = f"{title}: {verdict} ({counts['pass']} pass, {counts['warn']} warn, {counts['fail']} fail, {counts['skip']} skip)"
    return "\n".join(out) + f"\n\n{summary}"
