"""Teaching the bot from /unanswered, through the real Application, offline: a missed question attached
to an entry is answered the next time, written with the file's comments kept; a dismissed one leaves the
list; nobody else reaches the flow; a failed write leaves the file intact and says so."""

from __future__ import annotations

import os

import pytest

from handlers.organiser_texts import ORG_UI
from handlers.render import escape
from handlers.teaching import ATTACH, CALLBACK, CATEGORY, DISMISS, ENTRY
from handlers.teaching_texts import TEACHING_UI
from handlers.texts import TEXTS
from tests.telegram_harness import TelegramHarness, offline_config

ORGANISER = 7171
QUESTION = "y a-t-il une personne référente sur place ?"  # nobody phrased it so: the bot does not answer it


def harness(folder) -> TelegramHarness:
    return TelegramHarness(offline_config(knowledge=folder, organisers=frozenset({ORGANISER})))


async def missed(bot: TelegramHarness) -> None:
    replies = await bot.send(bot.user(lang="fr"), QUESTION)
    assert not bot.services.answerer.ask(QUESTION, "fr").answered, "pick a question the bot does not answer yet"
    assert replies.last.text


async def test_an_attached_question_is_answered_the_next_time_and_the_file_keeps_its_comments(folder):
    practical = folder / "practical.yaml"
    practical.write_text(
        practical.read_text(encoding="utf-8").replace(
            "entries:\n", "entries:\n  # Kept by the organisers: a note.\n", 1
        ),
        encoding="utf-8",
    )
    async with harness(folder) as bot:
        await missed(bot)
        organiser = bot.user(lang="en", user_id=ORGANISER)
        listed = await bot.send(organiser, "/unanswered")
        assert QUESTION in listed.last.text
        attach = next(data for data in listed.last.button_data if data.startswith(CALLBACK + ATTACH))
        number = attach.rsplit(":", 1)[1]
        categories = await bot.press(organiser, listed.last, data=attach)
        assert f"{CALLBACK}{CATEGORY}:{number}:practical" in categories.last.button_data
        entries = await bot.press(organiser, categories.last, data=f"{CALLBACK}{CATEGORY}:{number}:practical")
        entry_id = "logistics_contact"  # whom to turn to on the day: the organisers' contact
        target = f"{CALLBACK}{ENTRY}:{number}:{entry_id}"
        assert target in entries.last.button_data
        done = await bot.press(organiser, entries.last, data=target)
        title = bot.services.answerer.kb.title(bot.services.answerer.kb.by_id[entry_id], "en")
        assert done.last.text == TEACHING_UI("attached", "en", question=escape(QUESTION), entry=escape(title))
        redrawn = bot.current(listed.last)  # the list says what became of it, and its buttons are gone
        assert TEACHING_UI("mark_attached", "en", entry=escape(title)) in redrawn.text
        assert "<s>" in redrawn.text and not redrawn.buttons

        again = await bot.send(bot.user(lang="fr"), QUESTION)
        expected = bot.services.answerer.show(entry_id, "fr").text
        assert again.last.text == expected
        assert (await bot.send(organiser, "/unanswered")).last.text == ORG_UI.t_html("org_unanswered_none", "en")
    file = next(path for path in folder.glob("*.yaml") if f"id: {entry_id}" in path.read_text(encoding="utf-8"))
    text = file.read_text(encoding="utf-8")
    assert file == practical and QUESTION in text and "  # Kept by the organisers: a note.\n" in text


async def test_a_dismissed_question_leaves_the_list(folder):
    async with harness(folder) as bot:
        await missed(bot)
        organiser = bot.user(lang="fr", user_id=ORGANISER)
        listed = await bot.send(organiser, "/unanswered")
        dismiss = next(data for data in listed.last.button_data if data.startswith(CALLBACK + DISMISS))
        replies = await bot.press(organiser, listed.last, data=dismiss)
        assert replies.callback_answers[-1].get("text") == TEACHING_UI("dismissed", "fr")
        redrawn = bot.current(listed.last)
        assert TEACHING_UI("mark_dismissed", "fr") in redrawn.text and QUESTION[:-2] in redrawn.text
        assert not redrawn.buttons
        assert (await bot.send(organiser, "/unanswered")).last.text == ORG_UI.t_html("org_unanswered_none", "fr")
        again = await bot.press(organiser, listed.last, data=dismiss)  # pressed twice
        assert again.callback_answers[-1].get("text") == TEXTS("stale_button", "fr")


async def test_nobody_else_reaches_the_flow_not_even_with_forged_buttons(folder):
    before = {path.name: path.read_bytes() for path in folder.glob("*.yaml")}
    async with harness(folder) as bot:
        await missed(bot)
        organiser = bot.user(lang="en", user_id=ORGANISER)
        listed = await bot.send(organiser, "/unanswered")
        number = listed.last.button_data[0].rsplit(":", 1)[1]
        stranger = bot.user(lang="en")
        assert (await bot.send(stranger, "/unanswered")).last.text == TEXTS("unknown_command", "en")
        for data in (
            f"{CALLBACK}{ENTRY}:{number}:programme_overview",
            f"{CALLBACK}{DISMISS}:{number}",
            f"{CALLBACK}{ATTACH}:{number}",
        ):
            replies = await bot.press(stranger, listed.last, data=data)
            assert replies.callback_answers[-1].get("text") == TEXTS("stale_button", "en")
            assert not [sent for sent in replies if sent.method == "sendMessage"]
        assert QUESTION in (await bot.send(organiser, "/unanswered")).last.text  # still listed
    assert {path.name: path.read_bytes() for path in folder.glob("*.yaml")} == before


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
async def test_a_read_only_folder_leaves_the_file_intact_and_the_organiser_is_told(folder):
    before = {path.name: path.read_bytes() for path in folder.glob("*.yaml")}
    async with harness(folder) as bot:
        await missed(bot)
        organiser = bot.user(lang="en", user_id=ORGANISER)
        listed = await bot.send(organiser, "/unanswered")
        number = listed.last.button_data[0].rsplit(":", 1)[1]
        os.chmod(folder, 0o500)
        try:
            done = await bot.press(organiser, listed.last, data=f"{CALLBACK}{ENTRY}:{number}:programme_overview")
        finally:
            os.chmod(folder, 0o700)
        assert done.last.text.startswith(TEACHING_UI("write_failed", "en", reason="")[:30])
        assert QUESTION in (await bot.send(organiser, "/unanswered")).last.text
    assert {path.name: path.read_bytes() for path in folder.glob("*.yaml")} == before


async def test_a_failed_write_leaves_the_file_intact_and_the_organiser_is_told(folder, monkeypatch):
    """The same as a read-only folder, for any user (root writes into read-only folders)."""

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    before = {path.name: path.read_bytes() for path in folder.glob("*.yaml")}
    async with harness(folder) as bot:
        await missed(bot)
        organiser = bot.user(lang="en", user_id=ORGANISER)
        listed = await bot.send(organiser, "/unanswered")
        number = listed.last.button_data[0].rsplit(":", 1)[1]
        monkeypatch.setattr("bot.kb_editing.os.replace", refuse)
        done = await bot.press(organiser, listed.last, data=f"{CALLBACK}{ENTRY}:{number}:programme_overview")
        assert (
            done.last.text.startswith(TEACHING_UI("write_failed", "en", reason="")[:30])
            and "Permission denied" in done.last.text
        )
        assert QUESTION in (await bot.send(organiser, "/unanswered")).last.text
        assert not bot.services.answerer.ask(QUESTION, "fr").answered
    assert {path.name: path.read_bytes() for path in folder.glob("*.yaml")} == before
    assert not [path for path in folder.iterdir() if path.name.endswith(".tmp")]  # no temporary file left behind


async def test_settling_one_question_leaves_the_others_with_their_buttons(folder):
    async with harness(folder) as bot:
        await missed(bot)
        other = "y a-t-il un vestiaire pour les manteaux ?"
        await bot.send(bot.user(lang="fr"), other)
        organiser = bot.user(lang="en", user_id=ORGANISER)
        listed = await bot.send(organiser, "/unanswered")
        assert len(listed.last.buttons) == 2
        first = listed.last.buttons[0][1].data  # the first question's Dismiss
        await bot.press(organiser, listed.last, data=first)
        redrawn = bot.current(listed.last)
        assert len(redrawn.buttons) == 1 and redrawn.text.count(TEACHING_UI("mark_dismissed", "en")) == 1
        assert TEACHING_UI("how", "en") in redrawn.text  # still questions to settle
        again = await bot.send(organiser, "/unanswered")
        assert len(again.last.buttons) == 1


async def test_a_refused_change_says_why_and_writes_nothing(folder):
    """The whole folder is checked before writing: another file broken on disk since the bot loaded it
    refuses the change, with the problem, and nothing is written."""
    async with harness(folder) as bot:
        await missed(bot)
        programme = folder / "programme.yaml"
        programme.write_text(programme.read_text(encoding="utf-8") + "\n  - id: [broken\n", encoding="utf-8")
        before = {path.name: path.read_bytes() for path in folder.glob("*.yaml")}
        organiser = bot.user(lang="en", user_id=ORGANISER)
        listed = await bot.send(organiser, "/unanswered")
        number = listed.last.button_data[0].rsplit(":", 1)[1]
        done = await bot.press(organiser, listed.last, data=f"{CALLBACK}{ENTRY}:{number}:logistics_contact")
        assert done.last.text.startswith(TEACHING_UI("refused", "en", problems="").strip())
        assert "programme.yaml" in done.last.text and "Traceback" not in done.last.text
        assert QUESTION in (await bot.send(organiser, "/unanswered")).last.text  # still to be taught
        assert not bot.services.answerer.ask(QUESTION, "fr").answered
    assert {path.name: path.read_bytes() for path in folder.glob("*.yaml")} == before
