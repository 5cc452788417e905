"""Catalog maintenance with Babel's message tools: ``lantern i18n extract|update|compile|check``.

``extract`` writes ``locales/messages.pot`` from the domain and the code;
``update`` merges it into each ``locales/<lang>/LC_MESSAGES/messages.po``;
``compile`` writes the ``.mo`` files the bot loads (built by ``make``, never
committed); ``check`` fails on a missing, fuzzy or stale entry or a
placeholder that differs from the English one, and prints coverage.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

from bot.i18n import SUPPORTED_LANGUAGES
from bot.i18n.catalogs import LOCALES_DIR, build_template, placeholders

TRANSLATED = SUPPORTED_LANGUAGES[1:]


def po_path(language: str, locales_dir: Path = LOCALES_DIR) -> Path:
    return locales_dir / language / "LC_MESSAGES" / "messages.po"


def _read(path: Path, language: str) -> Catalog:
    with path.open("rb") as handle:
        return read_po(handle, locale=language)


def _write(path: Path, catalog: Catalog) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        write_po(handle, catalog, width=0, sort_output=True, omit_header=False)


def extract(locales_dir: Path = LOCALES_DIR) -> int:
    template = build_template()
    _write(locales_dir / "messages.pot", template)
    return len(template)


def update(locales_dir: Path = LOCALES_DIR) -> None:
    template = build_template()
    for language in TRANSLATED:
        path = po_path(language, locales_dir)
        catalog = _read(path, language) if path.exists() else Catalog(locale=language, project="Lantern")
        catalog.update(template, no_fuzzy_matching=True)
        catalog.obsolete.clear()
        _write(path, catalog)


def compile_catalogs(locales_dir: Path = LOCALES_DIR) -> list[Path]:
    written = []
    for language in TRANSLATED:
        path = po_path(language, locales_dir)
        if not path.exists():
            continue
        mo = path.with_suffix(".mo")
        with mo.open("wb") as handle:
            write_mo(handle, _read(path, language), use_fuzzy=False)
        written.append(mo)
    return written


@dataclass
class Report:
    language: str
    total: int = 0
    translated: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def coverage(self) -> float:
        return self.translated / self.total if self.total else 0.0


def check(locales_dir: Path = LOCALES_DIR) -> list[Report]:
    template = build_template()
    wanted = {(m.context, m.id) for m in template if m.id}
    reports = []
    for language in TRANSLATED:
        report = Report(language, total=len(wanted))
        path = po_path(language, locales_dir)
        if not path.exists():
            report.problems.append(f"{path} is missing")
            reports.append(report)
            continue
        catalog = _read(path, language)
        found = {(m.context, m.id): m for m in catalog if m.id}
        for key in sorted(wanted, key=str):
            message = found.get(key)
            where = f"{key[0]}: {str(key[1])[:50]!r}"
            if message is None or not message.string:
                report.problems.append(f"missing {where}")
            elif message.fuzzy:
                report.problems.append(f"fuzzy {where}")
            elif placeholders(str(message.string)) != placeholders(str(key[1])):
                report.problems.append(f"placeholders differ {where}")
            else:
                report.translated += 1
        report.problems += [f"stale {k[0]}: {str(k[1])[:50]!r}" for k in sorted(set(found) - wanted, key=str)]
        reports.append(report)
    return reports
