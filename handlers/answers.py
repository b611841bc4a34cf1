"""Showing the core's Replies, and the buttons under them: follow-ups and suggestions (a:<lang>:<id>)
and "none of these" (n).

"None of these" must record the question the suggestions were for, which does not fit in 64 bytes of
callback data: the question is kept in chat_data under the id of the suggestion message (the last
few per chat, in memory). Only a press under a message remembered there counts: "n" on any other
message (sent before a restart, too old, or forged) is answered like any stale button and records
nothing, so nobody can inflate the organisers' unanswered list.
"""

from __future__ import annotations

import logging

from telegram import Message, Update
from telegram.error import BadRequest, TelegramError
from telegram.ext import Application, CallbackQueryHandler

from bot.answering import Reply, VenuePin
from bot.matcher import Outcome
from handlers.context import BotContext
from handlers.locale import is_private, ui_language
from handlers.render import ANSWER, NONE_OF_THESE, callback_pattern, core_say, follow_up_keyboard, parse_callback, suggestion_keyboard
from handlers.replies import answer_query, send_html, send_plain
from handlers.texts import TEXTS

log = logging.getLogger(__name__)
_SUGGESTED = "suggested"  # chat_data: {message id: (question, lang), or None once settled}
KEPT_SUGGESTIONS = 10


async def send_reply(update: Update, context: BotContext, reply: Reply, question: str | None = None) -> Message | None:
    """Sends a Reply with its buttons; for a suggestion list, remembers the question for 'none of these'."""
    if reply.outcome is Outcome.ANSWER:
        keyboard = follow_up_keyboard(reply, private=is_private(update), bot_username=context.bot.username)
        sent = await send_plain(update, context, reply.text, keyboard)
        if reply.venue_pin is not None and update.effective_chat is not None:
            await _send_pin(context, update.effective_chat.id, reply.venue_pin)
        return sent
    if reply.outcome is Outcome.SUGGEST:
        sent = await send_plain(update, context, reply.text, suggestion_keyboard(reply))
        if sent is not None and question is not None:
            remember_question(context, sent.message_id, question, reply.lang)
        return sent
    return await send_plain(update, context, reply.text)


async def _send_pin(context: BotContext, chat_id: int, pin: VenuePin) -> None:
    """The venue on a map, under a "where" answer; a courtesy: a failure is logged, the answer stands."""
    try:
        await context.bot.send_venue(chat_id, latitude=pin.latitude, longitude=pin.longitude, title=pin.title[:256], address=pin.address[:256] or pin.title[:256])
    except TelegramError as error:
        log.info("could not send the venue pin: %s: %s", type(error).__name__, error)


def own_names(update: Update) -> tuple[str | None, ...]:
    """The asker's names as Telegram shows them: a question holding one is not kept in the log (it is
    most likely an RSVP answer typed after the conversation timed out or the bot restarted)."""
    user = update.effective_user
    return (user.full_name, user.first_name, user.last_name, user.username) if user is not None else ()


async def answer_text(update: Update, context: BotContext, text: str, lang: str, reply: Reply | None = None) -> Reply:
    """Answers a typed question (`reply` when the caller already asked the core) and logs it for the
    organisers' statistics, with the asker's keyed hash; its text is kept only when it went unanswered
    and does not look like personal data (bot/question_log.py)."""
    own = context.services
    reply = reply or own.answerer.ask(text, preferred_lang=lang)
    await send_reply(update, context, reply, question=text)
    try:  # after answering: a database problem must not cost the user the answer
        kept = text if reply.outcome is Outcome.FALLBACK else None
        await own.storage.log_question(reply.lang, reply.outcome.value, kept, asker=update.effective_user.id, names=own_names(update))
    except Exception:  # noqa: BLE001 - logged with its traceback; the organisers' statistics miss one question
        log.exception("could not record a question (%s, %s)", reply.lang, reply.outcome.value)
    return reply


def remember_question(context: BotContext, message_id: int, question: str, lang: str) -> None:
    _keep(context.chat_data.setdefault(_SUGGESTED, {}), message_id, (question, lang))


def _keep(suggested: dict, message_id: int, value: tuple[str, str] | None) -> None:
    """Stores a question (None once settled), keeping only the newest few per chat."""
    suggested.pop(message_id, None)
    suggested[message_id] = value
    while len(suggested) > KEPT_SUGGESTIONS:
        del suggested[next(iter(suggested))]  # dicts keep insertion order: the oldest goes


async def answer_button(update: Update, context: BotContext) -> None:
    """A follow-up or a suggestion: the entry's answer, as a new message, in the language of the buttons."""
    query = update.callback_query
    parsed = parse_callback(query.data)
    reply = context.services.answerer.show(parsed.target, parsed.lang) if parsed is not None and parsed.kind == ANSWER else None
    if reply is None:  # never issued, or the entry was removed by a /reload
        await answer_query(query, TEXTS("stale_button", await ui_language(update, context)))
        return
    await answer_query(query)
    await send_reply(update, context, reply)


async def none_of_these(update: Update, context: BotContext) -> None:
    query = update.callback_query
    message_id = query.message.message_id if query.message is not None else 0
    suggested: dict[int, tuple[str, str] | None] = context.chat_data.setdefault(_SUGGESTED, {})
    if message_id in suggested and suggested[message_id] is None:  # pressed before: recorded once
        await answer_query(query, TEXTS("already_noted", await ui_language(update, context)))
        return
    pending = suggested.get(message_id)
    if pending is None:  # not a "did you mean" the bot remembers sending
        await answer_query(query, TEXTS("stale_button", await ui_language(update, context)))
        return
    own = context.services
    question, lang = pending
    await own.storage.log_question(lang, "none_of_these", question, asker=update.effective_user.id, names=own_names(update))
    _keep(suggested, message_id, None)
    await answer_query(query)
    try:  # the suggestions are settled: take the buttons away so they are not pressed again
        await query.edit_message_reply_markup(None)
    except BadRequest:
        pass
    contact = own.answerer.kb.logistics.contact_sentence(lang)
    await send_html(update, context, core_say("none_of_these_reply", lang, contact=contact))


def register(application: Application) -> None:
    application.add_handler(CallbackQueryHandler(answer_button, pattern=callback_pattern(ANSWER)))
    application.add_handler(CallbackQueryHandler(none_of_these, pattern=f"^{NONE_OF_THESE}$"))
