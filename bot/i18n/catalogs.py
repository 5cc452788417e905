"""Translation catalogs: extract English text, check translations, translate at run time.

``msgctxt`` says where a text is used: ``utter_greet|default`` for a response
variant (``utter_x|audience=child`` for a conditional one),
``utter_greet|default|button`` for a button title, ``code`` for sentences
that actions build (marked with :func:`bot.i18n.catalogs.gettext_noop`
wrappers ``_()`` in ``bot/``).  Babel's message tools read and write the
``.po``/``.mo`` files; :class:`Translator` serves them and counts fallbacks.
"""

from __future__ import annotations

import gettext
import re
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextvars import ContextVar
from pathlib import Path
from typing import Any

import yaml
from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir

from bot.i18n import SUPPORTED_LANGUAGES
from bot.settings import PROJECT_ROOT

LOCALES_DIR = PROJECT_ROOT / "locales"
DOMAIN_FILE = PROJECT_ROOT / "domain.yml"
CODE_CONTEXT = "code"
_PLACEHOLDER = re.compile(r"\{(\w+)\}")

#: The language of the conversation being answered (set by actions and the NLG).
current_language: ContextVar[str] = ContextVar("current_language", default="en")


def variant_key(variation: dict[str, Any]) -> str:
    """'default', or the condition as 'audience=child' (several joined with '&')."""
    conditions = variation.get("condition") or []
    if not conditions:
        return "default"
    return "&".join(f"{c.get('name')}={c.get('value')}" for c in conditions)


def domain_messages(domain_file: Path = DOMAIN_FILE) -> Iterator[tuple[str, str]]:
    """(msgctxt, English text) for every response variant and button title in the domain."""
    domain = yaml.safe_load(domain_file.read_text(encoding="utf-8"))
    for name, variations in sorted((domain.get("responses") or {}).items()):
        for variation in variations:
            key = variant_key(variation)
            if variation.get("text"):
                yield f"{name}|{key}", variation["text"]
            for button in variation.get("buttons") or ():
                yield f"{name}|{key}|button", button["title"]


def code_messages(root: Path = PROJECT_ROOT / "bot") -> Iterator[tuple[str, str]]:
    """Sentences in Lantern's code wrapped in ``_()``."""
    for _filename, _lineno, message, _comments, _context in extract_from_dir(
        str(root), method_map=[("**.py", "python")], keywords={"_": None, "N_": None}
    ):
        if isinstance(message, str):
            yield CODE_CONTEXT, message


def build_template() -> Catalog:
    """The template catalog (messages.pot) of all English text."""
    catalog = Catalog(project="Lantern", charset="utf-8", fuzzy=False)
    for context, text in [*domain_messages(), *code_messages()]:
        catalog.add(text, context=context)
    return catalog


def placeholders(text: str) -> set[str]:
    return set(_PLACEHOLDER.findall(text))


class Translator:
    """Compiled catalogs for every supported language; English is the fallback."""

    def __init__(self, locales_dir: Path = LOCALES_DIR) -> None:
        self._catalogs: dict[str, gettext.NullTranslations] = {}
        for language in SUPPORTED_LANGUAGES[1:]:
            mo = locales_dir / language / "LC_MESSAGES" / "messages.mo"
            if mo.exists():
                with mo.open("rb") as handle:
                    self._catalogs[language] = gettext.GNUTranslations(handle)
        self.fallbacks: Counter[str] = Counter()
        self._lock = threading.Lock()

    def translate(self, context: str, text: str, language: str | None) -> str:
        if not language or language == "en" or not text:
            return text
        catalog = self._catalogs.get(language)
        translated = catalog.pgettext(context, text) if catalog else text
        if translated == text:
            with self._lock:
                self.fallbacks[language] += 1
        return translated


_translator: Translator | None = None
_signature: tuple[float, ...] = ()
_checked_at = 0.0
#: How often (seconds) the running bot looks for recompiled catalogs (``lantern i18n reload``).
RELOAD_CHECK_SECONDS = 2.0


def catalog_signature(locales_dir: Path | None = None) -> tuple[float, ...]:
    """The modification times of the compiled catalogs; it changes when they are rebuilt."""
    locales_dir = locales_dir or LOCALES_DIR
    files = (locales_dir / language / "LC_MESSAGES" / "messages.mo" for language in SUPPORTED_LANGUAGES[1:])
    return tuple(path.stat().st_mtime if path.exists() else 0.0 for path in files)


def translator() -> Translator:
    """The loaded catalogs, reloaded when the ``.mo`` files change (checked every few seconds, no restart)."""
    global _translator, _signature, _checked_at
    now = time.monotonic()
    if _translator is None or now - _checked_at >= RELOAD_CHECK_SECONDS:
        _checked_at = now
        signature = catalog_signature()
        if _translator is None or signature != _signature:
            _translator, _signature = Translator(LOCALES_DIR), signature
    return _translator


def N_(text: str) -> str:
    """Mark a text for the catalogs where it is written; it is translated later, where it is shown, with ``_``."""
    return text


def _(text: str) -> str:
    """Translate a sentence built by Lantern's code into the current conversation's language."""
    return translator().translate(CODE_CONTEXT, text, current_language.get())
