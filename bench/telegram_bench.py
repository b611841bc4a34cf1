"""Updates per second and time per update through the real Application, offline.

Each simulated user goes through a mix of ten updates: four questions (an answer with follow-ups, a
"did you mean", a fallback, Arabic), three commands (/start, /help, /topics) and three button presses
(a follow-up, a topic category, a topic entry). Bot API calls are answered in process by
tests/fake_bot_api.py, so the figures are the bot's own cost per update (parsing the update, guards,
matching, SQLite, rendering, building the Bot API request), not Telegram's latency.

    python bench/telegram_bench.py [--users 300] [--database FILE]

Two runs: one update at a time (median and 99th percentile per update), then all users at once as
polling processes them (different users concurrently, one user's updates in order).
A third run gives the floor: python-telegram-bot alone, with one handler that answers every message with
the same kind of reply (an HTML text and two buttons) through the same fake Bot API. What the bot adds is
the difference. Telegram itself lets a bot send about 30 messages per second; the target set in issue 8
is 1,500 updates/s.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update  # noqa: E402
from telegram.constants import ParseMode  # noqa: E402
from telegram.ext import ApplicationBuilder, ContextTypes, Defaults, MessageHandler, filters  # noqa: E402

from bot.storage import Storage  # noqa: E402
from handlers.concurrency import PerUserUpdateProcessor  # noqa: E402
from handlers.retrying import unthrottled  # noqa: E402
from tests.fake_bot_api import FakeBotApi  # noqa: E402
from tests.telegram_harness import (  # noqa: E402
    FakeUser,
    RecordingRequest,
    TelegramHarness,
    UpdateFactory,
    bundled_answerer,
    confident_question,
    offline_config,
    suggested_question,
)

FALLBACK_QUESTION = "zorglub wibble frotz quux"


class Script:
    """The ten updates of one user, each a coroutine factory so it can press buttons sent just before."""

    def __init__(self, bot: TelegramHarness):
        self.bot = bot
        self.answerable, self.answer = confident_question("en", with_follow_ups=True)
        self.suggestible, _ = suggested_question("fr")
        self.arabic, _ = confident_question("ar")
        self.category = bundled_answerer().kb.menu_categories()[0].id

    KINDS = (
        "command",
        "question",
        "button",
        "question",
        "question",
        "command",
        "button",
        "button",
        "question",
        "command",
    )

    async def run(
        self, user: FakeUser, timings: list[float] | None, kinds: dict[str, list[float]] | None = None
    ) -> None:
        bot = self.bot
        done: list = []  # the replies to each step so far

        def last(step: int):
            return done[step][-1]

        steps = [
            lambda: bot.send(user, "/start"),
            lambda: bot.send(user, self.answerable),
            lambda: bot.press(user, last(1), data=last(1).button_data[0]),  # a follow-up
            lambda: bot.send(user, self.suggestible),
            lambda: bot.send(user, FALLBACK_QUESTION),
            lambda: bot.send(user, "/topics"),
            lambda: bot.press(user, last(5), data=f"t:{self.category}"),
            lambda: bot.press(user, last(5), data=last(6).button_data[0]),  # an entry, in the same message
            lambda: bot.send(user, self.arabic),
            lambda: bot.send(user, "/help"),
        ]
        for kind, step in zip(self.KINDS, steps, strict=False):
            started = time.perf_counter()
            replies = await step()
            if timings is not None:
                timings.append(time.perf_counter() - started)
                if kinds is not None:
                    kinds.setdefault(kind, []).append(timings[-1])
            if not replies:
                raise RuntimeError("the bot did not answer an update of the benchmark")
            done.append(replies)


UPDATES_PER_USER = 10


async def sequential(users: int, database: str) -> tuple[list[float], dict[str, list[float]], float]:
    storage = await Storage.open(database)
    async with TelegramHarness(offline_config(), storage=storage) as bot:
        script = Script(bot)
        for _ in range(20):  # warm-up: caches, first-call costs
            await script.run(bot.user("en"), None)
        timings: list[float] = []
        kinds: dict[str, list[float]] = {}
        started = time.perf_counter()
        for _ in range(users):
            await script.run(bot.user("en"), timings, kinds)
        elapsed = time.perf_counter() - started
    await storage.close()
    return timings, kinds, elapsed


async def concurrent(users: int, database: str) -> float:
    storage = await Storage.open(database)
    async with TelegramHarness(offline_config(), storage=storage) as bot:
        script = Script(bot)
        await script.run(bot.user("en"), None)
        people = [bot.user("en") for _ in range(users)]
        started = time.perf_counter()
        await asyncio.gather(*(script.run(person, None) for person in people))
        elapsed = time.perf_counter() - started
    await storage.close()
    return elapsed


FLOOR_REPLY = "<b>Venue</b>\n" + "The breakfast takes place in Rabat on Friday 26 January 2018. " * 6


async def _floor_reply(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    buttons = [
        [InlineKeyboardButton("When?", callback_data="a:when")],
        [InlineKeyboardButton("Where?", callback_data="a:where")],
    ]
    assert update.effective_message is not None
    await update.effective_message.reply_text(FLOOR_REPLY, reply_markup=InlineKeyboardMarkup(buttons))


async def floor(updates: int) -> float:
    """python-telegram-bot alone: one handler replying to every message, same fake Bot API and update
    processor as the bot. Returns the seconds taken by `updates` messages, one at a time."""
    api = FakeBotApi()
    application = (
        ApplicationBuilder()
        .token(offline_config().telegram.token)
        .request(RecordingRequest(api))
        .get_updates_request(RecordingRequest(api))
        .rate_limiter(unthrottled())
        .concurrent_updates(PerUserUpdateProcessor())
        .defaults(Defaults(parse_mode=ParseMode.HTML))
        .build()
    )
    application.add_handler(MessageHandler(filters.TEXT, _floor_reply))
    factory = UpdateFactory(api)
    people = [factory.user("en") for _ in range(50)]

    async def one(person: FakeUser) -> None:
        raw = {"message": factory.message(person, "where is the breakfast"), "update_id": factory.next_update_id()}
        update = Update.de_json(raw, application.bot)
        await application.update_processor.process_update(update, application.process_update(update))

    async with application:
        for person in people:  # warm-up
            await one(person)
        started = time.perf_counter()
        for number in range(updates):
            await one(people[number % len(people)])
        return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=300, help="simulated users, ten updates each")
    parser.add_argument("--database", default=":memory:", help="SQLite file (default: in memory)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        database = args.database if args.database == ":memory:" else str(Path(folder) / Path(args.database).name)
        timings, kinds, elapsed = asyncio.run(sequential(args.users, database))
        concurrent_elapsed = asyncio.run(concurrent(args.users, database))
    floor_elapsed = asyncio.run(floor(args.users * UPDATES_PER_USER))
    count = len(timings)
    ordered = sorted(timings)
    p99 = ordered[min(count - 1, int(count * 0.99))]
    print(
        f"Telegram layer, offline, database {args.database}: {args.users} users x {UPDATES_PER_USER} updates "
        "(4 questions, 3 commands, 3 button presses)"
    )
    print(f"{'run':<34}{'updates':>9}{'updates/s':>12}{'median ms':>11}{'p99 ms':>9}")
    print(
        f"{'one update at a time':<34}{count:>9}{count / elapsed:>12.0f}"
        f"{statistics.median(timings) * 1000:>11.2f}{p99 * 1000:>9.2f}"
    )
    for kind in ("question", "command", "button"):
        ordered_kind = sorted(kinds[kind])
        kind_p99 = ordered_kind[min(len(ordered_kind) - 1, int(len(ordered_kind) * 0.99))]
        print(
            f"{'  ' + kind + 's':<34}{len(ordered_kind):>9}{'':>12}"
            f"{statistics.median(ordered_kind) * 1000:>11.2f}{kind_p99 * 1000:>9.2f}"
        )
    total = args.users * UPDATES_PER_USER
    print(f"{'all users at once (per-user order)':<34}{total:>9}{total / concurrent_elapsed:>12.0f}{'':>11}{'':>9}")
    print(
        f"{'floor: PTB alone, one reply each':<34}{total:>9}{total / floor_elapsed:>12.0f}"
        f"{floor_elapsed / total * 1000:>11.2f}"
    )
    print("target (issue 8): 1,500 updates/s; Telegram lets a bot send about 30 messages/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
