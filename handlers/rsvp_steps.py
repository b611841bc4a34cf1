"""The RSVP conversation's steps, generic over the form (bot/rsvp_form.py): one state per field, whose
prompt ("ask_<state>"), keyboard (a button per choice, Skip for an optional field, the Telegram name
for the name) and handlers all come from the field's specification. Part of the RSVP feature.

At every step, a question typed instead of an answer is answered in full and the step asked again,
with the draft kept; at a step that expects text ("OIM" may be an organisation) it must read as a
question (a question mark or a question word).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Coroutine
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import BaseHandler, CallbackQueryHandler, MessageHandler, filters

from bot.language_profiles import pooled
from bot.normalize import fold
from bot.rsvp import (
    STATUS_MAYBE,
    STATUS_NO,
    STATUS_YES,
    check_full_name,
    clean_text,
    problem_text,
)
from bot.rsvp_form import CHOICE, EMAIL, FormField
from bot.verdict import Outcome
from handlers.context import BotContext
from handlers.locale import ui_language
from handlers.render import column, escape
from handlers.replies import edit_or_send, send_html
from handlers.rsvp_session import (
    BACK_DATA,
    CONFIRM,
    EDIT,
    EDIT_FIELD,
    SKIP,
    USE_PROFILE_NAME,
    Session,
    answer_press,
    choice_label,
    current,
    field_label,
    form_of,
    remove_buttons,
    show_summary,
    stale,
    value_data,
    value_shown,
)
from handlers.rsvp_texts import RSVP_UI
from handlers.showing import answer_text, contact_due

Step = Callable[[Update, BotContext], Coroutine[Any, Any, "str | int"]]
TYPED = filters.TEXT & ~filters.COMMAND & filters.UpdateType.MESSAGE
_BUTTON_NAME_MAX = 60
_QUESTION_MARKS = ("?", "؟", "？")
# A choice typed instead of pressed, as bot.normalize.fold leaves it (case, accents, Arabic letter forms
# and punctuation folded): the attendance only; other choices are pressed. The words: bot/<language>_profile.py.
_TYPED_CHOICES = {
    "status": {
        STATUS_YES: pooled(lambda profile: profile.yes_words),
        STATUS_NO: pooled(lambda profile: profile.no_words),
        STATUS_MAYBE: pooled(lambda profile: profile.maybe_words),
    }
}
# "Nothing" typed at an optional step (dietary needs, email), folded likewise.
_NOTHING = pooled(lambda profile: profile.nothing_words)


def profile_name(update: Update) -> str | None:
    user = update.effective_user
    name = clean_text(user.full_name) if user is not None else None
    return name if name is not None and check_full_name(name) is None else None


def _keyboard(form_field: FormField, session: Session, lang: str, update: Update) -> InlineKeyboardMarkup | None:
    rows: list[list[InlineKeyboardButton]] = []
    if form_field.kind == CHOICE:
        data = value_data(form_field.name)
        rows = column(
            [
                InlineKeyboardButton(choice_label(form_field, choice, lang), callback_data=data + choice)
                for choice in form_field.choices
            ]
        )
    elif form_field.name == "full_name" and (profile := profile_name(update)) is not None:
        label = profile if len(profile) <= _BUTTON_NAME_MAX else profile[: _BUTTON_NAME_MAX - 1] + "…"
        rows = [
            [InlineKeyboardButton(RSVP_UI.t("button_use_profile", lang, name=label), callback_data=USE_PROFILE_NAME)]
        ]
    elif form_field.optional:
        rows = [[InlineKeyboardButton(RSVP_UI.t("button_skip", lang), callback_data=SKIP)]]
    if session.editing:
        rows.append([InlineKeyboardButton(RSVP_UI.t("button_back", lang), callback_data=BACK_DATA)])
    return InlineKeyboardMarkup(rows) if rows else None


async def ask(update: Update, context: BotContext, form_field: FormField, lang: str, *, preface: str = "") -> str:
    """Sends the field's question (with the current value when editing) and returns its state."""
    session = current(context)
    assert session is not None  # asked only within a conversation
    key = f"ask_{form_field.step}"
    if form_field.name == "full_name" and profile_name(update) is None:
        key = "ask_name_no_profile"
    identity = {name: escape(value) for name, value in context.services.answerer.kb.logistics.identity(lang).items()}
    text = (form_field.texts or RSVP_UI)(key, lang, **identity)  # the first question names the event
    if session.editing and form_field.name not in session.never_asked:
        text += "\n\n" + RSVP_UI.t_html("current_value", lang, value=value_shown(session.draft, form_field, lang))
    if preface:
        text = preface + "\n\n" + text
    await send_html(update, context, text, _keyboard(form_field, session, lang, update))
    return form_field.step


async def next_step(update: Update, context: BotContext, answered: str, lang: str) -> str:
    """After a field is answered: back to the summary when editing, else the next field to ask."""
    session = current(context)
    assert session is not None
    form = form_of(context)
    if answered in session.never_asked:
        session.never_asked.remove(answered)
    if session.never_asked:
        return await ask(update, context, form.field(session.never_asked[0]), lang)
    if session.editing:
        return await show_summary(update, context, lang)
    names = [form_field.name for form_field in form.asked(session.draft.values.get(form.status_field))]
    position = names.index(answered) if answered in names else len(names) - 1
    if position + 1 < len(names):
        return await ask(update, context, form.field(names[position + 1]), lang)
    return await show_summary(update, context, lang)


async def edit_menu_message(update: Update, context: BotContext, session: Session, lang: str, *, in_place: bool) -> str:
    form = form_of(context)
    fields = form.asked(session.draft.values.get(form.status_field))
    buttons = [
        InlineKeyboardButton(field_label(form_field, lang), callback_data=EDIT_FIELD + form_field.name)
        for form_field in fields
    ]
    rows = column(buttons) + [[InlineKeyboardButton(RSVP_UI.t("button_back", lang), callback_data=BACK_DATA)]]
    send = edit_or_send if in_place else send_html
    await send(update, context, RSVP_UI.t_html("ask_edit", lang), InlineKeyboardMarkup(rows))
    return EDIT


async def ask_again(update: Update, context: BotContext, state: str, lang: str, *, preface: str = "") -> str:
    """The current step once more, with its buttons: after a question, or text where a button was due."""
    if state == CONFIRM:
        return await show_summary(update, context, lang, preface=preface)
    session = current(context)
    assert session is not None
    if state == EDIT:
        if preface:
            await send_html(update, context, preface)
        return await edit_menu_message(update, context, session, lang, in_place=False)
    form_field = form_of(context).by_step(state)
    assert form_field is not None
    return await ask(update, context, form_field, lang, preface=preface)


def _looks_like_question(text: str) -> bool:
    return text.rstrip().endswith(_QUESTION_MARKS)


async def answered_as_question(update: Update, context: BotContext, state: str, *, expects_text: bool) -> bool:
    """A question typed in the middle of the RSVP is answered in full, then the step is asked again and
    the draft kept. At a step that expects text it must also read as a question: a question mark or a
    question word; at a button step a confident answer is enough."""
    if current(context) is None or update.message is None:
        return False
    text = update.message.text or ""
    lang = await ui_language(update, context)
    answerer = context.services.answerer
    reply = answerer.ask(text, lang, contact=contact_due(context))
    if reply.outcome is Outcome.ANSWER and all(
        answerer.matcher.is_social(answerer.kb.by_id[entry_id]) for entry_id in reply.entry_ids
    ):
        return False  # "merci", "إن شاء الله": small talk, not a question to stop the form for
    if reply.outcome is Outcome.ANSWER:
        is_question = not expects_text or _looks_like_question(text) or bool(answerer.matcher.question_kinds(text))
    else:
        is_question = _looks_like_question(text) and reply.outcome is Outcome.SUGGEST
    if not is_question:
        return False
    await answer_text(update, context, text, lang, reply)
    await ask_again(update, context, state, lang)
    return True


def remind_in(state: str) -> Step:
    """Text where a button was due: answered if it is a question, else "please use the buttons"."""

    async def remind(update: Update, context: BotContext) -> str | int:
        if current(context) is None:
            return await stale(update, context)
        if await answered_as_question(update, context, state, expects_text=False):
            return state
        lang = await ui_language(update, context)
        return await ask_again(update, context, state, lang, preface=RSVP_UI.t_html("use_buttons", lang))

    remind.__name__ = f"remind_buttons_{state}"
    return remind


async def store(update: Update, context: BotContext, form_field: FormField, value: str | None) -> str | int:
    """A value for a field: checked, stored, then the next step. Answering "no" to the invitation drops
    what only serves those who come; changing a "no" asks it (each skippable) before the summary."""
    session = current(context)
    if session is None:
        return await stale(update, context)
    lang = await ui_language(update, context)
    problem = form_field.check(value)
    if problem is not None:
        await send_html(
            update, context, escape(problem_text(problem, lang)), _keyboard(form_field, session, lang, update)
        )
        return form_field.step
    form = session.draft.form
    previous = session.draft.values.get(form_field.name)
    session.draft.values[form_field.name] = value if form_field.kind == CHOICE else clean_text(value)
    if form_field.name == form.status_field:
        if value == form.declined:
            session.draft.values.update(form.minimised(session.draft.values))
        elif previous == form.declined and session.editing:
            session.never_asked[:] = list(form.dropped_when_declining())
    return await next_step(update, context, form_field.name, lang)


def handlers_for(form_field: FormField, back: BaseHandler[Any, Any, Any]) -> list[BaseHandler[Any, Any, Any]]:
    """The handlers of the field's state."""
    step = form_field.step

    async def chosen(update: Update, context: BotContext) -> str | int:
        query = update.callback_query
        choice = (query.data or "").removeprefix(value_data(form_field.name)) if query is not None else ""
        if current(context) is None:
            return await stale(update, context)
        if choice not in form_field.choices:
            await answer_press(
                update,
                problem_text(form_field.check(choice) or "rsvp_status_invalid", await ui_language(update, context)),
            )
            return step
        await answer_press(update)
        await remove_buttons(update)
        return await store(update, context, form_field, choice)

    async def typed(update: Update, context: BotContext) -> str | int:
        if current(context) is None:
            return await stale(update, context)
        text = update.message.text if update.message is not None else None
        text = text or ""
        if form_field.kind == CHOICE:
            folded = fold(text)
            synonyms = _TYPED_CHOICES.get(form_field.name, {})
            choice = next((choice for choice, words in synonyms.items() if folded in words), None)
            if choice is None:
                return await remind_in(step)(update, context)
            return await store(update, context, form_field, choice)
        if await answered_as_question(update, context, step, expects_text=True):
            return step
        if form_field.kind != EMAIL and _looks_like_question(text):  # a question nothing answers: not a value
            lang = await ui_language(update, context)
            return await ask(update, context, form_field, lang, preface=RSVP_UI.t_html("looks_like_question", lang))
        value = None if form_field.optional and fold(text) in _NOTHING else text
        return await store(update, context, form_field, value)

    async def skipped(update: Update, context: BotContext) -> str | int:
        await answer_press(update)
        await remove_buttons(update)
        return await store(update, context, form_field, None)

    async def from_profile(update: Update, context: BotContext) -> str | int:
        await answer_press(update)
        await remove_buttons(update)
        return await store(update, context, form_field, profile_name(update))

    for function, role in ((chosen, "chosen"), (typed, "typed"), (skipped, "skipped"), (from_profile, "from_profile")):
        function.__name__ = f"{role}_{form_field.name}"
    found: list[BaseHandler[Any, Any, Any]] = []
    if form_field.kind == CHOICE:
        found.append(CallbackQueryHandler(chosen, pattern=f"^{re.escape(value_data(form_field.name))}"))
    if form_field.name == "full_name":
        found.append(CallbackQueryHandler(from_profile, pattern=f"^{re.escape(USE_PROFILE_NAME)}$"))
    if form_field.optional:
        found.append(CallbackQueryHandler(skipped, pattern=f"^{re.escape(SKIP)}$"))
    return found + [back, MessageHandler(TYPED, typed)]
