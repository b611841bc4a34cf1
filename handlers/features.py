"""What a feature module declares, and what is derived from the declarations.

Each module in handlers/ that users reach exposes FEATURE = Feature(...): its handlers (`register`),
its commands, each with a scope and a text, and optional start-up work (`on_start`, awaited by the
Application's post_init, after the services are open). From the commands come:

- the command menus, per language and per scope: every private chat (PUBLIC and PRIVATE commands),
  every group (PUBLIC only: PRIVATE ones would only point to the private chat), and each organiser's
  own private chat (everything, ORGANISERS included), so that nobody else learns of those;
- /help's list of commands for the one asking;
- the answer to an organiser's command sent in a group: where it works.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from enum import Enum
from typing import Any

from telegram import (
    BotCommand,
    BotCommandScope,
    BotCommandScopeAllGroupChats,
    BotCommandScopeAllPrivateChats,
    BotCommandScopeChat,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Update,
)
from telegram.error import TelegramError
from telegram.ext import Application, CommandHandler, filters

from bot.languages import LANGUAGES
from bot.texts import Catalogue
from handlers.context import App, BotContext
from handlers.replies import send_html
from handlers.services import SERVICES_KEY
from handlers.texts import TEXTS

log = logging.getLogger(__name__)
FEATURES_KEY = "features"  # bot_data: the Application's features, for /help


class Scope(Enum):
    PUBLIC = "public"  # private chats and groups
    PRIVATE = "private"  # private chats only (personal data): in a group it only points to the private chat
    ORGANISERS = "organisers"  # the organisers' private chats only


@dataclass(frozen=True)
class Command:
    name: str
    scope: Scope
    texts: Catalogue  # the catalogue holding its texts
    key: str  # its description in the command menu
    help_key: str | None = None  # its line in /help (default: the menu's)
    help_order: int = 50  # /help lists the commands in this order (the menus in the features' order)
    in_help: bool = True

    def describe(self, lang: str) -> str:
        return self.texts(self.key, lang)

    def help_line(self, lang: str) -> str:
        return self.texts(self.help_key or self.key, lang)


@dataclass(frozen=True)
class Feature:
    name: str
    register: Callable[[App], None]
    commands: tuple[Command, ...] = ()
    on_start: Callable[[App], Awaitable[None]] | None = None
    # Called after the knowledge base was replaced (/reload, /logistics, a taught phrasing).
    on_knowledge_changed: Callable[[App], object] | None = None
    deep_links: tuple[str, ...] = ()  # /start payloads it handles itself (handlers/start.py leaves them)


# Any context type: handlers pass their context.application, which PTB types without the BotContext.
def install_knowledge(application: Application[Any, Any, Any, Any, Any, Any], answerer: Any) -> None:
    """The new knowledge base, in one assignment (a handler sees the old one or the new one, never
    half of each), then every feature that depends on it is told (reminders: the time may be new)."""
    application.bot_data[SERVICES_KEY].answerer = answerer
    for feature in application.bot_data.get(FEATURES_KEY, ()):
        if feature.on_knowledge_changed is not None:
            feature.on_knowledge_changed(application)


def commands_for(features: Iterable[Feature], *, in_group: bool = False, organiser: bool = False) -> list[Command]:
    """The commands someone sees: in a group the public ones; in a private chat also the private
    ones, and the organisers' for an organiser."""
    shown = {Scope.PUBLIC} if in_group else {Scope.PUBLIC, Scope.PRIVATE}
    if organiser and not in_group:
        shown.add(Scope.ORGANISERS)
    return [command for feature in features for command in feature.commands if command.scope in shown]


def command_names(features: Iterable[Feature], scope: Scope) -> list[str]:
    return [command.name for feature in features for command in feature.commands if command.scope is scope]


def _menus(features: tuple[Feature, ...], organisers: Iterable[int]) -> list[tuple[BotCommandScope, list[Command]]]:
    menus: list[tuple[BotCommandScope, list[Command]]] = [
        (BotCommandScopeAllPrivateChats(), commands_for(features)),
        (BotCommandScopeAllGroupChats(), commands_for(features, in_group=True)),
    ]
    menus += [
        (BotCommandScopeChat(organiser), commands_for(features, organiser=True)) for organiser in sorted(organisers)
    ]
    return menus


async def set_menus(
    application: App, features: tuple[Feature, ...], organisers: Iterable[int], default_lang: str
) -> None:
    """Every menu, in each language (and, without a language, in the default one). Cosmetic: a
    failure (an organiser who never opened the bot cannot get a chat menu) is logged, never fatal."""
    targets: list[tuple[str | None, str]] = [(lang, lang) for lang in LANGUAGES] + [(None, default_lang)]
    for scope, commands in _menus(features, organisers):
        for language_code, lang in targets:
            menu = [BotCommand(command.name, command.describe(lang)) for command in commands]
            try:
                await application.bot.set_my_commands(menu, scope=scope, language_code=language_code)
            except TelegramError as error:
                log.warning(
                    "could not register the %s command menu for %s: %s", language_code or "default", scope.type, error
                )


async def _organiser_command_in_a_group(update: Update, context: BotContext) -> None:
    """An organiser's command sent in a group: where it works, with a button to the private chat."""
    lang = await context.language()
    button = InlineKeyboardButton(TEXTS("button_open_private", lang), url=f"https://t.me/{context.bot.username}")
    await send_html(update, context, TEXTS("organiser_private_only", lang), InlineKeyboardMarkup([[button]]))


def register_group_pointer(application: App, features: tuple[Feature, ...], organisers: Iterable[int]) -> None:
    """Registered before the features: only an organiser, only in a group, only their commands."""
    names = command_names(features, Scope.ORGANISERS)
    if names:
        in_groups = ~filters.ChatType.PRIVATE & filters.User(user_id=list(organisers))
        application.add_handler(CommandHandler(names, _organiser_command_in_a_group, filters=in_groups))
