"""Data stack: every store encrypted with the data key, private, TLS-only, logged; feature stores, ECR and FSx."""

from __future__ import annotations

import json

from aws_cdk import aws_s3 as s3

from platform_config.data import bucket_name
from tests.support.references import DATA_KEY, logical_id, refers_to

STORES = ("collected_data", "offline_features", "models", "predictions", "metrics", "pipeline_artifacts")


def _res(shipped) -> dict:
    return shipped.json("Data")["Resources"]


def _created_buckets(shipped) -> dict[str, dict]:
    return shipped.resources("Data", "AWS::S3::Bucket")


def test_stores_expose_the_contract_attributes(shipped):
    stores = shipped.stage.data.stores
    for name in ("collected_data_bucket", "offline_features_bucket", "models_bucket", "predictions_bucket",
                 "metrics_bucket", "pipeline_artifacts_bucket"):
        assert getattr(stores, name).bucket_name, name
    assert stores.feature_table.table_name
    assert stores.model_images_repository.repository_name and stores.platform_images_repository.repository_name
    fs = stores.training_file_system
    assert fs.file_system_id and fs.dns_name and fs.mount_name and fs.client_security_group.security_group_id


def test_collected_data_is_imported_outside_dev_and_created_in_dev(shipped):
    config = shipped.config
    bucket = shipped.stage.data.stores.collected_data_bucket
    if config.data.collected_data_bucket_arn:
        assert not isinstance(bucket, s3.Bucket)
        assert bucket.bucket_name == config.data.collected_data_bucket_name
    else:
        assert isinstance(bucket, s3.Bucket)
        assert logical_id(bucket) in _created_buckets(shipped)


def test_every_data_bucket_is_kms_encrypted_private_versioned_and_access_logged(shipped):
    stores = shipped.stage.data.stores
    log_bucket = logical_id(stores.access_log_bucket)
    data_buckets = {k: v for k, v in _created_buckets(shipped).items() if k != log_bucket}
    expected = {logical_id(getattr(stores, f"{s}_bucket")) for s in STORES if isinstance(getattr(stores, f"{s}_bucket"), s3.Bucket)}
    assert expected | {logical_id(stores.athena_results_bucket)} == set(data_buckets)
    for bucket_id, bucket in data_buckets.items():
        props = bucket["Properties"]
        sse = props["BucketEncryption"]["ServerSideEncryptionConfiguration"][0]
        assert sse["ServerSideEncryptionByDefault"]["SSEAlgorithm"] == "aws:kms", bucket_id
        assert refers_to(sse["ServerSideEncryptionByDefault"]["KMSMasterKeyID"], DATA_KEY), bucket_id
        assert props["PublicAccessBlockConfiguration"] == {
            "BlockPublicAcls": True, "BlockPublicPolicy": True, "IgnorePublicAcls": True, "RestrictPublicBuckets": True
        }
        assert props["VersioningConfiguration"] == {"Status": "Enabled"}, bucket_id
        assert refers_to(props["LoggingConfiguration"]["DestinationBucketName"], log_bucket), bucket_id
        assert bucket["DeletionPolicy"] == ("Delete" if shipped.config.is_ephemeral else "Retain")


def test_every_bucket_denies_plain_http(shipped):
    tls_only = set()
    for policy in shipped.resources("Data", "AWS::S3::BucketPolicy").values():
        for statement in policy["Properties"]["PolicyDocument"]["Statement"]:
            if statement["Effect"] == "Deny" and statement.get("Condition") == {"Bool": {"aws:SecureTransport": "false"}}:
                tls_only.add(policy["Properties"]["Bucket"]["Ref"])
    assert tls_only == set(_created_buckets(shipped))


def test_bucket_names_are_deterministic_from_config(shipped):
    config = shipped.config
    stores = shipped.stage.data.stores
    resources = _res(shipped)
    for store in ("offline_features", "models", "predictions", "metrics", "pipeline_artifacts"):
        bucket_id = logical_id(getattr(stores, f"{store}_bucket"))
        assert resources[bucket_id]["Properties"]["BucketName"] == bucket_name(config.project, config.environment, config.account, store)


def test_lifecycle_per_store_follows_config(shipped):
    config = shipped.config.data
    stores = shipped.stage.data.stores
    resources = _res(shipped)
    for store in ("offline_features", "models", "predictions", "metrics", "pipeline_artifacts"):
        lifecycle = getattr(config, store)
        rule = resources[logical_id(getattr(stores, f"{store}_bucket"))]["Properties"]["LifecycleConfiguration"]["Rules"][0]
        transitions = {t["StorageClass"]: t["TransitionInDays"] for t in rule.get("Transitions", [])}
        assert transitions.get("STANDARD_IA") == lifecycle.infrequent_access_after_days, store
        assert transitions.get("GLACIER") == lifecycle.glacier_after_days, store
        assert rule.get("ExpirationInDays") == lifecycle.expire_after_days, store
        assert rule["NoncurrentVersionExpiration"] == {"NoncurrentDays": lifecycle.noncurrent_expire_after_days}


def test_access_log_bucket_uses_sse_s3_and_expires_logs(shipped):
    props = _res(shipped)[logical_id(shipped.stage.data.stores.access_log_bucket)]["Properties"]
    assert props["BucketEncryption"]["ServerSideEncryptionConfiguration"][0]["ServerSideEncryptionByDefault"] == {"SSEAlgorithm": "AES256"}
    assert props["LifecycleConfiguration"]["Rules"][0]["ExpirationInDays"] == shipped.config.data.access_logs_expire_after_days
    assert all(props["PublicAccessBlockConfiguration"].values())


def test_athena_workgroup_enforces_encrypted_results_and_a_scan_limit(shipped):
    config = shipped.config
    store = shipped.stage.data.stores.offline_feature_store
    workgroup = _res(shipped)[logical_id(store.workgroup)]["Properties"]
    settings = workgroup["WorkGroupConfiguration"]
    assert settings["EnforceWorkGroupConfiguration"] is True
    assert settings["BytesScannedCutoffPerQuery"] == config.data.athena_bytes_scanned_cutoff
    result = settings["ResultConfiguration"]
    assert result["EncryptionConfiguration"]["EncryptionOption"] == "SSE_KMS"
    assert refers_to(result["EncryptionConfiguration"]["KmsKey"], DATA_KEY)
    assert json.dumps(result["OutputLocation"]).count(logical_id(shipped.stage.data.stores.athena_results_bucket)) == 1
    database = _res(shipped)[logical_id(store.database)]["Properties"]
    assert database["DatabaseInput"]["Name"] == f"{config.project}_{config.environment}_features"
    assert database["CatalogId"] == config.account


def test_online_feature_table(shipped):
    config = shipped.config
    table = _res(shipped)[logical_id(shipped.stage.data.stores.feature_table)]
    props = table["Properties"]
    assert props["BillingMode"] == "PAY_PER_REQUEST"
    assert props["KeySchema"] == [
        {"AttributeName": "entity_id", "KeyType": "HASH"}, {"AttributeName": "feature_group", "KeyType": "RANGE"}
    ]
    assert props["SSESpecification"]["SSEEnabled"] is True and props["SSESpecification"]["SSEType"] == "KMS"
    assert refers_to(props["SSESpecification"]["KMSMasterKeyId"], DATA_KEY)
    assert props["PointInTimeRecoverySpecification"]["PointInTimeRecoveryEnabled"] is True
    assert props["TimeToLiveSpecification"] == {"AttributeName": config.data.feature_ttl_attribute, "Enabled": True}
    assert props["DeletionProtectionEnabled"] is (not config.is_ephemeral)


def test_image_repositories_are_immutable_scanned_encrypted_and_pruned(shipped):
    config = shipped.config
    repos = shipped.resources("Data", "AWS::ECR::Repository")
    assert len(repos) == 2
    for repo in repos.values():
        props = repo["Properties"]
        assert props["ImageTagMutability"] == "IMMUTABLE"
        assert props["ImageScanningConfiguration"] == {"ScanOnPush": True}
        assert props["EncryptionConfiguration"]["EncryptionType"] == "KMS"
        assert refers_to(props["EncryptionConfiguration"]["KmsKey"], DATA_KEY)
        rules = json.loads(props["LifecyclePolicy"]["LifecyclePolicyText"])["rules"]
        selections = [r["selection"] for r in rules]
        assert {"tagStatus": "untagged", "countType": "sinceImagePushed", "countNumber": config.data.untagged_image_expire_after_days, "countUnit": "days"} in selections
        assert {"tagStatus": "any", "countType": "imageCountMoreThan", "countNumber": config.data.image_max_count} in selections
    names = sorted(r["Properties"]["RepositoryName"] for r in repos.values())
    assert names == [f"{config.project}-{config.environment}/models", f"{config.project}-{config.environment}/platform"]


def test_training_file_system_is_persistent_2_encrypted_in_a_private_subnet(shipped):
    config = shipped.config
    fs = shipped.stage.data.stores.training_file_system
    props = _res(shipped)[logical_id(fs.file_system)]["Properties"]
    assert props["FileSystemType"] == "LUSTRE" and props["FileSystemTypeVersion"] == "2.15"
    assert props["LustreConfiguration"]["DeploymentType"] == "PERSISTENT_2"
    assert props["StorageCapacity"] == config.data.fsx.storage_capacity_gib
    assert props["LustreConfiguration"]["PerUnitStorageThroughput"] == config.data.fsx.per_unit_storage_throughput
    assert props["LustreConfiguration"]["AutomaticBackupRetentionDays"] == config.data.fsx.automatic_backup_retention_days
    assert refers_to(props["KmsKeyId"], DATA_KEY)
    network = shipped.stage.network.vpc
    private_subnet = network.private_subnets[0]
    assert len(props["SubnetIds"]) == 1 and refers_to(props["SubnetIds"][0], logical_id(private_subnet.node.default_child))
    assert [refers_to(g, logical_id(fs.security_group)) for g in props["SecurityGroupIds"]] == [True]


def test_lustre_ports_only_from_itself_and_the_node_group(shipped):
    fs = shipped.stage.data.stores.training_file_system
    fs_sg, client_sg = logical_id(fs.security_group), logical_id(fs.client_security_group)
    rules = [r["Properties"] for r in _res(shipped).values() if r["Type"] == "AWS::EC2::SecurityGroupIngress"]
    into_fs = [r for r in rules if refers_to(r["GroupId"], fs_sg)]
    assert sorted((r["FromPort"], r["ToPort"], r["SourceSecurityGroupId"]["Fn::GetAtt"][0]) for r in into_fs) == sorted(
        [(988, 988, fs_sg), (988, 988, client_sg), (1018, 1023, fs_sg), (1018, 1023, client_sg)]
    )
    assert all(r["IpProtocol"] == "tcp" for r in into_fs)
    group = _res(shipped)[fs_sg]["Properties"]
    assert "SecurityGroupIngress" not in group  # no inline CIDR rules


def test_data_repository_association_links_the_training_prefix_both_ways(shipped):
    config = shipped.config
    fs = shipped.stage.data.stores.training_file_system
    props = _res(shipped)[logical_id(fs.data_repository_association)]["Properties"]
    assert refers_to(props["FileSystemId"], logical_id(fs.file_system))
    assert props["FileSystemPath"] == "/training-data"
    path = props["DataRepositoryPath"]["Fn::Join"][1]
    assert path[0] == "s3://" and refers_to(path[1], logical_id(shipped.stage.data.stores.offline_features_bucket))
    assert path[2] == f"/{config.data.fsx.data_repository_prefix}"
    events = ["NEW", "CHANGED", "DELETED"]
    assert props["S3"] == {"AutoImportPolicy": {"Events": events}, "AutoExportPolicy": {"Events": events}}


def test_data_stack_is_stateful(shipped):
    assert shipped.stage.data.termination_protection is (not shipped.config.is_ephemeral)


def _lustre_rules(shipped) -> dict[str, dict]:
    fs = shipped.stage.data.stores.training_file_system
    groups = (logical_id(fs.security_group), logical_id(fs.client_security_group))
    return {
        k: r for k, r in _res(shipped).items()
        if r["Type"] in ("AWS::EC2::SecurityGroupIngress", "AWS::EC2::SecurityGroupEgress")
        and any(refers_to(r["Properties"]["GroupId"], g) for g in groups)
    }


def test_file_system_is_created_after_every_lustre_rule(shipped):
    """FSx checks the Lustre rules of its security group when it creates the file system; the rules are separate
    resources, so without DependsOn CloudFormation may create the file system first and FSx refuses it."""
    fs = shipped.stage.data.stores.training_file_system
    rules = _lustre_rules(shipped)
    assert len(rules) == 12  # 2 port ranges x (2 ingress + 2 egress on the file system's group, 1 + 1 on the client's)
    depends_on = _res(shipped)[logical_id(fs.file_system)].get("DependsOn", [])
    assert sorted(set(rules) - set(depends_on)) == []


def test_lustre_security_groups_have_no_egress_but_the_lustre_rules(shipped):
    """Without an inline egress rule CloudFormation keeps EC2's default allow-all egress (0.0.0.0/0), even when
    separate SecurityGroupEgress resources exist: each group carries aws-cdk's no-traffic placeholder inline."""
    fs = shipped.stage.data.stores.training_file_system
    no_traffic = [{"CidrIp": "255.255.255.255/32", "Description": "Disallow all traffic", "IpProtocol": "icmp", "FromPort": 252, "ToPort": 86}]
    fs_sg, client_sg = logical_id(fs.security_group), logical_id(fs.client_security_group)
    for group in (fs_sg, client_sg):
        assert _res(shipped)[group]["Properties"].get("SecurityGroupEgress") == no_traffic, group
    egress = sorted(
        (r["Properties"]["GroupId"]["Fn::GetAtt"][0], r["Properties"]["DestinationSecurityGroupId"]["Fn::GetAtt"][0],
         r["Properties"]["FromPort"], r["Properties"]["ToPort"])
        for r in _lustre_rules(shipped).values() if r["Type"] == "AWS::EC2::SecurityGroupEgress"
    )
    assert egress == sorted(
        (src, dst, low, high) for low, high in ((988, 988), (1018, 1023))
        for src, dst in ((fs_sg, fs_sg), (fs_sg, client_sg), (client_sg, fs_sg))
    )
    assert not any("CidrIp" in r["Properties"] for r in _lustre_rules(shipped).values())
