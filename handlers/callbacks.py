"""Every kind of callback data the bot issues, in one place: its prefix and what owns it.

Callback data is "<prefix>" or "<prefix>:<fields>" (at most 64 bytes, Telegram's limit). A feature
takes its prefix from here (`prefix`), builds data with `pack` and its handler's pattern with
`pattern`, and validates the fields itself on the way in (anything else falls through to
handlers/unknown.py). Buttons that carry no state (topics, follow-ups, language) keep working after a
restart; those that point to state (a pending broadcast, a question to teach) find it in the
persisted user_data, or say the button is no longer valid.
"""

from __future__ import annotations

import re

LIMIT = 64  # bytes

PREFIXES: dict[str, str] = {
    "a": "answers: an entry's answer in a language (follow-ups, suggestions)",
    "t": "topics: the menu, or a category's entries",
    "e": "topics: an entry's answer inside the browser",
    "l": "language: the menu, or a language",
    "n": "answers: none of these suggestions",
    "rsvp": "rsvp: open the RSVP form",
    "act": "rsvp: an answer's action (/myrsvp, /cancelrsvp)",
    "r": "rsvp: the form's steps, /cancelrsvp and /forget confirmations",
    "o": "broadcasting: the audience of an announcement",
    "lg": "logistics: a practical detail to set",
    "ck": "checkin: check in, undo, walk-ins",
    "tq": "teaching: attach or dismiss a missed question",
}


def prefix(name: str) -> str:
    """A registered prefix (a typo fails at import, not in front of a user)."""
    if name not in PREFIXES:
        raise KeyError(f"callback prefix {name!r} is not registered in handlers/callbacks.py")
    return name


def pack(name: str, *fields: object) -> str:
    data = ":".join((prefix(name), *(str(field) for field in fields)))
    if len(data.encode("utf-8")) > LIMIT:
        raise ValueError(f"callback data over {LIMIT} bytes: {data!r}")
    return data


def pattern(name: str) -> re.Pattern[str]:
    """A CallbackQueryHandler pattern: the prefix alone, or followed by ":" and fields."""
    return re.compile(rf"^{re.escape(prefix(name))}(:|$)")


def owner(data: str) -> str | None:
    """The registered prefix of some callback data, or None."""
    head = data.split(":", 1)[0]
    return head if head in PREFIXES else None
