"""What passes between Telegram and the bot in the offline tests: updates built as Telegram sends them
(users, chats, messages with their entities, button presses) and the messages the bot sent, read back
with their buttons (tests/telegram_harness.py feeds the first to the real Application and returns the
second)."""

from __future__ import annotations

import itertools
import re
import time
from dataclasses import dataclass, field
from typing import Any

from handlers.callbacks import owner
from tests.fake_bot_api import ApiCall, FakeBotApi, bot_user

_COMMAND = re.compile(r"^/[A-Za-z0-9_]+(@[A-Za-z0-9_]+)?")
_MENTION = re.compile(r"@[A-Za-z0-9_]{3,}")


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
            buttons_of(stored.get("reply_markup")),
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
            result["reply_markup"] = {"inline_keyboard": [[button_dict(b) for b in row] for row in current.buttons]}
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
        buttons_of(params.get("reply_markup")),
        params,
        call.files,
    )


def button_dict(button: Button) -> dict[str, Any]:
    result: dict[str, Any] = {"text": button.text}
    if button.data is not None:
        result["callback_data"] = button.data
    if button.url is not None:
        result["url"] = button.url
    return result


def buttons_of(markup: Any) -> list[list[Button]]:
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
