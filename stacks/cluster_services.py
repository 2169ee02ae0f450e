"""Glue between the AWS stacks and the in-cluster charts: chart inputs from the stage, delivery stacks,
and the plain-YAML copy of every chart in `dist/<env>/` for review and GitOps.
"""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path
from typing import Any

import aws_cdk as cdk
import cdk8s
from constructs import Construct

from k8s_charts.kubeflow.pipelines_install import SECTION as KUBEFLOW_BACKING
from k8s_charts.platform_charts import build_platform_charts, delivery_group, props_from_config
from k8s_charts.props import ClusterServicesProps, FsxRef, IdentityRef
from k8s_charts.readiness import readiness_plan
from platform_config import PlatformConfig
from stacks.platform_services_stack import PlatformServicesStack, partition_charts

# Values only CloudFormation knows (created at deploy time) appear in dist/ as these placeholders;
# a GitOps pipeline substitutes them from the stack outputs.
DIST_PLACEHOLDERS = {
    "vpc_id": "${Network.VpcId}",
    "fsx.file_system_id": "${Data.FsxFileSystemId}",
    "fsx.dns_name": "${Data.FsxDnsName}",
    "fsx.mount_name": "${Data.FsxMountName}",
    "data_key_arn": "${Security.DataKeyArn}",
}


def props_from_stage(stage: Any) -> ClusterServicesProps:
    """Chart inputs from the stage's stacks: the cluster's identities and name, the VPC, the data stores, the data key
    (its ARN reaches the delivery stacks as a weak cross-stack reference to the Security stack, like the FSx attributes)."""
    config: PlatformConfig = stage.config
    cluster_stack = stage.cluster
    identities = {
        name: IdentityRef(namespace=identity.namespace, service_account=identity.service_account,
                          role_arn=_literal_role_arn(identity.role, config))
        for name, identity in cluster_stack.identities.items()
        if getattr(identity, "addon", None) is None
    }
    fs = stage.data.stores.training_file_system
    props = props_from_config(config, identities=identities, cluster_name=cluster_stack.cluster_name,
                              vpc_id=stage.network.vpc.vpc_id, data_key_arn=stage.security.keys.data_key.key_arn,
                              fsx=FsxRef(file_system_id=fs.file_system_id, dns_name=fs.dns_name, mount_name=fs.mount_name,
                                         storage_capacity_gib=config.data.fsx.storage_capacity_gib))
    return _with_kubeflow_backing(stage, props)


def _with_kubeflow_backing(stage: Any, props: ClusterServicesProps) -> ClusterServicesProps:
    """The pipelines charts (and Katib) get the real database endpoint and login client of the
    KubeflowBacking stack instead of the conventional values of `props_from_config`."""
    backing_stack = getattr(stage, "kubeflow_backing", None)
    if backing_stack is None:
        return props
    conventional = props.sections[KUBEFLOW_BACKING]
    backing = backing_stack.backing_ref(artifacts_bucket_name=conventional.artifacts_bucket,
                                        profile_namespaces=conventional.profile_namespaces)
    sections = dict(props.sections)
    sections[KUBEFLOW_BACKING] = backing
    kubeflow = sections.get("kubeflow")
    if kubeflow is not None and kubeflow.katib_database is not None:
        sections["kubeflow"] = dataclasses.replace(
            kubeflow, katib_database=dataclasses.replace(kubeflow.katib_database, host=backing.db_host, port=backing.db_port))
    return dataclasses.replace(props, sections=sections)


def _partition(region: str) -> str:
    return "aws-us-gov" if region.startswith("us-gov-") else "aws-cn" if region.startswith("cn-") else "aws"


def _literal_role_arn(role: Any, config: PlatformConfig) -> str:
    """The role's ARN as a literal when the role has a fixed name (the manifests, dist/ and kube2iam
    annotations then carry no cross-stack reference), else its token."""
    cfn_role = role.node.default_child
    name = getattr(cfn_role, "role_name", None)
    if isinstance(name, str) and not cdk.Token.is_unresolved(name):
        return f"arn:{_partition(config.region)}:iam::{config.account}:role/{name}"
    return role.role_arn


def dist_props(props: ClusterServicesProps, config: PlatformConfig) -> ClusterServicesProps:
    """`props` with every deploy-time token replaced by a placeholder naming where its value comes from
    (role ARNs and bucket names are literal already: both have fixed names)."""

    def concrete(value: str, fallback: str) -> str:
        return fallback if cdk.Token.is_unresolved(value) else value

    identities = {
        name: dataclasses.replace(ref, role_arn=concrete(ref.role_arn, f"${{Cluster.RoleArn.{name}}}"))
        for name, ref in props.identities.items()
    }
    buckets = {name: concrete(value, f"${{Data.{name.capitalize()}BucketName}}") for name, value in props.buckets.items()}
    fsx = props.fsx and dataclasses.replace(
        props.fsx,
        file_system_id=concrete(props.fsx.file_system_id, DIST_PLACEHOLDERS["fsx.file_system_id"]),
        dns_name=concrete(props.fsx.dns_name, DIST_PLACEHOLDERS["fsx.dns_name"]),
        mount_name=concrete(props.fsx.mount_name, DIST_PLACEHOLDERS["fsx.mount_name"]),
    )
    sections = dict(props.sections)
    backing = sections.get(KUBEFLOW_BACKING)
    if backing is not None:  # the Aurora endpoint and the Cognito pool/client exist at deploy time only
        login = backing.login and dataclasses.replace(
            backing.login, issuer_url=concrete(backing.login.issuer_url, "${KubeflowBacking.IssuerUrl}"),
            client_id=concrete(backing.login.client_id, "${KubeflowBacking.ClientId}"))
        backing = dataclasses.replace(backing, db_host=concrete(backing.db_host, "${KubeflowBacking.DatabaseEndpoint}"),
                                      login=login)
        sections[KUBEFLOW_BACKING] = backing
        kubeflow = sections.get("kubeflow")
        if kubeflow is not None and kubeflow.katib_database is not None:
            sections["kubeflow"] = dataclasses.replace(
                kubeflow, katib_database=dataclasses.replace(kubeflow.katib_database, host=backing.db_host))
    return dataclasses.replace(props, identities=identities, buckets=buckets, fsx=fsx, sections=sections,
                               vpc_id=concrete(props.vpc_id, DIST_PLACEHOLDERS["vpc_id"]),
                               data_key_arn=concrete(props.data_key_arn, DIST_PLACEHOLDERS["data_key_arn"]))


def add_platform_services(stage: Any, props: ClusterServicesProps) -> list[PlatformServicesStack]:
    """Delivery stacks for every chart, in apply order, after the cluster stack; a chart shipping a webhook is
    followed by its readiness waits, which the next chart (possibly in the next stack) depends on."""
    charts = build_platform_charts(cdk8s.App(), props=props)
    # Readiness waits from all charts at once: a webhook's Service or Deployment may ship in an earlier group.
    readiness = readiness_plan({chart.node.id: chart.to_json() for chart in charts})
    stacks: list[PlatformServicesStack] = []
    after: list[Construct] = []
    for stack_id, group in partition_charts(charts, group_of=delivery_group):
        stack = PlatformServicesStack(stage, stack_id, config=stage.config, cluster=stage.cluster.cluster, charts=group, after=after,
                                      readiness=readiness)
        stack.add_stack_dependency(stage.cluster)
        if stacks:
            stack.add_stack_dependency(stacks[-1])
        after = stack.last
        stacks.append(stack)
    return stacks


def write_chart_yaml(props: ClusterServicesProps, outdir: Path) -> list[Path]:
    """Every chart as plain YAML, `outdir/<chart>.yaml` (the directory is replaced, so removed charts vanish)."""
    if outdir.exists():
        shutil.rmtree(outdir)
    app = cdk8s.App(outdir=str(outdir), output_file_extension=".yaml", yaml_output_type=cdk8s.YamlOutputType.FILE_PER_CHART)
    charts = build_platform_charts(app, props=props)
    app.synth()
    return [outdir / f"{chart.node.id}.yaml" for chart in charts]
