"""The `mlplatform` command: argument parsing, output and exit codes.

Exit codes: 0 success (preflight: no check failed), 1 a preflight check failed, 2 bad input (arguments, config,
credentials) reported as one message naming the field and value, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, Sequence

import yaml
from botocore.exceptions import BotoCoreError, ClientError

from platform_cli import kubeconfig as kubeconfig_cmd
from platform_cli import models as models_cmd
from platform_cli import predictions as predictions_cmd
from platform_cli import preflight as preflight_cmd
from platform_cli.aws import Aws, CliError, describe_error
from platform_cli.report import EXIT_OK, EXIT_USAGE, exit_code, render_checks, render_json, render_table
from platform_config import CONFIG_DIR, ConfigError, PlatformConfig, config_path_for, load_config
from platform_config.identity_center import IDENTITY_CENTER_FILE, parse_identity_center
from platform_config.pipeline import PIPELINE_FILE, parse_pipeline


def _environment_args(parser: argparse.ArgumentParser, *, required: bool = True) -> None:
    where = parser.add_mutually_exclusive_group(required=required)
    where.add_argument("--env", metavar="NAME", help="environment name: config/<NAME>.yaml")
    where.add_argument("--config", metavar="PATH", type=Path, help="an environment file elsewhere")


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--profile", help="AWS profile (default: the normal credential chain)")
    common.add_argument("--json", action="store_true", help="machine-readable output")
    parser = argparse.ArgumentParser(prog="mlplatform", description="ML platform command line (read-only unless a command says it writes).")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    pre = sub.add_parser("preflight", parents=[common], help="read-only checks of the account before a deploy",
                         description="Read-only checks of the account and region a config deploys to. Exit 1 when a check fails.")
    target = pre.add_mutually_exclusive_group(required=True)
    target.add_argument("--env", metavar="NAME", help="environment name: config/<NAME>.yaml")
    target.add_argument("--config", metavar="PATH", type=Path, help="an environment file elsewhere")
    target.add_argument("--identity", action="store_true", help="the identity account (config/identity.yaml)")
    target.add_argument("--pipeline", action="store_true", help="the tooling account (config/pipeline.yaml)")
    pre.add_argument("--role-arn", help="assume this role first (the pipeline passes the CDK lookup role)")

    models = sub.add_parser("models", help="the model registry in the models bucket")
    models_sub = models.add_subparsers(dest="models_command", required=True, metavar="ACTION")
    reg = models_sub.add_parser("register", parents=[common], help="WRITES: upload a directory as the next version")
    reg.add_argument("directory", type=Path, help="directory holding the model artifact files")
    reg.add_argument("--name", required=True, help="model name (serving.models[].name)")
    reg.add_argument("--metrics", help="evaluation metrics as JSON, e.g. '{\"auc\": 0.91}'")
    reg.add_argument("--dataset", help="data set it was trained on (S3 URI or name@version)")
    reg.add_argument("--training-run", help="training run that produced it (pipeline run or job name)")
    reg.add_argument("--owner", help="owner's e-mail (default: the SSO session's e-mail)")
    reg.add_argument("--server", default="SKLEARN_SERVER", help="prepackaged server in the printed entry (default SKLEARN_SERVER)")
    reg.add_argument("--protocol", default="v2", help="protocol in the printed entry (default v2)")
    _environment_args(reg)
    lst = models_sub.add_parser("list", parents=[common], help="models and their latest versions")
    _environment_args(lst)
    show = models_sub.add_parser("show", parents=[common], help="one version's metadata and files")
    show.add_argument("name")
    show.add_argument("--version", help="version (default: the latest)")
    _environment_args(show)

    preds = sub.add_parser("predictions", help="sampled predictions in the predictions bucket")
    preds_sub = preds.add_subparsers(dest="predictions_command", required=True, metavar="ACTION")
    smp = preds_sub.add_parser("sample", parents=[common], help="print recent sampled predictions of a model")
    smp.add_argument("--model", required=True, help="model name (serving.models[].name)")
    smp.add_argument("--since", default="1h", help="how far back: 30m, 1h, 7d (default 1h)")
    smp.add_argument("--limit", type=int, default=20, help="most records to print (default 20)")
    _environment_args(smp)

    kube = sub.add_parser("kubeconfig", parents=[common], help="WRITES the kubeconfig: a context for the cluster as your SSO role")
    _environment_args(kube)
    kube.add_argument("--kubeconfig", type=Path, help="file to write (default: $KUBECONFIG or ~/.kube/config)")
    return parser


def _config(args: argparse.Namespace) -> tuple[PlatformConfig, Path]:
    path = args.config if args.config is not None else config_path_for(args.env)
    if args.env is not None and not path.is_file():
        shipped = sorted(p.stem for p in CONFIG_DIR.glob("*.yaml") if p.stem not in ("pipeline", "identity"))
        raise CliError(f"--env {args.env!r}: no config/{args.env}.yaml (shipped environments: {', '.join(shipped)})")
    return load_config(path), path.parent


def _load(path: Path, parse: Any) -> Any:
    if not path.is_file():
        raise CliError(f"{path}: no such file")
    try:
        return parse(yaml.safe_load(path.read_text(encoding="utf-8")), source=str(path))
    except yaml.YAMLError as exc:
        raise CliError(f"{path}: not valid YAML: {exc}") from None


def _print(args: argparse.Namespace, data: Any, text: str) -> None:
    print(json.dumps(data, indent=2, sort_keys=True, default=str) if args.json else text)


def _preflight(args: argparse.Namespace) -> int:
    if args.identity:
        identity = _load(IDENTITY_CENTER_FILE, parse_identity_center)
        aws = Aws(region=identity.region, profile=args.profile, role_arn=args.role_arn)
        results, title = preflight_cmd.run_identity(identity, aws, config_dir=CONFIG_DIR), f"preflight identity ({identity.account})"
    elif args.pipeline:
        pipeline = _load(PIPELINE_FILE, parse_pipeline)
        aws = Aws(region=pipeline.tooling.region, profile=args.profile, role_arn=args.role_arn)
        results, title = preflight_cmd.run_pipeline(pipeline, aws), f"preflight pipeline ({pipeline.tooling.account})"
    else:
        config, config_dir = _config(args)
        aws = Aws(region=config.region, profile=args.profile, role_arn=args.role_arn)
        results = preflight_cmd.run_environment(config, aws, config_dir=config_dir)
        title = f"preflight {config.environment} ({config.account}, {config.region})"
    print(render_json(results, target=title) if args.json else render_checks(results, title=title))
    return exit_code(results)


def _owner(aws: Aws, given: str | None) -> str | None:
    if given:
        return given
    session = aws.caller()["Arn"].rsplit("/", 1)[-1]
    return session if "@" in session else None


def _models(args: argparse.Namespace) -> int:
    config, _ = _config(args)
    aws = Aws(region=config.region, profile=args.profile)
    if args.models_command == "register":
        entry = models_cmd.register(
            config=config, aws=aws, directory=args.directory, name=args.name, metrics=models_cmd.parse_metrics(args.metrics),
            dataset=args.dataset, training_run=args.training_run, owner=_owner(aws, args.owner), server=args.server,
            protocol=args.protocol,
        )
        text = (f"registered {entry['model_uri']}\n\nPaste under serving.models in config/{config.environment}.yaml:\n\n"
                + yaml.safe_dump([entry], sort_keys=False))
        _print(args, entry, text.rstrip())
    elif args.models_command == "list":
        rows = models_cmd.list_models(config=config, aws=aws)
        table = render_table([[r["name"], r["versions"], r["latest"], r["model_uri"]] for r in rows], ["NAME", "VERSIONS", "LATEST", "URI"])
        _print(args, rows, table if rows else f"no models in s3://{config.serving_names()['models']}/")
    else:
        shown = models_cmd.show_model(config=config, aws=aws, name=args.name, version=args.version)
        _print(args, shown, yaml.safe_dump(shown, sort_keys=False).rstrip())
    return EXIT_OK


def _predictions(args: argparse.Namespace) -> int:
    config, _ = _config(args)
    if args.limit < 1:
        raise CliError(f"--limit {args.limit}: must be at least 1")
    since = predictions_cmd.parse_since(args.since)
    aws = Aws(region=config.region, profile=args.profile)
    rows = predictions_cmd.sample(config=config, aws=aws, model=args.model, since=since, limit=args.limit)
    if args.json:
        print(json.dumps(rows, indent=2, sort_keys=True, default=str))
    elif not rows:
        print(f"no sampled predictions of {args.model} in the last {args.since} "
              f"(s3://{config.serving_names()['predictions']}/{predictions_cmd.model_prefix(args.model)})")
    else:
        for row in rows:
            print(json.dumps(row["record"], sort_keys=True, default=str))
    return EXIT_OK


def _kubeconfig(args: argparse.Namespace) -> int:
    config, _ = _config(args)
    aws = Aws(region=config.region, profile=args.profile)
    result = kubeconfig_cmd.write(config=config, aws=aws, path=args.kubeconfig or kubeconfig_cmd.default_path(), profile=args.profile)
    _print(args, result, f"wrote context {result['context']} to {result['kubeconfig']} as permission set {result['permission_set']} "
                         f"({result['access_policy']} on {result['scope']})")
    return EXIT_OK


COMMANDS = {"preflight": _preflight, "models": _models, "predictions": _predictions, "kubeconfig": _kubeconfig}


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except ConfigError as exc:
        print(f"mlplatform: {exc}", file=sys.stderr)
    except CliError as exc:
        print(f"mlplatform: {exc}", file=sys.stderr)
    except (ClientError, BotoCoreError) as exc:
        print(f"mlplatform: AWS error: {describe_error(exc)}", file=sys.stderr)
    return EXIT_USAGE
