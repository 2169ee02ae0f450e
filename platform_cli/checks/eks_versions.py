"""The configured Kubernetes version is offered in the region, and each pinned managed add-on version is offered
for it (pins: `platform_constructs/addon_versions.py`)."""

from __future__ import annotations

from platform_cli.checks import Context, group
from platform_cli.report import CheckResult, failed, passed
from platform_constructs.addon_versions import ADDON_VERSIONS

NAME = "eks versions"


def _paginate(method, key: str, **kwargs) -> list[dict]:
    items, token = [], None
    while True:
        page = method(**kwargs, **({"nextToken": token} if token else {}))
        items += page.get(key, [])
        token = page.get("nextToken")
        if not token:
            return items


@group(NAME)
def check(ctx: Context) -> list[CheckResult]:
    version = ctx.config.cluster.kubernetes_version
    eks = ctx.aws.client("eks")
    offered = {v["clusterVersion"]: v for v in _paginate(eks.describe_cluster_versions, "clusterVersions", clusterVersions=[version])}
    results = []
    if version not in offered:
        return [failed(NAME, "kubernetes version", f"cluster.kubernetes_version={version!r} is not offered in {ctx.config.region}",
                       "pick a version `aws eks describe-cluster-versions` lists (and the matching kubectl layer)")]
    status = offered[version].get("versionStatus") or offered[version].get("status") or "offered"
    results.append(passed(NAME, "kubernetes version", f"{version} is offered in {ctx.config.region} ({status})"))
    for addon, pinned in sorted(ADDON_VERSIONS.get(version, {}).items()):
        addons = _paginate(eks.describe_addon_versions, "addons", addonName=addon, kubernetesVersion=version)
        versions = [v["addonVersion"] for a in addons for v in a.get("addonVersions", [])]
        if pinned in versions:
            results.append(passed(NAME, addon, f"{pinned} is offered for Kubernetes {version}"))
        else:
            newest = ", ".join(versions[:3]) or "none"
            results.append(failed(NAME, addon, f"pinned {pinned} is not offered for Kubernetes {version} in {ctx.config.region} "
                                  f"(offered: {newest})",
                                  f"update ADDON_VERSIONS[{version!r}][{addon!r}] in platform_constructs/addon_versions.py"))
    return results
