"""/topics: browse the knowledge base by category, then entries, then the answer; each step edits the
same message, with a way back. Menus are in the user's language."""

from __future__ import annotations

from telegram import Update
from telegram.ext import CallbackQueryHandler, CommandHandler

from handlers.context import App, BotContext
from handlers.features import Command, Feature, Scope
from handlers.locale import ui_language
from handlers.render import (
    TOPIC_ENTRY,
    TOPICS,
    callback_pattern,
    category_keyboard,
    escape,
    parse_callback,
    topic_entry_keyboard,
    topics_keyboard,
)
from handlers.replies import answer_query, answer_stale, edit_or_send, send_html
from handlers.showing import entry_text
from handlers.texts import TEXTS


async def show_topics(update: Update, context: BotContext) -> None:
    lang = await ui_language(update, context)
    kb = context.services.answerer.kb
    await send_html(update, context, TEXTS.t_html("topics_prompt", lang), topics_keyboard(kb, lang))


async def topics_button(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None  # registered as a CallbackQueryHandler
    lang = await ui_language(update, context)
    kb = context.services.answerer.kb  # read once: /reload may swap it meanwhile
    parsed = parse_callback(query.data)
    if parsed is not None and parsed.kind == TOPICS and parsed.target is None:
        await answer_query(query)
        await edit_or_send(update, context, TEXTS.t_html("topics_prompt", lang), topics_keyboard(kb, lang))
        return
    if parsed is not None and parsed.kind == TOPICS and parsed.target is not None:
        category = kb.category(parsed.target)
        if category is not None and category.menu:
            await answer_query(query)
            await edit_or_send(
                update,
                context,
                TEXTS.t_html("category_prompt", lang, category=category.title[lang]),
                category_keyboard(kb, category, lang),
            )
            return
    if parsed is not None and parsed.kind == TOPIC_ENTRY and parsed.target is not None:
        entry = kb.get(parsed.target)
        if entry is not None:
            await answer_query(query)
            answer = f"<b>{escape(entry.title[lang])}</b>\n\n{escape(entry_text(context, entry, lang))}"
            await edit_or_send(update, context, answer, topic_entry_keyboard(entry, lang))
            return
    # Data never issued, or a category or entry removed by a /reload since the menu was sent.
    await answer_stale(query, lang)


def register(application: App) -> None:
    application.add_handler(CommandHandler("topics", show_topics))
    application.add_handler(CallbackQueryHandler(topics_button, pattern=callback_pattern(TOPICS)))
    application.add_handler(CallbackQueryHandler(topics_button, pattern=callback_pattern(TOPIC_ENTRY)))


FEATURE = Feature(
    "topics",
    register,
    commands=(Command("topics", Scope.PUBLIC, TEXTS, "command_topics", "help_command.topics", help_order=10),),
)
