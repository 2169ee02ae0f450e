"""One environment of the platform: every stack, in deploy order, as one deployable unit."""

from __future__ import annotations

import aws_cdk as cdk
from constructs import Construct

from platform_config import PlatformConfig
from stacks.cluster_services import add_platform_services, props_from_stage
from stacks.cluster_stack import ClusterStack
from stacks.data_stack import DataStack
from stacks.identity_stack import IdentityStack
from stacks.kubeflow_backing_stack import KubeflowBackingStack
from stacks.network_stack import NetworkStack
from stacks.security_stack import SecurityStack


class MlPlatformStage(cdk.Stage):
    """The same stage is deployed per account by `cdk deploy '<env>/*'` or by the pipeline."""

    def __init__(self, scope: Construct, construct_id: str, *, config: PlatformConfig) -> None:
        super().__init__(scope, construct_id, env=cdk.Environment(account=config.account, region=config.region))
        self.config = config
        self.security = SecurityStack(self, "Security", config=config)
        self.network = NetworkStack(self, "Network", config=config, keys=self.security.keys)
        self.network.add_stack_dependency(self.security)
        self.data = DataStack(self, "Data", config=config, keys=self.security.keys, vpc=self.network.vpc)
        self.data.add_stack_dependency(self.network)
        self.identity = IdentityStack(self, "Identity", config=config)
        self.identity.add_stack_dependency(self.data)
        keys = self.security.keys
        self.cluster = ClusterStack(
            self, "Cluster", config=config, vpc=self.network.vpc,
            cluster_key=keys.cluster_key, logs_key=keys.logs_key, data_key=keys.data_key,
            stores=self.data.stores,
            fsx_client_security_group=self.data.stores.training_file_system.client_security_group,
            access_mappings=self.identity.access_mappings,
        )
        self.cluster.add_stack_dependency(self.data)
        self.cluster.add_stack_dependency(self.identity)
        # The pipelines database and the SSO user pool, after the data stack; the database admits
        # the cluster's security group and the pipelines identity may read its secrets.
        self.kubeflow_backing = KubeflowBackingStack(
            self, "KubeflowBacking", config=config, vpc=self.network.vpc,
            data_key=keys.data_key, logs_key=keys.logs_key,
            cluster=self.cluster,
        )
        self.kubeflow_backing.add_stack_dependency(self.data)
        self.kubeflow_backing.add_stack_dependency(self.cluster)
        # In-cluster services: chart inputs from the cluster and data stacks, one or more delivery stacks.
        self.cluster_services_props = props_from_stage(self)
        self.platform_services = add_platform_services(self, self.cluster_services_props)
        for services in self.platform_services:
            services.add_stack_dependency(self.kubeflow_backing)

        tags = {
            "environment": config.environment,
            "project": config.project,
            "cost-centre": config.cost_centre,
            **config.tags,
        }
        for key, value in sorted(tags.items()):
            cdk.Tags.of(self).add(key, value)
