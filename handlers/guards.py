"""Group -1: decides which updates reach the features at all. A stopped update raises ApplicationHandlerStop.

In order:
- updates without a user or a chat (channel posts, polls, inline queries, member changes) and updates
  from other bots: ignored;
- edited messages: ignored. Answering the edit would post a second answer under the first one, and
  a reply already sent cannot follow the edit; the user can simply send the corrected question again;
- groups (written with privacy mode in mind): only commands (bare or addressed to this bot), messages
  that mention the bot, replies to the bot's own messages and presses on its buttons get through;
  everything else stops silently. Commands addressed to another bot (/start@other_bot) stop too;
- messages without text (stickers, photos, voice...): in a private chat one short "I only read text",
  in a group nothing; except an organiser's location in a private chat (the venue's pin, /logistics);
- flood: at most config.flood.messages messages per user per config.flood.window_seconds, and
  BUTTON_ALLOWANCE times as many button presses (browsing /topics is quick work, not a flood); the first
  one over gets one polite note, the next ones silence (not counted), until the window has passed. A
  press is always answered, so that its spinner stops: the first over with a short note on the button,
  the next ones with nothing. Each flood is logged once, with the user known only by the keyed hash of
  the question log (bot/privacy.py), so that an organiser can spot the same person flooding again.
"""

from __future__ import annotations

import logging
from collections import deque

from telegram import Update
from telegram.ext import ApplicationHandlerStop, TypeHandler

from bot.privacy import LOG_TAG_CHARS
from handlers.context import App, BotContext
from handlers.features import Feature
from handlers.locale import is_organiser, is_private, ui_language
from handlers.messages import addressed_to_bot
from handlers.replies import answer_query, send_html
from handlers.texts import TEXTS

log = logging.getLogger(__name__)

GROUP = -1
BUTTON_ALLOWANCE = 3  # button presses allowed per message allowed
_FLOOD_STATE = "flood"
_BUTTON_FLOOD_STATE = "flood_buttons"


class FloodGate:
    """Per-user sliding window of accepted updates."""

    ALLOW, NOTE, SILENCE = "allow", "note", "silence"
    _PRUNE_EVERY = 1000

    def __init__(self, limit: int, window_seconds: float):
        self.limit = limit
        self.window = window_seconds
        self._accepted: dict[int, deque[float]] = {}
        self._noted: set[int] = set()
        self._checks = 0

    def check(self, user_id: int, now: float) -> str:
        self._checks += 1
        if self._checks % self._PRUNE_EVERY == 0:
            self._prune(now)
        accepted = self._accepted.setdefault(user_id, deque())
        while accepted and accepted[0] <= now - self.window:
            accepted.popleft()
        if len(accepted) < self.limit:
            accepted.append(now)
            self._noted.discard(user_id)
            return self.ALLOW
        if user_id in self._noted:
            return self.SILENCE
        self._noted.add(user_id)
        return self.NOTE

    def _prune(self, now: float) -> None:
        """Forgets users whose last accepted update is out of the window, so memory stays bounded."""
        for user_id in [user for user, times in self._accepted.items() if not times or times[-1] <= now - self.window]:
            del self._accepted[user_id]
            self._noted.discard(user_id)


def flood_gate(context: BotContext, *, buttons: bool = False) -> FloodGate:
    """The gate for messages, or the more lenient one for button presses."""
    own = context.services
    key = _BUTTON_FLOOD_STATE if buttons else _FLOOD_STATE
    gate = own.state.get(key)
    if gate is None:
        limit = own.config.flood.messages * (BUTTON_ALLOWANCE if buttons else 1)
        gate = own.state[key] = FloodGate(limit, own.config.flood.window_seconds)
    return gate


async def _flooded(update: Update, context: BotContext, verdict: str, gate: FloodGate) -> None:
    """Over the limit: the first time a note (logged), then silence; a press is answered either way."""
    query, user = update.callback_query, update.effective_user
    assert user is not None  # guard() counts only updates from a user
    if verdict == FloodGate.NOTE:
        own = context.services
        what = "button presses" if query is not None else "messages"
        tag = own.storage.asker_tag(user.id)[:LOG_TAG_CHARS]
        log.warning(
            "flood: user %s sent over %d %s in %g s; silenced until the window has passed",
            tag,
            gate.limit,
            what,
            gate.window,
        )
        lang = await ui_language(update, context)
        if query is not None:
            await answer_query(query, TEXTS("flood_button", lang))
        else:
            await send_html(update, context, TEXTS.t_html("flood", lang))
    elif query is not None:
        await answer_query(query)  # only stops the spinner


async def guard(update: Update, context: BotContext) -> None:
    user, chat = update.effective_user, update.effective_chat
    if user is None or chat is None or user.is_bot:
        raise ApplicationHandlerStop
    if update.edited_message is not None:
        raise ApplicationHandlerStop
    private = is_private(update)
    message = update.message
    if update.callback_query is None:
        if message is None:
            raise ApplicationHandlerStop  # anything else that is not a plain new message
        if not private and (message.text is None or not addressed_to_bot(message, context.bot)):
            raise ApplicationHandlerStop
    gate = flood_gate(context, buttons=update.callback_query is not None)
    verdict = gate.check(user.id, context.services.now().timestamp())
    if verdict != FloodGate.ALLOW:
        await _flooded(update, context, verdict, gate)
        raise ApplicationHandlerStop
    organiser_pin = message is not None and message.location is not None and is_organiser(update, context)
    if message is not None and message.text is None and not organiser_pin:  # an organiser's pin: /logistics
        await send_html(update, context, TEXTS.t_html("only_text", await ui_language(update, context)))
        raise ApplicationHandlerStop


def register(application: App) -> None:
    application.add_handler(TypeHandler(Update, guard), group=GROUP)


FEATURE = Feature("guards", register)
