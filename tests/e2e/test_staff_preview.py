"""The console's preview is the bot's real reply: same text, buttons and cards for the same situation.

For a few (situation, country, audience, language) combinations, the real Rasa
server is sent the situation's intent through the widget channel (Rasa's
``/intent`` syntax, which the channel guard passes through as a button
payload) with that metadata, and its reply is compared with

* :func:`bot.staff.preview.preview` run in this process against the same
  database as the running servers, message by message (text, buttons, card,
  direction), at the moment the real reply was made (cards say whether a
  helpline is open now: Germany's Nummer gegen Kummer is not open all day); and
* the console's own ``/admin/preview`` page on the running Lantern server
  (texts and button titles as the page shows them).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import http.cookiejar
import json
import re
import urllib.parse
import urllib.request
import uuid
from collections.abc import Iterator
from html.parser import HTMLParser
from typing import Any

import pytest
from sqlalchemy.orm import Session

from actions.common import use_directory
from bot.directory.db import make_engine
from bot.directory.store import DirectoryCache
from bot.staff import accounts
from bot.staff.audit import SYSTEM
from bot.staff.preview import preview
from tests.e2e.conftest import Say

pytestmark = pytest.mark.stack

PASSWORD = "a long enough password"

#: (situation, country, audience, language)
CASES = [
    ("report_fake_image_of_me", "GB", "child", "en"),
    ("ask_what_is_deepfake", "US", "parent", "en"),
    ("in_danger", "DE", "teen", "de"),
    ("report_sextortion", "ES", "teen", "es"),
    ("ask_how_to_remove", "FR", "parent", "fr"),
    ("ask_helpline", "AU", "educator", "en"),
]


def case_id(case: tuple[str, str, str, str]) -> str:
    return "/".join(case)


@pytest.fixture(scope="module")
def same_directory(stack: dict[str, Any]) -> Iterator[None]:
    """The preview's actions read the running servers' database (not this process's DATABASE_URL)."""
    engine = make_engine(stack["settings"].database_url)
    use_directory(DirectoryCache(engine))
    try:
        yield
    finally:
        use_directory(None)
        engine.dispose()


class _Browser:
    """A signed-in console session over plain HTTP (cookies kept, redirects followed)."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))

    def get(self, path: str) -> str:
        with self.opener.open(self.base + path, timeout=60) as answer:
            return str(answer.read().decode())

    def post(self, path: str, fields: dict[str, str]) -> str:
        data = urllib.parse.urlencode(fields).encode()
        with self.opener.open(self.base + path, data=data, timeout=60) as answer:
            return str(answer.read().decode())


@pytest.fixture(scope="module")
def console(stack: dict[str, Any]) -> _Browser:
    email = f"preview-{uuid.uuid4().hex[:8]}@example.org"
    engine = make_engine(stack["settings"].database_url)
    try:
        with Session(engine, future=True) as session, session.begin():
            accounts.create_account(session, SYSTEM, email, PASSWORD, "viewer")
    finally:
        engine.dispose()
    browser = _Browser(f"http://127.0.0.1:{stack['settings'].server_port}")
    form = browser.get("/admin/sign-in")
    token = re.search(r'name="sign_in_token" value="([^"]+)"', form)
    assert token
    home = browser.post(
        "/admin/sign-in", {"email": email, "password": PASSWORD, "sign_in_token": token.group(1), "next": "/admin"}
    )
    assert email in home, "signed in"
    return browser


class _Bubbles(HTMLParser):
    """The preview page's reply: each bubble's own text, its button titles and its card (as JSON)."""

    def __init__(self) -> None:
        super().__init__()
        self.bubbles: list[dict[str, Any]] = []
        self._where: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        classes = (dict(attrs).get("class") or "").split()
        if tag == "div" and "bubble" in classes:
            self.bubbles.append({"text": "", "buttons": [], "card": "", "dir": dict(attrs).get("dir")})
            self._where.append("bubble")
        elif self.bubbles and self._where:
            self._where.append("li" if tag == "li" else "card" if "hint" in classes else self._where[-1])

    def handle_endtag(self, tag: str) -> None:
        if self._where:
            self._where.pop()

    def handle_data(self, data: str) -> None:
        if not self._where:
            return
        bubble, where = self.bubbles[-1], self._where[-1]
        if where == "bubble":
            bubble["text"] += data
        elif where == "li":
            bubble["buttons"].append(data.strip().removeprefix("[").removesuffix("]"))
        elif where == "card":
            bubble["card"] += data


def page_reply(html: str) -> list[dict[str, Any]]:
    reply = html.split('id="reply"', 1)
    assert len(reply) == 2, "the preview page shows a reply"
    parser = _Bubbles()
    parser.feed(reply[1])
    return parser.bubbles


def real_reply(say: Say, situation: str, country: str, audience: str, language: str) -> list[dict[str, Any]]:
    answer = say(f"/{situation}", country=country, audience=audience, language=language)
    assert answer, f"the bot answered /{situation}"
    assert not any((m.get("custom") or {}).get("type") == "notice" for m in answer), f"the guard refused: {answer}"
    return answer


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_the_preview_is_the_bots_real_reply(say: Say, same_directory: None, case: tuple[str, str, str, str]) -> None:
    situation, country, audience, language = case
    before = dt.datetime.now(dt.UTC)
    real = real_reply(say, situation, country, audience, language)
    after = dt.datetime.now(dt.UTC)
    # Opening hours depend on "now": the bot answered between these two moments (an hour boundary may fall between).
    shown = asyncio.run(preview(situation, country, audience, language, before))
    if shown != real:
        shown = asyncio.run(preview(situation, country, audience, language, after))
    assert shown == real, (
        f"preview and the bot differ for {case_id(case)}:\n"
        f"preview: {json.dumps(shown, ensure_ascii=False, indent=1)}\n"
        f"bot:     {json.dumps(real, ensure_ascii=False, indent=1)}"
    )


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_the_console_preview_page_shows_the_bots_real_reply(
    say: Say, console: _Browser, case: tuple[str, str, str, str]
) -> None:
    situation, country, audience, language = case
    real = real_reply(say, situation, country, audience, language)
    query = urllib.parse.urlencode(
        {"situation": situation, "country": country, "audience": audience, "language": language}
    )
    shown = page_reply(console.get(f"/admin/preview?{query}"))
    assert [b["text"].strip() for b in shown] == [str(m.get("text") or "").strip() for m in real]
    assert [b["buttons"] for b in shown] == [[b["title"] for b in m.get("buttons") or []] for m in real]
    assert [b["dir"] for b in shown] == [m.get("dir") for m in real]
    cards = [json.loads(b["card"].strip().removeprefix("card:")) if b["card"].strip() else None for b in shown]
    assert cards == [m.get("custom") for m in real]
