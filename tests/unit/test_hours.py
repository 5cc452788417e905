"""Opening hours: open now, next opening, DST and midnight, and the localised line a user reads."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from babel.dates import format_skeleton, format_time

from bot.directory.catalog import Hours
from bot.directory.hours import OpeningState, describe_state, opening_state

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
UTC = dt.UTC
ALL_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")

#: Nummer gegen Kummer, as seeded: Mon-Sat 14:00-20:00, Europe/Berlin.
MON_SAT = Hours(
    text="Mon-Sat 14:00-20:00",
    timezone="Europe/Berlin",
    weekly={day: [["14:00", "20:00"]] for day in ALL_DAYS[:6]},
)


def daily(opens: str, closes: str, timezone: str) -> Hours:
    return Hours(timezone=timezone, weekly={day: [[opens, closes]] for day in ALL_DAYS})


def berlin(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=BERLIN)


def new_york(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=NEW_YORK)


def utc(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=UTC)


def same_instant(a: dt.datetime | None, b: dt.datetime) -> bool:
    """Compare as instants (aware datetimes sharing a tzinfo compare by wall time only)."""
    assert a is not None
    return a.astimezone(UTC) == b.astimezone(UTC)


# --- a Mon-Sat 14:00-20:00 schedule (week of Monday 1 June 2026, no DST change) ---


def test_open_inside_the_hours_until_todays_closing() -> None:
    state = opening_state(MON_SAT, berlin(2026, 6, 3, 15, 0))  # Wednesday
    assert state.status == "open"
    assert state.closes_at == berlin(2026, 6, 3, 20, 0)
    assert state.closes_at is not None and state.closes_at.tzinfo == BERLIN
    assert state.opens_at is None


def test_open_from_the_opening_minute() -> None:
    assert opening_state(MON_SAT, berlin(2026, 6, 3, 14, 0)).status == "open"


def test_closed_in_the_morning_opens_the_same_day() -> None:
    state = opening_state(MON_SAT, berlin(2026, 6, 3, 10, 0))
    assert state.status == "closed"
    assert state.opens_at == berlin(2026, 6, 3, 14, 0)
    assert state.closes_at is None


def test_closed_at_the_closing_minute_opens_the_next_day() -> None:
    state = opening_state(MON_SAT, berlin(2026, 6, 3, 20, 0))
    assert state.status == "closed"
    assert state.opens_at == berlin(2026, 6, 4, 14, 0)


def test_sunday_is_closed_and_opens_monday() -> None:
    state = opening_state(MON_SAT, berlin(2026, 6, 7, 12, 0))  # Sunday
    assert state.status == "closed"
    assert state.opens_at == berlin(2026, 6, 8, 14, 0)
    assert state.opens_at is not None and state.opens_at.weekday() == 0


def test_saturday_evening_skips_sunday_to_monday() -> None:
    state = opening_state(MON_SAT, berlin(2026, 6, 6, 20, 30))
    assert state.opens_at == berlin(2026, 6, 8, 14, 0)


def test_now_in_another_zone_is_judged_in_the_services_zone() -> None:
    # 12:30 UTC is 14:30 in Berlin (CEST): open, and the closing time is given in Berlin time.
    state = opening_state(MON_SAT, utc(2026, 6, 3, 12, 30))
    assert state.status == "open"
    assert state.closes_at is not None
    assert state.closes_at.tzinfo == BERLIN
    assert (state.closes_at.hour, state.closes_at.minute) == (20, 0)
    # 18:30 UTC is 20:30 in Berlin: closed.
    assert opening_state(MON_SAT, utc(2026, 6, 3, 18, 30)).status == "closed"


# --- across midnight ------------------------------------------------------------

FRIDAY_NIGHT = Hours(timezone="Europe/Berlin", weekly={"fri": [["22:00", "02:00"]]})


def test_slot_across_midnight_is_open_before_midnight() -> None:
    state = opening_state(FRIDAY_NIGHT, berlin(2026, 6, 5, 23, 0))
    assert state.status == "open"
    assert state.closes_at == berlin(2026, 6, 6, 2, 0)


def test_slot_across_midnight_is_open_at_one_the_next_day() -> None:
    state = opening_state(FRIDAY_NIGHT, berlin(2026, 6, 6, 1, 0))  # Saturday 01:00
    assert state.status == "open"
    assert state.closes_at == berlin(2026, 6, 6, 2, 0)


def test_slot_across_midnight_is_closed_at_three_the_next_day() -> None:
    state = opening_state(FRIDAY_NIGHT, berlin(2026, 6, 6, 3, 0))
    assert state.status == "closed"
    assert state.opens_at == berlin(2026, 6, 12, 22, 0)


def test_closing_at_24_00_means_the_following_midnight() -> None:
    hours = Hours(timezone="Europe/Berlin", weekly={"wed": [["18:00", "24:00"]]})
    state = opening_state(hours, berlin(2026, 6, 3, 23, 59))
    assert state.status == "open"
    assert state.closes_at == berlin(2026, 6, 4, 0, 0)
    assert opening_state(hours, berlin(2026, 6, 4, 0, 0)).status == "closed"


def test_back_to_back_slots_are_one_open_period() -> None:
    hours = Hours(timezone="Europe/Berlin", weekly={"wed": [["18:00", "24:00"]], "thu": [["00:00", "03:00"]]})
    state = opening_state(hours, berlin(2026, 6, 3, 23, 0))
    assert state.status == "open"
    assert state.closes_at == berlin(2026, 6, 4, 3, 0)


def test_a_schedule_open_around_the_clock_has_no_closing_time() -> None:
    state = opening_state(daily("00:00", "24:00", "Europe/Berlin"), berlin(2026, 6, 3, 4, 0))
    assert state == OpeningState("open")


# --- daylight saving: Europe/Berlin, spring forward on Sunday 29 March 2026 (02:00 CET -> 03:00 CEST) ---


def test_berlin_spring_forward_next_opening_is_wall_clock_time_not_24_hours_later() -> None:
    state = opening_state(daily("08:00", "20:00", "Europe/Berlin"), berlin(2026, 3, 28, 21, 0))
    assert state.status == "closed"
    assert state.opens_at == berlin(2026, 3, 29, 8, 0)
    assert same_instant(state.opens_at, utc(2026, 3, 29, 6, 0))  # CEST, UTC+2


@pytest.mark.parametrize("now", [utc(2026, 3, 29, 0, 59), utc(2026, 3, 29, 1, 1)], ids=["before", "after"])
def test_berlin_spring_forward_overnight_slot_open_either_side_of_the_change(now: dt.datetime) -> None:
    state = opening_state(daily("22:00", "06:00", "Europe/Berlin"), now)
    assert state.status == "open"
    assert state.closes_at == berlin(2026, 3, 29, 6, 0)
    assert same_instant(state.closes_at, utc(2026, 3, 29, 4, 0))


@pytest.mark.parametrize("now", [utc(2026, 3, 29, 0, 59), utc(2026, 3, 29, 1, 1)], ids=["before", "after"])
def test_berlin_spring_forward_closed_either_side_of_the_change(now: dt.datetime) -> None:
    state = opening_state(daily("08:00", "20:00", "Europe/Berlin"), now)
    assert state.status == "closed"
    assert same_instant(state.opens_at, utc(2026, 3, 29, 6, 0))


def test_berlin_spring_forward_open_at_the_new_wall_clock_opening() -> None:
    hours = daily("08:00", "20:00", "Europe/Berlin")
    assert opening_state(hours, utc(2026, 3, 29, 5, 59)).status == "closed"  # 07:59 CEST
    assert opening_state(hours, utc(2026, 3, 29, 6, 0)).status == "open"  # 08:00 CEST


def test_an_opening_time_that_does_not_exist_moves_later_by_the_gap() -> None:
    hours = Hours(timezone="Europe/Berlin", weekly={"sun": [["02:30", "05:00"]]})
    state = opening_state(hours, utc(2026, 3, 29, 1, 0))  # 03:00 CEST
    assert state.status == "closed"
    assert same_instant(state.opens_at, berlin(2026, 3, 29, 3, 30))
    assert opening_state(hours, utc(2026, 3, 29, 1, 45)).status == "open"


# --- daylight saving: Europe/Berlin, fall back on Sunday 25 October 2026 (03:00 CEST -> 02:00 CET) ---


def test_berlin_fall_back_next_opening_is_wall_clock_time_not_24_hours_later() -> None:
    state = opening_state(daily("08:00", "20:00", "Europe/Berlin"), berlin(2026, 10, 24, 20, 30))
    assert state.status == "closed"
    assert state.opens_at == berlin(2026, 10, 25, 8, 0)
    assert same_instant(state.opens_at, utc(2026, 10, 25, 7, 0))  # CET, UTC+1
    assert opening_state(daily("08:00", "20:00", "Europe/Berlin"), utc(2026, 10, 25, 6, 30)).status == "closed"


@pytest.mark.parametrize(
    "now",
    [utc(2026, 10, 25, 0, 59), utc(2026, 10, 25, 1, 1), utc(2026, 10, 25, 4, 30)],
    ids=["before", "after", "last-half-hour"],
)
def test_berlin_fall_back_overnight_slot_runs_to_the_wall_clock_closing(now: dt.datetime) -> None:
    state = opening_state(daily("22:00", "06:00", "Europe/Berlin"), now)
    assert state.status == "open"
    assert same_instant(state.closes_at, utc(2026, 10, 25, 5, 0))  # 06:00 CET


def test_berlin_fall_back_closed_after_the_wall_clock_closing() -> None:
    state = opening_state(daily("22:00", "06:00", "Europe/Berlin"), utc(2026, 10, 25, 5, 0))
    assert state.status == "closed"
    assert same_instant(state.opens_at, utc(2026, 10, 25, 21, 0))  # 22:00 CET


def test_a_repeated_opening_time_means_its_first_occurrence() -> None:
    hours = Hours(timezone="Europe/Berlin", weekly={"sun": [["02:30", "04:00"]]})
    state = opening_state(hours, utc(2026, 10, 25, 0, 15))  # 02:15 CEST
    assert state.status == "closed"
    assert same_instant(state.opens_at, utc(2026, 10, 25, 0, 30))  # the first 02:30, CEST
    later = opening_state(hours, utc(2026, 10, 25, 1, 15))  # 02:15 CET, the second time round
    assert later.status == "open"
    assert same_instant(later.closes_at, utc(2026, 10, 25, 3, 0))  # 04:00 CET


# --- daylight saving: America/New_York, 8 March 2026 (02:00 EST -> 03:00 EDT), 1 November 2026 (02:00 EDT -> 01:00 EST)


@pytest.mark.parametrize(
    "now",
    [new_york(2026, 3, 7, 18, 0), utc(2026, 3, 8, 6, 59), utc(2026, 3, 8, 7, 1)],
    ids=["evening-before", "before", "after"],
)
def test_new_york_spring_forward_next_opening(now: dt.datetime) -> None:
    state = opening_state(daily("09:00", "17:00", "America/New_York"), now)
    assert state.status == "closed"
    assert state.opens_at == new_york(2026, 3, 8, 9, 0)
    assert same_instant(state.opens_at, utc(2026, 3, 8, 13, 0))  # EDT, UTC-4


def test_new_york_spring_forward_open_and_closing_in_daylight_time() -> None:
    hours = daily("09:00", "17:00", "America/New_York")
    assert opening_state(hours, utc(2026, 3, 8, 12, 30)).status == "closed"  # 08:30 EDT
    state = opening_state(hours, utc(2026, 3, 8, 13, 30))  # 09:30 EDT
    assert state.status == "open"
    assert same_instant(state.closes_at, utc(2026, 3, 8, 21, 0))


@pytest.mark.parametrize(
    "now",
    [new_york(2026, 10, 31, 18, 0), utc(2026, 11, 1, 5, 59), utc(2026, 11, 1, 6, 1), utc(2026, 11, 1, 13, 30)],
    ids=["evening-before", "before", "after", "an-hour-before-opening-in-standard-time"],
)
def test_new_york_fall_back_next_opening(now: dt.datetime) -> None:
    state = opening_state(daily("09:00", "17:00", "America/New_York"), now)
    assert state.status == "closed"
    assert state.opens_at == new_york(2026, 11, 1, 9, 0)
    assert same_instant(state.opens_at, utc(2026, 11, 1, 14, 0))  # EST, UTC-5


@pytest.mark.parametrize(
    "now",
    [utc(2026, 11, 1, 5, 59), utc(2026, 11, 1, 6, 1), utc(2026, 11, 1, 10, 30)],
    ids=["before", "after", "last-half-hour"],
)
def test_new_york_fall_back_overnight_slot_open_either_side_of_the_change(now: dt.datetime) -> None:
    state = opening_state(daily("22:00", "06:00", "America/New_York"), now)
    assert state.status == "open"
    assert same_instant(state.closes_at, utc(2026, 11, 1, 11, 0))  # 06:00 EST


# --- public holidays and the look-ahead -------------------------------------------


def test_closed_day_is_skipped_for_the_next_opening() -> None:
    whit_monday = dt.date(2026, 5, 25)
    state = opening_state(MON_SAT, berlin(2026, 5, 24, 12, 0), closed_days=frozenset({whit_monday}))
    assert state.status == "closed"
    assert state.opens_at == berlin(2026, 5, 26, 14, 0)


def test_closed_during_usual_hours_on_a_closed_day() -> None:
    state = opening_state(MON_SAT, berlin(2026, 5, 25, 15, 0), closed_days=frozenset({dt.date(2026, 5, 25)}))
    assert state.status == "closed"
    assert state.opens_at == berlin(2026, 5, 26, 14, 0)


def test_a_slot_begun_the_evening_before_a_closed_day_still_runs_past_midnight() -> None:
    state = opening_state(FRIDAY_NIGHT, berlin(2026, 6, 6, 1, 0), closed_days=frozenset({dt.date(2026, 6, 6)}))
    assert state.status == "open"
    assert state.closes_at == berlin(2026, 6, 6, 2, 0)


def test_no_opening_within_fourteen_days_gives_no_next_opening() -> None:
    start = dt.date(2026, 6, 1)
    holidays = frozenset(start + dt.timedelta(days=n) for n in range(20))
    state = opening_state(MON_SAT, berlin(2026, 6, 1, 10, 0), closed_days=holidays)
    assert state == OpeningState("closed")


def test_an_opening_just_inside_fourteen_days_is_found() -> None:
    start = dt.date(2026, 6, 1)
    holidays = frozenset(start + dt.timedelta(days=n) for n in range(14))
    state = opening_state(MON_SAT, berlin(2026, 6, 1, 15, 0), closed_days=holidays)
    assert state.opens_at == berlin(2026, 6, 15, 14, 0)  # 13 days 23 hours ahead
    assert opening_state(MON_SAT, berlin(2026, 6, 1, 13, 0), closed_days=holidays) == OpeningState("closed")


# --- 24/7 and unknown -----------------------------------------------------------


def test_always_open_service_is_open_with_no_closing_time() -> None:
    state = opening_state(Hours(always=True), utc(2026, 6, 7, 3, 0))
    assert state == OpeningState("open")
    assert state.always_open


@pytest.mark.parametrize(
    "hours",
    [
        None,
        Hours(),
        Hours(text="Mon-Sat 14:00-20:00"),
        Hours(weekly=MON_SAT.weekly),
        Hours(timezone="Europe/Berlin"),
        Hours(timezone="Mars/Olympus_Mons", weekly=MON_SAT.weekly),
        Hours(timezone="Europe/Berlin", weekly={"mon": [], "tue": []}),
        Hours(timezone="Europe/Berlin", weekly={"mon": [["25:00", "26:00"]]}),
        Hours(timezone="Europe/Berlin", weekly={"mon": [["14:00"]]}),
        Hours(timezone="Europe/Berlin", weekly={"monday": [["14:00", "20:00"]]}),
        Hours(timezone="Europe/Berlin", weekly={"mon": [[840, 1200]]}),  # type: ignore[list-item]
    ],
    ids=[
        "no-hours",
        "empty",
        "text-only",
        "no-timezone",
        "no-weekly",
        "unknown-timezone",
        "no-slots",
        "bad-time",
        "half-slot",
        "bad-day-key",
        "yaml-sexagesimal",
    ],
)
def test_hours_that_cannot_be_read_are_unknown(hours: Hours | None) -> None:
    assert opening_state(hours, utc(2026, 6, 3, 15, 0)) == OpeningState("unknown")


def test_a_naive_now_is_refused() -> None:
    with pytest.raises(ValueError):
        opening_state(MON_SAT, dt.datetime(2026, 6, 3, 15, 0))


# --- describe_state -------------------------------------------------------------


def short_time(moment: dt.datetime, locale: str) -> str:
    return format_time(moment, format="short", tzinfo=moment.tzinfo, locale=locale)


def test_describe_open_until_in_english_uses_the_locales_time_format() -> None:
    now = berlin(2026, 6, 3, 15, 0)
    text = describe_state(opening_state(MON_SAT, now), "en", now)
    assert text == f"open now until {short_time(berlin(2026, 6, 3, 20, 0), 'en')}"


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("de", "jetzt geöffnet bis 20:00"),
        ("fr", "ouvert maintenant jusqu’à 20:00"),
        ("es", "abierto ahora hasta las 20:00"),
    ],
)
def test_describe_open_until_uses_24_hour_time_in_de_fr_es(locale: str, expected: str) -> None:
    now = berlin(2026, 6, 3, 15, 0)
    assert describe_state(opening_state(MON_SAT, now), locale, now) == expected


def test_describe_opens_today() -> None:
    now = berlin(2026, 6, 3, 10, 0)
    text = describe_state(opening_state(MON_SAT, now), "en", now)
    assert text == f"closed — opens today at {short_time(berlin(2026, 6, 3, 14, 0), 'en')}"


def test_describe_opens_tomorrow() -> None:
    now = berlin(2026, 6, 3, 21, 0)
    assert describe_state(opening_state(MON_SAT, now), "de", now) == "geschlossen — öffnet morgen um 14:00"


@pytest.mark.parametrize(
    ("locale", "day", "time"),
    [("en", "Monday", None), ("de", "Montag", "14:00"), ("fr", "lundi", "14:00"), ("es", "lunes", "14:00")],
)
def test_describe_opens_on_a_named_day_with_babels_day_name(locale: str, day: str, time: str | None) -> None:
    now = berlin(2026, 6, 6, 21, 0)  # Saturday evening: next opening Monday
    text = describe_state(opening_state(MON_SAT, now), locale, now)
    assert day in text
    assert (time or short_time(berlin(2026, 6, 8, 14, 0), locale)) in text


def test_describe_opens_on_a_named_day_in_full() -> None:
    now = berlin(2026, 6, 6, 21, 0)
    assert describe_state(opening_state(MON_SAT, now), "fr", now) == "fermé — ouvre lundi à 14:00"
    assert describe_state(opening_state(MON_SAT, now), "de", now) == "geschlossen — öffnet am Montag um 14:00"
    assert describe_state(opening_state(MON_SAT, now), "es", now) == "cerrado — abre el lunes a las 14:00"
    english = describe_state(opening_state(MON_SAT, now), "en", now)
    assert english == f"closed — opens Monday at {short_time(berlin(2026, 6, 8, 14, 0), 'en')}"


def test_describe_an_opening_more_than_a_week_away_gives_the_date() -> None:
    now = berlin(2026, 6, 1, 10, 0)
    holidays = frozenset(dt.date(2026, 6, 1) + dt.timedelta(days=n) for n in range(10))
    state = opening_state(MON_SAT, now, closed_days=holidays)
    opens = berlin(2026, 6, 11, 14, 0)
    assert state.opens_at == opens
    expected_date = format_skeleton("MMMMEEEEd", opens, tzinfo=BERLIN, locale="de")
    assert describe_state(state, "de", now) == f"geschlossen — öffnet am {expected_date} um 14:00"
    assert "Juni" in expected_date and "11" in expected_date


def test_describe_shows_the_services_time_when_now_is_in_utc() -> None:
    hours = daily("09:00", "17:00", "America/New_York")
    now = utc(2026, 6, 3, 18, 0)  # 14:00 in New York
    state = opening_state(hours, now)
    assert describe_state(state, "de", now) == "jetzt geöffnet bis 17:00"
    assert describe_state(state, "en", now) == f"open now until {short_time(new_york(2026, 6, 3, 17, 0), 'en')}"
    assert "21:00" not in describe_state(state, "de", now)


def test_describe_today_is_the_services_date_not_utcs() -> None:
    now = utc(2026, 6, 2, 23, 30)  # still Tuesday in UTC, already Wednesday 01:30 in Berlin
    assert describe_state(opening_state(MON_SAT, now), "fr", now) == "fermé — ouvre aujourd’hui à 14:00"


def test_describe_open_past_the_next_day_names_the_closing_day() -> None:
    hours = Hours(timezone="Europe/Berlin", weekly={"fri": [["18:00", "24:00"]], "sat": [["00:00", "24:00"]]})
    now = berlin(2026, 6, 5, 19, 0)
    state = opening_state(hours, now)
    assert state.closes_at == berlin(2026, 6, 7, 0, 0)
    assert describe_state(state, "de", now) == "jetzt geöffnet bis Sonntag, 00:00"


@pytest.mark.parametrize(
    ("locale", "expected"),
    [("en", "open 24/7"), ("de", "rund um die Uhr geöffnet"), ("fr", "ouvert 24 h/24, 7 j/7")],
)
def test_describe_always_open(locale: str, expected: str) -> None:
    now = utc(2026, 6, 3, 3, 0)
    assert describe_state(opening_state(Hours(always=True), now), locale, now) == expected


@pytest.mark.parametrize(
    ("locale", "expected"),
    [("en", "opening hours not confirmed"), ("de", "Öffnungszeiten nicht bestätigt"), ("es", "horario no confirmado")],
)
def test_describe_unknown_hours(locale: str, expected: str) -> None:
    now = utc(2026, 6, 3, 3, 0)
    assert describe_state(opening_state(Hours(text="Mon-Sat 14:00-20:00"), now), locale, now) == expected


def test_describe_closed_with_no_opening_in_sight() -> None:
    now = utc(2026, 6, 3, 3, 0)
    assert describe_state(OpeningState("closed"), "en", now) == "closed"
    assert describe_state(OpeningState("closed"), "fr", now) == "fermé"


def test_describe_regional_locale_uses_its_language() -> None:
    now = berlin(2026, 6, 6, 21, 0)
    assert describe_state(opening_state(MON_SAT, now), "de-AT", now) == "geschlossen — öffnet am Montag um 14:00"
    assert describe_state(opening_state(MON_SAT, now), "fr_CA", now).startswith("fermé — ouvre lundi à ")


def test_describe_language_without_phrases_falls_back_to_english_words_with_babel_names() -> None:
    now = berlin(2026, 6, 6, 21, 0)
    text = describe_state(opening_state(MON_SAT, now), "it", now)
    assert text == "closed — opens lunedì at 14:00"


def test_portuguese_and_arabic_have_their_own_words() -> None:
    now = berlin(2026, 6, 6, 21, 0)
    assert describe_state(opening_state(MON_SAT, now), "pt_BR", now) == "fechado — abre segunda-feira às 14:00"
    assert describe_state(opening_state(MON_SAT, now), "ar", now).startswith("مغلق — يفتح يوم")


def test_describe_unknown_locale_falls_back_to_english() -> None:
    now = berlin(2026, 6, 6, 21, 0)
    text = describe_state(opening_state(MON_SAT, now), "not-a-locale", now)
    assert text.startswith("closed — opens Monday at ")
