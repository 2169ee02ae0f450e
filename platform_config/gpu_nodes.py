"""The GPU scheduling contract between the node groups (CDK) and the workloads (charts).

The cluster stack labels and taints every GPU managed node group with these; device plugins, notebooks,
training jobs and GPU models select and tolerate exactly them. One definition, so the two sides cannot drift.
"""

from __future__ import annotations

GPU_RESOURCE = "nvidia.com/gpu"
GPU_TAINT_KEY = GPU_RESOURCE
GPU_TAINT_VALUE = "true"
GPU_TAINT_EFFECT = "NoSchedule"
ACCELERATOR_LABEL = "ml-platform/accelerator"
ACCELERATOR_VALUE = "nvidia"
GPU_MODEL_LABEL = "ml-platform/gpu-model"
NODE_GROUP_LABEL = "ml-platform/node-group"
# Elastic Fabric Adapters, advertised by the EFA device plugin on EFA node groups; multi-node training requests them.
EFA_RESOURCE = "vpc.amazonaws.com/efa"
