"""Katib v0.19.0: webhooks on cert-manager certificates, the managed database by reference, the example experiment."""

from __future__ import annotations

import json
import re

import yaml


def test_webhooks_get_their_ca_from_a_certificate_for_their_service(kf_prod):
    for kind, name in (("ValidatingWebhookConfiguration", "katib.kubeflow.org"), ("MutatingWebhookConfiguration", "katib.kubeflow.org"),
                       ("MutatingWebhookConfiguration", "admission-webhook-mutating-webhook-configuration")):
        hook = kf_prod.get(kind, name)
        namespace, cert_name = hook["metadata"]["annotations"]["cert-manager.io/inject-ca-from"].split("/")
        cert = kf_prod.get("Certificate", cert_name, namespace)
        for webhook in hook["webhooks"]:
            service = webhook["clientConfig"]["service"]
            assert f"{service['name']}.{service['namespace']}.svc" in cert["spec"]["dnsNames"], (name, webhook["name"])
            assert webhook["failurePolicy"] == "Fail" and webhook["sideEffects"] == "None"
        # The serving pod mounts the Secret the Certificate writes.
        deployments = [d for d in kf_prod.of_kind("Deployment", namespace)
                       if any(v.get("secret", {}).get("secretName") == cert["spec"]["secretName"]
                              for v in d["spec"]["template"]["spec"].get("volumes", []))]
        assert len(deployments) == 1, cert_name


def test_database_is_a_reference_never_a_password(kf_prod):
    manager = kf_prod.get("Deployment", "katib-db-manager", "kubeflow")
    env = {e["name"]: e for e in manager["spec"]["template"]["spec"]["containers"][0]["env"]}
    assert env["KATIB_MYSQL_DB_HOST"]["value"].endswith(".rds.amazonaws.com")
    assert env["DB_PASSWORD"]["valueFrom"]["secretKeyRef"] == {"name": "katib-mysql-secrets", "key": "DB_PASSWORD"}
    assert env["DB_USER"]["valueFrom"]["secretKeyRef"]["name"] == "katib-mysql-secrets"
    assert "value" not in env["DB_PASSWORD"] and "value" not in env["DB_USER"]
    assert not [s for s in kf_prod.of_kind("Secret") if s["metadata"]["name"] == "katib-mysql-secrets"], "the Secret is delivered at runtime"
    assert "stringData" not in json.dumps(kf_prod.by_chart["kubeflow-katib"])
    egress = kf_prod.get("NetworkPolicy", "katib-db-manager-egress", "kubeflow")["spec"]["egress"]
    assert egress == [{"to": [{"ipBlock": {"cidr": kf_prod.config.network.vpc_cidr}}], "ports": [{"protocol": "TCP", "port": 3306}]}]


def test_katib_config_pins_every_image_and_serves_the_training_kinds(kf_prod):
    config = yaml.safe_load(kf_prod.get("ConfigMap", "katib-config", "kubeflow")["data"]["katib-config.yaml"])
    images = [c["image"] for c in config["runtime"]["metricsCollectors"] + config["runtime"]["suggestions"] + config["runtime"]["earlyStoppings"]]
    assert images and all(i.startswith("ghcr.io/kubeflow/katib/") and i.endswith(":v0.19.0") for i in images)
    assert {"TFJob.v1.kubeflow.org", "PyTorchJob.v1.kubeflow.org", "MPIJob.v1.kubeflow.org"} <= set(config["init"]["controller"]["trialResources"])
    assert config["init"]["certGenerator"]["enable"] is False


def test_metrics_collector_injection_reaches_profile_namespaces_only(kf_prod):
    hook = kf_prod.get("MutatingWebhookConfiguration", "katib.kubeflow.org")
    pod_hook = next(h for h in hook["webhooks"] if h["name"] == "mutator.pod.katib.kubeflow.org")
    label = pod_hook["namespaceSelector"]["matchLabels"]
    for p in kf_prod.config.kubeflow.profiles:
        assert label.items() <= kf_prod.get("Namespace", p.name)["metadata"]["labels"].items()
    assert not label.items() <= kf_prod.get("Namespace", "kubeflow")["metadata"]["labels"].items()


def test_experiment_tunes_the_tfjob(kf_dev):
    ns = kf_dev.config.kubeflow.examples_profile
    experiment = kf_dev.get("Experiment", "tune-tf-mnist", ns)["spec"]
    trial = experiment["trialTemplate"]["trialSpec"]
    assert trial["kind"] == "TFJob"
    command = " ".join(trial["spec"]["tfReplicaSpecs"]["Worker"]["template"]["spec"]["containers"][0]["command"])
    for parameter in experiment["trialTemplate"]["trialParameters"]:
        assert f"${{trialParameters.{parameter['name']}}}" in command
    references = {p["reference"] for p in experiment["trialTemplate"]["trialParameters"]}
    assert {p["name"] for p in experiment["parameters"]} <= references


def test_ui_requires_authorization(kf_prod):
    env = {e["name"]: e.get("value") for e in kf_prod.get("Deployment", "katib-ui", "kubeflow")["spec"]["template"]["spec"]["containers"][0]["env"]}
    assert env["APP_DISABLE_AUTH"] == "false"


def test_trial_templates_are_offered_and_runnable_here(kf_prod):
    """The UI lists ConfigMaps labelled katib.kubeflow.org/component=trial-templates (kubeflow namespace unchecked);
    each template must be a trial kind the controller watches, with a CRD, pods fit for the GPU nodes and FSx."""
    templates = [c for c in kf_prod.of_kind("ConfigMap")
                 if (c["metadata"].get("labels") or {}).get("katib.kubeflow.org/component") == "trial-templates"]
    assert [(c["metadata"]["namespace"], c["metadata"]["name"]) for c in templates] == [("kubeflow", "trial-templates")]
    config = yaml.safe_load(kf_prod.get("ConfigMap", "katib-config", "kubeflow")["data"]["katib-config.yaml"])
    crds = {(c["spec"]["names"]["kind"], c["spec"]["group"]) for c in kf_prod.of_kind("CustomResourceDefinition")}
    assert templates[0]["data"]
    for path, text in templates[0]["data"].items():
        job = yaml.safe_load(text)
        group, version = job["apiVersion"].split("/")
        assert f"{job['kind']}.{version}.{group}" in config["init"]["controller"]["trialResources"], path
        assert (job["kind"], group) in crds, path
        assert set(re.findall(r"\$\{(\w+)\.", text)) == {"trialParameters"}, path
        replicas = job["spec"]["tfReplicaSpecs"]
        for replica in replicas.values():
            pod = replica["template"]["spec"]
            assert pod["serviceAccountName"] == "default-editor"
            assert {"persistentVolumeClaim": {"claimName": "training-data"}}.items() <= next(
                v for v in pod["volumes"] if "persistentVolumeClaim" in v).items()
            if any("nvidia.com/gpu" in c["resources"].get("limits", {}) for c in pod["containers"]):
                assert {"key": "nvidia.com/gpu", "operator": "Exists", "effect": "NoSchedule"} in pod["tolerations"]
            assert all(c["securityContext"]["allowPrivilegeEscalation"] is False for c in pod["containers"])
