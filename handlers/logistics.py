"""/logistics (organisers, private chat): the practical details shown, one button per field; the
organiser types the value (one text for every language, or one line per language), sees a preview,
confirms, and the bot writes knowledge/logistics.yaml (comments kept, checked as `check` checks it,
written atomically: bot/kb_editing.py) and answers with it at once. For a change attendees care about
(NOTIFIED_FIELDS), it then offers to tell those who replied, each in their language, through the
broadcast machinery (handlers/broadcasting.py); a new time or venue comes with the updated .ics.

A conversation of its own, persistent like the RSVP, so a restart in the middle loses nothing.
"""

from __future__ import annotations

import asyncio
import logging
import re
import warnings

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import (
    CallbackQueryHandler,
    CommandHandler,
    ConversationHandler,
    MessageHandler,
    filters,
)
from telegram.warnings import PTBUserWarning

from bot.answering import Answerer
from bot.kb_editing import EditError, set_location, set_logistics
from bot.knowledge import LOGISTICS_FIELDS, KnowledgeError
from bot.languages import LANGUAGES
from bot.logistics import LOCATION
from handlers.broadcasting import Announcement, offer
from handlers.callbacks import pack
from handlers.context import App, BotContext
from handlers.features import Command, Feature, Scope, install_knowledge
from handlers.locale import ui_language
from handlers.organiser_texts import ORG_UI
from handlers.render import column, escape
from handlers.replies import answer_query, edit_or_send, send_html
from handlers.texts import TEXTS

log = logging.getLogger(__name__)

CHOOSE, VALUE, CONFIRM = "logistics:choose", "logistics:value", "logistics:confirm"
PICK = pack("lg", "f", "")  # + a field name
SAVE = pack("lg", "ok")
QUIT = pack("lg", "x")
CLEAR = "-"  # typed alone: the field becomes "not announced" again
# Changes attendees care about: offered to be announced. Those a calendar shows come with a new .ics.
NOTIFIED_FIELDS = ("start_time", "end_time", "venue", "access", "contact")
CALENDAR_FIELDS = ("start_time", "end_time", "venue")
_EDIT = "logistics_edit"  # user_data: {"field": ..., "value": str | {lang: str}}
_PER_LANGUAGE = re.compile(rf"^\s*({'|'.join(LANGUAGES)})\s*:\s*(.+?)\s*$")


def parse_value(text: str) -> str | dict[str, str]:
    """ "Hôtel X" for every language, or one line per language ("fr: ...", "en: ...", "ar: ...")."""
    lines = [line for line in text.splitlines() if line.strip()]
    matches = [_PER_LANGUAGE.match(line) for line in lines]
    if lines and all(matches):
        return {match.group(1): match.group(2) for match in matches if match}
    return "" if text.strip() == CLEAR else " ".join(text.split())


def parse_location(text: str) -> tuple[float, float] | None | str:
    """ "34.02, -6.84" as typed (or pasted from a maps application); None for the dash that removes
    it; "" for anything else."""
    if text.strip() == CLEAR:
        return None
    parts = text.replace(";", ",").split(",")
    try:
        return (float(parts[0]), float(parts[1])) if len(parts) == 2 else ""
    except ValueError:
        return ""


def _shown(value: object) -> str:
    if isinstance(value, tuple):
        return f"{value[0]:.6f}, {value[1]:.6f}"
    if isinstance(value, dict):
        return "\n".join(f"{lang}: {escape(text)}" for lang, text in value.items())
    return escape(value) if value else "—"


async def show(update: Update, context: BotContext) -> str:
    lang = await ui_language(update, context)
    logistics = context.services.answerer.kb.logistics
    lines = [
        f"<b>{TEXTS(f'logistics_field.{name}', lang)}</b> : {_shown(logistics.fields.get(name, {}).get(lang, ''))}"
        for name in LOGISTICS_FIELDS
    ]
    lines.append(f"<b>{TEXTS(f'logistics_field.{LOCATION}', lang)}</b> : {_shown(logistics.location)}")
    buttons = [
        InlineKeyboardButton(TEXTS(f"logistics_field.{name}", lang), callback_data=PICK + name)
        for name in (*LOGISTICS_FIELDS, LOCATION)
    ]
    keyboard = InlineKeyboardMarkup(
        column(buttons) + [[InlineKeyboardButton(TEXTS("button_logistics_quit", lang), callback_data=QUIT)]]
    )
    await send_html(update, context, TEXTS("logistics_menu", lang, lines="\n".join(lines)), keyboard)
    return CHOOSE


async def pick(update: Update, context: BotContext) -> str:
    query = update.callback_query
    # Registered as a CallbackQueryHandler with a pattern on its data, for organisers: a press, by a user.
    assert query is not None and query.data is not None and context.user_data is not None
    lang = await ui_language(update, context)
    name = query.data.removeprefix(PICK)
    await answer_query(query)
    if name not in (*LOGISTICS_FIELDS, LOCATION):
        return CHOOSE
    context.user_data[_EDIT] = {"field": name}
    asked = (
        TEXTS("logistics_ask_location", lang)
        if name == LOCATION
        else TEXTS("logistics_ask_value", lang, field=TEXTS(f"logistics_field.{name}", lang))
    )
    await send_html(update, context, asked)
    return VALUE


async def typed(update: Update, context: BotContext) -> str:
    message = update.message
    # Registered for organisers' messages; handlers.guards drops edited ones (a live location's updates).
    assert message is not None and context.user_data is not None
    lang = await ui_language(update, context)
    edit = context.user_data.get(_EDIT)
    if not edit:
        return await show(update, context)
    if edit["field"] == LOCATION:
        if message.location is not None:  # a pin sent with 📎 → Location
            edit["value"] = (message.location.latitude, message.location.longitude)
        else:
            edit["value"] = parse_location(message.text or "")
            if edit["value"] == "":
                await send_html(update, context, TEXTS("logistics_location_invalid", lang))
                return VALUE
    else:
        edit["value"] = parse_value(message.text or "")
    keyboard = InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(TEXTS("button_logistics_save", lang), callback_data=SAVE)],
            [InlineKeyboardButton(TEXTS("button_logistics_quit", lang), callback_data=QUIT)],
        ]
    )
    field = TEXTS(f"logistics_field.{edit['field']}", lang)
    await send_html(
        update, context, TEXTS("logistics_preview", lang, field=field, value=_shown(edit["value"])), keyboard
    )
    return CONFIRM


async def save(update: Update, context: BotContext) -> int | str:
    query = update.callback_query
    assert (
        query is not None and context.user_data is not None
    )  # registered as a CallbackQueryHandler: a press, by a user
    lang = await ui_language(update, context)
    await answer_query(query)
    edit = context.user_data.get(_EDIT)
    if not edit or "value" not in edit:
        return await show(update, context)
    own = context.services
    try:
        if edit["field"] == LOCATION:
            kb = await asyncio.to_thread(set_location, own.config.knowledge, edit["value"])
        else:
            kb = await asyncio.to_thread(set_logistics, own.config.knowledge, edit["field"], edit["value"])
        answerer = await asyncio.to_thread(Answerer, kb)
    except KnowledgeError as error:  # refused as `check` would: nothing was written
        problems = "\n".join(f"• {escape(problem[:300])}" for problem in error.problems[:20])
        await edit_or_send(update, context, TEXTS("logistics_refused", lang, problems=problems))
        return VALUE  # the value can be typed again
    except EditError as error:  # the folder is read-only, the disk full: the old file is intact
        log.error("logistics not written: %s", error)
        await edit_or_send(update, context, TEXTS("logistics_write_failed", lang, reason=escape(str(error))))
        context.user_data.pop(_EDIT, None)
        return ConversationHandler.END
    install_knowledge(context.application, answerer)
    log.info("logistics: %s set by an organiser", edit["field"])
    context.user_data.pop(_EDIT, None)
    field = TEXTS(f"logistics_field.{edit['field']}", lang)
    await edit_or_send(update, context, TEXTS("logistics_saved", lang, field=field, value=_shown(edit["value"])))
    if edit["field"] in NOTIFIED_FIELDS and any(kb.logistics.value(edit["field"], code) for code in LANGUAGES):
        # Those who replied are told in their own language, if the organiser picks an audience.
        texts = {
            code: TEXTS(
                "logistics_update_line",
                code,
                field=TEXTS(f"logistics_field.{edit['field']}", code),
                value=kb.logistics.value(edit["field"], code),
            )
            for code in LANGUAGES
        }
        await offer(
            update,
            context,
            Announcement(texts, calendar=edit["field"] in CALENDAR_FIELDS, header="update_header"),
            quiet_if_nobody=True,
        )
    return ConversationHandler.END


async def leave(update: Update, context: BotContext) -> int:
    assert context.user_data is not None  # an organiser's /cancel or press: there is a user
    lang = await ui_language(update, context)
    if update.callback_query is not None:
        await answer_query(update.callback_query)
    context.user_data.pop(_EDIT, None)
    await send_html(update, context, TEXTS("logistics_left", lang))
    return ConversationHandler.END


async def pin_outside_the_flow(update: Update, context: BotContext) -> None:
    """An organiser's location sent before choosing the field: where it goes."""
    lang = await ui_language(update, context)
    await send_html(update, context, TEXTS("logistics_pin_how", lang))


def register(application: App) -> None:
    organisers = filters.ChatType.PRIVATE & filters.User(user_id=application.bot_data["config"].organisers)
    typed_text = filters.TEXT & ~filters.COMMAND & filters.UpdateType.MESSAGE
    with warnings.catch_warnings():
        # "CallbackQueryHandler will not be tracked for every message": intended, one edit per organiser.
        warnings.simplefilter("ignore", PTBUserWarning)
        conversation = ConversationHandler(
            entry_points=[CommandHandler("logistics", show, filters=organisers)],
            states={
                CHOOSE: [CallbackQueryHandler(pick, pattern=f"^{re.escape(PICK)}")],
                VALUE: [MessageHandler((typed_text | filters.LOCATION) & organisers, typed)],
                CONFIRM: [
                    CallbackQueryHandler(save, pattern=f"^{re.escape(SAVE)}$"),
                    MessageHandler(typed_text & organisers, typed),
                ],
            },
            fallbacks=[
                CommandHandler("cancel", leave, filters=organisers),
                CallbackQueryHandler(leave, pattern=f"^{re.escape(QUIT)}$"),
            ],
            allow_reentry=True,
            per_message=False,
            name="logistics",
            persistent=True,
        )
    application.add_handler(conversation)
    application.add_handler(
        MessageHandler(filters.LOCATION & organisers & filters.UpdateType.MESSAGE, pin_outside_the_flow)
    )


FEATURE = Feature(
    "logistics", register, commands=(Command("logistics", Scope.ORGANISERS, ORG_UI, "command_logistics"),)
)
