"""Issue 10 through the real Application: a database error at Confirm keeps the draft (point 4); the
optional errors_chat hears about unexpected errors, briefly, rate-limited, without personal data (point 17)."""

from __future__ import annotations

import sqlite3

import pytest

from bot.config import ConfigError, load_config
from handlers.errors import NOTES_PER_INTERVAL
from handlers.rsvp import CONFIRM_DATA
from handlers.rsvp_texts import RSVP_UI
from handlers.texts import TEXTS
from tests.fake_bot_api import TOKEN
from tests.rsvp_helpers import button_data, reach_summary
from tests.telegram_harness import TelegramHarness, bundled_answerer, offline_config

ERRORS_CHAT = -1009876543210


class _BrokenAnswerer:
    """Fails on every question, as a bug in the engine would."""

    def __init__(self):
        self.kb = bundled_answerer().kb

    def ask(self, question, preferred_lang="fr", **_options):
        raise RuntimeError(f"engine exploded on {question!r}")

    def show(self, entry_id, lang, **_options):
        return bundled_answerer().show(entry_id, lang)


def notes(bot: TelegramHarness) -> list[str]:
    return [sent.text for sent in bot.sent if sent.chat_id == ERRORS_CHAT]


async def test_a_database_error_at_confirm_keeps_the_draft_and_confirm_works_again():
    async with TelegramHarness(offline_config(errors_chat=ERRORS_CHAT)) as bot:
        user = bot.user(lang="fr")
        summary = await reach_summary(bot, user, name="Nadia Secret", email="nadia@example.org")
        save = bot.storage.save_rsvp
        failures = iter([sqlite3.OperationalError("disk I/O error")])

        async def failing_once(draft, capacity):
            for error in failures:
                raise error
            return await save(draft, capacity)

        bot.storage.save_rsvp = failing_once
        replies = await bot.press(user, button_data(summary, CONFIRM_DATA), data=CONFIRM_DATA)
        assert await bot.storage.get_rsvp(user.id) is None
        again = replies.last
        assert again.text.startswith(TEXTS("rsvp_save_failed", "fr")) and "Nadia Secret" in again.text
        assert CONFIRM_DATA in again.button_data  # "try again" is one press away
        assert TEXTS("error", "fr") not in replies.text and "Traceback" not in replies.text
        assert len(notes(bot)) == 1 and "OperationalError" in notes(bot)[0] and "Nadia" not in notes(bot)[0]

        replies = await bot.press(user, again, data=CONFIRM_DATA)
        assert RSVP_UI.t_html("saved_yes", "fr", name="Nadia Secret") in replies.text
        stored = await bot.storage.get_rsvp(user.id)
        assert stored.full_name == "Nadia Secret" and stored.email == "nadia@example.org"


async def test_errors_chat_gets_one_short_note_per_distinct_error_without_personal_data():
    config = offline_config(errors_chat=ERRORS_CHAT, default_language="en")  # the notes' language
    async with TelegramHarness(config, answerer=_BrokenAnswerer()) as bot:  # type: ignore[arg-type]
        user = bot.user("fr", user_id=555000111, first_name="Nadia")
        await bot.send(user, "my email is nadia@example.org, when is it?")
        assert len(notes(bot)) == 1
        note = notes(bot)[0]
        assert note.startswith("⚠️ Unexpected error: <code>RuntimeError (handlers/") and 'on a "message" update' in note
        for secret in ("nadia", "Nadia", "555000111", TOKEN, TOKEN.split(":")[1], "exploded"):
            assert secret not in note
        for _ in range(5):  # the same error again within the hour: no more notes
            await bot.send(user, "and now?")
        assert len(notes(bot)) == 1
        bot.clock.advance(3601)
        await bot.send(user, "and now?")
        assert len(notes(bot)) == 2 and TEXTS("error_note_repeated", "en", count=5) in notes(bot)[1]


async def test_errors_chat_notes_are_capped_and_a_failing_errors_chat_is_no_loop(caplog):
    from handlers import errors

    async with TelegramHarness(offline_config(errors_chat=ERRORS_CHAT), answerer=_BrokenAnswerer()) as bot:  # type: ignore[arg-type]
        notes_state = errors.ErrorNotes()
        bot.services.state["error_notes"] = notes_state
        for number in range(NOTES_PER_INTERVAL + 5):  # as many distinct errors
            assert notes_state.due(f"Error{number}", bot.clock()) is not None or number >= NOTES_PER_INTERVAL
        await bot.send(bot.user("en"), "anything?")  # over the cap: logged only
        assert notes(bot) == []
        bot.clock.advance(3601)
        bot.api.fail("sendMessage", status=400, description="Bad Request: chat not found", times=1)
        replies = await bot.send(bot.user("en"), "anything?")  # the note fails: logged, the user still told
        assert replies.last.text == TEXTS("error", "en")
        assert "could not tell errors_chat" in caplog.text


@pytest.mark.parametrize("value, expected", [("-1001234567890", -1001234567890), (4242, 4242), ("", None)])
def test_errors_chat_in_the_configuration(tmp_path, value, expected):
    path = tmp_path / "config.yaml"
    path.write_text(f"errors_chat: {value!r}\n" if value != "" else "errors_chat:\n", encoding="utf-8")
    assert load_config(path, env={}).errors_chat == expected


def test_a_malformed_errors_chat_is_refused_with_one_line(tmp_path):
    path = tmp_path / "config.yaml"
    path.write_text("errors_chat: the organisers\n", encoding="utf-8")
    with pytest.raises(ConfigError) as refused:
        load_config(path, env={})
    assert len(refused.value.problems) == 1 and "errors_chat" in refused.value.problems[0]
