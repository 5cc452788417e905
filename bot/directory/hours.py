"""Work out whether a helpline is open right now, and say so in the user's language.

A child who is told "call this number" must not be sent to a line that is
closed.  :func:`opening_state` reads a service's :class:`~bot.directory.catalog.Hours`
and answers *open*, *closed* (with the next opening) or *unknown*; it never
guesses: without a weekly schedule and a valid IANA timezone the answer is
*unknown*.

All schedule arithmetic happens on wall-clock times of each local date in the
service's own timezone, which are then localised with :mod:`zoneinfo`, so
midnight, weekends and daylight-saving changes come out right.  A local time
that does not exist (clocks spring forward) or happens twice (clocks fall
back) is resolved with ``fold=0``, the rule of RFC 5545 §3.3.5: a time in the
gap is read with the offset in force before the gap (so it moves later by the
length of the gap, e.g. 02:30 becomes 03:30 in Berlin on 29 March 2026), and
a repeated time means its first occurrence.

:func:`describe_state` turns the answer into a short line of plain text.  Times
and day names come from Babel for the user's locale and are shown in the
service's timezone, because that is where the number rings.  The connecting
words live in :data:`PHRASES`, one small dict per language, with English as
the fallback for a language (or a phrase) not listed yet.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel import Locale, UnknownLocaleError
from babel.dates import format_skeleton, format_time, get_day_names

from bot.directory.catalog import Hours

#: How far ahead :func:`opening_state` looks for the next opening.
LOOKAHEAD_DAYS = 14

#: Weekly schedule keys, in ``date.weekday()`` order (Monday is 0).
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")

#: Babel skeleton for a date further away than a week: weekday, day and month name.
DATE_SKELETON = "MMMMEEEEd"

Status = Literal["open", "closed", "unknown"]

#: Connecting words for :func:`describe_state`, per language.  ``{time}`` is a
#: Babel-formatted time, ``{day}`` a Babel day name (or, more than a week away,
#: a Babel-formatted date) and ``{date}`` a Babel-formatted date.
PHRASES: dict[str, dict[str, str]] = {
    "en": {
        "always": "open 24/7",
        "open_until": "open now until {time}",
        "open_until_day": "open now until {day} at {time}",
        "opens_today": "closed — opens today at {time}",
        "opens_tomorrow": "closed — opens tomorrow at {time}",
        "opens_weekday": "closed — opens {day} at {time}",
        "opens_date": "closed — opens {date} at {time}",
        "closed": "closed",
        "unknown": "opening hours not confirmed",
    },
    "de": {
        "always": "rund um die Uhr geöffnet",
        "open_until": "jetzt geöffnet bis {time}",
        "open_until_day": "jetzt geöffnet bis {day}, {time}",
        "opens_today": "geschlossen — öffnet heute um {time}",
        "opens_tomorrow": "geschlossen — öffnet morgen um {time}",
        "opens_weekday": "geschlossen — öffnet am {day} um {time}",
        "opens_date": "geschlossen — öffnet am {date} um {time}",
        "closed": "geschlossen",
        "unknown": "Öffnungszeiten nicht bestätigt",
    },
    "fr": {
        "always": "ouvert 24 h/24, 7 j/7",
        "open_until": "ouvert maintenant jusqu’à {time}",
        "open_until_day": "ouvert maintenant jusqu’à {day} à {time}",
        "opens_today": "fermé — ouvre aujourd’hui à {time}",
        "opens_tomorrow": "fermé — ouvre demain à {time}",
        "opens_weekday": "fermé — ouvre {day} à {time}",
        "opens_date": "fermé — ouvre le {date} à {time}",
        "closed": "fermé",
        "unknown": "horaires d’ouverture non confirmés",
    },
    "es": {
        "always": "abierto las 24 horas, todos los días",
        "open_until": "abierto ahora hasta las {time}",
        "open_until_day": "abierto ahora hasta el {day} a las {time}",
        "opens_today": "cerrado — abre hoy a las {time}",
        "opens_tomorrow": "cerrado — abre mañana a las {time}",
        "opens_weekday": "cerrado — abre el {day} a las {time}",
        "opens_date": "cerrado — abre el {date} a las {time}",
        "closed": "cerrado",
        "unknown": "horario no confirmado",
    },
    "pt": {
        "always": "aberto 24 horas por dia",
        "open_until": "aberto agora até às {time}",
        "open_until_day": "aberto agora até {day} às {time}",
        "opens_today": "fechado — abre hoje às {time}",
        "opens_tomorrow": "fechado — abre amanhã às {time}",
        "opens_weekday": "fechado — abre {day} às {time}",
        "opens_date": "fechado — abre {date} às {time}",
        "closed": "fechado",
        "unknown": "horário não confirmado",
    },
    "ar": {
        "always": "مفتوح على مدار الساعة",
        "open_until": "مفتوح الآن حتى {time}",
        "open_until_day": "مفتوح الآن حتى {day} الساعة {time}",
        "opens_today": "مغلق — يفتح اليوم الساعة {time}",
        "opens_tomorrow": "مغلق — يفتح غدًا الساعة {time}",
        "opens_weekday": "مغلق — يفتح يوم {day} الساعة {time}",
        "opens_date": "مغلق — يفتح {date} الساعة {time}",
        "closed": "مغلق",
        "unknown": "ساعات العمل غير مؤكدة",
    },
}

FALLBACK_LANGUAGE = "en"


@dataclass(frozen=True)
class OpeningState:
    """Whether a service is open at a given moment.

    ``opens_at`` is the next opening (only when closed, and only within
    :data:`LOOKAHEAD_DAYS`); ``closes_at`` is when the current open period
    ends (only when open; ``None`` for a 24/7 service).  Both are
    timezone-aware and in the service's timezone.
    """

    status: Status
    opens_at: dt.datetime | None = None
    closes_at: dt.datetime | None = None

    @property
    def always_open(self) -> bool:
        """True for a service open around the clock (open, with no closing time)."""
        return self.status == "open" and self.closes_at is None


UNKNOWN = OpeningState("unknown")
ALWAYS_OPEN = OpeningState("open")


class _BadSchedule(ValueError):
    """The weekly schedule cannot be read; the hours are then unknown."""


def opening_state(hours: Hours | None, now: dt.datetime, closed_days: frozenset[dt.date] = frozenset()) -> OpeningState:
    """Say whether a service with these ``hours`` is open at ``now``.

    ``now`` must be timezone-aware (any zone).  ``closed_days`` are dates, local
    to the service, on which it does not open at all (public holidays); a slot
    that opened the evening before still runs past midnight into such a day.
    A 24/7 service is open; no weekly schedule, an unreadable one, or no or an
    unknown timezone gives ``unknown``.  The next opening is searched for at
    most :data:`LOOKAHEAD_DAYS` days ahead.
    """
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be timezone-aware")
    if hours is None:
        return UNKNOWN
    if hours.always:
        return ALWAYS_OPEN
    if not hours.weekly or not hours.timezone:
        return UNKNOWN
    try:
        zone = ZoneInfo(hours.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        return UNKNOWN

    now_utc = now.astimezone(dt.UTC)
    today = now_utc.astimezone(zone).date()
    # From yesterday (a slot past midnight may still be running) to the end of the look-ahead.
    first, last = today - dt.timedelta(days=1), today + dt.timedelta(days=LOOKAHEAD_DAYS)
    try:
        periods = _open_periods(hours.weekly, zone, first, last, closed_days)
    except _BadSchedule:
        return UNKNOWN
    if periods is None:
        return UNKNOWN

    horizon = now_utc + dt.timedelta(days=LOOKAHEAD_DAYS)
    for start, end in periods:
        if start <= now_utc < end:
            # Still open at the end of everything looked at: no closing time is known.
            closes_at = None if end >= _utc(last + dt.timedelta(days=1), dt.time(), zone) else end.astimezone(zone)
            return OpeningState("open", closes_at=closes_at)
        if now_utc < start <= horizon:
            return OpeningState("closed", opens_at=start.astimezone(zone))
    return OpeningState("closed")


def describe_state(state: OpeningState, locale: str, now: dt.datetime) -> str:
    """Describe ``state`` in a few plain words for a user speaking ``locale``.

    Times and day names are formatted by Babel for ``locale`` and shown in the
    service's timezone (the zone of ``opens_at`` / ``closes_at``).  "Today" and
    "tomorrow" are judged by the service's local date at ``now``.  An unknown or
    unparsable locale falls back to English.
    """
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be timezone-aware")
    babel_locale = _locale(locale)
    phrases = {**PHRASES[FALLBACK_LANGUAGE], **PHRASES.get(babel_locale.language, {})}

    if state.status == "unknown":
        return phrases["unknown"]
    if state.status == "open":
        if state.closes_at is None:
            return phrases["always"]
        closes_at = state.closes_at
        if closes_at.astimezone(dt.UTC) - now.astimezone(dt.UTC) < dt.timedelta(days=1):
            return phrases["open_until"].format(time=_time(closes_at, babel_locale))
        return phrases["open_until_day"].format(
            day=_day(closes_at, now, babel_locale), time=_time(closes_at, babel_locale)
        )

    opens_at = state.opens_at
    if opens_at is None:
        return phrases["closed"]
    time = _time(opens_at, babel_locale)
    days_ahead = (opens_at.date() - now.astimezone(opens_at.tzinfo).date()).days
    if days_ahead <= 0:
        return phrases["opens_today"].format(time=time)
    if days_ahead == 1:
        return phrases["opens_tomorrow"].format(time=time)
    if days_ahead < 7:
        return phrases["opens_weekday"].format(day=_day_name(opens_at, babel_locale), time=time)
    return phrases["opens_date"].format(date=_date(opens_at, babel_locale), time=time)


# --- schedule ---------------------------------------------------------------


def _open_periods(
    weekly: dict[str, list[list[str]]],
    zone: ZoneInfo,
    first: dt.date,
    last: dt.date,
    closed_days: frozenset[dt.date],
) -> list[tuple[dt.datetime, dt.datetime]] | None:
    """Open periods (UTC start, UTC end) of the slots starting ``first``..``last``, merged and sorted.

    Returns ``None`` when the schedule holds no slot at all (nothing to go on).
    Raises :class:`_BadSchedule` when a key or time cannot be read.
    """
    unknown_days = set(weekly) - set(WEEKDAYS)
    if unknown_days:
        raise _BadSchedule(f"unknown weekday keys: {sorted(unknown_days)}")
    try:
        slots = {day: [_slot(slot) for slot in weekly.get(day) or []] for day in WEEKDAYS}
    except TypeError as error:
        raise _BadSchedule(f"unreadable weekly schedule: {weekly!r}") from error
    if not any(slots.values()):
        return None

    periods: list[tuple[dt.datetime, dt.datetime]] = []
    day = first
    while day <= last:
        if day not in closed_days:
            for opens, closes, next_day in slots[WEEKDAYS[day.weekday()]]:
                start = _utc(day, opens, zone)
                end = _utc(day + dt.timedelta(days=next_day), closes, zone)
                if end > start:  # a slot swallowed whole by a DST gap is skipped
                    periods.append((start, end))
        day += dt.timedelta(days=1)

    merged: list[tuple[dt.datetime, dt.datetime]] = []
    for start, end in sorted(periods):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _slot(slot: list[str]) -> tuple[dt.time, dt.time, int]:
    """Read ``["HH:MM", "HH:MM"]`` as (opens, closes, days after the opening date that it closes)."""
    if len(slot) != 2 or not all(isinstance(part, str) for part in slot):
        raise _BadSchedule(f"a slot needs an opening and a closing time as text: {slot!r}")
    opens = _clock(slot[0])
    if slot[1].strip() == "24:00":
        return opens, dt.time(), 1
    closes = _clock(slot[1])
    return opens, closes, 1 if closes <= opens else 0


def _clock(text: str) -> dt.time:
    try:
        hour, minute = (int(part) for part in text.strip().split(":"))
        return dt.time(hour, minute)
    except (TypeError, ValueError, AttributeError) as error:
        raise _BadSchedule(f"not a time of day: {text!r}") from error


def _utc(day: dt.date, clock: dt.time, zone: ZoneInfo) -> dt.datetime:
    """The instant the wall clock in ``zone`` shows ``clock`` on ``day`` (``fold=0``, see module doc), in UTC."""
    return dt.datetime.combine(day, clock, tzinfo=zone).replace(fold=0).astimezone(dt.UTC)


# --- formatting --------------------------------------------------------------


def _locale(locale: str) -> Locale:
    try:
        return Locale.parse(locale.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError, AttributeError):
        return Locale.parse(FALLBACK_LANGUAGE)


def _time(moment: dt.datetime, locale: Locale) -> str:
    return str(format_time(moment, format="short", tzinfo=moment.tzinfo, locale=locale))


def _day_name(moment: dt.datetime, locale: Locale) -> str:
    return str(get_day_names("wide", context="format", locale=locale)[moment.weekday()])


def _date(moment: dt.datetime, locale: Locale) -> str:
    return str(format_skeleton(DATE_SKELETON, moment, tzinfo=moment.tzinfo, locale=locale))


def _day(moment: dt.datetime, now: dt.datetime, locale: Locale) -> str:
    """A day name within the coming week, a date beyond it."""
    days_ahead = (moment.date() - now.astimezone(moment.tzinfo).date()).days
    return _day_name(moment, locale) if days_ahead < 7 else _date(moment, locale)
