"""Sending an announcement to those who replied, after the organiser chose the audience: the
machinery behind /broadcast (handlers/organisers.py) and the offer to tell attendees of a changed
practical detail (handlers/logistics.py). A shared service with one button handler, not a command.

`offer()` keeps the announcement in the organiser's user_data (persisted: a restart loses nothing)
under a small number and shows a preview with one button per audience that adds someone:

    AUDIENCES   yes  ->  yes and maybe  ->  everyone who has a place or may come (waiting list included)

Those who said no are never written to. Each recipient gets the text in their language (bot/announcements.py),
under a header in their language; with `calendar`, those who hold a place also get the updated .ics.
Sending goes one by one through the Application's rate limiter, editing a progress message.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from telegram import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import TelegramError
from telegram.ext import CallbackQueryHandler

from bot.announcements import text_for
from bot.rsvp import STATUS_MAYBE, STATUS_WAITLIST, STATUS_YES
from handlers.callbacks import prefix
from handlers.context import App, BotContext
from handlers.features import Feature
from handlers.locale import is_organiser, ui_language
from handlers.organiser_texts import ORG_UI
from handlers.render import escape
from handlers.replies import answer_query, answer_stale, deliver, send_html
from handlers.rsvp_delivery import send_calendar
from handlers.rsvp_texts import RSVP_UI

log = logging.getLogger(__name__)

# (code in the callback data, statuses reached, button text key), each audience wider than the last.
AUDIENCES: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("a", (STATUS_YES,), "button_broadcast_attending"),
    ("m", (STATUS_YES, STATUS_MAYBE), "button_broadcast_maybe"),
    ("e", (STATUS_YES, STATUS_MAYBE, STATUS_WAITLIST), "button_broadcast_all"),
)
CANCEL = "x"
CALLBACK = prefix("o") + ":b:"  # + <number>:<audience code | CANCEL>
_CALLBACK_DATA = re.compile(
    rf"^{re.escape(CALLBACK)}(\d{{1,9}}):([{''.join(code for code, _, _ in AUDIENCES)}{CANCEL}])$"
)
_PENDING = "pending_broadcasts"  # user_data: {number: Announcement}
KEPT = 5
PROGRESS_EVERY = 20  # recipients between two edits of the progress message


@dataclass(frozen=True)
class Announcement:
    texts: dict[str, str]  # plain text per language (bot.announcements), escaped when sent
    calendar: bool = False  # the time or venue changed: those with a place get the new .ics
    header: str = "broadcast_header"  # ORG_UI key framing the text


def _preview_text(announcement: Announcement, lang: str) -> str:
    if len(announcement.texts) == 1:
        return escape(next(iter(announcement.texts.values())))
    return "\n\n".join(f"<b>{escape(code)}</b>\n{escape(text)}" for code, text in announcement.texts.items())


async def offer(
    update: Update, context: BotContext, announcement: Announcement, *, quiet_if_nobody: bool = False
) -> bool:
    """Shows the preview and the audience buttons; False when nobody could receive it, which is said
    unless `quiet_if_nobody` (an offer the organiser did not ask for)."""
    lang = await ui_language(update, context)
    storage = context.services.storage
    counts = (await storage.rsvp_counts()).by_status
    reached = [sum(counts.get(status, 0) for status in statuses) for _, statuses, _ in AUDIENCES]
    if not reached[-1]:
        if not quiet_if_nobody:
            await send_html(update, context, ORG_UI.t_html("org_broadcast_nobody", lang))
        return False
    assert context.user_data is not None  # offered to an organiser in their private chat (/broadcast, /logistics)
    pending: dict[int, Announcement] = context.user_data.setdefault(_PENDING, {})
    number = max(pending, default=0) + 1
    pending[number] = announcement
    while len(pending) > KEPT:
        del pending[min(pending)]
    rows, previous = [], 0
    for (code, _, label), count in zip(AUDIENCES, reached, strict=False):
        if count > previous:  # a wider audience reaching nobody more is not offered
            rows.append(
                [InlineKeyboardButton(ORG_UI.t(label, lang, count=count), callback_data=f"{CALLBACK}{number}:{code}")]
            )
        previous = count
    rows.append([InlineKeyboardButton(RSVP_UI.t("button_cancel", lang), callback_data=f"{CALLBACK}{number}:{CANCEL}")])
    preview = ORG_UI(
        "org_broadcast_preview",
        lang,
        attending=counts.get(STATUS_YES, 0),
        maybe=counts.get(STATUS_MAYBE, 0),
        waitlist=counts.get(STATUS_WAITLIST, 0),
        text=_preview_text(announcement, lang),
    )
    await send_html(update, context, preview, InlineKeyboardMarkup(rows))
    return True


async def audience_button(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert (
        query is not None and context.user_data is not None
    )  # registered as a CallbackQueryHandler: a press, by a user
    lang = await ui_language(update, context)
    match = _CALLBACK_DATA.match(query.data or "")
    if match is None or not is_organiser(update, context):
        await answer_stale(query, lang)  # exactly what any button never issued gets
        return
    number, choice = int(match.group(1)), match.group(2)
    announcement = context.user_data.get(_PENDING, {}).pop(number, None)
    await answer_query(query)
    if announcement is None:
        await _edit(query, ORG_UI.t_html("org_broadcast_gone", lang))
        return
    if choice == CANCEL:
        await _edit(query, ORG_UI.t_html("org_broadcast_cancelled", lang))
        return
    statuses = next(statuses for code, statuses, _ in AUDIENCES if code == choice)
    delivered, failed = await send_announcement(context, announcement, statuses, query, lang)
    await send_html(
        update,
        context,
        ORG_UI.t_html("org_broadcast_done", lang, delivered=delivered, failed=failed, total=delivered + failed),
    )


async def send_announcement(
    context: BotContext, announcement: Announcement, statuses: tuple[str, ...], query: CallbackQuery, lang: str
) -> tuple[int, int]:
    """Sends to everyone with one of `statuses`, each in their language; returns (delivered, failed).
    A refusal (blocked bot, deleted account) is a failure, never an exception."""
    own = context.services
    storage = own.storage
    recipients = [
        (user_id, status, fallback)
        for status in statuses
        for user_id, fallback in await storage.attendee_contacts((status,))
    ]
    delivered = failed = 0
    await _edit(query, ORG_UI.t_html("org_broadcast_progress", lang, done=0, total=len(recipients)))
    for index, (user_id, status, fallback) in enumerate(recipients, start=1):
        their_lang = await storage.get_language(user_id) or fallback
        body = escape(text_for(announcement.texts, their_lang, own.config.default_language))
        if await deliver(context.bot, user_id, ORG_UI(announcement.header, their_lang, text=body)):
            delivered += 1
            if announcement.calendar and status == STATUS_YES:
                await send_calendar(context, user_id, their_lang)
        else:
            failed += 1
        if index % PROGRESS_EVERY == 0 or index == len(recipients):
            await _edit(query, ORG_UI.t_html("org_broadcast_progress", lang, done=index, total=len(recipients)))
    log.info("broadcast: %d delivered, %d failed", delivered, failed)
    return delivered, failed


async def _edit(query: CallbackQuery, text: str) -> None:
    try:
        await query.edit_message_text(text)
    except TelegramError as error:  # the progress message is a courtesy: never stop the broadcast for it
        log.info("could not edit the broadcast message: %s", error)


def register(application: App) -> None:
    application.add_handler(CallbackQueryHandler(audience_button, pattern=f"^{re.escape(CALLBACK)}"))


FEATURE = Feature("broadcasting", register)
