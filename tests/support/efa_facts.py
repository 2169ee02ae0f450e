"""EFA facts: what a managed node group's launch template may say about EFA network interfaces, and how many EFAs
each GPU instance type takes (`tests/upstream_facts/aws/efa.yaml`, format in `tests/upstream_facts/README.md`).

`layout_violations` checks one synthesized `LaunchTemplateData` against every layout rule, so a layout that EC2 or
EKS would refuse (and that would only fail the node group's creation at the first deploy) fails a test instead.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

EFA_FACTS_FILE = Path(__file__).resolve().parents[1] / "upstream_facts" / "aws" / "efa.yaml"
EFA_TYPES = ("efa", "efa-only")
_RULES = (
    "interface_types", "primary", "efa_per_network_card", "efa_only_device_index", "forbidden_on_every_interface",
    "forbidden_on_efa_only", "public_ip_with_several_interfaces", "security_groups", "efa_count", "minimum_vpc_cni",
)


@dataclass(frozen=True)
class InstanceEfa:
    network_cards: int
    max_efa: int
    unconfirmed: str | None = None  # why the row is not confirmed by the sources that confirm the others


@dataclass(frozen=True)
class EfaFacts:
    sources: dict[str, dict[str, Any]]
    layout: dict[str, dict[str, Any]]
    instance_types: dict[str, InstanceEfa]


def load_efa_facts(path: Path = EFA_FACTS_FILE) -> EfaFacts:
    """Parse and check the facts file; a malformed file fails with every problem listed."""
    data = yaml.safe_load(path.read_text()) or {}
    problems: list[str] = []
    sources = data.get("sources") or {}
    for name, src in sources.items():
        if not isinstance(src, dict) or not src.get("note") or not (src.get("url") or src.get("repository") or src.get("package")):
            problems.append(f"sources.{name}: needs a url, repository or package, and a note")
        elif src.get("repository") and not (src.get("commit") or src.get("tag")):
            problems.append(f"sources.{name}: a repository needs the commit or tag read")
    layout = data.get("layout") or {}
    if set(layout) != set(_RULES):
        problems.append(f"layout: rules {sorted(layout)} != {sorted(_RULES)}")
    for rule, body in layout.items():
        cited = body.get("source") if isinstance(body, dict) else None
        for ref in [cited] if isinstance(cited, str) else (cited or [None]):
            if ref not in sources:
                problems.append(f"layout.{rule}: source {ref!r} is not in sources")
    types: dict[str, InstanceEfa] = {}
    for name, row in (data.get("instance_types") or {}).items():
        try:
            types[name] = InstanceEfa(**row)
        except TypeError as err:
            problems.append(f"instance_types.{name}: {err}")
            continue
        if types[name].max_efa > max(types[name].network_cards, 1):
            problems.append(f"instance_types.{name}: more EFAs than network cards (one EFA per card at most)")
    if problems:
        raise ValueError(f"{path}: " + "; ".join(problems))
    return EfaFacts(sources=sources, layout=layout, instance_types=types)


def efa_devices(interfaces: Sequence[dict[str, Any]]) -> int:
    """EFA devices an instance gets from these interfaces: one per `efa` or `efa-only` interface."""
    return sum(1 for i in interfaces if i.get("InterfaceType") in EFA_TYPES)


def layout_violations(
    data: dict[str, Any], *, instance_types: Sequence[str], required_groups: Sequence[str], facts: EfaFacts,
) -> list[str]:
    """Every way the launch template's EFA interfaces break a rule of the facts file (empty: none).

    `required_groups`: text each interface's `Groups` must contain once serialized (a group id, or the logical id
    of a security group the template references), e.g. the cluster security group and the EFA group.
    """
    rules = facts.layout
    out: list[str] = []
    interfaces: list[dict[str, Any]] = list(data.get("NetworkInterfaces") or [])
    if not interfaces:
        return ["no NetworkInterfaces: the template gives the node no EFA"]
    rows = [facts.instance_types.get(t) for t in instance_types]
    if None in rows:
        return [f"instance types {[t for t, r in zip(instance_types, rows) if r is None]} have no row in the facts"]
    cards = min(r.network_cards for r in rows)  # type: ignore[union-attr]
    expected = min(r.max_efa for r in rows)  # type: ignore[union-attr]

    def where(i: dict[str, Any]) -> str:
        return f"card {i.get('NetworkCardIndex', 0)} device {i.get('DeviceIndex')} ({i.get('InterfaceType', 'interface')})"

    for i in interfaces:
        kind = i.get("InterfaceType", "interface")
        if kind not in rules["interface_types"]["values"]:
            out.append(f"interface_types: {where(i)} is not one of {rules['interface_types']['values']}")
        for key in rules["forbidden_on_every_interface"]["keys"]:
            if key in i:
                out.append(f"forbidden_on_every_interface: {where(i)} sets {key} (the node group places the node)")
        if kind == "efa-only":
            for key in rules["forbidden_on_efa_only"]["keys"]:
                if key in i:
                    out.append(f"forbidden_on_efa_only: {where(i)} sets {key} (an EFA-only interface has no IP)")
            card = i.get("NetworkCardIndex", 0)
            device = rules["efa_only_device_index"]["card_0" if card == 0 else "other_cards"]
            if i.get("DeviceIndex") != device:
                out.append(f"efa_only_device_index: {where(i)} must use device index {device}")
        if i.get("NetworkCardIndex", 0) >= cards:
            out.append(f"efa_per_network_card: {where(i)} is beyond the {cards} network card(s) of {list(instance_types)}")
    positions = Counter((i.get("NetworkCardIndex", 0), i.get("DeviceIndex")) for i in interfaces)
    out += [f"positions: two interfaces at card {c} device {d}" for (c, d), n in positions.items() if n > 1]
    primary = rules["primary"]
    at_primary = [i for i in interfaces if (i.get("NetworkCardIndex", 0), i.get("DeviceIndex")) == (primary["network_card"], primary["device"])]
    if not at_primary:
        out.append("primary: no interface at network card 0, device 0")
    elif at_primary[0].get("InterfaceType", "interface") not in primary["types"]:
        out.append(f"primary: {where(at_primary[0])} must be one of {primary['types']}")
    per_card = Counter(i.get("NetworkCardIndex", 0) for i in interfaces if i.get("InterfaceType") in EFA_TYPES)
    limit = rules["efa_per_network_card"]["max"]
    out += [f"efa_per_network_card: card {c} holds {n} EFAs" for c, n in per_card.items() if n > limit]
    if len(interfaces) > 1 and any(i.get("AssociatePublicIpAddress") for i in interfaces):
        out.append("public_ip_with_several_interfaces: a public IP is asked for with several network interfaces")
    if "SecurityGroupIds" in data or "SecurityGroups" in data:
        out.append("security_groups: groups at instance level as well as on the network interfaces")
    groups = [json.dumps(i.get("Groups"), sort_keys=True) for i in interfaces]
    for i, text in zip(interfaces, groups):
        missing = [g for g in required_groups if g not in text]
        if not i.get("Groups") or missing:
            out.append(f"security_groups: {where(i)} lacks {missing or 'Groups'}")
    if len(set(groups)) > 1:
        out.append("security_groups: the interfaces carry different security groups")
    if efa_devices(interfaces) != expected:
        out.append(f"efa_count: {efa_devices(interfaces)} EFA devices, {list(instance_types)} take {expected}")
    return out
