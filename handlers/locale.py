"""The language of the bot's own words for a user: chosen with /language, else Telegram's, else the default.

(Answers to questions are in the language of the question: that is the core's Reply.lang.)
"""

from __future__ import annotations

from typing import Any

from telegram import Update
from telegram.ext import CallbackContext

from handlers.context import BotContext, resolve_language
from handlers.services import services


async def ui_language(update: Update, context: CallbackContext[Any, Any, Any, Any]) -> str:
    """The language of the bot's words for this update's user (cached on the BotContext)."""
    if isinstance(context, BotContext):
        return await context.language()
    return await resolve_language(update, services(context))


def is_private(update: Update) -> bool:
    chat = update.effective_chat
    return chat is not None and chat.type == chat.PRIVATE


def is_organiser(update: Update, context: BotContext) -> bool:
    """An organiser (config.organisers), in a private chat: the only place organisers' flows answer."""
    user = update.effective_user
    return is_private(update) and user is not None and context.services.config.is_organiser(user.id)
