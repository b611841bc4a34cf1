"""Many RSVPs at the same time through the Application: none lost, none doubled, places never oversold."""

from __future__ import annotations

import asyncio
import time

from telegram import Update

from bot.config import EventSettings
from handlers.rsvp import ATTEND, CONFIRM_DATA, PICK_CATEGORY, SKIP
from handlers.rsvp_texts import RSVP_UI
from tests.conftest import FIGURES
from tests.rsvp_helpers import reach_summary
from tests.telegram_harness import TelegramHarness, offline_config
from tests.telegram_updates import Replies, Sent

USERS = 500
LANGS = ("fr", "en", "ar")
NAMES = ("Hélène Dupré", "John O'Brien", "محمد العلوي")


def _last_with_buttons(replies: Replies) -> dict[int, Sent]:
    latest: dict[int, Sent] = {}
    for sent in replies:
        if sent.method == "sendMessage" and sent.buttons:
            latest[sent.chat_id] = sent
    return latest


async def _everyone_at_once(bot: TelegramHarness, users, capacity_note: str = "") -> tuple[Replies, float]:
    """Each step of the conversation sent by every user at the same moment, as polling would deliver
    them (different users concurrently). Returns what the bot did after Confirm, and the time taken."""
    started = time.perf_counter()
    replies = await bot.feed_concurrently([{"message": bot.message_dict(u, "/rsvp")} for u in users])

    async def press(data_for) -> Replies:
        latest = _last_with_buttons(replies)
        return await bot.feed_concurrently(
            [{"callback_query": bot.updates.callback(u, latest[u.id], data=data_for(u))} for u in users]
        )

    async def type_(text_for) -> Replies:
        return await bot.feed_concurrently([{"message": bot.message_dict(u, text_for(u))} for u in users])

    replies = await press(lambda u: ATTEND + "yes")
    replies = await type_(lambda u: f"{NAMES[u.id % 3]} {u.id}")
    replies = await type_(lambda u: f"Organisation; DROP TABLE rsvps; -- {u.id} 🎉")
    replies = await press(lambda u: PICK_CATEGORY + "civil_society")
    replies = await press(lambda u: SKIP)
    replies = await type_(lambda u: f"person{u.id}@example.org")
    replies = await press(lambda u: CONFIRM_DATA)
    return replies, time.perf_counter() - started


async def test_500_users_confirming_at_the_same_time_give_500_rows():
    async with TelegramHarness(offline_config()) as bot:
        users = [bot.user(lang=LANGS[i % 3]) for i in range(USERS)]
        replies, seconds = await _everyone_at_once(bot, users)
        rsvps = await bot.storage.list_rsvps()
        assert len(rsvps) == USERS
        assert {r.user_id for r in rsvps} == {u.id for u in users}
        by_id = {r.user_id: r for r in rsvps}
        for user in users:
            rsvp = by_id[user.id]
            assert rsvp.full_name == f"{NAMES[user.id % 3]} {user.id}" and rsvp.email == f"person{user.id}@example.org"
            assert (
                rsvp.organisation == f"Organisation; DROP TABLE rsvps; -- {user.id} 🎉"
                and rsvp.language == user.language_code
            )
        confirmations = [
            s
            for s in replies
            if s.method == "sendMessage"
            and s.text == RSVP_UI.t_html("saved_yes", by_id[s.chat_id].language, name=by_id[s.chat_id].full_name)
        ]
        assert sorted(s.chat_id for s in confirmations) == sorted(u.id for u in users)
        assert len([s for s in replies if s.method == "sendDocument"]) == USERS
        FIGURES.setdefault("RSVP through the Application", []).append(
            f"{USERS} users x 8 steps, each step sent by all at once: {seconds:.2f} s "
            f"({USERS * 8 / seconds:.0f} updates/s), {len(rsvps)} rows"
        )


async def test_500_at_once_for_100_places_fill_them_exactly_and_queue_the_rest_in_order():
    async with TelegramHarness(offline_config(event=EventSettings(capacity=100))) as bot:
        users = [bot.user(lang=LANGS[i % 3]) for i in range(USERS)]
        replies, _ = await _everyone_at_once(bot, users)
        rsvps = await bot.storage.list_rsvps()
        attending = [r for r in rsvps if r.status == "yes"]
        waiting = [r for r in rsvps if r.status == "waitlist"]
        assert (len(rsvps), len(attending), len(waiting)) == (USERS, 100, 400)
        assert sorted(r.waitlist_position for r in waiting) == list(range(1, 401))
        # each person on the waiting list was told the position they have
        told = {s.chat_id: s.text for s in replies if s.method == "sendMessage"}
        for rsvp in waiting:
            assert told[rsvp.user_id] == RSVP_UI.t_html(
                "saved_waitlist", rsvp.language, name=rsvp.full_name, position=rsvp.waitlist_position
            )


async def _summary_for_one(bot: TelegramHarness):
    user = bot.user(lang="en")
    summary = await reach_summary(bot, user)
    return user, summary.last


async def test_one_user_confirming_twice_at_once_gives_one_row_and_one_confirmation():
    async with TelegramHarness(offline_config()) as bot:
        # as polling delivers them: the same user's two presses, processed concurrently with others
        user, summary = await _summary_for_one(bot)
        presses = [{"callback_query": bot.updates.callback(user, summary, data=CONFIRM_DATA)} for _ in range(2)]
        replies = await bot.feed_concurrently(presses)
        assert len(await bot.storage.list_rsvps()) == 1
        assert len([s for s in replies if s.text.startswith("Thank you")]) == 1
        assert len([s for s in replies if s.method == "sendDocument"]) == 1

        # and bypassing the per-user ordering altogether: both presses inside the handlers at once
        other, summary = await _summary_for_one(bot)
        updates = [
            Update.de_json(
                {"update_id": 10_000 + i, "callback_query": bot.updates.callback(other, summary, data=CONFIRM_DATA)},
                bot.application.bot,
            )
            for i in range(2)
        ]
        before = len(bot.api.calls)
        await asyncio.gather(*(bot.application.process_update(update) for update in updates))
        calls = bot.api.calls[before:]
        assert len(await bot.storage.list_rsvps()) == 2
        assert len([c for c in calls if c.method == "sendMessage" and c.params["text"].startswith("Thank you")]) == 1
        assert len([c for c in calls if c.method == "sendDocument"]) == 1
