"""The ``lantern`` command: train, run, talk in the terminal, purge old conversations.

``make run``, ``make train`` and ``make shell`` call this, so the steps a
newcomer runs are the ones the tests run.  Mistakes a user can make (a busy
port, a bad setting) end with one clear sentence, not a traceback.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import sqlalchemy as sa

from bot import processes
from bot.directory.catalog import SEED_FILE
from bot.directory.countries import resolve_country
from bot.directory.db import make_engine, prepare, upgrade
from bot.directory.report import show_country
from bot.directory.seed import SeedError, seed
from bot.directory.store import DirectoryCache
from bot.i18n import SUPPORTED_LANGUAGES
from bot.profile import AUDIENCES
from bot.retention import ensure_sqlite_dir, purge_conversations
from bot.settings import PROJECT_ROOT, Settings, SettingsError, get_settings
from bot.training import ensure_model
from bot.widget.routes import DEFAULT_EXIT_URL, embed_tag


def cmd_train(settings: Settings, args: argparse.Namespace) -> int:
    ensure_model(settings.models_dir, force=args.force)
    return 0


def cmd_purge(settings: Settings, _: argparse.Namespace) -> int:
    ensure_sqlite_dir(settings.database_url)
    engine = sa.create_engine(settings.database_url, future=True)
    removed = purge_conversations(engine, settings.retention_days)
    engine.dispose()
    print(f"Deleted {removed} conversation(s) older than {settings.retention_days} days.")
    return 0


def cmd_db_upgrade(settings: Settings, _: argparse.Namespace) -> int:
    upgrade(settings.database_url)
    print("The directory schema is up to date.")
    return 0


def cmd_db_seed(settings: Settings, args: argparse.Namespace) -> int:
    upgrade(settings.database_url)
    engine = make_engine(settings.database_url)
    try:
        path = args.file or SEED_FILE
        print(f"Checking and loading {path} ...", flush=True)
        catalog = seed(engine, path)
    except SeedError as problem:
        print(f"lantern: {problem}", file=sys.stderr)
        for item in problem.problems:
            print(f"  {item}", file=sys.stderr)
        return 1
    finally:
        engine.dispose()
    services = len(catalog.global_services) + sum(len(c.services) for c in catalog.countries.values())
    print(f"Loaded {len(catalog.countries)} countries and {services} services.")
    return 0


def cmd_embed(settings: Settings, args: argparse.Namespace) -> int:
    country = args.country.strip().upper()
    if resolve_country(country).code != country:
        raise SettingsError(f"{args.country!r} is not an ISO 3166-1 alpha-2 country code such as GB.")
    print(embed_tag(f"{settings.lantern_url}/widget.js", country, args.audience, args.language, args.exit_url))
    return 0


def cmd_helplines_show(settings: Settings, args: argparse.Namespace) -> int:
    prepare(settings.database_url)
    engine = make_engine(settings.database_url)
    try:
        print(show_country(DirectoryCache(engine).get(), args.country))
    finally:
        engine.dispose()
    return 0


def cmd_i18n(settings: Settings, args: argparse.Namespace) -> int:
    from bot.i18n import tools

    if args.i18n_command == "extract":
        print(f"Wrote locales/messages.pot with {tools.extract()} messages.")
    elif args.i18n_command == "update":
        tools.update()
        print("Updated the catalogs of " + ", ".join(tools.TRANSLATED) + ".")
    elif args.i18n_command == "compile":
        print(f"Compiled {len(tools.compile_catalogs())} catalogs.")
    else:
        reports = tools.check()
        if args.i18n_command == "reload" and not any(report.problems for report in reports):
            print(f"Compiled {len(tools.compile_catalogs())} catalogs; the running bot uses them within seconds.")
            return 0
        for report in reports:
            print(f"{report.language}: {report.coverage:6.1%} translated ({report.translated}/{report.total})")
            for problem in report.problems[:20]:
                print(f"    {problem}")
            if len(report.problems) > 20:
                print(f"    ... and {len(report.problems) - 20} more")
        if any(report.problems for report in reports):
            print("lantern: the translation catalogs have problems (listed above).", file=sys.stderr)
            return 1
    return 0


def _port_free(host: str, port: int) -> bool:
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError:
            return False
    return True


def _check_ports(settings: Settings, *ports: tuple[str, int]) -> None:
    for variable, port in ports:
        if not _port_free(settings.host, port):
            raise SettingsError(f"Port {port} is already in use: stop what uses it or set {variable} to another port.")


def cmd_run(settings: Settings, _: argparse.Namespace) -> int:
    _check_ports(settings, ("RASA_PORT", settings.rasa_port), ("LANTERN_PORT", settings.server_port))
    model = ensure_model(settings.models_dir)
    print("Preparing the database (migrations, helpline directory)...", flush=True)
    prepare(settings.database_url)
    env = processes.child_env(settings)
    server = processes.start(processes.server_command(settings), env)  # it purges old conversations as it starts
    rasa = processes.start(processes.rasa_command(settings, model), env)
    children = [server, rasa]
    try:
        print("Starting the Lantern server and the Rasa server (loading the model takes about a minute)...")
        processes.wait_until_up(f"http://127.0.0.1:{settings.server_port}/health", children)
        processes.wait_until_up(f"http://127.0.0.1:{settings.rasa_port}/webhooks/widget/", children)
        print(
            f"\nLantern is running. Open the demo school page in a browser: {settings.lantern_url}/\n"
            "Or talk to it with:\n"
            f"  curl -s -X POST {settings.widget_url} -H 'Content-Type: application/json' \\\n"
            '       -d \'{"sender": "demo-1", "message": "hi", "metadata": {"country": "GB"}}\'\n'
            f"Staff console: {settings.lantern_url}/admin (first account: lantern staff add EMAIL --role admin)\n"
            f"Action server: http://127.0.0.1:{settings.server_port}/health  Press Ctrl-C to stop.\n",
            flush=True,
        )
        while all(child.poll() is None for child in children):
            try:
                children[0].wait(timeout=1)
            except subprocess.TimeoutExpired:
                continue
        print("A Lantern process stopped; shutting down the other one.")
        return 1
    except KeyboardInterrupt:
        print("\nStopping Lantern...")
        return 0
    finally:
        for child in reversed(children):
            processes.stop(child)


def cmd_shell(settings: Settings, _: argparse.Namespace) -> int:
    _check_ports(settings, ("LANTERN_PORT", settings.server_port))
    model = ensure_model(settings.models_dir)
    prepare(settings.database_url)
    env = processes.child_env(settings)
    server = processes.start(processes.server_command(settings), env)
    try:
        processes.wait_until_up(f"http://127.0.0.1:{settings.server_port}/health", [server])
        command = [
            sys.executable, "-m", "rasa", "shell", "--model", str(model),
            "--endpoints", str(PROJECT_ROOT / "endpoints.yml"), "--port", str(settings.rasa_port),
        ]  # fmt: skip
        return subprocess.run(command, cwd=PROJECT_ROOT, env=env).returncode
    except KeyboardInterrupt:
        return 0
    finally:
        processes.stop(server)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="lantern", description="Lantern: train, run and look after the assistant.")
    commands = parser.add_subparsers(dest="command", required=True)
    train = commands.add_parser("train", help="train the model if data, domain or config changed")
    train.add_argument("--force", action="store_true", help="train even if a model for these inputs exists")
    train.set_defaults(handler=cmd_train)
    commands.add_parser("run", help="start the Rasa and Lantern servers").set_defaults(handler=cmd_run)
    commands.add_parser("shell", help="talk to the bot in this terminal").set_defaults(handler=cmd_shell)
    commands.add_parser("purge", help="delete conversations older than the retention period").set_defaults(
        handler=cmd_purge
    )
    db = commands.add_parser("db", help="the database: schema and helpline seed").add_subparsers(
        dest="db_command", required=True
    )
    db.add_parser("upgrade", help="create or upgrade the schema (Alembic)").set_defaults(handler=cmd_db_upgrade)
    seed_parser = db.add_parser("seed", help="check and load the helpline seed file (idempotent)")
    seed_parser.add_argument("--file", type=Path, default=None, help="seed file (default: the sourced seed)")
    seed_parser.set_defaults(handler=cmd_db_seed)
    embed = commands.add_parser("embed", help="print the one-line tag a school pastes into its pages")
    embed.add_argument("--country", required=True, help="ISO 3166-1 alpha-2 code, e.g. GB")
    embed.add_argument("--audience", choices=AUDIENCES, default="child", help="who reads the school's pages")
    embed.add_argument("--language", choices=SUPPORTED_LANGUAGES, default="en", help="the page's language")
    embed.add_argument("--exit-url", default=DEFAULT_EXIT_URL, help="where Quick exit sends the user")
    embed.set_defaults(handler=cmd_embed)
    helplines = commands.add_parser("helplines", help="look at the helpline directory").add_subparsers(
        dest="helplines_command", required=True
    )
    show = helplines.add_parser("show", help="a country's entries with sources and verified-on dates")
    show.add_argument("country", help="ISO 3166-1 alpha-2 code, e.g. GB")
    show.set_defaults(handler=cmd_helplines_show)
    i18n = commands.add_parser("i18n", help="translation catalogs (Babel)").add_subparsers(
        dest="i18n_command", required=True
    )
    for name, text in (
        ("extract", "write locales/messages.pot from domain.yml and the code"),
        ("update", "merge messages.pot into every language's messages.po"),
        ("compile", "build the .mo files the bot loads"),
        ("check", "fail on missing, fuzzy, stale or placeholder-changing entries; print coverage"),
        ("reload", "check and compile the catalogs; the running bot picks them up within seconds"),
    ):
        i18n.add_parser(name, help=text).set_defaults(handler=cmd_i18n)
    from bot.staff import cli as staff_cli
    from bot.staff import transfer

    staff_cli.register(commands)
    transfer.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        settings = get_settings()
        return int(args.handler(settings, args))
    except (SettingsError, TimeoutError, RuntimeError) as problem:
        print(f"lantern: {problem}", file=sys.stderr)
        return 2
    except subprocess.CalledProcessError as failed:
        print(
            f"lantern: '{' '.join(map(str, failed.cmd[1:4]))}' failed with exit code {failed.returncode}.",
            file=sys.stderr,
        )
        return 2
    except sa.exc.OperationalError as problem:
        print(f"lantern: cannot reach the database at DATABASE_URL ({problem.orig}).", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
