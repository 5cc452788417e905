"""What every channel does before the bot sees a message: rate limit, no pictures, length limit, redaction."""

from __future__ import annotations

import pytest

from bot.channels.guard import Guard, Outcome, has_picture
from bot.channels.ratelimit import ClientKeys, RateLimiter, SlidingWindow
from bot.channels.widget import BadRequest, guard_reply, has_attachment, origin_allowed, parse_body
from bot.i18n import isolate_numbers


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def make_guard(per_session: int = 20, per_client: int = 120, clock: Clock | None = None) -> Guard:
    return Guard(1000, RateLimiter(per_session, per_client, clock or Clock()))


def test_the_twenty_first_message_in_a_minute_gets_a_calm_reply_and_a_minute_later_it_goes_through() -> None:
    clock = Clock()
    guard = make_guard(clock=clock)
    for _ in range(20):
        assert guard.screen("hello there", "session-1").accepted
    limited = guard.screen("hello there", "session-1")
    assert limited.outcome is Outcome.RATE_LIMITED
    assert "wait a minute" in limited.reply and "emergency number" in limited.reply
    assert guard.screen("hello there", "session-2").accepted, "another session is not limited"
    clock.now += 60
    assert guard.screen("hello there", "session-1").accepted


def test_one_browser_cannot_get_round_the_limit_by_opening_new_sessions() -> None:
    guard = make_guard(per_session=20, per_client=30)
    results = [guard.screen("hi", f"session-{n}", address="203.0.113.9").accepted for n in range(31)]
    assert results[:30] == [True] * 30 and results[30] is False
    assert guard.screen("hi", "session-x", address="198.51.100.7").accepted, "another client is not limited"


def test_a_client_key_is_not_the_ip_address_and_changes_every_day() -> None:
    clock = Clock()
    keys = ClientKeys(clock)
    first = keys.key("203.0.113.9")
    assert first and "203" not in first and first == keys.key("203.0.113.9")
    clock.now += 86400
    assert keys.key("203.0.113.9") != first
    assert keys.key(None) is None


def test_idle_sessions_are_forgotten() -> None:
    clock = Clock()
    window = SlidingWindow(5, clock)
    for n in range(999):
        window.allow(f"s{n}")
    clock.now += 61
    window.allow("late")
    assert len(window) == 1


@pytest.mark.parametrize(
    "text",
    [
        "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAAB",
        "look at this https://example.com/uploads/me.jpg",
        "www.example.org/pic.JPEG?size=large",
        "here DATA:image/jpeg;base64,/9j/4AAQ",
    ],
)
def test_a_picture_is_refused_kindly_and_never_passed_on(text: str) -> None:
    screened = make_guard().screen(text, "s", language="en")
    assert screened.outcome is Outcome.PICTURE and screened.text == ""
    assert "don't send pictures" in screened.reply and "in words" in screened.reply


def test_links_that_are_not_pictures_and_the_word_photo_are_fine() -> None:
    assert not has_picture("someone put a fake photo of me on instagram")
    assert not has_picture("is takeitdown.ncmec.org real?")


def test_an_attachment_in_the_request_is_refused_even_without_text() -> None:
    body = {"sender": "abc", "message": "", "image": "iVBORw0KGgo"}
    assert has_attachment(body)
    sender, text, _ = parse_body(body)
    screened = make_guard().screen(text, sender, attachment=True, language="es")
    assert screened.outcome is Outcome.PICTURE
    assert "fotos" in screened.reply, "answered in the page's language"


def test_a_message_over_the_limit_is_answered_with_fewer_words_please_and_not_processed() -> None:
    screened = make_guard().screen("I have a question about my homework. " * 40, "s")
    assert screened.outcome is Outcome.TOO_LONG and screened.text == ""
    assert "fewer words" in screened.reply and "1000" in screened.reply


def test_a_long_message_with_danger_in_it_is_still_processed_so_the_child_is_escalated() -> None:
    text = "I don't know where to start. " * 40 + "I want to kill myself"
    screened = make_guard().screen(text, "s")
    assert screened.accepted and len(screened.text) == 1000


def test_the_reply_is_in_the_language_of_the_message_when_the_page_gave_none() -> None:
    screened = make_guard().screen("mira esta foto que me hicieron data:image/png;base64,AAAA", "s")
    assert "fotos" in screened.reply


def test_personal_details_are_redacted_before_the_bot_sees_the_text() -> None:
    screened = make_guard().screen("he texts me from 07700 900123 and my email is lily09@gmail.com", "s", country="GB")
    assert screened.accepted
    assert "07700" not in screened.text and "gmail" not in screened.text
    assert "[phone]" in screened.text and "[email]" in screened.text
    assert screened.redacted == ("phone", "email")


def test_button_payloads_pass_unchanged() -> None:
    payload = '/change_language{"language": "es"}'
    assert make_guard().screen(payload, "s").text == payload


def test_the_guard_reply_has_the_widget_message_shape() -> None:
    screened = make_guard().screen("data:image/png;base64,AAAA", "s", language="ar")
    [message] = guard_reply(screened)
    assert message["dir"] == "rtl" and message["custom"] == {"type": "notice", "reason": "picture"}


def test_only_allowed_origins_may_call_from_a_browser() -> None:
    assert origin_allowed(None, ("https://school.example",)), "non-browser clients send no Origin"
    assert origin_allowed("https://school.example", ("https://school.example/",))
    assert not origin_allowed("https://evil.example", ("https://school.example",))
    assert origin_allowed("https://any.example", ("*",))


def test_bad_bodies_are_refused_with_a_sentence() -> None:
    for body in (None, [], {"sender": "a b"}, {"sender": "ok", "message": 5}, {"sender": "ok", "metadata": "x"}):
        with pytest.raises(BadRequest):
            parse_body(body)


def test_numbers_in_arabic_text_keep_their_left_to_right_order() -> None:
    text = isolate_numbers("اتصل بـ 0800 1111 أو 112")
    assert "\u20660800 1111\u2069" in text and "\u2066112\u2069" in text
    assert isolate_numbers("call 0800 1111") == "call 0800 1111"
    assert isolate_numbers(text) == text
