"""Cluster stack: private encrypted control plane, access entries, GPU groups from zero, pinned add-ons,
least-privilege component roles bound by Pod Identity (default) or kube2iam."""

from __future__ import annotations

import json

import pytest
from aws_cdk import assertions

from platform_constructs.cluster_addons import ADDON_IDENTITIES, ADDON_VERSIONS
from platform_constructs.gpu_node_group import ACCELERATOR_LABEL, GPU_PRODUCT_LABEL
from platform_constructs.system_node_group import NODE_GROUP_LABEL
from platform_constructs.compliance import unacknowledged_findings
from tests.support.cluster_harness import MAPPINGS, HarnessSynth, harness  # noqa: F401  (fixture)
from tests.support.iam_policy import Call, allows
from tests.support.references import data_key_arn_reference
from tests.support.role_statements import role_statements


@pytest.fixture
def cluster(shipped) -> HarnessSynth:
    """The Cluster stack of every shipped environment in both identity modes."""
    return HarnessSynth(
        config=shipped.config, stack=shipped.stage.cluster, template_json=shipped.json("Cluster"),
        findings=unacknowledged_findings(str(shipped.outdir)), template_path=shipped.template_paths["Cluster"],
    )


def _one(cluster, resource_type):
    resources = cluster.resources(resource_type)
    assert len(resources) == 1, resources.keys()
    return next(iter(resources.values()))["Properties"]


def _by_logical_prefix(cluster, resource_type, prefix):
    return {k: v["Properties"] for k, v in cluster.resources(resource_type).items() if k.startswith(prefix)}


def test_no_unacknowledged_findings(cluster):
    assert cluster.findings == []


def test_endpoint_private_unless_config_lists_cidrs(cluster):
    vpc_config = _one(cluster, "AWS::EKS::Cluster")["ResourcesVpcConfig"]
    assert vpc_config["EndpointPrivateAccess"] is True
    if cluster.config.cluster.endpoint_public_access:
        assert vpc_config["EndpointPublicAccess"] is True
        assert vpc_config["PublicAccessCidrs"] == list(cluster.config.cluster.public_access_cidrs)
        assert "0.0.0.0/0" not in vpc_config["PublicAccessCidrs"]
    else:
        assert vpc_config["EndpointPublicAccess"] is False
        assert "PublicAccessCidrs" not in vpc_config


def test_all_five_control_plane_log_types_into_encrypted_log_group_with_retention(cluster):
    props = _one(cluster, "AWS::EKS::Cluster")
    types = {t["Type"] for t in props["Logging"]["ClusterLogging"]["EnabledTypes"]}
    assert types == {"api", "audit", "authenticator", "controllerManager", "scheduler"}
    (log_props,) = _by_logical_prefix(cluster, "AWS::Logs::LogGroup", "ClusterControlPlaneLogs").values()
    assert log_props["LogGroupName"] == f"/aws/eks/{props['Name']}/cluster"
    assert log_props["RetentionInDays"] == cluster.config.cluster.control_plane_log_retention_days
    assert "LogsKey" in json.dumps(log_props["KmsKeyId"])


def test_secrets_envelope_encrypted_with_the_rotating_cluster_key(cluster):
    (config,) = _one(cluster, "AWS::EKS::Cluster")["EncryptionConfig"]
    assert config["Resources"] == ["secrets"]
    assert "ClusterKey" in json.dumps(config["Provider"]["KeyArn"])


def test_api_authentication_and_no_implicit_creator_admin(cluster):
    props = _one(cluster, "AWS::EKS::Cluster")
    assert props["AccessConfig"] == {"AuthenticationMode": "API", "BootstrapClusterCreatorAdminPermissions": False}
    assert props["Version"] == cluster.config.cluster.kubernetes_version


def test_kubectl_role_has_explicit_cluster_admin_entry(cluster):
    kubectl_role = cluster.stack.platform_cluster.kubectl_role
    logical = cluster.stack.get_logical_id(kubectl_role.node.default_child)
    entries = [e["Properties"] for e in cluster.resources("AWS::EKS::AccessEntry").values()]
    admin = [e for e in entries if e["PrincipalArn"] == {"Fn::GetAtt": [logical, "Arn"]}]
    assert len(admin) == 1
    assert admin[0]["AccessPolicies"][0]["AccessScope"] == {"Type": "cluster"}
    assert "AmazonEKSClusterAdminPolicy" in json.dumps(admin[0]["AccessPolicies"][0]["PolicyArn"])


def test_kubectl_handler_role_reads_no_container_registry(cluster):
    """The handler applies manifests and pulls nothing: no ECR (private or public) read on its role, and the
    platform adds no Helm chart (the only thing aws_eks_v2 grants registry read for)."""
    kubectl_role = cluster.stack.platform_cluster.kubectl_role
    role = cluster.template_json["Resources"][cluster.stack.get_logical_id(kubectl_role.node.default_child)]
    arns = json.dumps(role["Properties"]["ManagedPolicyArns"])
    assert "AWSLambdaBasicExecutionRole" in arns
    assert "ContainerRegistry" not in arns and "ECRPublic" not in arns
    policies = [p["Properties"]["PolicyDocument"] for p in cluster.resources("AWS::IAM::Policy").values()
                if {"Ref": cluster.stack.get_logical_id(kubectl_role.node.default_child)} in p["Properties"].get("Roles", [])]
    assert not any(a.startswith(("ecr:", "ecr-public:")) for d in policies for s in d["Statement"]
                   for a in ([s["Action"]] if isinstance(s["Action"], str) else s["Action"]))
    import aws_cdk as cdk
    from aws_cdk import aws_eks_v2 as eks
    assert not [n for n in cdk.Stage.of(cluster.stack).node.find_all() if isinstance(n, eks.HelmChart)]


def test_access_entries_per_mapped_role_with_scoped_policies(harness):
    cluster = harness
    entries = {json.dumps(e["Properties"]["PrincipalArn"]).strip('"'): e["Properties"] for e in cluster.resources("AWS::EKS::AccessEntry").values()}
    for mapping in MAPPINGS:
        entry = entries[mapping.principal_arn]
        (policy,) = entry["AccessPolicies"]
        assert policy["PolicyArn"].endswith(f"cluster-access-policy/{mapping.access_policy}")
        if mapping.namespaces:
            assert policy["AccessScope"] == {"Type": "namespace", "Namespaces": list(mapping.namespaces)}
        else:
            assert policy["AccessScope"] == {"Type": "cluster"}
        assert entry.get("KubernetesGroups", []) == list(mapping.kubernetes_groups)


def test_access_entries_for_every_configured_mapping(cluster):
    mappings = cluster.stack.node.scope.identity.access_mappings
    entries = [e["Properties"] for e in cluster.resources("AWS::EKS::AccessEntry").values()]
    # One per mapping plus the kubectl provider's admin entry.
    assert len(entries) == len(mappings) + 1
    by_principal = {e["PrincipalArn"]: e for e in entries if isinstance(e["PrincipalArn"], str)}
    for mapping in mappings:
        (policy,) = by_principal[mapping.principal_arn]["AccessPolicies"]
        assert policy["PolicyArn"].endswith(f"/{mapping.access_policy}")
        expected = {"Type": "namespace", "Namespaces": list(mapping.namespaces)} if mapping.namespaces else {"Type": "cluster"}
        assert policy["AccessScope"] == expected


def _nodegroups(cluster):
    return {v["Properties"]["NodegroupName"]: v["Properties"] for v in cluster.resources("AWS::EKS::Nodegroup").values()}


def test_system_group_on_demand_al2023_across_private_subnets(cluster):
    system = _nodegroups(cluster)["system"]
    cfg = cluster.config.cluster.system_node_group
    assert system["AmiType"] == "AL2023_x86_64_STANDARD" and system["CapacityType"] == "ON_DEMAND"
    assert system["ScalingConfig"] == {"MinSize": cfg.min_size, "DesiredSize": cfg.desired_size, "MaxSize": cfg.max_size}
    assert len(system["Subnets"]) == len(cluster.config.availability_zones)
    assert "Taints" not in system


def test_gpu_groups_scale_to_zero_tainted_labelled_on_gpu_ami(cluster):
    groups = _nodegroups(cluster)
    assert cluster.config.cluster.gpu_node_groups, "shipped configs define GPU groups"
    for cfg in cluster.config.cluster.gpu_node_groups:
        group = groups[cfg.name]
        assert group["ScalingConfig"]["MinSize"] == 0
        assert group["AmiType"] == cfg.ami_type
        assert group["CapacityType"] == cfg.capacity_type
        assert group["InstanceTypes"] == list(cfg.instance_types)
        assert group["Taints"] == [{"Key": "nvidia.com/gpu", "Value": "true", "Effect": "NO_SCHEDULE"}]
        assert group["Labels"][ACCELERATOR_LABEL] == "nvidia"
        assert group["Labels"][GPU_PRODUCT_LABEL] == cfg.gpu_model
        assert group["Labels"][NODE_GROUP_LABEL] == cfg.name
        tags = group["Tags"]
        name = cluster.stack.cluster_name
        assert tags["k8s.io/cluster-autoscaler/enabled"] == "true"
        assert tags[f"k8s.io/cluster-autoscaler/{name}"] == "owned"
        assert tags["k8s.io/cluster-autoscaler/node-template/taint/nvidia.com/gpu"] == "true:NoSchedule"
        assert tags["k8s.io/cluster-autoscaler/node-template/resources/nvidia.com/gpu"] == str(cfg.gpus_per_node)
        assert tags[f"k8s.io/cluster-autoscaler/node-template/label/{GPU_PRODUCT_LABEL}"] == cfg.gpu_model


def test_spot_where_configured(cluster):
    spot = [g.name for g in cluster.config.cluster.gpu_node_groups if g.capacity_type == "SPOT"]
    groups = _nodegroups(cluster)
    assert [n for n, g in groups.items() if g.get("CapacityType") == "SPOT"] == spot


def test_launch_templates_imdsv2_hop_limit_encrypted_gp3_no_ssh(cluster):
    expected_hop = 2 if cluster.config.cluster.workload_identity == "kube2iam" else 1
    templates = cluster.resources("AWS::EC2::LaunchTemplate")
    assert len(templates) == 1 + len(cluster.config.cluster.gpu_node_groups)
    for template in templates.values():
        data = template["Properties"]["LaunchTemplateData"]
        assert data["MetadataOptions"] == {"HttpEndpoint": "enabled", "HttpTokens": "required", "HttpPutResponseHopLimit": expected_hop}
        assert "KeyName" not in data and "IamInstanceProfile" not in data and "UserData" not in data
        for device in data["BlockDeviceMappings"]:
            assert device["Ebs"]["Encrypted"] is True and device["Ebs"]["VolumeType"] == "gp3"
            assert "DataKey" in json.dumps(device["Ebs"]["KmsKeyId"])
        # Cluster + FSx client groups; EFA templates carry them (and the EFA group) on each interface.
        if "NetworkInterfaces" in data:
            assert "SecurityGroupIds" not in data
            assert all(len(i["Groups"]) == 3 for i in data["NetworkInterfaces"])
        else:
            assert len(data["SecurityGroupIds"]) == 2
    for group in cluster.resources("AWS::EKS::Nodegroup").values():
        assert "RemoteAccess" not in group["Properties"] and "DiskSize" not in group["Properties"]


def test_root_volume_sized_from_config(cluster):
    for name, group in _nodegroups(cluster).items():
        ref = group["LaunchTemplate"]["Id"]["Ref"]
        devices = cluster.template_json["Resources"][ref]["Properties"]["LaunchTemplateData"]["BlockDeviceMappings"]
        cfg = cluster.config.cluster.system_node_group if name == "system" else next(g for g in cluster.config.cluster.gpu_node_groups if g.name == name)
        assert cfg.disk_size_gib in [d["Ebs"].get("VolumeSize") for d in devices]


def test_nodes_carry_cluster_and_fsx_client_security_groups(cluster):
    for template in cluster.resources("AWS::EC2::LaunchTemplate").values():
        data = template["Properties"]["LaunchTemplateData"]
        # EFA templates name network interfaces, and the groups sit on each of them.
        groups = json.dumps(data.get("SecurityGroupIds") or [i["Groups"] for i in data["NetworkInterfaces"]])
        fsx_group = json.dumps(cluster.stack.resolve(cluster.stack.fsx_client_security_group_id))
        assert "ClusterSecurityGroupId" in groups and fsx_group in groups


def test_addons_pinned_for_the_kubernetes_version_with_pod_identity_roles(cluster):
    pinned = ADDON_VERSIONS[cluster.config.cluster.kubernetes_version]
    addons = {a["Properties"]["AddonName"]: a["Properties"] for a in cluster.resources("AWS::EKS::Addon").values()}
    assert set(addons) == set(pinned)
    roles = cluster.resources("AWS::IAM::Role")
    for name, props in addons.items():
        assert props["AddonVersion"] == pinned[name]
        if name in ADDON_IDENTITIES:
            (association,) = props["PodIdentityAssociations"]
            identity = cluster.stack.identities[ADDON_IDENTITIES[name]]
            assert association["ServiceAccount"] == identity.service_account
            role_logical = association["RoleArn"]["Fn::GetAtt"][0]
            assert "pods.eks.amazonaws.com" in json.dumps(roles[role_logical]["Properties"]["AssumeRolePolicyDocument"])
        else:
            assert "PodIdentityAssociations" not in props
    assert json.loads(addons["vpc-cni"]["ConfigurationValues"]) == {"enableNetworkPolicy": "true"}


def _policy_of(cluster, identity_name):
    role = cluster.stack.identities[identity_name].role
    role_logical = cluster.stack.get_logical_id(role.node.default_child)
    arns = cluster.template_json["Resources"][role_logical]["Properties"].get("ManagedPolicyArns", [])
    docs = [
        cluster.template_json["Resources"][a["Ref"]]["Properties"]["PolicyDocument"]
        for a in arns if isinstance(a, dict) and "Ref" in a
    ]
    return json.dumps(docs)


@pytest.mark.parametrize(
    ("identity", "allowed", "forbidden"),
    [
        ("kubeflow-pipelines", ["artifacts"], ["models", "predictions", "metrics", "collected", "offline", "online"]),
        ("kubeflow-pipelines-ui", ["artifacts"], ["models", "predictions", "metrics", "collected", "offline", "online",
                                                  "s3:putobject", "s3:deleteobject", "secretsmanager"]),
        # Model and batch-input reads follow the declared models and jobs (test_serving_reads_only_the_declared_...).
        ("serving", ["predictions", "online"], ["artifacts", "metrics"]),
        ("notebooks", ["collected", "offline"], ["artifacts", "models", "predictions", "metrics", "online"]),
        ("monitoring-metrics-export", ["metrics", "predictions"], ["artifacts", "models", "collected", "offline", "online"]),
        ("fsx-csi", ["filesystem"], ["s3:", "dynamodb:"]),
    ],
)
def test_component_policy_limited_to_its_resources(cluster, identity, allowed, forbidden):
    policy = _policy_of(cluster, identity).lower()
    for name in allowed:
        assert name in policy, f"{identity} lacks {name}"
    for name in forbidden:
        assert name not in policy, f"{identity} reaches {name}"


def test_ebs_csi_driver_may_use_the_data_key_and_no_other(shipped):
    """The gp3 StorageClass's key: the EKS user guide's custom-key statements, on the data key only (the policy
    allowed every key of the account before), through EC2; the AWS managed policy grants no KMS action."""
    stage = shipped.stage
    role = stage.cluster.identities["ebs-csi"].role
    template = assertions.Template.from_json(shipped.json("Cluster"))
    role_props = shipped.json("Cluster")["Resources"][stage.cluster.get_logical_id(role.node.default_child)]["Properties"]
    attached = [a["Ref"] for a in role_props["ManagedPolicyArns"] if isinstance(a, dict) and "Ref" in a]
    aws_managed = [json.dumps(a) for a in role_props["ManagedPolicyArns"] if not (isinstance(a, dict) and "Ref" in a)]
    assert len(attached) == 1 and len(aws_managed) == 1 and "service-role/AmazonEBSCSIDriverPolicy" in aws_managed[0]
    key = data_key_arn_reference(shipped)
    template.has_resource("AWS::IAM::ManagedPolicy", {"Properties": {"PolicyDocument": {"Statement": [
        {"Effect": "Allow", "Action": ["kms:CreateGrant", "kms:ListGrants", "kms:RevokeGrant"], "Resource": key,
         "Condition": {"Bool": {"kms:GrantIsForAWSResource": "true"}}},
        {"Effect": "Allow", "Resource": key,
         "Action": ["kms:Decrypt", "kms:DescribeKey", "kms:Encrypt", "kms:GenerateDataKey",
                    "kms:GenerateDataKeyWithoutPlaintext", "kms:ReEncryptFrom", "kms:ReEncryptTo"],
         "Condition": {"StringEquals": {"kms:ViaService": f"ec2.{shipped.config.region}.amazonaws.com"}}},
    ], "Version": "2012-10-17"}}})
    policy = shipped.json("Cluster")["Resources"][attached[0]]["Properties"]["PolicyDocument"]
    assert all(s["Resource"] == key for s in policy["Statement"]), policy


def test_serving_writes_predictions_but_only_reads_models_and_batch_input(cluster):
    docs = json.loads(_policy_of(cluster, "serving"))
    writes = [s for d in docs for s in d["Statement"] if "s3:PutObject" in json.dumps(s["Action"])]
    assert writes
    for statement in writes:
        resource = json.dumps(statement["Resource"]).lower()
        assert "predictions" in resource
        assert not any(store in resource for store in ("models", "collected", "offline"))


def test_serving_reads_only_the_declared_model_and_batch_input_prefixes(cluster):
    """Models under `<model name>/` of each declared model; collected data and offline features only under the
    batch jobs' input prefixes (none declared: no read at all)."""
    serving = cluster.config.serving
    expected = {f"{m.name}/*" for m in serving.models} | {j.input_uri.split("/", 3)[3] + "*" for j in serving.batch_jobs}
    statements = [s for d in json.loads(_policy_of(cluster, "serving")) for s in d["Statement"]]
    reads = [s for s in statements if "s3:GetObject" in s["Action"]]
    # Object ARNs are joins of the bucket's ARN and the literal "/<prefix>*".
    patterns = {r["Fn::Join"][1][-1].lstrip("/") for s in reads for r in (s["Resource"] if isinstance(s["Resource"], list) else [s["Resource"]])}
    assert patterns == expected
    listed = {p for s in statements if s["Action"] == "s3:ListBucket" for p in s["Condition"]["StringLike"]["s3:prefix"]}
    assert listed == expected
    assert all(s["Condition"] for s in statements if s["Action"] == "s3:ListBucket")


def test_cluster_autoscaler_resizes_only_this_clusters_groups(cluster):
    docs = json.loads(_policy_of(cluster, "cluster-autoscaler"))
    statements = [s for d in docs for s in d["Statement"]]
    resize = next(s for s in statements if "autoscaling:SetDesiredCapacity" in s["Action"])
    assert resize["Condition"] == {"StringEquals": {f"aws:ResourceTag/k8s.io/cluster-autoscaler/{cluster.stack.cluster_name}": "owned"}}
    describe = next(s for s in statements if s["Action"] == "eks:DescribeNodegroup")
    assert f"nodegroup/{cluster.stack.cluster_name}/" in describe["Resource"]


def test_identity_binding_follows_the_mode(cluster):
    mode = cluster.config.cluster.workload_identity
    assert cluster.stack.workload_identity_mode == mode
    associations = [a["Properties"] for a in cluster.resources("AWS::EKS::PodIdentityAssociation").values()]
    charts = {n: i for n, i in cluster.stack.identities.items() if i.addon is None}
    roles = cluster.template_json["Resources"]
    node_role = cluster.stack.get_logical_id(cluster.stack.node_role.node.default_child)
    for name, identity in charts.items():
        trust = roles[cluster.stack.get_logical_id(identity.role.node.default_child)]["Properties"]["AssumeRolePolicyDocument"]
        (statement,) = trust["Statement"]
        if mode == "pod-identity":
            assert statement["Principal"] == {"Service": "pods.eks.amazonaws.com"}
            assert sorted(statement["Action"]) == ["sts:AssumeRole", "sts:TagSession"]
            assert identity.pod_annotations == {}
        else:
            assert statement["Principal"] == {"AWS": {"Fn::GetAtt": [node_role, "Arn"]}}
            assert statement["Action"] == "sts:AssumeRole"
            assert identity.pod_annotations == {"iam.amazonaws.com/role": identity.role_arn}
    if mode == "pod-identity":
        # The KFP UI and External Secrets controller are associated by the KubeflowBacking stack.
        here = {n: i for n, i in charts.items() if n not in ("kubeflow-pipelines-ui", "kubeflow-pipelines-secrets")}
        assert {(a["Namespace"], a["ServiceAccount"]) for a in associations} == {(i.namespace, i.service_account) for i in here.values()}
    else:
        assert associations == []


def test_kube2iam_namespace_annotations_list_only_that_namespaces_roles(cluster):
    wi = cluster.stack.workload_identity
    if cluster.config.cluster.workload_identity != "kube2iam":
        assert wi.namespace_annotations("monitoring") == {}
        return
    allowed = json.loads(wi.namespace_annotations("monitoring")["iam.amazonaws.com/allowed-roles"])
    assert allowed == [cluster.stack.identities["monitoring-metrics-export"].role_arn]


def test_node_role_may_list_regions_only_for_kube2iam(harness):
    """kube2iam 0.15.0 calls ec2:DescribeRegions with the node's credentials before its first sts:AssumeRole
    (jtblin/kube2iam 0.15.0, iam/iam.go); denied, every pod's credential request fails. Pod Identity needs none."""
    resources = harness.template_json["Resources"]
    node_role = harness.stack.get_logical_id(harness.stack.node_role.node.default_child)
    policy = {"Statement": role_statements(resources, node_role)}
    kube2iam = harness.config.cluster.workload_identity == "kube2iam"
    assert allows(policy, Call("ec2:DescribeRegions", "*", why="kube2iam validates AWS_REGION")) is kube2iam
    assert harness.findings == []


def test_outputs_for_charts_and_pipeline(cluster):
    outputs = cluster.template_json["Outputs"]
    for key in ("ClusterName", "ClusterEndpoint", "OidcIssuer", "KubectlRoleArn", "NodeSecurityGroupId",
                "FsxFileSystemId", "FsxClientSecurityGroupId", "WorkloadIdentityMode"):
        assert key in outputs, key


def test_termination_protection_outside_dev(cluster):
    assert cluster.stack.termination_protection is (not cluster.config.is_ephemeral)


def test_template_within_size_limits(cluster):
    assert cluster.template_path.stat().st_size < 800_000
    assert len(cluster.template_json["Resources"]) < 400


def test_the_delivery_pipeline_gets_no_cluster_access(shipped):
    """Verify reads AWS APIs only (scripts/verify_environment.sh): no CDK bootstrap role (lookup, deploy, ...),
    which the tooling account may assume, has an EKS access entry."""
    entries = [r["Properties"]["PrincipalArn"] for r in shipped.resources("Cluster", "AWS::EKS::AccessEntry").values()]
    assert [arn for arn in entries if ":role/cdk-" in json.dumps(arn)] == []


def _references(node) -> set[str]:
    """Logical IDs a resource's properties point at (Ref / Fn::GetAtt): implicit CloudFormation dependencies."""
    found: set[str] = set()
    if isinstance(node, dict):
        if isinstance(node.get("Ref"), str):
            found.add(node["Ref"])
        if "Fn::GetAtt" in node:
            found.add(node["Fn::GetAtt"][0])
        for value in node.values():
            found |= _references(value)
    elif isinstance(node, list):
        for item in node:
            found |= _references(item)
    return found


def _waits_for(resources: dict, logical: str) -> set[str]:
    """Every resource CloudFormation creates before `logical` (DependsOn and references, transitively)."""
    seen: set[str] = set()
    todo = [logical]
    while todo:
        resource = resources[todo.pop()]
        direct = set(resource.get("DependsOn", [])) | _references(resource.get("Properties", {}))
        for dependency in direct & set(resources) - seen:
            seen.add(dependency)
            todo.append(dependency)
    return seen


def test_nodes_join_only_after_the_cni_its_pod_identity_association_and_the_agent(cluster):
    """aws-node calls EC2 from a node's first minute with the role of its Pod Identity association (the node role
    has no CNI policy); the association must exist when the aws-node pod is created and the agent must serve it."""
    resources = cluster.template_json["Resources"]
    addons = {r["Properties"]["AddonName"]: k for k, r in resources.items() if r["Type"] == "AWS::EKS::Addon"}
    # The aws-node association: a standalone resource, or created by the vpc-cni add-on with itself.
    holders = [k for k, r in resources.items() if r["Type"] == "AWS::EKS::PodIdentityAssociation"
               and (r["Properties"]["Namespace"], r["Properties"]["ServiceAccount"]) == ("kube-system", "aws-node")]
    inline = resources[addons["vpc-cni"]]["Properties"].get("PodIdentityAssociations", [])
    if any(a["ServiceAccount"] == "aws-node" for a in inline):
        holders.append(addons["vpc-cni"])
    assert holders, "no Pod Identity association for kube-system/aws-node"
    nodegroups = cluster.resources("AWS::EKS::Nodegroup")
    assert len(nodegroups) == 1 + len(cluster.config.cluster.gpu_node_groups)
    for nodegroup in nodegroups:
        before = _waits_for(resources, nodegroup)
        missing = {addons[n] for n in ("vpc-cni", "eks-pod-identity-agent", "kube-proxy")} | set(holders)
        assert missing - before == set(), nodegroup


def test_node_role_holds_no_cni_policy(cluster):
    role = cluster.template_json["Resources"][cluster.stack.get_logical_id(cluster.stack.node_role.node.default_child)]
    assert "AmazonEKS_CNI_Policy" not in json.dumps(role)
