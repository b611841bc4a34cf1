"""/help (what to ask, the commands, how to reach the organisers) and /myid (for the `organisers` list).

The commands come from the features' declarations (handlers/features.py); the organisers' are listed
only to an organiser in a private chat, as their menu is: anyone else must not learn of them."""

from __future__ import annotations

from telegram import Update
from telegram.ext import CommandHandler

from handlers.context import App, BotContext
from handlers.features import FEATURES_KEY, Command, Feature, Scope, commands_for
from handlers.locale import is_organiser, ui_language
from handlers.render import escape
from handlers.replies import send_html
from handlers.texts import TEXTS


async def show_help(update: Update, context: BotContext) -> None:
    """What to ask, the commands (from the features' declarations) and how to reach the organisers."""
    lang = await ui_language(update, context)
    features = context.application.bot_data[FEATURES_KEY]
    organiser = is_organiser(update, context)

    def lines(commands: list[Command]) -> str:
        listed = sorted((command for command in commands if command.in_help), key=lambda command: command.help_order)
        return "\n".join(
            TEXTS.t_html("help_command_line", lang, command=command.name, description=command.help_line(lang))
            for command in listed
        )

    contact = context.services.answerer.kb.logistics.contact_sentence(lang)
    text = TEXTS(
        "help",
        lang,
        bot=escape(context.bot.username),
        contact=escape(contact),
        commands=lines(commands_for(features)),
        **{name: escape(value) for name, value in context.services.answerer.kb.logistics.identity(lang).items()},
    )
    if organiser:
        organisers_only = [
            command for command in commands_for(features, organiser=True) if command.scope is Scope.ORGANISERS
        ]
        text += "\n\n" + TEXTS("help_organisers", lang, commands=lines(organisers_only))
    await send_html(update, context, text)


async def show_id(update: Update, context: BotContext) -> None:
    user = update.effective_user
    assert user is not None  # a command, and the guard lets through only updates from a user
    lang = await ui_language(update, context)
    await send_html(update, context, TEXTS.t_html("myid", lang, user_id=user.id))


def register(application: App) -> None:
    application.add_handler(CommandHandler("help", show_help))
    application.add_handler(CommandHandler("myid", show_id))


FEATURE = Feature(
    "help",
    register,
    commands=(
        Command("help", Scope.PUBLIC, TEXTS, "command_help", "help_command.help", help_order=90),
        Command("myid", Scope.PUBLIC, TEXTS, "command_myid", "help_command.myid", help_order=80),
    ),
)
