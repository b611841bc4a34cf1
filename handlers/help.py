"""/help (what to ask, the commands, how to reach the organisers) and /myid (for the `organisers` list).

The organisers' commands are listed only to an organiser in a private chat, as their menu is: anyone
else must not learn of them (handlers.organisers)."""

from __future__ import annotations

from telegram import Update
from telegram.ext import Application, CommandHandler

from handlers.context import BotContext
from handlers.locale import ui_language
from handlers.organisers import ORGANISER_COMMANDS, is_organiser
from handlers.render import say
from handlers.replies import send_html
from handlers.rsvp_texts import RSVP_UI
from handlers.texts import TEXTS


async def show_help(update: Update, context: BotContext) -> None:
    lang = await ui_language(update, context)
    contact = context.services.answerer.kb.logistics.contact_sentence(lang)
    text = say("help", lang, bot=context.bot.username, contact=contact)
    if is_organiser(update, context):
        lines = "\n".join(say("help_command_line", lang, command=name, description=RSVP_UI(f"command_{name}", lang)) for name in ORGANISER_COMMANDS)
        text += "\n\n" + TEXTS("help_organisers", lang, commands=lines)
    await send_html(update, context, text)


async def show_id(update: Update, context: BotContext) -> None:
    lang = await ui_language(update, context)
    await send_html(update, context, say("myid", lang, user_id=update.effective_user.id))


def menu_commands(lang: str) -> list[tuple[str, str]]:
    return [("help", TEXTS("command_help", lang)), ("myid", TEXTS("command_myid", lang))]


def register(application: Application) -> None:
    application.add_handler(CommandHandler("help", show_help))
    application.add_handler(CommandHandler("myid", show_id))
