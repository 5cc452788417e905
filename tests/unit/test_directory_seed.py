"""The seed directory only holds sourced facts, and its numbers dial."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.directory.cards import international, service_card, tel_link
from bot.directory.catalog import load_catalog

CATALOG = load_catalog()
RESEARCH = Path(__file__).resolve().parents[3] / "shared" / "research" / "helplines.md"
ALL_SERVICES = [(code, service) for code, country in CATALOG.countries.items() for service in country.services] + [
    (None, service) for service in CATALOG.global_services
]


@pytest.mark.parametrize(("code", "service"), ALL_SERVICES, ids=lambda v: getattr(v, "id", v))
def test_every_service_has_sources_and_a_verified_on_date(code: str | None, service: object) -> None:
    card = service_card(service, code)  # type: ignore[arg-type]
    assert card.custom and card.custom["sources"]
    assert card.custom["verified_on"] == "2026-11-21"


def test_every_country_has_an_emergency_number() -> None:
    for country in CATALOG.countries.values():
        assert country.emergency, country.code


def test_nothing_marked_not_confirmed_was_seeded() -> None:
    seed = (Path(__file__).resolve().parents[2] / "bot" / "directory" / "seed" / "helplines.yml").read_text()
    for unconfirmed in ("0508 638 723", "017", "900 116 117"):
        assert unconfirmed not in re.sub(r"#.*", "", seed)


@pytest.mark.skipif(not RESEARCH.exists(), reason="shared/research is not beside this checkout")
def test_every_number_shown_appears_in_the_research() -> None:
    research = RESEARCH.read_text(encoding="utf-8")
    for _, service in ALL_SERVICES:
        for contact in service.contacts:
            if contact.kind in {"phone", "sms", "whatsapp"}:
                assert contact.value in research, (service.id, contact.value)
    for country in CATALOG.countries.values():
        for number in country.emergency:
            assert number.number in research


def test_numbers_are_shown_as_written_with_an_international_form_when_valid() -> None:
    card = service_card(CATALOG.country("GB").services[0], "GB")  # type: ignore[union-attr]
    assert card.custom and card.custom["contacts"][0] == {
        "kind": "phone",
        "label": "0800 1111",
        "href": "tel:+448001111",
        "international": "+44 800 1111",
    }
    assert international("116 111", "DE") is None


def test_a_contact_with_unstated_hours_says_so_next_to_a_24_7_line() -> None:
    line = service_card(CATALOG.country("BR").services[0], "BR").text  # type: ignore[union-attr]
    assert line == "Disque 100: call 100 (open 24/7), or WhatsApp (61) 99611-0100 (opening hours not confirmed)"


def test_phone_links_use_international_format_and_short_codes_stay_local() -> None:
    assert tel_link("0800 1111", "GB") == "tel:+448001111"
    assert tel_link("1-800-422-4453", "US") == "tel:+18004224453"
    assert tel_link("116 111", "DE") == "tel:116111"
    assert tel_link("1098", "IN") == "tel:1098"
