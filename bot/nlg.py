"""Lantern's NLG, inside the Rasa process: pick the audience variant, translate it, fill it.

Rasa's templated generator picks the response variant whose conditions match
the slots (the ``audience`` variants in ``domain.yml``).  This subclass then
translates the variant's text and button titles into the conversation's
``language`` from the compiled catalogs in ``locales/`` (msgctxt = response
name and variant), and only then fills the placeholders.  A missing
translation falls back to English and is counted.  Configured in
``endpoints.yml`` as ``nlg: type: bot.nlg.LanternNLG``.
"""

from __future__ import annotations

import copy
from typing import Any

from rasa.core.nlg.response import TemplatedNaturalLanguageGenerator

from bot.i18n.catalogs import Translator, translator, variant_key


def translate_response(response: dict[str, Any], name: str, language: str | None, catalogs: Translator) -> None:
    """Translate a chosen response variant in place."""
    key = variant_key(response)
    if response.get("text"):
        response["text"] = catalogs.translate(f"{name}|{key}", response["text"], language)
    for button in response.get("buttons") or ():
        button["title"] = catalogs.translate(f"{name}|{key}|button", button["title"], language)


class LanternNLG(TemplatedNaturalLanguageGenerator):  # type: ignore[misc]
    """Templated responses, translated for the conversation's language."""

    def __init__(self, domain: Any = None, responses: dict[str, list[dict[str, Any]]] | None = None, **_: Any) -> None:
        super().__init__(responses if responses is not None else domain.responses)

    def generate_from_slots(
        self, utter_action: str, filled_slots: dict[str, Any], output_channel: str, **kwargs: Any
    ) -> dict[str, Any] | None:
        chosen = self._random_response_for(utter_action, output_channel, filled_slots)
        if chosen is None:
            return None
        response: dict[str, Any] = copy.deepcopy(chosen)
        translate_response(response, utter_action, filled_slots.get("language"), translator())
        filled: dict[str, Any] = self._fill_response(response, filled_slots, **kwargs)
        return filled
