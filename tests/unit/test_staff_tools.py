"""Staff tools beside editing: the reply preview, the answers view, catalog reloading, the import page."""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import re
import shutil
import zoneinfo
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.i18n import catalogs, tools
from bot.staff.answers import answers, coverage
from bot.staff.preview import preview, situations
from tests.staff_helpers import Staff, csrf_of, make_staff, sqlite_url

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")


def _texts(messages: list[dict[str, object]]) -> str:
    return "\n".join(str(m.get("text") or "") for m in messages)


def test_the_preview_of_a_disclosure_gives_the_emergency_number_the_helpline_and_removal_routes() -> None:
    messages = asyncio.run(preview("report_fake_image_of_me", "GB", "child", "en"))
    text = _texts(messages)
    assert "999" in text and "0800" in text and "1111" in text
    assert "Report Remove" in text or "Take It Down" in text
    assert all(m["dir"] == "ltr" for m in messages)


def test_the_preview_speaks_the_chosen_language_and_marks_arabic_right_to_left() -> None:
    spanish = asyncio.run(preview("ask_what_is_deepfake", "ES", "teen", "es"))
    english = asyncio.run(preview("ask_what_is_deepfake", "ES", "teen", "en"))
    assert _texts(spanish) != _texts(english)
    arabic = asyncio.run(preview("in_danger", "EG", None, "ar"))
    assert arabic and all(m["dir"] == "rtl" for m in arabic if m.get("text"))


def test_the_preview_shows_opening_hours_at_the_chosen_time() -> None:
    open_time = dt.datetime(2026, 11, 23, 15, 0, tzinfo=BERLIN)  # a Monday afternoon
    closed_time = dt.datetime(2026, 11, 22, 3, 0, tzinfo=BERLIN)  # a Sunday night
    when_open = _texts(asyncio.run(preview("ask_helpline", "DE", "teen", "en", open_time)))
    when_closed = _texts(asyncio.run(preview("ask_helpline", "DE", "teen", "en", closed_time)))
    assert "116" in when_open and when_open != when_closed
    assert re.search(r"open now", when_open, re.I) and re.search(r"closed", when_closed, re.I)


def test_every_situation_a_rule_answers_can_be_previewed() -> None:
    assert {"in_danger", "self_harm", "report_sextortion", "ask_helpline", "greet"} <= set(situations())
    for intent in situations():
        assert asyncio.run(preview(intent, "GB", "parent", "en")), intent


def test_the_answers_view_lists_every_variant_in_every_language_with_full_coverage() -> None:
    rows = answers()
    variants = {row.context for row in rows}
    assert "utter_what_is_deepfake|audience=child" in variants and "utter_what_is_deepfake|default" in variants
    assert all(set(row.translations) == {"es", "fr", "de", "pt", "ar"} for row in rows)
    assert not [row.context for row in rows if row.flags], "catalogs are complete (lantern i18n check)"
    assert all(share == 1.0 and problems == 0 for share, problems in coverage().values())


def test_the_running_bot_picks_up_recompiled_catalogs_without_a_restart(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    locales = tmp_path / "locales"
    shutil.copytree(catalogs.LOCALES_DIR, locales)
    monkeypatch.setattr(catalogs, "LOCALES_DIR", locales)
    monkeypatch.setattr(catalogs, "RELOAD_CHECK_SECONDS", 0.0)
    monkeypatch.setattr(catalogs, "_translator", None)
    first = catalogs.translator()
    assert catalogs.translator() is first, "unchanged catalogs are not reloaded"
    context, english = "utter_greet|default", dict(catalogs.domain_messages())["utter_greet|default"]
    po = tools.po_path("es", locales)
    catalog = tools._read(po, "es")
    catalog.get(english, context=context).string = "¡Hola! Texto cambiado por el equipo."
    tools._write(po, catalog)
    tools.compile_catalogs(locales)
    mo = po.with_suffix(".mo")
    later = mo.stat().st_mtime + 5
    os.utime(mo, (later, later))
    assert catalogs.translator().translate(context, english, "es") == "¡Hola! Texto cambiado por el equipo."


@pytest.fixture
def staff(tmp_path: Path) -> Iterator[Staff]:
    made = make_staff(sqlite_url(tmp_path))
    yield made
    made.engine.dispose()


def test_the_import_page_names_the_row_of_an_invalid_number_and_writes_nothing(staff: Staff) -> None:
    publisher = staff.client("publisher")
    exported = publisher.get("/admin/export.csv?country=GB").content.decode("utf-8-sig")
    lines = exported.splitlines()
    row = next(i for i, line in enumerate(lines) if "childline-gb" in line and "0800 1111" in line)
    lines[row] = lines[row].replace("0800 1111", "0800 12")
    checked = publisher.post(
        "/admin/import",
        data={"csrf": csrf_of(publisher), "country": "GB"},
        files={"file": ("gb.csv", "\n".join(lines).encode(), "text/csv")},
    )
    assert checked.status_code == 422
    assert re.search(rf"<td>row {row + 1}</td><td>contact</td><td>[^<]*0800 12", checked.text)
    assert "Apply the import" not in checked.text
    assert "0800 1111" in publisher.get("/admin/services/childline-gb").text


def test_the_import_page_shows_the_changes_then_applies_exactly_the_reviewed_file(staff: Staff) -> None:
    publisher = staff.client("publisher")
    exported = publisher.get("/admin/export.csv?country=GB").content.decode("utf-8-sig")
    changed = exported.replace("0800 1111", "0808 800 5000")
    checked = publisher.post(
        "/admin/import",
        data={"csrf": csrf_of(publisher), "country": "GB"},
        files={"file": ("gb.csv", changed.encode(), "text/csv")},
    )
    assert checked.status_code == 200 and "0808 800 5000" in checked.text
    hidden = dict(re.findall(r'<input type="hidden" name="(\w+)" value="([^"]*)"', checked.text))
    applied = publisher.post("/admin/import/apply", data=dict(hidden, publish="1"))
    assert applied.status_code == 303
    assert "0808 800 5000" in publisher.get("/admin/services/childline-gb").text
    tampered = dict(hidden, digest="0" * 64)
    assert publisher.post("/admin/import/apply", data=tampered).status_code == 422
