"""The event's identity (name, programme, date, city) in the bot's messages comes from knowledge/logistics.yaml
(issue 9, point 5): another event is served by changing content only."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.answering import Answerer
from bot.calendar import event_ics
from bot.knowledge import KnowledgeError, load_knowledge
from handlers.reminders import reminder_text
from tests.rsvp_helpers import complete_rsvp
from tests.telegram_harness import TelegramHarness

CHANGES = (
    ("event_id: closing-breakfast-2018-01-26", "event_id: annual-forum-2019"),
    ("  en: joint IOM-UNDP\n", "  en: ACME-led\n"),
    ("  en: IOM Morocco, jointly with the MDCMREAM ministry and UNDP", "  en: the Tangier Migration Network"),
    ("  en: IOM Morocco\n", "  en: the Network's secretariat\n"),
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
    assert "the ACME-led <b>Migration Futures</b> programme and its annual forum in Tangier on 1 March 2019" in welcome
    assert "Mainstreaming" not in welcome and "breakfast" not in welcome and "IOM" not in welcome
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
    assert "Organised by the Tangier Migration Network" in ics and "IOM" not in ics and "Mainstreaming" not in ics
    assert "UID:annual-forum-2019@" in ics


def test_the_fallback_and_the_contact_name_the_organisers_of_the_knowledge_base(folder):
    kb = another_event(folder)
    reply = Answerer(kb).ask("zorglub wibble frotz", "en").text
    assert "the ACME-led Migration Futures programme and its annual forum in Tangier" in reply
    assert "The organisers (the Network's secretariat) have not published a contact yet" in reply
    assert "IOM" not in reply


async def test_the_calendar_file_sent_after_an_rsvp_is_named_after_the_event(folder):
    kb = another_event(folder)
    async with TelegramHarness(answerer=Answerer(kb)) as bot:
        replies = await complete_rsvp(bot, bot.user("en"))
    filename, content = next(sent for sent in replies if sent.method == "sendDocument").files["document"]
    assert filename == "annual-forum-2019.ics"
    assert b"UID:annual-forum-2019@" in content and b"DTSTART;VALUE=DATE:20190301" in content


def test_an_event_id_that_is_not_an_identifier_is_refused(folder):
    path = folder / "logistics.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("event_id: closing-breakfast-2018-01-26", 'event_id: "Forum 2019!"'),
        encoding="utf-8",
    )
    with pytest.raises(KnowledgeError, match="event_id"):
        load_knowledge(folder)


def test_the_bundled_event_keeps_its_calendar_identity(kb):
    """Calendars that already hold the event update it only if the UID stays the same."""
    ics = event_ics(kb.logistics, "fr", now=datetime(2018, 1, 20, tzinfo=UTC)).decode("utf-8")
    assert "UID:closing-breakfast-2018-01-26@migration-mainstreaming.bot\r\n" in ics
