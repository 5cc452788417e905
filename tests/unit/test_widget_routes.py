"""The widget's routes: the script, its translated UI strings, the privacy note and the demo page."""

from __future__ import annotations

import base64
import hashlib
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from httpx import Response
from starlette.applications import Starlette
from starlette.testclient import TestClient

from bot.i18n import SUPPORTED_LANGUAGES
from bot.server import create_app
from bot.widget.routes import routes

CHAT_URL = "http://127.0.0.1:5005/webhooks/widget/webhook"
CLIENT = TestClient(Starlette(routes=routes(CHAT_URL, retention_days=17)))


def csp_of(answer: Response) -> str:
    return answer.headers["content-security-policy"]


def assert_page_headers(answer: Response) -> None:
    headers = answer.headers
    csp = csp_of(answer)
    assert "script-src" not in csp or "'unsafe-inline'" not in csp.split("script-src")[1].split(";")[0]
    assert "default-src 'none'" in csp and "'unsafe-eval'" not in csp
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "no-referrer"


# --- widget.js -----------------------------------------------------------------------------------


def test_widget_js_is_served_small_with_the_chat_url_filled_in() -> None:
    answer = CLIENT.get("/widget.js")
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("application/javascript")
    assert len(answer.content) < 50 * 1024
    assert CHAT_URL in answer.text and "/*@boot*/" not in answer.text
    assert "Chat with Lantern" in answer.text  # English strings are built in
    assert "max-age" in answer.headers["cache-control"]
    assert answer.headers["x-content-type-options"] == "nosniff"


def test_widget_js_answers_not_modified_to_a_matching_etag() -> None:
    etag = CLIENT.get("/widget.js").headers["etag"]
    assert CLIENT.get("/widget.js", headers={"If-None-Match": etag}).status_code == 304


def test_widget_js_never_renders_html_nor_keeps_anything_but_the_session_id() -> None:
    source = CLIENT.get("/widget.js").text
    for forbidden in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "document.cookie"):
        assert forbidden not in source, forbidden
    assert "localStorage" not in source and "sessionStorage" in source
    assert "keepalive: true" in source and "getRandomValues" in source


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")
def test_widget_js_is_valid_javascript(tmp_path: Path) -> None:
    script = tmp_path / "widget.js"
    script.write_bytes(CLIENT.get("/widget.js").content)
    checked = subprocess.run(["node", "--check", str(script)], capture_output=True, text=True, check=False)
    assert checked.returncode == 0, checked.stderr


# --- strings.json --------------------------------------------------------------------------------


def test_strings_are_translated_in_every_language() -> None:
    english = CLIENT.get("/widget/strings.json?language=en").json()["strings"]
    for language in SUPPORTED_LANGUAGES[1:]:
        answer = CLIENT.get(f"/widget/strings.json?language={language}")
        assert answer.status_code == 200
        body = answer.json()
        assert body["language"] == language
        assert body["strings"].keys() == english.keys()
        same = [key for key, text in body["strings"].items() if text == english[key]]
        assert not same, f"{language} not translated: {same}"
    spanish = CLIENT.get("/widget/strings.json?language=es").json()["strings"]
    assert spanish["quick_exit"] != english["quick_exit"] == "Quick exit"


def test_strings_fall_back_to_english_and_say_the_direction() -> None:
    english = CLIENT.get("/widget/strings.json?language=en").json()
    unknown = CLIENT.get("/widget/strings.json?language=xx").json()
    assert unknown["language"] == "en" and unknown["strings"] == english["strings"] and unknown["dir"] == "ltr"
    assert CLIENT.get("/widget/strings.json").json()["language"] == "en"
    assert CLIENT.get("/widget/strings.json?language=pt-BR").json()["language"] == "pt"
    assert CLIENT.get("/widget/strings.json?language=ar").json()["dir"] == "rtl"


def test_strings_can_be_read_from_any_embedding_site() -> None:
    answer = CLIENT.get("/widget/strings.json?language=fr")
    assert answer.headers["access-control-allow-origin"] == "*"
    assert answer.headers["content-language"] == "fr"


def test_every_string_the_script_uses_is_served() -> None:
    source = CLIENT.get("/widget.js").text
    used = set(re.findall(r'\bt\("(\w+)"', source)) | set(re.findall(r'\["(\w+)", "/', source))
    served = set(CLIENT.get("/widget/strings.json").json()["strings"])
    assert used and used <= served, used - served


# --- privacy note --------------------------------------------------------------------------------


def test_privacy_note_names_the_retention_days_and_what_is_not_kept() -> None:
    answer = CLIENT.get("/privacy?lang=en")
    assert answer.status_code == 200 and answer.headers["content-type"].startswith("text/html")
    text = answer.text
    assert "deleted after 17 days" in text
    for promise in ("Your name", "Pictures", "IP address", "Cookies", "chatbot, not a person", "emergency number"):
        assert promise in text, promise
    assert_page_headers(answer)


def test_privacy_note_is_translated_and_right_to_left_in_arabic() -> None:
    spanish = CLIENT.get("/privacy?lang=es").text
    assert 'lang="es"' in spanish and "Lantern y tu privacidad" in spanish and "17 días" in spanish
    arabic = CLIENT.get("/privacy?lang=ar").text
    assert 'lang="ar" dir="rtl"' in arabic and "17" in arabic
    assert 'lang="en" dir="ltr"' in CLIENT.get("/privacy?lang=klingon").text


def test_privacy_note_inline_style_is_allowed_by_its_hash_only() -> None:
    answer = CLIENT.get("/privacy")
    match = re.search(r"<style>(.*?)</style>", answer.text, re.DOTALL)
    assert match
    digest = base64.b64encode(hashlib.sha256(match.group(1).encode()).digest()).decode()
    assert f"'sha256-{digest}'" in csp_of(answer)
    assert "unsafe-inline" not in csp_of(answer) and "<script" not in answer.text


# --- demo page -----------------------------------------------------------------------------------


def test_demo_page_embeds_the_widget_with_the_one_line_tag() -> None:
    answer = CLIENT.get("/")
    assert answer.status_code == 200
    tags = re.findall(r"<script [^>]*></script>", answer.text)
    assert len(tags) == 1
    tag = tags[0]
    assert 'src="http://testserver/widget.js"' in tag
    assert 'data-country="GB"' in tag and 'data-audience="child"' in tag and 'data-language="en"' in tag
    assert " async" in tag
    assert "Riverside Primary School" in answer.text
    assert "&lt;script src=&quot;http://testserver/widget.js&quot;" in answer.text  # the snippet for schools
    assert_page_headers(answer)
    assert "connect-src 'self' http://127.0.0.1:5005" in csp_of(answer)


def test_demo_page_takes_country_audience_and_language_from_the_query() -> None:
    tag = re.findall(r"<script [^>]*></script>", CLIENT.get("/?country=ie&audience=parent&language=ar").text)[0]
    assert 'data-country="IE"' in tag and 'data-audience="parent"' in tag and 'data-language="ar"' in tag


def test_demo_page_ignores_values_it_does_not_know() -> None:
    page = CLIENT.get('/?country="><script>alert(1)</script>&audience=robot&language=xx').text
    tag = re.findall(r"<script [^>]*></script>", page)[0]
    assert 'data-country="GB"' in tag and 'data-audience="child"' in tag and 'data-language="en"' in tag
    assert "alert(1)" not in page


def test_public_url_is_used_for_the_snippet_and_allowed_by_the_policy() -> None:
    client = TestClient(
        Starlette(routes=routes(CHAT_URL, retention_days=30, public_url="https://lantern.example.org/"))
    )
    answer = client.get("/")
    assert 'src="https://lantern.example.org/widget.js"' in answer.text
    assert "https://lantern.example.org" in csp_of(answer).split("script-src")[1].split(";")[0]


# --- the Lantern server --------------------------------------------------------------------------


def test_the_lantern_server_serves_the_widget_beside_the_action_webhook() -> None:
    client = TestClient(create_app())
    assert client.get("/widget.js").status_code == 200
    assert client.get("/widget/strings.json?language=de").json()["language"] == "de"
    assert client.get("/privacy").status_code == 200
    assert client.get("/").status_code == 200
    assert client.get("/health").status_code == 200


def test_lantern_embed_prints_the_one_line_tag_for_a_school(capsys: pytest.CaptureFixture[str]) -> None:
    from bot.cli import main

    assert main(["embed", "--country", "gb", "--audience", "child", "--language", "en"]) == 0
    tag = capsys.readouterr().out.strip()
    assert tag.startswith("<script src=") and tag.endswith("async></script>")
    assert 'data-country="GB"' in tag and 'data-audience="child"' in tag and 'data-language="en"' in tag
    assert "/widget.js" in tag


def test_lantern_embed_explains_a_wrong_country_in_one_sentence(capsys: pytest.CaptureFixture[str]) -> None:
    from bot.cli import main

    assert main(["embed", "--country", "Narnia"]) == 2
    assert "not an ISO 3166-1 alpha-2 country code" in capsys.readouterr().err
