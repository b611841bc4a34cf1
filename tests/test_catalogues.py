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


async def test_the_events_city_and_date_come_from_the_knowledge_base(tmp_path):
    """Issue 9, point 5: the welcome, /help, the first RSVP question, the fallback, the reminders and the
    calendar name the event from logistics.yaml, so the next event needs content changes only."""
    import shutil

    from tests.conftest import KNOWLEDGE
    from tests.telegram_harness import TelegramHarness, offline_config

    folder = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, folder)
    logistics = folder / "logistics.yaml"
    text = logistics.read_text(encoding="utf-8").replace("date: 2018-01-26", "date: 2019-03-01")
    text = text.replace("fr: Rabat", "fr: Casablanca").replace("en: Rabat", "en: Casablanca")
    logistics.write_text(text.replace("ar: الرباط", "ar: الدار البيضاء"), encoding="utf-8")
    from bot.answering import Answerer
    from bot.knowledge import load_knowledge

    async with TelegramHarness(offline_config(knowledge=folder), answerer=Answerer(load_knowledge(folder))) as bot:
        french, arabic = bot.user(lang="fr"), bot.user(lang="ar")
        welcome = (await bot.send(french, "/start")).last.text
        assert "Casablanca, le 1er mars 2019" in welcome
        assert "Rabat" not in welcome and "2018" not in welcome
        assert "بالدار البيضاء يوم فاتح مارس 2019" in (await bot.send(arabic, "/start")).last.text
        assert "Casablanca" in (await bot.send(french, "/help")).last.text
        assert "Casablanca" in (await bot.send(french, "/rsvp")).last.text
        assert "Casablanca" in (await bot.send(french, "zorglub quantique ?")).last.text


def test_a_missing_translation_in_a_po_file_stops_the_start_with_its_key(tmp_path):
    import shutil

    from bot.texts import LOCALES_FOLDER

    folder = tmp_path / "locales"
    shutil.copytree(LOCALES_FOLDER, folder)
    path = folder / "ar" / "LC_MESSAGES" / "teaching.po"
    text = path.read_text(encoding="utf-8")
    assert 'msgstr "تم استبعاد السؤال."' in text
    path.write_text(text.replace('msgstr "تم استبعاد السؤال."', 'msgstr ""'), encoding="utf-8")
    with pytest.raises(ValueError, match=r"dismissed\.ar"):
        Catalogue.from_po("teaching", folder=folder)
    assert Catalogue.from_po("teaching", folder=LOCALES_FOLDER)("dismissed", "ar") == "تم استبعاد السؤال."
