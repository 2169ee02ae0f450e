"""The single assembly point of every in-cluster chart, in apply order.

Order matters: CRD charts first (a custom resource cannot be applied before its CRD is established),
then kube2iam (pods of later charts need credentials), then storage and the components. Charts added
by other components (Seldon, Kubeflow) append to the list below, keeping the same rule: a chart that
uses a CRD comes after the chart shipping it. The delivery stack applies them in exactly this order.
"""

from __future__ import annotations

from typing import Callable

import cdk8s

from k8s_charts.props import ClusterServicesProps, FsxRef, GpuNodeGroupRef, IdentityRef
from k8s_charts.storage import StorageChart, StorageProps
from k8s_charts.kubeflow.pipelines_install import CHART_FACTORIES as KUBEFLOW_PIPELINES_FACTORIES
from platform_config import PlatformConfig

ChartFactory = Callable[[cdk8s.App, ClusterServicesProps], "cdk8s.Chart | None"]

# The AWS roles the platform's charts use: component -> (namespace, service account). The cluster stack
# creates one role and (Pod Identity) association per entry; under kube2iam the pods name the role.
PLATFORM_IDENTITIES: dict[str, tuple[str, str]] = {
    "aws-load-balancer-controller": ("platform-system", "aws-load-balancer-controller"),
    "cluster-autoscaler": ("platform-system", "cluster-autoscaler"),
    "prometheus": ("monitoring", "prometheus"),
    # issue-7b: KFP API server (S3 artifacts); its UI and the External Secrets controller share the role.
    "kubeflow-pipelines": ("kubeflow", "ml-pipeline"),
}


def _storage(app: cdk8s.App, props: ClusterServicesProps) -> cdk8s.Chart:
    return StorageChart(app, "storage", props=StorageProps.from_cluster(props))


# Apply order. Each entry: (chart id == dist file name, factory returning the chart or None when the
# environment does not need it). Keep it a flat list so components merge by adding lines.
CHART_FACTORIES: list[tuple[str, ChartFactory]] = [
    ("storage", _storage),
    # issue-7b: Kubeflow Pipelines + SSO login; built when props.sections["kubeflow_backing"] is set.
    *KUBEFLOW_PIPELINES_FACTORIES,
]


def build_platform_charts(app: cdk8s.App, *, props: ClusterServicesProps) -> list[cdk8s.Chart]:
    """Every chart of the platform for one environment, in the order they must be applied."""
    charts = []
    for _chart_id, factory in CHART_FACTORIES:
        chart = factory(app, props)
        if chart is not None:
            charts.append(chart)
    return charts


def props_from_config(config: PlatformConfig, *, identities: dict[str, IdentityRef] | None = None,
                      fsx: FsxRef | None = None, buckets: dict[str, str] | None = None,
                      cluster_name: str | None = None) -> ClusterServicesProps:
    """Chart inputs from a config alone, with conventional names for what the AWS stacks create.

    Used by the tests (charts validate without CDK) and as the defaults the delivery stack overrides
    with the real role ARNs, bucket names and FSx attributes.
    """
    prefix = f"{config.project}-{config.environment}"
    if identities is None:
        identities = {
            component: IdentityRef(namespace=ns, service_account=sa,
                                   role_arn=f"arn:aws:iam::{config.account}:role/{prefix}-{component}")
            for component, (ns, sa) in PLATFORM_IDENTITIES.items()
        }
    return ClusterServicesProps(
        environment=config.environment,
        account=config.account,
        region=config.region,
        cluster_name=cluster_name or prefix,
        kubernetes_version=config.cluster.kubernetes_version,
        identity_mode=config.cluster.workload_identity,
        vpc_cidr=config.network.vpc_cidr,
        availability_zones=tuple(config.availability_zones),
        identities=identities,
        system_node_group="system",
        gpu_node_groups=tuple(
            GpuNodeGroupRef(name=g.name, min_size=g.min_size, max_size=g.max_size, gpus_per_node=g.gpus_per_node,
                            gpu_model=g.gpu_model)
            for g in config.cluster.gpu_node_groups
        ),
        fsx=fsx or FsxRef(file_system_id="fs-0123456789abcdef0",
                          dns_name=f"fs-0123456789abcdef0.fsx.{config.region}.amazonaws.com", mount_name="abcdefgh"),
        buckets=buckets or {"metrics": f"{prefix}-metrics-{config.account}"},
        platform_services=config.platform_services,
    )


def synth_objects(props: ClusterServicesProps) -> dict[str, list[dict]]:
    """chart id -> its Kubernetes objects (dicts), in apply order; one cdk8s App for all charts."""
    app = cdk8s.App()
    return {chart.node.id: chart.to_json() for chart in build_platform_charts(app, props=props)}
