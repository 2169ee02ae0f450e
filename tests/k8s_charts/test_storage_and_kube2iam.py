"""FSx volume from the data stack's values; encrypted gp3; kube2iam only in kube2iam mode, restricted."""

from __future__ import annotations

import dataclasses
import json

import pytest
import yaml

from k8s_charts.platform_charts import synth_objects
from k8s_charts.props import FsxRef


def test_fsx_volume_points_at_the_file_system(dev_charts):
    fsx = FsxRef(file_system_id="fs-0feedfacecafe0001", dns_name="fs-0feedfacecafe0001.fsx.eu-west-1.amazonaws.com",
                 mount_name="zq7abcde", storage_capacity_gib=2400)
    objects = synth_objects(dataclasses.replace(dev_charts.props, fsx=fsx))["storage"]
    volume = next(o for o in objects if o["kind"] == "PersistentVolume")
    assert volume["spec"]["csi"] == {"driver": "fsx.csi.aws.com", "volumeHandle": fsx.file_system_id,
                                     "volumeAttributes": {"dnsname": fsx.dns_name, "mountname": fsx.mount_name}}
    assert volume["spec"]["capacity"] == {"storage": "2400Gi"}
    assert volume["spec"]["persistentVolumeReclaimPolicy"] == "Retain"
    claim = next(o for o in objects if o["kind"] == "PersistentVolumeClaim")
    assert claim["metadata"]["namespace"] == "ml-training" and claim["spec"]["volumeName"] == volume["metadata"]["name"]
    assert volume["spec"]["claimRef"] == {"namespace": "ml-training", "name": claim["metadata"]["name"]}


def test_every_training_namespace_gets_its_own_claim(dev_charts):
    objects = synth_objects(dataclasses.replace(dev_charts.props, training_namespaces=("ml-training", "team-a")))["storage"]
    claims = {(o["metadata"]["namespace"], o["spec"]["volumeName"]) for o in objects if o["kind"] == "PersistentVolumeClaim"}
    assert claims == {("ml-training", "fsx-ml-training"), ("team-a", "fsx-team-a")}


def test_block_storage_is_encrypted_gp3(charts):
    storage_class = charts.one("StorageClass", "gp3-encrypted")
    assert storage_class["provisioner"] == "ebs.csi.aws.com"
    assert storage_class["parameters"]["type"] == "gp3" and storage_class["parameters"]["encrypted"] == "true"


def test_block_storage_is_encrypted_with_the_data_key(charts):
    """Every environment names the platform's data key; without `kmsKeyId` EBS would use the account's aws/ebs key."""
    storage_class = charts.one("StorageClass", "gp3-encrypted")
    assert charts.props.data_key_arn.startswith(f"arn:aws:kms:{charts.props.region}:{charts.props.account}:key/")
    assert storage_class["parameters"]["kmsKeyId"] == charts.props.data_key_arn


def test_claims_that_name_no_class_and_notebook_workspaces_get_the_data_key(charts):
    """EKS clusters from 1.30 have no default StorageClass: gp3-encrypted is the only default, and the notebook
    spawner names it for new workspaces, so no claim the platform or its users create stays Pending or unkeyed."""
    classes = {c["metadata"]["name"]: c for c in charts.find("StorageClass")}
    defaults = [name for name, c in classes.items()
                if (c["metadata"].get("annotations") or {}).get("storageclass.kubernetes.io/is-default-class") == "true"]
    assert defaults == ["gp3-encrypted"]
    keyed = {name for name, c in classes.items() if c.get("parameters", {}).get("kmsKeyId") == charts.props.data_key_arn}
    for config in charts.find("ConfigMap", "jupyter-web-app-config", "kubeflow"):
        spawner = yaml.safe_load(config["data"]["spawner_ui_config.yaml"])["spawnerFormDefaults"]
        assert spawner["workspaceVolume"]["value"]["newPvc"]["spec"]["storageClassName"] in keyed


def test_the_storage_class_carries_the_key_it_is_given(dev_charts):
    key = "arn:aws:kms:eu-west-1:111111111111:key/11112222-3333-4444-5555-666677778888"
    objects = synth_objects(dataclasses.replace(dev_charts.props, data_key_arn=key))["storage"]
    storage_class = next(o for o in objects if o["kind"] == "StorageClass" and o["metadata"]["name"] == "gp3-encrypted")
    assert storage_class["parameters"]["kmsKeyId"] == key


def test_a_storage_class_without_a_key_is_refused(dev_charts):
    with pytest.raises(ValueError, match="ebs_kms_key_arn=''"):
        synth_objects(dataclasses.replace(dev_charts.props, data_key_arn=""))


def test_kube2iam_only_in_kube2iam_mode(charts):
    present = bool(charts.find("DaemonSet", "kube2iam"))
    assert present == (charts.props.identity_mode == "kube2iam")
    if not present:
        assert not [o for o in charts.objects if "iam.amazonaws.com/role" in json.dumps(o)]


def test_kube2iam_intercepts_on_every_node_with_namespace_restrictions(dev_kube2iam_charts):
    daemonset = dev_kube2iam_charts.one("DaemonSet", "kube2iam", "kube2iam")
    pod = daemonset["spec"]["template"]["spec"]
    args = pod["containers"][0]["args"]
    for flag in ("--iptables=true", "--host-interface=eni+", "--auto-discover-base-arn", "--namespace-restrictions"):
        assert flag in args
    assert pod["hostNetwork"] is True and pod["tolerations"] == [{"operator": "Exists"}]
    assert pod["containers"][0]["securityContext"]["capabilities"] == {"drop": ["ALL"], "add": ["NET_ADMIN"]}
    role = dev_kube2iam_charts.one("ClusterRole", "kube2iam")
    assert role["rules"] == [{"apiGroups": [""], "resources": ["namespaces", "pods"], "verbs": ["get", "list", "watch"]}]


def test_kube2iam_can_take_the_iptables_lock(dev_kube2iam_charts):
    """iptables opens /run/xtables.lock with O_CREAT before changing rules; with a read-only root filesystem that
    must be the node's lock file (shared with kube-proxy and the VPC CNI), or kube2iam exits before it serves."""
    pod = dev_kube2iam_charts.one("DaemonSet", "kube2iam", "kube2iam")["spec"]["template"]["spec"]
    container = pod["containers"][0]
    assert container["securityContext"]["readOnlyRootFilesystem"] is True
    mounts = {m["mountPath"]: m["name"] for m in container["volumeMounts"]}
    volumes = {v["name"]: v for v in pod["volumes"]}
    assert volumes[mounts["/run/xtables.lock"]]["hostPath"] == {"path": "/run/xtables.lock", "type": "FileOrCreate"}


def test_kube2iam_namespaces_allow_exactly_their_components_roles(dev_kube2iam_charts):
    props = dev_kube2iam_charts.props
    for namespace in dev_kube2iam_charts.find("Namespace"):
        name = namespace["metadata"]["name"]
        allowed = json.loads(namespace["metadata"]["annotations"]["iam.amazonaws.com/allowed-roles"])
        assert allowed == props.roles_in(name), name
    annotated = [
        (o["metadata"]["namespace"], o["spec"]["template"]["metadata"]["annotations"]["iam.amazonaws.com/role"])
        for o in dev_kube2iam_charts.objects
        if o["kind"] in ("Deployment", "StatefulSet", "DaemonSet")
        and "iam.amazonaws.com/role" in (o["spec"]["template"]["metadata"].get("annotations") or {})
    ]
    # Kubeflow profiles name their role through a PodDefault on every pod of the namespace, not a workload.
    profile_roles = {(p["metadata"]["namespace"], p["spec"]["annotations"]["iam.amazonaws.com/role"])
                     for p in dev_kube2iam_charts.find("PodDefault", "aws-identity")}
    expected = {(ref.namespace, ref.role_arn) for ref in props.identities.values()}
    # Several workloads may share one identity (KFP API server, UI and External Secrets), hence sets.
    assert sorted(set(annotated)) == sorted(expected - profile_roles)
    assert profile_roles == {(ref.namespace, ref.role_arn) for key, ref in props.identities.items() if key.startswith("kf-")}
