"""Text typed where the RSVP conversation expects something else, through the real Application, offline
(tests/telegram_harness.py): a question at a step is answered and the step asked again, never stored as
an answer; text at a button step gets the buttons again; a yes or a no typed in words counts as the
button (issue 7)."""

from __future__ import annotations

import pytest

from handlers.render import escape
from handlers.rsvp import (
    ATTEND,
    CONFIRM_DATA,
    PICK_CATEGORY,
    SKIP,
)
from tests.rsvp_helpers import LANGS, harness, said, walk_to
from tests.telegram_harness import bundled_answerer
from tests.telegram_updates import Sent


async def test_text_where_a_button_is_expected_is_answered_and_the_step_kept():
    async with harness() as bot:
        user = bot.user(lang="ar")
        await bot.send(user, "/rsvp")
        replies = await bot.send(user, "سأحاول الحضور إن شاء الله")  # not one of the answers typed in words
        # never a dead end: the note, then the step again with its buttons
        assert replies.last.text.startswith(said("use_buttons", "ar"))
        assert said("ask_attending", "ar") in replies.last.text and replies.last.params["reply_markup"]
        replies = await bot.press(user, Sent("sendMessage", user.id, None, ""), data=ATTEND + "maybe")
        assert replies.last.text == said("ask_name", "ar")


async def test_a_question_typed_at_the_name_step_is_not_taken_for_a_name():
    async with harness() as bot:
        user = bot.user(lang="fr")
        await walk_to(bot, user, "name")
        replies = await bot.send(user, "c'est où ?")
        # answered in full, then the name asked again: the question is not taken for a name
        assert escape(bundled_answerer().ask("c'est où ?", "fr").text) in replies.text
        assert replies.last.text.startswith(said("ask_name", "fr")) or replies.last.text.startswith(
            said("ask_name_no_profile", "fr")
        )
        assert said("ask_organisation", "fr") not in replies.text  # still at the name step


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("step", ["organisation", "dietary"])
async def test_a_question_typed_at_the_organisation_or_dietary_step_is_not_taken_for_an_answer(lang, step):
    async with harness() as bot:
        user = bot.user(lang=lang)
        await walk_to(bot, user, step)
        question = "Où se tient le petit-déjeuner ?" if lang != "ar" else "أين يقام الفطور؟"
        replies = await bot.send(user, question)
        prompt = said("ask_organisation" if step == "organisation" else "ask_dietary", lang)
        # the question is answered in full, then the step is asked again
        assert escape(bundled_answerer().ask(question, lang).text) in replies.text
        assert replies.last.text == prompt
        assert question not in replies.last.text
        # nothing stored: the step is still the same one, and the answer given next is the one kept
        await bot.send(user, "Entraide nationale" if step == "organisation" else "Sans gluten")
        if step == "organisation":
            summary = await _finish_from_category(bot, user)
        else:
            summary = await bot.press(user, bot.sent[-1], data=SKIP)
        assert question not in summary.last.text
        assert ("Entraide nationale" if step == "organisation" else "Sans gluten") in summary.last.text


async def _finish_from_category(bot, user):
    replies = await bot.press(user, bot.sent[-1], data=PICK_CATEGORY + "donor")
    replies = await bot.press(user, replies.last, data=SKIP)
    return await bot.press(user, replies.last, data=SKIP)


@pytest.mark.parametrize(
    "typed, status",
    [
        ("Oui", "yes"),
        ("YES", "yes"),
        ("نعم", "yes"),
        ("إيه", "yes"),
        ("non", "no"),
        ("No.", "no"),
        ("لا", "no"),
        ("Peut-Etre", "maybe"),
        ("peut-être", "maybe"),
        ("maybe", "maybe"),
        ("ربما", "maybe"),
    ],
)
async def test_the_attendance_typed_in_words_counts_as_the_button(typed, status):
    async with harness() as bot:
        user = bot.user(lang="fr")
        await bot.send(user, "/rsvp")
        replies = await bot.send(user, typed)
        assert replies.last.text.startswith(said("ask_name", "fr"))
        await bot.send(user, "Amina Benali")
        await bot.send(user, "Entraide nationale")
        replies = await bot.press(user, bot.sent[-1], data=PICK_CATEGORY + "donor")
        if status != "no":
            replies = await bot.press(user, replies.last, data=SKIP)
            replies = await bot.press(user, replies.last, data=SKIP)
        await bot.press(user, replies.last, data=CONFIRM_DATA)
        assert (await bot.storage.get_rsvp(user.id)).status == status


async def test_other_text_at_the_attendance_step_still_asks_for_the_buttons():
    async with harness() as bot:
        user = bot.user(lang="en")
        await bot.send(user, "/rsvp")
        replies = await bot.send(user, "ouiii peut-être")
        assert replies.last.text.startswith(said("use_buttons", "en")) and replies.last.params["reply_markup"]
