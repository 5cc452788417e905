"""Turn directory records into what a user sees: a line of text and a card.

A card is the message a client renders as a helpline card: plain text for
clients that only show text, plus a ``custom`` payload with the structured
facts (contact links, hours, source and verified-on date).  Numbers are shown
exactly as the source writes them; ``phonenumbers`` only builds the ``tel:``
link, and short codes (116 111, 119, 1098 …) stay as dialled locally.
"""

from __future__ import annotations

import datetime as dt
import re
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from typing import Any

import phonenumbers

from bot.directory.catalog import Contact, Country, EmergencyNumber, Service
from bot.directory.hours import OpeningState, describe_state, opening_state
from bot.i18n.catalogs import N_, _, current_language


@dataclass(frozen=True)
class Reply:
    """One bot message produced by Lantern's own code (not a domain response)."""

    text: str
    buttons: tuple[dict[str, str], ...] = ()
    custom: dict[str, Any] | None = None


@dataclass
class Replies:
    """An ordered list of replies, built up step by step."""

    items: list[Reply] = field(default_factory=list)

    def add(self, text: str, buttons: tuple[dict[str, str], ...] = (), custom: dict[str, Any] | None = None) -> None:
        self.items.append(Reply(text=text, buttons=buttons, custom=custom))


def tel_link(number: str, country_code: str | None) -> str:
    """A ``tel:`` link: E.164 for a valid full number, local digits for a short code."""
    digits = re.sub(r"[^\d+#*]", "", number)
    if country_code:
        try:
            parsed = phonenumbers.parse(number, country_code.upper())
        except phonenumbers.NumberParseException:
            return f"tel:{digits}"
        if phonenumbers.is_valid_number(parsed):
            return "tel:" + phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    return f"tel:{digits}"


def international(number: str, country_code: str | None) -> str | None:
    """The number as dialled from abroad (+44 800 1111), or None for a short code or an invalid number."""
    if not country_code:
        return None
    try:
        parsed = phonenumbers.parse(number, country_code.upper())
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(parsed):
        return None
    return str(phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL))


def _host(url: str) -> str:
    return re.sub(r"^https?://(www\.)?", "", url).rstrip("/")


def contact_text(contact: Contact) -> str:
    """How one contact is said in a sentence ("call 0800 1111")."""
    if contact.kind == "phone":
        alias = f" ({contact.display_alias})" if contact.display_alias else ""
        return _("call {number}").format(number=contact.value) + alias
    if contact.kind == "sms":
        word = re.match(r"text (\S+)", contact.instructions or "")
        if word:
            return _("text {word} to {number}").format(word=word.group(1), number=contact.value)
        return _("text {number}").format(number=contact.value)
    if contact.kind == "whatsapp":
        return _("WhatsApp {number}").format(number=contact.value)
    if contact.kind == "web_chat":
        return _("chat online at {site}").format(site=_host(contact.value))
    return f"{contact.kind.replace('_', ' ')} {contact.value}"


#: A moment that replaces "now" for this context (the staff preview at a chosen time).
clock_override: ContextVar[dt.datetime | None] = ContextVar("clock_override", default=None)


def current_time() -> dt.datetime:
    """This moment in UTC, or the preview's chosen moment (tests replace it to freeze time)."""
    return clock_override.get() or dt.datetime.now(dt.UTC)


def state_of(service: Service, now: dt.datetime | None = None) -> OpeningState:
    """Whether the service is open at ``now`` (default: this moment)."""
    hours = service.hours
    return opening_state(hours, now or current_time(), frozenset(hours.closed_days) if hours else frozenset())


def hours_text(service: Service, now: dt.datetime | None = None, locale: str | None = None) -> str:
    """'open 24/7', 'open now until 20:00', 'closed — opens Monday at 14:00', the stated hours, or 'not confirmed'."""
    if service.hours is None:
        return _("opening hours not confirmed")
    if service.hours.always:
        return _("open 24/7")
    moment = now or current_time()
    state = state_of(service, moment)
    if state.status != "unknown":
        return describe_state(state, locale or current_language.get(), moment)
    if service.hours.text:
        return _("open {hours}").format(hours=service.hours.text)
    return _("opening hours not confirmed")


def is_always_open(service: Service) -> bool:
    return bool(service.hours and service.hours.always)


def service_line(service: Service, now: dt.datetime | None = None) -> str:
    """One readable line for a service: name, how to reach it, cost and hours.

    When a contact method has hours of its own, each contact carries its hours.
    """
    per_contact = any(c.hours for c in service.contacts)
    reach = [
        contact_text(c)
        + (f" ({hours_text(replace(service, hours=c.hours or service.hours), now)})" if per_contact else "")
        for c in service.contacts
    ]
    if service.website and not any(c.kind == "web_chat" for c in service.contacts):
        reach.append(_host(service.website))
    details = []
    if service.free:
        details.append(_("free"))
    if service.contacts and not per_contact:
        details.append(hours_text(service, now))
    line = service.name
    if service.operator and not reach:
        line += " " + _("(run by {operator})").format(operator=service.operator)
    if reach:
        line += ": " + _(", or ").join(reach)
    if details:
        line += f" ({', '.join(details)})"
    return line


def service_card(service: Service, country_code: str | None, now: dt.datetime | None = None) -> Reply:
    """A service as a message with a structured card for rich clients."""
    contacts = []
    for contact in service.contacts:
        entry: dict[str, Any] = {"kind": contact.kind, "label": contact.value}
        if contact.kind == "phone":
            entry["href"] = tel_link(contact.value, country_code)
            entry["international"] = international(contact.value, country_code)
        elif contact.kind == "sms":
            entry["href"] = "sms:" + re.sub(r"[^\d#]", "", contact.value)
            entry["instructions"] = contact.instructions
        elif contact.kind == "web_chat":
            entry["href"] = contact.value
        contacts.append(entry)
    state = state_of(service, now)
    custom = {
        "type": "service",
        "id": service.id,
        "name": service.name,
        "kind": service.kind,
        "description": service.description,
        "contacts": contacts,
        "website": service.website,
        "free": service.free,
        "hours": {
            "always": is_always_open(service),
            "text": service.hours.text if service.hours else None,
            "timezone": service.hours.timezone if service.hours else None,
            "open_now": {"open": True, "closed": False}.get(state.status),
            "opens_at": state.opens_at.isoformat() if state.opens_at else None,
        },
        "verified_on": service.verified_on.isoformat(),
        "sources": list(service.sources),
    }
    return Reply(text=service_line(service, now), custom=custom)


#: Purposes of emergency numbers that the directory uses, so that they are translated like code sentences.
KNOWN_PURPOSES = frozenset({N_("police"), N_("anonymous tips")})


def purpose_text(purpose: str) -> str:
    """A number's purpose in the conversation's language when it is a known one; else as the directory says."""
    return _(purpose) if purpose in KNOWN_PURPOSES else purpose


def emergency_text(numbers: tuple[EmergencyNumber, ...]) -> str:
    """'999 or 112' / '110 (police) or 112' (the purpose translated)."""
    parts = [f"{n.number} ({purpose_text(n.purpose)})" if n.purpose else n.number for n in numbers]
    return _(" or ").join(parts)


def emergency_card(country: Country) -> dict[str, Any]:
    """Structured emergency numbers for rich clients."""
    return {
        "type": "emergency",
        "country": country.code,
        "numbers": [{"number": n.number, "purpose": n.purpose, "href": f"tel:{n.number}"} for n in country.emergency],
        "sources": list(country.sources),
    }
