"""/language: choose the language of the bot's own words (menus, buttons, messages); stored per user."""

from __future__ import annotations

from telegram import Update
from telegram.ext import CallbackQueryHandler, CommandHandler

from handlers.context import App, BotContext
from handlers.features import Command, Feature, Scope
from handlers.locale import ui_language
from handlers.render import LANGUAGE, callback_pattern, language_keyboard, parse_callback
from handlers.replies import answer_query, answer_stale, edit_or_send, send_html
from handlers.texts import TEXTS


async def ask_language(update: Update, context: BotContext) -> None:
    await send_html(
        update, context, TEXTS.t_html("language_prompt", await ui_language(update, context)), language_keyboard()
    )


async def language_button(update: Update, context: BotContext) -> None:
    query, user = update.callback_query, update.effective_user
    assert query is not None and user is not None  # registered as a CallbackQueryHandler: a press, by a user
    parsed = parse_callback(query.data)
    if parsed is None:
        lang = await ui_language(update, context)
        await answer_stale(query, lang)
        return
    if parsed.lang is None:  # the menu itself (from /start's button)
        await answer_query(query)
        await edit_or_send(
            update, context, TEXTS.t_html("language_prompt", await ui_language(update, context)), language_keyboard()
        )
        return
    await context.services.storage.set_language(user.id, parsed.lang)
    context.language_changed(parsed.lang)
    await answer_query(query)
    await edit_or_send(update, context, TEXTS.t_html("language_set", parsed.lang))


def register(application: App) -> None:
    application.add_handler(CommandHandler("language", ask_language))
    application.add_handler(CallbackQueryHandler(language_button, pattern=callback_pattern(LANGUAGE)))


FEATURE = Feature(
    "language",
    register,
    commands=(Command("language", Scope.PUBLIC, TEXTS, "command_language", "help_command.language", help_order=70),),
)
