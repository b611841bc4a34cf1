"""A restart (every deploy) keeps what people were in the middle of: an RSVP half answered, a
"did you mean" awaiting "none of these", a broadcast awaiting confirmation. Through the real
Application, stopped and built again on the same database."""

from __future__ import annotations

import pytest

from bot.storage import Storage
from handlers.rsvp import ATTEND, CONFIRM_DATA, PICK_CATEGORY, SKIP
from handlers.rsvp_texts import RSVP_UI
from tests.rsvp_helpers import button_data
from tests.telegram_harness import Clock, TelegramHarness, offline_config, suggested_question


@pytest.fixture
def database(tmp_path):
    return tmp_path / "bot.sqlite3"


def harness(database, storage, clock=None, **config) -> TelegramHarness:
    return TelegramHarness(offline_config(database=database, **config), storage=storage, clock=clock)


async def test_an_rsvp_in_progress_carries_on_after_a_restart(database):
    storage = await Storage.open(database)
    try:
        async with harness(database, storage) as bot:
            user = bot.user(lang="fr")
            replies = await bot.send(user, "/rsvp")
            await bot.press(user, button_data(replies, ATTEND + "yes"), data=ATTEND + "yes")
            replies = await bot.send(user, "Amina Benali")
            assert replies.last.text == RSVP_UI.t_html("ask_organisation", "fr")
        async with harness(database, storage) as bot:  # a new Application: as after a deploy
            replies = await bot.send(user, "Entraide nationale")
            assert replies.last.text == RSVP_UI.t_html("ask_category", "fr")  # the same step, not a question
            replies = await bot.press(user, replies.last, data=PICK_CATEGORY + "donor")
            replies = await bot.press(user, replies.last, data=SKIP)
            replies = await bot.press(user, replies.last, data=SKIP)
            await bot.press(user, button_data(replies, CONFIRM_DATA), data=CONFIRM_DATA)
        row = await storage.get_rsvp(user.id)
        assert (row.full_name, row.organisation, row.category, row.status) == (
            "Amina Benali",
            "Entraide nationale",
            "donor",
            "yes",
        )
    finally:
        await storage.close()


async def test_a_button_pressed_after_a_restart_is_answered_and_carries_on(database):
    storage = await Storage.open(database)
    try:
        async with harness(database, storage) as bot:
            user = bot.user(lang="en")
            replies = await bot.send(user, "/rsvp")
            await bot.press(user, button_data(replies, ATTEND + "maybe"), data=ATTEND + "maybe")
            await bot.send(user, "Amina Benali")
            category_step = await bot.send(user, "UNDP")
        async with harness(database, storage) as bot:
            replies = await bot.press(user, category_step.last, data=PICK_CATEGORY + "donor")
            assert replies.callback_answers  # no silent spinner
            assert RSVP_UI.t_html("ask_dietary", "en") in replies.last.text
    finally:
        await storage.close()


async def test_a_draft_older_than_the_timeout_does_not_come_back_after_a_restart(database):
    storage = await Storage.open(database)
    clock = Clock()
    try:
        async with harness(database, storage, clock) as bot:
            user = bot.user(lang="en")
            replies = await bot.send(user, "/rsvp")
            await bot.press(user, button_data(replies, ATTEND + "yes"), data=ATTEND + "yes")
        clock.advance(31 * 60)
        async with harness(database, storage, clock) as bot:
            replies = await bot.send(user, "Amina Benali")  # no longer taken as the name
            assert RSVP_UI.t_html("ask_organisation", "en") not in replies.text
        assert await storage.get_rsvp(user.id) is None
    finally:
        await storage.close()


async def test_none_of_these_still_counts_after_a_restart(database):
    storage = await Storage.open(database)
    question, _ = suggested_question("en")
    try:
        async with harness(database, storage) as bot:
            user = bot.user(lang="en")
            suggestion = await bot.send(user, question)
        async with harness(database, storage) as bot:
            await bot.press(user, suggestion.last, data="n")
        unanswered = await storage.top_unanswered()
        assert any(item.text == question for item in unanswered)
    finally:
        await storage.close()


async def test_a_broadcast_awaiting_confirmation_goes_out_after_a_restart(database):
    from handlers.broadcasting import CALLBACK as BROADCAST
    from tests.rsvp_helpers import complete_rsvp

    organiser_id = 4242
    storage = await Storage.open(database)
    try:
        async with harness(database, storage, organisers=frozenset({organiser_id})) as bot:
            attendee = bot.user(lang="fr")
            await complete_rsvp(bot, attendee)
            organiser = bot.user(lang="en", user_id=organiser_id)
            preview = await bot.send(organiser, "/broadcast The venue is announced.")
            data = next(data for data in preview.last.button_data if data.startswith(BROADCAST) and data.endswith(":a"))
        async with harness(database, storage, organisers=frozenset({organiser_id})) as bot:
            await bot.press(organiser, preview.last, data=data)
            delivered = [
                call
                for call in bot.api.calls
                if call.method == "sendMessage" and int(call.params["chat_id"]) == attendee.id
            ]
            assert delivered and "The venue is announced." in delivered[-1].params["text"]
    finally:
        await storage.close()


async def test_forget_erases_the_persisted_draft_too(database):
    import sqlite3

    from handlers.rsvp_own import FORGET_YES

    storage = await Storage.open(database)
    try:
        async with harness(database, storage) as bot:
            user = bot.user(lang="en")
            replies = await bot.send(user, "/rsvp")
            await bot.press(user, button_data(replies, ATTEND + "yes"), data=ATTEND + "yes")
            await bot.send(user, "Zoubida Secretname")
            await bot.send(user, "/language")  # leaves the RSVP; nothing saved
            await bot.send(user, "/rsvp")
            replies = await bot.press(
                user, button_data(await bot.send(user, "/rsvp"), ATTEND + "no"), data=ATTEND + "no"
            )
            await bot.send(user, "Zoubida Secretname")
            asked = await bot.send(user, "/forget")
            await bot.press(user, asked.last, data=FORGET_YES)
        with sqlite3.connect(database) as connection:
            rows = connection.execute("SELECT kind, key, value FROM telegram_state").fetchall()
        assert not any(b"Secretname" in value for _, _, value in rows)
        assert not any(key == str(user.id) for kind, key, _ in rows if kind in ("user_data", "chat_data"))
    finally:
        await storage.close()
