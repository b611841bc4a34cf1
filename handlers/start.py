"""/start: the welcome with buttons, and deep links to an entry (/start <entry id>).

Another feature can take over a payload by declaring it (Feature.deep_links): handlers/rsvp.py declares
"rsvp" and handles "/start rsvp" itself; this handler then lets "/start rsvp" through to it.
"""

from __future__ import annotations

from telegram import Message, Update
from telegram.ext import CommandHandler, filters

from bot.checkin import PAYLOAD_PREFIX
from handlers.context import App, BotContext
from handlers.features import FEATURES_KEY, Command, Feature, Scope
from handlers.locale import is_private, ui_language
from handlers.render import start_keyboard, topics_keyboard
from handlers.replies import send_html
from handlers.showing import contact_due, send_reply
from handlers.texts import TEXTS


class _NotHandedOver(filters.MessageFilter):
    """Passes /start unless its payload belongs to another feature."""

    def __init__(self, payloads: set[str]):
        super().__init__(name="start payload not handed over")
        self.payloads = payloads

    def filter(self, message: Message) -> bool:
        parts = (message.text or "").split(maxsplit=1)
        return not (len(parts) == 2 and parts[1].strip() in self.payloads)


async def start(update: Update, context: BotContext) -> None:
    lang = await ui_language(update, context)
    payload = context.args[0] if context.args else ""
    if payload.startswith(PAYLOAD_PREFIX):
        # Someone's check-in link opened by anyone but an organiser (handlers/checkin.py takes those):
        # the plain welcome, which says nothing about whose code it is.
        payload = ""
    if payload:
        reply = context.services.answerer.show(payload, lang, contact=contact_due(context))
        if reply is None:
            kb = context.services.answerer.kb
            await send_html(update, context, TEXTS.t_html("unknown_entry", lang), topics_keyboard(kb, lang))
        else:
            await send_reply(update, context, reply)
    else:
        name = update.effective_user.first_name if update.effective_user else ""
        keyboard = start_keyboard(lang, private=is_private(update), bot_username=context.bot.username)
        identity = context.services.answerer.kb.logistics.identity(lang)  # the event, from logistics.yaml
        await send_html(update, context, TEXTS.t_html("welcome", lang, name=name, **identity), keyboard)


def register(application: App) -> None:
    # Payloads another feature declares (Feature.deep_links) are left to it.
    payloads = {payload for feature in application.bot_data.get(FEATURES_KEY, ()) for payload in feature.deep_links}
    application.add_handler(CommandHandler("start", start, filters=_NotHandedOver(payloads)))


FEATURE = Feature("start", register, commands=(Command("start", Scope.PUBLIC, TEXTS, "command_start", in_help=False),))
