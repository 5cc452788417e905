"""Start the real Lantern and Rasa servers once for all end-to-end tests, as `lantern run` does."""

from __future__ import annotations

import json
import socket
import sqlite3
import urllib.request
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, sync_playwright

from bot import processes
from bot.directory.db import prepare
from bot.settings import load_settings
from bot.training import ensure_model

Say = Callable[..., list[dict[str, Any]]]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def stored_events(database: Path, sender: str | None = None) -> list[dict[str, Any]]:
    """The tracker store's events (of one conversation, or all), as Rasa wrote them."""
    with sqlite3.connect(database) as connection:
        if sender is None:
            rows = connection.execute("SELECT data FROM events").fetchall()
        else:
            rows = connection.execute("SELECT data FROM events WHERE sender_id = ?", (sender,)).fetchall()
    return [json.loads(data) for (data,) in rows]


def post_json(url: str, body: bytes, content_type: str = "application/json") -> tuple[int, Any]:
    request = urllib.request.Request(url, data=body, headers={"Content-Type": content_type}, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=60) as answer:
            return answer.status, json.loads(answer.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"null")


@pytest.fixture(scope="session")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    data_dir: Path = tmp_path_factory.mktemp("lantern-data")
    env = {
        "LANTERN_DATA_DIR": str(data_dir),
        "RASA_PORT": str(_free_port()),
        "LANTERN_PORT": str(_free_port()),
        # Every test talks from 127.0.0.1: one "client" sending hundreds of messages a minute.
        # The per-session limit stays at its default; the per-client one is unit-tested.
        "LANTERN_CLIENT_MESSAGES_PER_MINUTE": "100000",
    }
    settings = load_settings(env)
    model = ensure_model(settings.models_dir)
    prepare(settings.database_url)
    child_env = processes.child_env(settings)
    child_env.pop("DATABASE_URL", None)
    child_env.update(env)
    logs = {"server": data_dir / "server.log", "rasa": data_dir / "rasa.log"}
    server_log, rasa_log = logs["server"].open("wb"), logs["rasa"].open("wb")
    server = processes.start(processes.server_command(settings), child_env, server_log)
    rasa = processes.start(processes.rasa_command(settings, model), child_env, rasa_log)
    try:
        processes.wait_until_up(f"http://127.0.0.1:{settings.server_port}/health", [server, rasa])
        processes.wait_until_up(f"http://127.0.0.1:{settings.rasa_port}/webhooks/widget/", [server, rasa])
        yield {"settings": settings, "url": settings.widget_url, "database": data_dir / "lantern.db", "logs": logs}
    finally:
        processes.stop(rasa)
        processes.stop(server)
        server_log.close()
        rasa_log.close()


@pytest.fixture(scope="session")
def say(stack: dict[str, Any]) -> Say:
    """Send one message through the widget channel; returns the bot's messages."""

    def _say(message: str, sender: str | None = None, **metadata: str) -> list[dict[str, Any]]:
        body = {"sender": sender or uuid.uuid4().hex, "message": message, "metadata": metadata}
        status, answer = post_json(stack["url"], json.dumps(body).encode())
        assert status == 200, answer
        assert isinstance(answer, list)
        return answer

    return _say


#: Debian's Chromium: Playwright cannot download browsers here.
CHROMIUM = Path("/usr/bin/chromium")


@contextmanager
def chromium() -> Iterator[Browser]:
    """Debian's Chromium driven by Playwright (fails with one sentence when it is not installed)."""
    if not CHROMIUM.exists():
        pytest.fail("Debian's Chromium is needed for the browser tests: apt-get install chromium")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """One Chromium per test module."""
    with chromium() as launched:
        yield launched
