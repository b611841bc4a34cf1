"""The RSVP: /rsvp (a conversation) in private chats; /myrsvp, /cancelrsvp and /forget are in
handlers/rsvp_own.py, registered from here.

The conversation, one handler per step:

    ATTENDING (yes / no / maybe) -> NAME -> ORGANISATION -> CATEGORY -> DIETARY -> EMAIL -> CONFIRM
                                                                   \\-> (no) -> CONFIRM

- "No" asks only the name, the organisation and its kind (the database needs them, and they tell the
  organisers who declined); dietary needs and the email serve only someone who comes, so for a "no" they
  are neither asked nor kept (data minimisation: an earlier "yes" changed to "no" drops them).
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

Callback data of these buttons (at most 64 bytes): "r:" + a step code, see the constants below; the
/start button's "rsvp" (handlers.render.RSVP) opens the conversation. In a group, /rsvp (and /start rsvp)
answers with a button that opens the private chat on the RSVP form (group_pointer); /myrsvp, /cancelrsvp
and /forget there answer only that they work in private, with a plain link to the private chat, never
showing anything personal. /cancelrsvp asks a confirmation of someone holding a place.
"""

from __future__ import annotations

import logging
import re
import warnings
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.error import TelegramError
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    ConversationHandler,
    MessageHandler,
    TypeHandler,
    filters,
)
from telegram.warnings import PTBUserWarning

from bot.normalize import fold
from bot.rsvp import (
    ANSWERS,
    CATEGORIES,
    STATUS_MAYBE,
    STATUS_NO,
    STATUS_WAITLIST,
    STATUS_YES,
    InvalidRsvp,
    Rsvp,
    RsvpDraft,
    category_label,
    check_dietary,
    check_email,
    check_full_name,
    check_organisation,
    clean_text,
    problem_text,
    registration_open,
    status_label,
)
from bot.matcher import Outcome
from handlers.showing import answer_text
from handlers.context import BotContext
from handlers.features import Command, Feature, Scope
from handlers.errors import report_error
from handlers.locale import is_private, ui_language
from handlers.render import RSVP, RSVP_DEEP_LINK, column, deep_link_button, escape, say
from handlers.replies import deliver, edit_or_send, send_html
from handlers.rsvp_delivery import send_attendee_papers, tell_promoted
from handlers.rsvp_texts import RSVP_UI, rsvp_say, rsvp_text
from handlers.texts import TEXTS

log = logging.getLogger(__name__)

# States of the conversation.
ATTENDING, NAME, ORGANISATION, CATEGORY, DIETARY, EMAIL, CONFIRM, EDIT = (
    "attending", "name", "organisation", "category", "dietary", "email", "confirm", "edit",
)
CONVERSATION_TIMEOUT = timedelta(minutes=30)
# Commands that leave an RSVP in progress before doing their job. Their handlers are in group 0; the
# one that leaves runs first, in a group of its own before the guards' (-1): PTB gives each group a turn.
LEAVING_COMMANDS = ("start", "help", "topics", "language")
LEAVE_GROUP = -2

# Callback data.
PREFIX = "r"
ATTEND = "r:a:"  # + yes / no / maybe
USE_PROFILE_NAME = "r:n"
PICK_CATEGORY = "r:c:"  # + a category key
SKIP = "r:s"
CONFIRM_DATA = "r:ok"
EDIT_DATA = "r:ed"
CANCEL_DATA = "r:x"
BACK_DATA = "r:b"
EDIT_FIELD = "r:f:"  # + a field name
FORGET_YES = "r:fg:y"
FORGET_NO = "r:fg:n"
CANCEL_RSVP_YES = "r:cr:y"
CANCEL_RSVP_NO = "r:cr:n"

# The fields, in the order they are asked, with the state that asks each.
FIELD_STATES = {
    "status": ATTENDING,
    "full_name": NAME,
    "organisation": ORGANISATION,
    "category": CATEGORY,
    "dietary": DIETARY,
    "email": EMAIL,
}
_ONLY_FOR_COMERS = ("dietary", "email")  # not asked of (nor kept for) someone who does not come
_SESSION = "rsvp_session"  # user_data key
_BUTTON_NAME_MAX = 60
_START_RSVP = re.compile(rf"^/start(@\w+)?\s+{RSVP_DEEP_LINK}\s*$")
# The attendance typed instead of pressed, as bot.normalize.fold leaves it (case, accents, Arabic
# letter forms and punctuation folded).
_TYPED_ANSWERS = {
    STATUS_YES: ("oui", "yes", "نعم", "ايه"),
    STATUS_NO: ("non", "no", "لا"),
    STATUS_MAYBE: ("peut etre", "peutetre", "maybe", "ربما"),
}
_QUESTION_MARKS = ("?", "؟", "？")
# "Nothing" typed at an optional step (dietary needs, email), folded like _TYPED_ANSWERS.
_NOTHING = frozenset(
    {"rien", "aucun", "aucune", "non", "non merci", "pas de", "neant", "nothing", "none", "no", "nope", "no thanks",
     "n a", "na", "لا", "لا شيء", "لا شي", "والو", "لا يوجد", "ما كاين", "makayn", "walo"}
)


@dataclass
class Session:
    """One conversation in progress (in user_data): what has been answered so far."""

    draft: RsvpDraft
    existing: Rsvp | None = None  # the stored reply being updated, if any
    editing: bool = False  # a field is being changed from the summary: come back to it afterwards
    # Fields to ask before going back to the summary: those a "no" changed to yes/maybe was never asked.
    never_asked: list[str] = field(default_factory=list)
    touched: datetime | None = None  # the last step; a draft kept over a restart still expires


def _session(context: BotContext) -> Session | None:
    """The RSVP in progress, if any and not older than CONVERSATION_TIMEOUT. The conversation's own
    timeout job does not survive a restart; this check does, as the draft is kept in the database."""
    session = context.user_data.get(_SESSION) if context.user_data is not None else None
    if session is None:
        return None
    now = context.services.now()
    if session.touched is not None and now - session.touched > CONVERSATION_TIMEOUT:
        context.user_data.pop(_SESSION, None)
        return None
    session.touched = now
    return session


# ---------------------------------------------------------------------------------------------- helpers


def _asks(status: str | None) -> tuple[str, ...]:
    """The fields asked of someone with this answer, in order."""
    fields = tuple(FIELD_STATES)
    return tuple(name for name in fields if not (status == STATUS_NO and name in _ONLY_FOR_COMERS))


def _value_shown(draft: RsvpDraft, name: str, lang: str) -> str:
    """A field's value as the user sees it (plain text; escaped by the caller)."""
    value = getattr(draft, name)
    if value is None:
        return RSVP_UI("none_given", lang)
    if name == "status":
        return status_label(value, lang)
    if name == "category":
        return category_label(value, lang)
    return value


def summary_lines(draft: RsvpDraft, lang: str, waitlist_position: int | None = None) -> str:
    """The reply as "<b>label</b>: value" lines (HTML, values escaped)."""
    lines = []
    for name in _asks(draft.status):
        shown = _value_shown(draft, name, lang)
        if name == "status" and waitlist_position is not None:  # "yes" answered, but waiting for a place
            shown = status_label(STATUS_WAITLIST, lang)
        lines.append(RSVP_UI("line", lang, label=RSVP_UI(f"field.{name}", lang), value=escape(shown)))
    if waitlist_position is not None:
        lines.append(RSVP_UI("line", lang, label=RSVP_UI("field.waitlist_position", lang), value=waitlist_position))
    return "\n".join(lines)


def rsvp_lines(rsvp: Rsvp, lang: str) -> str:
    """A stored reply as lines, its real status shown (the waiting list included)."""
    return summary_lines(replace(RsvpDraft.from_rsvp(rsvp), status=rsvp.status), lang, rsvp.waitlist_position)


async def promote_at_start(application: Application) -> None:
    """The organisers may have raised (or removed) event.capacity and restarted: the first on the
    waiting list get the places now free, and are told as when someone cancels. Awaited by post_init."""
    context = BotContext(application)  # no update: what a job would get
    own = context.services
    for person in await own.storage.promote_waitlist(own.config.event.capacity):
        await tell_promoted(context, person)


async def _remove_buttons(update: Update) -> None:
    """Takes the buttons off the message whose button was pressed, so it cannot be pressed again."""
    query = update.callback_query
    if query is None or query.message is None:
        return
    try:
        await query.edit_message_reply_markup(None)
    except TelegramError:  # too old, or already without buttons: nothing to take off
        pass


async def _answer_query(update: Update, text: str | None = None) -> None:
    if update.callback_query is not None:
        try:
            await update.callback_query.answer(text)
        except TelegramError:  # a press answered too late: the user saw the spinner, nothing more
            pass


def _registration_open(context: BotContext) -> bool:
    own = context.services
    return registration_open(own.config.event.rsvp_deadline, own.now())


# ---------------------------------------------------------------------------------------------- asking


def _keyboard_for(step: str, session: Session, lang: str, update: Update) -> InlineKeyboardMarkup | None:
    rows: list[list[InlineKeyboardButton]] = []
    if step == ATTENDING:
        rows = column([InlineKeyboardButton(status_label(answer, lang), callback_data=ATTEND + answer) for answer in ANSWERS])
    elif step == NAME:
        profile = _profile_name(update)
        if profile is not None:
            label = profile if len(profile) <= _BUTTON_NAME_MAX else profile[: _BUTTON_NAME_MAX - 1] + "…"
            rows = [[InlineKeyboardButton(rsvp_text("button_use_profile", lang, name=label), callback_data=USE_PROFILE_NAME)]]
    elif step == CATEGORY:
        rows = column([InlineKeyboardButton(category_label(key, lang), callback_data=PICK_CATEGORY + key) for key in CATEGORIES])
    elif step in (DIETARY, EMAIL):
        rows = [[InlineKeyboardButton(rsvp_text("button_skip", lang), callback_data=SKIP)]]
    if session.editing:
        rows.append([InlineKeyboardButton(rsvp_text("button_back", lang), callback_data=BACK_DATA)])
    return InlineKeyboardMarkup(rows) if rows else None


def _profile_name(update: Update) -> str | None:
    user = update.effective_user
    name = clean_text(user.full_name) if user is not None else None
    return name if name is not None and check_full_name(name) is None else None


_PROMPTS = {
    ATTENDING: "ask_attending",
    NAME: "ask_name",
    ORGANISATION: "ask_organisation",
    CATEGORY: "ask_category",
    DIETARY: "ask_dietary",
    EMAIL: "ask_email",
}


async def _ask(update: Update, context: BotContext, step: str, lang: str, *, preface: str = "") -> str:
    """Sends the question of `step` (with the current value when editing) and returns the state."""
    session = _session(context)
    key = _PROMPTS[step]
    if step == NAME and _profile_name(update) is None:
        key = "ask_name_no_profile"
    text = rsvp_say(key, lang)
    name = next(name for name, state in FIELD_STATES.items() if state == step)
    if session.editing and name not in session.never_asked:
        text += "\n\n" + rsvp_say("current_value", lang, value=_value_shown(session.draft, name, lang))
    if preface:
        text = preface + "\n\n" + text
    await send_html(update, context, text, _keyboard_for(step, session, lang, update))
    return step


def _summary_keyboard(lang: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(rsvp_text("button_confirm", lang), callback_data=CONFIRM_DATA)],
            [InlineKeyboardButton(rsvp_text("button_edit", lang), callback_data=EDIT_DATA)],
            [InlineKeyboardButton(rsvp_text("button_cancel", lang), callback_data=CANCEL_DATA)],
        ]
    )


def _summary_text(session: Session, lang: str) -> str:
    position = None
    existing = session.existing
    if existing is not None and existing.status == STATUS_WAITLIST and session.draft.status == STATUS_YES:
        position = existing.waitlist_position
    return RSVP_UI("summary", lang, lines=summary_lines(session.draft, lang, position), privacy=RSVP_UI("privacy", lang))


async def _places_taken(context: BotContext, existing: Rsvp | None) -> bool:
    """With a capacity, are all places held by others? (Someone already holding one keeps it.)"""
    capacity = context.services.config.event.capacity
    if capacity is None or (existing is not None and existing.status == STATUS_YES):
        return False
    return (await context.services.storage.rsvp_counts()).by_status.get(STATUS_YES, 0) >= capacity


async def _show_summary(update: Update, context: BotContext, lang: str, *, in_place: bool = False, preface: str = "") -> str:
    session = _session(context)
    session.editing = False
    session.never_asked.clear()
    text = _summary_text(session, lang)
    waiting_already = session.existing is not None and session.existing.status == STATUS_WAITLIST
    if session.draft.status == STATUS_YES and not waiting_already and await _places_taken(context, session.existing):
        text += "\n\n" + rsvp_say("summary_will_wait", lang)
    if preface:
        text = preface + "\n\n" + text
    if in_place:
        await edit_or_send(update, context, text, _summary_keyboard(lang))
    else:
        await send_html(update, context, text, _summary_keyboard(lang))
    return CONFIRM


async def _next(update: Update, context: BotContext, answered: str, lang: str) -> str:
    """After a field is answered: back to the summary when editing, else the next field to ask."""
    session = _session(context)
    if answered in session.never_asked:
        session.never_asked.remove(answered)
    if session.never_asked:
        return await _ask(update, context, FIELD_STATES[session.never_asked[0]], lang)
    if session.editing:
        return await _show_summary(update, context, lang)
    fields = _asks(session.draft.status)
    position = fields.index(answered) if answered in fields else len(fields) - 1
    if position + 1 < len(fields):
        return await _ask(update, context, FIELD_STATES[fields[position + 1]], lang)
    return await _show_summary(update, context, lang)


# ---------------------------------------------------------------------------------------------- entry and exit


async def begin(update: Update, context: BotContext) -> str | int:
    """/rsvp, /start rsvp, or the /start RSVP button, in a private chat."""
    lang = await ui_language(update, context)
    await _answer_query(update)
    if not is_private(update):  # the /start button of a group message: never collect data there
        await group_pointer(update, context)
        return ConversationHandler.END
    if not _registration_open(context):
        context.user_data.pop(_SESSION, None)
        await send_html(update, context, rsvp_say("closed", lang))
        return ConversationHandler.END
    user = update.effective_user
    existing = await context.services.storage.get_rsvp(user.id)
    if existing is not None:
        draft = replace(RsvpDraft.from_rsvp(existing), language=lang, telegram_username=user.username)
        context.user_data[_SESSION] = Session(draft=draft, existing=existing, touched=context.services.now())
        return await _show_summary(update, context, lang, preface=rsvp_say("already_replied", lang))
    context.user_data[_SESSION] = Session(draft=RsvpDraft(user_id=user.id, language=lang, telegram_username=user.username), touched=context.services.now())
    # Places all taken: said before anyone answers "yes", not after Confirm.
    full = rsvp_say("places_taken", lang) if await _places_taken(context, None) else ""
    return await _ask(update, context, ATTENDING, lang, preface=full)


async def cancel(update: Update, context: BotContext) -> int:
    """/cancel or the Cancel button: leave without writing anything."""
    session = context.user_data.pop(_SESSION, None)
    lang = await ui_language(update, context)
    await _answer_query(update)
    await _remove_buttons(update)
    kept = session is not None and session.existing is not None
    await send_html(update, context, rsvp_say("cancelled_kept" if kept else "cancelled", lang))
    return ConversationHandler.END


async def timed_out(update: object, context: BotContext) -> None:
    """CONVERSATION_TIMEOUT without an answer: the draft is dropped, the user told."""
    session = context.user_data.pop(_SESSION, None) if context.user_data is not None else None
    if session is not None and isinstance(update, Update) and update.effective_chat is not None:
        lang = await ui_language(update, context)
        await deliver(context.bot, update.effective_chat.id, rsvp_say("timed_out", lang))


async def stale(update: Update, context: BotContext) -> int:
    """A step's update arrived without a conversation in memory (left for /start or /help, or lost in a
    restart): a button says so; typed text is what it would be outside the RSVP, a question."""
    lang = await ui_language(update, context)
    if update.callback_query is not None:
        await _answer_query(update, rsvp_text("stale", lang))
    elif update.message is not None and update.message.text:
        await answer_text(update, context, update.message.text, lang)
    return ConversationHandler.END


async def leave_for_command(update: Update, context: BotContext) -> None:
    """/start, /help, /topics or /language in the middle of an RSVP: the RSVP is left, saying what
    becomes of the reply so far, and the command then does its job (its handler runs in group 0)."""
    session = context.user_data.pop(_SESSION, None) if context.user_data is not None else None
    if session is None:
        return
    lang = await ui_language(update, context)
    kept = session.existing is not None
    await send_html(update, context, rsvp_say("left_kept" if kept else "left_not_saved", lang))


async def nothing_to_cancel(update: Update, context: BotContext) -> None:
    lang = await ui_language(update, context)
    await send_html(update, context, rsvp_say("nothing_to_cancel", lang))


# ---------------------------------------------------------------------------------------------- steps


async def attending_chosen(update: Update, context: BotContext) -> str | int:
    session = _session(context)
    if session is None:
        return await stale(update, context)
    answer = update.callback_query.data.removeprefix(ATTEND)
    lang = await ui_language(update, context)
    if answer not in ANSWERS:
        await _answer_query(update, problem_text("rsvp_status_invalid", lang))
        return ATTENDING
    await _answer_query(update)
    await _remove_buttons(update)
    return await _attendance_given(update, context, session, answer, lang)


async def attending_typed(update: Update, context: BotContext) -> str | int:
    """"oui", "No", "peut-être", "نعم"... typed at the attendance step count as the button."""
    session = _session(context)
    if session is None:
        return await stale(update, context)
    typed = fold(update.message.text or "")
    answer = next((answer for answer, words in _TYPED_ANSWERS.items() if typed in words), None)
    if answer is None:
        return await _remind_in(ATTENDING)(update, context)
    return await _attendance_given(update, context, session, answer, await ui_language(update, context))


async def _attendance_given(update: Update, context: BotContext, session: Session, answer: str, lang: str) -> str | int:
    previous = session.draft.status
    session.draft.status = answer
    if answer == STATUS_NO:
        session.draft.dietary = session.draft.email = None  # only kept for someone who comes
    elif previous == STATUS_NO and session.editing:
        # A "no" was never asked these: ask them (each skippable) before the summary.
        session.never_asked[:] = list(_ONLY_FOR_COMERS)
    return await _next(update, context, "status", lang)


def _remind_in(state: str):
    async def remind(update: Update, context: BotContext) -> str | int:
        if _session(context) is None:
            return await stale(update, context)
        if await _answered_as_question(update, context, state, expects_text=False):
            return state
        lang = await ui_language(update, context)
        return await _ask_again(update, context, state, lang, preface=rsvp_say("use_buttons", lang))

    remind.__name__ = f"remind_buttons_{state}"
    return remind


async def _text_step(update: Update, context: BotContext, name: str, state: str, check, value: str | None) -> str | int:
    """A typed (or button-given) value for a text field: checked, stored, then the next step."""
    session = _session(context)
    if session is None:
        return await stale(update, context)
    lang = await ui_language(update, context)
    problem = check(value)
    if problem is not None:
        await send_html(update, context, escape(problem_text(problem, lang)), _keyboard_for(state, session, lang, update))
        return state
    setattr(session.draft, name, clean_text(value))
    return await _next(update, context, name, lang)


async def name_typed(update: Update, context: BotContext) -> str | int:
    if await _answered_as_question(update, context, NAME, expects_text=True):
        return NAME
    if _looks_like_question(update.message.text):
        return await _question_instead_of_answer(update, context, NAME)
    return await _text_step(update, context, "full_name", NAME, check_full_name, update.message.text)


async def name_from_profile(update: Update, context: BotContext) -> str | int:
    await _answer_query(update)
    await _remove_buttons(update)
    return await _text_step(update, context, "full_name", NAME, check_full_name, _profile_name(update))


def _looks_like_question(text: str) -> bool:
    return text.rstrip().endswith(_QUESTION_MARKS)


async def _answered_as_question(update: Update, context: BotContext, state: str, *, expects_text: bool) -> bool:
    """A question typed in the middle of the RSVP is answered in full, then the step is asked again and
    the draft kept. At a step that expects text ("OIM" may be an organisation), it must also read as a
    question: a question mark or a question word; at a button step a confident answer is enough."""
    if _session(context) is None:
        return False
    text = update.message.text or ""
    lang = await ui_language(update, context)
    reply = context.services.answerer.ask(text, lang)
    marked = _looks_like_question(text)
    answerer = context.services.answerer
    if reply.outcome is Outcome.ANSWER and all(answerer.matcher.is_social(answerer.kb.by_id[entry_id]) for entry_id in reply.entry_ids):
        return False  # "merci", "إن شاء الله": small talk, not a question to stop the form for
    if reply.outcome is Outcome.ANSWER:
        is_question = not expects_text or marked or bool(answerer.matcher.question_kinds(text))
    else:
        is_question = marked and reply.outcome is Outcome.SUGGEST
    if not is_question:
        return False
    await answer_text(update, context, text, lang, reply)
    await _ask_again(update, context, state, lang)
    return True


async def _ask_again(update: Update, context: BotContext, state: str, lang: str, *, preface: str = "") -> str:
    """The current step once more, with its buttons: after a question, or text where a button was due."""
    if state == CONFIRM:
        return await _show_summary(update, context, lang, preface=preface)
    if state == EDIT:
        session = _session(context)
        if preface:
            await send_html(update, context, preface)
        return await _edit_menu_message(update, context, session, lang, in_place=False)
    return await _ask(update, context, state, lang, preface=preface)


async def _question_instead_of_answer(update: Update, context: BotContext, state: str) -> str | int:
    """A question typed at a step that expects an answer: nothing stored, the step asked again."""
    if _session(context) is None:
        return await stale(update, context)
    lang = await ui_language(update, context)
    return await _ask(update, context, state, lang, preface=rsvp_say("looks_like_question", lang))


async def organisation_typed(update: Update, context: BotContext) -> str | int:
    if await _answered_as_question(update, context, ORGANISATION, expects_text=True):
        return ORGANISATION
    if _looks_like_question(update.message.text):
        return await _question_instead_of_answer(update, context, ORGANISATION)
    return await _text_step(update, context, "organisation", ORGANISATION, check_organisation, update.message.text)


async def category_chosen(update: Update, context: BotContext) -> str | int:
    session = _session(context)
    if session is None:
        return await stale(update, context)
    lang = await ui_language(update, context)
    category = update.callback_query.data.removeprefix(PICK_CATEGORY)
    if category not in CATEGORIES:
        await _answer_query(update, problem_text("rsvp_category_invalid", lang))
        return CATEGORY
    await _answer_query(update)
    await _remove_buttons(update)
    session.draft.category = category
    return await _next(update, context, "category", lang)


async def dietary_typed(update: Update, context: BotContext) -> str | int:
    if await _answered_as_question(update, context, DIETARY, expects_text=True):
        return DIETARY
    if _looks_like_question(update.message.text):
        return await _question_instead_of_answer(update, context, DIETARY)
    return await _text_step(update, context, "dietary", DIETARY, check_dietary, _none_if_nothing(update.message.text))


async def email_typed(update: Update, context: BotContext) -> str | int:
    if await _answered_as_question(update, context, EMAIL, expects_text=True):
        return EMAIL
    return await _text_step(update, context, "email", EMAIL, check_email, _none_if_nothing(update.message.text))


def _none_if_nothing(text: str) -> str | None:
    """'rien', 'none', 'لا شيء' at an optional step: nothing to note, as if skipped."""
    return None if fold(text) in _NOTHING else text


def _skip(name: str, state: str):
    async def skip(update: Update, context: BotContext) -> str | int:
        await _answer_query(update)
        await _remove_buttons(update)
        return await _text_step(update, context, name, state, lambda value: None, None)

    skip.__name__ = f"skip_{name}"
    return skip


# ---------------------------------------------------------------------------------------------- summary, edit, confirm


async def edit_menu(update: Update, context: BotContext) -> str | int:
    session = _session(context)
    if session is None:
        return await stale(update, context)
    lang = await ui_language(update, context)
    await _answer_query(update)
    return await _edit_menu_message(update, context, session, lang, in_place=True)


async def _edit_menu_message(update: Update, context: BotContext, session: Session, lang: str, *, in_place: bool) -> str:
    buttons = [InlineKeyboardButton(RSVP_UI(f"field.{name}", lang), callback_data=EDIT_FIELD + name) for name in _asks(session.draft.status)]
    rows = column(buttons) + [[InlineKeyboardButton(rsvp_text("button_back", lang), callback_data=BACK_DATA)]]
    send = edit_or_send if in_place else send_html
    await send(update, context, rsvp_say("ask_edit", lang), InlineKeyboardMarkup(rows))
    return EDIT


async def edit_field(update: Update, context: BotContext) -> str | int:
    session = _session(context)
    if session is None:
        return await stale(update, context)
    lang = await ui_language(update, context)
    name = update.callback_query.data.removeprefix(EDIT_FIELD)
    if name not in _asks(session.draft.status):
        await _answer_query(update, rsvp_text("stale", lang))
        return EDIT
    await _answer_query(update)
    await _remove_buttons(update)
    session.editing = True
    return await _ask(update, context, FIELD_STATES[name], lang)


async def back_to_summary(update: Update, context: BotContext) -> str | int:
    if _session(context) is None:
        return await stale(update, context)
    lang = await ui_language(update, context)
    await _answer_query(update)
    from_edit_menu = update.callback_query is not None and update.callback_query.data == BACK_DATA and _session(context).editing is False
    if not from_edit_menu:
        await _remove_buttons(update)
    return await _show_summary(update, context, lang, in_place=from_edit_menu)


async def confirm(update: Update, context: BotContext) -> str | int:
    # Taken out before any await: a second press of Confirm racing this one finds nothing to save.
    session: Session | None = context.user_data.pop(_SESSION, None)
    if session is None:
        return await stale(update, context)
    lang = await ui_language(update, context)
    await _answer_query(update)
    await _remove_buttons(update)
    if not _registration_open(context):  # the deadline passed during the conversation
        await send_html(update, context, rsvp_say("closed", lang))
        return ConversationHandler.END
    own = context.services
    draft = replace(session.draft, language=lang)
    if draft.status == STATUS_NO:
        draft.dietary = draft.email = None
    try:
        saved = await own.storage.save_rsvp(draft, own.config.event.capacity)
    except Exception as error:  # never lose the draft: back to the summary, to confirm again
        context.user_data[_SESSION] = session
        if isinstance(error, InvalidRsvp):  # cannot happen after the per-step checks
            notices = "\n".join(escape(problem_text(problem, lang)) for problem in error.problems.values())
            return await _show_summary(update, context, lang, preface=notices)
        await report_error(update, context, error)  # the database failed: logged, the operators told
        return await _show_summary(update, context, lang, preface=TEXTS("rsvp_save_failed", lang))
    rsvp = saved.rsvp
    chat_id = update.effective_chat.id
    if session.existing is not None and session.existing.status == rsvp.status:
        # Only details changed (an email, a dietary need): no second confirmation, no second calendar file.
        await send_html(update, context, rsvp_say("saved_changes", lang, name=rsvp.full_name))
    elif rsvp.status == STATUS_YES:
        await send_html(update, context, rsvp_say("saved_yes", lang, name=rsvp.full_name))
        await send_attendee_papers(context, chat_id, rsvp.user_id, lang)
    elif rsvp.status == STATUS_WAITLIST:
        await send_html(update, context, rsvp_say("saved_waitlist", lang, name=rsvp.full_name, position=rsvp.waitlist_position))
    elif rsvp.status == STATUS_MAYBE:
        await send_html(update, context, rsvp_say("saved_maybe", lang, name=rsvp.full_name))
    else:
        await send_html(update, context, rsvp_say("saved_no", lang, name=rsvp.full_name))
    await tell_promoted(context, saved.promoted)
    return ConversationHandler.END


# ---------------------------------------------------------------------------------------------- other commands


async def group_pointer(update: Update, context: BotContext) -> None:
    """/rsvp, /start rsvp or the welcome's RSVP button in a group: a button opening the private chat."""
    lang = await ui_language(update, context)
    button = deep_link_button(context.bot.username, RSVP_DEEP_LINK, TEXTS("button_open_private", lang))
    await send_html(update, context, say("rsvp_in_private", lang), InlineKeyboardMarkup([[button]]))


# ---------------------------------------------------------------------------------------------- registration


class _StartRsvp(filters.MessageFilter):
    """/start rsvp (the deep link of the group button)."""

    def filter(self, message: Message) -> bool:
        return bool(_START_RSVP.match(message.text or ""))


def conversation() -> ConversationHandler:
    private = filters.ChatType.PRIVATE
    typed = filters.TEXT & ~filters.COMMAND & filters.UpdateType.MESSAGE
    back = CallbackQueryHandler(back_to_summary, pattern=f"^{re.escape(BACK_DATA)}$")
    states = {
        ATTENDING: [CallbackQueryHandler(attending_chosen, pattern=f"^{re.escape(ATTEND)}"), back, MessageHandler(typed, attending_typed)],
        NAME: [MessageHandler(typed, name_typed), CallbackQueryHandler(name_from_profile, pattern=f"^{re.escape(USE_PROFILE_NAME)}$"), back],
        ORGANISATION: [MessageHandler(typed, organisation_typed), back],
        CATEGORY: [CallbackQueryHandler(category_chosen, pattern=f"^{re.escape(PICK_CATEGORY)}"), back, MessageHandler(typed, _remind_in(CATEGORY))],
        DIETARY: [MessageHandler(typed, dietary_typed), CallbackQueryHandler(_skip("dietary", DIETARY), pattern=f"^{re.escape(SKIP)}$"), back],
        EMAIL: [MessageHandler(typed, email_typed), CallbackQueryHandler(_skip("email", EMAIL), pattern=f"^{re.escape(SKIP)}$"), back],
        CONFIRM: [
            CallbackQueryHandler(confirm, pattern=f"^{re.escape(CONFIRM_DATA)}$"),
            CallbackQueryHandler(edit_menu, pattern=f"^{re.escape(EDIT_DATA)}$"),
            MessageHandler(typed, _remind_in(CONFIRM)),
        ],
        EDIT: [CallbackQueryHandler(edit_field, pattern=f"^{re.escape(EDIT_FIELD)}"), back, MessageHandler(typed, _remind_in(EDIT))],
        ConversationHandler.TIMEOUT: [TypeHandler(Update, timed_out)],
    }
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
def register(application: Application) -> None:
    private = filters.ChatType.PRIVATE
    application.add_handler(conversation())
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
