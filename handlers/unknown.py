"""Last in group 0: commands nobody handled, and buttons whose data the bot never issued (or no longer
handles). Organisers' commands tried by anyone else end here too, with the same reply as any unknown
command, so they reveal nothing."""

from __future__ import annotations

from telegram import Update
from telegram.ext import CallbackQueryHandler, MessageHandler, filters

from handlers.context import App, BotContext
from handlers.features import Feature
from handlers.locale import is_private, ui_language
from handlers.messages import command_target
from handlers.replies import answer_stale, send_html
from handlers.texts import TEXTS


async def unknown_command(update: Update, context: BotContext) -> None:
    # In a group a bare unknown command is probably for another bot: answer only when named (/x@this_bot).
    message = update.message
    assert message is not None  # registered with filters.UpdateType.MESSAGE
    if not is_private(update) and not command_target(message):
        return
    await send_html(update, context, TEXTS.t_html("unknown_command", await ui_language(update, context)))


async def unknown_button(update: Update, context: BotContext) -> None:
    assert update.callback_query is not None  # registered as a CallbackQueryHandler
    await answer_stale(update.callback_query, await ui_language(update, context))


def register(application: App) -> None:
    application.add_handler(MessageHandler(filters.COMMAND & filters.UpdateType.MESSAGE, unknown_command))
    application.add_handler(CallbackQueryHandler(unknown_button))


FEATURE = Feature("unknown", register)
