"""Starlette routes that serve the embeddable chat widget, its UI strings, a demo page and the privacy note.

``GET /widget.js`` is the widget with the default chat URL and the English UI
strings filled in; ``GET /widget/strings.json?language=xx`` gives the UI
strings in one of Lantern's languages (English for an unknown one);
``GET /privacy?lang=xx`` is the privacy note for children; ``GET /`` is a
made-up school website with the widget embedded by its one-line tag.  Every
sentence is English in the code, wrapped in ``_()`` and translated through the
project's catalogs (msgctxt ``code``).  HTML pages carry a strict
Content-Security-Policy (no inline scripts; inline styles only by hash).
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from string import Template
from urllib.parse import urlencode, urlsplit

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from bot.i18n import RTL_LANGUAGES, SUPPORTED_LANGUAGES
from bot.i18n.catalogs import _, current_language
from bot.profile import AUDIENCES

STATIC_DIR = Path(__file__).resolve().parent / "static"
BOOT_PATTERN = re.compile(r"/\*@boot\*/.*?/\*@end\*/", re.DOTALL)
STYLE_PATTERN = re.compile(r"<style>(.*?)</style>", re.DOTALL)
COUNTRY_PATTERN = re.compile(r"^[A-Z]{2}$")

#: What the demo page embeds when the query string says nothing.
DEMO_DEFAULTS = {"country": "GB", "audience": "child", "language": "en"}
DEMO_EXIT_URL = "https://www.bbc.co.uk/weather"
#: Where Quick exit goes when the embedder chose nothing (the same default as in widget.js).
DEFAULT_EXIT_URL = "https://www.google.com/"


def ui_strings() -> dict[str, str]:
    """The widget's UI strings in the current language (see :data:`current_language`)."""
    return {
        "launcher": _("Chat with Lantern"),
        "subtitle": _("A chatbot, not a person"),
        "close": _("Close the chat"),
        "quick_exit": _("Quick exit"),
        "quick_exit_hint": _("Leave this page at once and delete the chat. You can also press the Esc key twice."),
        "welcome": _(
            "Hi! I'm Lantern, a chatbot, not a person. I can explain what is going on"
            " and help you find real people who can help."
        ),
        "welcome_private": _("Please don't type your name, address or phone number."),
        "welcome_danger": _("If you are in danger now, call the emergency number where you live."),
        "privacy_link": _("How Lantern keeps your words private"),
        "new_tab": _("(opens in a new tab)"),
        "start_what": _("What can you do?"),
        "start_talk": _("Who can I talk to?"),
        "log_label": _("Messages in the chat"),
        "choices": _("Answers you can tap"),
        "you_said": _("You said:"),
        "bot_said": _("Lantern said:"),
        "input_label": _("Type your message"),
        "placeholder": _("Type here…"),
        "send": _("Send"),
        "chars_left": _("{count} characters left"),
        "typing": _("Lantern is writing…"),
        "error": _(
            "Sorry, I can't reach Lantern right now. Please try again in a moment."
            " If you are in danger, call your local emergency number."
        ),
        "no_files": _("Please don't send pictures here — Lantern never needs to see them. You can tell me in words."),
        "emergency": _("Emergency numbers"),
        "call": _("Call {number}"),
        "text": _("Text {number}"),
        "chat": _("Chat online"),
        "website": _("Visit {site}"),
        "open_247": _("Open 24/7"),
        "open_now": _("Open now"),
        "closed_now": _("Closed now"),
        "free": _("Free"),
        "checked_on": _("Details checked on {date}"),
    }


def privacy_strings(retention_days: int) -> dict[str, str]:
    """The privacy note's sentences in the current language."""
    return {
        "title": _("Lantern and your privacy"),
        "intro": _(
            "Lantern is a chatbot, not a person. It is a computer program that answers with words written"
            " in advance. It cannot see you, and it cannot call or message anyone."
        ),
        "keep_heading": _("What Lantern keeps"),
        "keep_words": _("The words you type, so that the chat makes sense. They are deleted after {days} days.").format(
            days=retention_days
        ),
        "keep_redacted": _(
            "Before your words are kept, phone numbers, e-mail addresses and home addresses are taken out."
        ),
        "keep_profile": _(
            "Your country, your language and who you are (for example a child or a parent), if you or the"
            " website tell Lantern. They are only used to answer you and to find helplines near you."
        ),
        "not_heading": _("What Lantern does not keep"),
        "not_name": _("Your name. Lantern never asks for it."),
        "not_pictures": _("Pictures. Lantern never asks for them and cannot receive them."),
        "not_ip": _("Your IP address (the number that shows where a computer is on the internet)."),
        "not_cookies": _(
            "Cookies. Only a random chat number is kept in this browser tab, and it is gone when you close the tab."
        ),
        "exit_heading": _("Leaving quickly"),
        "exit_text": _(
            "Press Quick exit, or press the Esc key twice, to leave at once. Lantern then deletes the chat."
        ),
        "danger_heading": _("If you are in danger"),
        "danger_text": _(
            "Lantern cannot send help. If you are in danger right now, call your local emergency number,"
            " for example 999 in the UK, 911 in the US and Canada, or 112 in Europe."
        ),
        "danger_adult": _(
            "You can also talk to an adult you trust or to a child helpline."
            " Lantern can show you the helpline in your country."
        ),
        "close_tab": _("When you are done, close this tab to go back to the chat."),
    }


def pick_language(raw: str | None) -> str:
    """A supported language code from 'es', 'pt-BR' or 'FR'; English for anything else."""
    code = re.split(r"[-_]", (raw or "").strip().lower())[0]
    return code if code in SUPPORTED_LANGUAGES else "en"


def direction(language: str) -> str:
    return "rtl" if language in RTL_LANGUAGES else "ltr"


@contextmanager
def speaking(language: str) -> Iterator[None]:
    """Translate ``_()`` into ``language`` inside the block."""
    token = current_language.set(language)
    try:
        yield
    finally:
        current_language.reset(token)


def origin(url: str) -> str:
    """'https://host:port' of a URL, or '' when it has none."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme in {"http", "https"} and parts.netloc else ""


def style_hash(template: str) -> str:
    """The CSP source that allows the template's one inline <style> block."""
    match = STYLE_PATTERN.search(template)
    css = match.group(1) if match else ""
    digest = base64.b64encode(hashlib.sha256(css.encode("utf-8")).digest()).decode("ascii")
    return f"'sha256-{digest}'"


def security_headers(csp: str) -> dict[str, str]:
    """Headers for every HTML page Lantern serves."""
    return {
        "Content-Security-Policy": csp,
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
        "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
        "Cache-Control": "no-cache",
    }


def widget_script(chat_url: str) -> str:
    """widget.js with the default chat URL and the English UI strings filled in."""
    with speaking("en"):
        english = ui_strings()
    boot = {
        "chatUrl": chat_url,
        "strings": english,
        "languages": list(SUPPORTED_LANGUAGES),
        "rtl": sorted(RTL_LANGUAGES),
    }
    source = (STATIC_DIR / "widget.js").read_text(encoding="utf-8")
    filled, count = BOOT_PATTERN.subn(lambda _match: json.dumps(boot, ensure_ascii=True), source, count=1)
    if count != 1:
        raise RuntimeError("widget.js has lost its /*@boot*/ … /*@end*/ marker.")
    return filled


def embed_tag(src: str, country: str, audience: str, language: str, exit_url: str = DEMO_EXIT_URL) -> str:
    """The one-line tag a school pastes into its pages."""
    attributes = {
        "src": src,
        "data-country": country,
        "data-audience": audience,
        "data-language": language,
        "data-exit-url": exit_url,
    }
    inner = " ".join(f'{name}="{html.escape(value, quote=True)}"' for name, value in attributes.items())
    return f"<script {inner} async></script>"


def routes(chat_url: str, *, retention_days: int, public_url: str | None = None) -> list[Route]:
    """The widget's routes.

    ``chat_url`` is the widget channel's webhook the script talks to by default,
    ``retention_days`` how long conversations are kept (said on the privacy
    page), ``public_url`` the address the Lantern server is reached at from
    outside (default: the address of each request).
    """
    script = widget_script(chat_url).encode("utf-8")
    etag = '"' + hashlib.sha256(script).hexdigest()[:20] + '"'
    demo_template = (STATIC_DIR / "demo.html").read_text(encoding="utf-8")
    privacy_template = (STATIC_DIR / "privacy.html").read_text(encoding="utf-8")
    chat_origin = origin(chat_url)
    own_origin = origin(public_url or "")
    extra_sources = " ".join(source for source in dict.fromkeys((own_origin, chat_origin)) if source)

    def base_url(request: Request) -> str:
        return (public_url or str(request.base_url)).rstrip("/") + "/"

    async def widget_js(request: Request) -> Response:
        headers = {
            "Cache-Control": "public, max-age=300",
            "ETag": etag,
            "X-Content-Type-Options": "nosniff",
            "Cross-Origin-Resource-Policy": "cross-origin",
        }
        if request.headers.get("if-none-match") == etag:
            return Response(status_code=304, headers=headers)
        return Response(script, media_type="application/javascript; charset=utf-8", headers=headers)

    async def strings_json(request: Request) -> JSONResponse:
        language = pick_language(request.query_params.get("language") or request.query_params.get("lang"))
        with speaking(language):
            strings = ui_strings()
        return JSONResponse(
            {"language": language, "dir": direction(language), "strings": strings},
            headers={
                "Access-Control-Allow-Origin": "*",
                "Cache-Control": "public, max-age=3600",
                "Content-Language": language,
                "X-Content-Type-Options": "nosniff",
            },
        )

    async def privacy(request: Request) -> Response:
        language = pick_language(request.query_params.get("lang") or request.query_params.get("language"))
        with speaking(language):
            texts = privacy_strings(retention_days)
        page = Template(privacy_template).substitute(
            lang=language, dir=direction(language), **{key: html.escape(value) for key, value in texts.items()}
        )
        csp = (
            f"default-src 'none'; style-src {style_hash(privacy_template)}; img-src 'self' data:;"
            " base-uri 'none'; form-action 'none'; frame-ancestors 'self'"
        )
        headers = security_headers(csp) | {"Content-Language": language}
        return Response(page, media_type="text/html; charset=utf-8", headers=headers)

    async def demo(request: Request) -> Response:
        query = request.query_params
        country = (query.get("country") or "").strip().upper()
        country = country if COUNTRY_PATTERN.match(country) else DEMO_DEFAULTS["country"]
        audience = query.get("audience") if query.get("audience") in AUDIENCES else DEMO_DEFAULTS["audience"]
        language = pick_language(query.get("language"))
        base = base_url(request)
        tag = embed_tag(f"{base}widget.js", country, str(audience), language)
        variants = [
            ("Spanish, for a teenager in Spain", {"country": "ES", "audience": "teen", "language": "es"}),
            ("Arabic, right to left", {"country": "GB", "audience": "child", "language": "ar"}),
            ("For parents in Ireland", {"country": "IE", "audience": "parent", "language": "en"}),
            ("English, for a child in the UK", DEMO_DEFAULTS),
        ]
        try_links = "\n".join(
            f'<li><a href="?{html.escape(urlencode(params), quote=True)}">{html.escape(label)}</a></li>'
            for label, params in variants
        )
        page = Template(demo_template).substitute(
            privacy_url=html.escape(f"{base}privacy?lang={language}", quote=True),
            snippet=html.escape(tag),
            country=html.escape(country),
            audience=html.escape(str(audience)),
            language=html.escape(language),
            try_links=try_links,
            widget_tag=tag,
        )
        csp = (
            f"default-src 'none'; script-src 'self' {own_origin}; style-src {style_hash(demo_template)};"
            f" connect-src 'self' {extra_sources}; img-src 'self' data:;"
            " base-uri 'none'; form-action 'none'; frame-ancestors 'self'"
        )
        return Response(page, media_type="text/html; charset=utf-8", headers=security_headers(re.sub(r" +", " ", csp)))

    return [
        Route("/", demo, methods=["GET"]),
        Route("/widget.js", widget_js, methods=["GET"]),
        Route("/widget/strings.json", strings_json, methods=["GET"]),
        Route("/privacy", privacy, methods=["GET"]),
    ]
