"""The widget in a real browser (Debian's Chromium, driven by Playwright) against the real servers.

A child opens the launcher on the demo school page, asks, gets answers, taps
a quick reply, sees a helpline card; Arabic is laid out right to left; the
quick exit leaves the page for good and deletes the conversation; what the
user types is shown as text, never as HTML; a pasted picture is refused in the
widget and never sent; and axe-core finds no serious or critical
accessibility problem in the open widget.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, Page, Route

from tests.e2e.conftest import stored_events

pytestmark = pytest.mark.stack

EXIT_URL = "https://www.bbc.co.uk/weather"


def neutral_site(route: Route) -> None:
    route.fulfill(body="<h1>Weather</h1>", content_type="text/html")


@pytest.fixture()
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    # No internet here: the neutral exit site is answered locally.
    page.route("https://www.bbc.co.uk/**", neutral_site)
    yield page
    context.close()
    assert not errors, errors


def open_widget(page: Page, stack: dict[str, Any], **query: str) -> None:
    port = stack["settings"].server_port
    params = "&".join(f"{key}={value}" for key, value in {"country": "GB", "audience": "child", **query}.items())
    page.goto(f"http://127.0.0.1:{port}/?{params}")
    page.get_by_test_id("lantern-launcher").click()
    page.get_by_test_id("lantern-panel").wait_for()


def wait_for_answer(page: Page, before: int) -> None:
    page.wait_for_function(
        "n => document.querySelector('lantern-widget').shadowRoot"
        ".querySelectorAll('[data-from=bot][data-testid=lantern-message]').length > n",
        arg=before,
        timeout=30000,
    )


def ask(page: Page, text: str) -> None:
    before = len(bot_messages(page))
    page.get_by_test_id("lantern-input").fill(text)
    page.get_by_test_id("lantern-send").click()
    wait_for_answer(page, before)


def bot_messages(page: Page) -> list[str]:
    return page.locator("[data-from=bot][data-testid=lantern-message]").all_inner_texts()


def test_a_child_opens_the_widget_asks_a_question_and_taps_a_quick_reply(page: Page, stack: dict[str, Any]) -> None:
    open_widget(page, stack, language="en")
    assert "chatbot, not a person" in page.get_by_test_id("lantern-welcome").inner_text()
    assert page.get_by_test_id("lantern-privacy-link").is_visible()
    ask(page, "what is a deepfake")
    assert "fake" in bot_messages(page)[-1].lower()
    reply = page.get_by_test_id("lantern-quick-reply").last
    title = reply.inner_text()
    before = len(bot_messages(page))
    reply.click()
    wait_for_answer(page, before)
    assert page.locator("[data-from=user]").last.inner_text().endswith(title)
    assert page.evaluate("document.cookie") == ""


def test_a_disclosure_shows_the_emergency_number_and_a_helpline_card_with_a_call_link(
    page: Page, stack: dict[str, Any]
) -> None:
    open_widget(page, stack, language="en")
    ask(page, "someone made a fake nude of me and sent it round school")
    emergency = page.get_by_test_id("lantern-emergency").first
    assert "999" in emergency.inner_text()
    card = page.get_by_test_id("lantern-card").first
    links = [link.get_attribute("href") or "" for link in card.locator("a").all()]
    assert any(href.startswith("tel:") for href in links), links


def test_arabic_is_laid_out_right_to_left(page: Page, stack: dict[str, Any]) -> None:
    open_widget(page, stack, language="ar", country="EG")
    ask(page, "ما هو التزييف العميق؟ سمعت عنه في المدرسة")
    last = page.locator("[data-from=bot][data-testid=lantern-message]").last
    assert last.get_attribute("dir") == "rtl"
    assert page.get_by_test_id("lantern-panel").evaluate("node => getComputedStyle(node).direction") == "rtl"


def test_what_the_user_types_is_shown_as_text_never_as_html(page: Page, stack: dict[str, Any]) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    open_widget(page, stack, language="en")
    payload = '<img src=x onerror="alert(1)"><script>alert(2)</script>'
    ask(page, payload)
    assert payload in page.locator("[data-from=user]").last.inner_text()
    shadow_images = page.evaluate(
        "document.querySelector('lantern-widget').shadowRoot.querySelectorAll('img, script').length"
    )
    assert shadow_images == 0 and dialogs == []


def test_a_pasted_picture_is_refused_in_the_widget_and_never_sent(page: Page, stack: dict[str, Any]) -> None:
    sent: list[str] = []
    page.on("request", lambda request: sent.append(request.url) if "/webhooks/widget/webhook" in request.url else None)
    open_widget(page, stack, language="en")
    page.get_by_test_id("lantern-input").evaluate(
        """input => {
            const data = new DataTransfer();
            data.items.add(new File(['not really a picture'], 'me.png', {type: 'image/png'}));
            input.dispatchEvent(new ClipboardEvent('paste', {clipboardData: data, bubbles: true, cancelable: true}));
        }"""
    )
    assert "don't send pictures" in page.get_by_test_id("lantern-notice").last.inner_text()
    assert sent == []


def stored_count(stack: dict[str, Any], sender: str) -> int:
    return len(stored_events(stack["database"], sender))


def test_quick_exit_leaves_for_good_and_deletes_the_conversation(page: Page, stack: dict[str, Any]) -> None:
    port = stack["settings"].server_port
    page.goto(f"http://127.0.0.1:{port}/privacy?lang=en")  # somewhere the child was before
    open_widget(page, stack, language="en")
    ask(page, "what is sextortion")
    sender = page.evaluate("sessionStorage.getItem('lantern.session')")
    assert sender and stored_count(stack, sender) > 0
    with page.expect_request(lambda request: request.url.endswith("/webhooks/widget/end")):
        page.get_by_test_id("lantern-quick-exit").click()
    page.wait_for_url(EXIT_URL + "**")
    page.go_back()
    assert "/privacy" in page.url, "the back button skips the chat page"
    assert page.get_by_test_id("lantern-message").count() == 0
    page.wait_for_timeout(300)
    assert stored_count(stack, sender) == 0


def test_escape_twice_is_a_quick_exit_too(page: Page, stack: dict[str, Any]) -> None:
    open_widget(page, stack, language="en")
    page.get_by_test_id("lantern-input").focus()
    page.keyboard.press("Escape")
    page.keyboard.press("Escape")
    page.wait_for_url(EXIT_URL + "**")


def serious_violations(page: Page) -> list[dict[str, Any]]:
    results = Axe().run(page)
    violations: list[dict[str, Any]] = results.response["violations"]
    return [v for v in violations if v.get("impact") in {"serious", "critical"}]


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_open_widget_has_no_serious_accessibility_problems(
    page: Page, stack: dict[str, Any], language: str
) -> None:
    open_widget(page, stack, language=language)
    ask(page, "what is a deepfake" if language == "en" else "ما هو التزييف العميق؟ سمعت عنه في المدرسة")
    problems = serious_violations(page)
    assert not problems, [(v["id"], v["help"], [n["target"] for n in v["nodes"]]) for v in problems]


def test_the_widget_fits_a_320_pixel_screen(browser: Browser, stack: dict[str, Any]) -> None:
    context = browser.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    try:
        open_widget(page, stack, language="en")
        box = page.get_by_test_id("lantern-panel").bounding_box()
        exit_box = page.get_by_test_id("lantern-quick-exit").bounding_box()
        assert box and exit_box and box["x"] >= 0 and box["x"] + box["width"] <= 320
        assert exit_box["x"] >= 0 and exit_box["x"] + exit_box["width"] <= 320
    finally:
        context.close()
