"""Insight without surveillance: events become per-day counts that hold no text and no sender id.

Counting is checked event by event; writing on SQLite and PostgreSQL (both
upserts, and concurrent writers); the broker as Rasa loads and feeds it
(never raising, even with the database gone); and the report and its chart.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from bot.directory.db import upgrade
from bot.insight.broker import CounterBroker
from bot.insight.counters import CounterBuffer, Increment, event_day, increments, known_intents, write_counts
from bot.insight.models import METRICS, InsightCount
from bot.insight.report import last_days, svg_chart
from bot.settings import PROJECT_ROOT

POSTGRES = "postgresql://postgres@127.0.0.1:5432/test"
SENDER = "c0ffee-sender-7f3a9b21d4"
NOON = datetime(2026, 11, 20, 12, 0, tzinfo=UTC).timestamp()
DAY = date(2026, 11, 20)
SECRET_TEXT = "my teacher Mr Hollingsworth shared a fake nude of me at Riverside Academy"
FALLBACK_TEXT = "zorblax quintessence wobbleberry"
#: Words of the messages that no intent, code or key contains.
SECRET_WORDS = ("Hollingsworth", "Riverside", "Academy", "teacher", "zorblax", "quintessence", "wobbleberry")
INTENTS = known_intents(PROJECT_ROOT / "domain.yml")


@pytest.fixture
def db_url(db_url: str) -> str:
    """A freshly migrated database (SQLite and PostgreSQL, from tests/conftest.py)."""
    upgrade(db_url)
    return db_url


def _user_event(
    text: str, intent: str, ranking: list[tuple[str, float]] | None = None, entities: list[Any] | None = None
) -> Any:
    """A Rasa ``UserUttered`` as the pipeline leaves it (after the fallback classifier and the safety net)."""
    from rasa.shared.core.events import UserUttered

    ranking = ranking or [(intent, 0.93)]
    parse_data = {
        "intent": {"name": intent, "confidence": ranking[0][1]},
        "intent_ranking": [{"name": name, "confidence": confidence} for name, confidence in ranking],
        "entities": entities or [],
        "text": text,
        "language_detection": {"language": "en", "probability": 0.99},
    }
    return UserUttered(text, parse_data["intent"], parse_data["entities"], parse_data, NOON, "widget", "m-1")


def _user(
    text: str,
    intent: str,
    ranking: list[tuple[str, float]] | None = None,
    entities: list[Any] | None = None,
    **extra: Any,
) -> dict[str, Any]:
    """The same, as the broker receives it."""
    return {"sender_id": SENDER, **_user_event(text, intent, ranking, entities).as_dict(), **extra}


def _conversation() -> list[dict[str, Any]]:
    """One realistic conversation, as Rasa's tracker store hands it to the broker."""
    from rasa.shared.core.events import ActionExecuted, BotUttered, SessionStarted, SlotSet

    def rasa(event: Any) -> dict[str, Any]:
        event.timestamp = NOON
        return {"sender_id": SENDER, **event.as_dict()}

    return [
        rasa(ActionExecuted("action_session_start")),
        rasa(SessionStarted()),
        rasa(SlotSet("session_started_metadata", {"country": "GB", "language": "en", "page": "school.example"})),
        rasa(SlotSet("country", "GB")),
        rasa(SlotSet("language", "en")),
        rasa(ActionExecuted("action_listen")),
        _user("hi", "greet", metadata={"ip": "203.0.113.9"}),
        rasa(ActionExecuted("utter_greet", policy="RulePolicy", confidence=1.0)),
        rasa(BotUttered("Hi, I'm Lantern.")),
        _user(
            SECRET_TEXT,
            "report_fake_image_of_me",
            [("report_fake_image_of_me", 1.0), ("ask_how_to_remove", 0.4)],
            entities=[{"entity": "country", "value": "Riverside Academy", "start": 54, "end": 71}],
        ),
        rasa(ActionExecuted("action_escalate", policy="RulePolicy", confidence=1.0)),
        rasa(SlotSet("country", "gb")),  # not a code: counted as "other"
        rasa(SlotSet("language", "Hollingsworth")),  # free text in a slot: counted as "other"
        rasa(SlotSet("country", None)),  # emptied: not counted
        _user(FALLBACK_TEXT, "nlu_fallback", [("nlu_fallback", 0.45), ("ask_how_to_remove", 0.31), ("greet", 0.2)]),
        rasa(ActionExecuted("utter_fallback", policy="RulePolicy", confidence=1.0)),
        _user(FALLBACK_TEXT, "nlu_fallback", [("nlu_fallback", 0.45)]),
        rasa(ActionExecuted("action_default_fallback")),
    ]


EXPECTED = Counter(
    {
        Increment(DAY, "conversation", "all"): 1,
        Increment(DAY, "country", "GB"): 1,
        Increment(DAY, "country", "other"): 1,
        Increment(DAY, "language", "en"): 1,
        Increment(DAY, "language", "other"): 1,
        Increment(DAY, "intent", "greet"): 1,
        Increment(DAY, "intent", "report_fake_image_of_me"): 1,
        Increment(DAY, "intent", "nlu_fallback"): 2,
        Increment(DAY, "escalation", "all"): 1,
        Increment(DAY, "fallback", "ask_how_to_remove"): 1,
        Increment(DAY, "fallback", "unknown"): 1,
        Increment(DAY, "fallback", "dialogue"): 1,
    }
)


def _counted(events: list[dict[str, Any]]) -> Counter[Increment]:
    found: Counter[Increment] = Counter()
    for event in events:
        found.update(increments(event, INTENTS))
    return found


def _table(url: str) -> Counter[Increment]:
    engine = sa.create_engine(url, future=True)
    try:
        with Session(engine, future=True) as session:
            rows = session.execute(
                sa.select(InsightCount.day, InsightCount.metric, InsightCount.key, InsightCount.count)
            )
            return Counter({Increment(day, metric, key): count for day, metric, key, count in rows})
    finally:
        engine.dispose()


def _every_stored_value(url: str) -> list[str]:
    """Every value of every row of every table, as text."""
    engine = sa.create_engine(url, future=True)
    try:
        metadata = sa.MetaData()
        metadata.reflect(engine)
        with engine.connect() as connection:
            return [
                str(value)
                for table in metadata.sorted_tables
                for row in connection.execute(sa.select(table))
                for value in row
            ]
    finally:
        engine.dispose()


# --------------------------------------------------------------------------- counting


def test_a_conversation_becomes_the_expected_counts() -> None:
    assert _counted(_conversation()) == EXPECTED


def test_counting_reads_no_text_entities_or_metadata() -> None:
    keys = " ".join(increment.key for increment in _counted(_conversation())).lower()
    for word in [*SECRET_WORDS, SENDER, "203.0.113.9", "school.example", "m-1"]:
        assert word.lower() not in keys, word


@pytest.mark.parametrize(
    ("value", "key"),
    [
        ("GB", "GB"),
        ("DE", "DE"),
        ("gb", "other"),
        ("GBR", "other"),
        ("United Kingdom", "other"),
        (7, "other"),
        ("ÄÖ", "other"),
    ],
)
def test_country_keys_are_iso_codes_or_other(value: Any, key: str) -> None:
    assert increments({"event": "slot", "name": "country", "value": value, "timestamp": NOON}) == [
        Increment(DAY, "country", key)
    ]


@pytest.mark.parametrize(
    ("value", "key"), [("ar", "ar"), ("es", "es"), ("EN", "other"), ("tlh", "other"), ("", "other")]
)
def test_language_keys_are_supported_codes_or_other(value: Any, key: str) -> None:
    assert increments({"event": "slot", "name": "language", "value": value, "timestamp": NOON}) == [
        Increment(DAY, "language", key)
    ]


def test_other_slots_and_emptied_slots_are_not_counted() -> None:
    for event in (
        {"event": "slot", "name": "audience", "value": "child"},
        {"event": "slot", "name": "country", "value": None},
        {"event": "slot", "name": ["country"], "value": "GB"},
    ):
        assert increments(event) == []


@pytest.mark.parametrize(
    "name",
    ["my name is Sam and I live at 4 Elm St", "Sam_Smith_4_Elm", "/greet", 'greet{"x": 1}', "x" * 100, 42, None],
)
def test_an_intent_that_is_not_a_known_intent_name_is_counted_as_other(name: Any) -> None:
    event = {"event": "user", "text": "t", "parse_data": {"intent": {"name": name}}, "timestamp": NOON}
    key = increments(event, INTENTS)[0].key
    assert key in {"other", "unknown"}


def test_without_the_domain_any_intent_like_name_counts_but_free_text_does_not() -> None:
    def key(name: str) -> str:
        return increments({"event": "user", "parse_data": {"intent": {"name": name}}})[0].key

    assert key("new_intent_not_in_domain") == "new_intent_not_in_domain"
    assert key("I was hurt by someone") == "other"


def test_malformed_events_count_nothing_and_raise_nothing() -> None:
    malformed: list[Any] = [None, [], "user", {}, {"event": None}, {"event": "bot", "text": "hi"}, {"event": ["user"]}]
    for event in malformed:
        assert increments(event) == []
    assert [i.key for i in increments({"event": "user", "parse_data": "greet"})] == ["unknown"]
    broken_ranking = {"event": "user", "parse_data": {"intent": {"name": "nlu_fallback"}, "intent_ranking": ["x", 3]}}
    assert [i.key for i in increments(broken_ranking)] == ["nlu_fallback", "unknown"]


def test_the_day_is_the_utc_date_of_the_timestamp() -> None:
    late = datetime(2026, 11, 20, 23, 59, 30, tzinfo=UTC).timestamp()
    assert event_day({"timestamp": late}) == DAY
    assert event_day({"timestamp": late + 60}) == DAY + timedelta(days=1)
    now = datetime(2026, 1, 2, 3, 4, tzinfo=UTC).timestamp()
    for bad in (None, "yesterday", float("nan"), float("inf"), -5, 10**400, True, 1e12):
        assert event_day({"timestamp": bad}, now=now) == date(2026, 1, 2)


# --------------------------------------------------------------------------- writing


@pytest.mark.parametrize("portable", [False, True], ids=["on-conflict", "update-then-insert"])
def test_flushes_add_up_and_hold_no_text_or_sender_id(db_url: str, portable: bool) -> None:
    buffer = CounterBuffer(db_url, portable=portable)
    for _ in range(2):  # the second flush updates the rows the first one inserted
        for event in _conversation():
            buffer.add(increments(event, INTENTS))
        assert buffer.flush() == sum(EXPECTED.values())
    buffer.dispose()
    assert _table(db_url) == Counter({increment: 2 * n for increment, n in EXPECTED.items()})
    stored = " ".join(_every_stored_value(db_url)).lower()
    for secret in [SENDER, SECRET_TEXT, FALLBACK_TEXT, "203.0.113.9", "school.example", "riverside", "m-1"]:
        assert secret.lower() not in stored
    for word in SECRET_WORDS:
        assert word.lower() not in stored, word


def test_nothing_pending_means_no_database_access(tmp_path: Path) -> None:
    buffer = CounterBuffer(f"sqlite:///{tmp_path / 'never' / 'created.db'}")
    assert buffer.flush() == 0 and not buffer.due()
    assert not (tmp_path / "never").exists()


def test_concurrent_writers_lose_no_count(db_url: str) -> None:
    rows = {Increment(DAY, "intent", "greet"): 1, Increment(DAY, "country", "GB"): 2}
    engine = sa.create_engine(db_url, future=True, connect_args={"timeout": 30} if "sqlite" in db_url else {})
    errors: list[BaseException] = []

    def writer(portable: bool) -> None:
        try:
            for _ in range(10):
                write_counts(engine, rows, portable=portable)
        except BaseException as error:  # pragma: no cover - reported below
            errors.append(error)

    threads = [threading.Thread(target=writer, args=(index % 2 == 0,)) for index in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    engine.dispose()
    assert not errors
    assert _table(db_url) == Counter({key: 60 * n for key, n in rows.items()})


def test_a_row_another_writer_inserts_meanwhile_is_added_to_not_duplicated(db_url: str) -> None:
    if not db_url.startswith("postgresql"):
        pytest.skip("SQLite lets one writer in at a time, so there is no race to lose")
    engine, other = sa.create_engine(db_url, future=True), sa.create_engine(db_url, future=True)
    row, raced = Increment(DAY, "intent", "greet"), []

    def insert_first(connection: Any, cursor: Any, statement: str, *_: Any) -> None:
        if statement.lstrip().upper().startswith("INSERT") and not raced:
            raced.append(statement)
            write_counts(other, {row: 5})  # commits between our UPDATE (no row yet) and our INSERT

    sa.event.listen(engine, "before_cursor_execute", insert_first)
    write_counts(engine, {row: 1}, portable=True)
    engine.dispose()
    other.dispose()
    assert raced and _table(db_url) == Counter({row: 6})


def test_distinct_keys_are_capped_and_the_excess_counted_as_dropped() -> None:
    buffer = CounterBuffer("sqlite://", max_keys=2)
    buffer.add([Increment(DAY, "country", code) for code in ("GB", "DE", "FR", "GB")])
    assert buffer.pending() == {Increment(DAY, "country", "GB"): 2, Increment(DAY, "country", "DE"): 1}
    assert buffer.dropped == 1


def test_a_failed_flush_keeps_the_counts_for_the_next_one(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'later.db'}"  # no table yet
    buffer = CounterBuffer(url)
    buffer.add(increments({"event": "session_started", "timestamp": NOON}))
    with pytest.raises(sa.exc.OperationalError):
        buffer.flush()
    assert buffer.pending() == {Increment(DAY, "conversation", "all"): 1}
    upgrade(url)
    assert buffer.flush() == 1
    assert _table(url) == Counter({Increment(DAY, "conversation", "all"): 1})


def test_the_buffer_is_due_after_n_events_or_n_seconds() -> None:
    now = [0.0]
    buffer = CounterBuffer("sqlite://", flush_seconds=30, flush_events=3, clock=lambda: now[0])
    one = [Increment(DAY, "conversation", "all")]
    assert not buffer.add(one) and not buffer.add(one) and not buffer.due()
    assert buffer.add(one) and buffer.due()
    buffer = CounterBuffer("sqlite://", flush_seconds=30, flush_events=100, clock=lambda: now[0])
    buffer.add(one)
    now[0] = 29.0
    assert not buffer.due()
    now[0] = 30.0
    assert buffer.due()


# --------------------------------------------------------------------------- the broker


def _wait_for(condition: Callable[[], bool], seconds: float = 5.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return condition()


def test_the_broker_flushes_after_n_events_and_on_close(db_url: str) -> None:
    broker = CounterBroker(url=db_url, flush_seconds=3600, flush_events=len(_conversation()) // 2)
    events = _conversation()
    for event in events:
        broker.publish(event)
    assert _wait_for(lambda: sum(_table(db_url).values()) > 0)  # the thread flushed without being asked
    broker.publish(_user("bye", "goodbye"))
    asyncio.run(broker.close())
    assert _table(db_url) == EXPECTED + Counter({Increment(DAY, "intent", "goodbye"): 1})
    assert not broker._thread.is_alive()


def test_the_broker_flushes_after_n_seconds(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'timed.db'}"
    upgrade(url)
    broker = CounterBroker(url=url, flush_seconds=0.2, flush_events=10_000)
    broker.publish({"event": "session_started", "timestamp": NOON})
    assert _wait_for(lambda: _table(url) == Counter({Increment(DAY, "conversation", "all"): 1}))
    broker.shutdown()


def test_the_broker_swallows_database_errors_and_logs_once(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    url = f"sqlite:///{tmp_path / 'down.db'}"  # no table: every write fails until the migration runs
    broker = CounterBroker(url=url, flush_seconds=3600, flush_events=10_000)
    with caplog.at_level(logging.INFO, logger="bot.insight.broker"):
        for _ in range(3):
            broker.publish({"event": "session_started", "timestamp": NOON, "sender_id": SENDER})
            assert broker.flush() is False
        warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
        assert len(warnings) == 1 and "retrying" in warnings[0].getMessage()
        upgrade(url)
        assert broker.flush() is True
    assert _table(url) == Counter({Increment(DAY, "conversation", "all"): 3})
    assert all(SENDER not in record.getMessage() for record in caplog.records)
    asyncio.run(broker.close())


def test_an_unreachable_database_never_reaches_rasa() -> None:
    broker = CounterBroker(url="postgresql://postgres@127.0.0.1:1/test", flush_seconds=3600, flush_events=1)
    for event in _conversation():
        broker.publish(event)  # each one wakes the flush thread, which fails quietly
    assert broker.flush() is False
    asyncio.run(broker.close())  # the last flush fails too, quietly


def test_publish_never_raises(monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    broker = CounterBroker(url="sqlite://", flush_seconds=3600)

    def broken(*_: Any) -> bool:
        raise RuntimeError(SECRET_TEXT)

    monkeypatch.setattr(broker.buffer, "add", broken)
    with caplog.at_level(logging.ERROR, logger="bot.insight.broker"):
        broker.publish(_user(SECRET_TEXT, "greet"))
        broker.publish(_user(SECRET_TEXT, "greet"))
    assert len(caplog.records) == 1 and SECRET_TEXT not in caplog.text
    broker.shutdown()


def test_rasa_loads_the_broker_from_endpoints_and_feeds_it_through_the_tracker_store(tmp_path: Path) -> None:
    from rasa.core.brokers.broker import EventBroker
    from rasa.core.tracker_store import InMemoryTrackerStore
    from rasa.core.utils import AvailableEndpoints
    from rasa.shared.core.domain import Domain
    from rasa.shared.core.events import ActionExecuted, SlotSet
    from rasa.shared.core.trackers import DialogueStateTracker

    url = f"sqlite:///{tmp_path / 'rasa.db'}"
    upgrade(url)
    endpoints = tmp_path / "endpoints.yml"
    endpoints.write_text(
        "event_broker:\n"
        "  type: bot.insight.broker.CounterBroker\n"
        f"  url: {url}\n"
        "  flush_seconds: 2\n"
        "  flush_events: 50\n"
    )

    async def run() -> CounterBroker:
        broker = await EventBroker.create(AvailableEndpoints.read_endpoints(str(endpoints)).event_broker)
        assert isinstance(broker, CounterBroker)
        assert (broker.buffer.flush_seconds, broker.buffer.flush_events) == (2.0, 50)
        store = InMemoryTrackerStore(Domain.empty(), event_broker=broker)
        tracker = DialogueStateTracker(SENDER, slots=[])
        for event in (
            _user_event(SECRET_TEXT, "in_danger"),
            ActionExecuted("action_escalate"),
            SlotSet("country", "AU"),
        ):
            tracker.update(event)
        await store.save(tracker)
        await broker.close()
        return broker

    asyncio.run(run())
    counts = _table(url)
    today = datetime.now(UTC).date()
    assert counts[Increment(DAY, "intent", "in_danger")] == 1
    assert counts[Increment(today, "escalation", "all")] + counts[Increment(DAY, "escalation", "all")] == 1
    assert sum(n for inc, n in counts.items() if inc.metric == "country" and inc.key == "AU") == 1
    assert SENDER not in " ".join(_every_stored_value(url))


def test_bad_endpoint_settings_fall_back_to_defaults(caplog: pytest.LogCaptureFixture) -> None:
    from rasa.utils.endpoints import EndpointConfig

    config = EndpointConfig(type="bot.insight.broker.CounterBroker", url="sqlite://", flush_seconds="soon", colour=1)
    broker = asyncio.run(CounterBroker.from_endpoint_config(config))
    assert broker is not None and broker.buffer.flush_seconds == 30.0
    assert "flush_seconds" in caplog.text and "colour" in caplog.text
    broker.shutdown()
    assert asyncio.run(CounterBroker.from_endpoint_config(None)) is None


# --------------------------------------------------------------------------- report and chart


def _store(url: str, counts: dict[Increment, int]) -> None:
    engine = sa.create_engine(url, future=True)
    write_counts(engine, counts)
    engine.dispose()


def test_the_report_fills_missing_days_with_zero_and_ranks_keys(db_url: str) -> None:
    today = date(2026, 11, 30)
    _store(
        db_url,
        {
            Increment(today, "fallback", "ask_how_to_remove"): 3,
            Increment(today - timedelta(days=2), "fallback", "greet"): 1,
            Increment(today - timedelta(days=2), "fallback", "ask_how_to_remove"): 2,
            Increment(today - timedelta(days=29), "intent", "greet"): 4,
            Increment(today - timedelta(days=30), "intent", "greet"): 100,  # one day too old
            Increment(today + timedelta(days=1), "intent", "greet"): 100,  # tomorrow
        },
    )
    engine = sa.create_engine(db_url, future=True)
    with Session(engine, future=True) as session:
        report = last_days(session, today=today)
    engine.dispose()
    assert len(report.days) == 30 and report.start == today - timedelta(days=29) and report.end == today
    assert set(report.metrics) == set(METRICS)
    fallback = report["fallback"]
    assert fallback.daily[-1] == 3 and fallback.daily[-3] == 3 and fallback.daily.count(0) == 28
    assert fallback.keys == (("ask_how_to_remove", 5), ("greet", 1)) and fallback.total == 6
    assert report["intent"].daily == (4,) + (0,) * 29 and report["intent"].top(1) == (("greet", 4),)
    assert report["conversation"].daily == (0,) * 30 and report["conversation"].keys == ()


def test_the_report_refuses_a_silly_period() -> None:
    with pytest.raises(ValueError):
        last_days(Session(), days=0)


def _report(daily: list[int]) -> Any:
    from bot.insight.report import InsightReport, MetricSeries

    days = tuple(date(2026, 11, 1) + timedelta(days=i) for i in range(len(daily)))
    series = {m: MetricSeries(m, days, tuple(daily if m == "escalation" else [0] * len(daily)), ()) for m in METRICS}
    return InsightReport(days=days, metrics=series)


def test_the_chart_is_an_accessible_svg_with_escaped_text() -> None:
    report = _report([0] * 28 + [2, 5])
    svg = svg_chart(report, "escalation", title='Escalations <script>alert("x")</script> & more')
    root = ET.fromstring(svg)  # well-formed
    ns = "{http://www.w3.org/2000/svg}"
    assert root.get("role") == "img"
    title, desc = root.find(f"{ns}title"), root.find(f"{ns}desc")
    assert title is not None and title.text == 'Escalations <script>alert("x")</script> & more'
    assert desc is not None and "7 in all" in (desc.text or "") and "2026-11-30 (5)" in (desc.text or "")
    assert root.get("aria-labelledby") == "insight-escalation-title insight-escalation-desc"
    assert "<script" not in svg and "&lt;script&gt;" in svg and "&amp; more" in svg
    assert not root.findall(f".//{ns}script") and "href" not in svg and "on" + "load" not in svg
    bars = root.findall(f".//{ns}rect")
    assert len(bars) == 30
    heights = [float(bar.get("height") or 0) for bar in bars]
    assert heights[-1] > heights[-2] > 0 and heights[:28] == [0.0] * 28


def test_the_chart_of_an_empty_period_says_so() -> None:
    svg = svg_chart(_report([0] * 30), "fallback")
    assert "none recorded" in svg and "Messages not understood" in svg
    with pytest.raises(ValueError):
        svg_chart(_report([0] * 30), "sender_id")
