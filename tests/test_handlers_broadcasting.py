"""Announcements through the real Application, offline: /broadcast in two languages to those who said
yes and maybe; a new venue set with /logistics, told to attendees in their language with a calendar
file that updates the first one (same UID, higher SEQUENCE)."""

from __future__ import annotations

import re

from handlers.broadcasting import CALLBACK
from handlers.logistics import PICK, SAVE
from handlers.organiser_texts import ORG_UI
from tests.rsvp_helpers import complete_rsvp
from tests.telegram_harness import TelegramHarness, offline_config

ORGANISER = 6161


def received_by(replies, user_id: int) -> list[str]:
    return [
        call.params["text"]
        for call in replies.calls
        if call.method == "sendMessage" and int(call.params["chat_id"]) == user_id
    ]


def calendars_to(replies, user_id: int) -> list[bytes]:
    return [
        call.files["document"][1]
        for call in replies.calls
        if call.method == "sendDocument" and int(call.params["chat_id"]) == user_id
    ]


def ics_field(ics: bytes, name: str) -> str:
    return re.search(rf"^{name}:(.*)\r$", ics.decode("utf-8"), re.MULTILINE).group(1)


async def test_a_broadcast_to_yes_and_maybe_in_two_languages():
    async with TelegramHarness(offline_config(organisers=frozenset({ORGANISER}))) as bot:
        amina, john, salma, bruno = bot.user(lang="fr"), bot.user(lang="en"), bot.user(lang="ar"), bot.user(lang="fr")
        await complete_rsvp(bot, amina)
        await complete_rsvp(bot, john, status="maybe")
        await complete_rsvp(bot, salma, status="maybe")
        await complete_rsvp(bot, bruno, status="no")
        organiser = bot.user(lang="fr", user_id=ORGANISER)
        preview = await bot.send(
            organiser, "/broadcast fr: Accueil dès 8 h 30.\nMerci d'être à l'heure.\nen: Doors open at 8:30."
        )
        assert "Accueil dès 8 h 30." in preview.last.text and "Doors open at 8:30." in preview.last.text
        replies = await bot.press(organiser, preview.last, data=f"{CALLBACK}1:m")
        assert replies.last.text == ORG_UI.t_html("org_broadcast_done", "fr", delivered=3, failed=0, total=3)
        assert received_by(replies, amina.id) == [
            ORG_UI("broadcast_header", "fr", text="Accueil dès 8 h 30.\nMerci d'être à l'heure.")
        ]
        assert received_by(replies, john.id) == [ORG_UI("broadcast_header", "en", text="Doors open at 8:30.")]
        # No Arabic version: the default language's, under an Arabic header.
        assert received_by(replies, salma.id) == [
            ORG_UI("broadcast_header", "ar", text="Accueil dès 8 h 30.\nMerci d'être à l'heure.")
        ]
        assert received_by(replies, bruno.id) == []  # said no: never written to
        assert not calendars_to(replies, amina.id)  # a plain broadcast carries no calendar file


async def test_a_new_venue_is_told_to_attendees_with_a_calendar_file_that_updates_theirs(folder):
    async with TelegramHarness(offline_config(knowledge=folder, organisers=frozenset({ORGANISER}))) as bot:
        salma, john = bot.user(lang="ar"), bot.user(lang="en")
        first = await complete_rsvp(bot, salma)
        first_ics = calendars_to(first, salma.id)[0]
        assert ics_field(first_ics, "SEQUENCE") == "0"
        await complete_rsvp(bot, john, status="maybe")

        organiser = bot.user(lang="en", user_id=ORGANISER)
        menu = await bot.send(organiser, "/logistics")
        await bot.press(organiser, menu.last, data=PICK + "venue")
        preview = await bot.send(organiser, "fr: Hôtel Farah, Rabat\nen: Farah Hotel, Rabat\nar: فندق فرح، الرباط")
        saved = await bot.press(organiser, preview.last, data=SAVE)
        offer = saved.last
        assert offer.button_data == [f"{CALLBACK}1:a", f"{CALLBACK}1:m", f"{CALLBACK}1:x"]  # yes; yes and maybe; cancel

        told = await bot.press(organiser, offer, data=f"{CALLBACK}1:a")
        assert told.last.text == ORG_UI.t_html("org_broadcast_done", "en", delivered=1, failed=0, total=1)
        [message] = received_by(told, salma.id)
        assert "فندق فرح، الرباط" in message and message.startswith("📢 <b>مستجدات عملية من المنظمين</b>")
        assert received_by(told, john.id) == []  # "maybe" was not chosen
        [new_ics] = calendars_to(told, salma.id)
        assert ics_field(new_ics, "UID") == ics_field(first_ics, "UID")
        assert ics_field(new_ics, "SEQUENCE") == "1"
        assert "فندق فرح" in new_ics.decode("utf-8")

        answer = await bot.send(bot.user(lang="en"), "where is the breakfast?")
        assert "Farah Hotel, Rabat" in answer.text
        again = await complete_rsvp(bot, bot.user(lang="fr"))  # a later "yes" gets the same revision
        assert ics_field(calendars_to(again, again.last.chat_id)[0], "SEQUENCE") == "1"


async def test_a_detail_nobody_needs_to_be_told_of_offers_nothing(folder):
    async with TelegramHarness(offline_config(knowledge=folder, organisers=frozenset({ORGANISER}))) as bot:
        await complete_rsvp(bot, bot.user(lang="fr"))
        organiser = bot.user(lang="fr", user_id=ORGANISER)
        menu = await bot.send(organiser, "/logistics")
        await bot.press(organiser, menu.last, data=PICK + "dress_code")
        preview = await bot.send(organiser, "Tenue de ville")
        saved = await bot.press(organiser, preview.last, data=SAVE)
        assert not any(CALLBACK in (data or "") for sent in saved for data in sent.button_data)
