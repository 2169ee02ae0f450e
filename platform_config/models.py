"""The root configuration model: one environment of the platform."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, field_validator

from platform_config.audit import AuditConfig
from platform_config.base import FrozenModel, cross_field_rule
from platform_config.cluster import ClusterConfig
from platform_config.data import DataConfig, bucket_name_problems
from platform_config.identity import IdentityConfig
from platform_config import kubeflow_pipelines as _kfp
from platform_config import login as _login
from platform_config.kubeflow_pipelines import KubeflowPipelinesConfig
from platform_config.login import LoginConfig
from platform_config.kubeflow import KubeflowConfig
from platform_config.network import NetworkConfig
from platform_config.serving import ServingConfig
from platform_config.platform_services import PlatformServicesConfig, certificate_region

Tier = Literal["dev", "staging", "prod"]


class PlatformConfig(FrozenModel):
    """Everything that differs between environments, validated before any construct is built."""

    environment: str = Field(pattern=r"^[a-z][a-z0-9-]{1,15}$", description="Environment name; prefixes every stack name.")
    tier: Tier = Field(description="dev, staging or prod: decides what the safety rules allow.")
    project: str = Field(default="mlplatform", pattern=r"^[a-z][a-z0-9-]{1,20}$", description="Project name for tags and resource names.")
    account: str = Field(pattern=r"^\d{12}$", description="12-digit AWS account ID the environment deploys to.")
    region: str = Field(pattern=r"^[a-z]{2}(-gov)?-[a-z]+-\d$", description="AWS region, e.g. eu-west-1.")
    availability_zones: tuple[str, ...] = Field(
        min_length=2, max_length=6, description="AZ names in the region (three recommended); explicit so synth needs no lookup."
    )
    cost_centre: str = Field(min_length=1, max_length=128, description="Cost centre tag on every resource.")
    removal_policy: Literal["retain", "destroy"] = Field(
        default="retain", description="What deleting a stateful resource does; destroy is allowed for dev only."
    )
    tags: dict[str, str] = Field(default_factory=dict, description="Extra tags on every resource.")
    network: NetworkConfig = Field(default_factory=NetworkConfig, description="VPC.")
    audit: AuditConfig = Field(default_factory=AuditConfig, description="CloudTrail and audit alarms.")
    data: DataConfig = Field(default_factory=DataConfig, description="Data stores.")
    identity: IdentityConfig = Field(default_factory=IdentityConfig, description="SSO and access mapping.")
    cluster: ClusterConfig = Field(default_factory=ClusterConfig, description="EKS cluster.")
    kubeflow_pipelines: KubeflowPipelinesConfig = Field(
        default_factory=KubeflowPipelinesConfig, description="Kubeflow Pipelines: managed metadata database, artifacts."
    )
    login: LoginConfig = Field(default_factory=LoginConfig, description="SSO login: Cognito + IAM Identity Center, oauth2-proxy.")
    serving: ServingConfig = Field(default_factory=ServingConfig, description="Model serving: Seldon Core, models, sampling, batch jobs.")
    kubeflow: KubeflowConfig = Field(default_factory=KubeflowConfig, description="Kubeflow: profiles, notebooks, Katib, training, pipelines.")
    platform_services: PlatformServicesConfig = Field(
        default_factory=PlatformServicesConfig, description="In-cluster platform services: gateway, monitoring."
    )

    @field_validator("availability_zones")
    @classmethod
    def _unique_azs(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        if len(set(value)) != len(value):
            raise ValueError(f"availability zones repeat: {list(value)}")
        return value

    # Cross-field rules, one per concern and each reading only the fields it needs: when another field of the
    # file fails, the loader still runs every rule whose fields validated, so one report lists everything.
    @cross_field_rule
    def _zones_in_region(self) -> list[str]:
        foreign = [az for az in self.availability_zones if not (az.startswith(self.region) and len(az) == len(self.region) + 1)]
        if foreign:
            return [f"availability_zones {foreign} are not zones of region {self.region!r} (expected {self.region}a, {self.region}b, ...)"]
        return []

    @cross_field_rule
    def _nat_gateways(self) -> list[str]:
        problems = []
        if self.network.nat_gateways > len(self.availability_zones):
            problems.append(
                f"network.nat_gateways={self.network.nat_gateways} exceeds the {len(self.availability_zones)} availability zones"
            )
        if self.tier == "prod" and not self.network.private_only and self.network.nat_gateways < len(self.availability_zones):
            problems.append(
                f"network.nat_gateways={self.network.nat_gateways}: prod needs one NAT gateway per AZ ({len(self.availability_zones)})"
            )
        return problems

    @cross_field_rule
    def _subnets(self) -> list[str]:
        return self.network.subnet_problems(len(self.availability_zones))

    @cross_field_rule
    def _removal_policy(self) -> list[str]:
        if self.tier != "dev" and self.removal_policy == "destroy":
            return [f"removal_policy='destroy' is only allowed for tier 'dev', not {self.tier!r}: stateful data must survive"]
        return []

    @cross_field_rule
    def _serving_placement(self) -> list[str]:
        return self.serving.placement_problems(**self.serving_placement())

    @cross_field_rule
    def _gpu_models_have_gpu_nodes(self) -> list[str]:
        if self.cluster.gpu_node_groups:
            return []
        return [
            f"serving.models[{index}].gpu={model.gpu}: model {model.name!r} asks for GPUs but cluster.gpu_node_groups is empty, "
            "so its pods would never schedule; add a GPU node group or set gpu: 0"
            for index, model in enumerate(self.serving.models) if model.gpu
        ] + [
            f"serving.batch_jobs[{index}].gpu={job.gpu}: batch job {job.name!r} asks for GPUs but cluster.gpu_node_groups is empty, "
            "so its pod would never schedule; add a GPU node group or set gpu: 0"
            for index, job in enumerate(self.serving.batch_jobs) if job.gpu
        ]

    @cross_field_rule
    def _collected_data(self) -> list[str]:
        if self.tier != "dev" and self.data.collected_data_bucket_arn is None:
            return ["data.collected_data_bucket_arn is required outside dev: the platform only consumes collected data"]
        return []

    @cross_field_rule
    def _bucket_names(self) -> list[str]:
        return bucket_name_problems(self.project, self.environment, self.account)

    @cross_field_rule
    def _identity(self) -> list[str]:
        return self.identity.problems(environment=self.environment, account=self.account)

    @cross_field_rule
    def _gateway(self) -> list[str]:
        problems = []
        cert = self.platform_services.gateway.certificate_arn
        if cert and certificate_region(cert) != self.region:
            problems.append(
                f"platform_services.gateway.certificate_arn is in region {certificate_region(cert)!r}, "
                f"the NLB is in {self.region!r}: ACM certificates are regional"
            )
        if self.tier != "dev" and not cert:
            problems.append(f"platform_services.gateway.certificate_arn is required for tier {self.tier!r}: the gateway terminates TLS on the NLB")
        if self.tier == "prod" and self.platform_services.gateway.replicas < 2:
            problems.append(f"platform_services.gateway.replicas={self.platform_services.gateway.replicas}: prod needs at least 2 (HA)")
        return problems

    @cross_field_rule
    def _internet_facing_needs_login(self) -> list[str]:
        if self.tier != "dev" and self.platform_services.gateway.scheme == "internet-facing" and not self.login.enabled:
            return [
                f"platform_services.gateway.scheme='internet-facing' needs login.enabled for tier {self.tier!r}: "
                "without the login the gateway authenticates no call, models included"
            ]
        return []

    @cross_field_rule
    def _private_only(self) -> list[str]:
        if not self.network.private_only:
            return []
        problems = []
        gateway = self.platform_services.gateway
        if gateway.scheme == "internet-facing":
            problems.append("platform_services.gateway.scheme='internet-facing' with network.private_only: a private VPC has no public subnets")
        if gateway.hosted_zone_id:
            problems.append(
                "platform_services.gateway.hosted_zone_id with network.private_only: Route 53 is a global API with no VPC "
                "endpoint, so ExternalDNS cannot reach it; leave it unset and create the gateway's alias record by hand"
            )
        if self.cluster.endpoint_public_access:
            problems.append("cluster.endpoint_public_access=true with network.private_only: the private option has a private endpoint only")
        return problems

    @cross_field_rule
    def _registry_credentials(self) -> list[str]:
        problems = []
        for name in ("docker_hub_credentials_arn", "ghcr_credentials_arn"):
            arn = getattr(self.network, name)
            if arn and arn.split(":")[3:5] != [self.region, self.account]:
                problems.append(f"network.{name}={arn!r} must be in the environment's region {self.region} and account {self.account} (ECR reads it there)")
        return problems

    @cross_field_rule
    def _hosted_zone(self) -> list[str]:
        gateway = self.platform_services.gateway
        if gateway.hosted_zone_private and gateway.hosted_zone_id and gateway.scheme == "internet-facing":
            return ["platform_services.gateway.hosted_zone_private=true with scheme='internet-facing': "
                    "clients on the internet cannot resolve a private zone"]
        return []

    @cross_field_rule
    def _pipelines_database(self) -> list[str]:
        return _kfp.tier_problems(self.tier, self.kubeflow_pipelines)

    @cross_field_rule
    def _login(self) -> list[str]:
        return _login.tier_problems(self.tier, self.login)

    def serving_names(self) -> dict[str, str]:
        """Bucket and repository names the serving layer reads and writes: the data stack's fixed names, so
        synth checks every model and batch declaration against them without a CloudFormation reference."""
        buckets = self.data.store_bucket_names(project=self.project, environment=self.environment, account=self.account)
        names = {store: buckets[store] for store in ("models", "predictions", "collected_data", "offline_features")}
        names["model_images_repository"] = (
            f"{self.account}.dkr.ecr.{self.region}.amazonaws.com/{self.project}-{self.environment}/models"
        )
        return names

    def serving_placement(self) -> dict[str, object]:
        names = self.serving_names()
        return {"models_bucket": names["models"], "ecr_repository_uri": names["model_images_repository"],
                "input_buckets": {k: names[k] for k in ("collected_data", "offline_features")}}

    @property
    def is_ephemeral(self) -> bool:
        """True when stateful resources may be destroyed with the stack (dev opt-in)."""
        return self.removal_policy == "destroy"
