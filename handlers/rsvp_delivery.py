"""What an attendee receives besides the chat replies: the calendar file, the personal check-in QR
code, and the news that a freed place is theirs. Part of the RSVP feature (rsvp.py, rsvp_own.py)."""

from __future__ import annotations

import logging

from telegram.error import TelegramError

from bot.calendar import calendar_fingerprint, event_ics
from bot.checkin import deep_link, qr_png
from bot.rsvp import Rsvp
from handlers.checkin_texts import CHECKIN_UI
from handlers.context import BotContext
from handlers.replies import deliver
from handlers.rsvp_texts import RSVP_UI

log = logging.getLogger(__name__)


async def send_calendar(context: BotContext, chat_id: int, lang: str) -> bool:
    """The event as an .ics file, in the user's language."""
    own = context.services
    logistics = own.answerer.kb.logistics
    sequence = await own.storage.calendar_sequence(calendar_fingerprint(logistics))
    data = event_ics(logistics, lang, now=own.now(), sequence=sequence)
    try:
        await context.bot.send_document(
            chat_id,
            data,
            filename=f"{logistics.event_id}.ics",
            caption=RSVP_UI.t("calendar_caption", lang),
            parse_mode=None,
        )
    except TelegramError as error:
        log.info("could not send the calendar file: %s: %s", type(error).__name__, error)
        return False
    return True


async def send_checkin_code(context: BotContext, chat_id: int, user_id: int, lang: str) -> bool:
    """The person's check-in QR code, if they hold a place. Sent protected (Telegram then offers no
    forwarding or saving): the code admits its holder alone."""
    token = await context.services.storage.checkin_token(user_id)
    if token is None or not context.bot.username:
        return False
    try:
        await context.bot.send_photo(
            chat_id,
            qr_png(deep_link(context.bot.username, token)),
            caption=CHECKIN_UI.t("code_caption", lang),
            parse_mode=None,
            protect_content=True,
        )
    except TelegramError as error:
        log.info("could not send the check-in code: %s: %s", type(error).__name__, error)
        return False
    return True


async def send_attendee_papers(context: BotContext, chat_id: int, user_id: int, lang: str) -> None:
    """What a confirmed attendee keeps: the calendar file and the check-in code."""
    await send_calendar(context, chat_id, lang)
    await send_checkin_code(context, chat_id, user_id, lang)


async def tell_promoted(context: BotContext, promoted: Rsvp | None) -> None:
    """Tells the person who got a freed place, in their language, with the calendar file and their code."""
    if promoted is None:
        return
    lang = await context.services.storage.get_language(promoted.user_id) or promoted.language
    if await deliver(context.bot, promoted.user_id, RSVP_UI.t_html("promoted", lang)):
        await send_attendee_papers(context, promoted.user_id, promoted.user_id, lang)
