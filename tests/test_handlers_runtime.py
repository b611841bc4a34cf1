"""The machinery around the features: the error handler, retries, logging without the token, run_bot's
checks, rendering helpers and callback data."""

from __future__ import annotations

import io
import logging

import pytest

from bot.config import Config, TelegramSettings, WebhookSettings
from bot.languages import LANGUAGES
from handlers.render import (
    CALLBACK_LIMIT,
    answer_data,
    escape,
    html_chunks,
    parse_callback,
    plain_chunks,
    split_text,
    topic_entry_data,
    topics_data,
)
from handlers.runner import REDACTED, configure_logging, run_bot
from handlers.texts import TEXTS
from tests.fake_bot_api import TOKEN
from tests.telegram_harness import TelegramHarness, bundled_answerer, confident_question
from tests.telegram_refusals import utf16_units, visible_text


class _BrokenAnswerer:
    """Fails on every question, as a bug in the engine would."""

    def __init__(self):
        self.kb = bundled_answerer().kb
        self.calls = 0

    def ask(self, question, preferred_lang="fr", **_options):
        self.calls += 1
        raise RuntimeError(f"engine exploded on call {self.calls}")

    def show(self, entry_id, lang, **_options):
        return bundled_answerer().show(entry_id, lang)


async def test_a_failing_handler_is_logged_with_context_the_user_told_and_the_bot_goes_on(caplog):
    caplog.set_level(logging.ERROR)
    async with TelegramHarness(answerer=_BrokenAnswerer()) as bot:  # type: ignore[arg-type]
        user = bot.user("en")
        replies = await bot.send(user, "what is this programme about?")
        assert replies.last.text == TEXTS("error", "en")
        assert (
            "engine exploded on call 1" in caplog.text
            and "message" in caplog.text
            and "chat type private" in caplog.text
        )
        assert "what is this programme about" not in caplog.text  # the user's words stay out of the log
        assert TOKEN not in caplog.text
        # The bot goes on: other features still work, and the next question is tried again.
        assert (await bot.send(user, "/start")).last.button_data == ["t", "rsvp", "l"]
        assert (await bot.send(user, "and now?")).last.text == TEXTS("error", "en")
        # In a group the failure is logged but nobody is bothered.
        assert (await bot.send(user, f"@{bot.username} hi", chat=bot.group())).calls == []


async def test_network_errors_and_429_are_retried_and_the_message_arrives():
    async with TelegramHarness() as bot:
        question, expected = confident_question("fr")
        bot.api.fail("sendMessage", status=502, description="Bad Gateway", times=2)
        replies = await bot.send(bot.user("fr"), question)
        sends = [call for call in replies.calls if call.method == "sendMessage"]
        assert len(sends) == 3 and sends[-1].result["text"] == escape(expected.text)

        bot.api.fail("sendMessage", retry_after=1)
        replies = await bot.send(bot.user("fr"), question)
        assert [call.result is not None for call in replies.calls if call.method == "sendMessage"] == [False, True]


async def test_a_bad_request_is_not_retried(caplog):
    async with TelegramHarness() as bot:
        bot.api.fail("sendMessage", status=400, description="Bad Request: chat not found")
        replies = await bot.send(bot.user("en"), "/help")
        sends = [call for call in replies.calls if call.method == "sendMessage"]
        assert [call.result is not None for call in sends] == [False, True]  # one attempt, then the apology
        assert sends[1].result["text"] == TEXTS("error", "en")
        assert "chat not found" in caplog.text.lower()


async def test_a_user_who_blocked_the_bot_is_logged_quietly(caplog):
    caplog.set_level(logging.INFO, logger="handlers.errors")
    async with TelegramHarness() as bot:
        bot.api.fail("sendMessage", status=403, description="Forbidden: bot was blocked by the user")
        replies = await bot.send(bot.user("en"), "/help")
        assert [call.method for call in replies.calls] == ["sendMessage"]  # no retry, no apology
        assert "blocked" in caplog.text and "Traceback" not in caplog.text


def test_logging_never_shows_the_token(tmp_path):
    stream = io.StringIO()
    handler = configure_logging([TOKEN, "webhook-secret-123"], stream=stream)
    try:
        log = logging.getLogger("handlers.test")
        log.info("calling https://api.telegram.org/bot%s/getMe", TOKEN)
        log.warning("secret %s in a message", "webhook-secret-123")
        try:
            raise ConnectionError(f"cannot reach https://api.telegram.org/bot{TOKEN}/getUpdates")
        except ConnectionError:
            log.exception("polling failed")
        logging.getLogger("httpx").info("HTTP Request: POST https://api.telegram.org/bot%s/sendMessage", TOKEN)
        output = stream.getvalue()
        assert TOKEN not in output and TOKEN.split(":")[1] not in output and "webhook-secret-123" not in output
        assert output.count(REDACTED) >= 3 and "ConnectionError" in output and "polling failed" in output
        assert "HTTP Request" not in output  # httpx only logs warnings
        assert logging.getLogger("httpx").level == logging.WARNING
    finally:
        root = logging.getLogger()
        root.removeHandler(handler)
        for existing in root.handlers:
            existing.filters = [
                f
                for f in existing.filters
                if type(f).__name__ not in ("RedactingFilter", "NoTracebackForKnownFailures")
            ]


@pytest.mark.parametrize("token", [None, "", "123:short", "paste-your-token-here"])
def test_run_bot_refuses_a_missing_or_malformed_token_with_one_line(token, capsys):
    assert run_bot(Config(telegram=TelegramSettings(token=token))) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "python -m bot chat" in err[0] and "TELEGRAM_BOT_TOKEN" in err[0]


def test_run_bot_refuses_a_broken_knowledge_base(tmp_path, capsys):
    (tmp_path / "logistics.yaml").write_text("date: 2018-01-26\ncity: Rabat\n", encoding="utf-8")
    (tmp_path / "broken.yaml").write_text("category: [unclosed\n", encoding="utf-8")
    config = Config(telegram=TelegramSettings(token=TOKEN), knowledge=tmp_path)
    assert run_bot(config) == 1
    err = capsys.readouterr().err
    assert "broken.yaml" in err and TOKEN not in err


def test_split_text_cuts_on_lines_and_never_loses_text():
    lines = [f"line {number} " + "x" * (number % 50) for number in range(400)]
    text = "\n".join(lines)
    pieces = split_text(text, limit=500)
    assert all(len(piece) <= 500 for piece in pieces) and "\n".join(pieces) == text
    single = "word " * 3000  # one line, longer than a message: cut at spaces
    pieces = split_text(single.strip(), limit=4096)
    assert all(len(piece) <= 4096 for piece in pieces) and " ".join(pieces).split() == single.split()
    assert split_text("short") == ["short"]


def test_escaped_chunks_fit_the_limit_as_telegram_counts_it_and_never_cut_an_entity():
    text = "<&>" * 3000
    chunks = plain_chunks(text)
    assert all(utf16_units(visible_text(chunk, "HTML")) <= 4096 for chunk in chunks)  # refuses a broken entity
    assert "".join(chunks) == escape(text) and len(chunks) == 3  # 9,000 visible characters: 3 messages, not 7
    emoji = "🙂" * 5000  # 10,000 UTF-16 units
    chunks = plain_chunks(emoji)
    assert all(utf16_units(chunk) <= 4096 for chunk in chunks) and "".join(chunks) == emoji


def test_html_chunks_measure_visible_utf16_and_never_cut_a_tag_or_an_entity():
    line = "<b>" + "a&amp;" * 3000 + "</b> " + "🙂" * 3000
    chunks = html_chunks(line)
    seen = [visible_text(chunk, "HTML") for chunk in chunks]  # raises on malformed HTML
    assert all(utf16_units(text) <= 4096 for text in seen)
    assert "".join(seen).replace(" ", "") == ("a&" * 3000 + "🙂" * 3000)
    assert chunks[0].startswith("<b>") and chunks[1].startswith("<b>")  # the open tag carried over
    assert html_chunks("<b>x</b> &amp; y") == ["<b>x</b> &amp; y"]


def test_every_button_the_bot_can_issue_parses_back_and_fits_in_64_bytes():
    kb = bundled_answerer().kb
    issued = [topics_data(), *(topics_data(category.id) for category in kb.categories)]
    issued += [topic_entry_data(entry.id) for entry in kb.entries]
    issued += [answer_data(lang, entry.id) for entry in kb.entries for lang in LANGUAGES]
    for data in issued:
        assert len(data.encode()) <= CALLBACK_LIMIT and parse_callback(data) is not None, data
    assert parse_callback(answer_data("ar", "programme_dates")).lang == "ar"
    for never in (None, 42, "", "a:", "a:fr:", "t:x:y", "l:xx", "e:Ab", "n:1"):
        assert parse_callback(never) is None


def test_webhook_settings_never_show_the_secret():
    settings = TelegramSettings(
        token=TOKEN,
        mode="webhook",
        webhook=WebhookSettings(url="https://example.org/hook", secret_token="s3cr3t-value"),
    )
    assert "s3cr3t-value" not in repr(settings.webhook) and TOKEN not in repr(settings)


async def test_one_users_updates_run_in_order_different_users_at_the_same_time():
    import asyncio

    from telegram import Update

    from handlers.concurrency import PerUserUpdateProcessor
    from tests.fake_bot_api import FakeBotApi
    from tests.telegram_updates import UpdateFactory

    updates = UpdateFactory(FakeBotApi())
    alice, bob = updates.user("en"), updates.user("fr")
    processor = PerUserUpdateProcessor()
    running: set[str] = set()
    overlaps: list[set[str]] = []
    order: list[str] = []

    async def work(name: str) -> None:
        running.add(name)
        overlaps.append(set(running))
        await asyncio.sleep(0.01)
        order.append(name)
        running.discard(name)

    jobs = []
    for name, user in (("alice-1", alice), ("alice-2", alice), ("bob-1", bob), ("alice-3", alice)):
        update = Update.de_json({"update_id": len(jobs) + 1, "message": updates.message(user, name)}, None)
        jobs.append(processor.process_update(update, work(name)))
    await asyncio.gather(*jobs)
    assert [name for name in order if name.startswith("alice")] == ["alice-1", "alice-2", "alice-3"]
    assert not any(len({name.split("-")[0] for name in seen}) < len(seen) for seen in overlaps)  # never two of Alice's
    assert any({"alice-1", "bob-1"} <= seen for seen in overlaps)  # Bob did not wait for Alice
    assert processor._locks == {}  # noqa: SLF001 - nothing kept once done


async def test_one_users_queued_updates_do_not_take_every_slot_from_other_users():
    import asyncio

    from telegram import Update

    from handlers.concurrency import PerUserUpdateProcessor
    from tests.fake_bot_api import FakeBotApi
    from tests.telegram_updates import UpdateFactory

    updates = UpdateFactory(FakeBotApi())
    alice, bob = updates.user("en"), updates.user("fr")
    processor = PerUserUpdateProcessor(max_concurrent_updates=3)
    slow_may_finish = asyncio.Event()
    bob_done = asyncio.Event()

    async def slow() -> None:
        await slow_may_finish.wait()

    async def quick() -> None:
        pass

    async def bobs() -> None:
        bob_done.set()

    def update(user, number: int) -> Update:
        return Update.de_json({"update_id": number, "message": updates.message(user, f"m{number}")}, None)

    alice_jobs = [asyncio.ensure_future(processor.process_update(update(alice, 1), slow()))]
    alice_jobs += [asyncio.ensure_future(processor.process_update(update(alice, n), quick())) for n in range(2, 12)]
    await asyncio.sleep(0.01)  # Alice's burst is queued behind her slow update
    bob_job = asyncio.ensure_future(processor.process_update(update(bob, 99), bobs()))
    try:
        await asyncio.wait_for(bob_done.wait(), timeout=1.0)  # Bob is served while Alice's first still runs
        assert processor.current_concurrent_updates == 1  # only Alice's running update holds a slot
    finally:
        slow_may_finish.set()
        await asyncio.gather(*alice_jobs, bob_job)
    assert processor._locks == {}  # noqa: SLF001 - nothing kept once done


def test_an_unreachable_telegram_is_one_log_line_without_a_traceback():
    """At start-up with no network, the operator reads why in one line, not 90 lines of httpx internals."""
    import io
    import logging

    from telegram.error import NetworkError

    from handlers.runner import NoTracebackForKnownFailures

    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(NoTracebackForKnownFailures())
    logger = logging.getLogger("test.unreachable")
    logger.addHandler(handler)
    try:
        try:
            raise NetworkError("httpx.ConnectError: All connection attempts failed")
        except NetworkError:
            logger.exception("Network Retry Loop: Failed run number 3 of 3. Aborting.")
        try:
            raise ValueError("a real bug")
        except ValueError:
            logger.exception("a handler failed")
    finally:
        logger.removeHandler(handler)
    output = stream.getvalue()
    assert output.count("Traceback") == 1  # the bug keeps its traceback; the network failure does not
    assert "Failed run number 3 of 3" in output
