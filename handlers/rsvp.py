"""The RSVP: /rsvp (a conversation) in private chats; /myrsvp, /cancelrsvp and /forget are in
handlers/rsvp_own.py, registered from here.

The conversation asks the form's fields in order (bot/rsvp_form.py; bot.rsvp.FORM), one state per
field with the handlers handlers/rsvp_steps.py derives from its specification:

    attending (yes / no / maybe) -> name -> organisation -> category -> dietary -> email -> CONFIRM
                                                                 \\-> (no) -> CONFIRM

- "No" asks only the fields a "no" needs (the database needs the name, the organisation and its kind,
  and they tell the organisers who declined); dietary needs and the email serve only someone who comes,
  so for a "no" they are neither asked nor kept (data minimisation, in the core: Form.minimised).
- CONFIRM shows the privacy notice and a summary with Confirm / Edit / Cancel. Edit (state EDIT) picks
  one field, asks only that step, then comes back to the summary.
- /rsvp again: the stored reply is shown as the summary, pre-filled, to confirm or edit.
- /cancel (or the Cancel button) leaves at any step; nothing is written before Confirm.
- Nothing is saved before the confirmation message is due: the reply is saved, then acknowledged, so an
  acknowledged RSVP is always in the database.
- The conversation sets itself aside after CONVERSATION_TIMEOUT of silence, so that a question typed
  days later is not taken for a name.
- At start-up (FEATURE.on_start, awaited by post_init), places that a raised event.capacity left free
  go to the first on the waiting list, who are told as when someone cancels.

Callback data of these buttons (at most 64 bytes): "r:" + a code, see handlers/rsvp_session.py; the
/start button's "rsvp" (handlers.render.RSVP) opens the conversation. In a group, /rsvp (and /start rsvp)
answers with a button that opens the private chat on the RSVP form (group_pointer); /myrsvp, /cancelrsvp
and /forget there answer only that they work in private, with a plain link to the private chat, never
showing anything personal. /cancelrsvp asks a confirmation of someone holding a place.
"""

from __future__ import annotations

import logging
import re
import warnings

from telegram import InlineKeyboardMarkup, Message, Update
from telegram.ext import (
    BaseHandler,
    CallbackQueryHandler,
    CommandHandler,
    ConversationHandler,
    MessageHandler,
    TypeHandler,
    filters,
)
from telegram.warnings import PTBUserWarning

from bot.rsvp import (
    FORM,
    STATUS_MAYBE,
    STATUS_WAITLIST,
    STATUS_YES,
    InvalidRsvp,
    RsvpDraft,
    problem_text,
    registration_open,
)
from bot.rsvp_form import Form
from handlers.context import App, BotContext
from handlers.errors import report_error
from handlers.features import Command, Feature, Scope
from handlers.locale import is_private, ui_language
from handlers.render import RSVP, RSVP_DEEP_LINK, deep_link_button, escape
from handlers.replies import deliver, send_html
from handlers.rsvp_delivery import send_attendee_papers, tell_promoted
from handlers.rsvp_session import (
    BACK_DATA,
    CANCEL_DATA,
    CONFIRM,
    CONFIRM_DATA,
    CONVERSATION_TIMEOUT,
    EDIT,
    EDIT_DATA,
    EDIT_FIELD,
    FORM_KEY,
    PREFIX,
    SESSION,
    Session,
    answer_press,
    chat_id,
    current,
    form_of,
    places_taken,
    pressed,
    remove_buttons,
    sender,
    show_summary,
    stale,
    user_state,
    value_data,
)
from handlers.rsvp_session import (  # the callback data, part of this feature's API (tests, rsvp_own)
    CANCEL_RSVP_NO as CANCEL_RSVP_NO,
)
from handlers.rsvp_session import (
    CANCEL_RSVP_YES as CANCEL_RSVP_YES,
)
from handlers.rsvp_session import (
    FORGET_NO as FORGET_NO,
)
from handlers.rsvp_session import (
    FORGET_YES as FORGET_YES,
)
from handlers.rsvp_session import (
    SKIP as SKIP,
)
from handlers.rsvp_session import (
    USE_PROFILE_NAME as USE_PROFILE_NAME,
)
from handlers.rsvp_steps import TYPED, ask, edit_menu_message, handlers_for, remind_in
from handlers.rsvp_texts import RSVP_UI
from handlers.texts import TEXTS

log = logging.getLogger(__name__)

# Commands that leave an RSVP in progress before doing their job. Their handlers are in group 0; the
# one that leaves runs first, in a group of its own before the guards' (-1): PTB gives each group a turn.
LEAVING_COMMANDS = ("start", "help", "topics", "language")
LEAVE_GROUP = -2
ATTEND = value_data("status")  # + yes / no / maybe
PICK_CATEGORY = value_data("category")  # + a category key
_START_RSVP = re.compile(rf"^/start(@\w+)?\s+{RSVP_DEEP_LINK}\s*$")


def _registration_open(context: BotContext) -> bool:
    own = context.services
    return registration_open(own.config.event.rsvp_deadline, own.now())


# ---------------------------------------------------------------------------------------------- entry and exit


async def promote_at_start(application: App) -> None:
    """The organisers may have raised (or removed) event.capacity and restarted: the first on the
    waiting list get the places now free, and are told as when someone cancels. Awaited by post_init."""
    context = BotContext(application)  # no update: what a job would get
    own = context.services
    for person in await own.storage.promote_waitlist(own.config.event.capacity):
        await tell_promoted(context, person)


async def begin(update: Update, context: BotContext) -> str | int:
    """/rsvp, /start rsvp, or the /start RSVP button, in a private chat."""
    lang = await ui_language(update, context)
    await answer_press(update)
    if not is_private(update):  # the /start button of a group message: never collect data there
        await group_pointer(update, context)
        return ConversationHandler.END
    if not _registration_open(context):
        user_state(context).pop(SESSION, None)
        await send_html(update, context, RSVP_UI.t_html("closed", lang))
        return ConversationHandler.END
    user = sender(update)
    existing = await context.services.storage.get_rsvp(user.id)
    if existing is not None:
        draft = RsvpDraft.from_rsvp(existing, form_of(context)).replaced(language=lang, telegram_username=user.username)
        user_state(context)[SESSION] = Session(draft=draft, existing=existing, touched=context.services.now())
        return await show_summary(update, context, lang, preface=RSVP_UI.t_html("already_replied", lang))
    draft = RsvpDraft(user.id, lang, user.username, form=form_of(context))
    user_state(context)[SESSION] = Session(draft=draft, touched=context.services.now())
    # Places all taken: said before anyone answers "yes", not after Confirm.
    full = RSVP_UI.t_html("places_taken", lang) if await places_taken(context, None) else ""
    return await ask(update, context, form_of(context).fields[0], lang, preface=full)


async def cancel(update: Update, context: BotContext) -> int:
    """/cancel or the Cancel button: leave without writing anything."""
    session = user_state(context).pop(SESSION, None)
    lang = await ui_language(update, context)
    await answer_press(update)
    await remove_buttons(update)
    kept = session is not None and session.existing is not None
    await send_html(update, context, RSVP_UI.t_html("cancelled_kept" if kept else "cancelled", lang))
    return ConversationHandler.END


async def timed_out(update: object, context: BotContext) -> None:
    """CONVERSATION_TIMEOUT without an answer: the draft is dropped, the user told."""
    session = context.user_data.pop(SESSION, None) if context.user_data is not None else None
    if session is not None and isinstance(update, Update) and update.effective_chat is not None:
        lang = await ui_language(update, context)
        await deliver(context.bot, chat_id(update), RSVP_UI.t_html("timed_out", lang))


async def leave_for_command(update: Update, context: BotContext) -> None:
    """/start, /help, /topics or /language in the middle of an RSVP: the RSVP is left, saying what
    becomes of the reply so far, and the command then does its job (its handler runs in group 0)."""
    session = context.user_data.pop(SESSION, None) if context.user_data is not None else None
    if session is None:
        return
    lang = await ui_language(update, context)
    kept = session.existing is not None
    await send_html(update, context, RSVP_UI.t_html("left_kept" if kept else "left_not_saved", lang))


async def nothing_to_cancel(update: Update, context: BotContext) -> None:
    lang = await ui_language(update, context)
    await send_html(update, context, RSVP_UI.t_html("nothing_to_cancel", lang))


# ---------------------------------------------------------------------------------------------- summary, edit, confirm


async def edit_menu(update: Update, context: BotContext) -> str | int:
    session = current(context)
    if session is None:
        return await stale(update, context)
    lang = await ui_language(update, context)
    await answer_press(update)
    return await edit_menu_message(update, context, session, lang, in_place=True)


async def edit_field(update: Update, context: BotContext) -> str | int:
    session = current(context)
    if session is None:
        return await stale(update, context)
    lang = await ui_language(update, context)
    name = (pressed(update) or "").removeprefix(EDIT_FIELD)
    form = form_of(context)
    if name not in [form_field.name for form_field in form.asked(session.draft.values.get(form.status_field))]:
        await answer_press(update, RSVP_UI.t("stale", lang))
        return EDIT
    await answer_press(update)
    await remove_buttons(update)
    session.editing = True
    return await ask(update, context, form.field(name), lang)


async def back_to_summary(update: Update, context: BotContext) -> str | int:
    session = current(context)
    if session is None:
        return await stale(update, context)
    lang = await ui_language(update, context)
    await answer_press(update)
    from_edit_menu = update.callback_query is not None and pressed(update) == BACK_DATA and session.editing is False
    if not from_edit_menu:
        await remove_buttons(update)
    return await show_summary(update, context, lang, in_place=from_edit_menu)


async def confirm(update: Update, context: BotContext) -> str | int:
    # Taken out before any await: a second press of Confirm racing this one finds nothing to save.
    session: Session | None = user_state(context).pop(SESSION, None)
    if session is None:
        return await stale(update, context)
    lang = await ui_language(update, context)
    await answer_press(update)
    await remove_buttons(update)
    if not _registration_open(context):  # the deadline passed during the conversation
        await send_html(update, context, RSVP_UI.t_html("closed", lang))
        return ConversationHandler.END
    own = context.services
    draft = session.draft.replaced(language=lang)  # nothing kept that a "no" does not need: storage minimises
    try:
        saved = await own.storage.save_rsvp(draft, own.config.event.capacity)
    except Exception as error:  # never lose the draft: back to the summary, to confirm again
        user_state(context)[SESSION] = session
        if isinstance(error, InvalidRsvp):  # cannot happen after the per-step checks
            notices = "\n".join(escape(problem_text(problem, lang)) for problem in error.problems.values())
            return await show_summary(update, context, lang, preface=notices)
        await report_error(update, context, error)  # the database failed: logged, the operators told
        return await show_summary(update, context, lang, preface=TEXTS("rsvp_save_failed", lang))
    rsvp = saved.rsvp
    chat = chat_id(update)
    if session.existing is not None and session.existing.status == rsvp.status:
        # Only details changed (an email, a dietary need): no second confirmation, no second calendar file.
        await send_html(update, context, RSVP_UI.t_html("saved_changes", lang, name=rsvp.full_name))
    elif rsvp.status == STATUS_YES:
        await send_html(update, context, RSVP_UI.t_html("saved_yes", lang, name=rsvp.full_name))
        await send_attendee_papers(context, chat, rsvp.user_id, lang)
    elif rsvp.status == STATUS_WAITLIST:
        await send_html(
            update,
            context,
            RSVP_UI.t_html("saved_waitlist", lang, name=rsvp.full_name, position=rsvp.waitlist_position),
        )
    elif rsvp.status == STATUS_MAYBE:
        await send_html(update, context, RSVP_UI.t_html("saved_maybe", lang, name=rsvp.full_name))
    else:
        await send_html(update, context, RSVP_UI.t_html("saved_no", lang, name=rsvp.full_name))
    await tell_promoted(context, saved.promoted)
    return ConversationHandler.END


# ---------------------------------------------------------------------------------------------- other commands


async def group_pointer(update: Update, context: BotContext) -> None:
    """/rsvp, /start rsvp or the welcome's RSVP button in a group: a button opening the private chat."""
    lang = await ui_language(update, context)
    button = deep_link_button(context.bot.username, RSVP_DEEP_LINK, TEXTS("button_open_private", lang))
    await send_html(update, context, TEXTS.t_html("rsvp_in_private", lang), InlineKeyboardMarkup([[button]]))


# ---------------------------------------------------------------------------------------------- registration


class _StartRsvp(filters.MessageFilter):
    """/start rsvp (the deep link of the group button)."""

    def filter(self, message: Message) -> bool:
        return bool(_START_RSVP.match(message.text or ""))


def conversation(form: Form = FORM) -> ConversationHandler[BotContext]:
    """One state per field of the form (its handlers from handlers/rsvp_steps.py), then the summary
    (CONFIRM) and the edit menu (EDIT)."""
    private = filters.ChatType.PRIVATE
    back: BaseHandler[Update, BotContext, object] = CallbackQueryHandler(
        back_to_summary, pattern=f"^{re.escape(BACK_DATA)}$"
    )
    states: dict[object, list[BaseHandler[Update, BotContext, object]]] = {
        form_field.step: handlers_for(form_field, back) for form_field in form.fields
    }
    states[CONFIRM] = [
        CallbackQueryHandler(confirm, pattern=f"^{re.escape(CONFIRM_DATA)}$"),
        CallbackQueryHandler(edit_menu, pattern=f"^{re.escape(EDIT_DATA)}$"),
        MessageHandler(TYPED, remind_in(CONFIRM)),
    ]
    states[EDIT] = [
        CallbackQueryHandler(edit_field, pattern=f"^{re.escape(EDIT_FIELD)}"),
        back,
        MessageHandler(TYPED, remind_in(EDIT)),
    ]
    states[ConversationHandler.TIMEOUT] = [TypeHandler(Update, timed_out)]
    with warnings.catch_warnings():
        # "CallbackQueryHandler will not be tracked for every message": intended, one conversation per
        # user and chat, whichever message its buttons are on.
        warnings.simplefilter("ignore", PTBUserWarning)
        return ConversationHandler(
            entry_points=[
                CommandHandler("rsvp", begin, filters=private),
                CommandHandler("start", begin, filters=private & _StartRsvp()),
                CallbackQueryHandler(begin, pattern=f"^{re.escape(RSVP)}$"),
            ],
            states=states,
            fallbacks=[
                CommandHandler("cancel", cancel, filters=private),
                CallbackQueryHandler(cancel, pattern=f"^{re.escape(CANCEL_DATA)}$"),
            ],
            allow_reentry=True,
            conversation_timeout=CONVERSATION_TIMEOUT,
            name="rsvp",
            persistent=True,  # an RSVP half answered survives a restart (handlers/persistence.py)
        )


# In a group these only point to the private chat: left out of the groups' command menu.
def register(application: App) -> None:
    private = filters.ChatType.PRIVATE
    form = application.bot_data.setdefault(FORM_KEY, FORM)
    application.add_handler(conversation(form))
    leaving = filters.ChatType.PRIVATE & filters.UpdateType.MESSAGE & ~_StartRsvp()  # an edit is ignored, as everywhere
    application.add_handler(CommandHandler(LEAVING_COMMANDS, leave_for_command, filters=leaving), group=LEAVE_GROUP)
    from handlers import rsvp_own  # it builds on this module

    rsvp_own.register(application)  # before the catch-all below: its buttons are "r:" too
    # A step's button with no conversation in progress (a restart, a timeout): say to send /rsvp again.
    application.add_handler(CallbackQueryHandler(stale, pattern=f"^{re.escape(PREFIX)}:"))
    application.add_handler(CommandHandler("rsvp", group_pointer, filters=~private))
    application.add_handler(CommandHandler("start", group_pointer, filters=~private & _StartRsvp()))
    # Every RSVP prompt says "/cancel to leave": outside a conversation it must not be an unknown command.
    application.add_handler(CommandHandler("cancel", nothing_to_cancel, filters=private))


FEATURE = Feature(
    "rsvp",
    register,
    commands=(
        Command("rsvp", Scope.PUBLIC, RSVP_UI, "command_rsvp", "help_command.rsvp", help_order=20),
        Command("myrsvp", Scope.PRIVATE, RSVP_UI, "command_myrsvp", "help_command.myrsvp", help_order=30),
        Command("cancelrsvp", Scope.PRIVATE, RSVP_UI, "command_cancelrsvp", "help_command.cancelrsvp", help_order=40),
        Command("forget", Scope.PRIVATE, RSVP_UI, "command_forget", "help_command.forget", help_order=60),
    ),
    on_start=promote_at_start,
    deep_links=(RSVP_DEEP_LINK,),
)
