"""The widget channel through the real servers: nothing personal is stored, nothing malformed breaks it.

The redaction corpus (``tests/privacy/redaction.yml``) goes through the
channel and the tracker store is read back; random and malformed bodies never
get a 5xx; pictures, over-long messages and too many messages are answered
without being processed or stored; the quick exit deletes the conversation;
and the servers' logs hold neither what users typed nor their addresses.
"""

from __future__ import annotations

import json
import random
import re
import urllib.request
import uuid
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.e2e.conftest import Say, post_json, stored_events

pytestmark = pytest.mark.stack

CORPUS = Path(__file__).resolve().parents[1] / "privacy" / "redaction.yml"
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
NUMBER = re.compile(r"\+?[\d٠-٩][\d٠-٩ ().-]{5,}[\d٠-٩]")
MARKER = "zebra-lantern-marker"


def stored_texts(database: Path, sender: str | None = None, users_only: bool = False) -> list[str]:
    """Every event of the tracker store (or of one conversation), as readable JSON."""
    events = stored_events(database, sender)
    # The bot's own answers may name helpline numbers ("0800 1111"); what users said is what must be clean.
    return [json.dumps(e, ensure_ascii=False) for e in events if not users_only or e.get("event") == "user"]


def personal_details(text: str) -> list[str]:
    """What a person could be found by: e-mails and numbers of 7 or more digits, as typed."""
    numbers = [n for n in NUMBER.findall(text) if sum(ch.isdigit() for ch in n) >= 7]
    return EMAIL.findall(text) + numbers


def test_the_tracker_store_holds_no_phone_number_or_email_from_the_redaction_corpus(
    say: Say, stack: dict[str, Any]
) -> None:
    corpus = yaml.safe_load(CORPUS.read_text(encoding="utf-8"))
    sent: list[str] = []
    for language, items in corpus.items():
        sender = f"redaction-{language}-{uuid.uuid4().hex[:8]}"
        for item in items["remove"][:19]:  # one conversation per language, under the per-session limit
            say(item["text"], sender=sender, **({"country": item["country"]} if item.get("country") else {}))
            sent.append(item["text"])
    stored = "\n".join(stored_texts(stack["database"], users_only=True))
    details = [detail for text in sent for detail in personal_details(text)]
    assert len(details) >= 30, "the corpus holds plenty of numbers and e-mails typed as such"
    leaked = [detail for detail in details if detail in stored]
    assert not leaked


def test_random_and_malformed_bodies_never_get_a_server_error(stack: dict[str, Any]) -> None:
    rng = random.Random(2026)
    values: list[Any] = [None, True, 0, -1, 3.5, "", " ", "x" * 5000, [], {}, ["a"], {"a": 1}, "\u0000", "🙂" * 300]
    bodies: list[bytes] = [b"", b"{", b"[]", b"null", b'"text"', b"\xff\xfe", b'{"sender": }', b"{" * 500]
    for _ in range(150):
        body: dict[str, Any] = {}
        for key in rng.sample(["sender", "message", "metadata", "image", "extra"], rng.randint(0, 5)):
            body[key] = rng.choice([*values, uuid.uuid4().hex, "what is a deepfake", {"country": rng.choice(values)}])
        bodies.append(json.dumps(body).encode())
    for raw in bodies:
        for content_type in ("application/json", "text/plain"):
            status, answer = post_json(stack["url"], raw, content_type)
            assert status < 500, (raw[:80], status, answer)
            if status >= 400:
                assert isinstance(answer, dict) and answer.get("error"), answer


def send(stack: dict[str, Any], body: dict[str, Any]) -> tuple[int, Any]:
    return post_json(stack["url"], json.dumps(body).encode())


def test_a_picture_is_refused_kindly_and_not_stored(stack: dict[str, Any]) -> None:
    sender = uuid.uuid4().hex
    status, answer = send(stack, {"sender": sender, "message": "", "image": "iVBORw0KGgoAAAANSUhEUg"})
    assert status == 200 and answer[0]["custom"] == {"type": "notice", "reason": "picture"}
    status, answer = send(stack, {"sender": sender, "message": "data:image/jpeg;base64,/9j/4AAQSkZJRg"})
    assert status == 200 and "pictures" in answer[0]["text"]
    assert stored_texts(stack["database"], sender) == []


def test_a_very_long_message_gets_fewer_words_please_and_is_not_stored(stack: dict[str, Any]) -> None:
    sender = uuid.uuid4().hex
    status, answer = send(stack, {"sender": sender, "message": "tell me about deepfakes please " * 50})
    assert status == 200 and answer[0]["custom"]["reason"] == "too_long"
    assert stored_texts(stack["database"], sender) == []


def test_the_twenty_first_message_in_a_minute_gets_a_calm_429(stack: dict[str, Any]) -> None:
    sender = uuid.uuid4().hex
    statuses = [send(stack, {"sender": sender, "message": "ok"})[0] for _ in range(20)]
    assert statuses == [200] * 20
    status, answer = send(stack, {"sender": sender, "message": "ok"})
    assert status == 429 and answer[0]["custom"]["reason"] == "rate_limited"


def test_quick_exit_deletes_the_conversation(say: Say, stack: dict[str, Any]) -> None:
    sender = uuid.uuid4().hex
    say("what is a deepfake", sender=sender)
    assert stored_texts(stack["database"], sender)
    end_url = stack["url"].removesuffix("/webhook") + "/end"
    request = urllib.request.Request(end_url, data=json.dumps({"sender": sender}).encode(), method="POST")
    request.add_header("Content-Type", "text/plain;charset=UTF-8")  # as the widget sends it
    with urllib.request.urlopen(request, timeout=30) as answer:
        assert answer.status == 204
    assert stored_texts(stack["database"], sender) == []


def test_the_logs_hold_no_user_text_and_no_client_address(say: Say, stack: dict[str, Any]) -> None:
    say(f"{MARKER} my number is 07700 900123", country="GB")
    post_json(stack["url"], b"{not json")
    for name, path in stack["logs"].items():
        log = path.read_text(encoding="utf-8", errors="replace")
        assert MARKER not in log and "900123" not in log, name
        assert not re.search(r"\[127\.0\.0\.1:\d+\]|127\.0\.0\.1:\d+ - \"", log), name
