"""Showing the core's Replies in Telegram: the answer with its buttons (follow-ups, or suggestions with
"none of these"), the venue pin under a "where" answer, and the question logged for the organisers.
Shared by the features that answer (questions, start, answers, rsvp); handlers/answers.py handles the
buttons themselves.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from telegram import Message, Update
from telegram.error import TelegramError

from bot.knowledge import Entry
from bot.reply import Reply, VenuePin
from bot.typography import typeset
from bot.verdict import Outcome
from handlers.context import BotContext
from handlers.locale import is_private
from handlers.render import follow_up_keyboard, suggestion_keyboard
from handlers.replies import send_plain

log = logging.getLogger(__name__)
SUGGESTED = "suggested"  # chat_data: {message id: (question, lang), or None once settled}
KEPT_SUGGESTIONS = 10
CONTACT_TOLD = "contact_told"  # user_data: when the way to reach the organisers was last said
CONVERSATION = timedelta(hours=12)  # "once per conversation": not said again within this


def contact_due(context: BotContext) -> bool:
    """Whether to say how to reach the organisers (or that no contact is published yet): at most once
    per conversation, not under every answer (the contact's own answer always says it)."""
    told = context.user_data.get(CONTACT_TOLD) if context.user_data is not None else None
    return told is None or context.services.now() - told > CONVERSATION


def note_contact(context: BotContext, reply: Reply) -> None:
    """Remembers that this reply told the user how to reach the organisers."""
    _note_if_said(context, reply.text, reply.lang)


def _note_if_said(context: BotContext, text: str, lang: str) -> None:
    sentence = context.services.answerer.kb.logistics.contact_sentence(lang)
    if context.user_data is not None and sentence and typeset(sentence, lang) in text:
        context.user_data[CONTACT_TOLD] = context.services.now()


def contact_line(context: BotContext, lang: str) -> str:
    """The way to reach the organisers, when it is due (contact_due), noted as said; else ""."""
    if not contact_due(context):
        return ""
    sentence = context.services.answerer.kb.logistics.contact_sentence(lang)
    if context.user_data is not None:
        context.user_data[CONTACT_TOLD] = context.services.now()
    return sentence


def entry_text(context: BotContext, entry: Entry, lang: str) -> str:
    """An entry's answer as the topics browser shows it, the contact said once per conversation."""
    text = context.services.answerer.kb.render(entry, lang, contact_due(context))
    _note_if_said(context, text, lang)
    return text


async def send_reply(update: Update, context: BotContext, reply: Reply, question: str | None = None) -> Message | None:
    """Sends a Reply with its buttons; for a suggestion list, remembers the question for 'none of these'."""
    note_contact(context, reply)
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
        await context.bot.send_venue(
            chat_id,
            latitude=pin.latitude,
            longitude=pin.longitude,
            title=pin.title[:256],
            address=pin.address[:256] or pin.title[:256],
        )
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
    reply = reply or own.answerer.ask(text, preferred_lang=lang, contact=contact_due(context))
    await send_reply(update, context, reply, question=text)
    try:  # after answering: a database problem must not cost the user the answer
        kept = text if reply.outcome is Outcome.FALLBACK else None
        user = update.effective_user
        assert user is not None  # a question typed by someone: handlers.guards stops updates without a user
        await own.storage.log_question(reply.lang, reply.outcome.value, kept, asker=user.id, names=own_names(update))
    except Exception:  # noqa: BLE001 - logged with its traceback; the organisers' statistics miss one question
        log.exception("could not record a question (%s, %s)", reply.lang, reply.outcome.value)
    return reply


def remember_question(context: BotContext, message_id: int, question: str, lang: str) -> None:
    assert context.chat_data is not None  # the question came in a chat
    keep_question(context.chat_data.setdefault(SUGGESTED, {}), message_id, (question, lang))


def keep_question(suggested: dict[int, tuple[str, str] | None], message_id: int, value: tuple[str, str] | None) -> None:
    """Stores a question (None once settled), keeping only the newest few per chat."""
    suggested.pop(message_id, None)
    suggested[message_id] = value
    while len(suggested) > KEPT_SUGGESTIONS:
        del suggested[next(iter(suggested))]  # dicts keep insertion order: the oldest goes
