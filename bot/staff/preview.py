"""The staff preview: the reply the bot gives in a situation, for a country, audience and language, at a chosen time.

It uses the bot's own code path after understanding: the rule in
``data/rules.yml`` that answers the situation's intent gives the actions in
order; ``utter_*`` responses are rendered by Lantern's NLG (:mod:`bot.nlg`,
audience variant → translation → placeholders) and custom actions run
through rasa_sdk's executor exactly as the Rasa server calls them, reading
the published directory; each message is then shaped as the widget channel
shapes it (text direction, isolated digit runs).  The chosen time replaces
"now" for the opening-hours checks.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from rasa_sdk.executor import ActionExecutor

from bot.channels.widget import widget_message
from bot.directory.cards import clock_override
from bot.i18n.catalogs import DOMAIN_FILE, current_language
from bot.settings import PROJECT_ROOT

RULES_FILE = PROJECT_ROOT / "data" / "rules.yml"


@dataclass(frozen=True)
class Situation:
    intent: str
    actions: tuple[str, ...]


@lru_cache(maxsize=2)
def situations(rules_file: Path = RULES_FILE) -> dict[str, Situation]:
    """Every intent a rule answers on its own (first step an intent, no conditions), with its actions."""
    found: dict[str, Situation] = {}
    for rule in (yaml.safe_load(rules_file.read_text(encoding="utf-8")) or {}).get("rules") or ():
        steps = rule.get("steps") or []
        if rule.get("condition") or not steps or "intent" not in steps[0]:
            continue
        actions = tuple(step["action"] for step in steps[1:] if "action" in step)
        if len(actions) == len(steps) - 1 and steps[0]["intent"] not in found:
            found[steps[0]["intent"]] = Situation(steps[0]["intent"], actions)
    return found


@lru_cache(maxsize=1)
def _domain() -> dict[str, Any]:
    domain: dict[str, Any] = yaml.safe_load(DOMAIN_FILE.read_text(encoding="utf-8"))
    return domain


def _nlg() -> Any:
    from bot.nlg import LanternNLG

    return LanternNLG(responses=_domain().get("responses") or {})


def _slots(country: str | None, audience: str | None, language: str) -> dict[str, Any]:
    slots: dict[str, Any] = {name: None for name in (_domain().get("slots") or {})}
    slots.update(country=country, audience=audience, language=language)
    return slots


def _tracker(intent: str, slots: dict[str, Any]) -> dict[str, Any]:
    return {
        "sender_id": "staff-preview",
        "slots": slots,
        "latest_message": {"text": "", "intent": {"name": intent, "confidence": 1.0}, "entities": []},
        "events": [],
        "paused": False,
        "followup_action": None,
        "active_loop": {},
        "latest_action_name": "action_listen",
    }


_executor: ActionExecutor | None = None


def executor() -> ActionExecutor:
    global _executor
    if _executor is None:
        _executor = ActionExecutor()
        _executor.register_package("actions")
    return _executor


async def preview(
    intent: str, country: str | None, audience: str | None, language: str, at: dt.datetime | None = None
) -> list[dict[str, Any]]:
    """The widget messages the bot would send for ``intent`` with these slots, at ``at`` (default now)."""
    situation = situations().get(intent)
    if situation is None:
        raise KeyError(intent)
    slots = _slots(country, audience, language)
    nlg = _nlg()
    messages: list[dict[str, Any]] = []
    clock = clock_override.set(at.astimezone(dt.UTC) if at else None)
    language_token = current_language.set(language)
    try:
        for action in situation.actions:
            if action.startswith("utter_"):
                rendered = nlg.generate_from_slots(action, slots, "widget")
                produced = [rendered] if rendered else []
            else:
                call = {
                    "next_action": action,
                    "sender_id": "staff-preview",
                    "tracker": _tracker(intent, slots),
                    "domain": _domain(),
                    "version": "3.6.2",
                }
                result = await executor().run(call) or {}
                produced = [_sdk_message(r) for r in result.get("responses") or ()]
            messages.extend(m for m in (widget_message(p) for p in produced) if m)
    finally:
        clock_override.reset(clock)
        current_language.reset(language_token)
    return messages


def _sdk_message(response: dict[str, Any]) -> dict[str, Any]:
    """rasa_sdk names the card ``custom``; Rasa passes it to the channel as ``custom``."""
    return {"text": response.get("text"), "buttons": response.get("buttons"), "custom": response.get("custom")}
