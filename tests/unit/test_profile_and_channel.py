"""Who the user is (age, audience, metadata) and what the widget channel accepts."""

from __future__ import annotations

import pytest

from bot.channels.widget import BadRequest, parse_body, to_output
from bot.directory.countries import resolve_country
from bot.profile import audience_for_age, clean_metadata, parse_age


@pytest.mark.parametrize(
    ("value", "age"), [("12", 12), ("twelve", 12), ("15yo", 15), (9, 9), ("abc", None), ("300", None)]
)
def test_ages_are_read_from_digits_and_words(value: object, age: int | None) -> None:
    assert parse_age(value) == age


def test_age_bands_match_the_audiences() -> None:
    assert [audience_for_age(a) for a in (8, 12, 13, 17, 18)] == ["child", "child", "teen", "teen", None]


def test_metadata_keeps_only_known_keys_and_values() -> None:
    assert clean_metadata({"country": "gb", "audience": "Teen", "language": "en", "ip": "203.0.113.9"}) == {
        "country": "GB",
        "audience": "teen",
        "language": "en",
    }
    assert clean_metadata({"country": "United Kingdom", "audience": "robot", "language": "xx"}) == {}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("i live in the UK", "GB"),
        ("the States", "US"),
        ("we're in Holland", "NL"),
        ("Wales", "GB"),
        ("tell us more", None),
        ("austrailia", "AU"),
        ("i live in new zeland", "NZ"),
        ("Alemania", "DE"),
        ("je suis en France", "FR"),
        ("البرازيل", "BR"),
        ("what is sextortion", None),
    ],
)
def test_countries_are_recognised_from_names_aliases_typos_and_other_languages(text: str, code: str | None) -> None:
    assert resolve_country(text).code == code


def test_ambiguous_country_names_are_not_guessed() -> None:
    match = resolve_country("georgia")
    assert match.code is None and match.ambiguous and set(match.candidates) == {"GE", "US"}


def test_a_valid_widget_request_is_accepted() -> None:
    body = {"sender": "abc-123", "message": "hi", "metadata": {"country": "GB", "audience": "teen", "language": "en"}}
    assert parse_body(body) == ("abc-123", "hi", {"country": "GB", "audience": "teen", "language": "en"})


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ([], "JSON object"),
        ({"message": "hi"}, "'sender'"),
        ({"sender": "x y", "message": "hi"}, "'sender'"),
        ({"sender": "abc", "message": ""}, "'message'"),
        ({"sender": "abc", "message": 5}, "'message'"),
        ({"sender": "abc", "message": "hi", "metadata": "GB"}, "'metadata'"),
    ],
)
def test_malformed_widget_requests_are_refused_with_a_reason(body: object, reason: str) -> None:
    with pytest.raises(BadRequest, match=reason):
        parse_body(body)


def test_output_keeps_only_text_buttons_and_custom() -> None:
    messages = [{"recipient_id": "abc", "text": "hi", "buttons": [], "image": None, "custom": {"type": "service"}}]
    assert to_output(messages) == [{"text": "hi", "custom": {"type": "service"}}]
