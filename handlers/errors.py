"""The global error handler: logs what failed with the update's context, tells the user, and goes on.

The log line names the kind of update, the chat type, the command or the button pressed; never the
text a user typed (personal data) and never the token (the log filter in handlers/runner.py redacts it
anyway, as a second line of defence).

With `errors_chat` in the configuration, whoever runs the bot hears about unexpected errors there: one
short note per distinct error (its type and the place in the code that raised it), at most once per
NOTE_INTERVAL each and NOTES_PER_INTERVAL in all, with how many times it happened meanwhile. A note
never holds the error's message (it may quote what a user typed, or a URL with the token), the user, the
chat or the text: only what failed and the kind of update.
"""

from __future__ import annotations

import logging
import traceback
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import PurePath

from telegram import Update
from telegram.error import BadRequest, Forbidden, NetworkError, TelegramError

from handlers.context import App, BotContext
from handlers.locale import is_private, ui_language
from handlers.replies import send_html
from handlers.texts import TEXTS

log = logging.getLogger(__name__)

NOTE_INTERVAL = timedelta(hours=1)
NOTES_PER_INTERVAL = 10
_NOTES_STATE = "error_notes"
_KINDS = ("message", "edited_message", "callback_query", "inline_query", "my_chat_member")
_OWN_CODE = ("bot", "handlers")


def update_kind(update: object) -> str:
    if not isinstance(update, Update):
        return "job" if update is None else type(update).__name__
    return next((name for name in _KINDS if getattr(update, name, None) is not None), "other")


def describe(update: object) -> str:
    if not isinstance(update, Update):
        return f"no update ({type(update).__name__})"
    parts = [f"update {update.update_id}", update_kind(update)]
    if update.effective_chat is not None:
        parts.append(f"chat type {update.effective_chat.type}")
    message = update.message
    if message is not None and message.text and message.text.startswith("/"):
        parts.append(f"command {message.text.split()[0][:40]!r}")
    elif message is not None:
        parts.append(f"text of {len(message.text or '')} characters")
    if update.callback_query is not None:
        parts.append(f"button {str(update.callback_query.data)[:64]!r}")
    return ", ".join(parts)


def where(error: BaseException) -> str:
    """The innermost place in this project's code the error went through ("handlers/rsvp.py:612 in
    confirm"), or the innermost place at all; no values, only the file, the line and the function."""
    frames = traceback.extract_tb(error.__traceback__)
    if not frames:
        return "?"
    own = [frame for frame in frames if PurePath(frame.filename).parent.name in _OWN_CODE]
    frame = (own or frames)[-1]
    path = PurePath(frame.filename)
    return f"{path.parent.name}/{path.name}:{frame.lineno} in {frame.name}"


@dataclass
class _Note:
    last_sent: datetime
    unsent: int = 0  # occurrences since the last note


class ErrorNotes:
    """Which notes to send: per distinct error at most once per NOTE_INTERVAL, NOTES_PER_INTERVAL in all."""

    def __init__(self) -> None:
        self._notes: dict[str, _Note] = {}
        self._sent: list[datetime] = []

    def due(self, signature: str, now: datetime) -> int | None:
        """None: stay quiet (counted); else the note is due, with how many occurrences it had unsent."""
        self._sent = [sent for sent in self._sent if now - sent < NOTE_INTERVAL]
        note = self._notes.get(signature)
        if (note is not None and now - note.last_sent < NOTE_INTERVAL) or len(self._sent) >= NOTES_PER_INTERVAL:
            if note is None:
                note = self._notes[signature] = _Note(last_sent=datetime.min.replace(tzinfo=now.tzinfo))
            note.unsent += 1
            return None
        earlier = note.unsent if note is not None else 0
        self._notes[signature] = _Note(last_sent=now)
        self._sent.append(now)
        return earlier


async def report_error(update: object, context: BotContext, error: BaseException, *, tell: bool = True) -> None:
    """Logs an unexpected error with its traceback, and tells errors_chat when configured (and `tell`)."""
    log.error("%s: %s: %s", describe(update), type(error).__name__, error, exc_info=error)
    own = context.services
    chat = own.config.errors_chat
    if chat is None or not tell:
        return
    failed = f"{type(error).__name__} ({where(error)})"
    notes: ErrorNotes = own.state.setdefault(_NOTES_STATE, ErrorNotes())
    earlier = notes.due(failed, own.now())
    if earlier is None:
        return
    lang = own.config.default_language
    text = TEXTS.t_html("error_note", lang, failed=failed, kind=update_kind(update))
    if earlier:
        text += "\n" + TEXTS.t_html("error_note_repeated", lang, count=earlier)
    try:
        await context.bot.send_message(chat, text)
    except TelegramError as note_error:  # the note is a courtesy: never an error loop
        log.warning("could not tell errors_chat about an error: %s", note_error)


async def on_error(update: object, context: BotContext) -> None:
    error = context.error
    assert error is not None  # PTB calls an error handler with context.error set
    if isinstance(error, Forbidden):  # the user blocked the bot: nothing to fix, nobody to tell
        log.info("%s: %s", describe(update), error)
        return
    # If Telegram is unreachable, neither a note nor an apology would arrive.
    unreachable = isinstance(error, NetworkError) and not isinstance(error, BadRequest)
    await report_error(update, context, error, tell=not unreachable)
    if not isinstance(update, Update) or not is_private(update) or unreachable:
        return  # in a group stay quiet
    try:
        await send_html(update, context, TEXTS.t_html("error", await ui_language(update, context)))
    except Exception as apology_error:  # noqa: BLE001 - the apology is best effort
        log.warning("%s: could not apologise: %s", describe(update), apology_error)


def register(application: App) -> None:
    application.add_error_handler(on_error)
