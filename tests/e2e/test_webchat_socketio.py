"""A school's existing Rasa web chat (rasa-webchat 1.0.1, from npm, served locally) talks to the socket.io channel.

The page is a made-up school site on its own local port; rasa-webchat's
bundle comes from ``tests/webchat/node_modules`` (``make e2e`` runs ``npm ci``
there) — never from a CDN.  The school's ``customData`` must reach the
bot (the country and audience become the conversation's profile, and the
answer is Spanish), and the same guard as the widget channel applies (a phone
number typed into the chat is stored only as ``[phone]``).
"""

from __future__ import annotations

import functools
import json
import shutil
import threading
import time
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page

from tests.e2e.conftest import chromium, stored_events
from tests.helpers import language_of

pytestmark = pytest.mark.stack

WEBCHAT = Path(__file__).resolve().parents[1] / "webchat" / "node_modules" / "rasa-webchat" / "lib" / "index.js"


def school_page(rasa_port: int) -> str:
    options = {
        "socketUrl": f"http://127.0.0.1:{rasa_port}",
        "socketPath": "/socket.io/",
        "customData": {"language": "es", "country": "ES", "audience": "teen"},
        "embedded": True,
        "withRules": False,
        "title": "Colegio",
        "params": {"storage": "session"},
    }
    return (
        "<!doctype html><html lang=es><head><meta charset=utf-8><title>Colegio</title></head>"
        f"<body><div id=webchat></div><script src=/webchat.js></script>"
        f"<script>WebChat.default({json.dumps(options)}, document.getElementById('webchat'));</script></body></html>"
    )


@pytest.fixture()
def school_site(stack: dict[str, Any], tmp_path: Path) -> Iterator[str]:
    """The school's site on its own loopback port (Chromium lets a local page call a local server)."""
    if not WEBCHAT.exists():
        pytest.fail("rasa-webchat is not installed: run 'make e2e' (npm ci in tests/webchat).")
    (tmp_path / "index.html").write_text(school_page(stack["settings"].rasa_port), encoding="utf-8")
    shutil.copy(WEBCHAT, tmp_path / "webchat.js")
    handler = functools.partial(QuietHandler, directory=str(tmp_path))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        return


@pytest.fixture()
def page(school_site: str) -> Iterator[Page]:
    with chromium() as browser:
        page = browser.new_page()
        page.route("https://fonts.googleapis.com/**", lambda route: route.abort())  # rasa-webchat's own font request
        page.goto(school_site)
        yield page


def send(page: Page, text: str) -> None:
    page.locator(".rw-new-message").fill(text)
    page.locator(".rw-new-message").press("Enter")


def wait_for_text(page: Page, expected: str) -> None:
    page.wait_for_function(
        "text => document.querySelector('.rw-messages-container').innerText.includes(text)", arg=expected, timeout=30000
    )


def test_rasa_webchat_custom_data_reaches_the_bot_and_the_guard_applies(page: Page, stack: dict[str, Any]) -> None:
    page.locator(".rw-new-message").wait_for(timeout=30000)
    session = page.wait_for_function(  # rasa-webchat keeps its session id in sessionStorage once confirmed
        "JSON.parse(sessionStorage.getItem('chat_session') || '{}').session_id || null", timeout=30000
    ).json_value()
    send(page, "mi número es 612 34 56 78, llámame")
    deadline = time.monotonic() + 30
    events: list[dict[str, Any]] = []
    while not any(e.get("event") == "bot" for e in events) and time.monotonic() < deadline:
        events = stored_events(stack["database"], session)
        time.sleep(0.2)
    slots = {e["name"]: e["value"] for e in events if e.get("event") == "slot"}
    assert slots.get("country") == "ES" and slots.get("audience") == "teen", "customData became the profile"
    said = [e.get("text") for e in events if e.get("event") == "user"]
    assert said == ["mi número es [phone], llámame"], "only the redacted text is stored"
    answer = next(e["text"] for e in events if e.get("event") == "bot")
    wait_for_text(page, answer.split("\n")[0])
    assert language_of(answer) == "es"
