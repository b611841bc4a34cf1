"""Showing the core's Replies, and the buttons under them: follow-ups and suggestions (a:<lang>:<id>)
and "none of these" (n).

"None of these" must record the question the suggestions were for, which does not fit in 64 bytes of
callback data: the question is kept in chat_data under the id of the suggestion message (the last
few per chat, in memory). Only a press under a message remembered there counts: "n" on any other
message (sent before a restart, too old, or forged) is answered like any stale button and records
nothing, so nobody can inflate the organisers' unanswered list.
"""

from __future__ import annotations

import contextlib
import logging

from telegram import Update
from telegram.error import BadRequest
from telegram.ext import CallbackQueryHandler

from bot.texts import CORE_TEXTS
from handlers.context import App, BotContext
from handlers.features import Feature
from handlers.locale import ui_language
from handlers.render import ANSWER, NONE_OF_THESE, callback_pattern, parse_callback
from handlers.replies import answer_query, answer_stale, send_html
from handlers.showing import SUGGESTED, contact_due, contact_line, keep_question, own_names, send_reply
from handlers.texts import TEXTS

log = logging.getLogger(__name__)


async def answer_button(update: Update, context: BotContext) -> None:
    """A follow-up or a suggestion: the entry's answer, as a new message, in the language of the buttons."""
    query = update.callback_query
    assert query is not None  # registered as a CallbackQueryHandler
    parsed = parse_callback(query.data)
    reply = (
        context.services.answerer.show(parsed.target, parsed.lang, contact=contact_due(context))
        if parsed is not None and parsed.kind == ANSWER and parsed.target is not None and parsed.lang is not None
        else None
    )
    if reply is None:  # never issued, or the entry was removed by a /reload
        await answer_stale(query, await ui_language(update, context))
        return
    await answer_query(query)
    await send_reply(update, context, reply)


async def none_of_these(update: Update, context: BotContext) -> None:
    query, user = update.callback_query, update.effective_user
    assert query is not None and user is not None  # registered as a CallbackQueryHandler: a press, by a user
    assert context.chat_data is not None  # the bot's buttons are on messages in a chat (no inline mode)
    message_id = query.message.message_id if query.message is not None else 0
    suggested: dict[int, tuple[str, str] | None] = context.chat_data.setdefault(SUGGESTED, {})
    if message_id in suggested and suggested[message_id] is None:  # pressed before: recorded once
        await answer_query(query, TEXTS("already_noted", await ui_language(update, context)))
        return
    pending = suggested.get(message_id)
    if pending is None:  # not a "did you mean" the bot remembers sending
        await answer_stale(query, await ui_language(update, context))
        return
    own = context.services
    question, lang = pending
    await own.storage.log_question(lang, "none_of_these", question, asker=user.id, names=own_names(update))
    keep_question(suggested, message_id, None)
    await answer_query(query)
    with contextlib.suppress(BadRequest):  # the suggestions are settled: take the buttons away
        await query.edit_message_reply_markup(None)
    contact = contact_line(context, lang)
    await send_html(update, context, CORE_TEXTS.t_html("none_of_these_reply", lang, contact=contact).rstrip())


def register(application: App) -> None:
    application.add_handler(CallbackQueryHandler(answer_button, pattern=callback_pattern(ANSWER)))
    application.add_handler(CallbackQueryHandler(none_of_these, pattern=f"^{NONE_OF_THESE}$"))


FEATURE = Feature("answers", register)
