"""Shared steps for the RSVP handler tests: walking a user through /rsvp with the offline harness."""

from __future__ import annotations

from typing import Any

from bot.config import EventSettings
from handlers.rsvp import ATTEND, CONFIRM_DATA, EDIT_DATA, PICK_CATEGORY, SKIP
from handlers.rsvp_texts import RSVP_UI
from tests.telegram_harness import TelegramHarness, bundled_answerer, offline_config
from tests.telegram_updates import FakeUser, Replies, Sent

LANGS = ("fr", "en", "ar")


def harness(**event: object) -> TelegramHarness:
    return TelegramHarness(offline_config(event=EventSettings(**event)))


def said(key: str, lang: str, **values: object) -> str:
    """A text as the bot says it; the event's city and date come from the bundled logistics.yaml."""
    return RSVP_UI.t_html(key, lang, **{**bundled_answerer().kb.logistics.identity(lang), **values})


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


async def walk_to(bot: TelegramHarness, user: FakeUser, step: str) -> None:
    """Starts /rsvp and answers every step before `step` (a step name, as in the plan below)."""
    replies = await bot.send(user, "/rsvp")
    plan = [
        ("attending", lambda r: bot.press(user, r.last, data=ATTEND + "yes")),
        ("name", lambda r: bot.send(user, "Amina")),
        ("organisation", lambda r: bot.send(user, "OIM")),
        ("category", lambda r: bot.press(user, r.last, data=PICK_CATEGORY + "donor")),
        ("dietary", lambda r: bot.press(user, r.last, data=SKIP)),
        ("email", lambda r: bot.press(user, r.last, data=SKIP)),
        ("confirm", lambda r: bot.press(user, r.last, data=EDIT_DATA)),
    ]
    for name, action in plan:
        if name == step:
            return
        replies = await action(replies)
