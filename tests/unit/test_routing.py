"""What a user is told: emergency numbers, helplines, removal tools and hotlines by country and age."""

from __future__ import annotations

import datetime as dt

import pytest

from bot import routing
from bot.directory.catalog import load_catalog

CATALOG = load_catalog()


def text_of(replies: routing.Replies) -> str:
    return "\n".join(r.text for r in replies.items)


def test_escalation_in_the_uk_gives_999_and_childline_in_the_first_message() -> None:
    first = routing.escalation(CATALOG, "GB", "danger").items[0]
    assert "999" in first.text and "112" in first.text
    assert "Childline" in first.text and "0800 1111" in first.text and "24/7" in first.text
    assert {"title": "Talk to a person", "payload": "/ask_human"} in first.buttons
    assert first.custom and first.custom["type"] == "escalation"
    assert first.custom["services"][0]["verified_on"] == "2026-11-21"
    assert first.custom["services"][0]["sources"]


def test_escalation_without_a_country_points_to_the_local_emergency_number_and_a_directory() -> None:
    replies = routing.escalation(CATALOG, None, "self_harm")
    assert "local emergency number" in replies.items[0].text
    assert "Child Helpline International" in text_of(replies)
    assert "childhelplineinternational.org" in text_of(replies)


def _freeze(monkeypatch: pytest.MonkeyPatch, moment: str) -> None:
    frozen = dt.datetime.fromisoformat(moment)
    monkeypatch.setattr("bot.directory.cards.current_time", lambda: frozen)


def test_a_helpline_open_now_says_until_when_and_when_to_call_the_emergency_number(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _freeze(monkeypatch, "2026-11-21T15:00:00+01:00")  # Saturday afternoon in Berlin
    text = text_of(routing.escalation(CATALOG, "DE", "danger"))
    assert "116 111" in text and "open now until 8:00\u202fPM" in text
    assert "When the helpline is closed, call 110 (police) or 112" in text


def test_when_the_helpline_is_closed_the_emergency_number_comes_first(monkeypatch: pytest.MonkeyPatch) -> None:
    _freeze(monkeypatch, "2026-11-22T12:00:00+01:00")  # Sunday in Berlin: Nummer gegen Kummer is closed
    items = routing.helplines(CATALOG, "DE").items
    assert items[0].text == "In an emergency, call 110 (police) or 112."
    assert "closed — opens tomorrow at 2:00\u202fPM" in text_of(routing.helplines(CATALOG, "DE"))
    assert "closed right now" in text_of(routing.escalation(CATALOG, "DE", "danger"))


def test_a_country_without_a_confirmed_child_helpline_gets_the_directory_not_a_guess() -> None:
    text = text_of(routing.escalation(CATALOG, "MX", "danger"))
    assert "911" in text
    assert "089" not in text  # anonymous tip line, not an emergency number
    assert "Child Helpline International" in text


def test_a_country_not_in_the_directory_is_said_honestly() -> None:
    text = text_of(routing.escalation(CATALOG, "XK", "danger"))
    assert "I don't have a checked list for Kosovo yet" in text


@pytest.mark.parametrize(
    ("country", "audience", "present", "absent"),
    [
        ("GB", "child", ["Take It Down", "Report Remove"], ["StopNCII"]),
        ("GB", None, ["Take It Down", "Report Remove", "StopNCII"], []),
        ("CA", "teen", ["Take It Down", "NeedHelpNow.ca"], ["StopNCII"]),
        ("AU", "parent", ["Take It Down", "eSafety image-based abuse scheme"], ["StopNCII"]),
        ("US", "teen", ["Take It Down"], ["StopNCII"]),
        ("FR", None, ["Take It Down", "StopNCII"], ["Report Remove"]),
    ],
)
def test_removal_routes_follow_age_in_the_image_and_country(
    country: str, audience: str | None, present: list[str], absent: list[str]
) -> None:
    text = text_of(routing.removal_routes(CATALOG, country, audience))
    for name in present:
        assert name in text
    for name in absent:
        assert name not in text
    assert "encrypted" in text and "edited or cropped copy" in text
    assert text.count("Take It Down") == 1


def test_removal_routes_without_a_country_offer_to_check_for_a_national_service() -> None:
    last = routing.removal_routes(CATALOG, None, "teen").items[-1]
    assert "which country" in last.text
    assert {"title": "United Kingdom", "payload": '/tell_country{"country": "GB"}'} in last.buttons


def test_reporting_in_the_us_goes_to_the_cybertipline() -> None:
    text = text_of(routing.report_routes(CATALOG, "US"))
    assert "NCMEC CyberTipline" in text and "1-800-843-5678" in text


def test_reporting_without_a_national_hotline_goes_to_inhope() -> None:
    text = text_of(routing.report_routes(CATALOG, "KE"))
    assert "I don't have a checked reporting hotline for Kenya yet" in text and "INHOPE" in text


def test_helplines_ask_for_the_country_when_it_is_unknown() -> None:
    first = routing.helplines(CATALOG, None).items[0]
    assert "Which country are you in?" in first.text and "You don't have to tell me" in first.text
    assert len(first.buttons) == len(routing.COMMON_COUNTRIES)


def test_helplines_in_japan_list_both_services_with_their_hours() -> None:
    text = text_of(routing.helplines(CATALOG, "JP"))
    assert "0120-0-78310" in text and "open 24/7" in text
    assert "0120-99-7777" in text and "open 16:00-21:00" in text


def test_the_human_route_says_lantern_is_a_bot() -> None:
    text = text_of(routing.human_route(CATALOG, "IE"))
    assert "I'm a chatbot" in text and "1800 66 66 66" in text


def test_the_purpose_of_an_emergency_number_is_said_in_the_users_language() -> None:
    from bot.directory.cards import emergency_text
    from bot.directory.catalog import EmergencyNumber
    from bot.i18n.catalogs import current_language

    numbers = (EmergencyNumber("110", "police"), EmergencyNumber("112"))
    token = current_language.set("de")
    try:
        assert emergency_text(numbers) == "110 (Polizei) oder 112"
    finally:
        current_language.reset(token)
    assert emergency_text(numbers) == "110 (police) or 112"
