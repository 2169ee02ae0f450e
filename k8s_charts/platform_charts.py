"""The single assembly point of every in-cluster chart, in apply order.

Order matters: CRD charts first (a custom resource cannot be applied before its CRD is established),
then kube2iam (pods of later charts need credentials), then storage and the components. Charts added
by other components (Seldon, Kubeflow) append to the list below, keeping the same rule: a chart that
uses a CRD comes after the chart shipping it. The delivery stack applies them in exactly this order.

Webhooks: a chart that ships an admission webhook (failurePolicy Fail) or a CRD conversion webhook is followed
by readiness waits (`k8s_charts.readiness`), so every later chart is applied once that webhook's Deployment
is Available and its CA bundle injected. An object admitted by a webhook therefore never sits in the chart
that ships the webhook (e.g. cert-manager's issuers are their own chart); tests/stacks/test_install_order.py
derives the webhook -> object pairs from the manifests and proves each is ordered.
"""

from __future__ import annotations

from typing import Callable

import cdk8s

from k8s_charts.aws_load_balancer_controller import (
    AwsLoadBalancerControllerChart, AwsLoadBalancerControllerCrdsChart, AwsLoadBalancerControllerProps,
)
from k8s_charts.cert_manager import CertManagerChart, CertManagerCrdsChart, CertManagerProps
from k8s_charts.cert_manager_issuers import CertManagerIssuersChart
from k8s_charts.cluster_autoscaler import ClusterAutoscalerChart, ClusterAutoscalerProps
from k8s_charts.container_logs import ContainerLogsChart, ContainerLogsProps
from k8s_charts.efa_device_plugin import EfaDevicePluginChart, EfaDevicePluginProps
from k8s_charts.emissary import EmissaryChart, EmissaryCrdsChart, EmissaryProps
from k8s_charts.external_dns import ExternalDnsChart, ExternalDnsProps
from k8s_charts.gpu import GpuChart, GpuProps
from k8s_charts.image_mirror import ecr_registry, mirror_chart_images
from k8s_charts.kube2iam import Kube2iamChart, Kube2iamProps
from k8s_charts.kubeflow import KUBEFLOW_CHART_FACTORIES, KatibDatabase, KubeflowInputs, kubeflow_bucket_names
from k8s_charts.kubeflow.profiles import profile_identity_refs
from k8s_charts.monitoring import MonitoringChart, MonitoringProps
from k8s_charts.props import ClusterServicesProps, FsxRef, GpuNodeGroupRef, IdentityRef
from k8s_charts.seldon import (
    BatchPredictionChart, ModelDeploymentsChart, PredictionLoggerChart, SeldonCoreChart, SeldonCrdChart, ServingProps,
    ServingSlaChart,
)
from k8s_charts.storage import StorageChart, StorageProps
from k8s_charts.kubeflow.login_oauth2_proxy import login_auth_hook
from k8s_charts.kubeflow.pipelines_install import CHART_FACTORIES as KUBEFLOW_PIPELINES_FACTORIES
from k8s_charts.kubeflow.pipelines_install import SECTION as KUBEFLOW_BACKING
from k8s_charts.kubeflow.pipelines_install import backing_ref_from_config
from platform_config import PlatformConfig

ChartFactory = Callable[[cdk8s.App, ClusterServicesProps], "cdk8s.Chart | None"]

# The AWS roles the platform's charts use: component -> (namespace, service account). The cluster stack
# creates one role and (Pod Identity) association per entry; under kube2iam the pods name the role.
PLATFORM_IDENTITIES: dict[str, tuple[str, str]] = {
    "aws-load-balancer-controller": ("platform-system", "aws-load-balancer-controller"),
    "cluster-autoscaler": ("platform-system", "cluster-autoscaler"),
    # Only where platform_services.gateway.hosted_zone_id is set (the cluster stack creates the role then).
    "external-dns": ("platform-system", "external-dns"),
    # Fluent Bit: puts every container's output into the cluster's container log group.
    "container-logs": ("logging", "fluent-bit"),
    "monitoring-metrics-export": ("monitoring", "metrics-exporter"),
    # Kubeflow Pipelines, one role per component: the API server (artifacts read/write), the UI (artifacts
    # read) and its External Secrets controller (the database and login secrets).
    "kubeflow-pipelines": ("kubeflow", "ml-pipeline"),
    "kubeflow-pipelines-ui": ("kubeflow", "ml-pipeline-ui"),
    "kubeflow-pipelines-secrets": ("kubeflow", "kfp-external-secrets"),
    # Seldon model pods, the prediction logger and batch jobs: read models, write predictions, read batch input.
    "serving": ("ml-serving", "model-serving"),
}


def _storage(app: cdk8s.App, props: ClusterServicesProps) -> cdk8s.Chart:
    return StorageChart(app, "storage", props=StorageProps.from_cluster(props))


def _cert_manager_crds(app: cdk8s.App, props: ClusterServicesProps) -> cdk8s.Chart:
    return CertManagerCrdsChart(app, "cert-manager-crds", props=CertManagerProps.from_cluster(props))


def _cert_manager(app: cdk8s.App, props: ClusterServicesProps) -> cdk8s.Chart:
    return CertManagerChart(app, "cert-manager", props=CertManagerProps.from_cluster(props))


def _cert_manager_issuers(app: cdk8s.App, props: ClusterServicesProps) -> cdk8s.Chart:
    return CertManagerIssuersChart(app, "cert-manager-issuers", props=CertManagerProps.from_cluster(props))


def _lbc_crds(app: cdk8s.App, props: ClusterServicesProps) -> cdk8s.Chart:
    return AwsLoadBalancerControllerCrdsChart(app, "aws-load-balancer-controller-crds",
                                              props=AwsLoadBalancerControllerProps.from_cluster(props))


def _lbc(app: cdk8s.App, props: ClusterServicesProps) -> cdk8s.Chart:
    return AwsLoadBalancerControllerChart(app, "aws-load-balancer-controller",
                                          props=AwsLoadBalancerControllerProps.from_cluster(props))


def _emissary_crds(app: cdk8s.App, props: ClusterServicesProps) -> cdk8s.Chart:
    return EmissaryCrdsChart(app, "emissary-crds", props=EmissaryProps.from_cluster(props))


def _emissary(app: cdk8s.App, props: ClusterServicesProps) -> cdk8s.Chart:
    return EmissaryChart(app, "emissary", props=EmissaryProps.from_cluster(props))


def _kube2iam(app: cdk8s.App, props: ClusterServicesProps) -> cdk8s.Chart | None:
    if props.identity_mode != "kube2iam":
        return None
    return Kube2iamChart(app, "kube2iam", props=Kube2iamProps.from_cluster(props))


def _gpu(app: cdk8s.App, props: ClusterServicesProps) -> cdk8s.Chart | None:
    if not props.gpu_node_groups:
        return None
    return GpuChart(app, "gpu", props=GpuProps.from_cluster(props))


def _external_dns(app: cdk8s.App, props: ClusterServicesProps) -> cdk8s.Chart | None:
    external_dns = ExternalDnsProps.from_cluster(props)
    return ExternalDnsChart(app, "external-dns", props=external_dns) if external_dns else None


def _efa_device_plugin(app: cdk8s.App, props: ClusterServicesProps) -> cdk8s.Chart | None:
    if not any(g.efa_interfaces for g in props.gpu_node_groups):
        return None
    return EfaDevicePluginChart(app, "efa-device-plugin", props=EfaDevicePluginProps.from_cluster(props))


def _container_logs(app: cdk8s.App, props: ClusterServicesProps) -> cdk8s.Chart:
    return ContainerLogsChart(app, "container-logs", props=ContainerLogsProps.from_cluster(props))


def _cluster_autoscaler(app: cdk8s.App, props: ClusterServicesProps) -> cdk8s.Chart:
    return ClusterAutoscalerChart(app, "cluster-autoscaler", props=ClusterAutoscalerProps.from_cluster(props))


def _monitoring(app: cdk8s.App, props: ClusterServicesProps) -> cdk8s.Chart:
    return MonitoringChart(app, "monitoring", props=MonitoringProps.from_cluster(props))



def _serving(chart: type, chart_id: str, *, when: Callable[[ServingProps], bool] = lambda p: True) -> ChartFactory:
    """A serving chart (k8s_charts/seldon), only when `serving.enabled` and `when` holds for the declarations."""
    def factory(app: cdk8s.App, props: ClusterServicesProps) -> cdk8s.Chart | None:
        serving = props.sections.get("serving")
        if serving is None or not serving.enabled:
            return None
        serving_props = ServingProps.from_cluster(props)
        if not when(serving_props):
            return None
        if chart is SeldonCrdChart:
            return SeldonCrdChart(app, chart_id, kubernetes_version=props.kubernetes_version)
        return chart(app, chart_id, props=serving_props)
    return factory

# Apply order. Each entry: (chart id == dist file name, factory returning the chart or None when the
# environment does not need it). Keep it a flat list so components merge by adding lines.
CHART_FACTORIES: list[tuple[str, ChartFactory]] = [
    ("cert-manager-crds", _cert_manager_crds),
    ("aws-load-balancer-controller-crds", _lbc_crds),
    ("emissary-crds", _emissary_crds),
    ("seldon-crds", _serving(SeldonCrdChart, "seldon-crds")),
    ("kube2iam", _kube2iam),
    # Early, so the other components' start-up logs reach CloudWatch.
    ("container-logs", _container_logs),
    ("storage", _storage),
    ("cert-manager", _cert_manager),
    # The platform CA's issuers: admitted by cert-manager's webhook, so after it is ready (not in its chart).
    ("cert-manager-issuers", _cert_manager_issuers),
    ("aws-load-balancer-controller", _lbc),
    ("emissary", _emissary),
    ("gpu", _gpu),
    # In the GPU chart's namespace, on the EFA node groups only.
    ("efa-device-plugin", _efa_device_plugin),
    ("cluster-autoscaler", _cluster_autoscaler),
    ("external-dns", _external_dns),
    ("monitoring", _monitoring),
    # Needs cert-manager running (its webhook certificate) and the SeldonDeployment CRD.
    ("seldon-core-operator", _serving(SeldonCoreChart, "seldon-core-operator")),
    ("model-deployments", _serving(ModelDeploymentsChart, "model-deployments")),
    ("prediction-logger", _serving(PredictionLoggerChart, "prediction-logger",
                                   when=lambda p: any(m.sampling_rate > 0 for m in p.serving.models))),
    ("batch-prediction", _serving(BatchPredictionChart, "batch-prediction", when=lambda p: bool(p.serving.batch_jobs))),
    ("serving-sla", _serving(ServingSlaChart, "serving-sla", when=lambda p: bool(p.serving.models))),
    # Kubeflow core, notebooks, training operator, Katib, team profiles, examples.
    *KUBEFLOW_CHART_FACTORIES,
    # Kubeflow Pipelines + SSO login; built when props.sections["kubeflow_backing"] is set.
    *KUBEFLOW_PIPELINES_FACTORIES,
]


# Delivery stacks, by the first chart of each in CHART_FACTORIES: a chart is applied by the stack of the last group
# starting at or before it, so its stack depends neither on which other charts an environment has nor on their size
# (stacks/platform_services_stack.partition_charts says why that matters).
DELIVERY_GROUPS: tuple[tuple[str, str], ...] = (
    ("PlatformServices", "cert-manager-crds"),
    ("PlatformServicesKubeflow", "kubeflow-crds"),
    ("PlatformServicesPipelines", "kubeflow-pipelines-crds"),
)


def delivery_group(chart_id: str) -> str:
    """The delivery stack id of a chart (see DELIVERY_GROUPS)."""
    order = [name for name, _ in CHART_FACTORIES]
    if chart_id not in order:
        raise ValueError(f"chart {chart_id!r} is not in CHART_FACTORIES")
    position = order.index(chart_id)
    return [stack for stack, first in DELIVERY_GROUPS if order.index(first) <= position][-1]


def build_platform_charts(app: cdk8s.App, *, props: ClusterServicesProps) -> list[cdk8s.Chart]:
    """Every chart of the platform for one environment, in the order they must be applied."""
    charts = []
    for _chart_id, factory in CHART_FACTORIES:
        chart = factory(app, props)
        if chart is not None:
            charts.append(chart)
    if props.image_registry:
        for chart in charts:
            mirror_chart_images(chart, props.image_registry)
    return charts


def props_from_config(config: PlatformConfig, *, identities: dict[str, IdentityRef] | None = None,
                      fsx: FsxRef | None = None, buckets: dict[str, str] | None = None,
                      cluster_name: str | None = None, vpc_id: str | None = None,
                      data_key_arn: str | None = None) -> ClusterServicesProps:
    """Chart inputs from a config alone, with conventional names for what the AWS stacks create.

    Used by the tests (charts validate without CDK) and as the defaults the delivery stack overrides
    with the real role ARNs, bucket names, FSx attributes and data key ARN (a key's ID is known only once created).
    """
    prefix = f"{config.project}-{config.environment}"
    backing = backing_ref_from_config(config, profile_namespaces=tuple(p.name for p in config.kubeflow.profiles))
    if identities is None:
        identities = {
            component: IdentityRef(namespace=ns, service_account=sa,
                                   role_arn=f"arn:aws:iam::{config.account}:role/{prefix}-{component}")
            for component, (ns, sa) in PLATFORM_IDENTITIES.items()
        }
    # One role per Kubeflow profile, used by the namespace's default-editor; the cluster stack's
    # identities take precedence once it creates them from `profile_identity_requests`.
    identities = {**profile_identity_refs(project=config.project, environment=config.environment, account=config.account,
                                          profiles=config.kubeflow.profiles), **identities}
    return ClusterServicesProps(
        environment=config.environment,
        account=config.account,
        region=config.region,
        cluster_name=cluster_name or f"{prefix}-eks",
        kubernetes_version=config.cluster.kubernetes_version,
        identity_mode=config.cluster.workload_identity,
        vpc_id=vpc_id or "vpc-0123456789abcdef0",
        vpc_cidr=config.network.vpc_cidr,
        peer_cidrs=tuple(config.network.peer_cidrs),
        image_registry=ecr_registry(config.account, config.region) if config.network.private_only else None,
        availability_zones=tuple(config.availability_zones),
        identities=identities,
        system_node_group="system",
        gpu_node_groups=tuple(
            GpuNodeGroupRef(name=g.name, instance_types=tuple(g.instance_types), min_size=g.min_size, max_size=g.max_size, gpus_per_node=g.gpus_per_node,
                            gpu_model=g.gpu_model, ami_type=g.ami_type, efa_interfaces=g.efa_interfaces)
            for g in config.cluster.gpu_node_groups
        ),
        fsx=fsx or FsxRef(file_system_id="fs-0123456789abcdef0",
                          dns_name=f"fs-0123456789abcdef0.fsx.{config.region}.amazonaws.com", mount_name="abcdefgh",
                          storage_capacity_gib=config.data.fsx.storage_capacity_gib),
        buckets=buckets or _bucket_names(config),
        data_key_arn=data_key_arn or f"arn:aws:kms:{config.region}:{config.account}:key/0a1b2c3d-0000-1111-2222-333344445555",
        platform_services=config.platform_services,
        sections={
            "serving": config.serving,
            # The data stack's fixed bucket/repository names the serving charts are validated against.
            "serving_names": config.serving_names(),
            "kubeflow": KubeflowInputs(
                config=config.kubeflow, project=config.project, bucket_names=kubeflow_bucket_names(config),
                # Katib shares the pipelines' Aurora cluster, database `katib`.
                katib_database=KatibDatabase(host=backing.db_host, port=backing.db_port),
            ),
            # pipelines DB endpoint, secret names, artifacts bucket, login client (conventional here;
            # stacks/cluster_services.props_from_stage passes KubeflowBackingStack.backing_ref(...)).
            KUBEFLOW_BACKING: backing,
        },
        # with SSO on, the gateway sends every request to oauth2-proxy (its AuthService).
        gateway_auth=login_auth_hook() if config.login.enabled else None,
    )


def _bucket_names(config: PlatformConfig) -> dict[str, str]:
    """The data stores' bucket names: fixed by config (the data stack names its buckets the same way)."""
    names = config.data.store_bucket_names(project=config.project, environment=config.environment, account=config.account)
    # collected_data/offline_features: the serving batch jobs' inputs.
    return {store: names[store] for store in ("metrics", "models", "predictions", "collected_data", "offline_features")}


def synth_objects(props: ClusterServicesProps) -> dict[str, list[dict]]:
    """chart id -> its Kubernetes objects (dicts), in apply order; one cdk8s App for all charts."""
    app = cdk8s.App()
    return {chart.node.id: chart.to_json() for chart in build_platform_charts(app, props=props)}
