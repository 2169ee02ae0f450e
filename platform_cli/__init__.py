"""`mlplatform`: the platform's command line on boto3 (account preflight, model registry, prediction samples, kubeconfig).

A separate entry point from the CDK app (`app.py` stays the only reader of CDK context): it reads the same
config files through `platform_config` and the user's normal AWS credential chain (profiles, SSO).
"""
