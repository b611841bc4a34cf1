"""Any other text is a question: the answer with its follow-ups, "did you mean", or the fallback.

The answer's language is the question's (the core decides, preferring the user's own language when the
question does not tell); every question is logged with its asker's keyed hash, its text only when it
went unanswered and does not look like personal data (bot/question_log.py).
"""

from __future__ import annotations

import re

from telegram import Update
from telegram.ext import MessageHandler, filters

from handlers.context import App, BotContext
from handlers.features import Feature
from handlers.locale import is_private, ui_language
from handlers.render import start_keyboard
from handlers.replies import send_html
from handlers.showing import answer_text
from handlers.texts import TEXTS


def without_mention(text: str, bot_username: str | None) -> str:
    """A group message minus the @mention of the bot that made it reach us."""
    if not bot_username:
        return text
    return re.sub(rf"@{re.escape(bot_username)}\b", " ", text, flags=re.IGNORECASE).strip()


async def question(update: Update, context: BotContext) -> None:
    assert update.message is not None  # registered with filters.UpdateType.MESSAGE
    # The mention is no part of the question, in a private chat as in a group ("@bot" alone is a hello).
    text = without_mention(update.message.text or "", context.bot.username)
    lang = await ui_language(update, context)
    if not text.strip():
        name = update.effective_user.first_name if update.effective_user else ""
        keyboard = start_keyboard(lang, private=is_private(update), bot_username=context.bot.username)
        identity = context.services.answerer.kb.logistics.identity(lang)  # the event, from logistics.yaml
        await send_html(update, context, TEXTS.t_html("welcome", lang, name=name, **identity), keyboard)
        return
    await answer_text(update, context, text, lang)


def register(application: App) -> None:
    application.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND & filters.UpdateType.MESSAGE, question))


FEATURE = Feature("questions", register)
