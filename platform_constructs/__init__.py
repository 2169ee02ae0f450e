"""Reusable CDK constructs of the ML platform (named so it does not shadow the `constructs` library, aws/aws-cdk#19301)."""
