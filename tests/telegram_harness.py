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
call made meanwhile) and `.callback_answers` (the answerCallbackQuery calls). `bot.api` is the
FakeBotApi: `bot.api.fail("sendMessage", retry_after=1)` injects failures, `bot.api.calls` records
everything. `bot.clock.advance(seconds)` moves the time the handlers see (services.now).

The fake API refuses what Telegram refuses (too long, malformed HTML, bad buttons); a handler may swallow
such an error, so leaving the harness fails the test if the bot made any call Telegram would have
refused (`allow_refusals=True` for a test that provokes them on purpose).
"""

from __future__ import annotations

import asyncio
import itertools
import json
import re
import time
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
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
from handlers.callbacks import owner
from handlers.retrying import unthrottled
from handlers.services import Services
from tests.fake_bot_api import BOT_ID, BOT_USERNAME, TOKEN, ApiCall, FakeBotApi, bot_user

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
_COMMAND = re.compile(r"^/[A-Za-z0-9_]+(@[A-Za-z0-9_]+)?")
_MENTION = re.compile(r"@[A-Za-z0-9_]{3,}")


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


@dataclass(frozen=True)
class Button:
    text: str
    data: str | None = None  # callback data
    url: str | None = None


@dataclass
class Sent:
    """A message as the bot sent or edited it."""

    method: str
    chat_id: int
    message_id: int | None
    text: str
    buttons: list[list[Button]] = field(default_factory=list)
    params: dict[str, Any] = field(default_factory=dict)
    files: dict[str, tuple[str, bytes]] = field(default_factory=dict)

    @property
    def flat_buttons(self) -> list[Button]:
        return [button for row in self.buttons for button in row]

    @property
    def button_texts(self) -> list[str]:
        return [button.text for button in self.flat_buttons]

    @property
    def button_data(self) -> list[str | None]:
        return [button.data for button in self.flat_buttons]

    def button(self, text_or_data: str) -> Button:
        for button in self.flat_buttons:
            if text_or_data in (button.text, button.data):
                return button
        raise LookupError(f"no button {text_or_data!r} among {self.button_texts}")


class Replies(list):
    """The messages the bot sent or edited in response to one update, with every call it made."""

    def __init__(self, sent: list[Sent], calls: list[ApiCall]):
        super().__init__(sent)
        self.calls = calls
        self.callback_answers = [call.params for call in calls if call.method == "answerCallbackQuery"]

    @property
    def text(self) -> str:
        return "\n".join(sent.text for sent in self)

    @property
    def last(self) -> Sent:
        if not self:
            raise LookupError("the bot sent nothing")
        return self[-1]


@dataclass(frozen=True)
class FakeUser:
    id: int
    first_name: str = "Amina"
    language_code: str | None = "fr"
    username: str | None = None

    def as_dict(self) -> dict[str, Any]:
        user: dict[str, Any] = {"id": self.id, "is_bot": False, "first_name": self.first_name}
        if self.language_code:
            user["language_code"] = self.language_code
        if self.username:
            user["username"] = self.username
        return user


@dataclass(frozen=True)
class FakeChat:
    id: int
    type: str  # "private", "group", "supergroup"
    title: str | None = None

    def as_dict(self) -> dict[str, Any]:
        chat: dict[str, Any] = {"id": self.id, "type": self.type}
        if self.title:
            chat["title"] = self.title
        return chat


def utf16_length(text: str) -> int:
    """Telegram counts entity offsets in UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


def entities_of(text: str) -> list[dict[str, Any]]:
    """The entities Telegram would attach: a command at the start, @mentions."""
    entities = []
    command = _COMMAND.match(text)
    if command:
        entities.append({"type": "bot_command", "offset": 0, "length": utf16_length(command.group())})
    for mention in _MENTION.finditer(text):
        if command and mention.start() < command.end():
            continue
        entities.append(
            {
                "type": "mention",
                "offset": utf16_length(text[: mention.start()]),
                "length": utf16_length(mention.group()),
            }
        )
    return entities


class UpdateFactory:
    """Builds updates as Telegram would send them (for the harness, and for the HTTP end-to-end test)."""

    def __init__(self, api: FakeBotApi):
        self.api = api
        self._update_ids = itertools.count(1)
        self._message_ids = itertools.count(1)
        self._user_ids = itertools.count(100001)
        self._group_ids = itertools.count(1)

    def next_update_id(self) -> int:
        return next(self._update_ids)

    def user(
        self,
        lang: str | None = "fr",
        *,
        user_id: int | None = None,
        first_name: str = "Amina",
        username: str | None = None,
    ) -> FakeUser:
        return FakeUser(
            id=user_id or next(self._user_ids), first_name=first_name, language_code=lang, username=username
        )

    def private(self, user: FakeUser) -> FakeChat:
        return FakeChat(user.id, "private")

    def group(self, chat_id: int | None = None, title: str = "Closing session group") -> FakeChat:
        return FakeChat(chat_id or -1001000000000 - next(self._group_ids), "supergroup", title)

    def message(
        self,
        user: FakeUser,
        text: str | None,
        *,
        chat: FakeChat | None = None,
        reply_to: Sent | None = None,
        **content: Any,
    ) -> dict[str, Any]:
        """A message dict; a command or an @mention in `text` gets its entity, as Telegram adds them."""
        chat = chat or self.private(user)
        message: dict[str, Any] = {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": chat.as_dict(),
            "from": user.as_dict(),
            **content,
        }
        if text is not None:
            message["text"] = text
            entities = entities_of(text)
            if entities:
                message["entities"] = entities
        if reply_to is not None:
            message["reply_to_message"] = self.bot_message(reply_to, chat)
        return message

    def callback(
        self,
        user: FakeUser,
        message: Sent,
        button: str | None = None,
        *,
        data: str | None = None,
        chat: FakeChat | None = None,
    ) -> dict[str, Any]:
        """A callback query: a press on a button of a message the bot sent (by text or data), or raw `data`."""
        if data is None:
            if button is None:
                raise ValueError("say which button (text or data), or give raw data")
            found = self.current(message).button(button)
            if found.data is None:
                raise ValueError(f"button {button!r} is a URL button ({found.url}), not a callback")
            data = found.data
        chat = chat or FakeChat(message.chat_id, "private" if message.chat_id > 0 else "supergroup")
        return {
            "id": str(next(self._update_ids) * 7),
            "from": user.as_dict(),
            "chat_instance": str(chat.id),
            "data": data,
            "message": self.bot_message(message, chat),
        }

    def current(self, message: Sent) -> Sent:
        """The message as it is now, after any edits."""
        stored = (
            self.api.messages.get((message.chat_id, message.message_id)) if message.message_id is not None else None
        )
        if stored is None:
            return message
        return Sent(
            "sendMessage",
            message.chat_id,
            message.message_id,
            stored.get("text", ""),
            _buttons(stored.get("reply_markup")),
        )

    def bot_message(self, message: Sent, chat: FakeChat) -> dict[str, Any]:
        current = self.current(message)
        result: dict[str, Any] = {
            "message_id": current.message_id or 1,
            "date": int(time.time()),
            "chat": chat.as_dict(),
            "from": bot_user(),
            "text": current.text,
        }
        if current.buttons:
            result["reply_markup"] = {"inline_keyboard": [[_button_dict(b) for b in row] for row in current.buttons]}
        return result


def sent_message(call: ApiCall) -> Sent:
    """What a sendMessage / editMessageText / sendDocument call sent."""
    params = call.params
    message_id = call.result.get("message_id") if isinstance(call.result, dict) else params.get("message_id")
    text = params.get("text", params.get("caption", ""))
    return Sent(
        call.method,
        int(params.get("chat_id", 0)),
        message_id,
        text,
        _buttons(params.get("reply_markup")),
        params,
        call.files,
    )


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


def _button_dict(button: Button) -> dict[str, Any]:
    result: dict[str, Any] = {"text": button.text}
    if button.data is not None:
        result["callback_data"] = button.data
    if button.url is not None:
        result["url"] = button.url
    return result


def _buttons(markup: Any) -> list[list[Button]]:
    """The buttons of a reply markup. Every callback data the bot issues must carry a prefix
    registered in handlers/callbacks.py: checked on every message of every test."""
    if not isinstance(markup, dict):
        return []
    for row in markup.get("inline_keyboard", []):
        for button in row:
            data = button.get("callback_data")
            assert data is None or owner(str(data)) is not None, f"callback data with an unregistered prefix: {data!r}"
    return [
        [Button(b.get("text", ""), b.get("callback_data"), b.get("url")) for b in row]
        for row in markup.get("inline_keyboard", [])
    ]


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
