"""The VPC CIDR overlaps neither an existing VPC of the account (other than the platform's own) nor a peer CIDR."""

from __future__ import annotations

import ipaddress

from platform_cli.checks import Context, group
from platform_cli.checks.quotas import STACK_TAG
from platform_cli.report import CheckResult, failed, passed

NAME = "network"


@group(NAME)
def check(ctx: Context) -> list[CheckResult]:
    config = ctx.config
    vpc_cidr = ipaddress.ip_network(config.network.vpc_cidr)
    own_stack = f"{config.project}-{config.environment}-network"
    results = []
    clashes = []
    for vpc in ctx.aws.client("ec2").describe_vpcs()["Vpcs"]:
        tags = {t.get("Key"): t.get("Value") for t in vpc.get("Tags", [])}
        if tags.get(STACK_TAG) == own_stack:
            continue  # the platform's own VPC on a redeploy
        blocks = [a["CidrBlock"] for a in vpc.get("CidrBlockAssociationSet", []) if a.get("CidrBlockState", {}).get("State", "associated") == "associated"]
        for block in blocks or [vpc["CidrBlock"]]:
            if ipaddress.ip_network(block).overlaps(vpc_cidr):
                clashes.append(f"{vpc['VpcId']} ({tags.get('Name', 'unnamed')}) {block}")
    if clashes:
        results.append(failed(NAME, "vpc_cidr vs existing VPCs", f"network.vpc_cidr={config.network.vpc_cidr} overlaps {', '.join(clashes)}",
                              "pick a vpc_cidr no VPC of the account (or its peers) uses"))
    else:
        results.append(passed(NAME, "vpc_cidr vs existing VPCs", f"{config.network.vpc_cidr} overlaps no other VPC in {config.region}"))
    peers = [p for p in config.network.peer_cidrs if ipaddress.ip_network(p).overlaps(vpc_cidr)]
    if peers:
        results.append(failed(NAME, "vpc_cidr vs peer_cidrs", f"network.vpc_cidr={config.network.vpc_cidr} overlaps peer_cidrs {peers}",
                              "change vpc_cidr or the peer CIDRs"))
    else:
        results.append(passed(NAME, "vpc_cidr vs peer_cidrs", f"no overlap with {list(config.network.peer_cidrs) or 'no peers'}"))
    return results
