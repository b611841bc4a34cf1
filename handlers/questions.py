"""Any other text is a question: the answer with its follow-ups, "did you mean", or the fallback.

The answer's language is the question's (the core decides, preferring the user's own language when the
question does not tell); every question is logged, its text only when it went unanswered.
"""

from __future__ import annotations

import logging
import re

from telegram import Update
from telegram.ext import Application, ContextTypes, MessageHandler, filters

from bot.matcher import Outcome
from handlers.answers import send_reply
from handlers.locale import is_private, ui_language
from handlers.render import say
from handlers.replies import send_html
from handlers.services import services

log = logging.getLogger(__name__)


def without_mention(text: str, bot_username: str | None) -> str:
    """A group message minus the @mention of the bot that made it reach us."""
    if not bot_username:
        return text
    return re.sub(rf"@{re.escape(bot_username)}\b", " ", text, flags=re.IGNORECASE).strip()


async def question(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    text = update.message.text or ""
    if not is_private(update):
        text = without_mention(text, context.bot.username)
    lang = await ui_language(update, context)
    if not text.strip():
        await send_html(update, context, say("mention_only", lang))
        return
    own = services(context)
    reply = own.answerer.ask(text, preferred_lang=lang)
    await send_reply(update, context, reply, question=text)
    try:  # after answering: a database problem must not cost the user the answer
        await own.storage.log_question(reply.lang, reply.outcome.value, text if reply.outcome is Outcome.FALLBACK else None)
    except Exception:  # noqa: BLE001 - logged with its traceback; the organisers' statistics miss one question
        log.exception("could not record a question (%s, %s)", reply.lang, reply.outcome.value)


def register(application: Application) -> None:
    application.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND & filters.UpdateType.MESSAGE, question))
