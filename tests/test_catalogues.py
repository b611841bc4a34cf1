"""Every message the bot can send exists in every language, with the same placeholders and the same
HTML tags: a translation never loses a value or breaks the markup (issue 9)."""

from __future__ import annotations

import re
import string

import pytest

from bot.calendar import CALENDAR_TEXTS
from bot.languages import LANGUAGES
from bot.rsvp_export import EXPORT_TEXTS
from bot.rsvp_texts import RSVP_TEXTS
from bot.texts import CORE_TEXTS, Catalogue
from handlers.checkin_texts import CHECKIN_UI
from handlers.organiser_texts import ORG_UI
from handlers.rsvp_texts import RSVP_UI
from handlers.teaching_texts import TEACHING_UI
from handlers.texts import TEXTS

CATALOGUES = {
    "core": CORE_TEXTS,
    "calendar": CALENDAR_TEXTS,
    "export": EXPORT_TEXTS,
    "rsvp-core": RSVP_TEXTS,
    "telegram": TEXTS,
    "rsvp": RSVP_UI,
    "organisers": ORG_UI,
    "checkin": CHECKIN_UI,
    "teaching": TEACHING_UI,
}
_TAG = re.compile(r"</?([a-z]+)[^>]*>")
_LANGUAGE_SPECIFIC = (".zero", ".two", ".few", ".many")  # Arabic plural forms: no French or English text


def _raw(catalogue: Catalogue) -> dict[str, dict[str, str]]:
    return {key: dict(catalogue._texts[key]) for key in catalogue}  # noqa: SLF001 - the templates themselves


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("name", CATALOGUES)
def test_every_message_in_every_language_with_the_same_placeholders_and_tags(name):
    problems = []
    for key, per_lang in _raw(CATALOGUES[name]).items():
        if key.endswith(_LANGUAGE_SPECIFIC):
            continue
        missing = [lang for lang in LANGUAGES if not per_lang.get(lang)]
        if missing:
            problems.append(f"{key}: no {', '.join(missing)} text")
            continue
        reference = per_lang["fr"]
        for lang in LANGUAGES:
            counted = key.endswith((".one", ".other"))  # Arabic writes «سؤال واحد», «سؤالان»: no digits
            found, expected = placeholders(per_lang[lang]), placeholders(reference)
            if found != expected and not (counted and found <= expected):
                problems.append(f"{key}.{lang}: placeholders {sorted(placeholders(per_lang[lang]))} != fr's")
            if sorted(_TAG.findall(per_lang[lang])) != sorted(_TAG.findall(reference)):
                problems.append(f"{key}.{lang}: HTML tags differ from fr's")
    assert problems == []
