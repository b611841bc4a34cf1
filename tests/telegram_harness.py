"""An offline harness for the Telegram layer: the real Application (handlers/app.py), fed updates through
`application.process_update`, with every Bot API call answered by tests/fake_bot_api.py and recorded.

    async with TelegramHarness() as bot:                # knowledge/ bundled, SQLite in memory
        amina = bot.user(lang="fr")                       # a Telegram user; language_code "fr"
        replies = await bot.send(amina, "/start")         # what the bot sent or edited in response
        assert "Bonjour" in replies.text
        replies = await bot.press(amina, replies.last, "📚 Sujets")   # by button text or callback data
        group = bot.group()
        await bot.send(amina, "hello", chat=group)        # in a group: silence unless addressed
        await bot.send(amina, "@" + bot.username + " hello", chat=group)

Replies is a list of Sent (method, chat_id, message_id, text, buttons), plus `.calls` (every Bot API
call made meanwhile) and `.callback_answers` (the answerCallbackQuery calls); both, and the updates fed
in, are built in tests/telegram_updates.py. `bot.api` is the
FakeBotApi: `bot.api.fail("sendMessage", retry_after=1)` injects failures, `bot.api.calls` records
everything. `bot.clock.advance(seconds)` moves the time the handlers see (services.now).

The fake API refuses what Telegram refuses (too long, malformed HTML, bad buttons); a handler may swallow
such an error, so leaving the harness fails the test if the bot made any call Telegram would have
refused (`allow_refusals=True` for a test that provokes them on purpose).
"""

from __future__ import annotations

import asyncio
import json
import time
from contextvars import ContextVar
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from typing import Any

from telegram import Update
from telegram.ext import BaseRateLimiter
from telegram.request import BaseRequest, RequestData

from bot.answering import Answerer
from bot.config import DEFAULT_KNOWLEDGE, Config, FloodSettings, TelegramSettings
from bot.knowledge import load_knowledge
from bot.reply import Reply
from bot.storage import Storage
from handlers.app import build_application
from handlers.retrying import unthrottled
from handlers.services import Services
from tests.fake_bot_api import BOT_ID, BOT_USERNAME, TOKEN, ApiCall, FakeBotApi
from tests.telegram_updates import FakeChat, FakeUser, Replies, Sent, UpdateFactory, sent_message

# The Bot API calls made while processing the current update (one list per asyncio task), so that what
# `feed` returns is that update's own calls even when many updates are processed at once.
_CALLS_OF_THIS_UPDATE: ContextVar[list[ApiCall] | None] = ContextVar("calls_of_this_update", default=None)
_SENDING_METHODS = (
    "sendMessage",
    "editMessageText",
    "editMessageReplyMarkup",
    "sendDocument",
    "sendPhoto",
    "sendVenue",
)


@lru_cache(maxsize=1)
def bundled_answerer() -> Answerer:
    """The bundled knowledge base, loaded and indexed once per test session (it is read-only)."""
    return Answerer(load_knowledge(DEFAULT_KNOWLEDGE))


def offline_config(**changes: Any) -> Config:
    """A configuration for offline tests: the fake token, the bundled knowledge, a generous flood limit."""
    base = Config(
        telegram=TelegramSettings(token=TOKEN),
        database=":memory:",
        flood=FloodSettings(messages=1000, window_seconds=60),
    )  # type: ignore[arg-type]
    return replace(base, **changes)


class Clock:
    """The time the handlers see (services.now): starts at a fixed instant, moves only when told."""

    def __init__(self, start: datetime = datetime(2018, 1, 20, 9, 0, tzinfo=UTC)):
        self.current = start

    def __call__(self) -> datetime:
        return self.current

    def advance(self, seconds: float) -> None:
        self.current += timedelta(seconds=seconds)


class RecordingRequest(BaseRequest):
    """The HTTP layer replaced: each Bot API call goes to a FakeBotApi, in process."""

    def __init__(self, api: FakeBotApi):
        self.api = api

    @property
    def read_timeout(self) -> float | None:
        return 1.0

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass

    async def do_request(
        self, url: str, method: str, request_data: RequestData | None = None, **timeouts: Any
    ) -> tuple[int, bytes]:

        params = dict(request_data.parameters) if request_data is not None else {}
        files: dict[str, tuple[str, bytes]] = {}
        if request_data is not None and request_data.contains_files:
            for name, (filename, content, *_rest) in request_data.multipart_data.items():
                files[name] = (filename, content)
        method_name = url.rsplit("/", 1)[-1]
        status, body = self.api.handle(method_name, params, files)
        collector = _CALLS_OF_THIS_UPDATE.get()
        if collector is not None and method_name != "getUpdates":  # no await since handle(): it is this call
            collector.append(self.api.last_call(method_name))
        return status, json.dumps(body).encode("utf-8")


class TelegramHarness:
    def __init__(
        self,
        config: Config | None = None,
        *,
        storage: Storage | None = None,
        answerer: Answerer | None = None,
        clock: Clock | None = None,
        concurrent: bool = True,
        allow_refusals: bool = False,
        rate_limiter: BaseRateLimiter | None = None,
    ):
        self.allow_refusals = allow_refusals
        self._rate_limiter = rate_limiter  # default: retries without throttling
        self.config = config or offline_config()
        self.api = FakeBotApi()
        self.clock = clock or Clock()
        self._storage = storage
        self._answerer = answerer
        self._concurrent = concurrent
        self._owns_storage = storage is None
        self.updates = UpdateFactory(self.api)
        self.application = None
        self.services: Services | None = None
        self.username = BOT_USERNAME
        self.bot_id = BOT_ID

    # ---------------------------------------------------------------------------- life cycle

    async def __aenter__(self) -> TelegramHarness:
        await self.start()
        return self

    async def __aexit__(self, exc_type: object, *exc_info: object) -> None:
        await self.stop(check_refusals=exc_type is None)  # never mask the test's own failure

    async def start(self) -> None:
        storage = self._storage or await Storage.open(":memory:")
        self.services = Services(
            config=self.config, answerer=self._answerer or bundled_answerer(), storage=storage, now=self.clock
        )
        request = RecordingRequest(self.api)
        self.application = build_application(
            self.config,
            request=request,
            get_updates_request=RecordingRequest(self.api),
            services=self.services,
            rate_limiter=self._rate_limiter or unthrottled(),
            concurrent=self._concurrent,
        )
        await self.application.initialize()  # getMe
        await self.application.post_init(self.application)  # as run_polling does: the command menus
        await self.application.start()  # the job queue, for features that schedule jobs

    async def stop(self, *, check_refusals: bool = True) -> None:
        if self.application is None:
            return
        await self._shut_down()
        if check_refusals and self.api.refusals and not self.allow_refusals:
            raise AssertionError(f"the bot made calls Telegram refuses: {self.api.refusals[:3]}")

    async def _shut_down(self) -> None:
        if self.application.running:
            await self.application.stop()
        await self.application.post_shutdown(self.application)
        await self.application.shutdown()
        if self._owns_storage and self.services is not None:
            await self.services.storage.close()
        self.application = None

    @property
    def storage(self) -> Storage:
        return self.services.storage

    # ---------------------------------------------------------------------------- people and chats

    def user(
        self,
        lang: str | None = "fr",
        *,
        user_id: int | None = None,
        first_name: str = "Amina",
        username: str | None = None,
    ) -> FakeUser:
        return self.updates.user(lang, user_id=user_id, first_name=first_name, username=username)

    def private(self, user: FakeUser) -> FakeChat:
        return self.updates.private(user)

    def group(self, chat_id: int | None = None, title: str = "Closing session group") -> FakeChat:
        return self.updates.group(chat_id, title)

    # ---------------------------------------------------------------------------- feeding updates

    async def feed(self, update: dict[str, Any]) -> Replies:
        """Processes one raw update (a dict as Telegram sends it) and returns what the bot did, going
        through the Application's update processor as polling does."""
        update.setdefault("update_id", self.updates.next_update_id())
        calls: list[ApiCall] = []
        token = _CALLS_OF_THIS_UPDATE.set(calls)
        try:
            parsed = Update.de_json(update, self.application.bot)
            await self.application.update_processor.process_update(parsed, self.application.process_update(parsed))
        finally:
            _CALLS_OF_THIS_UPDATE.reset(token)
        return Replies([sent_message(call) for call in calls if call.method in _SENDING_METHODS], calls)

    async def feed_concurrently(self, updates: list[dict[str, Any]]) -> Replies:
        """Processes updates at the same time, as polling does: different users concurrently, one user's
        updates one after the other (handlers/concurrency.py). Returns everything the bot did."""
        results = await asyncio.gather(*(self.feed(update) for update in updates))
        calls = [call for replies in results for call in replies.calls]
        return Replies([sent for replies in results for sent in replies], calls)

    def message_dict(
        self,
        user: FakeUser,
        text: str | None,
        *,
        chat: FakeChat | None = None,
        reply_to: Sent | None = None,
        **content: Any,
    ) -> dict[str, Any]:
        return self.updates.message(user, text, chat=chat, reply_to=reply_to, **content)

    async def send(
        self, user: FakeUser, text: str, *, chat: FakeChat | None = None, reply_to: Sent | None = None
    ) -> Replies:
        """A text message (or a command: same thing, Telegram marks the command as an entity)."""
        return await self.feed({"message": self.message_dict(user, text, chat=chat, reply_to=reply_to)})

    async def edit(self, user: FakeUser, text: str, *, chat: FakeChat | None = None) -> Replies:
        """An edited message (edited_message update)."""
        message = self.message_dict(user, text, chat=chat, edit_date=int(time.time()))
        return await self.feed({"edited_message": message})

    async def send_sticker(self, user: FakeUser, *, chat: FakeChat | None = None) -> Replies:
        sticker = {
            "file_id": "sticker1",
            "file_unique_id": "s1",
            "type": "regular",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
            "emoji": "👍",
        }
        return await self.feed({"message": self.message_dict(user, None, chat=chat, sticker=sticker)})

    async def send_photo(self, user: FakeUser, *, chat: FakeChat | None = None, caption: str | None = None) -> Replies:
        photo = [{"file_id": "photo1", "file_unique_id": "p1", "width": 90, "height": 90}]
        extra = {"caption": caption} if caption else {}
        return await self.feed({"message": self.message_dict(user, None, chat=chat, photo=photo, **extra)})

    async def press(
        self,
        user: FakeUser,
        message: Sent,
        button: str | None = None,
        *,
        data: str | None = None,
        chat: FakeChat | None = None,
    ) -> Replies:
        """Presses a button of a message the bot sent (by its text or callback data), or sends raw `data`."""
        return await self.feed({"callback_query": self.updates.callback(user, message, button, data=data, chat=chat)})

    # ---------------------------------------------------------------------------- reading back

    @property
    def sent(self) -> list[Sent]:
        return [sent_message(call) for call in self.api.calls if call.method in _SENDING_METHODS]

    def current(self, message: Sent) -> Sent:
        """The message as it is now, after any edits."""
        return self.updates.current(message)


def confident_question(
    lang: str, *, category: str | None = None, with_follow_ups: bool = False, answerer: Answerer | None = None
) -> tuple[str, Reply]:
    """A phrasing from the knowledge base itself that the engine answers confidently in `lang` (picked by
    category rather than by a hard-coded id, so edits to the knowledge base do not break the tests)."""
    answerer = answerer or bundled_answerer()
    for entry in answerer.kb.entries:
        if category is not None and entry.category != category:
            continue
        for phrasing in entry.questions.get(lang, ()):
            reply = answerer.ask(phrasing, preferred_lang=lang)
            if (
                reply.answered
                and reply.entry_id == entry.id
                and reply.lang == lang
                and (reply.follow_ups or not with_follow_ups)
            ):
                return phrasing, reply
    raise LookupError(f"no confidently answered {lang} phrasing (category {category})")


def suggested_question(lang: str, answerer: Answerer | None = None) -> tuple[str, Reply]:
    """A short question that gets "did you mean" in `lang`: an entry title's first word, or a category title."""
    answerer = answerer or bundled_answerer()
    candidates = [category.title[lang] for category in answerer.kb.categories]
    candidates += [word for entry in answerer.kb.entries for word in entry.title[lang].split()[:2]]
    for candidate in candidates:
        reply = answerer.ask(candidate, preferred_lang=lang)
        if reply.outcome.value == "suggest" and reply.lang == lang and len(reply.suggestions) >= 2:
            return candidate, reply
    raise LookupError(f"no question gets suggestions in {lang}")
