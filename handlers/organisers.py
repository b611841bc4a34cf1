"""The organisers' commands, in a private chat, for the user ids in config.organisers only:

    /rsvps        headcount by status and by category, and the list as a CSV document
    /unanswered   in handlers/teaching.py: the questions the bot could not answer, to teach it
    /stats        questions asked and the share answered, per language; RSVP counts
    /reload       the knowledge base reloaded from disk (refused with the problem list if it has errors,
                  the old one keeps serving); reminders are rescheduled, as the start time may be new
    /broadcast <text>   an announcement, one text or one per language ("fr: ..." / "en: ..." / "ar: ..."),
                  to the audience chosen on a button: yes; yes and maybe; or everyone, waiting list
                  included (handlers/broadcasting.py)

Anyone else never matches these handlers (their filters say so), so the update goes on to
handlers.unknown and gets exactly the reply of any unknown command. An organiser who sends one in a
group is told that it works in the private chat (handlers/features.py, for every command declared
Scope.ORGANISERS). For the same reason these commands are only in each organiser's own command menu.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

from telegram import Update
from telegram.ext import CommandHandler, filters

from bot.announcements import parse_announcement
from bot.answering import Answerer
from bot.knowledge import KnowledgeError, load_knowledge
from bot.locales import language_name
from bot.rsvp import CATEGORIES, STATUS_YES, STATUSES, category_label, status_label
from bot.rsvp_export import rsvps_to_csv
from handlers.broadcasting import Announcement, offer
from handlers.checkin_texts import CHECKIN_UI
from handlers.context import App, BotContext
from handlers.features import Command, Feature, Scope, install_knowledge
from handlers.locale import ui_language
from handlers.organiser_texts import ORG_UI
from handlers.render import escape
from handlers.replies import send_html

log = logging.getLogger(__name__)

PROBLEMS_SHOWN = 20
PROBLEM_CHARACTERS = 300  # one problem line never floods the chat, whatever the file holds


def _count_lines(counts: dict[str, int], label: Callable[[str, str], str], lang: str) -> str:
    return "\n".join(
        ORG_UI("org_count_line", lang, label=escape(label(key, lang)), count=count) for key, count in counts.items()
    )


def _category_name(key: str, lang: str) -> str:
    return category_label(key, lang) if key in CATEGORIES else key


async def show_rsvps(update: Update, context: BotContext) -> None:
    lang = await ui_language(update, context)
    own = context.services
    counts = await own.storage.rsvp_counts()
    if counts.total == 0:
        await send_html(update, context, ORG_UI.t_html("org_no_rsvps", lang))
        return
    text = ORG_UI(
        "org_headcount",
        lang,
        total=counts.total,
        statuses=_count_lines(counts.by_status, status_label, lang),
        categories=_count_lines(counts.by_category, _category_name, lang),
    )
    if own.config.event.capacity is not None:
        text += "\n\n" + ORG_UI.t_html(
            "org_capacity", lang, taken=counts.by_status.get(STATUS_YES, 0), capacity=own.config.event.capacity
        )
    arrivals = await own.storage.headcount()
    if arrivals.present:  # the day has begun: who is there, as /checkin shows it
        text += "\n\n" + CHECKIN_UI.t_html(
            "headcount",
            lang,
            arrived=arrivals.arrived + arrivals.other_arrivals,
            expected=arrivals.expected,
            walk_ins=arrivals.walk_ins,
            present=arrivals.present,
        )
    await send_html(update, context, text)
    rsvps = await own.storage.list_rsvps()
    assert update.effective_chat is not None  # a command, registered for private chats
    await context.bot.send_document(
        update.effective_chat.id,
        rsvps_to_csv(rsvps, lang, await own.storage.list_walk_ins(), own.storage.form),
        filename=f"rsvps-{own.now():%Y%m%d-%H%M}.csv",
        caption=ORG_UI.t("org_csv_caption", lang),
        parse_mode=None,
    )


async def show_stats(update: Update, context: BotContext) -> None:
    lang = await ui_language(update, context)
    own = context.services
    stats = await own.storage.question_stats()
    counts = await own.storage.rsvp_counts()
    if stats:
        languages = "\n".join(
            ORG_UI.t_html(
                "org_stats_line",
                lang,
                language=language_name(code, lang).capitalize(),  # it begins the line: "Arabe : …"
                asked=ORG_UI.plural("org_stats_asked", s.asked, lang),
                askers=_people(s.askers, lang),
                answered=s.answered,
                share=round(100 * s.answered_share),
                unanswered=s.unanswered,
            )
            for code, s in stats.items()
        )
    else:
        languages = ORG_UI.t_html("org_stats_none", lang)
    statuses = _count_lines({status: counts.by_status.get(status, 0) for status in STATUSES}, status_label, lang)
    askers = _people(await own.storage.distinct_askers(), lang)
    await send_html(update, context, ORG_UI("org_stats", lang, askers=askers, languages=languages, statuses=statuses))


def _people(count: int, lang: str) -> str:
    return ORG_UI.plural("org_stats_askers", count, lang)


async def reload_knowledge(update: Update, context: BotContext) -> None:
    lang = await ui_language(update, context)
    own = context.services
    try:
        # Reading and indexing take a moment: off the event loop, so other users are still served.
        kb = await asyncio.to_thread(load_knowledge, own.config.knowledge)
        answerer = await asyncio.to_thread(Answerer, kb)
    except KnowledgeError as error:
        shown = [
            problem if len(problem) <= PROBLEM_CHARACTERS else problem[:PROBLEM_CHARACTERS] + "…"
            for problem in error.problems[:PROBLEMS_SHOWN]
        ]
        if len(error.problems) > PROBLEMS_SHOWN:
            shown.append(f"… (+{len(error.problems) - PROBLEMS_SHOWN})")
        log.warning("/reload refused: %d problem(s) in the knowledge base", len(error.problems))
        await send_html(
            update, context, ORG_UI.t_html("org_reload_refused", lang, problems="\n".join(f"• {p}" for p in shown))
        )
        return
    install_knowledge(context.application, answerer)
    log.info("knowledge base reloaded: %d entries", len(kb.entries))
    await send_html(
        update, context, ORG_UI.t_html("org_reload_ok", lang, entries=len(kb.entries), categories=len(kb.categories))
    )


def _broadcast_text(update: Update) -> str:
    """What follows /broadcast, line breaks kept."""
    assert update.message is not None  # a command, and handlers.guards drops edited messages
    text = update.message.text or ""
    parts = text.split(maxsplit=1)
    return parts[1].strip() if len(parts) == 2 else ""


async def broadcast(update: Update, context: BotContext) -> None:
    """/broadcast <text>, or one section per language ("fr: ...", "en: ...", "ar: ..."): a preview
    with the audiences to choose from (handlers/broadcasting.py)."""
    lang = await ui_language(update, context)
    texts = parse_announcement(_broadcast_text(update))
    if not texts:
        await send_html(update, context, ORG_UI.t_html("org_broadcast_usage", lang))
        return
    await offer(update, context, Announcement(texts))


def register(application: App) -> None:
    organisers = filters.ChatType.PRIVATE & filters.User(user_id=application.bot_data["config"].organisers)
    application.add_handler(CommandHandler("rsvps", show_rsvps, filters=organisers))
    application.add_handler(CommandHandler("stats", show_stats, filters=organisers))
    application.add_handler(CommandHandler("reload", reload_knowledge, filters=organisers))
    application.add_handler(CommandHandler("broadcast", broadcast, filters=organisers))


FEATURE = Feature(
    "organisers",
    register,
    commands=tuple(
        Command(name, Scope.ORGANISERS, ORG_UI, f"command_{name}") for name in ("rsvps", "stats", "reload", "broadcast")
    ),
)
