"""SSO login: oauth2-proxy v7.15.3 against the Cognito user pool (federated with IAM Identity Center), plugged
into the Emissary gateway as its AuthService.

How `kubeflow-userid` cannot be forged from outside:
1. The gateway's AuthService (the Emissary chart's `platform-login`, configured by `login_auth_hook()`) has no
   `path_prefix`, so Emissary asks oauth2-proxy about *every* request on the gateway
   (ext_authz); only a 2xx lets a request through, anything else (302 to the login, 401, 403) is returned
   to the client as is. No Mapping sets `bypass_auth` (tests/k8s_charts/kubeflow/test_login.py).
2. oauth2-proxy answers 2xx only for a valid session, and every 2xx carries `kubeflow-userid` set from the
   verified `email` claim of the Cognito ID token (`injectResponseHeaders`, static upstream = the auth
   decision itself).
3. The AuthService lists `kubeflow-userid` in `allowed_authorization_headers`: Envoy's ext_authz copies that
   header from the auth response onto the upstream request *replacing* any value the client sent
   (https://www.envoyproxy.io/docs/envoy/latest/api-v3/extensions/filters/http/ext_authz/v3/ext_authz.proto,
   `allowed_upstream_headers`: "coexistent headers will be overridden"). It is not in
   `allowed_request_headers`, so a client value never even reaches oauth2-proxy.
4. The UIs and the pipelines API admit ingress only from the gateway namespace and, for the API, from
   profile namespaces (NetworkPolicies), so the gateway cannot be walked around from outside the cluster.

Programs (bearer tokens). The same AuthService covers the model endpoints (`/seldon/...`, Mappings written by
the Seldon operator, none with `bypass_auth`). With `machine_client_ids` set, oauth2-proxy also accepts an
`Authorization: Bearer <JWT>` that it verifies itself (`--skip-jwt-bearer-tokens`, oauth2-proxy v7.15.3
pkg/middleware/jwt_session.go): signature against the pool's JWKS, issuer = the pool, and audience = one of
the machine clients (`--extra-jwt-issuers=<issuer>=<client id>`, pkg/validation/options.go). Cognito access
tokens carry the client in `client_id`, not `aud`, so `client_id` is an audience claim too (checked only when
a token has no `aud`, pkg/providers/oidc/verifier.go). Such a session's e-mail is the token's `sub`, which for
a client-credentials token is the client id: that becomes `kubeflow-userid`, and the client ids are listed in
`--authenticated-emails-file` so a restricted `--email-domain` still admits them. Kubeflow grants that id
nothing unless a profile names it. Emissary OSS has no JWT filter of its own (the Filter/FilterPolicy kinds
are Edge Stack only; emissary v3.10.0 ships 14 getambassador.io CRDs, none of them a filter), so the check
lives here. The model paths are API routes: a missing or bad token gets 401, not a redirect to the login page.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import yaml
from constructs import Construct

from k8s_charts.base import PlatformChart, object_metadata, pinned_image
from k8s_charts.imports import externalsecrets as eso
from k8s_charts.props import AuthHook
from k8s_charts.kubeflow.common import GATEWAY_NAMESPACE, NAMESPACE, USERID_HEADER
from k8s_charts.kubeflow.pipelines_common import (
    INSTANCE_METADATA, SECRET_STORE, Workload, deployment, service, service_account,
)

OAUTH2_PROXY_VERSION = "v7.15.3"
NAME = "oauth2-proxy"
PORT = 4180
SECRET = "oauth2-proxy"
# The AuthService itself is the gateway's (k8s_charts/emissary.py, `platform-login`), fed by `login_auth_hook()`.
AUTH_SERVICE = "platform-login"
# Paths of the model endpoints, where programs get 401 and never a login redirect: Seldon Core 1.17.1's REST
# Mappings (/seldon/<namespace>/<name>/) and the gRPC services its gRPC Mappings match
# (operator/controllers/ambassador/v2.go, operator/constants/constants.go).
MODEL_API_ROUTES = ("^/seldon/", r"^/(seldon\.protos\.|tensorflow\.serving\.|inference\.)")
CONFIG_DIR = "/etc/oauth2-proxy/config"
MACHINE_CLIENTS_FILE = "machine-clients"


@dataclass(frozen=True, kw_only=True)
class LoginProps:
    """The OIDC client of oauth2-proxy; secrets are named (Secrets Manager), never carried."""

    hostname: str
    kubernetes_version: str
    identity_mode: Literal["pod-identity", "kube2iam"] = "pod-identity"
    issuer_url: str
    """https://cognito-idp.<region>.amazonaws.com/<user pool id>"""
    client_id: str
    client_secret_name: str
    cookie_secret_name: str
    allowed_email_domains: tuple[str, ...] = ("*",)
    session_hours: int = 8
    machine_client_ids: tuple[str, ...] = ()
    """Cognito app clients (client-credentials grant) whose access tokens are accepted as bearer tokens; empty:
    browser sessions only."""


def alpha_config(props: LoginProps) -> dict:
    """oauth2-proxy alpha configuration (v7.14+ nested header sources)."""
    return {
        "server": {"bindAddress": f"0.0.0.0:{PORT}"},
        "metricsServer": {"bindAddress": "0.0.0.0:44180"},
        # The proxy is only an auth decision: a static 200 for a valid session.
        "upstreamConfig": {"upstreams": [{"id": "authorized", "path": "/", "static": True, "staticCode": 200}]},
        "providers": [{
            "id": "cognito", "provider": "oidc", "name": "IAM Identity Center",
            "clientID": props.client_id, "clientSecretFile": "/etc/oauth2-proxy/secrets/client-secret",
            "scope": "openid email profile", "code_challenge_method": "S256",
            "oidcConfig": {"issuerURL": props.issuer_url, "emailClaim": "email", "userIDClaim": "email",
                           # Cognito access tokens name their client in `client_id` (no `aud`).
                           "audienceClaims": ["aud", "client_id"] if props.machine_client_ids else ["aud"]},
        }],
        "injectResponseHeaders": [
            {"name": USERID_HEADER, "values": [{"claimSource": {"claim": "email"}}]},
        ],
    }


def login_auth_hook() -> AuthHook:
    """The gateway's AuthService settings for oauth2-proxy (see the module doc for why each one matters).

    No path prefix: oauth2-proxy answers `/oauth2/*` itself and every other path with the static 200 upstream;
    a prefix such as `/oauth2/auth` would turn `/pipeline/` into `/oauth2/auth/pipeline/`, which oauth2-proxy
    does not route (its `/oauth2/auth` endpoint matches the exact path only).
    """
    return AuthHook(
        service=f"{NAME}.{NAMESPACE}:{PORT}",
        path_prefix="",
        # Forwarded to oauth2-proxy: the session cookie, a program's bearer token, and what it needs to build the
        # login redirect. (Emissary 3.10 always forwards `authorization` and `cookie` too:
        # python/ambassador/envoy/v3/v3httpfilter.py, AllowedRequestHeaders; listed here to say we rely on it.)
        allowed_request_headers=("cookie", "authorization", "accept", "x-forwarded-proto", "x-forwarded-host",
                                 "x-forwarded-uri"),
        # Copied from an allowing (2xx) response onto the upstream request, replacing the client's value.
        allowed_authorization_headers=(USERID_HEADER,),
        timeout_ms=5000,
    )


def bearer_token_args(props: LoginProps) -> list[str]:
    """The flags that let programs in with a machine client's access token (see the module doc); none without one."""
    if not props.machine_client_ids:
        return []
    return [
        "--skip-jwt-bearer-tokens=true",
        *[f"--extra-jwt-issuers={props.issuer_url}={client_id}" for client_id in props.machine_client_ids],
        f"--authenticated-emails-file={CONFIG_DIR}/{MACHINE_CLIENTS_FILE}",
    ]


class LoginChart(PlatformChart):
    """oauth2-proxy in `kubeflow`; the gateway's AuthService (`login_auth_hook`) sends every request through it."""

    def __init__(self, scope: Construct, construct_id: str, *, props: LoginProps) -> None:
        super().__init__(scope, construct_id, component="sso-login", version=OAUTH2_PROXY_VERSION,
                         kubernetes_version=props.kubernetes_version, identity_mode=props.identity_mode)
        eso.ExternalSecret(self, f"ExternalSecret-{SECRET}", metadata=object_metadata(SECRET, namespace=NAMESPACE),
                           spec=eso.ExternalSecretSpec(
            refresh_interval="1h",
            secret_store_ref=eso.ExternalSecretSpecSecretStoreRef(kind="SecretStore", name=SECRET_STORE),
            target=eso.ExternalSecretSpecTarget(name=SECRET, creation_policy=eso.ExternalSecretSpecTargetCreationPolicy.OWNER,
                                                deletion_policy=eso.ExternalSecretSpecTargetDeletionPolicy.RETAIN),
            data=[
                eso.ExternalSecretSpecData(secret_key="client-secret",
                                           remote_ref=eso.ExternalSecretSpecDataRemoteRef(key=props.client_secret_name)),
                eso.ExternalSecretSpecData(secret_key="cookie-secret",
                                           remote_ref=eso.ExternalSecretSpecDataRemoteRef(key=props.cookie_secret_name)),
            ],
        ))
        data = {"oauth2_proxy.yaml": yaml.safe_dump(alpha_config(props), sort_keys=True)}
        if props.machine_client_ids:
            data[MACHINE_CLIENTS_FILE] = "".join(f"{client_id}\n" for client_id in props.machine_client_ids)
        self.api("ConfigMap-oauth2-proxy", api_version="v1", kind="ConfigMap", name=NAME, namespace=NAMESPACE, data=data)
        service_account(self, NAME)
        args = [
            f"--alpha-config={CONFIG_DIR}/oauth2_proxy.yaml",
            f"--redirect-url=https://{props.hostname}/oauth2/callback",
            "--cookie-name=_kubeflow_sso", "--cookie-secure=true", "--cookie-httponly=true", "--cookie-samesite=lax",
            # No --cookie-refresh: a refreshed cookie would ride on a 2xx, whose headers Emissary does not return.
            f"--cookie-expire={props.session_hours}h",
            f"--whitelist-domain={props.hostname}", "--skip-provider-button=true", "--reverse-proxy=true",
            "--request-logging=false",
            *[f"--email-domain={d}" for d in props.allowed_email_domains],
            *[f"--api-route={route}" for route in MODEL_API_ROUTES],
            *bearer_token_args(props),
        ]
        deployment(self, Workload(
            name=NAME, image=pinned_image("quay.io/oauth2-proxy/oauth2-proxy", OAUTH2_PROXY_VERSION), env_secrets="oauth2-proxy reads the cookie secret from OAUTH2_PROXY_COOKIE_SECRET; the manifest holds a secretKeyRef, never the value", service_account=NAME,
            args=tuple(args),
            env=({"name": "OAUTH2_PROXY_COOKIE_SECRET", "valueFrom": {"secretKeyRef": {"name": SECRET, "key": "cookie-secret"}}},),
            ports=(("http", PORT), ("metrics", 44180)),
            probe={"httpGet": {"path": "/ping", "port": PORT}, "periodSeconds": 10, "timeoutSeconds": 2},
            cpu="20m", memory="64Mi", memory_limit="256Mi",
            volumes=({"name": "config", "configMap": {"name": NAME}},
                     {"name": "secrets", "secret": {"secretName": SECRET, "items": [{"key": "client-secret", "path": "client-secret"}]}}),
            mounts=({"name": "config", "mountPath": CONFIG_DIR, "readOnly": True},
                    {"name": "secrets", "mountPath": "/etc/oauth2-proxy/secrets", "readOnly": True}),
        ), replicas=2)
        service(self, NAME, selector={"app": NAME}, ports=[{"name": "http", "port": PORT, "targetPort": PORT, "protocol": "TCP"}])
        self.network_policy(
            "oauth2-proxy", namespace=NAMESPACE, pod_selector={"matchLabels": {"app": NAME}}, policy_types=["Ingress", "Egress"],
            ingress=[{"from": [{"namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": GATEWAY_NAMESPACE}}}],
                      "ports": [{"protocol": "TCP", "port": PORT}]}],
            # Cognito's discovery, JWKS and token endpoints (public HTTPS).
            egress=[{"to": [{"ipBlock": {"cidr": "0.0.0.0/0", "except": [INSTANCE_METADATA]}}],
                     "ports": [{"protocol": "TCP", "port": 443}]}],
        )
