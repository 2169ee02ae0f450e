"""Things the config points at that must already exist: the gateway's ACM certificate, a hosted zone for its
host name, the imported collected-data bucket, the IAM principals mapped into the cluster, and (from the
tooling account) the pipeline's source connection."""

from __future__ import annotations

import datetime as dt

from botocore.exceptions import ClientError

from platform_cli.aws import error_code
from platform_cli.checks import Context, group
from platform_cli.report import CheckResult, failed, passed, skipped, warned
from platform_config.pipeline import CONNECTION_ARN

NAME = "references"


def covers(pattern: str, hostname: str) -> bool:
    """Whether a certificate name (`ml.example.com`, `*.example.com`) covers a host name."""
    pattern, hostname = pattern.lower().rstrip("."), hostname.lower().rstrip(".")
    if pattern.startswith("*."):
        head, _, rest = hostname.partition(".")
        return bool(head) and rest == pattern[2:]
    return pattern == hostname


@group(NAME)
def check(ctx: Context) -> list[CheckResult]:
    return _certificate(ctx) + _hosted_zone(ctx) + _collected_data(ctx) + _principals(ctx) + _connection(ctx)


def _certificate(ctx: Context) -> list[CheckResult]:
    gateway = ctx.config.platform_services.gateway
    field = "platform_services.gateway.certificate_arn"
    if gateway.certificate_arn is None:
        return [skipped(NAME, "certificate", f"{field} is not set")]
    try:
        cert = ctx.aws.client("acm").describe_certificate(CertificateArn=gateway.certificate_arn)["Certificate"]
    except ClientError as exc:
        if error_code(exc) not in ("ResourceNotFoundException", "ValidationException", "InvalidArnException"):
            raise
        return [failed(NAME, "certificate", f"{field}={gateway.certificate_arn} does not exist in this account and region",
                       f"request or import a certificate for {gateway.hostname} in {ctx.config.region}, then set {field}")]
    names = [cert.get("DomainName", "")] + list(cert.get("SubjectAlternativeNames", []))
    problems = []
    if cert.get("Status") != "ISSUED":
        problems.append(f"status is {cert.get('Status')} (not ISSUED)")
    if not any(covers(n, gateway.hostname) for n in names):
        problems.append(f"it covers {sorted(set(names))}, not platform_services.gateway.hostname={gateway.hostname}")
    not_after = cert.get("NotAfter")
    if isinstance(not_after, dt.datetime) and not_after < dt.datetime.now(not_after.tzinfo or dt.timezone.utc):
        problems.append(f"it expired on {not_after:%Y-%m-%d}")
    if problems:
        return [failed(NAME, "certificate", f"{field}: {'; '.join(problems)}",
                       f"use an issued certificate for {gateway.hostname} (validate it, or request a new one)")]
    return [passed(NAME, "certificate", f"issued, covers {gateway.hostname}")]


def _hosted_zone(ctx: Context) -> list[CheckResult]:
    hostname = ctx.config.platform_services.gateway.hostname.rstrip(".") + "."
    zones = []
    for page in ctx.aws.client("route53").get_paginator("list_hosted_zones").paginate():
        zones += page["HostedZones"]
    matching = sorted((z for z in zones if hostname == z["Name"] or hostname.endswith("." + z["Name"])), key=lambda z: -len(z["Name"]))
    if not matching:
        return [warned(NAME, "hosted zone", f"no hosted zone in this account holds {hostname.rstrip('.')}",
                       "create the DNS record for the gateway's load balancer where the domain is hosted")]
    zone = matching[0]
    kind = "private" if zone.get("Config", {}).get("PrivateZone") else "public"
    return [passed(NAME, "hosted zone", f"{zone['Name'].rstrip('.')} ({kind}, {zone['Id'].rsplit('/', 1)[-1]}) holds {hostname.rstrip('.')}")]


def _collected_data(ctx: Context) -> list[CheckResult]:
    arn = ctx.config.data.collected_data_bucket_arn
    name = ctx.config.data.collected_data_bucket_name
    if arn is None or name is None:
        return [skipped(NAME, "collected-data bucket", "data.collected_data_bucket_arn is not set: the platform creates the bucket")]
    s3 = ctx.aws.client("s3")
    try:
        s3.head_bucket(Bucket=name)
        region = s3.get_bucket_location(Bucket=name).get("LocationConstraint") or "us-east-1"
    except ClientError as exc:
        code = error_code(exc)
        if code in ("404", "NoSuchBucket", "NotFound"):
            return [failed(NAME, "collected-data bucket", f"data.collected_data_bucket_arn={arn}: no such bucket",
                           "fix the ARN, or ask the data producers for the bucket's name")]
        if code in ("403", "AccessDenied", "Forbidden"):
            return [failed(NAME, "collected-data bucket", f"data.collected_data_bucket_arn={arn}: this account may not read it",
                           f"ask its owner to grant account {ctx.config.account} s3:ListBucket and s3:GetObject in the bucket policy")]
        raise
    if region != ctx.config.region:
        return [warned(NAME, "collected-data bucket", f"{name} is in {region}, the platform in {ctx.config.region}: cross-region reads cost transfer",
                       "consider a replica in the platform's region")]
    return [passed(NAME, "collected-data bucket", f"{name} exists and is readable")]


def _principals(ctx: Context) -> list[CheckResult]:
    results = []
    iam = ctx.aws.client("iam")
    for index, extra in enumerate(ctx.config.identity.additional_access):
        kind, _, path_name = extra.principal_arn.split(":", 5)[5].partition("/")
        name = path_name.rsplit("/", 1)[-1]
        field = f"identity.additional_access[{index}].principal_arn"
        try:
            (iam.get_role(RoleName=name) if kind == "role" else iam.get_user(UserName=name))
        except ClientError as exc:
            if error_code(exc) != "NoSuchEntity":
                raise
            results.append(failed(NAME, field, f"{extra.principal_arn} does not exist (EKS rejects an access entry for it)",
                                  f"create the {kind} first, or remove it from {field}"))
            continue
        results.append(passed(NAME, field, f"{kind} {name} exists"))
    return results


def _connection(ctx: Context) -> list[CheckResult]:
    if ctx.pipeline is None or ctx.pipeline_environment is None:
        return []
    arn = ctx.pipeline.source.connection_arn
    match = CONNECTION_ARN.match(arn)
    if match is None or match["account"] != ctx.account:
        return [skipped(NAME, "source connection", f"source.connection_arn is in the tooling account {ctx.pipeline.tooling.account}: "
                        "checked by `mlplatform preflight --pipeline` there")]
    return check_connection(ctx.aws, arn)


def check_connection(aws, arn: str) -> list[CheckResult]:
    """The pipeline's CodeConnections connection exists and is AVAILABLE (approved by the repository owner)."""
    match = CONNECTION_ARN.match(arn)
    service = "codeconnections" if match and match.group(2) == "codeconnections" else "codestar-connections"
    try:
        status = aws.client(service, region=match["region"] if match else None).get_connection(ConnectionArn=arn)["Connection"]["ConnectionStatus"]
    except ClientError as exc:
        if error_code(exc) != "ResourceNotFoundException":
            raise
        return [failed(NAME, "source connection", f"source.connection_arn={arn} does not exist",
                       "create it (Developer Tools > Settings > Connections) and put its ARN in config/pipeline.yaml")]
    if status != "AVAILABLE":
        return [failed(NAME, "source connection", f"source.connection_arn is {status}",
                       "have the repository owner complete the connection in the console (Update pending connection)")]
    return [passed(NAME, "source connection", f"{arn.rsplit('/', 1)[-1]} is AVAILABLE")]
