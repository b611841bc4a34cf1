"""The event's identity (name, programme, date, city) in the bot's messages comes from knowledge/logistics.yaml
(issue 9, point 5): another event is served by changing content only."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.answering import Answerer
from bot.calendar import event_ics
from bot.knowledge import load_knowledge
from handlers.reminders import reminder_text
from tests.telegram_harness import TelegramHarness

CHANGES = (
    ("date: 2018-01-26", "date: 2019-03-01"),
    ("  en: Rabat", "  en: Tangier"),
    ("  fr: Rabat", "  fr: Tanger"),
    ("  en: closing breakfast", "  en: annual forum"),
    ("  fr: petit-déjeuner de clôture", "  fr: forum annuel"),
    ("  en: Migration Mainstreaming", "  en: Migration Futures"),
    (
        '  en: Closing breakfast of phase 2 of the IOM-UNDP joint programme "Migration Mainstreaming"',
        "  en: Forum 2019",
    ),
)


def another_event(folder):
    path = folder / "logistics.yaml"
    text = path.read_text(encoding="utf-8")
    for old, new in CHANGES:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    path.write_text(text, encoding="utf-8")
    return load_knowledge(folder)


async def test_the_welcome_names_the_event_of_the_knowledge_base(folder):
    kb = another_event(folder)
    async with TelegramHarness(answerer=Answerer(kb)) as bot:
        welcome = (await bot.send(bot.user("en"), "/start")).last.text
        french = (await bot.send(bot.user("fr"), "/start")).last.text
    assert "<b>Migration Futures</b> programme and its annual forum in Tangier on 1 March 2019" in welcome
    assert "Mainstreaming" not in welcome and "breakfast" not in welcome
    assert "forum annuel à Tanger, le 1er mars 2019" in french


def test_the_reminder_names_the_event_of_the_knowledge_base(folder):
    kb = another_event(folder)
    reminder = reminder_text(kb.logistics, "en")
    assert "the annual forum of the <b>Migration Futures</b> programme takes place on 1 March 2019" in reminder
    assert "Tangier" in reminder and "breakfast" not in reminder


def test_the_calendar_file_has_the_title_of_the_knowledge_base(folder):
    kb = another_event(folder)
    ics = event_ics(kb.logistics, "en", now=datetime(2019, 2, 1, tzinfo=UTC)).decode("utf-8")
    assert "SUMMARY;LANGUAGE=en:Forum 2019\r\n" in ics
    assert "DTSTART;VALUE=DATE:20190301" in ics and "LOCATION;LANGUAGE=en:Tangier" in ics
    assert "Migration Futures" in ics  # the description names the programme
