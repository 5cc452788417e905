"""Every text the bot says, in every language and audience variant, with its translation state.

Read-only: wording changes go through the catalogs (README, "Changing what
the bot says"): English in ``domain.yml``, translations in
``locales/<lang>/LC_MESSAGES/messages.po``, then ``lantern i18n reload``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from bot.i18n.catalogs import LOCALES_DIR, domain_messages, placeholders
from bot.i18n.tools import TRANSLATED, _read, check, po_path


@dataclass
class Answer:
    """One response variant (``utter_x|audience=child``) or button, in English and each language."""

    context: str
    english: str
    translations: dict[str, str | None] = field(default_factory=dict)
    flags: dict[str, str] = field(default_factory=dict)

    @property
    def response(self) -> str:
        return self.context.split("|", 1)[0]

    @property
    def variant(self) -> str:
        return self.context.split("|", 1)[1] if "|" in self.context else "default"


def answers(locales_dir: Path = LOCALES_DIR) -> list[Answer]:
    """Every domain text with each language's translation and a flag: missing, fuzzy or placeholders differ."""
    catalogs = {}
    for language in TRANSLATED:
        path = po_path(language, locales_dir)
        if path.exists():
            catalogs[language] = {(m.context, m.id): m for m in _read(path, language) if m.id}
    rows = []
    for context, english in domain_messages():
        row = Answer(context, english)
        for language in TRANSLATED:
            message = catalogs.get(language, {}).get((context, english))
            text = str(message.string) if message is not None and message.string else None
            row.translations[language] = text
            if text is None:
                row.flags[language] = "missing"
            elif message is not None and message.fuzzy:
                row.flags[language] = "fuzzy"
            elif placeholders(text) != placeholders(english):
                row.flags[language] = "placeholders differ"
        rows.append(row)
    return rows


def coverage(locales_dir: Path = LOCALES_DIR) -> dict[str, tuple[float, int]]:
    """Per language: (share translated, number of problems including stale entries)."""
    return {report.language: (report.coverage, len(report.problems)) for report in check(locales_dir)}
