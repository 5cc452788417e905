"""Choose who to point a user to, and say it: escalation, helplines, removal, reporting.

Plain functions over the directory catalog; the Rasa actions in ``actions/``
only read slots, call one of these and send the replies.  Every number and
service in a reply comes from the catalog, which carries its sources.
"""

from __future__ import annotations

from typing import Any

from bot.directory.cards import Replies, emergency_card, emergency_text, is_always_open, service_card, state_of
from bot.directory.catalog import (
    CHILD_HELPLINE,
    IMAGE_REMOVAL,
    REPORT_HOTLINE,
    SEXTORTION_SUPPORT,
    Catalog,
    Country,
    Service,
)
from bot.directory.countries import country_name
from bot.i18n.catalogs import N_, _, current_language


def _name(code: str | None) -> str:
    """A country's name in the conversation's language."""
    return country_name(code or "", current_language.get())


#: Countries offered as buttons when the bot asks where the user is.
COMMON_COUNTRIES = ("GB", "US", "CA", "AU", "IE", "IN")

#: Escalation situations and the intents that lead to them.
ESCALATION_KINDS = {
    "in_danger": "danger",
    "self_harm": "self_harm",
    "report_sextortion": "sextortion",
    "report_fake_image_of_me": "fake_image",
    "report_saw_abuse_content": "abuse_content",
    "report_child_affected": "child_affected",
}

_LEADS = {
    "danger": N_("I'm really glad you told me. Your safety matters most."),
    "self_harm": N_("I'm really glad you told me. You matter, and you don't have to cope with this alone."),
    "sextortion": N_("This is not your fault, and you can get help right now."),
    "fake_image": N_("What happened is not your fault, and you can get help right now."),
    "abuse_content": N_("Thank you for speaking up. You did the right thing."),
    "child_affected": N_("Thank you for acting on this. Help is there right now."),
}


def human_button() -> dict[str, str]:
    return {"title": _("Talk to a person"), "payload": "/ask_human"}


def country_buttons() -> tuple[dict[str, str], ...]:
    return tuple(
        {"title": country_name(code, current_language.get()), "payload": f'/tell_country{{"country": "{code}"}}'}
        for code in COMMON_COUNTRIES
    )


def _unique(services: list[Service]) -> list[Service]:
    seen: set[str] = set()
    result = []
    for service in services:
        key = service.global_ref or service.id
        if key not in seen:
            seen.add(key)
            result.append(service)
    return result


def _child_helplines(country: Country) -> list[Service]:
    """National child helplines: open now first, 24/7 ones first among those."""
    helplines = list(country.of_kind(CHILD_HELPLINE))
    return sorted(helplines, key=lambda s: (state_of(s).status != "open", not is_always_open(s)))


#: Where to look when Lantern has no checked list for a country.
HELPLINE_DIRECTORIES = ("child-helpline-international", "find-a-helpline")


def _international_fallback(catalog: Catalog, replies: Replies) -> None:
    """Child Helpline International and Find A Helpline, each with what it is."""
    for service_id in HELPLINE_DIRECTORIES:
        directory = catalog.global_service(service_id)
        card = service_card(directory, None)
        what = f" — {directory.description}" if directory.description else ""
        replies.add(f"{card.text}{what}", custom=card.custom)


def ask_country(choices: tuple[str, ...] = ()) -> Replies:
    """Ask where the user is: which of several countries a name means, or which country at all."""
    replies = Replies()
    if choices:
        buttons = tuple(
            {"title": country_name(code, current_language.get()), "payload": f'/tell_country{{"country": "{code}"}}'}
            for code in choices
        )
        replies.add(_("That name fits more than one place. Which one do you mean?"), buttons=buttons)
    else:
        replies.add(
            _(
                "Which country are you in? Then I can show you free helplines there."
                " You can tap one or type it. You don't have to tell me."
            ),
            buttons=country_buttons(),
        )
    return replies


def escalation(catalog: Catalog, country_code: str | None, kind: str) -> Replies:
    """The first reply to danger, self-harm or a disclosure: emergency number, 24/7 helpline, a person."""
    replies = Replies()
    lead = _(_LEADS[kind])
    country = catalog.country(country_code)
    if country is None:
        unknown = (
            "\n" + _("I don't have a checked list for {country} yet.").format(country=_name(country_code))
            if country_code
            else ""
        )
        directories = [service_card(catalog.global_service(service_id), None) for service_id in HELPLINE_DIRECTORIES]
        replies.add(
            f"{lead}\n"
            + _("If you are in danger right now, call your local emergency number.")
            + f"{unknown}\n"
            + _("To find a free helpline where you live: {services}").format(
                services=_(" or ").join(card.text for card in directories)
            ),
            buttons=(human_button(),),
            custom={
                "type": "escalation",
                "kind": kind,
                "emergency": None,
                "services": [card.custom for card in directories],
            },
        )
        return replies
    numbers = emergency_text(country.urgent_numbers)
    found = _child_helplines(country)
    text = f"{lead}\n" + _("If you are in danger right now, call {numbers}.").format(numbers=numbers)
    custom: dict[str, Any] = {"type": "escalation", "kind": kind, "emergency": emergency_card(country), "services": []}
    if not found:
        replies.add(text, buttons=(human_button(),), custom=custom)
        _international_fallback(catalog, replies)
        return replies
    cards = [service_card(service, country.code) for service in found]
    text += "\n" + _("Talk to a real person now: {service}").format(service=cards[0].text)
    custom["services"] = [card.custom for card in cards]
    replies.add(text, buttons=(human_button(),), custom=custom)
    replies.items.extend(cards[1:])
    if state_of(found[0]).status != "open":
        replies.add(
            _("The helpline is closed right now. If you are not safe, call {numbers} now.").format(numbers=numbers)
        )
    elif not is_always_open(found[0]):
        replies.add(_("When the helpline is closed, call {numbers} if you are not safe.").format(numbers=numbers))
    return replies


def helplines(
    catalog: Catalog, country_code: str | None, choices: tuple[str, ...] = (), asked: bool = False
) -> Replies:
    """Who to talk to: national child helplines, where to report, the emergency number; or ask the country once."""
    replies = Replies()
    country = catalog.country(country_code)
    if country_code is None:
        if choices or not asked:
            replies.items.extend(ask_country(choices).items)
        _international_fallback(catalog, replies)
        return replies
    if country is None:
        replies.add(
            _("I don't have a checked list for {country} yet.").format(country=_name(country_code))
            + " "
            + _("If you are in danger, call your local emergency number.")
        )
        _international_fallback(catalog, replies)
        return replies
    found = _child_helplines(country)
    emergency = _("In an emergency, call {numbers}.").format(numbers=emergency_text(country.urgent_numbers))
    if found and state_of(found[0]).status != "open":
        replies.add(emergency, custom=emergency_card(country))
    if found:
        replies.add(
            _("Here is who can help in {country}. They are real people, not bots:").format(country=_name(country.code))
        )
        replies.items.extend(service_card(service, country.code) for service in found)
    else:
        _international_fallback(catalog, replies)
    hotlines = country.of_kind(REPORT_HOTLINE)
    if hotlines:
        replies.add(_("To report sexual images of children:"))
        replies.items.extend(service_card(service, country.code) for service in hotlines)
    if not found or state_of(found[0]).status == "open":
        replies.add(emergency, custom=emergency_card(country))
    return replies


def removal_routes(catalog: Catalog, country_code: str | None, audience: str | None) -> Replies:
    """Image removal tools by age in the image: Take It Down (under 18), StopNCII (18+), national routes."""
    replies = Replies()
    take_it_down = catalog.global_service("take-it-down")
    stopncii = catalog.global_service("stopncii")
    under_18_only = audience in {"child", "teen", "parent", "educator"}
    replies.add(_("If you were under 18 in the picture:"))
    replies.items.append(service_card(take_it_down, country_code))
    country = catalog.country(country_code)
    national = _unique(list(country.of_kind(IMAGE_REMOVAL))) if country else []
    national = [s for s in national if s.global_ref != take_it_down.id]
    for service in national:
        replies.items.append(service_card(service, country_code))
    if not under_18_only:
        replies.add(_("If you were 18 or over in the picture:"))
        replies.items.append(service_card(stopncii, country_code))
    replies.add(
        _(
            "Good to know: the picture never leaves your device, only a digital fingerprint of it is shared."
            " These tools don't work on end-to-end encrypted apps, and an edited or cropped copy needs"
            " a new fingerprint."
        )
    )
    if country_code is None:
        replies.add(
            _("Tell me which country you're in and I'll check for a national service too."),
            buttons=country_buttons(),
        )
    return replies


def report_routes(catalog: Catalog, country_code: str | None) -> Replies:
    """Where to report sexual images of children: the national hotline, else INHOPE's network."""
    replies = Replies()
    country = catalog.country(country_code)
    hotlines = list(country.of_kind(REPORT_HOTLINE)) if country else []
    if hotlines and country:
        replies.add(_("Where you are ({country}), you can report to:").format(country=_name(country.code)))
        for service in hotlines:
            replies.items.append(service_card(service, country.code))
        return replies
    inhope = catalog.global_service("inhope")
    if country_code and not hotlines:
        replies.add(
            _("I don't have a checked reporting hotline for {country} yet.").format(country=_name(country_code))
            + " "
            + _("INHOPE is a network of reporting hotlines in many countries:")
        )
    else:
        replies.add(_("INHOPE is a network of reporting hotlines in many countries:"))
    replies.items.append(service_card(inhope, country_code))
    if country_code is None:
        replies.add(_("Tell me which country you're in and I'll show the national hotline."), buttons=country_buttons())
    return replies


def sextortion_support(catalog: Catalog, country_code: str | None) -> Replies:
    """Services that help young people facing sextortion (global advice, national text lines)."""
    replies = Replies()
    services = [s for s in catalog.global_for(country_code) if s.kind == SEXTORTION_SUPPORT]
    if services:
        replies.add(_("Advice and support for sextortion:"))
        replies.items.extend(service_card(service, country_code) for service in services)
    return replies


def human_route(catalog: Catalog, country_code: str | None) -> Replies:
    """How to reach a person: Lantern is a bot, helplines are people."""
    replies = Replies()
    replies.add(_("I'm a chatbot, so I can't be the person you talk to. But real people are ready to listen."))
    replies.items.extend(helplines(catalog, country_code).items)
    return replies
