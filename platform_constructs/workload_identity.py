"""One IAM role per platform component, least privilege to exactly its resources, bound per pod.

Binding depends on `cluster.workload_identity`:
- `pod-identity` (default): the role trusts `pods.eks.amazonaws.com` and an EKS Pod Identity association
  binds it to the component's namespace and service account. Nothing on the node can assume it.
- `kube2iam`: the role trusts the node role; the kube2iam DaemonSet assumes it for pods annotated
  `iam.amazonaws.com/role: <arn>` in namespaces whose `iam.amazonaws.com/allowed-roles` lists it.
Managed add-ons (VPC CNI, EBS and FSx CSI) are AWS-owned system components and use Pod Identity through
their add-on in both modes; kube2iam only intercepts pod traffic to 169.254.169.254, not the Pod
Identity agent on 169.254.170.23, so the two coexist.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Literal, Mapping, Protocol, Sequence

import aws_cdk as cdk
from aws_cdk import aws_dynamodb as dynamodb
from aws_cdk import aws_eks_v2 as eks
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk import aws_logs as logs
from aws_cdk import aws_s3 as s3
from constructs import Construct

from platform_constructs.compliance import acknowledge
from platform_constructs.wildcard_acknowledgment import acknowledge_wildcard_resources

WorkloadIdentityMode = Literal["pod-identity", "kube2iam"]
POD_IDENTITY_PRINCIPAL = "pods.eks.amazonaws.com"
KUBE2IAM_ROLE_ANNOTATION = "iam.amazonaws.com/role"
KUBE2IAM_ALLOWED_ROLES_ANNOTATION = "iam.amazonaws.com/allowed-roles"


class TrainingFileSystem(Protocol):
    """What the FSx for Lustre construct of the data stack exposes."""

    @property
    def file_system_id(self) -> str: ...


class DataStores(Protocol):
    """The data stack's stores this construct grants access to (`stage.data.stores`)."""

    @property
    def collected_data_bucket(self) -> s3.IBucket: ...
    @property
    def offline_features_bucket(self) -> s3.IBucket: ...
    @property
    def models_bucket(self) -> s3.IBucket: ...
    @property
    def predictions_bucket(self) -> s3.IBucket: ...
    @property
    def metrics_bucket(self) -> s3.IBucket: ...
    @property
    def pipeline_artifacts_bucket(self) -> s3.IBucket: ...
    @property
    def feature_table(self) -> dynamodb.ITable: ...
    @property
    def training_file_system(self) -> TrainingFileSystem: ...


class ProfileRequest(Protocol):
    """A Kubeflow profile's identity request (k8s_charts.kubeflow.profiles.ProfileIdentityRequest)."""

    @property
    def profile(self) -> str: ...
    @property
    def namespace(self) -> str: ...
    @property
    def service_account(self) -> str: ...
    @property
    def role_name(self) -> str: ...
    @property
    def s3_prefixes(self) -> tuple[str, ...]: ...


# Stores a profile prefix may name (by bucket suffix), and which of them a team may only read: the
# platform only consumes collected data.
READ_ONLY_STORES = frozenset({"collected-data"})

# Stores the serving role reads, each only under the prefixes the config declares (`serving_reads`).
SERVING_READ_STORES = ("models", "collected_data", "offline_features")

# The Kubeflow Pipelines components that call AWS, one role each (component name -> service account).
KFP_API_SERVER, KFP_UI, KFP_EXTERNAL_SECRETS = "kubeflow-pipelines", "kubeflow-pipelines-ui", "kubeflow-pipelines-secrets"


@dataclass(frozen=True)
class ComponentIdentity:
    """The AWS identity of one platform component, as the charts consume it."""

    name: str
    namespace: str
    service_account: str
    role: iam.IRole
    addon: str | None = None
    """The EKS managed add-on that binds this role itself (Pod Identity in both modes); None for charts."""
    mode: WorkloadIdentityMode = "pod-identity"

    @property
    def role_arn(self) -> str:
        return self.role.role_arn

    @property
    def pod_annotations(self) -> dict[str, str]:
        """Pod template annotations the chart sets: the kube2iam role in kube2iam mode, none otherwise."""
        if self.mode == "kube2iam" and self.addon is None:
            return {KUBE2IAM_ROLE_ANNOTATION: self.role_arn}
        return {}


@dataclass(frozen=True)
class _Spec:
    name: str
    namespace: str
    service_account: str
    description: str
    addon: str | None = None
    managed_policies: tuple[str, ...] = ()
    statements: tuple[iam.PolicyStatement, ...] = field(default=())
    wildcard_reason: str | None = None
    role_name: str | None = None
    """Fixed role name; None names it `<prefix>-<name>`."""
    associated_elsewhere: bool = False
    """The Pod Identity association lives in another stack (the KubeflowBacking stack held the KFP UI and
    External Secrets associations first; recreating them here while they exist there would be refused by EKS)."""


class WorkloadIdentity(Construct):
    """Roles for every component, trust per mode, Pod Identity associations in `pod-identity` mode."""

    def __init__(
        self,
        scope: Construct,
        construct_id: str,
        *,
        cluster: eks.ICluster,
        cluster_name: str,
        mode: WorkloadIdentityMode,
        node_role: iam.IRole,
        stores: DataStores,
        data_key: kms.IKey,
        role_name_prefix: str,
        profiles: Sequence[ProfileRequest] = (),
        serving_reads: Mapping[str, Sequence[str]] | None = None,
        hosted_zone_id: str | None = None,
        container_log_group: logs.ILogGroup | None = None,
    ) -> None:
        """`cluster_name` is the literal name (tag conditions need it at synth time). `profiles`: one role per
        Kubeflow profile, limited to the team's S3 prefixes, bound to its namespace's service account.
        `serving_reads`: the key prefixes the serving role may read, by store (`models`, `collected_data`,
        `offline_features`), from the declared models and batch jobs; default none (serving reads nothing).
        `hosted_zone_id`: the gateway's Route 53 zone; ExternalDNS gets a role that may change only it (default None: no role).
        `container_log_group`: the group Fluent Bit writes every container's output to; None: no `container-logs` role."""
        super().__init__(scope, construct_id)
        if mode not in ("pod-identity", "kube2iam"):
            raise ValueError(f"mode={mode!r} must be 'pod-identity' or 'kube2iam'")
        self.mode: WorkloadIdentityMode = mode
        stack = cdk.Stack.of(self)
        self._partition, self._region, self._account = stack.partition, stack.region, stack.account
        self._cluster_arn = f"arn:{stack.partition}:eks:{stack.region}:{stack.account}:cluster/{cluster_name}"
        self._data_key = data_key

        self.identities: dict[str, ComponentIdentity] = {}
        self.associations: dict[str, eks.CfnPodIdentityAssociation] = {}
        role_names: dict[str, str] = {}
        self._serving_reads = {store: tuple(prefixes) for store, prefixes in (serving_reads or {}).items() if prefixes}
        unknown = sorted(set(self._serving_reads) - set(SERVING_READ_STORES))
        if unknown:
            raise ValueError(f"serving_reads names unknown stores {unknown}; serving reads only {sorted(SERVING_READ_STORES)}")
        specs = self._specs(cluster_name=cluster_name, stores=stores) + [self._profile_spec(p, stores) for p in profiles]
        if hosted_zone_id:
            specs.append(self._external_dns_spec(hosted_zone_id))
        if container_log_group is not None:
            specs.append(self._container_logs_spec(container_log_group))
        for spec in specs:
            role_names[spec.name] = spec.role_name or f"{role_name_prefix}-{spec.name}"
            role = self._role(spec, node_role=node_role, role_name=role_names[spec.name])
            identity = ComponentIdentity(
                name=spec.name, namespace=spec.namespace, service_account=spec.service_account,
                role=role, addon=spec.addon, mode=mode,
            )
            self.identities[spec.name] = identity
            if spec.addon is None and mode == "pod-identity" and not spec.associated_elsewhere:
                association = eks.CfnPodIdentityAssociation(
                    self, f"{_camel(spec.name)}Association",
                    cluster_name=cluster.cluster_name, namespace=spec.namespace,
                    service_account=spec.service_account, role_arn=role.role_arn,
                )
                association.node.add_dependency(cluster)
                self.associations[spec.name] = association

        if mode == "kube2iam":
            # kube2iam calls sts:AssumeRole with the node's credentials, for exactly these roles.
            # Role ARNs from their fixed names: referencing the roles would make a cycle (they trust the node role).
            chart_roles = [
                f"arn:{self._partition}:iam::{self._account}:role/{role_names[i.name]}"
                for i in self.identities.values() if i.addon is None
            ]
            node_role.add_managed_policy(
                iam.ManagedPolicy(
                    self, "Kube2iamAssumeComponentRoles",
                    description="kube2iam on the nodes may assume the platform component roles, nothing else",
                    statements=[iam.PolicyStatement(actions=["sts:AssumeRole"], resources=chart_roles)],
                )
            )
            # kube2iam 0.15.0 lists the account's regions (node credentials, cached by the process) before its
            # first sts:AssumeRole, to check AWS_REGION before it picks that region's STS endpoint; a denial fails
            # every credential request (jtblin/kube2iam 0.15.0, iam/iam.go: AssumeRole -> getRegions).
            regions = iam.ManagedPolicy(
                self, "Kube2iamDescribeRegions",
                description="kube2iam on the nodes may list the account's regions (it validates AWS_REGION)",
                statements=[iam.PolicyStatement(actions=["ec2:DescribeRegions"], resources=["*"])],
            )
            node_role.add_managed_policy(regions)
            acknowledge_wildcard_resources(regions, (
                "ec2:DescribeRegions has no resource types (Service Authorization Reference, Amazon EC2), so the "
                "resource is '*'; it returns only the list of regions"))

    def namespace_annotations(self, namespace: str) -> dict[str, str]:
        """Namespace annotations for kube2iam's `--namespace-restrictions`: the roles pods there may use."""
        if self.mode != "kube2iam":
            return {}
        roles = [i.role_arn for i in self.identities.values() if i.namespace == namespace and i.addon is None]
        return {KUBE2IAM_ALLOWED_ROLES_ANNOTATION: json.dumps(roles)} if roles else {}

    # --- roles -----------------------------------------------------------------------------------

    def _role(self, spec: _Spec, *, node_role: iam.IRole, role_name: str) -> iam.Role:
        if spec.addon is not None or self.mode == "pod-identity":
            principal: iam.IPrincipal = iam.ServicePrincipal(POD_IDENTITY_PRINCIPAL).with_conditions({
                "StringEquals": {"aws:SourceAccount": self._account},
                "ArnEquals": {"aws:SourceArn": self._cluster_arn},
            })
            trust = iam.SessionTagsPrincipal(principal)  # Pod Identity needs sts:AssumeRole + sts:TagSession
        else:
            trust = iam.ArnPrincipal(node_role.role_arn)
        role = iam.Role(
            self, _camel(spec.name),
            role_name=role_name,
            assumed_by=trust,
            description=f"{spec.name}: {spec.description}",
            max_session_duration=cdk.Duration.hours(1),
            managed_policies=[iam.ManagedPolicy.from_aws_managed_policy_name(p) for p in spec.managed_policies],
        )
        if spec.statements:
            policy = iam.ManagedPolicy(self, f"{_camel(spec.name)}Policy", description=spec.description, statements=list(spec.statements))
            role.add_managed_policy(policy)
            if spec.wildcard_reason:
                acknowledge_wildcard_resources(policy, spec.wildcard_reason)
        for policy in spec.managed_policies:
            acknowledge(role, f"AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/{policy}]",
                        f"{policy} is the AWS-maintained policy for the {spec.addon} add-on, updated with the add-on's API needs")
        return role

    # --- what each component may do --------------------------------------------------------------

    def _kms(self, *, write: bool) -> iam.PolicyStatement:
        actions = ["kms:Decrypt", "kms:DescribeKey"] + (["kms:GenerateDataKey", "kms:Encrypt"] if write else [])
        return iam.PolicyStatement(
            actions=actions, resources=[self._data_key.key_arn],
            conditions={"StringEquals": {"kms:ViaService": f"s3.{self._region}.amazonaws.com"}},
        )

    def _ebs_volume_key_statements(self) -> tuple[iam.PolicyStatement, ...]:
        """The EBS CSI driver's use of the data key, the key of the gp3 StorageClass (`kmsKeyId`), and of no other.

        The KMS policy the EKS user guide gives the driver for a customer-managed key (grants for AWS resources only,
        then the key's use), with `kms:ReEncrypt*` and `kms:GenerateDataKey*` spelled out as the calls EBS makes. The
        driver has no KMS client: EC2 calls KMS for its CreateVolume, hence `kms:ViaService`. The key policy delegates
        to IAM (account root), so nothing is added there. Facts: tests/upstream_facts/iam/aws-ebs-csi-driver.yaml.
        """
        key = self._data_key.key_arn
        return (
            iam.PolicyStatement(
                actions=["kms:CreateGrant", "kms:ListGrants", "kms:RevokeGrant"], resources=[key],
                conditions={"Bool": {"kms:GrantIsForAWSResource": "true"}},
            ),
            iam.PolicyStatement(
                actions=["kms:Encrypt", "kms:Decrypt", "kms:ReEncryptFrom", "kms:ReEncryptTo", "kms:GenerateDataKey",
                         "kms:GenerateDataKeyWithoutPlaintext", "kms:DescribeKey"],
                resources=[key],
                conditions={"StringEquals": {"kms:ViaService": f"ec2.{self._region}.amazonaws.com"}},
            ),
        )

    @staticmethod
    def _read(*buckets: s3.IBucket) -> list[iam.PolicyStatement]:
        return [
            iam.PolicyStatement(actions=["s3:ListBucket", "s3:GetBucketLocation"], resources=[b.bucket_arn for b in buckets]),
            iam.PolicyStatement(actions=["s3:GetObject", "s3:GetObjectVersion"], resources=[b.arn_for_objects("*") for b in buckets]),
        ]

    def _prefix_reads(self, stores: DataStores) -> list[iam.PolicyStatement]:
        """List and read under the configured serving prefixes only (`aws s3 cp --recursive <prefix>`)."""
        buckets = {"models": stores.models_bucket, "collected_data": stores.collected_data_bucket,
                   "offline_features": stores.offline_features_bucket}
        statements: list[iam.PolicyStatement] = []
        for store in SERVING_READ_STORES:
            prefixes = self._serving_reads.get(store, ())
            if not prefixes:
                continue
            bucket = buckets[store]
            statements.append(iam.PolicyStatement(
                actions=["s3:ListBucket"], resources=[bucket.bucket_arn],
                conditions={"StringLike": {"s3:prefix": [f"{p}*" for p in prefixes]}},
            ))
            statements.append(iam.PolicyStatement(
                actions=["s3:GetObject", "s3:GetObjectVersion"], resources=[bucket.arn_for_objects(f"{p}*") for p in prefixes],
            ))
        return statements

    @staticmethod
    def _write(*buckets: s3.IBucket) -> list[iam.PolicyStatement]:
        return [iam.PolicyStatement(actions=["s3:PutObject", "s3:AbortMultipartUpload"], resources=[b.arn_for_objects("*") for b in buckets])]

    def _profile_spec(self, request: ProfileRequest, stores: DataStores) -> _Spec:
        """A team's role: list, read (and, except collected data, write and delete) under its prefixes only."""
        buckets = {
            "collected-data": stores.collected_data_bucket, "offline-features": stores.offline_features_bucket,
            "models": stores.models_bucket, "predictions": stores.predictions_bucket, "metrics": stores.metrics_bucket,
            "pipeline-artifacts": stores.pipeline_artifacts_bucket,
        }
        statements: list[iam.PolicyStatement] = []
        writes = False
        for prefix in request.s3_prefixes:
            store, path = prefix.split("/", 1)
            bucket = buckets[store]
            statements.append(iam.PolicyStatement(
                actions=["s3:ListBucket"], resources=[bucket.bucket_arn], conditions={"StringLike": {"s3:prefix": [f"{path}*"]}},
            ))
            actions = ["s3:GetObject", "s3:GetObjectVersion"]
            if store not in READ_ONLY_STORES:
                actions += ["s3:PutObject", "s3:DeleteObject", "s3:AbortMultipartUpload"]
                writes = True
            statements.append(iam.PolicyStatement(actions=actions, resources=[bucket.arn_for_objects(f"{path}*")]))
        if request.s3_prefixes:
            statements.append(self._kms(write=writes))
        return _Spec(
            f"kf-{request.profile}", request.namespace, request.service_account,
            f"Kubeflow profile {request.profile}: its notebooks, jobs and pipeline steps reach only the team's S3 prefixes",
            statements=tuple(statements), role_name=request.role_name,
            wildcard_reason="S3 object actions need an object-ARN pattern: '<bucket>/<team prefix>*', the team's prefix only",
        )

    def _external_dns_spec(self, hosted_zone_id: str) -> _Spec:
        return _Spec(
            "external-dns", "platform-system", "external-dns",
            "ExternalDNS points the gateway hostname at its load balancer, in one hosted zone",
            statements=_external_dns_statements(self._partition, hosted_zone_id),
            wildcard_reason="route53:ListHostedZones supports no resource scoping; record changes are limited to the one zone",
        )

    @staticmethod
    def _container_logs_spec(log_group: logs.ILogGroup) -> _Spec:
        # Fluent Bit's cloudwatch_logs output with auto_create_group false: it describes and creates streams and puts
        # events, in this group only; CloudWatch Logs itself encrypts with the group's key, so no KMS grant is needed.
        # https://docs.fluentbit.io/manual/pipeline/outputs/cloudwatch (Permissions)
        return _Spec(
            "container-logs", "logging", "fluent-bit",
            "Fluent Bit writes every container's stdout/stderr to the cluster's container log group, nothing else",
            statements=(iam.PolicyStatement(
                actions=["logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams"],
                resources=[log_group.log_group_arn],
            ),),
            wildcard_reason="A log group ARN ends in ':*' to cover its log streams; the group itself is named exactly",
        )

    def _specs(self, *, cluster_name: str, stores: DataStores) -> list[_Spec]:
        objects = "S3 object actions need the bucket-ARN/* resource; the bucket itself is named exactly"
        fs_arn = f"arn:{self._partition}:fsx:{self._region}:{self._account}:file-system/{stores.training_file_system.file_system_id}"
        table = stores.feature_table
        return [
            _Spec(
                KFP_API_SERVER, "kubeflow", "ml-pipeline",
                "Kubeflow Pipelines API server reads, writes and deletes run artifacts in the pipeline artifacts bucket",
                statements=(
                    *self._read(stores.pipeline_artifacts_bucket),
                    *self._write(stores.pipeline_artifacts_bucket),
                    iam.PolicyStatement(actions=["s3:DeleteObject"], resources=[stores.pipeline_artifacts_bucket.arn_for_objects("*")]),
                    self._kms(write=True),
                ),
                wildcard_reason=objects,
            ),
            _Spec(
                KFP_UI, "kubeflow", "ml-pipeline-ui",
                "Kubeflow Pipelines UI reads run artifacts (previews) from the pipeline artifacts bucket",
                statements=(*self._read(stores.pipeline_artifacts_bucket), self._kms(write=False)),
                wildcard_reason=objects, associated_elsewhere=True,
            ),
            _Spec(
                KFP_EXTERNAL_SECRETS, "kubeflow", "kfp-external-secrets",
                "External Secrets controller of Kubeflow Pipelines reads the pipelines database and login secrets "
                "(granted by the KubeflowBacking stack, which holds them)",
                associated_elsewhere=True,
            ),
            _Spec(
                "serving", "ml-serving", "model-serving",
                "Seldon model servers read the declared models, write predictions and read online features; "
                "batch prediction jobs read only their declared input prefixes",
                statements=(
                    *self._prefix_reads(stores),
                    *self._write(stores.predictions_bucket),
                    iam.PolicyStatement(
                        actions=["dynamodb:GetItem", "dynamodb:BatchGetItem", "dynamodb:Query", "dynamodb:DescribeTable"],
                        resources=[table.table_arn],
                    ),
                    self._kms(write=True),
                    iam.PolicyStatement(
                        actions=["kms:Decrypt", "kms:DescribeKey"], resources=[self._data_key.key_arn],
                        conditions={"StringEquals": {"kms:ViaService": f"dynamodb.{self._region}.amazonaws.com"}},
                    ),
                ),
                wildcard_reason=(
                    "S3 object actions need an object-ARN pattern: '<bucket>/<prefix>*' for the declared models' and "
                    "batch jobs' input prefixes, and the predictions bucket the servers write"
                ),
            ),
            _Spec(
                "notebooks", "data-science", "default-editor",
                "Notebooks of the default profile read the team's collected data and offline features",
                statements=(*self._read(stores.collected_data_bucket, stores.offline_features_bucket), self._kms(write=False)),
                wildcard_reason=objects,
            ),
            _Spec(
                "monitoring-metrics-export", "monitoring", "metrics-exporter",
                "Model monitoring samples predictions and writes performance metrics",
                statements=(*self._read(stores.predictions_bucket), *self._write(stores.metrics_bucket), self._kms(write=True)),
                wildcard_reason=objects,
            ),
            _Spec(
                "cluster-autoscaler", "platform-system", "cluster-autoscaler",
                "Cluster Autoscaler resizes only this cluster's node groups",
                statements=(
                    iam.PolicyStatement(
                        actions=[
                            "autoscaling:DescribeAutoScalingGroups", "autoscaling:DescribeAutoScalingInstances",
                            "autoscaling:DescribeLaunchConfigurations", "autoscaling:DescribeScalingActivities",
                            "autoscaling:DescribeTags", "ec2:DescribeImages", "ec2:DescribeInstanceTypes",
                            "ec2:DescribeLaunchTemplateVersions", "ec2:GetInstanceTypesFromInstanceRequirements",
                        ],
                        resources=["*"],
                    ),
                    iam.PolicyStatement(
                        actions=["autoscaling:SetDesiredCapacity", "autoscaling:TerminateInstanceInAutoScalingGroup"],
                        resources=["*"],
                        conditions={"StringEquals": {f"aws:ResourceTag/k8s.io/cluster-autoscaler/{cluster_name}": "owned"}},
                    ),
                    # Labels and taints of managed node groups for scale-from-zero (see GpuNodeGroup).
                    iam.PolicyStatement(
                        actions=["eks:DescribeNodegroup"],
                        resources=[f"arn:{self._partition}:eks:{self._region}:{self._account}:nodegroup/{cluster_name}/*/*"],
                    ),
                ),
                wildcard_reason=(
                    "Auto Scaling and EC2 Describe calls support no resource scoping; resizing is limited by the "
                    "cluster's autoscaler tag and DescribeNodegroup to this cluster's node groups"
                ),
            ),
            _Spec(
                "aws-load-balancer-controller", "platform-system", "aws-load-balancer-controller",
                "AWS Load Balancer Controller: its upstream policy, limited to this account and region; load balancers, "
                "target groups and security groups it changes or deletes carry its cluster tag",
                statements=_load_balancer_controller_statements(self._partition, self._region, self._account),
                wildcard_reason=(
                    "Describe, ACM, WAF and Shield calls support no resource scoping; every other grant names this "
                    "account's and region's ELB, EC2 or IAM resource types, as the controller's upstream policy does"
                ),
            ),
            _Spec(
                "vpc-cni", "kube-system", "aws-node", "VPC CNI attaches ENIs and assigns pod IPs",
                addon="vpc-cni", managed_policies=("AmazonEKS_CNI_Policy",),
            ),
            _Spec(
                "ebs-csi", "kube-system", "ebs-csi-controller-sa",
                "EBS CSI driver creates and attaches encrypted volumes; EC2 uses the volume's key on its behalf",
                addon="aws-ebs-csi-driver", managed_policies=("service-role/AmazonEBSCSIDriverPolicy",),
                statements=self._ebs_volume_key_statements(),
            ),
            _Spec(
                "fsx-csi", "kube-system", "fsx-csi-controller-sa",
                "FSx CSI driver reads the training file system it mounts (static provisioning)",
                addon="aws-fsx-csi-driver",
                statements=(iam.PolicyStatement(actions=["fsx:DescribeFileSystems"], resources=[fs_arn]),),
            ),
        ]


def _external_dns_statements(partition: str, hosted_zone_id: str) -> tuple[iam.PolicyStatement, ...]:
    """ExternalDNS's AWS provider: the upstream policy narrowed to one zone (no zone-tag filter, so no ListTagsForResources).

    kubernetes-sigs/external-dns v0.22.0 docs/tutorials/aws.md (IAM Policy)
    """
    return (
        iam.PolicyStatement(
            actions=["route53:ChangeResourceRecordSets", "route53:ListResourceRecordSets"],
            resources=[f"arn:{partition}:route53:::hostedzone/{hosted_zone_id}"],
        ),
        iam.PolicyStatement(actions=["route53:ListHostedZones"], resources=["*"]),
    )


def _load_balancer_controller_statements(partition: str, region: str, account: str) -> tuple[iam.PolicyStatement, ...]:
    """The controller's upstream policy at the pinned version, each grant limited to this account and region.

    Facts and the test that this covers every upstream grant: tests/upstream_facts/iam/aws-load-balancer-controller.yaml
    (kubernetes-sigs/aws-load-balancer-controller v2.14.1, docs/install/iam_policy.json). Mutations of load
    balancers, target groups and security groups stay limited to resources carrying the controller's
    `elbv2.k8s.aws/cluster` tag, as upstream; listeners and rules carry no such condition upstream (the
    controller tags them as it creates them, so `AddTags` on listeners is unconditioned).
    """
    elb = f"arn:{partition}:elasticloadbalancing:{region}:{account}"
    security_groups = f"arn:{partition}:ec2:{region}:{account}:security-group/*"
    load_balancers = [f"{elb}:loadbalancer/net/*/*", f"{elb}:loadbalancer/app/*/*"]
    target_groups = f"{elb}:targetgroup/*/*"
    listeners = [f"{elb}:listener/net/*/*/*", f"{elb}:listener/app/*/*/*",
                 f"{elb}:listener-rule/net/*/*/*", f"{elb}:listener-rule/app/*/*/*"]
    tag = "elbv2.k8s.aws/cluster"
    tagged = {"Null": {f"aws:ResourceTag/{tag}": "false"}}
    requested = {"Null": {f"aws:RequestTag/{tag}": "false"}}
    keeps_cluster_tag = {"Null": {f"aws:RequestTag/{tag}": "true", f"aws:ResourceTag/{tag}": "false"}}
    return (
        iam.PolicyStatement(
            actions=["iam:CreateServiceLinkedRole"],
            resources=[f"arn:{partition}:iam::{account}:role/aws-service-role/elasticloadbalancing.amazonaws.com/*"],
            conditions={"StringEquals": {"iam:AWSServiceName": "elasticloadbalancing.amazonaws.com"}},
        ),
        iam.PolicyStatement(
            actions=[
                "ec2:DescribeAccountAttributes", "ec2:DescribeAddresses", "ec2:DescribeAvailabilityZones",
                "ec2:DescribeInternetGateways", "ec2:DescribeVpcs", "ec2:DescribeVpcPeeringConnections",
                "ec2:DescribeSubnets", "ec2:DescribeSecurityGroups", "ec2:DescribeInstances",
                "ec2:DescribeNetworkInterfaces", "ec2:DescribeTags", "ec2:GetCoipPoolUsage", "ec2:DescribeCoipPools",
                "ec2:GetSecurityGroupsForVpc", "ec2:DescribeIpamPools", "ec2:DescribeRouteTables",
                "elasticloadbalancing:DescribeLoadBalancers", "elasticloadbalancing:DescribeLoadBalancerAttributes",
                "elasticloadbalancing:DescribeListeners", "elasticloadbalancing:DescribeListenerCertificates",
                "elasticloadbalancing:DescribeSSLPolicies", "elasticloadbalancing:DescribeRules",
                "elasticloadbalancing:DescribeTargetGroups", "elasticloadbalancing:DescribeTargetGroupAttributes",
                "elasticloadbalancing:DescribeTargetHealth", "elasticloadbalancing:DescribeTags",
                "elasticloadbalancing:DescribeTrustStores", "elasticloadbalancing:DescribeListenerAttributes",
                "elasticloadbalancing:DescribeCapacityReservation",
                "cognito-idp:DescribeUserPoolClient", "acm:ListCertificates", "acm:DescribeCertificate",
                "iam:ListServerCertificates", "iam:GetServerCertificate",
                "waf-regional:GetWebACL", "waf-regional:GetWebACLForResource", "wafv2:GetWebACL",
                "wafv2:GetWebACLForResource", "shield:GetSubscriptionState", "shield:DescribeProtection",
            ],
            resources=["*"],
        ),
        # Upstream grants the WAF and Shield changes on "*"; they act on this account's web ACLs, application
        # load balancers and Shield protections.
        iam.PolicyStatement(
            actions=["waf-regional:AssociateWebACL", "waf-regional:DisassociateWebACL",
                     "wafv2:AssociateWebACL", "wafv2:DisassociateWebACL"],
            resources=[f"{elb}:loadbalancer/app/*/*", f"arn:{partition}:wafv2:{region}:{account}:regional/webacl/*/*",
                       f"arn:{partition}:waf-regional:{region}:{account}:webacl/*"],
        ),
        iam.PolicyStatement(
            actions=["shield:CreateProtection", "shield:DeleteProtection"],
            resources=[f"arn:{partition}:shield::{account}:protection/*"],
        ),
        # Backend rules go onto the node and cluster security groups, which carry no controller tag.
        iam.PolicyStatement(
            actions=["ec2:AuthorizeSecurityGroupIngress", "ec2:RevokeSecurityGroupIngress"], resources=[security_groups],
        ),
        iam.PolicyStatement(
            actions=["ec2:CreateSecurityGroup"],
            resources=[security_groups, f"arn:{partition}:ec2:{region}:{account}:vpc/*"],
        ),
        iam.PolicyStatement(
            actions=["ec2:CreateTags"], resources=[security_groups],
            conditions={"StringEquals": {"ec2:CreateAction": "CreateSecurityGroup"}, **requested},
        ),
        iam.PolicyStatement(actions=["ec2:CreateTags", "ec2:DeleteTags"], resources=[security_groups], conditions=keeps_cluster_tag),
        iam.PolicyStatement(
            actions=["ec2:AuthorizeSecurityGroupIngress", "ec2:RevokeSecurityGroupIngress", "ec2:DeleteSecurityGroup"],
            resources=[security_groups], conditions=tagged,
        ),
        iam.PolicyStatement(
            actions=["elasticloadbalancing:CreateLoadBalancer", "elasticloadbalancing:CreateTargetGroup"],
            resources=[*load_balancers, target_groups], conditions=requested,
        ),
        iam.PolicyStatement(
            actions=["elasticloadbalancing:CreateListener", "elasticloadbalancing:DeleteListener",
                     "elasticloadbalancing:CreateRule", "elasticloadbalancing:DeleteRule"],
            resources=[*load_balancers, *listeners],
        ),
        iam.PolicyStatement(
            actions=["elasticloadbalancing:AddTags", "elasticloadbalancing:RemoveTags"],
            resources=[target_groups, *load_balancers], conditions=keeps_cluster_tag,
        ),
        # The controller tags listeners and rules as it creates them (CreateListener/CreateRule with Tags).
        iam.PolicyStatement(actions=["elasticloadbalancing:AddTags", "elasticloadbalancing:RemoveTags"], resources=listeners),
        iam.PolicyStatement(
            actions=[
                "elasticloadbalancing:ModifyLoadBalancerAttributes", "elasticloadbalancing:SetIpAddressType",
                "elasticloadbalancing:SetSecurityGroups", "elasticloadbalancing:SetSubnets",
                "elasticloadbalancing:DeleteLoadBalancer", "elasticloadbalancing:ModifyTargetGroup",
                "elasticloadbalancing:ModifyTargetGroupAttributes", "elasticloadbalancing:DeleteTargetGroup",
                "elasticloadbalancing:ModifyListenerAttributes", "elasticloadbalancing:ModifyCapacityReservation",
                "elasticloadbalancing:ModifyIpPools",
            ],
            resources=[f"{elb}:*"], conditions=tagged,
        ),
        iam.PolicyStatement(
            actions=["elasticloadbalancing:AddTags"], resources=[target_groups, *load_balancers],
            conditions={"StringEquals": {"elasticloadbalancing:CreateAction": ["CreateTargetGroup", "CreateLoadBalancer"]}, **requested},
        ),
        iam.PolicyStatement(
            actions=["elasticloadbalancing:RegisterTargets", "elasticloadbalancing:DeregisterTargets"], resources=[target_groups],
        ),
        iam.PolicyStatement(
            actions=["elasticloadbalancing:SetWebAcl", "elasticloadbalancing:ModifyListener",
                     "elasticloadbalancing:AddListenerCertificates", "elasticloadbalancing:RemoveListenerCertificates",
                     "elasticloadbalancing:ModifyRule", "elasticloadbalancing:SetRulePriorities"],
            resources=[f"{elb}:*"],
        ),
    )


def _camel(name: str) -> str:
    return "".join(part.capitalize() for part in name.split("-"))

