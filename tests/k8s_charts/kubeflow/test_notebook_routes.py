"""Notebook routes: per profile a router that admits only the profile's people, proxies `/notebook/<ns>/<name>/`
to the notebook's Service with WebSockets, is reached only through the authenticated gateway, and reaches
nothing but the namespace's notebook pods."""

from __future__ import annotations

import re

import cdk8s
import pytest

from k8s_charts.kubeflow.common import GATEWAY_NAMESPACE, GATEWAY_POD_LABELS, USERID_HEADER
from k8s_charts.kubeflow.login_oauth2_proxy import AUTH_SERVICE
from k8s_charts.kubeflow.notebook_routes import (
    DNS_LABEL, NOTEBOOK_POD_LABEL, NotebookRoutesChart, NotebookRoutesProps, nginx_conf,
)
from platform_config.kubeflow import KubeflowProfile
from tests.conftest import shipped_config
from tests.k8s_charts.kubeflow.conftest import pipelines_charts_for
from tests.k8s_charts.kubeflow.test_login import auth_chain_problems

ROUTER = "notebook-router"
LOGIN_VARIANTS = ("staging", "prod", "staging-kube2iam", "prod-kube2iam")


@pytest.fixture(scope="module", params=LOGIN_VARIANTS)
def routed(request):
    charts = pipelines_charts_for(request.param)
    assert charts.props.gateway_auth is not None, f"{request.param} ships login"
    return charts, shipped_config(request.param)


def _conf(charts, ns: str) -> str:
    return charts.one("ConfigMap", ROUTER, ns)["data"]["nginx.conf"]


def _allow_list(conf: str) -> set[str]:
    """The users the rendered `map $http_kubeflow_userid` admits (value 1), as plain e-mails."""
    block = re.search(r"map \$http_kubeflow_userid \$notebook_user_allowed \{(.*?)\}", conf, re.S)
    assert block, "no allow-list map on the user header"
    users = set()
    for key, value in re.findall(r'^\s*("[^"]*"|\S+)\s+(\S+);$', block.group(1), re.M):
        if key == "default":
            assert value == "0", "the default must deny"
            continue
        assert value == "1"
        match = re.fullmatch(r'"~\^(.*)\$"', key)
        assert match, f"allow-list entry {key} is not an anchored exact match"
        users.add(re.sub(r"\\(.)", r"\1", match.group(1)))
    return users


def _admits(conf: str, user: str | None) -> bool:
    """Evaluate the rendered map for a header value the way nginx does (regex keys, first match, else default)."""
    block = re.search(r"map \$http_kubeflow_userid \$notebook_user_allowed \{(.*?)\}", conf, re.S).group(1)
    for key, value in re.findall(r'^\s*"~(.*)"\s+(\S+);$', block, re.M):
        if re.search(key, user or ""):
            return value == "1"
    return False


def test_one_router_service_and_mapping_per_profile(routed):
    charts, config = routed
    profiles = [p.name for p in config.kubeflow.profiles]
    assert profiles
    routers = charts.find("Deployment", ROUTER)
    assert sorted(d["metadata"]["namespace"] for d in routers) == sorted(profiles)
    mappings = {m["spec"]["prefix"]: m for m in charts.find("Mapping") if m["spec"]["prefix"].startswith("/notebook/")}
    assert set(mappings) == {f"/notebook/{ns}/" for ns in profiles}
    for ns in profiles:
        service = charts.one("Service", ROUTER, ns)["spec"]
        (port,) = service["ports"]
        assert (port["port"], port["protocol"]) == (80, "TCP")
        pod = charts.one("Deployment", ROUTER, ns)["spec"]["template"]
        assert service["selector"].items() <= pod["metadata"]["labels"].items()
        # The Service reaches nginx's `http` listener (by number or by name), never the health port.
        container = pod["spec"]["containers"][0]
        assert {"name": "http", "containerPort": 8080, "protocol": "TCP"} in container["ports"]
        assert port["targetPort"] in ("http", 8080)


def test_allow_list_is_owner_and_contributors_and_denies_everyone_else(routed):
    charts, config = routed
    for profile in config.kubeflow.profiles:
        conf = _conf(charts, profile.name)
        people = {profile.owner, *(c.email for c in profile.contributors)}
        assert _allow_list(conf) == people
        assert "if ($notebook_user_allowed = 0)" in conf and "return 403;" in conf
        for person in people:
            assert _admits(conf, person)
        others = {p.owner for p in config.kubeflow.profiles if p.name != profile.name} - people
        for stranger in (*others, "mallory@example.com", "", None, profile.owner.upper(),
                         f"x{profile.owner}", f"{profile.owner}, mallory@example.com", config.kubeflow.admin_email):
            assert not _admits(conf, stranger), f"{profile.name} admits {stranger!r}"


def test_allow_list_escape_hatches_are_refused():
    # Valid for the config's e-mail pattern, but would rewrite nginx.conf (quote, `;`, braces, variables).
    for owner in ('a";default;1;"@example.com', "a}@example.com", "$host@example.com"):
        with pytest.raises(ValueError, match=r"kubeflow.profiles\[team\].*allow-list"):
            nginx_conf(KubeflowProfile(name="team", owner=owner))
    # Dots are literal: a look-alike domain does not match.
    conf = nginx_conf(KubeflowProfile(name="team", owner="a.b@example.com"))
    assert _admits(conf, "a.b@example.com") and not _admits(conf, "aXb@exampleXcom")


def test_proxy_keeps_the_path_and_upgrades_websockets(routed):
    charts, config = routed
    for profile in config.kubeflow.profiles:
        ns = profile.name
        conf = _conf(charts, ns)
        location = re.search(r'location ~ "(.*?)" \{(.*?)\}', conf, re.S)
        assert location, "no regex location"
        pattern, body = location.group(1), location.group(2)
        assert pattern == f"^/notebook/{ns}/(?<notebook>{DNS_LABEL})(/|$)"
        python_pattern = pattern.replace("(?<", "(?P<")
        assert re.match(python_pattern, f"/notebook/{ns}/my-nb/lab/tree/x.ipynb").group("notebook") == "my-nb"
        for bad in (f"/notebook/{ns}/My_NB/", f"/notebook/{ns}/-nb/", f"/notebook/{ns}/a..b/", "/notebook/other/nb/",
                    f"/notebook/{ns}/" + "a" * 64 + "/", f"/notebook/{ns}/nb.evil.com/"):
            assert not re.match(python_pattern, bad), bad
        # No URI part after the upstream: nginx passes the client's path unchanged (NB_PREFIX stays valid).
        assert re.search(rf"proxy_pass http://\$notebook\.{ns}\.svc\.cluster\.local:80;", body)
        assert "proxy_http_version 1.1;" in body
        assert "proxy_set_header Upgrade $http_upgrade;" in body and "proxy_set_header Connection $connection_upgrade;" in body
        assert int(re.search(r"proxy_read_timeout (\d+)s;", body).group(1)) >= 3600
        assert re.search(r"resolver kube-dns\.kube-system\.svc\.cluster\.local valid=\d+s", conf)
        assert "location / {\n            return 404;" in conf


def test_mapping_goes_through_the_auth_service_to_the_router(routed):
    charts, config = routed
    assert auth_chain_problems(charts.objects) == []
    host = charts.props.platform_services.gateway.hostname
    for profile in config.kubeflow.profiles:
        ns = profile.name
        mapping = charts.one("Mapping", f"notebooks-{ns}", "kubeflow")
        spec = mapping["spec"]
        assert "bypass_auth" not in spec
        assert mapping["metadata"]["annotations"]["ml-platform/auth-service"] == AUTH_SERVICE
        assert spec["service"] == f"{ROUTER}.{ns}:80" and spec["hostname"] == host
        assert spec["rewrite"] == "" and spec["allow_upgrade"] == ["websocket"]
        assert spec["timeout_ms"] == 0 and spec["idle_timeout_ms"] >= 3600000
    # The gateway forwards the verified user and never the client's own value.
    auth = charts.one("AuthService", AUTH_SERVICE, GATEWAY_NAMESPACE)["spec"]
    assert USERID_HEADER in auth["allowed_authorization_headers"] and USERID_HEADER not in auth["allowed_request_headers"]


def test_no_login_no_notebook_route():
    dev = pipelines_charts_for("dev")
    assert "kubeflow-notebook-routes" not in dev.by_chart
    assert not dev.find("Deployment", ROUTER)
    assert not [m for m in dev.find("Mapping") if m["spec"]["prefix"].startswith("/notebook/")]


def test_chart_refuses_to_exist_without_the_auth_service():
    with pytest.raises(ValueError, match="never routed without authentication"):
        NotebookRoutesChart(cdk8s.App(), "n", props=NotebookRoutesProps(
            kubernetes_version="1.35", hostname="h.example.com", auth_service="",
            profiles=(KubeflowProfile(name="team", owner="o@example.com"),)))


def _policies(charts, ns):
    return {p["metadata"]["name"]: p["spec"] for p in charts.find("NetworkPolicy", namespace=ns)}


def _selects(selector: dict, labels: dict) -> bool:
    """Whether a NetworkPolicy podSelector selects a pod with `labels` (an empty selector selects all)."""
    if not selector.get("matchLabels", {}).items() <= labels.items():
        return False
    for expr in selector.get("matchExpressions", []):
        key, op, values = expr["key"], expr["operator"], expr.get("values", [])
        if op == "Exists" and key not in labels or op == "DoesNotExist" and key in labels:
            return False
        if op == "In" and labels.get(key) not in values or op == "NotIn" and labels.get(key) in values:
            return False
    return True


def test_router_network_policies(routed):
    charts, config = routed
    gateway = {"namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": GATEWAY_NAMESPACE}},
               "podSelector": {"matchLabels": GATEWAY_POD_LABELS}}
    for profile in config.kubeflow.profiles:
        ns = profile.name
        router_labels = charts.one("Deployment", ROUTER, ns)["spec"]["template"]["metadata"]["labels"]
        notebook_labels = {NOTEBOOK_POD_LABEL: "nb", "statefulset": "nb"}
        policies = _policies(charts, ns)
        applying = {name: spec for name, spec in policies.items() if _selects(spec["podSelector"], router_labels)}
        # The router: default deny, DNS, and its own two policies; none of the profile-wide ones.
        assert set(applying) == {"default-deny", "allow-dns", f"{ROUTER}-ingress", f"{ROUTER}-egress"}, set(applying)
        ingress = [rule for spec in applying.values() for rule in spec.get("ingress", [])]
        assert ingress == [{"from": [gateway], "ports": [{"protocol": "TCP", "port": 8080}]}]
        egress = [rule for name, spec in applying.items() if name != "allow-dns" for rule in spec.get("egress", [])]
        assert egress == [{"to": [{"podSelector": {"matchExpressions": [{"key": NOTEBOOK_POD_LABEL, "operator": "Exists"}]}}],
                           "ports": [{"protocol": "TCP", "port": 8888}]}]
        assert {p["port"] for rule in applying["allow-dns"]["egress"] for p in rule["ports"]} == {53}
        # Notebook pods admit the router on 8888; the gateway no longer reaches them directly.
        to_notebooks = [rule for spec in policies.values() if _selects(spec["podSelector"], notebook_labels)
                        for rule in spec.get("ingress", [])]
        assert {"app.kubernetes.io/name": ROUTER}.items() <= router_labels.items()
        assert {"from": [{"podSelector": {"matchLabels": {"app.kubernetes.io/name": ROUTER}}}],
                "ports": [{"protocol": "TCP", "port": 8888}]} in to_notebooks
        assert not [rule for rule in to_notebooks for peer in rule["from"]
                    if peer.get("namespaceSelector", {}).get("matchLabels", {}).get("kubernetes.io/metadata.name") == GATEWAY_NAMESPACE]


def test_router_runs_restricted_with_a_read_only_root(routed):
    charts, config = routed
    for profile in config.kubeflow.profiles:
        pod = charts.one("Deployment", ROUTER, profile.name)["spec"]["template"]["spec"]
        container = pod["containers"][0]
        assert re.fullmatch(r"docker\.io/nginxinc/nginx-unprivileged:1\.2\d\.\d+-alpine", container["image"])
        ctx = container["securityContext"]
        assert ctx["runAsUser"] == 101 and ctx["runAsNonRoot"] and ctx["readOnlyRootFilesystem"]
        assert ctx["capabilities"] == {"drop": ["ALL"]} and not ctx["allowPrivilegeEscalation"]
        mounts = {m["mountPath"]: m["name"] for m in container["volumeMounts"]}
        volumes = {v["name"]: v for v in pod["volumes"]}
        for path in ("/tmp", "/var/cache/nginx"):
            assert "emptyDir" in volumes[mounts[path]], path
        assert "pid /tmp/nginx.pid;" in _conf(charts, profile.name)
        assert container["resources"]["limits"]["memory"] and container["resources"]["requests"]["cpu"]
        # Both probes hit the health listener (the port named `health`, by number or name), which the Service does not expose.
        ports = {p["name"]: p["containerPort"] for p in container["ports"]}
        for probe in ("livenessProbe", "readinessProbe"):
            get = container[probe]["httpGet"]
            assert (ports.get(get["port"], get["port"]), get["path"]) == (ports["health"], "/healthz"), probe
        assert f"listen {ports['health']};" in _conf(charts, profile.name)
        assert pod["automountServiceAccountToken"] is False


def test_router_policy_check_catches_a_profile_wide_policy_that_selects_the_router(kf_prod):
    # The selector evaluation the policy test relies on: a policy on all pods would also govern the router.
    router_labels = kf_prod.get("Deployment", ROUTER, "vision")["spec"]["template"]["metadata"]["labels"]
    same_ns = kf_prod.get("NetworkPolicy", "allow-same-namespace", "vision")["spec"]
    assert not _selects(same_ns["podSelector"], router_labels)
    assert _selects(same_ns["podSelector"], {NOTEBOOK_POD_LABEL: "nb"})
    assert _selects({}, router_labels)
