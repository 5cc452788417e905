"""Replace personal details in a chat message with fixed placeholders.

Lantern stores no personal data, yet children type their phone number, e-mail,
home address, a profile link or a social-media handle into the chat, often
their own and often the blackmailer's.  ``redact`` swaps each such detail for a
language-neutral placeholder (``[phone]``, ``[email]``, ``[address]``,
``[link]``, ``[handle]``) so that the redacted text, never the original, is what
reaches NLU and the tracker store.  It works in en, es, fr, de, pt and ar.

False alarms hurt as much as misses: the bot must still read "I'm 12", "in
2024", "they want 500 euros", "116 111" or "someone posted it on instagram".
So the rules are conservative: a number is a phone number only with 7 or more
digits (and not a date, year range or amount), a web address is removed only
when it has a path or query (bare service names such as "childline.org.uk"
stay), and a street needs a house number next to it.

Detectors run in a fixed order (links, e-mails, phones, addresses, handles,
long digit runs).  Each one works on a copy of the text in which what earlier
detectors found is masked, so details never overlap, and offsets stay those of
the original text.  Placeholders already in the text are masked first, which
makes ``redact`` idempotent.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import phonenumbers

PHONE, EMAIL, ADDRESS, LINK, HANDLE = "phone", "email", "address", "link", "handle"
PLACEHOLDERS: dict[str, str] = {kind: f"[{kind}]" for kind in (PHONE, EMAIL, ADDRESS, LINK, HANDLE)}
MIN_PHONE_DIGITS = 7

Span = tuple[int, int]
Finder = Callable[[str, str | None], list[Span]]


@dataclass(frozen=True)
class Redaction:
    """The text with each personal detail replaced by a placeholder, and which kinds were removed."""

    text: str
    kinds: tuple[str, ...]  # each kind once, in the order it first appears in the text


def _words(*lines: str) -> frozenset[str]:
    """The words of a few lines of text, for word lists that read better written out."""
    return frozenset(" ".join(lines).split())


_MASK = "\x00"  # stands in for found details; neither a word, digit nor space character
_PLACEHOLDER = re.compile(r"\[(?:phone|email|address|link|handle)\]")
# Arabic-Indic, extended Arabic-Indic and full-width digits read as 0-9 (one character each, so offsets stay).
_FOLD_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹０１２３４５６７８９", "012345678901234567890123456789")
_NAME = r"[^\W\d_][\w'’-]*"  # a word of any script that starts with a letter

# --- links -----------------------------------------------------------------------------------------------
_URL = re.compile(
    r"(?<![\w@.\x00])(?:(?:https?|ftp)://|www\.)?"
    r"(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}(?::\d{2,5})?"
    r"(?P<rest>[/?#][^\s<>\"'\x00]*)?",
    re.IGNORECASE,
)
_TRAILING_PUNCTUATION = ".,;:!?)]}'\"…"

# --- e-mails ---------------------------------------------------------------------------------------------
_EMAIL = re.compile(r"(?<![\w.+\-\x00])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_AT_WORD = r"(?:at|arroba|arobase|arrobase)"
_DOT_WORD = r"(?:dot|punto|point|ponto|punkt)"
_SPELT_AT = rf"(?:\s*(?:@|[(\[{{<]\s*{_AT_WORD}\s*[)\]}}>])\s*|\s+{_AT_WORD}\s+)"
_SPELT_DOT = rf"(?:\s*(?:\.|[(\[{{<]\s*{_DOT_WORD}\s*[)\]}}>])\s*|\s+(?:{_DOT_WORD}|نقطة|نقطه|دوت)\s+)"
_TLD = (
    r"(?:com|net|org|edu|gov|info|fr|de|es|pt|br|uk|co|it|be|ch|at|nl|mx|ar|cl|pe|ca|us|eu|me|io"
    r"|sa|ae|eg|ma|dz|tn|qa|kw|jo|lb|كوم)"
)
_WEBMAIL = r"(?:gmail|hotmail|outlook|yahoo|icloud|live|gmx|proton(?:mail)?|aol|orange|wanadoo|laposte|uol|bol)"
_SPELT_EMAIL = re.compile(
    rf"(?<![\w.+\-\x00])[a-z0-9][\w.+-]*{_SPELT_AT}[a-z0-9-]+(?:{_SPELT_DOT}[a-z0-9-]+)*?{_SPELT_DOT}{_TLD}(?!\w)"
    # "lily_09 at gmail": no ending, but a webmail name and a local part that is no ordinary word
    rf"|(?<![\w.+\-\x00])(?=[\w.+-]*[\d._])[a-z0-9][\w.+-]*{_SPELT_AT}{_WEBMAIL}(?!\w)",
    re.IGNORECASE,
)

# --- phone numbers ---------------------------------------------------------------------------------------
_DIGIT_RUN = re.compile(r"(?<![\w\x00])\+?\(?\d(?:(?:[ \u00a0.\-/]|\)\s?|\s?\(|\s-\s)?\d)+")
_DATE_OR_YEARS = re.compile(
    r"\d{1,2}[./\- ]\d{1,2}[./\- ](?:19|20)?\d{2}"  # 12.05.2024, 12/05/24
    r"|(?:19|20)\d{2}[./\-]\d{1,2}[./\-]\d{1,2}"  # 2024-05-12
    r"|(?:19|20)\d{2}\s?[-/–]\s?(?:19|20)?\d{2}"  # 2023-2024, 2023/24
    r"|\d{1,2}[.:]\d{2}\s?[-–]\s?\d{1,2}[.:]\d{2}"  # 9.30-10.30
)
_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+|\d{1,3}(?:[ \u00a0]000)+")  # 1.500.000, 1 000 000
_CURRENCY_BEFORE = re.compile(r"(?:[$€£¥₹]|R\$|usd|eur|gbp)\s*$", re.IGNORECASE)
_CURRENCY_AFTER = re.compile(
    r"\s*(?:de\s+|d['’]\s*)?(?:[$€£¥₹]|euros?|eur|dollars?|d[oó]lar(?:es)?|usd|pounds?|quid|bucks|libras?|livres?"
    r"|reais|real|pesos|francs?|riyals?|dirhams?|ريال|درهم|جنيه|دولار|يورو|k\b|mil\b|millions?|millones"
    r"|millionen|milh[õo]es|mio\b)",
    re.IGNORECASE,
)

# --- street addresses ------------------------------------------------------------------------------------
_UNIT_AFTER_NUMBER = (
    r"(?!\s*(?:min|minut[eo]s?|minuten|stunden?|hours?|horas?|heures?|tage?n?|days?|d[ií]as|jours?|km|meter"
    r"|metros?|m[eè]tres?|mal|veces|vezes|fois|times|jahren?|years?|a[nñ]os|ans|leute|people|personas|pessoas"
    r"|personnes|jungs|m[äa]nner|chicos|garotos|mecs|guys|boys|girls|مرات|دقائق|ساعات|ايام|أيام|سنوات)\b)"
)
_EN_STOP = (
    r"(?:the|a|an|on|in|at|to|of|and|or|for|from|by|with|is|was|are|my|his|her|our|their|your|this|that|years?"
    r"|yrs?|times?|more|other|new|pics?|photos?|pictures?|images?|videos?|people|guys?|girls?|boys?|kids?"
    r"|friends?|mins?|minutes?|hours?|days?|weeks?|months?|euros?|pounds?|dollars?)"
)
_ES_PT_STOP = (
    r"(?:a|al|en|y|e|o|con|que|me|te|se|le|lo|les|nos|por|para|pra|mi|mis|su|sus|tu|un|una|unos|um|uma|em|no"
    r"|na|nas|com|meu|minha|hace|hay|son|tengo|tiene|tem|ha|foi|fue|es|era|ya|ja|j[aá]|muy|mais|m[aá]s|porque"
    r"|cuando|quando|donde|onde)"
)
_FR_STOP = (
    r"(?:et|il|elle|on|je|j|tu|nous|vous|ils|elles|qui|que|qu|mais|ou|où|donc|a|à|en|dans|avec|pour|par|sur"
    r"|ce|ça|ca|c|m|me|te|se|mon|ma|mes|son|sa|ses|est|y|ne|pas|depuis|quand|parce)"
)
_DE_STOP = r"(?:der|die|das|dem|den|in|im|am|an|auf|zur|zum|bei|und|ich|wir|er|sie|es|meine?|seine?|ihre?)"
_DE_NOT_STREETS = r"(?:heim|schul|nachhause|hause|r[üu]ck|hin|aus|um|fu(?:ß|ss)|spiel|sport|park|arbeits|sitz|bolz)"
_ADDRESSES: tuple[re.Pattern[str], ...] = (
    # en: 12 Baker Street, 221b Baker St
    re.compile(
        rf"\b\d{{1,5}}[a-z]?,?\s+(?:(?!{_EN_STOP}\b){_NAME}\s+){{1,3}}"
        r"(?:street|st|road|rd|avenue|ave|lane|ln|boulevard|blvd|highway|hwy)\b\.?",
        re.IGNORECASE,
    ),
    # en, words that are ordinary English too only count with capitals: 4 Privet Drive
    re.compile(
        rf"\b\d{{1,5}}[A-Za-z]?,?\s+(?:(?!(?i:{_EN_STOP})\b)[A-Z][a-z'’-]+\s+){{1,3}}"
        r"(?:Way|Close|Place|Court|Park|Hill|Grove|Row|Walk|Square|Gardens|Drive|Mews|Crescent|Terrace|Green|Rise)\b"
    ),
    # es, pt: Calle Mayor 5, c/ Alcalá 23, Rua das Flores, 45, Av. Paulista 1000
    re.compile(
        r"(?<!\w)(?:(?:calle|avenida|plaza|calzada|rua|travessa|pra[çc]a|estrada|alameda|rodovia)\s+"
        r"|(?:c/|c\.|avda\.|av\.|pza\.|r\.)\s*)"
        r"(?:(?:de\s+la|de\s+los|de\s+las|del|de|la|las|los|el|da|das|do|dos)\s+)*"
        rf"(?:(?!{_ES_PT_STOP}\b){_NAME}\s+){{0,3}}(?!{_ES_PT_STOP}\b){_NAME}\s*,?\s*"
        rf"(?:n(?:[º°o]|[uú]m(?:ero)?)?\.?\s*|#\s*)?\d{{1,4}}[a-z]?(?!\w){_UNIT_AFTER_NUMBER}",
        re.IGNORECASE,
    ),
    # fr: 12 rue de la Paix, 3 bis avenue Victor Hugo
    re.compile(
        r"\b\d{1,4}\s*(?:bis|ter)?,?\s+"
        r"(?:rue|avenue|av\.|bd|boulevard|place|all[ée]e|impasse|chemin|route|quai|square|passage|r[ée]sidence)\s+"
        r"(?:(?:de\s+la|de\s+l['’]|du|des|de|d['’]|la|le|les|l['’])\s*)?"
        rf"(?!{_FR_STOP}\b){_NAME}(?:[\s-]+(?!{_FR_STOP}\b){_NAME}){{0,2}}",
        re.IGNORECASE,
    ),
    # de, one word: Hauptstraße 12, Müllerweg 3a, Hauptstr. 5
    re.compile(
        rf"\b(?!{_DE_NOT_STREETS}(?:weg|platz)\b)[^\W\d_][\w-]*?"
        r"(?:stra(?:ß|ss)e|str\.?|weg|platz|allee|gasse|damm|ufer|chaussee|pfad|steig|ring)(?!\w)"
        rf"\s*\d{{1,4}}\s?[a-z]?(?!\w){_UNIT_AFTER_NUMBER}",
        re.IGNORECASE,
    ),
    # de, two words: Berliner Straße 12
    re.compile(
        rf"\b(?!(?i:{_DE_STOP})\b)[A-ZÄÖÜ][\w-]+\s+(?i:stra(?:ß|ss)e|str\.|allee|platz|weg|gasse|ring|damm)"
        rf"\s*\d{{1,4}}[a-zA-Z]?(?!\w){_UNIT_AFTER_NUMBER}"
    ),
    # ar: شارع الملك فهد 12, ١٢ شارع الملك فهد
    re.compile(
        r"(?:(?<!\w)|(?<=\bب))(?:شارع|طريق)\s+(?:[^\W\d_]+\s+){0,2}[^\W\d_]+\s*[،,]?\s*(?:رقم\s*)?\d{1,4}(?!\d)"
        rf"{_UNIT_AFTER_NUMBER}"
        r"|(?<![\w.])\d{1,4}\s*[،,]?\s*(?:شارع|طريق)\s+[^\W\d_]+(?:\s+[^\W\d_]+){0,2}"
    ),
)
# A postcode (and town) right after an address: ", 10115 Berlin", ", London NW1 6XE", ", 4050-262 Porto".
_POSTCODE_AFTER = re.compile(
    r"\s*,\s*(?:[A-Z][\w'-]*\s+){0,2}?"
    r"(?:(?i:[a-z]{1,2}\d[a-z\d]?\s*\d[a-z]{2})|\d{5}(?:-\d{3,4})?|\d{4}-\d{3})(?!\w)(?:\s+[A-Z][\w'-]+)?"
)

# --- handles ---------------------------------------------------------------------------------------------
_AT_HANDLE = re.compile(r"(?<![\w@.\x00/])@(?P<name>\w(?:[\w.]*\w)?)(?![\w@])")
_AT_PLACES = _words(
    "home school work everyone here all casa escuela colegio cole maison ecole école boulot schule hause arbeit",
    "escola trabalho",
)
_TIME = re.compile(r"\d{1,2}(?:[:h.]\d{2})?(?:am|pm|h)?", re.IGNORECASE)
_PLATFORM = (
    r"(?:insta(?:gram)?|ig|gram|snap(?:chat)?|sc|tik\s?tok|tt|discord|twitter|telegram|kik|roblox|fortnite|xbox"
    r"|psn|steam|twitch|threads|bereal|facebook|fb|yubo|wizz)"
)
_HANDLE_TOKEN = r"(?P<tok>@?[a-z0-9_](?:[a-z0-9_.]*[a-z0-9_])?(?:#\d{4})?)(?![\w@])"
_HANDLE_PHRASE = re.compile(
    r"\b(?:"
    rf"(?:my|his|her|their|ur|your|our)\s+(?:{_PLATFORM}(?:\s+(?:user\s?name|handle|name|account|acc|id|tag|@))?"
    r"|user\s?name|handle|gamer\s?tag)"
    rf"|(?:mi|su|tu)\s+(?:(?:usuario|user|cuenta|nombre|perfil|@)\s+(?:de|en|del)\s+)?{_PLATFORM}"
    r"|(?:mi|su|tu)\s+(?:usuario|user|nombre\s+de\s+usuario)"
    rf"|(?:mon|son|ton)\s+(?:(?:pseudo|compte|profil|@)\s+(?:sur\s+|de\s+|d['’]\s*)?)?{_PLATFORM}(?:\s+pseudo)?"
    r"|(?:mon|son|ton)\s+pseudo"
    rf"|(?:mein|sein|ihr|dein)\s+{_PLATFORM}(?:[\s-]*(?:name|account|konto|nutzername|benutzername|username))?"
    r"|(?:mein|sein|ihr|dein)\s+(?:benutzername|nutzername|username)"
    rf"|(?:meu|seu|teu)\s+(?:(?:user|usu[aá]rio|arroba|perfil|@)\s+(?:d[oa]|no|na|de)\s+)?{_PLATFORM}"
    rf"|(?:meu|seu|teu)\s+(?:user|usu[aá]rio|arroba)|o\s+{_PLATFORM}\s+(?:dele|dela)"
    r")(?P<verb>\s+(?:is|iz|es|est|ist|lautet|hei(?:ß|ss)t|se\s+llama|c['’ ]?est|cest|[ée]|eh)\s+"
    rf"|\s*['’]s\s+|\s*[:=]\s*|\s+){_HANDLE_TOKEN}",
    re.IGNORECASE,
)
_AR_PLATFORM = r"(?:انستا|انستقرام|انستغرام|إنستغرام|سناب(?:\s?شات)?|تيك\s?توك|ديسكورد|تويتر|تلغرام|تيليجرام)"
_HANDLE_PHRASE_AR = re.compile(
    rf"(?:(?:حسابي|حسابه|حسابها|يوزري|يوزره|يوزرها|معرفي|اسمي)\s+(?:(?:على|في)\s+|ب)?(?:ال)?{_AR_PLATFORM}"
    r"|يوزري|يوزره|يوزرها|معرفي|سنابي|سنابه|سنابها|انستي|انستاه)"
    rf"(?P<verb>\s*(?:هو|هي)?\s*:?\s*){_HANDLE_TOKEN}",
    re.IGNORECASE,
)
# Plain words that follow "my insta is" without being a handle (platform names included: "meu insta e tiktok").
_NOT_HANDLES = _words(
    "private public hacked gone deleted down new old blocked locked banned closed open not no the a an my on off fake",
    "real still now also just full empty suspended disabled reported there here it that this same so too very really",
    "like where what how why being getting got was been linked popular famous mostly only all is",  # en
    "privado privada publico publica hackeado hackeada borrado borrada nuevo nueva bloqueado bloqueada cerrado",
    "cerrada falso falsa el la un una mi de que ya muy igual otro otra este esta ese esa suspendido eliminado es",  # es
    "robado prive public publique pirate hacke supprime nouveau nouvelle bloque ferme faux fausse le les une mon",
    "pas plus en trop nul pareil ca celui est",  # fr
    "privat offentlich oeffentlich gehackt geloscht geloescht neu alt gesperrt geschlossen der die das ein eine",
    "mein nicht jetzt auch noch weg schon auf gleich anders ist",  # de
    "o um uma meu minha nao ja muito outro outra esse essa aberto aberta excluido roubado suspenso apagado apagada",
    "novo nova fechado fechada e eh",  # pt
    "insta instagram ig gram snap snapchat sc tiktok tt discord twitter telegram kik roblox fortnite xbox psn",
    "steam twitch threads bereal facebook fb yubo wizz",  # platform names
)
# After a plain-word handle comes the end of the clause, not more of the sentence ("my insta is mostly friends").
_HANDLE_CLAUSE_END = re.compile(
    r"\s*(?:$|[^\sa-z]|(?:and|or|but|if|so|pls|plz|please|add|follow|lol|y|o|pero|porfa|si|et|ou|mais|stp|svp"
    r"|und|oder|aber|bitte|e|mas|pfv|por\s+favor)\b)",
    re.IGNORECASE,
)


def _region(country: str | None) -> str | None:
    """The phonenumbers region for an ISO alpha-2 country code, or None when there is none to use."""
    if not country:
        return None
    region = country.strip().upper()
    region = "GB" if region == "UK" else region
    return region if region in phonenumbers.SUPPORTED_REGIONS else None


def _links(masked: str, _region: str | None) -> list[Span]:
    spans: list[Span] = []
    for match in _URL.finditer(masked):
        end = match.end()
        while end > match.start() and masked[end - 1] in _TRAILING_PUNCTUATION:
            end -= 1
        rest_start = match.start("rest")
        if rest_start != -1 and end - rest_start > 1:  # a path, query or fragment beyond a lone "/"
            spans.append((match.start(), end))
    return spans


def _emails(masked: str, _region: str | None) -> list[Span]:
    return [match.span() for pattern in (_EMAIL, _SPELT_EMAIL) for match in pattern.finditer(masked)]


def _is_date_or_amount(masked: str, start: int, end: int) -> bool:
    number = masked[start:end]
    if number.startswith(("+", "00")):
        return False
    return bool(
        _DATE_OR_YEARS.fullmatch(number)
        or _THOUSANDS.fullmatch(number)
        or _CURRENCY_BEFORE.search(masked, max(0, start - 6), start)
        or _CURRENCY_AFTER.match(masked, end)
    )


def _is_phone(masked: str, start: int, end: int) -> bool:
    digits = sum(ch.isdigit() for ch in masked[start:end])
    return digits >= MIN_PHONE_DIGITS and not _is_date_or_amount(masked, start, end)


def _phone_numbers(masked: str, region: str | None) -> list[Span]:
    matcher = phonenumbers.PhoneNumberMatcher(masked, region)
    return [(m.start, m.end) for m in matcher if _is_phone(masked, m.start, m.end)]


def _digit_runs(masked: str, _region: str | None) -> list[Span]:
    return [m.span() for m in _DIGIT_RUN.finditer(masked) if _is_phone(masked, *m.span())]


def _addresses(masked: str, _region: str | None) -> list[Span]:
    spans: list[Span] = []
    for pattern in _ADDRESSES:
        for match in pattern.finditer(masked):
            postcode = _POSTCODE_AFTER.match(masked, match.end())
            spans.append((match.start(), postcode.end() if postcode else match.end()))
    return sorted(spans, key=lambda span: span[0] - span[1])  # longest first: "3 bis avenue Victor Hugo" wins


def _is_handle(token: str, has_verb: bool, masked: str, end: int) -> bool:
    """Whether the word after "my insta is" looks like a handle and not like the rest of the sentence."""
    name = token.lstrip("@")
    letters = sum(ch.isalpha() for ch in name)
    if token.startswith("@"):
        return len(name) >= 2 and letters > 0
    if "_" in name or "." in name:
        return letters > 0
    if any(ch.isdigit() for ch in name):
        return letters >= 2 and len(name) >= 4
    return (
        has_verb
        and len(name) >= 3
        and name.lower() not in _NOT_HANDLES
        and _HANDLE_CLAUSE_END.match(masked, end) is not None
    )


def _handle_phrases(masked: str, _region: str | None) -> list[Span]:
    spans: list[Span] = []
    for pattern, plain_word_after_arabic in ((_HANDLE_PHRASE, False), (_HANDLE_PHRASE_AR, True)):
        for match in pattern.finditer(masked):
            has_verb = plain_word_after_arabic or bool(match.group("verb").strip())
            if _is_handle(match.group("tok"), has_verb, masked, match.end("tok")):
                spans.append(match.span("tok"))
    return spans


def _at_handles(masked: str, _region: str | None) -> list[Span]:
    spans: list[Span] = []
    for match in _AT_HANDLE.finditer(masked):
        name = match.group("name")
        if name.lower() in _AT_PLACES or _TIME.fullmatch(name) or not any(c.isalpha() or c == "_" for c in name):
            continue
        spans.append(match.span())
    return spans


_STEPS: tuple[tuple[str, Finder], ...] = (
    (LINK, _links),
    (EMAIL, _emails),
    (PHONE, _phone_numbers),
    (ADDRESS, _addresses),
    (HANDLE, _handle_phrases),
    (HANDLE, _at_handles),
    (PHONE, _digit_runs),
)


def redact(text: str, country: str | None = None) -> Redaction:
    """Replace phone numbers, e-mails, street addresses, profile links and handles in ``text``.

    ``country`` (ISO alpha-2, may be None) is the default region for reading
    national phone numbers such as "07700 900123" or "(11) 91234-5678".
    """
    region = _region(country)
    masked = _PLACEHOLDER.sub(lambda m: _MASK * len(m.group()), text.translate(_FOLD_DIGITS))
    found: list[tuple[int, int, str]] = []
    for kind, finder in _STEPS:
        for start, end in finder(masked, region):
            if start >= end or _MASK in masked[start:end]:
                continue
            found.append((start, end, kind))
            masked = masked[:start] + _MASK * (end - start) + masked[end:]
    pieces: list[str] = []
    kinds: list[str] = []
    cursor = 0
    for start, end, kind in sorted(found):
        pieces += [text[cursor:start], PLACEHOLDERS[kind]]
        cursor = end
        if kind not in kinds:
            kinds.append(kind)
    pieces.append(text[cursor:])
    return Redaction(text="".join(pieces), kinds=tuple(kinds))
