"""Decision table: situation x country x age → the services a user is shown (and never shown)."""

from __future__ import annotations

import pytest

from bot import routing
from bot.directory.catalog import load_catalog
from bot.directory.report import show_country

CATALOG = load_catalog()


def shown(situation: str, country: str | None, audience: str | None) -> str:
    if situation == "talk":
        replies = routing.helplines(CATALOG, country)
    elif situation == "report":
        replies = routing.report_routes(CATALOG, country)
    elif situation == "remove":
        replies = routing.removal_routes(CATALOG, country, audience)
    elif situation == "sextortion":
        replies = routing.report_routes(CATALOG, country)
        replies.items.extend(routing.sextortion_support(CATALOG, country).items)
    else:
        replies = routing.escalation(CATALOG, country, "danger")
    return "\n".join(r.text for r in replies.items)


@pytest.mark.parametrize(
    ("situation", "country", "audience", "present", "absent"),
    [
        ("talk", "GB", "teen", ["Childline", "0800 1111", "Internet Watch Foundation", "999"], []),
        ("talk", "AU", "child", ["Kids Helpline", "1800 55 1800", "eSafety Commissioner", "000"], []),
        ("talk", "IN", "teen", ["CHILDLINE", "1098", "112"], []),
        ("talk", "MX", "parent", ["911", "Child Helpline International", "Find A Helpline"], ["089"]),
        ("talk", None, None, ["Which country are you in?", "Child Helpline International"], []),
        ("report", "US", "parent", ["NCMEC CyberTipline", "1-800-843-5678"], ["INHOPE"]),
        ("report", "FR", "educator", ["Point de Contact"], ["INHOPE"]),
        ("report", "KE", "teen", ["INHOPE"], []),
        ("remove", "GB", "teen", ["Take It Down", "Report Remove"], ["StopNCII"]),
        ("remove", "GB", None, ["Take It Down", "Report Remove", "StopNCII"], []),
        ("remove", "CA", "child", ["Take It Down", "NeedHelpNow.ca"], ["StopNCII"]),
        ("remove", "AU", "educator", ["Take It Down", "eSafety image-based abuse scheme"], ["StopNCII"]),
        ("remove", "DE", None, ["Take It Down", "StopNCII"], ["Report Remove"]),
        ("sextortion", "US", "teen", ["NCMEC CyberTipline", "text THORN to 741741", "Stop Sextortion"], []),
        ("sextortion", "GB", "teen", ["Internet Watch Foundation", "Stop Sextortion"], ["741741"]),
        ("danger", "NZ", "teen", ["111", "Youthline", "0800 37 66 33"], []),
        ("danger", "ZA", "child", ["10111", "Childline South Africa", "116"], []),
        ("danger", None, "child", ["local emergency number", "Child Helpline International"], []),
    ],
)
def test_situation_country_and_age_decide_what_is_shown(
    situation: str, country: str | None, audience: str | None, present: list[str], absent: list[str]
) -> None:
    text = shown(situation, country, audience)
    for name in present:
        assert name in text, name
    for name in absent:
        assert name not in text, name


def test_staff_listing_shows_every_fact_with_its_source_and_date() -> None:
    listing = show_country(CATALOG, "GB")
    assert "Childline  [child_helpline, id childline-gb]" in listing
    assert "phone: 0800 1111" in listing
    assert "verified on 2026-11-21 by Lantern research" in listing
    assert "source: https://learning.nspcc.org.uk/services/childline" in listing
    assert "Take It Down" in listing  # the global services that apply


def test_staff_listing_for_a_country_not_in_the_directory() -> None:
    assert "not in the directory yet" in show_country(CATALOG, "XK")
