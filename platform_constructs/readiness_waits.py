"""Deploy-time readiness waits: kubectl polls until a webhook's Deployment is Available and its CA injected.

Each check becomes an `aws_eks_v2.KubernetesObjectValue`: the cluster's kubectl provider runs
`kubectl get <type> <name> -o jsonpath=...` every 10 seconds until the output is non-empty, and fails the
resource (so the stack rolls back) when the timeout passes (aws-cdk, aws-eks-v2 kubectl-handler `get`).
The waits depend on the manifest that ships the webhook; the charts applied next depend on the waits.
"""

from __future__ import annotations

from typing import Sequence

import aws_cdk as cdk
from aws_cdk import aws_eks_v2 as eks
from constructs import Construct

from k8s_charts.readiness import ReadinessCheck

# The kubectl provider's handler Lambda runs for at most 15 minutes and one invocation serves the whole wait
# (no asynchronous completion), so a wait must end well before that: 10 minutes covers image pulls, the
# certificate issuance and cainjector's update on a fresh node group.
DEFAULT_TIMEOUT = cdk.Duration.minutes(10)


class ReadinessWaits(Construct):
    """One wait per check, each after `after` (the manifest that ships the webhook)."""

    def __init__(self, scope: Construct, construct_id: str, *, cluster: eks.ICluster, checks: Sequence[ReadinessCheck],
                 after: Construct, timeout: cdk.Duration = DEFAULT_TIMEOUT) -> None:
        super().__init__(scope, construct_id)
        if timeout.to_minutes() >= 14:
            raise ValueError(f"timeout={timeout.to_minutes()} minutes: a wait must end before the kubectl handler's "
                             "15-minute Lambda limit (use at most 13 minutes)")
        self.waits: list[eks.KubernetesObjectValue] = []
        for check in checks:
            wait = eks.KubernetesObjectValue(
                self, check.key, cluster=cluster, object_type=check.object_type, object_name=check.name,
                object_namespace=check.namespace, json_path=check.json_path, timeout=timeout,
            )
            wait.node.add_dependency(after)
            self.waits.append(wait)
