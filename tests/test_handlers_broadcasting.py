"""Announcements through the real Application, offline: /broadcast in two languages to those who said
yes and maybe; a new venue set with /logistics, told to attendees in their language with a calendar
file that updates the first one (same UID, higher SEQUENCE). And what can go wrong with a broadcast: no
text, nobody to send to, a blocked user, a text longer than one message, emoji and ampersands, a button
pressed by someone else."""

from __future__ import annotations

import re

from bot.config import EventSettings
from handlers.broadcasting import CALLBACK
from handlers.logistics import PICK, SAVE
from handlers.organiser_texts import ORG_UI
from tests.rsvp_helpers import complete_rsvp
from tests.telegram_harness import TelegramHarness, offline_config
from tests.telegram_refusals import visible_text

ORGANISER = 6161


def harness(**changes: object) -> TelegramHarness:
    changes.setdefault("organisers", frozenset({ORGANISER}))
    return TelegramHarness(offline_config(**changes))


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


async def test_a_broadcast_button_pressed_by_someone_else_is_an_unknown_button():
    async with harness() as bot:
        stranger = bot.user(lang="en")
        organiser = bot.user(lang="en", user_id=ORGANISER)
        await complete_rsvp(bot, bot.user(lang="fr"))
        preview = (await bot.send(organiser, "/broadcast hello")).last
        stale = await bot.press(stranger, preview, data="nonsense:1")
        replies = await bot.press(stranger, preview, data=preview.button_data[0])
        assert [a["text"] for a in replies.callback_answers] == [a["text"] for a in stale.callback_answers]
        assert not [call for call in replies.calls if call.method == "sendMessage"]


async def test_a_broadcast_with_nobody_attending_says_so_instead_of_offering_to_send():
    async with harness() as bot:
        organiser = bot.user(lang="fr", user_id=ORGANISER)
        replies = await bot.send(organiser, "/broadcast bonjour")
        assert "Personne" in replies.text
        assert not replies.last.buttons


async def test_broadcast_to_attendees_counts_a_blocked_user_as_failed_and_can_include_the_waitlist():
    async with harness(event=EventSettings(capacity=3)) as bot:
        langs = ("fr", "en", "ar", "en")  # the fourth goes to the waiting list
        people = [bot.user(lang=lang) for lang in langs]
        for person in people:
            await complete_rsvp(bot, person)
        await complete_rsvp(bot, bot.user(lang="fr"), status="maybe")
        organiser = bot.user(lang="en", user_id=ORGANISER)

        preview = await bot.send(organiser, "/broadcast Doors open <early>\nBring your badge")
        assert "Answered yes: 3 · maybe: 1 · waiting list: 1" in preview.last.text
        assert "&lt;early&gt;" in preview.last.text
        bot.api.fail("sendMessage", status=403, description="Forbidden: bot was blocked by the user")
        replies = await bot.press(organiser, preview.last, data=preview.last.button_data[0])
        assert replies.last.text == ORG_UI.t_html("org_broadcast_done", "en", delivered=2, failed=1, total=3)
        progress = [sent.text for sent in replies if sent.method == "editMessageText"]
        assert progress[0] == ORG_UI.t_html("org_broadcast_progress", "en", done=0, total=3)
        assert progress[-1] == ORG_UI.t_html("org_broadcast_progress", "en", done=3, total=3)
        received = {
            int(call.params["chat_id"]): call.params["text"]
            for call in replies.calls
            if call.method == "sendMessage" and call.result is not None and int(call.params["chat_id"]) != ORGANISER
        }
        assert set(received) == {people[1].id, people[2].id}  # the first (blocked) got nothing, the waitlist nothing
        assert received[people[2].id] == ORG_UI(
            "broadcast_header", "ar", text="Doors open &lt;early&gt;\nBring your badge"
        )

        preview = await bot.send(organiser, "/broadcast Second message")
        assert preview.last.button_texts[:3] == [
            ORG_UI(key, "en", count=count)
            for key, count in (
                ("button_broadcast_attending", 3),
                ("button_broadcast_maybe", 4),
                ("button_broadcast_all", 5),
            )
        ]
        replies = await bot.press(organiser, preview.last, data=preview.last.button_data[1])  # yes and maybe
        assert replies.last.text == ORG_UI.t_html("org_broadcast_done", "en", delivered=4, failed=0, total=4)
        again = await bot.press(organiser, preview.last, data=preview.last.button_data[1])  # pressed twice
        assert not [sent for sent in again if sent.method == "sendMessage"]


async def test_broadcast_without_text_explains_usage_and_cancel_sends_nothing():
    async with harness() as bot:
        await complete_rsvp(bot, bot.user(lang="fr"))
        organiser = bot.user(lang="fr", user_id=ORGANISER)
        assert (await bot.send(organiser, "/broadcast")).last.text == ORG_UI.t_html("org_broadcast_usage", "fr")
        preview = await bot.send(organiser, "/broadcast Bonjour")
        replies = await bot.press(organiser, preview.last, data=preview.last.button_data[-1])  # cancel
        assert replies.last.text == ORG_UI.t_html("org_broadcast_cancelled", "fr")
        assert not [sent for sent in replies if sent.method == "sendMessage"]


async def test_a_broadcast_longer_than_one_message_arrives_whole_in_pieces():
    async with harness() as bot:
        attendee = bot.user(lang="en")
        await complete_rsvp(bot, attendee)
        organiser = bot.user(lang="en", user_id=ORGANISER)
        words = " ".join(f"w{i}" for i in range(1000))[:4085].strip()  # the longest a /broadcast message can carry
        preview = await bot.send(organiser, "/broadcast " + words)
        replies = await bot.press(organiser, preview.last, data=preview.last.button_data[0])
        assert replies.last.text == ORG_UI.t_html("org_broadcast_done", "en", delivered=1, failed=0, total=1)
        pieces = [sent.text for sent in replies if sent.method == "sendMessage" and sent.chat_id == attendee.id]
        assert len(pieces) >= 2 and all(len(piece) <= 4096 for piece in pieces)  # with the header, over 4,096
        assert words in "\n".join(pieces)


async def test_an_emoji_heavy_broadcast_goes_through_in_pieces_telegram_accepts():
    async with harness() as bot:
        attendee = bot.user(lang="en")
        await complete_rsvp(bot, attendee)
        organiser = bot.user(lang="en", user_id=ORGANISER)
        message = "🙂" * 2040  # 2,040 characters for Python, 4,080 UTF-16 units for Telegram
        preview = await bot.send(organiser, "/broadcast " + message)
        assert message in preview.text and not bot.api.refusals
        replies = await bot.press(organiser, preview.last, data=preview.last.button_data[0])
        assert replies.last.text == ORG_UI.t_html("org_broadcast_done", "en", delivered=1, failed=0, total=1)
        pieces = [sent.text for sent in replies if sent.method == "sendMessage" and sent.chat_id == attendee.id]
        assert message in pieces  # the header alone first: the message itself fits one piece, whole


async def test_a_broadcast_full_of_ampersands_arrives_unbroken_and_not_garbled():
    async with harness() as bot:
        attendee = bot.user(lang="en")
        await complete_rsvp(bot, attendee)
        organiser = bot.user(lang="en", user_id=ORGANISER)
        message = "a&" * 2040  # escaped, 12,240 characters are sent for 4,080 seen
        preview = await bot.send(organiser, "/broadcast " + message)
        replies = await bot.press(organiser, preview.last, data=preview.last.button_data[0])
        assert replies.last.text == ORG_UI.t_html("org_broadcast_done", "en", delivered=1, failed=0, total=1)
        pieces = [
            visible_text(sent.text, "HTML")
            for sent in replies
            if sent.method == "sendMessage" and sent.chat_id == attendee.id
        ]
        assert message in pieces  # one message, as the user reads it
        assert not bot.api.refusals


async def test_broadcast_offers_a_wider_audience_only_when_it_reaches_someone_more():
    async with harness(event=EventSettings(capacity=1)) as bot:
        await complete_rsvp(bot, bot.user(lang="fr"))
        organiser = bot.user(lang="en", user_id=ORGANISER)
        preview = await bot.send(organiser, "/broadcast Hello")
        assert [data[-1] for data in preview.last.button_data] == ["a", "x"]  # attendees, cancel
        await complete_rsvp(bot, bot.user(lang="fr"))  # the breakfast is full: waiting list
        preview = await bot.send(organiser, "/broadcast Hello")
        assert [data[-1] for data in preview.last.button_data] == ["a", "e", "x"]  # nobody said maybe
        assert preview.last.button_texts[1] == ORG_UI("button_broadcast_all", "en", count=2)
