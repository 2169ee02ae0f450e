"""AWS Managed Microsoft AD for organisations that federate from Active Directory; its admin password in Secrets Manager."""

from __future__ import annotations

from typing import Sequence

import aws_cdk as cdk
from aws_cdk import aws_directoryservice as directoryservice
from aws_cdk import aws_kms as kms
from aws_cdk import aws_secretsmanager as secretsmanager
from constructs import Construct

from platform_config.identity import DirectoryConfig
from platform_constructs.compliance import acknowledge


class ManagedDirectory(Construct):
    """A two-AZ directory in two given private subnets. `admin_secret` holds the `Admin` user's password (key `password`)."""

    def __init__(
        self,
        scope: Construct,
        construct_id: str,
        *,
        directory: DirectoryConfig,
        vpc_id: str,
        subnet_ids: Sequence[str],
        encryption_key: kms.IKey,
        removal_policy: cdk.RemovalPolicy,
    ) -> None:
        super().__init__(scope, construct_id)
        self.admin_secret = secretsmanager.Secret(
            self,
            "AdminSecret",
            description=f"Admin password of the {directory.name} Managed Microsoft AD",
            encryption_key=encryption_key,
            generate_secret_string=secretsmanager.SecretStringGenerator(
                secret_string_template='{"username": "Admin"}',
                generate_string_key="password",
                password_length=32,
                # AD passwords: printable, no characters that trouble the directory's password filter.
                exclude_characters="\"'\\/@` ",
                require_each_included_type=True,
            ),
            removal_policy=removal_policy,
        )
        reason = (
            "Managed AD's Admin password is changed with ds:ResetUserPassword by the directory owner; "
            "Secrets Manager has no managed rotation for it"
        )
        acknowledge(self.admin_secret, "AwsSolutions-SMG4", reason)
        acknowledge(self.admin_secret, "NIST.800.53.R5-SecretsManagerRotationEnabled", reason)
        # A Managed AD needs exactly two subnets in different AZs.
        # https://docs.aws.amazon.com/directoryservice/latest/admin-guide/ms_ad_prereqs.html
        if len(subnet_ids) != 2:
            raise ValueError(f"a Managed AD needs exactly two subnets in different AZs, got {list(subnet_ids)}")
        self.directory = directoryservice.CfnMicrosoftAD(
            self,
            "Directory",
            name=directory.name,
            short_name=directory.short_name,
            edition=directory.edition,
            password=self.admin_secret.secret_value_from_json("password").unsafe_unwrap(),
            vpc_settings=directoryservice.CfnMicrosoftAD.VpcSettingsProperty(
                vpc_id=vpc_id, subnet_ids=list(subnet_ids)
            ),
        )
        self.directory.apply_removal_policy(removal_policy)
