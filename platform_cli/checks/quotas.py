"""EC2 vCPU quotas by family (On-Demand and Spot) against every node group at `max_size`; EIP, VPC, NAT and
FSx for Lustre quotas against what the config adds to what the account already runs.

Quotas are found by name in Service Quotas (`ec2`, `vpc`, `fsx`), applied value over default. The vCPU quota
names are the EC2 user guide's ("On-Demand Instance quotas", "Spot Instance quotas"); AWS has split the Spot
P quota into "All P4, P3 and P2" and "All P5" in some partitions, so both shapes are matched.
"""

from __future__ import annotations

import re
from collections import defaultdict

from botocore.exceptions import ClientError

from platform_cli.aws import error_code
from platform_cli.checks import Context, group
from platform_cli.report import CheckResult, failed, passed, warned

NAME = "quotas"
STACK_TAG = "aws:cloudformation:stack-name"
ON_DEMAND_QUOTA = {
    "standard": "Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances",
    "G and VT": "Running On-Demand G and VT instances",
    "P": "Running On-Demand P instances",
}
SPOT_QUOTA = {
    "standard": "All Standard (A, C, D, H, I, M, R, T, Z) Spot Instance Requests",
    "G and VT": "All G and VT Spot Instance Requests",
    "P": "All P Spot Instance Requests",
}
EIP_QUOTA = ("ec2", "EC2-VPC Elastic IPs")
VPC_QUOTA = ("vpc", "VPCs per Region")
NAT_QUOTA = ("vpc", "NAT gateways per Availability Zone")


def quota_class(instance_type: str) -> str | None:
    """`g5.xlarge` -> "G and VT", `p4d.24xlarge` -> "P", `m6i.xlarge` -> "standard"; None for other quota classes."""
    letters = re.match(r"[a-z]+", instance_type).group()  # type: ignore[union-attr]
    if letters.startswith("g") or letters == "vt":
        return "G and VT"
    if letters == "p":
        return "P"
    if letters[0] in "acdhimrtz" and letters not in {"inf", "dl", "hpc", "trn", "mac"}:
        return "standard"
    return None


def spot_quota_name(klass: str, instance_type: str, names: set[str]) -> str:
    """The Spot quota for an instance type; P may be one quota or split by generation ("All P5 ...")."""
    name = SPOT_QUOTA[klass]
    if klass != "P" or name in names:
        return name
    generation = re.match(r"p(\d+)", instance_type)
    for candidate in sorted(names):
        if candidate.startswith("All P") and candidate.endswith("Spot Instance Requests") and generation:
            if re.search(rf"\bP{generation.group(1)}\b", candidate):
                return candidate
    return name


def service_quotas(ctx: Context, service: str) -> dict[str, tuple[str, float]]:
    """Quota name -> (code, value) for one service: defaults, overlaid with the account's applied values."""
    client = ctx.aws.client("service-quotas")
    found: dict[str, tuple[str, float]] = {}
    for operation in ("list_aws_default_service_quotas", "list_service_quotas"):
        for page in client.get_paginator(operation).paginate(ServiceCode=service):
            for quota in page.get("Quotas", []):
                found[quota["QuotaName"]] = (quota["QuotaCode"], float(quota["Value"]))
    return found


def _increase(service: str, code: str, value: float) -> str:
    return (f"request an increase: aws service-quotas request-service-quota-increase --service-code {service} "
            f"--quota-code {code} --desired-value {int(value)}")


def vcpu_needs(ctx: Context) -> tuple[dict[tuple[str, str], list[str]], dict[tuple[str, str], int], list[str]]:
    """(capacity, quota class) -> node groups, and -> vCPUs at max_size; plus instance types of unchecked classes."""
    cluster = ctx.config.cluster
    groups = [("system", "ON_DEMAND", cluster.system_node_group.instance_types, cluster.system_node_group.max_size)]
    groups += [(g.name, g.capacity_type, g.instance_types, g.max_size) for g in cluster.gpu_node_groups]
    types = sorted({t for _, _, ts, _ in groups for t in ts})
    vcpus = {t["InstanceType"]: t["VCpuInfo"]["DefaultVCpus"]
             for t in ctx.aws.client("ec2").describe_instance_types(InstanceTypes=types)["InstanceTypes"]}
    members: dict[tuple[str, str], list[str]] = defaultdict(list)
    needs: dict[tuple[str, str], int] = defaultdict(int)
    unchecked = []
    for name, capacity, instance_types, max_size in groups:
        # A group may launch any of its types: count the largest at max_size (the worst case the quota must admit).
        biggest = max(instance_types, key=lambda t: vcpus.get(t, 0))
        klass = quota_class(biggest)
        if klass is None:
            unchecked.append(biggest)
            continue
        key = (capacity, klass if capacity == "ON_DEMAND" else f"{klass}|{biggest}")
        members[key].append(f"{name} {max_size}x{biggest} ({vcpus[biggest]} vCPUs)")
        needs[key] += max_size * vcpus[biggest]
    return members, needs, unchecked


@group(NAME)
def check(ctx: Context) -> list[CheckResult]:
    results = []
    ec2_quotas = service_quotas(ctx, "ec2")
    try:
        members, needs, unchecked = vcpu_needs(ctx)
    except ClientError as exc:
        if error_code(exc) not in ("InvalidInstanceType", "InvalidParameterValue"):
            raise
        return [failed(NAME, "instance types", f"an instance type of cluster node groups is not offered in {ctx.config.region}: "
                       f"{exc.response['Error'].get('Message', '')}", "pick instance types the region offers")]
    # Spot keys carry the instance type (for the P split); merge them per quota name.
    by_quota: dict[str, tuple[int, list[str]]] = {}
    for (capacity, key), need in needs.items():
        klass, _, instance_type = key.partition("|")
        quota = ON_DEMAND_QUOTA[klass] if capacity == "ON_DEMAND" else spot_quota_name(klass, instance_type, set(ec2_quotas))
        total, who = by_quota.get(quota, (0, []))
        by_quota[quota] = (total + need, who + members[(capacity, key)])
    for quota, (need, who) in sorted(by_quota.items()):
        if quota not in ec2_quotas:
            results.append(warned(NAME, quota, f"no such quota found in Service Quotas (ec2) to check {need} vCPUs against",
                                  "check the EC2 vCPU quotas in the Service Quotas console"))
            continue
        code, value = ec2_quotas[quota]
        detail = f"{need} vCPUs at max_size ({'; '.join(who)}) vs quota {int(value)}"
        if value >= need:
            results.append(passed(NAME, quota, detail + " (shared with the account's other instances)"))
        else:
            results.append(failed(NAME, quota, detail, _increase("ec2", code, need)))
    for instance_type in unchecked:
        results.append(warned(NAME, instance_type, "its vCPU quota class is not checked here", "check its quota in the console"))
    results += _network_quotas(ctx, ec2_quotas)
    results += _fsx_quota(ctx)
    return results


def _not_ours(resources: list[dict], stack: str) -> list[dict]:
    """Resources not created by the given stack (a redeploy must not count the platform's own VPC twice)."""
    return [r for r in resources if {t.get("Key"): t.get("Value") for t in r.get("Tags", [])}.get(STACK_TAG) != stack]


def _compare(results: list, service: str, quotas: dict, name: str, need: int, detail: str) -> None:
    if name not in quotas:
        results.append(warned(NAME, name, f"no such quota found in Service Quotas ({service}); {detail}",
                              "check this quota in the Service Quotas console"))
        return
    code, value = quotas[name]
    if value >= need:
        results.append(passed(NAME, name, f"{detail}: {need} needed, quota {int(value)}"))
    else:
        results.append(failed(NAME, name, f"{detail}: {need} needed, quota {int(value)}", _increase(service, code, need)))


def _network_quotas(ctx: Context, ec2_quotas: dict) -> list[CheckResult]:
    config = ctx.config
    network_stack = f"{config.project}-{config.environment}-network"
    ec2 = ctx.aws.client("ec2")
    vpc_quotas = service_quotas(ctx, "vpc")
    results: list[CheckResult] = []
    addresses = _not_ours(ec2.describe_addresses()["Addresses"], network_stack)
    _compare(results, "ec2", ec2_quotas, EIP_QUOTA[1], len(addresses) + config.network.nat_gateways,
             f"{len(addresses)} Elastic IPs in use + {config.network.nat_gateways} for NAT gateways")
    vpcs = _not_ours(ec2.describe_vpcs()["Vpcs"], network_stack)
    _compare(results, "vpc", vpc_quotas, VPC_QUOTA[1], len(vpcs) + 1, f"{len(vpcs)} other VPC(s) + the platform's")
    nats = _not_ours([n for n in ec2.describe_nat_gateways()["NatGateways"] if n.get("State") in ("pending", "available")], network_stack)
    subnets = {s["SubnetId"]: s["AvailabilityZone"] for s in ec2.describe_subnets()["Subnets"]} if nats else {}
    per_az: dict[str, int] = defaultdict(int)
    for nat in nats:
        per_az[subnets.get(nat.get("SubnetId", ""), "?")] += 1
    busiest = max((per_az.get(az, 0) for az in config.availability_zones), default=0)
    _compare(results, "vpc", vpc_quotas, NAT_QUOTA[1], busiest + 1, f"{busiest} NAT gateways in the busiest configured AZ + 1")
    return results


def _fsx_quota(ctx: Context) -> list[CheckResult]:
    config = ctx.config
    quotas = service_quotas(ctx, "fsx")
    # FSx names its Lustre capacity quotas per deployment type; the platform's file system is PERSISTENT_2 SSD.
    candidates = sorted(n for n in quotas if "lustre" in n.lower() and "storage capacity" in n.lower()
                        and ("persistent_2" in n.lower().replace(" ", "_") or n.lower().startswith("lustre total")))
    if not candidates:
        return [warned(NAME, "FSx for Lustre storage", "no Lustre storage-capacity quota found in Service Quotas (fsx)",
                       "check the FSx for Lustre quotas in the console")]
    data_stack = f"{config.project}-{config.environment}-data"
    systems = [f for f in ctx.aws.client("fsx").describe_file_systems()["FileSystems"] if f.get("FileSystemType") == "LUSTRE"]
    used = sum(int(f.get("StorageCapacity", 0)) for f in _not_ours(systems, data_stack))
    results: list[CheckResult] = []
    _compare(results, "fsx", quotas, candidates[0], used + config.data.fsx.storage_capacity_gib,
             f"{used} GiB of Lustre in use + {config.data.fsx.storage_capacity_gib} GiB (data.fsx.storage_capacity_gib)")
    return results
