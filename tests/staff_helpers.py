"""Shared set-up for the staff tools' tests: a seeded database, one account per role, signed-in clients."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.orm import Session
from starlette.testclient import TestClient

from bot.directory.db import make_engine, prepare
from bot.server import create_app
from bot.settings import load_settings
from bot.staff import accounts
from bot.staff.audit import SYSTEM
from bot.staff.models import ROLES
from bot.staff.web.common import make_console

PASSWORD = "a long enough password"


@dataclass
class Staff:
    engine: sa.engine.Engine
    app: object

    def client(self, role: str | None = None) -> TestClient:
        """A browser signed in as the ``role`` account (``None``: not signed in)."""
        client = TestClient(self.app, follow_redirects=False)  # type: ignore[arg-type]
        if role is not None:
            sign_in(client, f"{role}@example.org", PASSWORD)
        return client


def make_staff(url: str, env: dict[str, str] | None = None) -> Staff:
    prepare(url)
    engine = make_engine(url)
    with Session(engine, future=True) as session, session.begin():
        for role in ROLES:
            accounts.create_account(session, SYSTEM, f"{role}@example.org", PASSWORD, role)
    app = create_app()
    settings = load_settings({"DATABASE_URL": url, **(env or {})})
    app.state.console = make_console(settings, engine)
    return Staff(engine, app)


def sign_in(client: TestClient, email: str, password: str) -> object:
    page = client.get("/admin/sign-in")
    token = re.search(r'name="sign_in_token" value="([^"]+)"', page.text)
    assert token, "the sign-in form has its own CSRF token"
    return client.post(
        "/admin/sign-in", data={"email": email, "password": password, "sign_in_token": token.group(1), "next": "/admin"}
    )


def csrf_of(client: TestClient) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', client.get("/admin/account").text)
    assert found
    return found.group(1)


def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'staff.db'}"
