"""The RSVP in progress, and what every step of the conversation shares: the session kept in user_data
(persisted with the conversation: handlers/persistence.py), the callback data of the form's buttons,
the summary, and what a step does when it finds no conversation. Part of the RSVP feature (rsvp.py,
rsvp_steps.py, rsvp_own.py)."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update, User
from telegram.error import TelegramError
from telegram.ext import ConversationHandler

from bot.rsvp import (
    STATUS_WAITLIST,
    STATUS_YES,
    Rsvp,
    RsvpDraft,
    category_label,
    status_label,
)
from bot.rsvp_form import CHOICE, Form, FormField
from handlers.callbacks import prefix
from handlers.context import BotContext
from handlers.locale import ui_language
from handlers.render import escape
from handlers.replies import edit_or_send, send_html
from handlers.rsvp_texts import RSVP_UI
from handlers.showing import answer_text

CONVERSATION_TIMEOUT = timedelta(minutes=30)
CONFIRM, EDIT = "confirm", "edit"  # the conversation's states besides one per field
FORM_KEY = "rsvp_form"  # bot_data: the form the conversation asks (bot.rsvp.FORM unless a test gives one)

# Callback data ("r:" + a code; at most 64 bytes).
PREFIX = prefix("r")
VALUE = "r:v:"  # + <field>:<choice>: a choice field's button
USE_PROFILE_NAME = "r:n"
SKIP = "r:s"  # the current optional step
CONFIRM_DATA = "r:ok"
EDIT_DATA = "r:ed"
CANCEL_DATA = "r:x"
BACK_DATA = "r:b"
EDIT_FIELD = "r:f:"  # + a field name
FORGET_YES = "r:fg:y"
FORGET_NO = "r:fg:n"
CANCEL_RSVP_YES = "r:cr:y"
CANCEL_RSVP_NO = "r:cr:n"
SESSION = "rsvp_session"  # user_data key


def value_data(field_name: str) -> str:
    """The callback-data prefix of a choice field's buttons (+ the choice)."""
    return f"{VALUE}{field_name}:"


@dataclass
class Session:
    """One conversation in progress (in user_data): what has been answered so far."""

    draft: RsvpDraft
    existing: Rsvp | None = None  # the stored reply being updated, if any
    editing: bool = False  # a field is being changed from the summary: come back to it afterwards
    # Fields to ask before going back to the summary: those a "no" changed to yes/maybe was never asked.
    never_asked: list[str] = field(default_factory=list)
    touched: datetime | None = None  # the last step; a draft kept over a restart still expires


def user_state(context: BotContext) -> dict[Any, Any]:
    """user_data, which PTB creates for every update from a user (all of this feature's updates)."""
    data = context.user_data
    assert data is not None  # the RSVP's updates all come from a user
    return data


def sender(update: Update) -> User:
    user = update.effective_user
    assert user is not None  # commands, messages and presses in a private chat all have one
    return user


def chat_id(update: Update) -> int:
    chat = update.effective_chat
    assert chat is not None  # likewise
    return chat.id


def pressed(update: Update) -> str:
    """The callback data of the button pressed (handlers registered for presses only)."""
    query = update.callback_query
    assert query is not None  # a CallbackQueryHandler's update
    return query.data or ""


def form_of(context: BotContext) -> Form:
    form: Form = context.application.bot_data[FORM_KEY]
    return form


def current(context: BotContext) -> Session | None:
    """The RSVP in progress, if any and not older than CONVERSATION_TIMEOUT. The conversation's own
    timeout job does not survive a restart; this check does, as the draft is kept in the database."""
    if context.user_data is None:
        return None
    session: Session | None = context.user_data.get(SESSION)
    if session is None:
        return None
    now = context.services.now()
    if session.touched is not None and now - session.touched > CONVERSATION_TIMEOUT:
        context.user_data.pop(SESSION, None)
        return None
    session.touched = now
    return session


def value_shown(draft: RsvpDraft, form_field: FormField, lang: str) -> str:
    """A field's value as the user sees it (plain text; escaped by the caller)."""
    value = draft.values.get(form_field.name)
    if value is None:
        return RSVP_UI("none_given", lang)
    if form_field.kind == CHOICE:
        return choice_label(form_field, value, lang)
    return value


def choice_label(form_field: FormField, value: str, lang: str) -> str:
    if form_field.texts is not None:
        return form_field.texts(f"{form_field.name}.{value}", lang)
    return status_label(value, lang) if form_field.name == "status" else category_label(value, lang)


def field_label(form_field: FormField, lang: str) -> str:
    return (form_field.texts or RSVP_UI)(f"field.{form_field.name}", lang)


def summary_lines(draft: RsvpDraft, lang: str, waitlist_position: int | None = None) -> str:
    """The reply as "<b>label</b>: value" lines (HTML, values escaped)."""
    lines = []
    for form_field in draft.form.asked(draft.values.get(draft.form.status_field)):
        shown = value_shown(draft, form_field, lang)
        if form_field.name == draft.form.status_field and waitlist_position is not None:  # "yes", waiting for a place
            shown = status_label(STATUS_WAITLIST, lang)
        lines.append(RSVP_UI("line", lang, label=field_label(form_field, lang), value=escape(shown)))
    if waitlist_position is not None:
        lines.append(RSVP_UI("line", lang, label=RSVP_UI("field.waitlist_position", lang), value=waitlist_position))
    return "\n".join(lines)


def rsvp_lines(rsvp: Rsvp, lang: str, form: Form) -> str:
    """A stored reply as lines, its real status shown (the waiting list included)."""
    draft = RsvpDraft.from_rsvp(rsvp, form).replaced(**{form.status_field: rsvp.values.get(form.status_field)})
    return summary_lines(draft, lang, rsvp.waitlist_position)


async def remove_buttons(update: Update) -> None:
    """Takes the buttons off the message whose button was pressed, so it cannot be pressed again."""
    query = update.callback_query
    if query is None or query.message is None:
        return
    with contextlib.suppress(TelegramError):  # too old, or already without buttons: nothing to take off
        await query.edit_message_reply_markup(None)


async def answer_press(update: Update, text: str | None = None) -> None:
    if update.callback_query is not None:
        with contextlib.suppress(TelegramError):  # answered too late: the user saw the spinner, nothing more
            await update.callback_query.answer(text)


async def stale(update: Update, context: BotContext) -> int:
    """A step's update arrived without a conversation in memory (left for /start or /help, or lost in a
    restart): a button says so; typed text is what it would be outside the RSVP, a question."""
    lang = await ui_language(update, context)
    if update.callback_query is not None:
        await answer_press(update, RSVP_UI.t("stale", lang))
    elif update.message is not None and update.message.text:
        await answer_text(update, context, update.message.text, lang)
    return ConversationHandler.END


def _summary_keyboard(lang: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(RSVP_UI.t("button_confirm", lang), callback_data=CONFIRM_DATA)],
            [InlineKeyboardButton(RSVP_UI.t("button_edit", lang), callback_data=EDIT_DATA)],
            [InlineKeyboardButton(RSVP_UI.t("button_cancel", lang), callback_data=CANCEL_DATA)],
        ]
    )


async def places_taken(context: BotContext, existing: Rsvp | None) -> bool:
    """With a capacity, are all places held by others? (Someone already holding one keeps it.)"""
    capacity = context.services.config.event.capacity
    if capacity is None or (existing is not None and existing.values.get("status") == STATUS_YES):
        return False
    return (await context.services.storage.rsvp_counts()).by_status.get(STATUS_YES, 0) >= capacity


async def show_summary(
    update: Update, context: BotContext, lang: str, *, in_place: bool = False, preface: str = ""
) -> str:
    session = current(context)
    assert session is not None  # every caller has just checked or set it
    session.editing = False
    session.never_asked.clear()
    existing = session.existing
    waiting_already = existing is not None and existing.values.get("status") == STATUS_WAITLIST
    position = (
        existing.waitlist_position
        if waiting_already and existing is not None and session.draft.status == STATUS_YES
        else None
    )
    text = RSVP_UI(
        "summary", lang, lines=summary_lines(session.draft, lang, position), privacy=RSVP_UI("privacy", lang)
    )
    if session.draft.status == STATUS_YES and not waiting_already and await places_taken(context, existing):
        text += "\n\n" + RSVP_UI.t_html("summary_will_wait", lang)
    if preface:
        text = preface + "\n\n" + text
    send = edit_or_send if in_place else send_html
    await send(update, context, text, _summary_keyboard(lang))
    return CONFIRM
