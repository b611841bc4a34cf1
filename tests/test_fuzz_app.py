"""A seeded fuzz test through the real Application and the fake Bot API (issue 10): a few thousand
generated updates (text of every kind, commands with odd arguments, button data real and forged, group
traffic, edits, stickers, channel posts) from a handful of people, organisers among them.

Whatever comes in: no error reaches the error handler (no apology, no note to errors_chat), every button
press is answered, Telegram never refuses a call (the harness checks that on leaving), no user sees a
traceback, and the database stays whole."""

from __future__ import annotations

import asyncio
import logging
import random
import string
from collections import Counter

from bot.config import EventSettings
from handlers.texts import TEXTS
from tests.rsvp_helpers import complete_rsvp
from tests.telegram_harness import TelegramHarness, bundled_answerer, offline_config
from tests.telegram_updates import FakeChat, FakeUser, Sent

SEED = 20180126
UPDATES = 3000
ORGANISERS = (4242, 4343)
ERRORS_CHAT = -1009876543210

_COMMANDS = (
    "/start",
    "/help",
    "/topics",
    "/language",
    "/myid",
    "/rsvp",
    "/myrsvp",
    "/cancelrsvp",
    "/forget",
    "/cancel",
    "/rsvps",
    "/unanswered",
    "/stats",
    "/broadcast",
    "/reload",
    "/nonsense",
    "/start rsvp",
    "/start programme_overview",
    "/start " + "x" * 80,
    "/START",
    "/start@other_bot",
)
_PIECES = (
    "<b>",
    "</i>",
    "&amp;",
    "&",
    "<",
    ">",
    '"',
    "'",
    "{contact}",
    "{0}",
    "%s",
    "\\",
    "\u202e",
    "\u200b",
    "\ufeff",
    "\u3164",
    "\u2800",
    "\u2028",
    "\u0085",
    "\x00",
    "\x7f",
    "\t",
    "\n",
    "🇲🇦",
    "👨‍👩‍👧",
    "؟",
    "？",
    "?",
    "é",
    "ß",
    "İ",
    "amina@example.org",
    "+212 6 12 34 56 78",
    "0612345678",
    "oui",
    "non",
    "peut-être",
    "نعم",
    "لا",
    "rien",
    "DROP TABLE rsvps;--",
    '=HYPERLINK("x")',
    "@mm_rabat_test_bot",
    "@someone_else",
    "http://example.org",
)
_DATA = (
    "t",
    "l",
    "l:fr",
    "l:ar",
    "l:de",
    "n",
    "rsvp",
    "r:a:yes",
    "r:a:no",
    "r:a:maybe",
    "r:a:perhaps",
    "r:n",
    "r:s",
    "r:ok",
    "r:ed",
    "r:x",
    "r:b",
    "r:f:email",
    "r:f:user_id",
    "r:c:donor",
    "r:c:evil",
    "r:fg:y",
    "r:fg:n",
    "r:cr:y",
    "r:cr:n",
    "o:b:1:a",
    "o:b:1:m",
    "o:b:1:e",
    "o:b:1:w",
    "o:b:999999999:x",
    "o:b:-1:a",
    "a:fr:programme_overview",
    "a:xx:programme_overview",
    "e:programme_overview",
    "e:",
    "t:",
    "",
    " ",
    "x" * 64,
)


_NAMES = (
    "Amina Benali",
    "Zoë O'Neil <b>",
    '=HYPERLINK("x")',
    "\u202eilaneB animA",
    "فاطمة الزهراء",
    "OIM & PNUD",
    "李雷",
    "Ω" * 200,
)
_ANSWERS = (
    "Amina Benali",
    "Entraide nationale",
    "OIM Maroc",
    "végétarien",
    "amina@example.org",
    "oui",
    "yes",
    "rien",
    "فاطمة الزهراء",
)


def _text(rng: random.Random, phrasings: list[str]) -> str:
    kind = rng.random()
    if kind < 0.15:
        return rng.choice(phrasings)
    if kind < 0.25:
        return rng.choice(_ANSWERS)  # what the RSVP's steps expect
    if kind < 0.45:
        return rng.choice(_COMMANDS) + rng.choice(("", " ", " " + rng.choice(_PIECES), " " + rng.choice(phrasings)))
    if kind < 0.75:
        return "".join(rng.choice(_PIECES + tuple(string.printable)) for _ in range(rng.randint(1, 12)))
    if kind < 0.85:
        return "".join(chr(rng.randint(0x20, 0x2FFF)) for _ in range(rng.randint(1, 30)))
    if kind < 0.9:
        return rng.choice(phrasings) * rng.randint(5, 30)  # long, near the 4,096 limit
    return rng.choice((" ", "\n", "?", "/", "@", "...", "0", "-"))


def _cap(text: str) -> str:
    """What Telegram would deliver: at most 4,096 UTF-16 units, no NUL."""
    text = text.replace("\x00", "")
    while len(text.encode("utf-16-le")) // 2 > 4096:
        text = text[:-1]
    return text or "?"


def _update(
    bot: TelegramHarness,
    rng: random.Random,
    person: FakeUser,
    groups: list[FakeChat],
    seen: list[Sent],
    phrasings: list[str],
) -> tuple[str, dict]:
    """One generated update from `person`: (its kind, the update as Telegram would send it)."""
    chat = rng.choice(groups) if rng.random() < 0.2 else None
    kind = rng.random()
    if kind < 0.6:
        reply_to = rng.choice(seen) if seen and chat is not None and rng.random() < 0.3 else None
        return "message", {
            "message": bot.message_dict(person, _cap(_text(rng, phrasings)), chat=chat, reply_to=reply_to)
        }
    if kind < 0.9:
        mine = [sent for sent in seen[-40:] if sent.chat_id in (person.id, *(group.id for group in groups))]
        latest = mine[-1:] if rng.random() < 0.5 else mine  # often the last buttons shown, as people do
        message = rng.choice(latest) if mine else Sent("sendMessage", person.id, None, "")
        issued = [data for data in message.button_data if data]
        data = rng.choice(issued) if issued and rng.random() < 0.7 else rng.choice(_DATA)
        where = FakeChat(message.chat_id, "private" if message.chat_id > 0 else "supergroup")
        return "press", {"callback_query": bot.updates.callback(person, message, data=data, chat=where)}
    if kind < 0.95:
        return "edit", {"edited_message": bot.message_dict(person, _cap(_text(rng, phrasings)), chat=chat, edit_date=1)}
    if kind < 0.98:
        sticker = {
            "file_id": "s",
            "file_unique_id": "s",
            "type": "regular",
            "width": 1,
            "height": 1,
            "is_animated": False,
            "is_video": False,
        }
        return "sticker", {"message": bot.message_dict(person, None, chat=chat, sticker=sticker)}
    post = {
        "message_id": 1,
        "date": 0,
        "chat": {"id": -100777, "type": "channel", "title": "News"},
        "text": _text(rng, phrasings),
    }
    return "channel", {"channel_post": post}


async def test_thousands_of_generated_updates_raise_nothing_and_every_press_is_answered(caplog):
    caplog.set_level(logging.ERROR)
    rng = random.Random(SEED)  # what people send
    crowd = random.Random(SEED)  # who comes and when, the same whatever the knowledge base's phrasings
    phrasings = [
        phrasing
        for entry in bundled_answerer().kb.entries
        for per_lang in entry.questions.values()
        for phrasing in per_lang
    ]
    config = offline_config(organisers=frozenset(ORGANISERS), errors_chat=ERRORS_CHAT, event=EventSettings(capacity=3))
    async with TelegramHarness(config) as bot:
        people = [bot.user(lang) for lang in ("fr", "en", "ar", None, "de", "fr", "ar")]
        people += [bot.user("fr", user_id=ORGANISERS[0]), bot.user("en", user_id=ORGANISERS[1])]
        groups = [bot.group(), bot.group()]
        seen: list[Sent] = []
        kinds: Counter[str] = Counter()
        while sum(kinds.values()) < UPDATES:
            if crowd.random() < 0.05:  # now and then someone new replies to the invitation, then joins the crowd
                newcomer = bot.user(crowd.choice(("fr", "en", "ar")))
                status = crowd.choice(("yes", "yes", "no", "maybe"))
                await complete_rsvp(
                    bot, newcomer, status=status, name=crowd.choice(_NAMES), organisation=crowd.choice(_NAMES)
                )
                kinds["rsvp"] += 1
                people.append(newcomer)
            # A few people at once, as polling delivers them (one person's updates stay in order).
            batch = [
                (person, *_update(bot, rng, person, groups, seen, phrasings))
                for person in crowd.sample(people, crowd.randint(1, len(people)))
            ]
            results = await asyncio.gather(*(bot.feed(update) for _person, _kind, update in batch))
            for (_person, kind, update), replies in zip(batch, results, strict=False):
                kinds[kind] += 1
                if kind == "press":
                    answers = [
                        call.params["callback_query_id"]
                        for call in replies.calls
                        if call.method == "answerCallbackQuery"
                    ]
                    assert answers[:1] == [update["callback_query"]["id"]], update["callback_query"]["data"]
                elif kind in ("edit", "channel"):
                    assert replies.calls == [], kind
                for sent in replies:
                    assert "Traceback" not in sent.text, sent.text[:200]
                seen += [sent for sent in replies if sent.message_id is not None and sent.buttons]
            seen = seen[-200:]
        assert kinds["press"] > UPDATES // 5 and kinds["message"] > UPDATES // 2 and kinds["rsvp"] > 10, kinds
        errors = [record for record in caplog.records if record.levelno >= logging.ERROR]
        assert not errors, errors[0].getMessage()
        assert not [sent for sent in bot.sent if sent.chat_id == ERRORS_CHAT]
        assert all(TEXTS("error", lang) not in sent.text for sent in bot.sent for lang in ("fr", "en", "ar"))
        # The database is whole and still consistent with the capacity.
        counts = await bot.storage.rsvp_counts()
        assert counts.by_status["yes"] <= 3
        await bot.storage.list_rsvps()
        await bot.storage.top_unanswered()
