"""A fake Telegram Bot API, offline: answers the methods the bot uses with plausible results and records
every call. Used two ways:

- in process, by tests/telegram_harness.py (a telegram.request.BaseRequest hands calls to FakeBotApi);
- over HTTP on 127.0.0.1, by tests/test_telegram_e2e.py (FakeBotApiServer), with getUpdates long
  polling fed by `push_update`, so the real Application runs in polling mode against it.

Only what the bot needs is simulated: getMe, getUpdates, sendMessage, editMessageText,
editMessageReplyMarkup, answerCallbackQuery, sendDocument, sendPhoto, sendVenue, setMyCommands, deleteWebhook (and a few
harmless ones answered `true`). Failures can be injected per method (`fail`).

Like the real Bot API, it refuses (HTTP 400, Telegram's description) what Telegram refuses
(tests/telegram_refusals.py: too long, malformed HTML, bad buttons). The bot must never get those
refusals; the tests see them as errors.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from email.parser import BytesParser
from email.policy import HTTP
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl

from tests.telegram_refusals import BadRequest, check_request

BOT_ID = 7000000001
BOT_USERNAME = "mm_rabat_test_bot"
BOT_NAME = "Migration Mainstreaming (test)"
# Well formed (bot.config.token_is_well_formed) but not a real token.
TOKEN = "7000000001:AAFakeTokenForOfflineTestsOnly_0123456789"

# Over HTTP every parameter arrives as text; these are JSON-encoded objects, those are numbers.
_JSON_PARAMS = {
    "reply_markup",
    "commands",
    "reply_parameters",
    "link_preview_options",
    "scope",
    "entities",
    "allowed_updates",
    "caption_entities",
}
_INT_PARAMS = {"chat_id", "message_id", "offset", "limit", "timeout", "message_thread_id", "cache_time"}


def bot_user() -> dict[str, Any]:
    return {
        "id": BOT_ID,
        "is_bot": True,
        "first_name": BOT_NAME,
        "username": BOT_USERNAME,
        "can_join_groups": True,
        "can_read_all_group_messages": False,
        "supports_inline_queries": False,
    }


def chat_for(chat_id: int) -> dict[str, Any]:
    """The chat object for an id: negative ids are groups, positive ones private chats."""
    if chat_id < 0:
        return {"id": chat_id, "type": "supergroup", "title": "Closing session group"}
    return {"id": chat_id, "type": "private", "first_name": "User"}


@dataclass
class ApiCall:
    method: str
    params: dict[str, Any]
    files: dict[str, tuple[str, bytes]] = field(default_factory=dict)  # field name -> (file name, content)
    result: Any = None  # what the fake API answered (None for a failure)


@dataclass
class _Failure:
    status: int
    description: str
    retry_after: int | None
    times: int


class FakeBotApi:
    """The state of a fake Bot API: recorded calls, sent messages, pending updates. Thread-safe."""

    def __init__(self) -> None:
        self.calls: list[ApiCall] = []
        self.messages: dict[tuple[int, int], dict[str, Any]] = {}  # (chat id, message id) -> message
        self._next_message_id = 1000
        self._failures: dict[str, list[_Failure]] = {}
        self._updates: list[dict[str, Any]] = []
        self._next_update_id = 1
        self.refusals: list[tuple[str, str]] = []  # (method, description) of every call refused as Telegram would
        self.polls = 0  # getUpdates calls (not in `calls`: polling would drown the rest)
        self._lock = threading.Condition()

    # ---------------------------------------------------------------------------- test controls

    def fail(
        self,
        method: str,
        *,
        status: int = 500,
        description: str = "Internal Server Error",
        retry_after: int | None = None,
        times: int = 1,
    ) -> None:
        """The next `times` calls of `method` fail (retry_after: a 429 Too Many Requests)."""
        if retry_after is not None:
            status, description = 429, f"Too Many Requests: retry after {retry_after}"
        with self._lock:
            self._failures.setdefault(method, []).append(_Failure(status, description, retry_after, times))

    def push_update(self, update: dict[str, Any]) -> int:
        """Queues an update for getUpdates; gives it an update_id when it has none."""
        with self._lock:
            update = dict(update)
            update.setdefault("update_id", self._next_update_id)
            self._next_update_id = max(self._next_update_id, update["update_id"]) + 1
            self._updates.append(update)
            self._lock.notify_all()
            return update["update_id"]

    def last_call(self, method: str) -> ApiCall:
        with self._lock:
            return next(call for call in reversed(self.calls) if call.method == method)

    def calls_to(self, method: str) -> list[ApiCall]:
        with self._lock:
            return [call for call in self.calls if call.method == method]

    def wait_for(self, condition: Callable[[FakeBotApi], bool], timeout: float = 5.0) -> bool:
        """Blocks until condition(self) holds (re-checked at every call the bot makes) or timeout."""
        deadline = time.monotonic() + timeout
        with self._lock:
            while not condition(self):
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return False
                self._lock.wait(min(remaining, 0.05))
            return True

    # ---------------------------------------------------------------------------- the API

    def handle(
        self,
        method: str,
        params: dict[str, Any],
        files: dict[str, tuple[str, bytes]] | None = None,
        *,
        wait: bool = False,
    ) -> tuple[int, dict[str, Any]]:
        """One Bot API call -> (HTTP status, JSON body). `wait`: getUpdates may long-poll (HTTP only)."""
        if method == "getUpdates":
            return 200, {"ok": True, "result": self._get_updates(params, wait)}
        with self._lock:
            call = ApiCall(method, params, files or {})
            self.calls.append(call)
            self._lock.notify_all()
            failures = self._failures.get(method)
            if failures:
                failure = failures[0]
                failure.times -= 1
                if failure.times <= 0:
                    failures.pop(0)
                body: dict[str, Any] = {"ok": False, "error_code": failure.status, "description": failure.description}
                if failure.retry_after is not None:
                    body["parameters"] = {"retry_after": failure.retry_after}
                return failure.status, body
            try:
                check_request(method, params)
            except BadRequest as refusal:
                self.refusals.append((method, str(refusal)))
                return 400, {"ok": False, "error_code": 400, "description": str(refusal)}
            result = call.result = self._result(method, params, files or {})
        if result is None:
            return 400, {"ok": False, "error_code": 400, "description": "Bad Request: message to edit not found"}
        return 200, {"ok": True, "result": result}

    def _get_updates(self, params: dict[str, Any], wait: bool) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        timeout = min(float(params.get("timeout") or 0), 1.0) if wait else 0.0
        deadline = time.monotonic() + timeout
        with self._lock:
            self.polls += 1
            self._lock.notify_all()
            self._updates = [update for update in self._updates if update["update_id"] >= offset]
            while not self._updates and time.monotonic() < deadline:
                self._lock.wait(deadline - time.monotonic())
            return list(self._updates)

    def _message(self, chat_id: int, **content: Any) -> dict[str, Any]:
        self._next_message_id += 1
        message = {
            "message_id": self._next_message_id,
            "date": int(time.time()),
            "chat": chat_for(chat_id),
            "from": bot_user(),
            **content,
        }
        self.messages[(chat_id, message["message_id"])] = message
        return message

    def _result(self, method: str, params: dict[str, Any], files: dict[str, tuple[str, bytes]]) -> Any:
        if method == "getMe":
            return bot_user()
        if method == "sendMessage":
            content: dict[str, Any] = {"text": params.get("text", "")}
            if params.get("reply_markup"):
                content["reply_markup"] = params["reply_markup"]
            return self._message(int(params["chat_id"]), **content)
        if method == "sendDocument":
            name = next(iter(files.values()))[0] if files else "document"
            document = {
                "file_id": f"doc{self._next_message_id}",
                "file_unique_id": f"u{self._next_message_id}",
                "file_name": name,
            }
            return self._message(int(params["chat_id"]), document=document, caption=params.get("caption", ""))
        if method == "sendPhoto":
            photo = [
                {
                    "file_id": f"photo{self._next_message_id}",
                    "file_unique_id": f"p{self._next_message_id}",
                    "width": 320,
                    "height": 320,
                }
            ]
            return self._message(int(params["chat_id"]), photo=photo, caption=params.get("caption", ""))
        if method == "sendVenue":
            location = {"latitude": float(params["latitude"]), "longitude": float(params["longitude"])}
            venue = {"location": location, "title": params.get("title", ""), "address": params.get("address", "")}
            return self._message(int(params["chat_id"]), venue=venue, location=location)
        if method in ("editMessageText", "editMessageReplyMarkup"):
            if "inline_message_id" in params:
                return True
            message = self.messages.get((int(params.get("chat_id", 0)), int(params.get("message_id", 0))))
            if message is None:
                return None
            if method == "editMessageText":
                message["text"] = params.get("text", "")
            message["edit_date"] = int(time.time())
            if params.get("reply_markup"):
                message["reply_markup"] = params["reply_markup"]
            else:
                message.pop("reply_markup", None)
            return dict(message)
        if method in ("getMyCommands",):
            return []
        if method == "getWebhookInfo":
            return {"url": "", "has_custom_certificate": False, "pending_update_count": 0}
        # answerCallbackQuery, setMyCommands, deleteMyCommands, deleteWebhook, setWebhook, sendChatAction, ...
        return True


# -------------------------------------------------------------------------------- over HTTP


def _decode_params(pairs: list[tuple[str, str]]) -> dict[str, Any]:
    params: dict[str, Any] = {}
    for name, value in pairs:
        if name in _JSON_PARAMS:
            try:
                params[name] = json.loads(value)
                continue
            except ValueError:
                pass
        if name in _INT_PARAMS:
            try:
                params[name] = int(value)
                continue
            except ValueError:
                pass
        params[name] = value
    return params


class _Handler(BaseHTTPRequestHandler):
    server: FakeBotApiServer

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class's name
        pass  # quiet: the test reads the recorded calls instead

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        self._answer(b"", "")

    def do_POST(self) -> None:  # noqa: N802
        length = int(self.headers.get("Content-Length") or 0)
        self._answer(self.rfile.read(length), self.headers.get("Content-Type") or "")

    def _answer(self, body: bytes, content_type: str) -> None:
        # Paths look like /bot<token>/<method>.
        prefix, _, method = self.path.rpartition("/")
        if prefix != f"/bot{self.server.token}":
            self._reply(404, {"ok": False, "error_code": 404, "description": "Not Found"})
            return
        files: dict[str, tuple[str, bytes]] = {}
        if content_type.startswith("multipart/form-data"):
            message = BytesParser(policy=HTTP).parsebytes(f"Content-Type: {content_type}\r\n\r\n".encode() + body)
            pairs = []
            for part in message.iter_parts():
                name = part.get_param("name", header="content-disposition")
                filename = part.get_filename()
                payload = part.get_payload(decode=True) or b""
                if filename:
                    files[name] = (filename, payload)
                else:
                    pairs.append((name, payload.decode("utf-8")))
        else:
            pairs = parse_qsl(body.decode("utf-8"), keep_blank_values=True)
        status, result = self.server.api.handle(method, _decode_params(pairs), files, wait=True)
        self._reply(status, result)

    def _reply(self, status: int, body: dict[str, Any]) -> None:
        data = json.dumps(body).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


class FakeBotApiServer(ThreadingHTTPServer):
    """The fake API on 127.0.0.1 (a free port); `base_url` goes into telegram.base_url."""

    daemon_threads = True

    def __init__(self, token: str = TOKEN, api: FakeBotApi | None = None):
        super().__init__(("127.0.0.1", 0), _Handler)
        self.token = token
        self.api = api or FakeBotApi()
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/bot"

    def __enter__(self) -> FakeBotApiServer:
        self._thread = threading.Thread(target=self.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.shutdown()
        self.server_close()
