"""Cluster Autoscaler discovery and scale-from-zero hints for a managed node group."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

TAG_PREFIX = "k8s.io/cluster-autoscaler"


def autoscaler_tags(
    *,
    cluster_name: str,
    labels: Mapping[str, str],
    taints: Sequence[tuple[str, str, str]] = (),
    resources: Mapping[str, str] | None = None,
) -> dict[str, str]:
    """Tags the Cluster Autoscaler reads to discover a group and to model a node it has never seen.

    `taints` are `(key, value, effect)` with the Kubernetes effect name (`NoSchedule`).
    With min size 0 there is no node to copy labels, taints and GPU capacity from, so the autoscaler
    builds a template node from these `node-template/...` keys
    (https://github.com/kubernetes/autoscaler/blob/master/cluster-autoscaler/cloudprovider/aws/README.md#auto-discovery-setup).
    """
    tags = {f"{TAG_PREFIX}/enabled": "true", f"{TAG_PREFIX}/{cluster_name}": "owned"}
    tags.update({f"{TAG_PREFIX}/node-template/label/{k}": v for k, v in sorted(labels.items())})
    tags.update({f"{TAG_PREFIX}/node-template/taint/{k}": f"{v}:{effect}" for k, v, effect in taints})
    tags.update({f"{TAG_PREFIX}/node-template/resources/{k}": v for k, v in sorted((resources or {}).items())})
    return tags
