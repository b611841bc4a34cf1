"""Check-in on the day (organisers, private chat):

    scanning an attendee's QR code   Telegram's own scanner opens /start ci_<token>: checked in at once
    /checkin                         the headcount: arrived against expected, walk-ins
    /checkin <name>                  the people matching, a button each to check them in (or to undo)
    /walkin <name>, <organisation>   someone who came without replying

For anyone but an organiser, a check-in link is an ordinary /start (handlers/start.py shows the
welcome): it neither checks anyone in nor tells whose code it is. Forged callback data from anyone but
an organiser gets what any unknown button gets.

Callback data: CALLBACK + <action>:<number>, actions below; the number is a Telegram user id, a walk-in's
row id, or the key of a name kept in user_data (a name may be longer than callback data allows).
"""

from __future__ import annotations

import re

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import CallbackQueryHandler, CommandHandler, filters

from bot.attendance import search_people
from bot.checkin import PAYLOAD_PREFIX, token_from_payload
from bot.rsvp import STATUS_YES, Rsvp, status_label
from handlers.callbacks import prefix
from handlers.checkin_texts import CHECKIN_UI
from handlers.context import App, BotContext
from handlers.features import Command, Feature, Scope
from handlers.locale import is_organiser, ui_language
from handlers.replies import answer_query, answer_stale, edit_or_send, send_html
from handlers.texts import TEXTS

CALLBACK = prefix("ck") + ":"
CHECK_IN, UNDO, ADD_WALK_IN, REMOVE_WALK_IN = "i", "u", "w", "r"
_CALLBACK_DATA = re.compile(rf"^{re.escape(CALLBACK)}([{CHECK_IN}{UNDO}{ADD_WALK_IN}{REMOVE_WALK_IN}]):(\d{{1,20}})$")
_PENDING_NAMES = "walk_in_names"  # user_data: {number: name typed in /checkin that matched nobody}
KEPT_NAMES = 10
NAME_SHOWN = 40  # characters of a name on a button


def _data(action: str, number: int) -> str:
    return f"{CALLBACK}{action}:{number}"


def _time(iso: str | None) -> str:
    """ "08:42" of an ISO time (UTC, as stored)."""
    return iso[11:16] if iso and len(iso) >= 16 else ""


def _short(name: str) -> str:
    return name if len(name) <= NAME_SHOWN else name[: NAME_SHOWN - 1] + "…"


async def _arrival_text(context: BotContext, rsvp: Rsvp, already: bool, lang: str) -> str:
    organisation = rsvp.organisation or "—"
    if already:
        text = CHECKIN_UI.t_html(
            "already", lang, name=rsvp.full_name, organisation=organisation, time=_time(rsvp.checked_in_at)
        )
    else:
        count = await context.services.storage.headcount()
        text = CHECKIN_UI.t_html(
            "checked_in",
            lang,
            name=rsvp.full_name,
            organisation=organisation,
            arrived=count.arrived,
            expected=count.expected,
        )
    if (
        rsvp.status is not None and rsvp.status != STATUS_YES
    ):  # came although their reply says otherwise: the organiser should know
        text += "\n" + CHECKIN_UI.t_html("not_expected", lang, status=status_label(rsvp.status, lang))
    return text


def _undo_keyboard(rsvp: Rsvp, lang: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(CHECKIN_UI.t("button_undo", lang), callback_data=_data(UNDO, rsvp.user_id))]]
    )


async def scanned(update: Update, context: BotContext) -> None:
    """/start ci_<token> from an organiser: the attendee whose code it is, checked in."""
    lang = await ui_language(update, context)
    token = token_from_payload(context.args[0] if context.args else "")
    result = await context.services.storage.check_in_token(token) if token else None
    if result is None:
        await send_html(update, context, CHECKIN_UI.t_html("unknown_code", lang))
        return
    await send_html(
        update,
        context,
        await _arrival_text(context, result.rsvp, result.already, lang),
        _undo_keyboard(result.rsvp, lang),
    )


async def checkin(update: Update, context: BotContext) -> None:
    lang = await ui_language(update, context)
    storage = context.services.storage
    query = " ".join(context.args or ())
    if not query:
        count = await storage.headcount()
        text = CHECKIN_UI.t_html(
            "headcount",
            lang,
            arrived=count.arrived + count.other_arrivals,
            expected=count.expected,
            walk_ins=count.walk_ins,
            present=count.present,
        )
        await send_html(update, context, text + "\n\n" + CHECKIN_UI.t_html("usage", lang))
        return
    found = search_people(await storage.list_rsvps(), query)
    if not found:
        assert context.user_data is not None  # a command from an organiser, in a private chat: there is a user
        names: dict[int, str] = context.user_data.setdefault(_PENDING_NAMES, {})
        number = max(names, default=0) + 1
        names[number] = query
        while len(names) > KEPT_NAMES:
            del names[min(names)]
        button = InlineKeyboardButton(
            CHECKIN_UI.t("button_add_walk_in", lang, name=_short(query)), callback_data=_data(ADD_WALK_IN, number)
        )
        await send_html(
            update, context, CHECKIN_UI.t_html("not_found", lang, query=query), InlineKeyboardMarkup([[button]])
        )
        return
    rows = []
    for rsvp in found:
        label = f"{_short(rsvp.full_name or '')} — {_short(rsvp.organisation or '')}"
        if rsvp.checked_in_at:
            rows.append(
                [
                    InlineKeyboardButton(
                        CHECKIN_UI.t("button_arrived", lang, name=label), callback_data=_data(UNDO, rsvp.user_id)
                    )
                ]
            )
        else:
            rows.append(
                [
                    InlineKeyboardButton(
                        CHECKIN_UI.t("button_check_in", lang, name=label), callback_data=_data(CHECK_IN, rsvp.user_id)
                    )
                ]
            )
    await send_html(update, context, CHECKIN_UI.t_html("found", lang, query=query), InlineKeyboardMarkup(rows))


async def walk_in(update: Update, context: BotContext) -> None:
    """/walkin Name, Organisation (the organisation is what follows the last comma, Latin or Arabic)."""
    lang = await ui_language(update, context)
    text = " ".join(context.args or ())
    text = text.replace("،", ",")  # the Arabic comma as well
    name, _, organisation = text.rpartition(",") if "," in text else (text, "", "")
    await _add_walk_in(update, context, name.strip(), organisation.strip() or None, lang)


async def _add_walk_in(update: Update, context: BotContext, name: str, organisation: str | None, lang: str) -> None:
    storage = context.services.storage
    try:
        person = await storage.add_walk_in(name, organisation)
    except ValueError:  # nothing visible in the name
        await send_html(update, context, CHECKIN_UI.t_html("walk_in_usage", lang))
        return
    count = await storage.headcount()
    button = InlineKeyboardButton(
        CHECKIN_UI.t("button_remove_walk_in", lang), callback_data=_data(REMOVE_WALK_IN, person.id)
    )
    await edit_or_send(
        update,
        context,
        CHECKIN_UI.t_html("walk_in_added", lang, name=person.full_name, walk_ins=count.walk_ins),
        InlineKeyboardMarkup([[button]]),
    )


async def button(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert (
        query is not None and context.user_data is not None
    )  # registered as a CallbackQueryHandler: a press, by a user
    lang = await ui_language(update, context)
    match = _CALLBACK_DATA.match(query.data or "")
    if match is None or not is_organiser(update, context):
        await answer_stale(query, lang)  # what any button the bot never issued gets
        return
    await answer_query(query)
    action, number = match.group(1), int(match.group(2))
    storage = context.services.storage
    if action == ADD_WALK_IN:
        name = context.user_data.get(_PENDING_NAMES, {}).pop(number, None)
        if name is None:  # pressed twice, or kept names rotated out
            await edit_or_send(update, context, TEXTS("stale_button", lang))
            return
        await _add_walk_in(update, context, name, None, lang)
    elif action == REMOVE_WALK_IN:
        person = await storage.remove_walk_in(number)
        await edit_or_send(
            update,
            context,
            CHECKIN_UI.t_html("walk_in_removed", lang, name=person.full_name)
            if person
            else CHECKIN_UI.t_html("gone", lang),
        )
    elif action == CHECK_IN:
        result = await storage.check_in(number)
        if result is None:
            await edit_or_send(update, context, CHECKIN_UI.t_html("gone", lang))
            return
        await edit_or_send(
            update,
            context,
            await _arrival_text(context, result.rsvp, result.already, lang),
            _undo_keyboard(result.rsvp, lang),
        )
    else:
        rsvp = await storage.undo_check_in(number)
        await edit_or_send(
            update,
            context,
            CHECKIN_UI.t_html("undone", lang, name=rsvp.full_name) if rsvp else CHECKIN_UI.t_html("gone", lang),
        )


def register(application: App) -> None:
    """Registered before handlers.start, so that an organiser's scan is not taken for a plain /start."""
    config = application.bot_data["config"]
    organisers = filters.ChatType.PRIVATE & filters.User(user_id=config.organisers)
    application.add_handler(
        CommandHandler("start", scanned, filters=organisers & filters.Regex(rf"^/start(@\w+)?\s+{PAYLOAD_PREFIX}"))
    )
    application.add_handler(CommandHandler("checkin", checkin, filters=organisers))
    application.add_handler(CommandHandler("walkin", walk_in, filters=organisers))
    application.add_handler(CallbackQueryHandler(button, pattern=f"^{re.escape(CALLBACK)}"))


FEATURE = Feature(
    "checkin",
    register,
    commands=(
        Command("checkin", Scope.ORGANISERS, CHECKIN_UI, "command_checkin"),
        Command("walkin", Scope.ORGANISERS, CHECKIN_UI, "command_walkin"),
    ),
)
