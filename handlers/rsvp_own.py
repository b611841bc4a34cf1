"""One's own reply outside the RSVP conversation, in private chats: /myrsvp, /cancelrsvp (and the
buttons for both under an answer), /forget; in a group these answer only that they work in private.

Giving up a held place (/cancelrsvp) and erasing everything (/forget) take effect only on the "yes"
button of a confirmation this user was just asked: the question leaves a mark in user_data, and the
button acts only while the mark is there. A "yes" pressed without it (callback data forged, or a
confirmation asked before a restart) gets the confirmation question again, and nothing happens.

Registered by handlers.rsvp.register, before its catch-all for "r:" buttons.
"""

from __future__ import annotations

import re

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import CallbackQueryHandler, CommandHandler, filters

from bot.rsvp import STATUS_NO, STATUS_YES
from handlers.context import App, BotContext
from handlers.locale import is_private, ui_language
from handlers.render import ACTION, callback_pattern, parse_callback
from handlers.replies import edit_or_send, send_html
from handlers.rsvp_delivery import send_checkin_code, tell_promoted
from handlers.rsvp_session import (
    CANCEL_RSVP_NO,
    CANCEL_RSVP_YES,
    FORGET_NO,
    FORGET_YES,
    SESSION,
    answer_press,
    chat_id,
    form_of,
    pressed,
    remove_buttons,
    rsvp_lines,
    sender,
    user_state,
)
from handlers.rsvp_texts import RSVP_UI
from handlers.texts import TEXTS

_ASKED = "confirmations_asked"  # user_data: {"cancel", "forget"}: the confirmations awaiting an answer
CANCEL, FORGET = "cancel", "forget"


def _mark_asked(context: BotContext, what: str) -> None:
    user_state(context).setdefault(_ASKED, set()).add(what)


def _was_asked(context: BotContext, what: str) -> bool:
    """Whether this confirmation was asked and not yet answered; answering it uses the mark up."""
    asked: set[str] = user_state(context).get(_ASKED, set())
    if what not in asked:
        return False
    asked.discard(what)
    return True


async def my_rsvp(update: Update, context: BotContext) -> None:
    lang = await ui_language(update, context)
    rsvp = await context.services.storage.get_rsvp(sender(update).id)
    if rsvp is None:
        await send_html(update, context, RSVP_UI.t_html("no_rsvp", lang))
        return
    await send_html(update, context, RSVP_UI("my_rsvp", lang, lines=rsvp_lines(rsvp, lang, form_of(context))))
    await send_checkin_code(context, chat_id(update), rsvp.user_id, lang)  # for a "yes" only


async def action_button(update: Update, context: BotContext) -> None:
    """The /myrsvp or /cancelrsvp button under an answer (rsvp_change): the command itself."""
    parsed = parse_callback(pressed(update))
    await answer_press(update)
    if parsed is None or not is_private(update):
        return
    await (my_rsvp if parsed.target == "myrsvp" else cancel_rsvp)(update, context)


async def cancel_rsvp(update: Update, context: BotContext) -> None:
    """/cancelrsvp: a held place is given up only after a confirmation (it may go to the waiting list
    for good); a "maybe" or a place on the waiting list is cancelled at once."""
    lang = await ui_language(update, context)
    rsvp = await context.services.storage.get_rsvp(sender(update).id)
    if rsvp is None:
        await send_html(update, context, RSVP_UI.t_html("no_rsvp", lang))
    elif rsvp.status == STATUS_NO:
        await send_html(update, context, RSVP_UI.t_html("cancel_rsvp_nothing", lang))
    elif rsvp.status == STATUS_YES:
        await _ask_cancel(update, context, lang)
    else:
        await _cancel_stored_rsvp(update, context, lang)


async def _ask_cancel(update: Update, context: BotContext, lang: str) -> None:
    keyboard = InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(RSVP_UI.t("button_cancel_rsvp_yes", lang), callback_data=CANCEL_RSVP_YES)],
            [InlineKeyboardButton(RSVP_UI.t("button_cancel_rsvp_no", lang), callback_data=CANCEL_RSVP_NO)],
        ]
    )
    # Without a capacity there is no waiting list to lose the place to: no word of one.
    limited = context.services.config.event.capacity is not None
    _mark_asked(context, CANCEL)
    await send_html(
        update, context, RSVP_UI.t_html("cancel_rsvp_ask" if limited else "cancel_rsvp_ask_unlimited", lang), keyboard
    )


async def cancel_rsvp_answer(update: Update, context: BotContext) -> None:
    lang = await ui_language(update, context)
    await answer_press(update)
    asked = _was_asked(context, CANCEL)
    if pressed(update) != CANCEL_RSVP_YES or not is_private(update):
        await edit_or_send(update, context, RSVP_UI.t_html("cancel_rsvp_kept", lang))
        return
    await remove_buttons(update)
    if not asked:  # a "yes" nobody was asked for: ask now, if there is a place to give up
        rsvp = await context.services.storage.get_rsvp(sender(update).id)
        if rsvp is not None and rsvp.status == STATUS_YES:
            await _ask_cancel(update, context, lang)
        else:
            await send_html(update, context, RSVP_UI.t_html("stale", lang))
        return
    await _cancel_stored_rsvp(update, context, lang)


async def _cancel_stored_rsvp(update: Update, context: BotContext, lang: str) -> None:
    own = context.services
    rsvp, promoted = await own.storage.cancel_rsvp(sender(update).id, own.config.event.capacity)
    if rsvp is None:  # forgotten meanwhile (/forget in another window)
        await send_html(update, context, RSVP_UI.t_html("no_rsvp", lang))
        return
    await send_html(update, context, RSVP_UI.t_html("cancel_rsvp_done", lang))
    await tell_promoted(context, promoted)


async def ask_forget(update: Update, context: BotContext) -> None:
    lang = await ui_language(update, context)
    storage = context.services.storage
    user_id = sender(update).id
    kept = await storage.get_rsvp(user_id) is not None or await storage.get_language(user_id) is not None
    if not kept and not await storage.count_questions(user_id):
        user_state(context).pop(SESSION, None)  # a draft in memory only: dropped as well
        await send_html(update, context, RSVP_UI.t_html("forget_nothing", lang))
        return
    keyboard = InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(RSVP_UI.t("button_forget_yes", lang), callback_data=FORGET_YES)],
            [InlineKeyboardButton(RSVP_UI.t("button_forget_no", lang), callback_data=FORGET_NO)],
        ]
    )
    _mark_asked(context, FORGET)
    await send_html(update, context, RSVP_UI.t_html("forget_ask", lang), keyboard)


async def forget_answer(update: Update, context: BotContext) -> None:
    lang = await ui_language(update, context)  # before the language preference is deleted
    await answer_press(update)
    asked = _was_asked(context, FORGET)
    if pressed(update) != FORGET_YES or not is_private(update):
        await edit_or_send(update, context, RSVP_UI.t_html("forget_kept", lang))
        return
    if not asked:  # a "yes" nobody was asked for: the confirmation first
        await remove_buttons(update)
        await ask_forget(update, context)
        return
    own = context.services
    user_id = sender(update).id
    # Everything kept for this user in memory and in the persisted state: drafts, pending choices.
    user_state(context).clear()
    if context.chat_data is not None:
        context.chat_data.clear()
    forget_state = getattr(context.application.persistence, "forget", None)
    if forget_state is not None:
        await forget_state(user_id)
    questions = await own.storage.count_questions(user_id)
    promoted = await own.storage.forget_user(user_id, own.config.event.capacity)
    done = RSVP_UI.t_html("forget_done", lang)
    if questions:
        done = TEXTS("forget_done_questions", lang, questions=TEXTS.plural("questions_count", questions, lang))
    await edit_or_send(update, context, done)
    await tell_promoted(context, promoted)


async def private_only(update: Update, context: BotContext) -> None:
    """/myrsvp, /cancelrsvp, /forget in a group: a plain link to the private chat (not the RSVP form,
    which is not what was asked for), nothing personal."""
    lang = await ui_language(update, context)
    button = InlineKeyboardButton(TEXTS("button_open_private", lang), url=f"https://t.me/{context.bot.username}")
    await send_html(update, context, RSVP_UI.t_html("private_only", lang), InlineKeyboardMarkup([[button]]))


def register(application: App) -> None:
    private = filters.ChatType.PRIVATE
    application.add_handler(CallbackQueryHandler(action_button, pattern=callback_pattern(ACTION)))
    application.add_handler(CommandHandler("myrsvp", my_rsvp, filters=private))
    application.add_handler(CommandHandler("cancelrsvp", cancel_rsvp, filters=private))
    application.add_handler(CommandHandler("forget", ask_forget, filters=private))
    application.add_handler(
        CallbackQueryHandler(forget_answer, pattern=f"^({re.escape(FORGET_YES)}|{re.escape(FORGET_NO)})$")
    )
    application.add_handler(
        CallbackQueryHandler(
            cancel_rsvp_answer, pattern=f"^({re.escape(CANCEL_RSVP_YES)}|{re.escape(CANCEL_RSVP_NO)})$"
        )
    )
    application.add_handler(CommandHandler(["myrsvp", "cancelrsvp", "forget"], private_only, filters=~private))
