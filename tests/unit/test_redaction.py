"""Personal details leave a message before NLU and the tracker store see it; everything else stays as written.

The corpus ``tests/privacy/redaction.yml`` holds, per language, messages with
details to remove and messages that must come back untouched.  The tests below
it describe single behaviours a child or parent would notice.
"""

from __future__ import annotations

import re
from dataclasses import FrozenInstanceError
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.privacy.redaction import PLACEHOLDERS, Redaction, redact

CORPUS_FILE = Path(__file__).resolve().parents[1] / "privacy" / "redaction.yml"
CORPUS: dict[str, dict[str, Any]] = yaml.safe_load(CORPUS_FILE.read_text(encoding="utf-8"))
LANGUAGES = ("en", "es", "fr", "de", "pt", "ar")
KINDS = set(PLACEHOLDERS)

REMOVE = [(lang, item) for lang in LANGUAGES for item in CORPUS[lang]["remove"]]
KEEP = [(lang, text) for lang in LANGUAGES for text in CORPUS[lang]["keep"]]
EVERY_TEXT = [item["text"] for _, item in REMOVE] + [text for _, text in KEEP]

# What must never survive redaction, written independently of the module's own patterns.
DIGIT_RUN = re.compile(r"\d(?:[\s().\-/]{0,2}\d)*")  # \d also matches Arabic-Indic digits
EMAIL_LIKE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
AT_HANDLE = re.compile(r"(?<![\w@])@\w")


def long_digit_runs(text: str) -> list[str]:
    return [run for run in DIGIT_RUN.findall(text) if sum(ch.isdigit() for ch in run) >= 7]


def case_id(value: Any) -> str:
    text = value["text"] if isinstance(value, dict) else str(value)
    return text[:40]


# --- the corpus --------------------------------------------------------------------------------------------


def test_the_corpus_has_at_least_twelve_messages_to_clean_and_twelve_to_keep_in_every_language() -> None:
    assert set(CORPUS) == set(LANGUAGES)
    for language in LANGUAGES:
        assert len(CORPUS[language]["remove"]) >= 12, language
        assert len(CORPUS[language]["keep"]) >= 12, language
        for item in CORPUS[language]["remove"]:
            assert item["kinds"] and set(item["kinds"]) <= KINDS, item


@pytest.mark.parametrize(("language", "item"), REMOVE, ids=case_id)
def test_every_personal_detail_in_the_corpus_is_removed(language: str, item: dict[str, Any]) -> None:
    result = redact(item["text"], item.get("country"))
    missing = [kind for kind in item["kinds"] if kind not in result.kinds]
    assert not missing, (language, result)
    assert not long_digit_runs(result.text), result.text
    assert not EMAIL_LIKE.search(result.text), result.text
    assert not AT_HANDLE.search(result.text), result.text


@pytest.mark.parametrize(("language", "text"), KEEP, ids=case_id)
def test_ordinary_messages_in_the_corpus_come_back_unchanged(language: str, text: str) -> None:
    assert redact(text) == Redaction(text=text, kinds=())


@pytest.mark.parametrize("text", EVERY_TEXT, ids=case_id)
def test_redacting_a_redacted_message_again_changes_nothing(text: str) -> None:
    once = redact(text, "GB")
    twice = redact(once.text, "GB")
    assert twice == Redaction(text=once.text, kinds=())


# --- phone numbers -----------------------------------------------------------------------------------------


def test_a_phone_number_written_with_spaces_is_removed() -> None:
    assert redact("my number is 07700 900123", "GB") == Redaction("my number is [phone]", ("phone",))


def test_a_phone_number_with_dots_dashes_or_brackets_is_removed() -> None:
    assert redact("appelle le 06.12.34.56.78", "FR").text == "appelle le [phone]"
    assert redact("meu numero é (11) 91234-5678", "BR").text == "meu numero é [phone]"
    assert redact("call 555-123-4567 now").text == "call [phone] now"


def test_an_international_number_is_removed_without_knowing_the_country() -> None:
    assert redact("he texts me from +44 7700 900123").text == "he texts me from [phone]"
    assert redact("he texts me from 0044 7700 900123").text == "he texts me from [phone]"


def test_the_country_lets_a_national_number_be_read_in_its_usual_groups() -> None:
    assert redact("mi numero es 612 34 56 78", "ES").text == "mi numero es [phone]"
    assert redact("رقمه 050 123 4567", "SA").text == "رقمه [phone]"


def test_an_unknown_or_odd_country_code_still_removes_long_numbers() -> None:
    for country in ("XX", "", "gbr", "uk", "gb"):
        assert redact("0151 12345678", country).kinds == ("phone",), country


def test_a_number_written_in_arabic_indic_digits_is_removed() -> None:
    assert redact("رقمي ٠٥٠١٢٣٤٥٦٧", "SA").text == "رقمي [phone]"
    assert redact("رقمي ٠٥٠١٢٣٤٥٦٧").text == "رقمي [phone]"


def test_numbers_of_seven_digits_or_more_are_phones_even_helplines() -> None:
    assert redact("childline is 0800 1111", "GB").text == "childline is [phone]"
    assert redact("call 1234567").text == "call [phone]"


def test_short_numbers_and_helplines_under_seven_digits_are_kept() -> None:
    for text in ("call 999", "is it 116 111?", "ring 112 or 911", "le 3018", "o 188"):
        assert redact(text, "GB").text == text


def test_ages_years_times_and_dates_are_kept() -> None:
    for text in ("I'm 12", "tengo 13 años", "at 10:30", "am 12.05.2024", "school year 2023-2024", "9.30-10.30"):
        assert redact(text, "DE") == Redaction(text, ())


def test_amounts_of_money_are_kept_even_when_long() -> None:
    for text in ("they want 500 euros", "he wants $200", "il veut 1 000 000 euros", "sie wollen 1.000.000"):
        assert redact(text, "FR") == Redaction(text, ())


# --- e-mails -----------------------------------------------------------------------------------------------


def test_an_email_address_is_removed() -> None:
    assert redact("my email is lily.rose09@gmail.com ok").text == "my email is [email] ok"


def test_an_email_spelled_out_with_at_and_dot_words_is_removed_in_every_language() -> None:
    for text in (
        "lily at gmail dot com",
        "lucia arroba gmail punto com",
        "lea arobase orange point fr",
        "max at gmx punkt de",
        "joao arroba hotmail ponto com",
        "sara (at) gmail (dot) com",
        "sara10 at gmail دوت كوم",
    ):
        assert redact(text) == Redaction("[email]", ("email",)), text


def test_at_and_dot_used_as_ordinary_words_are_kept() -> None:
    for text in ("I'm at home", "meet me at the park", "he put a dot on it", "c'est un point important"):
        assert redact(text) == Redaction(text, ())


# --- addresses ---------------------------------------------------------------------------------------------


def test_a_street_address_is_removed_in_every_language() -> None:
    for text in (
        "12 Baker Street",
        "221b Baker St",
        "Calle Mayor 5",
        "c/ Alcalá 23",
        "12 rue de la Paix",
        "Hauptstraße 12",
        "Müllerweg 3a",
        "Rua das Flores, 45",
        "Av. Paulista 1000",
        "شارع الملك فهد 12",
    ):
        assert redact(text) == Redaction("[address]", ("address",)), text


def test_a_postcode_and_town_after_an_address_go_with_it() -> None:
    assert redact("Hauptstraße 12, 10115 Berlin").text == "[address]"
    assert redact("he knows 221b Baker St, London NW1 6XE").text == "he knows [address]"
    assert redact("3 bis avenue Victor Hugo, 75016 Paris").text == "[address]"


def test_a_street_word_next_to_a_number_of_times_or_people_is_kept() -> None:
    for text in ("auf dem Heimweg 2 Männer", "me siguio por la calle 2 veces", "i waited 2 hours on the street"):
        assert redact(text) == Redaction(text, ())


# --- links and handles -------------------------------------------------------------------------------------


def test_a_profile_link_is_removed_and_the_sentence_kept() -> None:
    assert redact("he posted it on instagram.com/lily_fake ok?").text == "he posted it on [link] ok?"
    assert redact("https://www.tiktok.com/@someone?lang=en").text == "[link]"
    assert redact("facebook.com/profile.php?id=100089123456").text == "[link]"


def test_a_bare_website_of_a_service_is_kept() -> None:
    for text in ("use takeitdown.ncmec.org", "go to childline.org.uk.", "https://www.childline.org.uk/"):
        assert redact(text) == Redaction(text, ())


def test_an_at_handle_is_removed_but_an_email_is_not_mistaken_for_one() -> None:
    assert redact("follow @lily_rose").text == "follow [handle]"
    assert redact("lily@gmail.com").kinds == ("email",)


def test_only_the_handle_is_replaced_when_someone_names_their_account() -> None:
    assert redact("my insta is lily_22").text == "my insta is [handle]"
    assert redact("mi insta es lucia_2010").text == "mi insta es [handle]"
    assert redact("mon snap c'est lea.dupont").text == "mon snap c'est [handle]"
    assert redact("mein insta ist max_mueller").text == "mein insta ist [handle]"
    assert redact("meu insta é joao.silva").text == "meu insta é [handle]"
    assert redact("حسابي على انستا sara_99").text == "حسابي على انستا [handle]"


def test_saying_what_an_account_is_like_is_not_taken_for_a_handle() -> None:
    for text in ("my insta is private", "my insta is mostly friends", "mein insta ist privat", "my snap got hacked"):
        assert redact(text) == Redaction(text, ())


def test_platform_names_and_at_signs_used_normally_are_kept() -> None:
    for text in ("someone posted it on instagram", "it's on snapchat and tiktok", "I'm @ home", "see you @ 5"):
        assert redact(text) == Redaction(text, ())


# --- the result --------------------------------------------------------------------------------------------


def test_kinds_are_listed_once_each_in_the_order_they_appear() -> None:
    result = redact("mail lily09@hotmail.com or call 07700 900123 or 07700 900456", "GB")
    assert result == Redaction("mail [email] or call [phone] or [phone]", ("email", "phone"))


def test_placeholders_are_never_themselves_redacted() -> None:
    text = " ".join(PLACEHOLDERS.values())
    assert redact(text) == Redaction(text, ())
    assert redact("my insta is [handle] and my snap is [handle]").kinds == ()


def test_an_empty_message_stays_empty() -> None:
    assert redact("") == Redaction("", ())


def test_the_result_cannot_be_changed_after_the_fact() -> None:
    result = redact("call 07700 900123", "GB")
    with pytest.raises(FrozenInstanceError):
        result.text = "call 07700 900123"  # type: ignore[misc]


def test_a_very_long_message_is_handled() -> None:
    text = "they want 500 euros and posted it on instagram. " * 200 + "my number is 07700 900123"
    result = redact(text, "GB")
    assert result.text.endswith("my number is [phone]") and result.kinds == ("phone",)
