"""Which CloudFormation types hold data a redeploy must never lose."""

from __future__ import annotations

STATEFUL_TYPES = frozenset({
    "AWS::S3::Bucket",
    "AWS::DynamoDB::Table",
    "AWS::FSx::FileSystem",
    "AWS::KMS::Key",
    "AWS::ECR::Repository",
    "AWS::RDS::DBCluster",
    "AWS::RDS::DBInstance",
    "AWS::Logs::LogGroup",
    "AWS::Cognito::UserPool",
    "AWS::DirectoryService::MicrosoftAD",
    "AWS::SecretsManager::Secret",
})
