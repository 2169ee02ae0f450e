"""The credentials' account is the config's; the region is enabled and every configured AZ exists."""

from __future__ import annotations

from platform_cli.checks import Context, group
from platform_cli.report import CheckResult, failed, passed

NAME = "account"


@group(NAME)
def check(ctx: Context) -> list[CheckResult]:
    config = ctx.config
    results = []
    if ctx.account == config.account:
        results.append(passed(NAME, "account", f"credentials are in account {ctx.account}, as configured"))
    else:
        results.append(failed(NAME, "account", f"credentials are in account {ctx.account}, the config says account={config.account}",
                              f"log in to account {config.account} (or fix `account` in the config)"))
    ec2 = ctx.aws.client("ec2")
    regions = {r["RegionName"]: r.get("OptInStatus", "") for r in ec2.describe_regions(AllRegions=True)["Regions"]}
    if config.region not in regions:
        results.append(failed(NAME, "region", f"region={config.region} is not an AWS region this account knows",
                              "fix `region` in the config"))
        return results
    if regions[config.region] == "not-opted-in":
        results.append(failed(NAME, "region", f"region={config.region} is not enabled in the account",
                              f"enable it: aws account enable-region --region-name {config.region}"))
        return results
    results.append(passed(NAME, "region", f"region {config.region} is enabled"))
    zones = {z["ZoneName"]: z for z in ec2.describe_availability_zones(AllAvailabilityZones=True)["AvailabilityZones"]}
    missing = [az for az in config.availability_zones if az not in zones]
    unavailable = [az for az in config.availability_zones if az in zones and zones[az].get("State") != "available"]
    if missing or unavailable:
        problems = ([f"{missing} do not exist"] if missing else []) + ([f"{unavailable} are not available"] if unavailable else [])
        offered = sorted(z for z, v in zones.items() if v.get("State") == "available" and v.get("ZoneType", "availability-zone") == "availability-zone")
        results.append(failed(NAME, "availability zones", f"availability_zones: {'; '.join(problems)} in {config.region}",
                              f"use zones of {config.region}: {', '.join(offered)}"))
    else:
        results.append(passed(NAME, "availability zones", f"{', '.join(config.availability_zones)} are available"))
    return results
