"""The chart inputs built from config alone (tests, dist/) name the same identities the cluster stack creates."""

from __future__ import annotations

from k8s_charts.platform_charts import PLATFORM_IDENTITIES


def test_platform_identities_match_the_cluster_stack(shipped):
    created = {name: (i.namespace, i.service_account) for name, i in shipped.stage.cluster.identities.items()}
    assert {name: created.get(name) for name in PLATFORM_IDENTITIES} == PLATFORM_IDENTITIES
