"""ExternalDNS points the gateway hostname (and so the login callback) at the NLB, in exactly the configured zone."""

from __future__ import annotations

import dataclasses

import pytest

from k8s_charts.external_dns import HOSTNAME_ANNOTATION, ExternalDnsProps
from k8s_charts.platform_charts import synth_objects


def _args(charts) -> list[str]:
    deployment = charts.one("Deployment", "external-dns", "platform-system")
    (container,) = deployment["spec"]["template"]["spec"]["containers"]
    return container["args"]


def test_gateway_service_asks_for_its_hostname(charts):
    gateway = charts.props.platform_services.gateway
    annotations = charts.one("Service", "emissary-ingress", "emissary")["metadata"]["annotations"]
    assert gateway.hosted_zone_id, f"{charts.variant} ships a hosted zone"
    assert annotations[HOSTNAME_ANNOTATION] == gateway.hostname


def test_external_dns_changes_only_the_configured_zone(charts):
    gateway = charts.props.platform_services.gateway
    args = _args(charts)
    assert f"--zone-id-filter={gateway.hosted_zone_id}" in args
    assert f"--domain-filter={gateway.hosted_zone_name}" in args
    assert f"--aws-zone-type={'private' if gateway.hosted_zone_private else 'public'}" in args
    assert "--policy=upsert-only" in args and f"--txt-owner-id={charts.props.cluster_name}" in args
    assert f"--annotation-filter={HOSTNAME_ANNOTATION}" in args
    assert charts.one("Deployment", "external-dns", "platform-system")["spec"]["replicas"] == 1


def test_no_zone_no_external_dns_and_no_annotation(dev_charts):
    gateway = dev_charts.props.platform_services.gateway
    services = dev_charts.props.platform_services.model_copy(
        update={"gateway": gateway.model_copy(update={"hosted_zone_id": None, "hosted_zone_name": None})})
    props = dataclasses.replace(dev_charts.props, platform_services=services)
    assert ExternalDnsProps.from_cluster(props) is None
    objects = [o for chart in synth_objects(props).values() for o in chart]
    assert not [o for o in objects if o["metadata"]["name"] == "external-dns"]
    (service,) = [o for o in objects if o["kind"] == "Service" and o["metadata"]["name"] == "emissary-ingress"]
    assert HOSTNAME_ANNOTATION not in service["metadata"]["annotations"]
