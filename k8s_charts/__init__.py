"""cdk8s charts for everything that runs inside the cluster, one chart per file."""
