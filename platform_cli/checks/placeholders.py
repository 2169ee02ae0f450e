"""Placeholder values left in the config: documentation account IDs, documentation networks (RFC 5737) and
example domains (RFC 2606). A failure outside dev; a warning in dev, whose shipped file is the example."""

from __future__ import annotations

import ipaddress
import re
from typing import Any, Iterator

from platform_cli.checks import Context, group
from platform_cli.report import CheckResult, failed, passed, warned

NAME = "placeholders"
# Account IDs the AWS documentation and this project's example files use: one digit twelve times, 123456789012.
PLACEHOLDER_ACCOUNT = re.compile(r"(?<!\d)((\d)\2{11}|123456789012|012345678901)(?!\d)")
# RFC 5737 documentation networks.
DOCUMENTATION_NETWORKS = tuple(ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24"))
# RFC 2606 reserved example domains (and anything under them), in host names, e-mail addresses and URLs.
EXAMPLE_DOMAIN = re.compile(r"(^|[.@/])example\.(com|org|net)($|[/:])|\.example($|[/:])", re.IGNORECASE)
CIDR = re.compile(r"^\d{1,3}(\.\d{1,3}){3}/\d{1,2}$")


def _walk(value: Any, path: str) -> Iterator[tuple[str, str]]:
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _walk(item, f"{path}.{key}" if path else str(key))
    elif isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            yield from _walk(item, f"{path}[{index}]")
    elif isinstance(value, str):
        yield path, value


def placeholder_reason(value: str) -> str | None:
    """Why a string is a placeholder, or None."""
    match = PLACEHOLDER_ACCOUNT.search(value)
    if match:
        return f"documentation account ID {match.group(1)}"
    if CIDR.match(value):
        network = ipaddress.ip_network(value, strict=False)
        if any(network.subnet_of(doc) for doc in DOCUMENTATION_NETWORKS if network.version == doc.version):
            return "RFC 5737 documentation network"
    if EXAMPLE_DOMAIN.search(value):
        return "RFC 2606 example domain"
    return None


def find_placeholders(data: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(field path, value, reason) for every placeholder in a config mapping."""
    found = []
    for path, value in _walk(data, ""):
        reason = placeholder_reason(value)
        if reason:
            found.append((path, value, reason))
    return found


@group(NAME)
def check(ctx: Context) -> list[CheckResult]:
    found = find_placeholders(ctx.config.model_dump(mode="json"))
    if not found:
        return [passed(NAME, "config values", "no documentation account IDs, networks or example domains")]
    make = warned if ctx.config.tier == "dev" else failed
    return [make(NAME, path, f"{value!r} is a placeholder ({reason})", f"set {path} to the real value for {ctx.config.environment}")
            for path, value, reason in found]
