"""AWS Load Balancer Controller: its CRDs keep what the controller writes, its webhooks match the binary's, least privilege."""

from __future__ import annotations

# Every spec field of the v2.14.1 TargetGroupBinding type (apis/elbv2/v1beta1/targetgroupbinding_types.go), as the
# service reconciler writes it for an NLB Service in IP mode.
CONTROLLER_WRITTEN_TGB_SPEC = {
    "targetGroupARN": "arn:aws:elasticloadbalancing:eu-west-1:111122223333:targetgroup/k8s-emissary/0123456789abcdef",
    "targetGroupName": "k8s-emissary-0123456789", "targetType": "ip", "targetGroupProtocol": "TCP",
    "ipAddressType": "ipv4", "serviceRef": {"name": "emissary-ingress", "port": 443},
    "networking": {"ingress": [{"from": [{"securityGroup": {"groupID": "sg-0123"}}], "ports": [{"protocol": "TCP", "port": 8443}]}]},
    "nodeSelector": {"matchLabels": {"kubernetes.io/os": "linux"}}, "vpcID": "vpc-0123", "multiClusterTargetGroup": False,
    "iamRoleArnToAssume": "", "assumeRoleExternalId": "",
}


def _pruned(schema: dict, value: object) -> object:
    """What the API server stores of `value` under a structural schema: undeclared fields dropped."""
    if not isinstance(value, dict) or schema.get("x-kubernetes-preserve-unknown-fields"):
        return value
    properties = schema.get("properties") or {}
    return {k: _pruned(properties[k], v) for k, v in value.items() if k in properties}


def test_target_group_binding_keeps_every_field_the_controller_writes(charts):
    """The reconciler compares the stored spec with the one it wants (target_group_binding_manager.go): a pruned
    field would make it patch the binding again on every reconcile."""
    crd = charts.one("CustomResourceDefinition", "targetgroupbindings.elbv2.k8s.aws")
    storage = next(v for v in crd["spec"]["versions"] if v["storage"])
    assert storage["name"] == "v1beta1"
    schema = storage["schema"]["openAPIV3Schema"]
    assert _pruned(schema, {"spec": CONTROLLER_WRITTEN_TGB_SPEC}) == {"spec": CONTROLLER_WRITTEN_TGB_SPEC}


def test_webhooks_match_the_binary_and_do_not_block_pods(charts):
    mutating = {w["name"]: w for w in charts.one("MutatingWebhookConfiguration", "aws-load-balancer-webhook")["webhooks"]}
    validating = {w["name"]: w for w in charts.one("ValidatingWebhookConfiguration", "aws-load-balancer-webhook")["webhooks"]}
    # Readiness-gate injection is best effort upstream (pod_mutator.go): a controller outage must not stop pods.
    assert mutating["mpod.elbv2.k8s.aws"]["failurePolicy"] == "Ignore"
    assert mutating["mservice.elbv2.k8s.aws"]["failurePolicy"] == "Fail"
    params = validating["vingressclassparams.elbv2.k8s.aws"]
    assert params["clientConfig"]["service"]["path"] == "/validate-elbv2-k8s-aws-v1beta1-ingressclassparams"
    assert params["rules"][0]["resources"] == ["ingressclassparams"] and params["failurePolicy"] == "Fail"


def test_controller_cannot_read_secrets_cluster_wide(charts):
    """Upstream grants Secret access only with clusterSecretsPermissions.allowAllSecrets (ALB OIDC); the platform's
    gateway is an NLB Service."""
    role = charts.one("ClusterRole", "aws-load-balancer-controller-role")
    assert not [r for r in role["rules"] if "secrets" in r["resources"] or "*" in r["resources"]]
