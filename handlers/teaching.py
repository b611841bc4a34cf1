"""/unanswered (organisers, private chat): the questions the bot could not answer, most askers first,
each with two buttons:

- **Attach**: choose a category, then an entry; the question becomes a phrasing of that entry in the
  question's language, written to the entry's YAML file with its comments kept, checked as `check`
  checks the folder, and live at once (bot/kb_editing.py). The next person who asks it gets the answer.
- **Dismiss**: the question leaves the list.

Either way the question's log rows are blanked (bot/question_log.py, resolve_unanswered): the
statistics still count them, and the list's message is redrawn with the question struck through and
what became of it. The question itself is kept in user_data under a small number (a
question is longer than callback data allows): CALLBACK + <action>:<number>[:<category or entry id>].
"""

from __future__ import annotations

import asyncio
import logging
import re
from typing import TypedDict

from telegram import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.error import TelegramError
from telegram.ext import CallbackQueryHandler, CommandHandler, filters

from bot.answering import Answerer
from bot.kb_editing import EditError, add_phrasing
from bot.knowledge import KnowledgeError
from handlers.callbacks import prefix
from handlers.context import App, BotContext
from handlers.features import Command, Feature, Scope, install_knowledge
from handlers.locale import is_organiser
from handlers.organiser_texts import ORG_UI
from handlers.render import column, escape, html_chunks
from handlers.replies import answer_query, answer_stale, edit_or_send, send_html
from handlers.teaching_texts import TEACHING_UI
from handlers.texts import TEXTS

log = logging.getLogger(__name__)

UNANSWERED_SHOWN = 10
UNANSWERED_CHARACTERS = 300  # per question: ten long ones would otherwise fill many messages
CALLBACK = prefix("tq") + ":"
ATTACH, DISMISS, CATEGORY, ENTRY = "a", "d", "c", "e"
_CALLBACK_DATA = re.compile(
    rf"^{re.escape(CALLBACK)}([{ATTACH}{DISMISS}{CATEGORY}{ENTRY}]):(\d{{1,6}})(?::([a-z][a-z0-9_]{{0,47}}))?$"
)
_PENDING = "teaching"  # user_data: {number: Question}
KEPT = 40
DISMISSED, ATTACHED = "dismissed", "attached"


class Question(TypedDict, total=False):
    text: str
    normalized: str
    lang: str  # the question's, as logged: the phrasing is added in it
    shown: int  # its number in the list
    line: str  # its line in the list (HTML)
    chat: int  # the list's message, when it is one message (it is redrawn as questions settle)
    message: int
    size: int  # how many questions that list shows
    state: str  # DISMISSED or ATTACHED, once settled
    entry: str  # the title of the entry it was attached to


def _data(action: str, number: int, target: str = "") -> str:
    return f"{CALLBACK}{action}:{number}" + (f":{target}" if target else "")


def _shortened(question: str) -> str:
    """A question on one line, cut to UNANSWERED_CHARACTERS with an ellipsis."""
    text = " ".join(question.split())
    if len(text) <= UNANSWERED_CHARACTERS:
        return text
    return text[: UNANSWERED_CHARACTERS - 1].rstrip() + "…"


async def show_unanswered(update: Update, context: BotContext) -> None:
    lang = await context.language()
    questions = await context.services.storage.top_unanswered(UNANSWERED_SHOWN)
    if not questions:
        await send_html(update, context, ORG_UI.t_html("org_unanswered_none", lang))
        return
    assert context.user_data is not None  # a command from an organiser, in a private chat: there is a user
    pending: dict[int, Question] = context.user_data.setdefault(_PENDING, {})
    listed: list[tuple[int, Question]] = []
    for shown, question in enumerate(questions, start=1):
        number = max(pending, default=0) + 1
        line = ORG_UI.t_html(
            "org_unanswered_line",
            lang,
            askers=question.askers,
            count=question.count,
            language=question.language,
            text=_shortened(question.text),
        )
        pending[number] = {
            "text": question.text,
            "normalized": question.normalized,
            "lang": question.language,
            "shown": shown,
            "line": line,
        }
        listed.append((number, pending[number]))
    text, markup = _list_view(listed, lang)
    sent = await send_html(update, context, text, markup)
    if sent is not None and len(html_chunks(text)) == 1:  # one message: it can be redrawn as questions settle
        for _, item in listed:
            item["chat"], item["message"], item["size"] = sent.chat_id, sent.message_id, len(listed)
    while len(pending) > KEPT:
        del pending[min(pending)]


def _list_view(listed: list[tuple[int, Question]], lang: str) -> tuple[str, InlineKeyboardMarkup | None]:
    """The list's text and buttons: open questions with their two buttons, settled ones struck through
    with what became of them."""
    lines, rows = [ORG_UI("org_unanswered_title", lang)], []
    for number, item in listed:
        shown, line, state = item["shown"], item["line"], item.get("state")
        if state == DISMISSED:
            lines.append(f"{shown}. <s>{line}</s> — {TEACHING_UI('mark_dismissed', lang)}")
        elif state == ATTACHED:
            mark = TEACHING_UI("mark_attached", lang, entry=escape(item.get("entry", "")))
            lines.append(f"{shown}. <s>{line}</s> — {mark}")
        else:
            lines.append(f"{shown}. {line}")
            rows.append(
                [
                    InlineKeyboardButton(
                        TEACHING_UI.t("button_attach", lang, number=shown), callback_data=_data(ATTACH, number)
                    ),
                    InlineKeyboardButton(
                        TEACHING_UI.t("button_dismiss", lang, number=shown), callback_data=_data(DISMISS, number)
                    ),
                ]
            )
    text = "\n".join(lines) + ("\n\n" + TEACHING_UI.t("how", lang) if rows else "")
    return text, InlineKeyboardMarkup(rows) if rows else None


async def _settle(context: BotContext, number: int, state: str, lang: str, entry: str = "") -> bool:
    """Marks the question settled, in every list that shows it, and redraws those lists. False when
    none could be redrawn (a list too long for one message, or partly forgotten)."""
    assert context.user_data is not None  # a button press: there is a user
    pending: dict[int, Question] = context.user_data.get(_PENDING, {})
    normalized = pending[number]["normalized"]
    lists: set[tuple[int, int]] = set()
    for item in pending.values():
        if item["normalized"] == normalized and not item.get("state"):
            item["state"], item["entry"] = state, entry
            if "message" in item:
                lists.add((item["chat"], item["message"]))
    redrawn = False
    for chat, message in lists:
        listed = sorted(
            ((n, item) for n, item in pending.items() if (item.get("chat"), item.get("message")) == (chat, message)),
            key=lambda pair: pair[1]["shown"],
        )
        if len(listed) != listed[0][1]["size"]:  # its oldest questions were forgotten (KEPT): left as it is
            continue
        text, markup = _list_view(listed, lang)
        try:
            await context.bot.edit_message_text(text, chat_id=chat, message_id=message, reply_markup=markup)
            redrawn = True
        except TelegramError as error:  # cosmetic (deleted, or older than Telegram lets edit): settled anyway
            log.info("could not redraw an unanswered list: %s", error)
    return redrawn


async def button(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert (
        query is not None and context.user_data is not None
    )  # registered as a CallbackQueryHandler: a press, by a user
    lang = await context.language()
    match = _CALLBACK_DATA.match(query.data or "")
    if match is None or not is_organiser(update, context):
        await answer_stale(query, lang)  # what any button the bot never issued gets
        return
    action, number, target = match.group(1), int(match.group(2)), match.group(3) or ""
    question = context.user_data.get(_PENDING, {}).get(number)
    if question is None or question.get("state"):  # settled already, or forgotten (KEPT)
        await answer_stale(query, lang)
        return
    kb = context.services.answerer.kb
    if action == DISMISS:
        await context.services.storage.resolve_unanswered(question["normalized"])
        await answer_query(query, TEACHING_UI.t("dismissed", lang))
        if not await _settle(context, number, DISMISSED, lang):
            await _drop_row(query, number)
    elif action == ATTACH:
        await answer_query(query)
        categories = sorted(kb.categories, key=lambda category: category.order)
        buttons = [
            InlineKeyboardButton(category.title[lang], callback_data=_data(CATEGORY, number, category.id))
            for category in categories
        ]
        await send_html(
            update,
            context,
            TEACHING_UI("choose_category", lang, question=escape(_shortened(question["text"]))),
            InlineKeyboardMarkup(column(buttons)),
        )
    elif action == CATEGORY:
        await answer_query(query)
        entries = kb.in_category(target)
        buttons = [
            InlineKeyboardButton(kb.title(entry, lang), callback_data=_data(ENTRY, number, entry.id))
            for entry in entries
        ]
        buttons.append(InlineKeyboardButton(TEACHING_UI.t("button_back", lang), callback_data=_data(ATTACH, number)))
        await edit_or_send(
            update,
            context,
            TEACHING_UI("choose_entry", lang, question=escape(_shortened(question["text"]))),
            InlineKeyboardMarkup(column(buttons)),
        )
    else:
        await answer_query(query)
        await _attach(update, context, number, question, target, lang)


async def _attach(
    update: Update, context: BotContext, number: int, question: Question, entry_id: str, lang: str
) -> None:
    own = context.services
    kb = own.answerer.kb
    entry = kb.get(entry_id)
    if entry is None:  # removed by a /reload meanwhile
        await edit_or_send(update, context, TEXTS("stale_button", lang))
        return
    try:
        new_kb = await asyncio.to_thread(
            add_phrasing, own.config.knowledge, kb, entry_id, question["lang"], question["text"]
        )
        answerer = await asyncio.to_thread(Answerer, new_kb)
    except KnowledgeError as error:  # refused as `check` would: nothing was written
        problems = "\n".join(f"• {escape(problem[:300])}" for problem in error.problems[:20])
        await edit_or_send(update, context, TEACHING_UI("refused", lang, problems=problems))
        return
    except EditError as error:  # a read-only folder, a full disk: the old file is intact
        log.error("phrasing not written: %s", error)
        await edit_or_send(update, context, TEACHING_UI("write_failed", lang, reason=escape(str(error))))
        return
    install_knowledge(context.application, answerer)
    await own.storage.resolve_unanswered(question["normalized"])
    log.info("a phrasing was attached to %s by an organiser", entry_id)
    title = new_kb.title(new_kb.by_id[entry_id], lang)
    await _settle(context, number, ATTACHED, lang, entry=title)
    await edit_or_send(
        update,
        context,
        TEACHING_UI("attached", lang, question=escape(_shortened(question["text"])), entry=escape(title)),
    )


async def _drop_row(query: CallbackQuery, number: int) -> None:
    """Takes the settled question's buttons off the list."""
    # An InaccessibleMessage (older than 48 hours) has no markup to read.
    markup = query.message.reply_markup if isinstance(query.message, Message) else None
    if markup is None:
        return
    suffix = f":{number}"
    rows = [
        row
        for row in markup.inline_keyboard
        if not any(isinstance(b.callback_data, str) and b.callback_data.endswith(suffix) for b in row)
    ]
    try:
        await query.edit_message_reply_markup(InlineKeyboardMarkup(rows) if rows else None)
    except Exception as error:  # noqa: BLE001 - cosmetic: the question is settled either way
        log.info("could not update the unanswered list: %s", error)


def register(application: App) -> None:
    organisers = filters.ChatType.PRIVATE & filters.User(user_id=application.bot_data["config"].organisers)
    application.add_handler(CommandHandler("unanswered", show_unanswered, filters=organisers))
    application.add_handler(CallbackQueryHandler(button, pattern=f"^{re.escape(CALLBACK)}"))


FEATURE = Feature(
    "teaching", register, commands=(Command("unanswered", Scope.ORGANISERS, ORG_UI, "command_unanswered"),)
)
