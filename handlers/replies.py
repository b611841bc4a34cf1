"""Sending the bot's messages to the chat an update came from: split to Telegram's limit, quoted in groups.

Retries are not done here: the Application's rate limiter (handlers/retrying.py) retries every Bot API
call on 429 and network errors, so every handler, including issue 4's, gets them.
"""

from __future__ import annotations

import logging

from telegram import Bot, CallbackQuery, InlineKeyboardMarkup, Message, ReplyParameters, Update
from telegram.error import BadRequest, TelegramError

from handlers.context import BotContext
from handlers.locale import is_private
from handlers.render import html_chunks, plain_chunks
from handlers.texts import TEXTS

log = logging.getLogger(__name__)


async def send_html(
    update: Update, context: BotContext, text: str, reply_markup: InlineKeyboardMarkup | None = None
) -> Message | None:
    """Sends the bot's own HTML (already escaped); the keyboard goes with the last piece."""
    return await _send(update, context, html_chunks(text), reply_markup)


async def send_plain(
    update: Update, context: BotContext, text: str, reply_markup: InlineKeyboardMarkup | None = None
) -> Message | None:
    """Sends plain text (an answer from the knowledge base), escaped and split."""
    return await _send(update, context, plain_chunks(text), reply_markup)


async def _send(
    update: Update, context: BotContext, pieces: list[str], reply_markup: InlineKeyboardMarkup | None
) -> Message | None:
    chat = update.effective_chat
    if chat is None:
        return None
    message = update.effective_message if update.message or update.edited_message else None
    # In a group, quoting the question tells who is answered; in a private chat it is noise.
    reply_to = (
        ReplyParameters(message.message_id, allow_sending_without_reply=True)
        if message and not is_private(update)
        else None
    )
    # In a forum group, answer in the topic (thread) the question or the pressed button came from.
    origin = message or (update.callback_query.message if update.callback_query else None)
    thread = origin.message_thread_id if isinstance(origin, Message) and origin.is_topic_message else None
    sent = None
    for index, piece in enumerate(pieces):
        last = index == len(pieces) - 1
        sent = await context.bot.send_message(
            chat.id,
            piece,
            reply_markup=reply_markup if last else None,
            reply_parameters=reply_to if index == 0 else None,
            message_thread_id=thread,
        )
    return sent


async def edit_or_send(
    update: Update, context: BotContext, text: str, reply_markup: InlineKeyboardMarkup | None = None
) -> None:
    """Replaces the message whose button was pressed (menus browse in place); when it cannot be edited
    (too old, or the new text is too long for one message) the text comes as new messages instead."""
    query = update.callback_query
    pieces = html_chunks(text)
    if query is not None and query.message is not None and len(pieces) == 1:
        try:
            await query.edit_message_text(text, reply_markup=reply_markup)
            return
        except BadRequest as error:
            if "not modified" in str(error).lower():
                return  # the same button pressed twice: the message already shows it
    await _send(update, context, pieces, reply_markup)


async def answer_stale(query: CallbackQuery, lang: str) -> None:
    """What a press on a button the bot never issued, or no longer serves, gets (nothing else happens)."""
    await answer_query(query, TEXTS.t("stale_button", lang))


async def answer_query(query: CallbackQuery, text: str | None = None) -> None:
    """Stops the button's spinner (with a short note if given). Telegram refuses answers to presses
    older than about 15 seconds (after a restart, say): the press is still served, only the spinner
    note is lost, so that refusal is not an error."""
    try:
        await query.answer(text)
    except BadRequest as error:
        if "query is too old" not in str(error).lower() and "query id is invalid" not in str(error).lower():
            raise
        log.info("a button press was answered too late: %s", error)


async def deliver(bot: Bot, user_id: int, text: str) -> bool:
    """Sends the bot's own HTML to a user outside the update at hand (promotion, broadcast, reminder),
    split to Telegram's length limit. A user who blocked the bot, or any other refusal, is logged and
    reported as False, never raised."""
    try:
        for piece in html_chunks(text):
            await bot.send_message(user_id, piece)
    except TelegramError as error:
        log.info("could not deliver a message to a user: %s: %s", type(error).__name__, error)
        return False
    return True
