"""Kubeflow as cdk8s charts: core (dashboard, profiles, PodDefaults), notebooks, Katib, training operator,
pipelines and login. Shared names live in `common.py`; one chart per file."""
