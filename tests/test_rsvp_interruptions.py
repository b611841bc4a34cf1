"""A question in the middle of the RSVP, through the real Application and the fake Bot API: it is
answered in full, the step is asked again, and the RSVP then finishes with the right row stored."""

from __future__ import annotations

import pytest

from bot.config import EventSettings
from handlers.render import escape
from handlers.rsvp import ATTEND, CONFIRM_DATA, EDIT_DATA, PICK_CATEGORY, SKIP
from handlers.rsvp_texts import RSVP_UI
from handlers.texts import TEXTS
from tests.rsvp_helpers import button_data
from tests.telegram_harness import TelegramHarness, bundled_answerer, offline_config


def harness() -> TelegramHarness:
    return TelegramHarness(offline_config(event=EventSettings()))


def answer_of(question: str, lang: str) -> str:
    return escape(bundled_answerer().ask(question, lang).text)


async def finish(bot, user, replies, *, organisation: str = "Entraide nationale"):
    """From the organisation step to a confirmed RSVP."""
    replies = await bot.send(user, organisation)
    replies = await bot.press(user, replies.last, data=PICK_CATEGORY + "donor")
    replies = await bot.press(user, replies.last, data=SKIP)
    replies = await bot.press(user, replies.last, data=SKIP)
    return await bot.press(user, button_data(replies, CONFIRM_DATA), data=CONFIRM_DATA)


async def test_a_question_at_the_name_step_is_answered_and_not_stored_as_the_name():
    async with harness() as bot:
        user = bot.user(lang="fr")
        replies = await bot.send(user, "/rsvp")
        await bot.press(user, button_data(replies, ATTEND + "yes"), data=ATTEND + "yes")
        replies = await bot.send(user, "c ou le lieu")  # no question mark: still a question
        assert answer_of("c ou le lieu", "fr") in replies.text
        assert RSVP_UI.t_html("ask_name", "fr") in replies.last.text
        await bot.send(user, "Amina Benali")
        await finish(bot, user, replies)
        row = await bot.storage.get_rsvp(user.id)
        assert row.full_name == "Amina Benali" and row.status == "yes"


async def test_a_question_at_a_button_step_gets_the_answer_and_the_buttons_again():
    async with harness() as bot:
        user = bot.user(lang="en")
        replies = await bot.send(user, "/rsvp")
        await bot.press(user, button_data(replies, ATTEND + "yes"), data=ATTEND + "yes")
        await bot.send(user, "Amina Benali")
        replies = await bot.send(user, "UNDP")
        assert PICK_CATEGORY + "donor" in replies.last.button_data  # at the category step
        replies = await bot.send(user, "who funds the programme?")
        assert answer_of("who funds the programme?", "en") in replies.text
        assert PICK_CATEGORY + "donor" in replies.last.button_data  # the step again, with its buttons
        replies = await bot.press(user, replies.last, data=PICK_CATEGORY + "donor")
        replies = await bot.press(user, replies.last, data=SKIP)
        replies = await bot.press(user, replies.last, data=SKIP)
        await bot.press(user, button_data(replies, CONFIRM_DATA), data=CONFIRM_DATA)
        row = await bot.storage.get_rsvp(user.id)
        assert (row.full_name, row.organisation, row.category) == ("Amina Benali", "UNDP", "donor")


async def test_a_question_at_the_summary_keeps_the_draft_and_shows_the_summary_again():
    async with harness() as bot:
        user = bot.user(lang="ar")
        replies = await bot.send(user, "/rsvp")
        await bot.press(user, button_data(replies, ATTEND + "maybe"), data=ATTEND + "maybe")
        await bot.send(user, "أمينة بنعلي")
        replies = await bot.send(user, "التعاون الوطني")
        replies = await bot.press(user, replies.last, data=PICK_CATEGORY + "civil_society")
        replies = await bot.press(user, replies.last, data=SKIP)
        replies = await bot.press(user, replies.last, data=SKIP)
        assert CONFIRM_DATA in replies.last.button_data
        replies = await bot.send(user, "متى وأين سيقام الفطور؟")
        answer = bundled_answerer().ask("متى وأين سيقام الفطور؟", "ar")
        assert len(answer.entry_ids) == 2  # both questions answered, in one reply
        assert escape(answer.text) in replies.text
        assert CONFIRM_DATA in replies.last.button_data and EDIT_DATA in replies.last.button_data
        await bot.press(user, replies.last, data=CONFIRM_DATA)
        row = await bot.storage.get_rsvp(user.id)
        assert (row.full_name, row.status, row.category) == ("أمينة بنعلي", "maybe", "civil_society")


async def test_start_in_the_middle_leaves_the_rsvp_politely_then_welcomes_and_questions_are_answered():
    async with harness() as bot:
        user = bot.user(lang="en")
        replies = await bot.send(user, "/rsvp")
        await bot.press(user, button_data(replies, ATTEND + "yes"), data=ATTEND + "yes")
        replies = await bot.send(user, "/start")
        assert replies[0].text == RSVP_UI.t_html("left_not_saved", "en")
        assert replies.last.text == TEXTS.t_html(
            "welcome", "en", name="Amina", **bundled_answerer().kb.logistics.identity("en")
        )
        # the RSVP no longer waits: a question is answered, not refused or taken for a name
        replies = await bot.send(user, "who funds the programme")
        assert replies.last.text == answer_of("who funds the programme", "en")
        assert await bot.storage.get_rsvp(user.id) is None
        # and the RSVP can be done again from the start
        replies = await bot.send(user, "/rsvp")
        await bot.press(user, button_data(replies, ATTEND + "yes"), data=ATTEND + "yes")
        replies = await bot.send(user, "Amina Benali")
        await finish(bot, user, replies)
        assert (await bot.storage.get_rsvp(user.id)).full_name == "Amina Benali"


@pytest.mark.parametrize("command", ["/help", "/topics", "/language"])
async def test_other_menu_commands_leave_the_rsvp_saying_the_saved_reply_is_unchanged(command):
    async with harness() as bot:
        user = bot.user(lang="fr")
        replies = await bot.send(user, "/rsvp")
        await bot.press(user, button_data(replies, ATTEND + "yes"), data=ATTEND + "yes")
        await bot.send(user, "Amina Benali")
        await finish(bot, user, replies)
        await bot.send(user, "/rsvp")  # an update of the saved reply, then left
        replies = await bot.send(user, command)
        assert replies[0].text == RSVP_UI.t_html("left_kept", "fr")
        assert len(replies) >= 2  # the command did its job too
        assert (await bot.storage.get_rsvp(user.id)).full_name == "Amina Benali"


@pytest.mark.parametrize("typed", ["rien", "non", "none", "لا", "لا شيء", "Aucun"])
async def test_nothing_typed_at_an_optional_step_means_none(typed):
    async with harness() as bot:
        user = bot.user(lang="fr")
        replies = await bot.send(user, "/rsvp")
        await bot.press(user, button_data(replies, ATTEND + "yes"), data=ATTEND + "yes")
        await bot.send(user, "Amina Benali")
        replies = await bot.send(user, "OIM")
        replies = await bot.press(user, replies.last, data=PICK_CATEGORY + "donor")
        replies = await bot.send(user, typed)  # dietary needs
        replies = await bot.send(user, typed)  # email
        await bot.press(user, button_data(replies, CONFIRM_DATA), data=CONFIRM_DATA)
        row = await bot.storage.get_rsvp(user.id)
        assert row.dietary is None and row.email is None


async def test_an_edited_message_turned_into_a_command_does_not_leave_the_rsvp():
    """Found by fuzzing through the Application: edits are ignored everywhere, so editing an old message
    into /help must not drop the RSVP in progress either."""
    async with harness() as bot:
        user = bot.user(lang="fr")
        replies = await bot.send(user, "/rsvp")
        await bot.press(user, button_data(replies, ATTEND + "yes"), data=ATTEND + "yes")
        assert (await bot.edit(user, "/help")).calls == []
        replies = await bot.send(user, "Amina Benali")  # still the name step
        assert RSVP_UI.t_html("ask_organisation", "fr") in replies.last.text


async def test_changing_only_the_email_sends_no_second_confirmation_or_calendar_file():
    from tests.rsvp_helpers import complete_rsvp

    async with harness() as bot:
        user = bot.user(lang="en")
        await complete_rsvp(bot, user)
        calendars = [call for call in bot.api.calls if call.method == "sendDocument"]
        assert len(calendars) == 1
        summary = await bot.send(user, "/rsvp")
        replies = await bot.press(user, button_data(summary, EDIT_DATA), data=EDIT_DATA)
        replies = await bot.press(user, replies.last, data="r:f:email")
        replies = await bot.send(user, "amina@example.org")
        replies = await bot.press(user, button_data(replies, CONFIRM_DATA), data=CONFIRM_DATA)
        assert replies.last.text == RSVP_UI.t_html("saved_changes", "en", name="Amina Benali")
        assert len([call for call in bot.api.calls if call.method == "sendDocument"]) == 1
        assert (await bot.storage.get_rsvp(user.id)).email == "amina@example.org"


async def test_with_every_place_taken_a_newcomer_is_told_at_the_first_step_and_in_the_summary():
    from tests.rsvp_helpers import complete_rsvp, reach_summary

    async with TelegramHarness(offline_config(event=EventSettings(capacity=1))) as bot:
        await complete_rsvp(bot, bot.user(lang="fr"))
        newcomer = bot.user(lang="fr")
        first = await bot.send(newcomer, "/rsvp")
        assert first.last.text.startswith(RSVP_UI.t_html("places_taken", "fr"))
        await bot.send(newcomer, "/cancel")
        summary = await reach_summary(bot, newcomer)
        assert RSVP_UI.t_html("summary_will_wait", "fr") in summary.last.text
