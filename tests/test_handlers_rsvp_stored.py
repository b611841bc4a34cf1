"""A reply once stored, through the real Application, offline (tests/telegram_harness.py): /rsvp again,
/myrsvp, /cancelrsvp and /forget, the capacity and its waiting list, the deadline, and the organisers'
CSV over HTTP."""

from __future__ import annotations

from datetime import timedelta

from bot.config import EventSettings
from bot.rsvp import status_label
from bot.storage import Storage
from handlers.rsvp import (
    ATTEND,
    CANCEL_RSVP_NO,
    CANCEL_RSVP_YES,
    CONFIRM_DATA,
    EDIT_DATA,
    EDIT_FIELD,
    FORGET_NO,
    FORGET_YES,
    PICK_CATEGORY,
    SKIP,
)
from tests.rsvp_helpers import complete_rsvp, harness, reach_summary, said
from tests.storage_helpers import make_draft
from tests.telegram_harness import Clock, TelegramHarness, offline_config


async def test_running_rsvp_again_shows_the_stored_reply_and_updates_it():
    async with harness() as bot:
        user = bot.user(lang="en")
        await complete_rsvp(bot, user, email="old@example.org")
        first = await bot.storage.get_rsvp(user.id)
        replies = await bot.send(user, "/rsvp")
        assert said("already_replied", "en") in replies.last.text and "old@example.org" in replies.last.text
        replies = await bot.press(user, replies.last, data=EDIT_DATA)
        replies = await bot.press(user, replies.last, data=EDIT_FIELD + "email")
        replies = await bot.send(user, "new@example.org")
        await bot.press(user, replies.last, data=CONFIRM_DATA)
        rsvps = await bot.storage.list_rsvps()
        assert len(rsvps) == 1 and rsvps[0].email == "new@example.org" and rsvps[0].created_at == first.created_at


async def test_capacity_waitlist_and_promotion_told_in_the_promoted_users_language():
    async with harness(capacity=1) as bot:
        first, second, third = bot.user(lang="fr"), bot.user(lang="ar"), bot.user(lang="en")
        assert said("saved_yes", "fr", name="A") in (await complete_rsvp(bot, first, name="A")).text
        replies = await complete_rsvp(bot, second, name="B")
        assert said("saved_waitlist", "ar", name="B", position=1) in replies.text
        assert not any(sent.method == "sendDocument" for sent in replies)
        assert said("saved_waitlist", "en", name="C", position=2) in (await complete_rsvp(bot, third, name="C")).text

        replies = await bot.send(first, "/cancelrsvp")
        replies = await bot.press(first, replies.last, data=CANCEL_RSVP_YES)  # a held place: confirmed first
        assert said("cancel_rsvp_done", "fr") in replies.text
        told = [sent for sent in replies if sent.chat_id == second.id]
        assert told[0].text == said("promoted", "ar") and told[1].method == "sendDocument"
        assert (await bot.storage.get_rsvp(second.id)).status == "yes"
        assert "1" in (await bot.send(third, "/myrsvp")).last.text  # now first on the waiting list

        # /forget frees the place too, and the next one is told
        replies = await bot.send(second, "/forget")
        replies = await bot.press(second, replies.last, data=FORGET_YES)
        assert any(sent.chat_id == third.id and sent.text == said("promoted", "en") for sent in replies)
        assert await bot.storage.get_rsvp(second.id) is None


async def test_a_capacity_raised_before_a_restart_promotes_the_first_waiting_and_tells_them():
    storage = await Storage.open(":memory:")
    try:
        for user_id, lang in ((101, "fr"), (102, "ar"), (103, "en"), (104, "fr")):
            await storage.save_rsvp(make_draft(user_id, language=lang), capacity=1)
        assert [r.status for r in await storage.list_rsvps()] == ["yes", "waitlist", "waitlist", "waitlist"]
        async with TelegramHarness(offline_config(event=EventSettings(capacity=3)), storage=storage) as bot:
            # Done at start-up, by post_init (FEATURE.on_start): nothing to wait for.
            told = {(sent.chat_id, sent.method, sent.text) for sent in bot.sent}
            assert (102, "sendMessage", said("promoted", "ar")) in told and (
                103,
                "sendMessage",
                said("promoted", "en"),
            ) in told
            assert {sent.chat_id for sent in bot.sent if sent.method == "sendDocument"} == {102, 103}
            assert not any(sent.chat_id in (101, 104) for sent in bot.sent)
            assert [(r.user_id, r.status, r.waitlist_position) for r in await storage.list_rsvps()] == [
                (101, "yes", None),
                (102, "yes", None),
                (103, "yes", None),
                (104, "waitlist", 1),
            ]
    finally:
        await storage.close()


async def test_after_the_deadline_rsvp_says_registration_is_closed():
    async with harness(rsvp_deadline=Clock().current - timedelta(seconds=1)) as bot:
        user = bot.user(lang="en")
        replies = await bot.send(user, "/rsvp")
        assert replies.last.text == said("closed", "en")
        assert await bot.storage.get_rsvp(user.id) is None


async def test_deadline_passing_during_the_conversation_saves_nothing():
    async with harness(rsvp_deadline=Clock().current + timedelta(minutes=5)) as bot:
        user = bot.user(lang="fr")
        summary = await reach_summary(bot, user)
        bot.clock.advance(600)
        replies = await bot.press(user, summary.last, data=CONFIRM_DATA)
        assert said("closed", "fr") in replies.text
        assert await bot.storage.get_rsvp(user.id) is None


async def test_myrsvp_cancelrsvp_without_a_reply():
    async with harness() as bot:
        user = bot.user(lang="en")
        assert (await bot.send(user, "/myrsvp")).last.text == said("no_rsvp", "en")
        assert (await bot.send(user, "/cancelrsvp")).last.text == said("no_rsvp", "en")


async def test_myrsvp_shows_the_reply_and_in_a_group_shows_nothing_personal():
    async with harness() as bot:
        user = bot.user(lang="fr")
        await complete_rsvp(bot, user, name="Nadia Secret", email="nadia@example.org")
        replies = await bot.send(user, "/myrsvp")
        assert "Nadia Secret" in replies[0].text and "nadia@example.org" in replies[0].text
        code = replies.last  # a "yes": the personal check-in code comes with it, not to be forwarded
        assert code.method == "sendPhoto" and code.files["photo"][1].startswith(b"\x89PNG")
        assert code.params.get("protect_content") in (True, "true")
        group = bot.group()
        for command in ("/myrsvp", "/cancelrsvp", "/forget"):
            replies = await bot.send(user, command, chat=group)
            assert replies.last.text == said("private_only", "fr")
            # a plain link to the private chat: not the RSVP form, which is not what was asked for
            assert [button.url for button in replies.last.flat_buttons] == [f"https://t.me/{bot.username}"]
            assert "Nadia" not in replies.text and "nadia@" not in replies.text
        assert (await bot.storage.get_rsvp(user.id)).status == "yes"  # /cancelrsvp in the group did nothing


async def test_forget_deletes_rsvp_and_language_after_confirmation_only():
    async with harness() as bot:
        user = bot.user(lang="en")
        await bot.storage.set_language(user.id, "ar")
        await complete_rsvp(bot, user)
        replies = await bot.send(user, "/forget")
        assert replies.last.text == said("forget_ask", "ar")
        replies = await bot.press(user, replies.last, data=FORGET_NO)
        assert said("forget_kept", "ar") in replies.text
        assert await bot.storage.get_rsvp(user.id) is not None and await bot.storage.get_language(user.id) == "ar"

        replies = await bot.send(user, "/forget")
        replies = await bot.press(user, replies.last, data=FORGET_YES)
        assert said("forget_done", "ar") in replies.text  # told in the language they had
        assert await bot.storage.get_rsvp(user.id) is None and await bot.storage.get_language(user.id) is None


async def test_forget_erases_the_rows_from_the_database_file_itself(tmp_path, monkeypatch):
    """A deleted row's bytes would stay in the file's free space until overwritten: /forget must really
    erase them (SQLite's secure_delete), in the database and in its write-ahead log."""
    import sqlite3

    import aiosqlite

    connect = aiosqlite.connect

    async def connect_as_most_builds(*args, **kwargs):
        # Some SQLite builds (Debian's) erase by default, most do not: start from "off" to test the bot's setting.
        connection = await connect(*args, **kwargs)
        await connection.execute("PRAGMA secure_delete = OFF")
        return connection

    monkeypatch.setattr(aiosqlite, "connect", connect_as_most_builds)
    path = tmp_path / "bot.sqlite3"
    storage = await Storage.open(path)
    bot = TelegramHarness(offline_config(), storage=storage)
    await bot.start()
    try:
        user = bot.user(lang="en")
        await complete_rsvp(bot, user, name="Zephyrine Quillfeather", organisation="Quillfeather Holdings")
        stay = bot.user(lang="en")  # someone else's reply stays, so the page is rewritten, not dropped
        await complete_rsvp(bot, stay, name="Amina Bennani")
        replies = await bot.send(user, "/forget")
        await bot.press(user, replies.last, data=FORGET_YES)
        assert await storage.get_rsvp(user.id) is None
    finally:
        await bot.stop()
        await storage.close()
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()
    files = [file.read_bytes() for file in tmp_path.iterdir() if file.name.startswith("bot.sqlite3")]
    raw = b"".join(files)
    assert b"Amina Bennani" in raw  # the reading works: a kept name is there
    assert b"Zephyrine" not in raw and b"Quillfeather" not in raw


async def test_changing_a_yes_to_no_in_the_conversation_promotes_and_tells_the_next_one():
    async with harness(capacity=1) as bot:
        first, waiting = bot.user(lang="en"), bot.user(lang="fr")
        await complete_rsvp(bot, first)
        await complete_rsvp(bot, waiting)
        replies = await bot.send(first, "/rsvp")
        replies = await bot.press(first, replies.last, data=EDIT_DATA)
        replies = await bot.press(first, replies.last, data=EDIT_FIELD + "status")
        replies = await bot.press(first, replies.last, data=ATTEND + "maybe")
        replies = await bot.press(first, replies.last, data=CONFIRM_DATA)
        assert said("saved_maybe", "en", name="Amina Benali") in replies.text
        assert [sent.text for sent in replies if sent.chat_id == waiting.id][0] == said("promoted", "fr")
        assert (await bot.storage.get_rsvp(waiting.id)).status == "yes"


def test_rsvp_and_the_organisers_csv_over_http_with_python_m_bot_run(tmp_path):
    """The production path: `python -m bot run` polling the fake Bot API over HTTP, a file database;
    the .ics and the CSV go out as real multipart uploads."""
    import csv
    import io
    import signal

    from tests.bot_process import start_bot
    from tests.fake_bot_api import TOKEN, FakeBotApiServer
    from tests.telegram_updates import UpdateFactory, sent_message

    organiser_id = 777
    with FakeBotApiServer() as server:
        api, updates = server.api, UpdateFactory(server.api)
        process = start_bot(
            server, tmp_path, organisers=[organiser_id], event={"capacity": 10, "reminders": ["1d", "2h"]}
        )
        try:
            assert api.wait_for(lambda a: a.polls >= 1, 15.0), "the bot did not start polling"

            def exchange(update: dict, chat_id: int, method: str = "sendMessage", count: int = 1):
                before = len(api.calls)
                api.push_update(update)

                def ready(a):
                    return (
                        len(
                            [
                                c
                                for c in a.calls[before:]
                                if c.method == method and int(c.params.get("chat_id", 0)) == chat_id
                            ]
                        )
                        >= count
                    )

                assert api.wait_for(ready, 8.0), [c.method for c in api.calls[before:]]
                return [
                    sent_message(c)
                    for c in api.calls[before:]
                    if c.method == method and int(c.params.get("chat_id", 0)) == chat_id
                ][-1]

            salma = updates.user("ar", first_name="سلمى")
            prompt = exchange({"message": updates.message(salma, "/rsvp")}, salma.id)
            assert prompt.text == said("ask_attending", "ar")
            prompt = exchange({"callback_query": updates.callback(salma, prompt, data=ATTEND + "yes")}, salma.id)
            prompt = exchange({"callback_query": updates.callback(salma, prompt, data="r:n")}, salma.id)  # profile name
            prompt = exchange({"message": updates.message(salma, "وزارة الصحة")}, salma.id)
            prompt = exchange(
                {"callback_query": updates.callback(salma, prompt, data=PICK_CATEGORY + "public_institution")}, salma.id
            )
            prompt = exchange({"message": updates.message(salma, "نباتية")}, salma.id)
            summary = exchange({"callback_query": updates.callback(salma, prompt, data=SKIP)}, salma.id)
            document = exchange(
                {"callback_query": updates.callback(salma, summary, data=CONFIRM_DATA)}, salma.id, "sendDocument"
            )
            filename, content = document.files["document"]
            assert filename.endswith(".ics") and b"SUMMARY;LANGUAGE=ar:" in content

            organiser = updates.user("fr", user_id=organiser_id)
            csv_file = exchange({"message": updates.message(organiser, "/rsvps")}, organiser_id, "sendDocument")
            rows = list(csv.DictReader(io.StringIO(csv_file.files["document"][1].decode("utf-8-sig"), newline="")))
            # The organiser's language: French headers and statuses.
            assert [(row["Nom"], row["Organisation"], row["Besoins alimentaires"], row["Réponse"]) for row in rows] == [
                ("سلمى", "وزارة الصحة", "نباتية", "Participe")
            ]

            process.send_signal(signal.SIGTERM)
            out, err = process.communicate(timeout=8)
            assert process.returncode == 0, err[-2000:]
            assert TOKEN not in out + err
        finally:
            if process.poll() is None:
                process.kill()
                process.communicate()


async def test_someone_waiting_sees_the_waiting_list_as_their_status_in_the_summary():
    async with harness(capacity=1) as bot:
        await complete_rsvp(bot, bot.user(lang="fr"))
        waiting = bot.user(lang="fr")
        await complete_rsvp(bot, waiting)
        replies = await bot.send(waiting, "/rsvp")
        assert status_label("waitlist", "fr") in replies.last.text
        assert status_label("yes", "fr") not in replies.last.text


async def test_forget_with_nothing_stored_says_so_without_asking():
    async with harness() as bot:
        user = bot.user(lang="fr")
        replies = await bot.send(user, "/forget")
        assert replies.last.text == said("forget_nothing", "fr") and not replies.last.buttons


async def test_cancelrsvp_asks_a_confirmation_of_someone_holding_a_place_only():
    async with harness(capacity=1) as bot:
        holder, waiting = bot.user(lang="en"), bot.user(lang="fr")
        await complete_rsvp(bot, holder)
        await complete_rsvp(bot, waiting)
        replies = await bot.send(holder, "/cancelrsvp")
        assert replies.last.text == said("cancel_rsvp_ask", "en")
        assert replies.last.button_data == [CANCEL_RSVP_YES, CANCEL_RSVP_NO]
        assert (await bot.storage.get_rsvp(holder.id)).status == "yes"  # nothing done before the answer
        replies = await bot.press(holder, replies.last, data=CANCEL_RSVP_NO)
        assert said("cancel_rsvp_kept", "en") in replies.text
        assert (await bot.storage.get_rsvp(holder.id)).status == "yes"
        assert not any(sent.chat_id == waiting.id for sent in replies)

        # on the waiting list: cancelled at once (nobody's place is given away)
        replies = await bot.send(waiting, "/cancelrsvp")
        assert replies.last.text == said("cancel_rsvp_done", "fr") and not replies.last.buttons
        assert (await bot.storage.get_rsvp(waiting.id)).status == "no"
        # already "no": nothing to cancel
        assert (await bot.send(waiting, "/cancelrsvp")).last.text == said("cancel_rsvp_nothing", "fr")


async def test_cancelrsvp_without_a_capacity_asks_without_mentioning_a_waiting_list():
    async with harness() as bot:
        user = bot.user(lang="fr")
        await complete_rsvp(bot, user)
        replies = await bot.send(user, "/cancelrsvp")
        assert replies.last.text == said("cancel_rsvp_ask_unlimited", "fr")
        replies = await bot.press(user, replies.last, data=CANCEL_RSVP_YES)
        assert said("cancel_rsvp_done", "fr") in replies.text
        assert (await bot.storage.get_rsvp(user.id)).status == "no"
