"""Shared steps for the RSVP handler tests: walking a user through /rsvp with the offline harness."""

from __future__ import annotations

from typing import Any

from handlers.rsvp import ATTEND, CONFIRM_DATA, PICK_CATEGORY, SKIP
from tests.telegram_harness import FakeUser, Replies, Sent, TelegramHarness


def button_data(replies: Replies, data: str) -> Sent:
    """The message among the replies that carries a button with this callback data."""
    for sent in reversed(replies):
        if data in sent.button_data:
            return sent
    raise LookupError(f"no button {data!r} in {[s.button_data for s in replies]}")


async def reach_summary(
    bot: TelegramHarness,
    user: FakeUser,
    *,
    status: str = "yes",
    name: str | None = "Amina Benali",
    organisation: str = "Entraide nationale",
    category: str = "public_institution",
    dietary: str | None = None,
    email: str | None = None,
) -> Replies:
    """/rsvp through to the summary (name None: the Telegram profile name button). Returns the summary."""
    replies = await bot.send(user, "/rsvp")
    replies = await bot.press(user, button_data(replies, ATTEND + status), data=ATTEND + status)
    if name is None:
        replies = await bot.press(user, replies.last, data="r:n")
    else:
        replies = await bot.send(user, name)
    replies = await bot.send(user, organisation)
    replies = await bot.press(user, replies.last, data=PICK_CATEGORY + category)
    if status != "no":
        replies = await (bot.send(user, dietary) if dietary is not None else bot.press(user, replies.last, data=SKIP))
        replies = await (bot.send(user, email) if email is not None else bot.press(user, replies.last, data=SKIP))
    return replies


async def complete_rsvp(bot: TelegramHarness, user: FakeUser, **answers: Any) -> Replies:
    """The whole conversation, confirmed. Returns what the bot sent after Confirm."""
    summary = await reach_summary(bot, user, **answers)
    return await bot.press(user, button_data(summary, CONFIRM_DATA), data=CONFIRM_DATA)
