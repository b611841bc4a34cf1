"""Turning the core's results into Telegram messages: HTML escaping, splitting, keyboards, callback data.

Every message is sent with parse_mode HTML (set once in the Application's Defaults), so:
- a knowledge-base answer or anything a user typed goes through `escape` (or `plain_chunks`);
- the bot's own templates (the catalogues, locales/*.po) are HTML and are filled by `Catalogue.t_html`,
  which escapes the values (`Catalogue.t` leaves them as they are: button labels, captions).

Callback data (at most 64 bytes, Telegram's limit) is a short prefix and fields separated by ":":
    a:<lang>:<entry_id>   send that entry's answer in <lang> as a new message (follow-ups, suggestions)
    t                     the topics menu;  t:<category>  that category's entries (edits the message)
    e:<entry_id>          that entry's answer inside the topics browser (edits the message)
    l                     the language menu;  l:<lang>  choose that language
    n                     "none of these" under a "did you mean" message
    rsvp                  open the RSVP (handled by handlers/rsvp.py when it exists)
`parse_callback` validates data on the way in; anything else is None, and the caller answers politely.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from telegram import InlineKeyboardButton, InlineKeyboardMarkup
from telegram.constants import MessageLimit
from telegram.helpers import create_deep_linked_url

from bot.knowledge import ACTIONS, Category, Entry, KnowledgeBase
from bot.languages import LANGUAGE_NAMES, LANGUAGES
from bot.reply import Reply
from bot.texts import text as core_text
from handlers.callbacks import pattern as callback_regex
from handlers.callbacks import prefix
from handlers.texts import TEXTS

MESSAGE_LIMIT = MessageLimit.MAX_TEXT_LENGTH  # 4,096 UTF-16 code units of visible text
CALLBACK_LIMIT = 64  # bytes

ANSWER = prefix("a")
TOPICS = prefix("t")
TOPIC_ENTRY = prefix("e")
LANGUAGE = prefix("l")
NONE_OF_THESE = prefix("n")
RSVP = prefix("rsvp")
RSVP_DEEP_LINK = "rsvp"  # /start rsvp
ACTION = prefix("act")  # + ":" + an entry action other than rsvp (myrsvp, cancelrsvp): the command, as a button

_ID = re.compile(r"^[a-z][a-z0-9_]*$")


def escape(value: object) -> str:
    """A user's or the knowledge base's text, made safe for parse_mode HTML."""
    return html.escape(str(value), quote=False)


# ------------------------------------------------------------------------------------------ splitting
# Telegram counts a message's length in UTF-16 code units (an emoji outside the BMP is 2) of the text
# the user sees, i.e. after parsing the HTML: tags count for nothing, "&amp;" for one.

_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)[^<>]*>")
_ENTITY = re.compile(r"&#?[A-Za-z0-9]+;")


def utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def visible_length(html_text: str) -> int:
    """The length Telegram counts for a text sent with parse_mode HTML."""
    return utf16_length(html.unescape(_TAG.sub("", html_text)))


def split_text(
    text: str,
    limit: int = MESSAGE_LIMIT,
    measure: Callable[[str], int] = utf16_length,
    safe_cut: Callable[[str, int], int] | None = None,
) -> list[str]:
    """Cuts text into pieces of at most `limit` (as measured) on line boundaries; a single line too long
    is cut at a space, or anywhere as a last resort (`safe_cut` moves a cut back out of what must not be
    cut). `measure` must add up over lines joined by a line break. Never returns an empty list or an
    empty piece."""
    if text.strip() and not text.startswith("\n") and measure(text) <= limit:
        return [text]  # the usual case, one measure instead of one per line (what the loop would give)
    pieces: list[str] = []
    current, current_length = "", 0
    for line in _fitting_lines(text, limit, measure, safe_cut):
        line_length = measure(line)
        if current and current_length + 1 + line_length <= limit:
            current, current_length = f"{current}\n{line}", current_length + 1 + line_length
            continue
        if not current and line_length <= limit:
            current, current_length = line, line_length
            continue
        if current.strip():
            pieces.append(current)
        current, current_length = line, line_length
    if current.strip() or not pieces:
        pieces.append(current if current.strip() else " ")
    return pieces


def _fitting_lines(
    text: str, limit: int, measure: Callable[[str], int], safe_cut: Callable[[str, int], int] | None
) -> Iterable[str]:
    for line in text.split("\n"):
        while measure(line) > limit:
            cut = _longest_prefix(line, limit, measure)
            space = line.rfind(" ", 0, cut)
            if space > cut // 2:
                cut = space
            if safe_cut is not None:
                cut = safe_cut(line, cut)
            yield line[:cut]
            line = line[cut:].lstrip(" ")
        yield line


def _longest_prefix(line: str, limit: int, measure: Callable[[str], int]) -> int:
    low, high = 1, len(line)
    while low < high:  # the longest prefix that fits, by bisection (measure grows with length)
        middle = (low + high + 1) // 2
        if measure(line[:middle]) <= limit:
            low = middle
        else:
            high = middle - 1
    return low


def plain_chunks(text: str, limit: int = MESSAGE_LIMIT) -> list[str]:
    """Plain text (an answer) as escaped HTML messages of at most `limit` each: split first, then each
    piece escaped, so no cut falls inside an entity (escaping changes what is sent, not what is seen)."""
    return [escape(piece) for piece in split_text(text, limit)]


def html_chunks(text: str, limit: int = MESSAGE_LIMIT) -> list[str]:
    """The bot's own HTML as messages of at most `limit` visible units each: cut on line boundaries, a
    line too long cut outside any tag or entity; a tag open at a cut is closed there and reopened in the
    next piece, so every piece is well formed."""
    return _balance_tags(split_text(text, limit, measure=visible_length, safe_cut=_outside_markup))


def _outside_markup(line: str, cut: int) -> int:
    """`cut` moved back to before a tag or an entity it would fall inside (never to 0: a piece must
    progress, and a tag or entity alone always fits)."""
    for pattern, opener in ((_TAG, "<"), (_ENTITY, "&")):
        start = line.rfind(opener, 0, cut)
        if start > 0:
            found = pattern.match(line, start)
            if found is not None and found.end() > cut:
                cut = start
    return cut


def _balance_tags(pieces: list[str]) -> list[str]:
    balanced: list[str] = []
    open_tags: list[tuple[str, str]] = []  # (name, the opening tag as written)
    for piece in pieces:
        reopened = "".join(tag for _name, tag in open_tags)
        for tag in _TAG.finditer(piece):
            if tag.group(1):
                if open_tags and open_tags[-1][0] == tag.group(2):
                    open_tags.pop()
            else:
                open_tags.append((tag.group(2), tag.group()))
        closing = "".join(f"</{name}>" for name, _tag in reversed(open_tags))
        balanced.append(reopened + piece + closing)
    return balanced


# ------------------------------------------------------------------------------------------ callback data


@dataclass(frozen=True)
class Callback:
    kind: str  # one of ANSWER, TOPICS, TOPIC_ENTRY, LANGUAGE, NONE_OF_THESE, RSVP
    lang: str | None = None
    target: str | None = None  # an entry id or a category id


def answer_data(lang: str, entry_id: str) -> str:
    return f"{ANSWER}:{lang}:{entry_id}"


def topics_data(category_id: str | None = None) -> str:
    return f"{TOPICS}:{category_id}" if category_id else TOPICS


def topic_entry_data(entry_id: str) -> str:
    return f"{TOPIC_ENTRY}:{entry_id}"


def language_data(lang: str | None = None) -> str:
    return f"{LANGUAGE}:{lang}" if lang else LANGUAGE


def parse_callback(data: object) -> Callback | None:
    """The callback data the bot issued, parsed; None for anything it could not have issued."""
    if not isinstance(data, str) or not data or len(data.encode("utf-8")) > CALLBACK_LIMIT:
        return None
    kind, *fields = data.split(":")
    if kind == ANSWER and len(fields) == 2 and fields[0] in LANGUAGES and _ID.match(fields[1]):
        return Callback(ANSWER, lang=fields[0], target=fields[1])
    if kind == TOPICS and not fields:
        return Callback(TOPICS)
    if kind == TOPICS and len(fields) == 1 and _ID.match(fields[0]):
        return Callback(TOPICS, target=fields[0])
    if kind == TOPIC_ENTRY and len(fields) == 1 and _ID.match(fields[0]):
        return Callback(TOPIC_ENTRY, target=fields[0])
    if kind == LANGUAGE and not fields:
        return Callback(LANGUAGE)
    if kind == LANGUAGE and len(fields) == 1 and fields[0] in LANGUAGES:
        return Callback(LANGUAGE, lang=fields[0])
    if kind in (NONE_OF_THESE, RSVP) and not fields:
        return Callback(kind)
    if kind == ACTION and len(fields) == 1 and fields[0] in ACTIONS:
        return Callback(ACTION, target=fields[0])
    return None


def callback_pattern(kind: str) -> re.Pattern[str]:
    """A CallbackQueryHandler pattern for one kind of callback data (the data itself is re-validated)."""
    return callback_regex(kind)


# ------------------------------------------------------------------------------------------ keyboards


def column(buttons: Iterable[InlineKeyboardButton]) -> list[list[InlineKeyboardButton]]:
    """One button per row."""
    return [[button] for button in buttons]


def action_buttons(
    actions: Iterable[str], lang: str, *, private: bool, bot_username: str | None
) -> list[InlineKeyboardButton]:
    """The commands an answer offers (confirm attendance, see or cancel one's reply). RSVPs are taken
    in private only: in a group the RSVP button opens the private chat, and the others are left out."""
    buttons = []
    for action in actions:
        label = TEXTS(f"button_{action}", lang)
        if private:
            buttons.append(
                InlineKeyboardButton(label, callback_data=RSVP if action == "rsvp" else f"{ACTION}:{action}")
            )
        elif action == "rsvp" and bot_username:
            buttons.append(deep_link_button(bot_username, RSVP_DEEP_LINK, label))
    return buttons


def follow_up_keyboard(
    reply: Reply, *, private: bool = True, bot_username: str | None = None
) -> InlineKeyboardMarkup | None:
    """The answer's action buttons, then its follow-ups (answering in the answer's language)."""
    buttons = action_buttons(reply.actions, reply.lang, private=private, bot_username=bot_username)
    buttons += [
        InlineKeyboardButton(choice.title, callback_data=answer_data(reply.lang, choice.entry_id))
        for choice in reply.follow_ups
    ]
    return InlineKeyboardMarkup(column(buttons)) if buttons else None


def suggestion_keyboard(reply: Reply) -> InlineKeyboardMarkup:
    """'Did you mean': one button per suggestion, then 'none of these', in the language of the question."""
    rows = column(
        InlineKeyboardButton(choice.title, callback_data=answer_data(reply.lang, choice.entry_id))
        for choice in reply.suggestions
    )
    rows.append([InlineKeyboardButton(core_text("none_of_these", reply.lang), callback_data=NONE_OF_THESE)])
    return InlineKeyboardMarkup(rows)


def topics_keyboard(kb: KnowledgeBase, lang: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        column(
            InlineKeyboardButton(category.title[lang], callback_data=topics_data(category.id))
            for category in kb.menu_categories()
        )
    )


def category_keyboard(kb: KnowledgeBase, category: Category, lang: str) -> InlineKeyboardMarkup:
    rows = column(
        InlineKeyboardButton(entry.title[lang], callback_data=topic_entry_data(entry.id))
        for entry in kb.in_category(category.id)
    )
    rows.append([InlineKeyboardButton(TEXTS("button_back", lang), callback_data=topics_data())])
    return InlineKeyboardMarkup(rows)


def topic_entry_keyboard(entry: Entry, lang: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(TEXTS("button_back", lang), callback_data=topics_data(entry.category))],
            [InlineKeyboardButton(TEXTS("button_all_topics", lang), callback_data=topics_data())],
        ]
    )


def language_keyboard() -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        column(InlineKeyboardButton(LANGUAGE_NAMES[lang], callback_data=language_data(lang)) for lang in LANGUAGES)
    )


def deep_link_button(bot_username: str, payload: str, label: str) -> InlineKeyboardButton:
    """A button that opens the private chat with the bot and sends /start <payload> there."""
    return InlineKeyboardButton(label, url=create_deep_linked_url(bot_username, payload))


def start_keyboard(lang: str, *, private: bool, bot_username: str) -> InlineKeyboardMarkup:
    """The welcome's buttons; in a group the RSVP button opens the private chat instead."""
    if private:
        rsvp = InlineKeyboardButton(TEXTS("button_rsvp", lang), callback_data=RSVP)
    else:
        rsvp = deep_link_button(bot_username, RSVP_DEEP_LINK, TEXTS("button_rsvp", lang))
    return InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(TEXTS("button_topics", lang), callback_data=topics_data())],
            [rsvp],
            [InlineKeyboardButton(TEXTS("button_language", lang), callback_data=language_data())],
        ]
    )
