"""What the Telegram Bot API refuses (HTTP 400, with Telegram's own description), checked on every call the
fake API (tests/fake_bot_api.py) answers: a text over 4,096 UTF-16 code units once its entities are parsed
(a caption over 1,024), malformed HTML under parse_mode HTML (an unknown or unclosed tag, a '&' that
starts no entity), callback data over 64 bytes, more than 100 buttons, an empty text or button."""

from __future__ import annotations

import html
import json
import re
from typing import Any

TEXT_LIMIT = 4096  # UTF-16 code units, after entity parsing
CAPTION_LIMIT = 1024
CALLBACK_DATA_LIMIT = 64  # bytes
BUTTON_LIMIT = 100
# The tags Telegram's HTML parse mode knows (https://core.telegram.org/bots/api#html-style).
_HTML_TAGS = {
    "b",
    "strong",
    "i",
    "em",
    "u",
    "ins",
    "s",
    "strike",
    "del",
    "span",
    "tg-spoiler",
    "a",
    "code",
    "pre",
    "blockquote",
    "tg-emoji",
}
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)([^<>]*)>")
_SPECIAL = re.compile(r"[<&]")  # what starts a tag or an entity
_ENTITY = re.compile(r"&(?:lt|gt|amp|quot|#[0-9]+|#x[0-9a-fA-F]+);")


class BadRequest(Exception):
    """What the Bot API answers with HTTP 400."""


def utf16_units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def visible_text(text: str, parse_mode: str | None) -> str:
    """The text a user sees once Telegram has parsed its entities; BadRequest for malformed HTML."""
    if (parse_mode or "").upper() != "HTML":
        return text

    def offset(position: int) -> int:  # Telegram counts in bytes of UTF-8
        return len(text[:position].encode("utf-8"))

    visible: list[str] = []
    open_tags: list[str] = []
    position = 0
    for special in _SPECIAL.finditer(text):
        start = special.start()
        if start < position:  # inside a tag already read, such as an href
            continue
        visible.append(text[position:start])
        if special.group() == "<":
            tag = _TAG.match(text, start)
            if tag is None:
                raise BadRequest(
                    f"Bad Request: can't parse entities: Unclosed start tag at byte offset {offset(start)}"
                )
            closing, name = tag.group(1), tag.group(2).lower()
            if name not in _HTML_TAGS:
                raise BadRequest(
                    f'Bad Request: can\'t parse entities: Unsupported start tag "{name}" at byte offset {offset(start)}'
                )
            if closing:
                if not open_tags or open_tags[-1] != name:
                    raise BadRequest(
                        f"Bad Request: can't parse entities: Unmatched end tag at byte offset {offset(start)}"
                    )
                open_tags.pop()
            else:
                open_tags.append(name)
            position = tag.end()
        else:
            entity = _ENTITY.match(text, start)
            if entity is None:
                raise BadRequest(
                    "Bad Request: can't parse entities: Can't find end of the entity starting at byte offset "
                    f"{offset(start)}"
                )
            visible.append(html.unescape(entity.group()))
            position = entity.end()
    visible.append(text[position:])
    if open_tags:
        raise BadRequest(
            f"Bad Request: can't parse entities: Can't find end tag corresponding to start tag \"{open_tags[-1]}\""
        )
    return "".join(visible)


def check_request(method: str, params: dict[str, Any]) -> None:
    """Raises BadRequest for what Telegram would refuse in this call."""
    if method in ("sendMessage", "editMessageText"):
        text = visible_text(str(params.get("text", "")), params.get("parse_mode"))
        if not text.strip():
            raise BadRequest("Bad Request: message text is empty")
        if utf16_units(text) > TEXT_LIMIT:
            raise BadRequest("Bad Request: message is too long")
    caption = params.get("caption")
    if caption and utf16_units(visible_text(str(caption), params.get("parse_mode"))) > CAPTION_LIMIT:
        raise BadRequest("Bad Request: message caption is too long")
    markup = params.get("reply_markup")
    if isinstance(markup, str):
        markup = json.loads(markup)
    if isinstance(markup, dict) and "inline_keyboard" in markup:
        buttons = [button for row in markup["inline_keyboard"] for button in row]
        if len(buttons) > BUTTON_LIMIT:
            raise BadRequest("Bad Request: REPLY_MARKUP_TOO_LONG")
        for button in buttons:
            if not button.get("text"):
                raise BadRequest("Bad Request: BUTTON_TEXT_EMPTY")
            data = button.get("callback_data")
            if data is not None and not 1 <= len(str(data).encode("utf-8")) <= CALLBACK_DATA_LIMIT:
                raise BadRequest("Bad Request: BUTTON_DATA_INVALID")
