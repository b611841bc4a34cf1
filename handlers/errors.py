"""The global error handler: logs what failed with the update's context, tells the user, and goes on.

The log line names the kind of update, the chat type, the command or the button pressed; never the
text a user typed (personal data) and never the token (the log filter in handlers/runner.py redacts it
anyway, as a second line of defence).
"""

from __future__ import annotations

import logging

from telegram import Update
from telegram.error import BadRequest, Forbidden, NetworkError
from telegram.ext import Application, ContextTypes

from handlers.locale import is_private, ui_language
from handlers.render import say
from handlers.replies import send_html

log = logging.getLogger(__name__)


def describe(update: object) -> str:
    if not isinstance(update, Update):
        return f"no update ({type(update).__name__})"
    parts = [f"update {update.update_id}"]
    kind = next((name for name in ("message", "edited_message", "callback_query", "inline_query", "my_chat_member") if getattr(update, name, None) is not None), "other")
    parts.append(kind)
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


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    error = context.error
    if isinstance(error, Forbidden):  # the user blocked the bot: nothing to fix, nobody to tell
        log.info("%s: %s", describe(update), error)
        return
    log.error("%s: %s: %s", describe(update), type(error).__name__, error, exc_info=error)
    unreachable = isinstance(error, NetworkError) and not isinstance(error, BadRequest)
    if not isinstance(update, Update) or not is_private(update) or unreachable:
        return  # in a group stay quiet; if Telegram is unreachable an apology would not arrive either
    try:
        await send_html(update, context, say("error", await ui_language(update, context)))
    except Exception as apology_error:  # noqa: BLE001 - the apology is best effort
        log.warning("%s: could not apologise: %s", describe(update), apology_error)


def register(application: Application) -> None:
    application.add_error_handler(on_error)
