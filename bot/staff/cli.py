"""``lantern staff …``: create, list and disable staff accounts from the command line.

``lantern staff add EMAIL --role editor`` asks for the password twice
(``--password-stdin`` reads it from standard input, for scripts).  The
command line acts as the system account in the audit log.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any

from sqlalchemy.orm import Session

from bot.directory.db import make_engine, upgrade
from bot.settings import Settings
from bot.staff import accounts
from bot.staff.audit import SYSTEM
from bot.staff.models import ROLES
from bot.staff.workflow import Invalid, WorkflowError


def _password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\n")
    first = getpass.getpass("Password (at least 12 characters): ")
    if getpass.getpass("Same password again: ") != first:
        raise WorkflowError("The two passwords differ; nothing was created.")
    return first


def _run(settings: Settings, work: Any) -> int:
    upgrade(settings.database_url)
    engine = make_engine(settings.database_url)
    try:
        with Session(engine, future=True) as session, session.begin():
            print(work(session))
        return 0
    except Invalid as invalid:
        for problem in invalid.problems:
            print(f"lantern: {problem.field} {problem.reason}.", file=sys.stderr)
        return 1
    except (WorkflowError, PermissionError) as refused:
        print(f"lantern: {refused}", file=sys.stderr)
        return 1
    finally:
        engine.dispose()


def cmd_add(settings: Settings, args: argparse.Namespace) -> int:
    try:
        password = _password(args)
    except WorkflowError as refused:
        print(f"lantern: {refused}", file=sys.stderr)
        return 1

    def add(session: Session) -> str:
        account = accounts.create_account(session, SYSTEM, args.email, password, args.role)
        return f"Created {account.email} ({account.role})."

    return _run(settings, add)


def cmd_disable(settings: Settings, args: argparse.Namespace) -> int:
    def disable(session: Session) -> str:
        account = accounts.find_account(session, args.email)
        if account is None:
            raise WorkflowError(f"There is no account for {args.email}.")
        accounts.disable(session, SYSTEM, account.id)
        return f"Disabled {account.email}; its history is kept."

    return _run(settings, disable)


def cmd_list(settings: Settings, _: argparse.Namespace) -> int:
    def listing(session: Session) -> str:
        rows = accounts.all_accounts(session)
        if not rows:
            return "No staff accounts yet: lantern staff add EMAIL --role admin"
        return "\n".join(f"{a.email:40} {a.role:10} {'active' if a.active else 'disabled'}" for a in rows)

    return _run(settings, listing)


def register(commands: Any) -> None:
    """Add ``lantern staff`` to the main parser's subcommands."""
    staff = commands.add_parser("staff", help="staff accounts for the console and API").add_subparsers(
        dest="staff_command", required=True
    )
    add = staff.add_parser("add", help="create an account (asks for the password)")
    add.add_argument("email")
    add.add_argument("--role", choices=ROLES, required=True)
    add.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    add.set_defaults(handler=cmd_add)
    disable = staff.add_parser("disable", help="stop an account signing in (its history stays)")
    disable.add_argument("email")
    disable.set_defaults(handler=cmd_disable)
    staff.add_parser("list", help="every account with its role").set_defaults(handler=cmd_list)
