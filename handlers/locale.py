"""The language of the bot's own words for a user: chosen with /language, else Telegram's, else the default.

(Answers to questions are in the language of the question: that is the core's Reply.lang.)
"""

from __future__ import annotations

from telegram import Update
from telegram.ext import ContextTypes

from bot.languages import LANGUAGES, from_telegram_code
from handlers.services import services


async def ui_language(update: Update, context: ContextTypes.DEFAULT_TYPE) -> str:
    user = update.effective_user
    own = services(context)
    if user is not None:
        chosen = await own.storage.get_language(user.id)
        if chosen in LANGUAGES:
            return chosen
        from_telegram = from_telegram_code(user.language_code)
        if from_telegram:
            return from_telegram
    return own.config.default_language


def is_private(update: Update) -> bool:
    chat = update.effective_chat
    return chat is not None and chat.type == chat.PRIVATE
