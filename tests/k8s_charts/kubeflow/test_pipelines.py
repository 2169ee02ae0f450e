"""Kubeflow Pipelines 2.16.0 charts: gates, S3 without static credentials, DB credentials only by reference,
images and versions, identity wiring in both modes, per-profile objects."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import cdk8s
import yaml

from k8s_charts.kubeflow.pipelines_common import AWS_SERVICE_ACCOUNTS, DB_SECRET, PipelinesProps
from k8s_charts.kubeflow.pipelines_install import add_pipelines_charts
from tests.conftest import shipped_config
from tests.k8s_charts.kubeflow.conftest import first_profile, pipelines_objects
from tests.support.k8s_gates import (
    all_gate_problems, containers_of, custom_resource_problems, mutated, pod_specs, pod_templates, reference_problems,
)
from tests.support.upstream_facts import _allows, effective_rules

STATIC_KEY_ENV = ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "MINIO_ACCESS_KEY", "MINIO_SECRET_KEY")


def _env(obj: dict) -> list[dict]:
    return [e for pod in pod_specs(obj) for c in containers_of(pod) for e in c.get("env") or []]


def _deployment(kfp, name: str) -> dict:
    return kfp.one("Deployment", name, "kubeflow")


# ------------------------------------------------------------------------------------------- gates

def _ours(kfp) -> set[str]:
    return {f"{o['kind']} {o['metadata'].get('namespace') + '/' if o['metadata'].get('namespace') else ''}{o['metadata']['name']}"
            for o in pipelines_objects(kfp)}


def test_every_gate_passes_on_our_objects(kfp):
    """The gates on the whole platform (references cross charts), keeping the problems of our objects."""
    ours = _ours(kfp)
    problems = all_gate_problems(kfp.objects, kfp.props.kubernetes_version)
    mine = {gate: [p for p in found if any(p.startswith(ref + ":") or p.startswith(ref + " ") for ref in ours)]
            for gate, found in problems.items()}
    assert mine == {k: [] for k in mine}


def test_reference_gate_catches_a_component_reading_an_undelivered_secret(kfp_prod):
    objects = [o for o in kfp_prod.objects if not (o["kind"] == "ExternalSecret" and o["metadata"]["name"] == DB_SECRET)]
    assert not any(f"missing Secret '{DB_SECRET}'" in p for p in reference_problems(kfp_prod.objects))
    assert any(f"missing Secret '{DB_SECRET}'" in p for p in reference_problems(objects))


def test_crd_gate_rejects_a_secret_store_on_an_unknown_aws_service(kfp_prod):
    store = kfp_prod.one("SecretStore", "aws-secrets-manager", "kubeflow")
    bad = mutated(store, "spec.provider.aws.service", "S3")
    crds = [o for o in pipelines_objects(kfp_prod) if o["kind"] == "CustomResourceDefinition"]
    assert any("'S3' is not one of" in p for p in custom_resource_problems([*crds, bad]))


def test_each_manifest_is_under_the_lambda_payload_budget(kfp):
    for chart, objects in kfp.by_chart.items():
        if not chart.startswith(("kubeflow-pipelines", "kubeflow-sso", "kubeflow-routes")):
            continue
        size = len(yaml.safe_dump_all(objects).encode())
        assert size < 200_000, f"{chart}: {size} bytes"


def test_crds_kfp_needs_are_shipped_with_structural_schemas(kfp_prod):
    crds = {o["metadata"]["name"]: o for o in pipelines_objects(kfp_prod) if o["kind"] == "CustomResourceDefinition"}
    for name in ("scheduledworkflows.kubeflow.org", "viewers.kubeflow.org", "workflows.argoproj.io",
                 "workflowtemplates.argoproj.io", "cronworkflows.argoproj.io", "workflowtaskresults.argoproj.io",
                 "workflowtasksets.argoproj.io", "workflowartifactgctasks.argoproj.io",
                 "externalsecrets.external-secrets.io", "secretstores.external-secrets.io"):
        assert name in crds, name

    def structural(schema: dict, path: str) -> None:
        assert "type" in schema or schema.get("x-kubernetes-preserve-unknown-fields"), path
        for key, sub in (schema.get("properties") or {}).items():
            structural(sub, f"{path}.{key}")
        if "items" in schema:
            structural(schema["items"], f"{path}[]")

    for name, obj in crds.items():
        if name.endswith(("argoproj.io", "kubeflow.org", "external-secrets.io")):
            for version in obj["spec"]["versions"]:
                structural(version["schema"]["openAPIV3Schema"], name)


# ------------------------------------------------------------------------------------------- images

def test_kfp_images_are_the_ghcr_2_16_0_release_and_argo_is_the_pinned_3_7_3(kfp_prod):
    images = {c["image"] for o in pipelines_objects(kfp_prod) for pod in pod_specs(o) for c in containers_of(pod)}
    kfp_images = {i for i in images if "/kfp-" in i}
    assert kfp_images and all(i.startswith("ghcr.io/kubeflow/kfp-") and i.endswith(":2.16.0") for i in kfp_images)
    assert "quay.io/argoproj/workflow-controller:v3.7.3" in images
    controller = _deployment(kfp_prod, "workflow-controller")
    args = pod_specs(controller).__next__()["containers"][0]["args"]
    assert args[args.index("--executor-image") + 1] == "quay.io/argoproj/argoexec:v3.7.3"
    api_env = {e["name"]: e.get("value") for e in _env(_deployment(kfp_prod, "ml-pipeline"))}
    assert api_env["V2_DRIVER_IMAGE"] == "ghcr.io/kubeflow/kfp-driver:2.16.0"
    assert api_env["V2_LAUNCHER_IMAGE"] == "ghcr.io/kubeflow/kfp-launcher:2.16.0"


# ------------------------------------------------------------------------------------------- S3, no static keys

def test_no_object_carries_static_aws_or_minio_credentials(kfp):
    text = json.dumps(kfp.objects)
    assert "AKIA" not in text and "minio123" not in text and "mlpipeline-minio-artifact" not in text
    for obj in kfp.objects:  # every object of the platform, not only ours
        names = {e["name"] for e in _env(obj)}
        assert not names & set(STATIC_KEY_ENV), f"{obj['kind']} {obj['metadata']['name']}: {names & set(STATIC_KEY_ENV)}"
    assert not [o for o in pipelines_objects(kfp) if o["kind"] == "Secret"], "ESO writes the only Secrets at runtime"


def test_api_server_uses_the_default_aws_credential_chain_against_the_artifacts_bucket(kfp):
    env = {e["name"]: e for e in _env(_deployment(kfp, "ml-pipeline"))}
    # Empty on purpose: viper AllowEmptyEnv(true) overrides the `minio` keys of the image's config.json.
    assert env["OBJECTSTORECONFIG_ACCESSKEY"]["value"] == "" and env["OBJECTSTORECONFIG_SECRETACCESSKEY"]["value"] == ""
    assert env["OBJECTSTORECONFIG_HOST"]["value"] == f"s3.{kfp.props.region}.amazonaws.com"
    assert env["OBJECTSTORECONFIG_SECURE"]["value"] == "true"
    install = kfp.one("ConfigMap", "pipeline-install-config", "kubeflow")["data"]
    assert install["bucketName"].endswith("-pipeline-artifacts")


def test_argo_and_launcher_write_to_s3_with_sdk_credentials(kfp):
    PROFILE = first_profile(kfp)
    controller_cm = kfp.one("ConfigMap", "workflow-controller-configmap", "kubeflow")["data"]
    repo = yaml.safe_load(controller_cm["artifactRepository"])["s3"]
    assert repo["useSDKCreds"] is True and "accessKeySecret" not in repo and repo["insecure"] is False
    per_ns = json.loads(kfp.one("ConfigMap", "artifact-repositories", PROFILE)["data"]["default-namespaced"])["s3"]
    # Namespace first: the team's `pipeline-artifacts/<team>/` prefix (its AWS role) covers every run's keys.
    assert per_ns["useSDKCreds"] is True and per_ns["keyFormat"].startswith(f"{PROFILE}/pipelines/")
    launcher = kfp.one("ConfigMap", "kfp-launcher", PROFILE)["data"]
    assert launcher["defaultPipelineRoot"] == f"s3://{repo['bucket']}/{PROFILE}/pipelines/v2/artifacts"
    profile = next(p for p in shipped_config(kfp.variant).kubeflow.profiles if p.name == PROFILE)
    assert any(f"pipeline-artifacts/{PROFILE}/".startswith(x) for x in profile.s3_prefixes), \
        "the profile's AWS identity must allow its pipeline root"
    assert yaml.safe_load(launcher["providers"])["s3"]["default"]["credentials"] == {"fromEnv": True}


def test_aws_calling_pods_each_run_as_their_own_identity(kfp):
    """API server, UI and External Secrets controller: one role each, bound to their own service account."""
    components = {"ml-pipeline": "kubeflow-pipelines", "ml-pipeline-ui": "kubeflow-pipelines-ui",
                  "kfp-external-secrets": "kubeflow-pipelines-secrets"}
    roles = {kfp.props.identity(c).role_arn for c in components.values()}
    assert len(roles) == 3
    for name, component in components.items():
        identity = kfp.props.identities[component]
        template = next(pod_templates(_deployment(kfp, name)))
        assert template["spec"]["serviceAccountName"] == identity.service_account
        assert identity.service_account in AWS_SERVICE_ACCOUNTS and identity.namespace == "kubeflow"
        annotations = (template.get("metadata") or {}).get("annotations") or {}
        if kfp.props.identity_mode == "kube2iam":
            assert annotations["iam.amazonaws.com/role"] == identity.role_arn
        else:
            assert "iam.amazonaws.com/role" not in annotations


# ------------------------------------------------------------------------------------------- database wiring

def test_database_credentials_are_only_secret_references(kfp):
    secret_refs = set()
    for obj in pipelines_objects(kfp):
        for e in _env(obj):
            if "PASSWORD" in e["name"] or e["name"].endswith("_USER"):
                assert "value" not in e, f"{obj['metadata']['name']}: {e['name']} has a literal value"
                ref = e["valueFrom"]["secretKeyRef"]
                secret_refs.add((ref["name"], ref["key"]))
    assert secret_refs == {(DB_SECRET, "password"), (DB_SECRET, "username")}
    katib = kfp.one("ExternalSecret", "katib-mysql-secrets", "kubeflow")["spec"]
    assert {(d["secretKey"], d["remoteRef"]["property"]) for d in katib["data"]} == {("DB_USER", "username"), ("DB_PASSWORD", "password")}
    external = kfp.one("ExternalSecret", DB_SECRET, "kubeflow")["spec"]
    assert external["secretStoreRef"] == {"kind": "SecretStore", "name": "aws-secrets-manager"}
    assert all(d["remoteRef"]["key"].endswith("-kfp-db/credentials") for d in external["data"])
    install = kfp.one("ConfigMap", "pipeline-install-config", "kubeflow")["data"]
    assert install["mysqlHost"].endswith(".rds.amazonaws.com") and install["mysqlPort"] == "3306"


def test_secret_store_uses_the_pod_identity_not_keys(kfp):
    aws = kfp.one("SecretStore", "aws-secrets-manager", "kubeflow")["spec"]["provider"]["aws"]
    assert aws == {"service": "SecretsManager", "region": kfp.props.region}


def test_database_egress_is_limited_to_the_vpc_on_mysql(kfp):
    policy = kfp.one("NetworkPolicy", "kfp-aws-and-database", "kubeflow")["spec"]
    mysql = [r for r in policy["egress"] if r["ports"] == [{"protocol": "TCP", "port": 3306}]]
    assert mysql == [{"to": [{"ipBlock": {"cidr": kfp.props.vpc_cidr}}], "ports": [{"protocol": "TCP", "port": 3306}]}]


# ------------------------------------------------------------------------------------------- multi-user

def test_multi_user_mode_reads_the_gateway_user_header(kfp):
    for name in ("ml-pipeline", "ml-pipeline-ui"):
        env = {e["name"]: e.get("value") for e in _env(_deployment(kfp, name))}
        assert env["KUBEFLOW_USERID_HEADER"] == "kubeflow-userid" and env["KUBEFLOW_USERID_PREFIX"] == ""
    assert {e["name"]: e.get("value") for e in _env(_deployment(kfp, "ml-pipeline"))}["MULTIUSER"] == "true"
    for name in ("ml-pipeline-persistenceagent", "ml-pipeline-scheduledworkflow", "ml-pipeline-viewer-crd"):
        assert {e["name"]: e.get("value") for e in _env(_deployment(kfp, name))}["NAMESPACE"] == ""


def test_pipelines_rights_fold_into_kubeflow_edit_and_view(kfp):
    edit = kfp.one("ClusterRole", "kubeflow-pipelines-edit")
    assert edit["metadata"]["labels"]["rbac.authorization.kubeflow.org/aggregate-to-kubeflow-edit"] == "true"
    view = kfp.one("ClusterRole", "kubeflow-pipelines-view")
    assert view["metadata"]["labels"]["rbac.authorization.kubeflow.org/aggregate-to-kubeflow-view"] == "true"


def test_cache_webhook_uses_a_cert_manager_certificate_and_fails_open(kfp):
    hook = kfp.one("MutatingWebhookConfiguration", "cache-webhook-kubeflow")
    assert hook["metadata"]["annotations"]["cert-manager.io/inject-ca-from"] == "kubeflow/cache-server-cert"
    assert hook["webhooks"][0]["failurePolicy"] == "Ignore"
    assert kfp.one("Certificate", "cache-server-cert", "kubeflow")["spec"]["secretName"] == "cache-server-tls"


def test_ui_is_reachable_only_from_the_gateway(kfp):
    policy = kfp.one("NetworkPolicy", "ml-pipeline-ui-from-gateway", "kubeflow")["spec"]
    assert policy["ingress"][0]["from"] == [{"namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": "emissary"}}}]


def test_profiles_get_their_objects_and_no_profile_means_none():
    app = cdk8s.App()
    props = PipelinesProps(region="eu-west-1", kubernetes_version="1.35", artifacts_bucket="b", db_host="h",
                           db_secret_name="s", pipelines_role_arn="arn:aws:iam::111111111111:role/r",
                           ui_role_arn="arn:aws:iam::111111111111:role/u", secrets_role_arn="arn:aws:iam::111111111111:role/s",
                           vpc_cidr="10.0.0.0/16")
    charts = add_pipelines_charts(app, props=props)
    assert charts["profiles"].to_json() == []
    assert "login" not in charts and "routes" not in charts


def test_katib_database_is_created_by_a_job_reading_the_same_secret(kfp):
    job = kfp.one("Job", "katib-database-init", "kubeflow")
    container = job["spec"]["template"]["spec"]["containers"][0]
    env = {e["name"]: e for e in container["env"]}
    assert env["MYSQL_PWD"]["valueFrom"]["secretKeyRef"] == {"name": DB_SECRET, "key": "password"}
    assert "CREATE DATABASE IF NOT EXISTS katib" in " ".join(container["command"])
    assert env["DB_HOST"]["value"] == kfp.one("ConfigMap", "pipeline-install-config", "kubeflow")["data"]["mysqlHost"]


# ------------------------------------------------------------------------------------------- runtime wiring

def _container(charts, deployment: str) -> dict:
    return _deployment(charts, deployment)["spec"]["template"]["spec"]["containers"][0]


def _flag(container: dict, name: str, default: str) -> str:
    """A Go `flag` value as the binary sees it: the last `--name=value` wins, otherwise the default."""
    values = [a.split("=", 1)[1] for a in [*container.get("command", []), *container.get("args", [])] if a.startswith(f"--{name}=")]
    return values[-1] if values else default


def test_cache_server_serves_the_pair_cert_manager_writes(kfp_prod):
    """The server opens /etc/webhook/certs/<tls_cert_filename> (default cert.pem) and exits if it is missing
    (backend/src/cache/main.go at 2.16.0); a cert-manager Secret holds tls.crt, tls.key and ca.crt."""
    container = _container(kfp_prod, "cache-server")
    pod = _deployment(kfp_prod, "cache-server")["spec"]["template"]["spec"]
    mount = next(m for m in container["volumeMounts"] if m["mountPath"] == "/etc/webhook/certs")
    secret = next(v["secret"]["secretName"] for v in pod["volumes"] if v["name"] == mount["name"])
    certificates = [c for c in kfp_prod.find("Certificate", namespace="kubeflow") if c["spec"]["secretName"] == secret]
    assert certificates, f"no cert-manager Certificate writes {secret}"
    written = {"tls.crt", "tls.key", "ca.crt"}
    assert _flag(container, "tls_cert_filename", "cert.pem") in written
    assert _flag(container, "tls_key_filename", "key.pem") in written


WATCH_PROBED = ("metadata-writer", "ml-pipeline-persistenceagent", "ml-pipeline-viewer-crd")
_TCP_HEADER = "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode\n"
_LISTEN = "   0: 00000000:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000 65532 0 1 1 0 100 0 0 10 0\n"
_API_OPEN = "   1: 0A00020F:B2C4 010014AC:01BB 01 00000000:00000000 00:00000000 00000000 65532 0 2 1 0 20 4 30 10 -1\n"
_API_CLOSING = _API_OPEN.replace(" 01 00000000", " 08 00000000")
_MLMD_OPEN = "   2: 0A00020F:C001 0B00020F:1F90 01 00000000:00000000 00:00000000 00000000 65532 0 3 1 0 20 4 30 10 -1\n"


def _run_probe(command: list[str], tcp: str, tmp_path, *, api_port: str | None = "443") -> int:
    """Run a liveness command against a fake /proc/net/tcp: how the probe judges the pod's sockets."""
    fake = tmp_path / "tcp"
    fake.write_text(_TCP_HEADER + tcp)
    env = {k: v for k, v in os.environ.items() if k != "KUBERNETES_SERVICE_PORT"}
    if api_port is not None:
        env["KUBERNETES_SERVICE_PORT"] = api_port
    if command[0] == "python3":
        code = command[2].replace("'/proc/net/tcp'", repr(str(fake))).replace("'/proc/net/tcp6'", repr(str(tmp_path / "none")))
        return subprocess.run([sys.executable, "-c", code], env=env, check=False).returncode
    return subprocess.run([str(fake) if a == "/proc/net/tcp" else a for a in command], env=env, check=False).returncode


def test_controllers_without_a_health_endpoint_have_a_liveness_probe_that_can_fail(kfp_prod, tmp_path):
    """Upstream ships these without probes; a probe that looks for the process matches its own command line
    (the old `pgrep -f`/cmdline scans) and passes forever. The watch-connection probe fails when the pod holds no
    open connection to the Kubernetes API."""
    for name in WATCH_PROBED:
        command = _container(kfp_prod, name)["livenessProbe"]["exec"]["command"]
        assert _run_probe(command, _LISTEN + _API_OPEN, tmp_path) == 0, name
        assert _run_probe(command, _LISTEN + _API_OPEN, tmp_path, api_port=None) == 0, name  # 443 by default
        assert _run_probe(command, _LISTEN + _API_OPEN, tmp_path, api_port="6443") != 0, name
        for sockets in ("", _LISTEN, _LISTEN + _API_CLOSING, _MLMD_OPEN):
            assert _run_probe(command, sockets, tmp_path) != 0, (name, sockets)


def test_eso_controller_has_a_crd_and_rights_for_every_kind_it_watches(kfp_prod):
    """ESO v1.3.2 cmd/controller/root.go: which reconcilers start (flag -> default), and what each watches
    (SetupWithManager in pkg/controllers/*). A watched kind without CRD or list/watch rights never syncs its
    informer, and the manager exits before reconciling any ExternalSecret."""
    reconcilers = {  # name: (enabling flag or None when always on, [(group, resource)])
        "SecretStore": ("enable-secret-store-reconciler", [("external-secrets.io", "secretstores")]),
        "ClusterSecretStore": ("enable-cluster-store-reconciler", [("external-secrets.io", "clustersecretstores")]),
        "GeneratorState": (None, [("generators.external-secrets.io", "generatorstates")]),
        "ExternalSecret": (None, [("external-secrets.io", "externalsecrets"), ("", "secrets")]),
        "PushSecret": ("enable-push-secret-reconciler", [("external-secrets.io", "pushsecrets")]),
        "ClusterExternalSecret": ("enable-cluster-external-secret-reconciler", [("external-secrets.io", "clusterexternalsecrets")]),
        "ClusterPushSecret": ("enable-cluster-push-secret-reconciler", [("external-secrets.io", "clusterpushsecrets")]),
    }
    container = _container(kfp_prod, "kfp-external-secrets")
    assert _flag(container, "namespace", "") == "kubeflow"
    if _flag(container, "enable-push-secret-reconciler", "true") == "true":  # the store reconcilers then watch PushSecrets
        reconcilers["SecretStore"][1].append(("external-secrets.io", "pushsecrets"))
    running = [n for n, (flag, _) in reconcilers.items() if flag is None or _flag(container, flag, "true") == "true"]
    assert {"ExternalSecret", "SecretStore", "GeneratorState"} <= set(running)
    crds = {(c["spec"]["group"], c["spec"]["names"]["plural"]) for c in kfp_prod.find("CustomResourceDefinition")}
    rules = effective_rules(kfp_prod.objects, namespace="kubeflow", service_account="kfp-external-secrets", scope="kubeflow")
    for name in running:
        for group, resource in reconcilers[name][1]:
            assert group == "" or (group, resource) in crds, f"{name} watches {resource}.{group}: no CRD"
            missing = [v for v in ("get", "list", "watch") if not _allows(rules, group, resource, v, None)]
            assert not missing, f"{name}: cannot {missing} {resource}.{group or 'core'} in kubeflow"


def test_metadata_writer_has_room_for_its_pod_dumps(kfp_prod):
    """metadata_writer.py (2.16.0) writes each Argo pod event as YAML to /tmp and keeps the last 5,000 files: on a
    64Mi tmpfs the kubelet evicts the writer once a few hundred runs have gone by."""
    units = {"Ki": 2**10, "Mi": 2**20, "Gi": 2**30}
    pod = _deployment(kfp_prod, "metadata-writer")["spec"]["template"]["spec"]
    tmp = next(v for v in pod["volumes"] if v["name"] == "tmp")["emptyDir"]
    assert tmp.get("medium") != "Memory"
    size = tmp["sizeLimit"]
    assert int(size[:-2]) * units[size[-2:]] >= 5000 * 64 * 1024, size


# Endpoints each binary takes from env (upstream: the service links of Services that must exist before the pod).
SERVICE_ENV = {
    # backend/src/apiserver/main.go: GetStringConfig exits when these are unset.
    ("ml-pipeline", "ML_PIPELINE_VISUALIZATIONSERVER_SERVICE"): ("ml-pipeline-visualizationserver", 8888),
    # frontend/server/configs.ts: defaults to localhost.
    ("ml-pipeline-ui", "ML_PIPELINE_SERVICE"): ("ml-pipeline", 8888),
    ("ml-pipeline-ui", "METADATA_ENVOY_SERVICE_SERVICE"): ("metadata-envoy-service", 9090),
}


def test_service_endpoints_do_not_depend_on_apply_order(kfp_prod):
    for (deployment, prefix), (service, port) in SERVICE_ENV.items():
        env = {e["name"]: e.get("value") for e in _container(kfp_prod, deployment)["env"]}
        assert env.get(f"{prefix}_HOST") == service, (deployment, prefix)
        assert env.get(f"{prefix}_PORT") == str(port), (deployment, prefix)
        ports = [p["port"] for p in kfp_prod.one("Service", service, "kubeflow")["spec"]["ports"]]
        assert port in ports, (service, ports)
