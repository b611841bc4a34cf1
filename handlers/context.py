"""The context every handler gets (PTB's ContextTypes): the services, and the user's language resolved
once per update (PTB builds one context per update and hands it to every handler group in turn)."""

from __future__ import annotations

from typing import Any

from telegram import Update
from telegram.ext import Application, CallbackContext, ContextTypes, ExtBot

from bot.languages import LANGUAGES, from_telegram_code
from handlers.services import Services, services


class BotContext(CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], dict[Any, Any]]):
    def __init__(self, application: App, chat_id: int | None = None, user_id: int | None = None):
        super().__init__(application, chat_id, user_id)
        self._update: object = None
        self._language: str | None = None

    @classmethod
    def from_update(cls, update: object, application: App) -> BotContext:
        context = super().from_update(update, application)
        context._update = update
        return context

    @property
    def services(self) -> Services:
        return services(self)

    async def language(self) -> str:
        """The language of the bot's own words for this update's user: chosen with /language, else
        Telegram's, else the configured default. One database read per update at most."""
        if self._language is None:
            self._language = await resolve_language(self._update, self.services)
        return self._language

    def language_changed(self, lang: str) -> None:
        """The user chose another language during this update (/language)."""
        self._language = lang


# The application the bot runs, as every register() and start-up hook sees it.
App = Application[Any, BotContext, Any, Any, Any, Any]


async def resolve_language(update: Any, own: Services) -> str:
    user = update.effective_user if isinstance(update, Update) else None
    if user is not None:
        chosen = await own.storage.get_language(user.id)
        if chosen in LANGUAGES:
            return chosen
        from_telegram = from_telegram_code(user.language_code)
        if from_telegram:
            return from_telegram
    return own.config.default_language


CONTEXT_TYPES = ContextTypes(context=BotContext)
