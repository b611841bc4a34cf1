"""Issue 10 through the real Application: RSVP answers typed after a restart stay out of the organisers'
unanswered list, /forget deletes one's questions and says so (point 3); forged callback data for
"cancel my RSVP" and "forget me" still goes through the confirmation (point 13)."""

from __future__ import annotations

from bot.storage import Storage
from handlers.organiser_texts import ORG_UI
from handlers.rsvp import ATTEND, CANCEL_RSVP_NO, CANCEL_RSVP_YES, FORGET_YES
from handlers.rsvp_texts import RSVP_UI
from handlers.texts import TEXTS
from tests.rsvp_helpers import complete_rsvp
from tests.telegram_harness import TelegramHarness, offline_config
from tests.telegram_updates import Sent

ORGANISER = 4242
PERSONAL = ("Amina Benali", "amina.benali@example.org", "+212 6 12 34 56 78", "06.61.23.45.67")


def harness(storage: Storage | None = None) -> TelegramHarness:
    return TelegramHarness(offline_config(organisers=frozenset({ORGANISER})), storage=storage)


def anywhere(bot: TelegramHarness, user_id: int) -> Sent:
    """A message of the bot in the user's chat, to press forged data on."""
    return Sent("sendMessage", user_id, None, "")


async def test_rsvp_answers_typed_after_a_restart_never_reach_unanswered_and_forget_deletes_them():
    storage = await Storage.open(":memory:")
    try:
        async with harness(storage) as before:
            user = before.user(lang="fr", first_name="Amina")
            replies = await before.send(user, "/rsvp")
            await before.press(user, replies.last, data=ATTEND + "yes")  # now at the name step
        async with harness(storage) as bot:  # restarted: the conversation is gone
            for text in PERSONAL + ("zorglub quantique ?",):
                assert await bot.send(user, text)  # each gets an answer (the honest "I don't know")
            organiser = bot.user(lang="fr", user_id=ORGANISER)
            listed = (await bot.send(organiser, "/unanswered")).last.text
            assert "zorglub quantique" in listed
            for text in PERSONAL:
                assert text not in listed
            assert "Amina" not in listed and "12 34" not in listed and "45.67" not in listed

            asked = await storage.count_questions(user.id)
            assert asked == len(PERSONAL) + 1
            replies = await bot.send(user, "/forget")  # no RSVP, no language: the questions are still kept
            assert replies.last.text == RSVP_UI.t_html("forget_ask", "fr")
            replies = await bot.press(user, replies.last, data=FORGET_YES)
            questions = TEXTS("questions_count.other", "fr", count=asked)
            assert replies.last.text == TEXTS("forget_done_questions", "fr", questions=questions)
            assert await storage.count_questions(user.id) == 0
            assert (await bot.send(organiser, "/unanswered")).last.text == ORG_UI.t_html("org_unanswered_none", "fr")
            assert (await bot.send(user, "/forget")).last.text == RSVP_UI.t_html("forget_nothing", "fr")
    finally:
        await storage.close()


async def test_forged_forget_data_asks_for_the_confirmation_first():
    async with harness() as bot:
        user = bot.user(lang="en")
        await complete_rsvp(bot, user)
        replies = await bot.press(user, anywhere(bot, user.id), data=FORGET_YES)  # never asked
        assert await bot.storage.get_rsvp(user.id) is not None  # nothing deleted
        assert replies.last.text == RSVP_UI.t_html("forget_ask", "en") and FORGET_YES in replies.last.button_data
        assert replies.callback_answers
        replies = await bot.press(user, replies.last, data=FORGET_YES)  # now the answer to a question asked
        assert replies.last.text == RSVP_UI.t_html("forget_done", "en")
        assert await bot.storage.get_rsvp(user.id) is None
        # The same "yes" pressed again is not a confirmation any more: asked again (and nothing is kept).
        replies = await bot.press(user, replies.last, data=FORGET_YES)
        assert replies.last.text == RSVP_UI.t_html("forget_nothing", "en")


async def test_forged_cancel_data_asks_for_the_confirmation_first():
    async with harness() as bot:
        user = bot.user(lang="ar")
        await complete_rsvp(bot, user)
        replies = await bot.press(user, anywhere(bot, user.id), data=CANCEL_RSVP_YES)  # never asked
        assert (await bot.storage.get_rsvp(user.id)).status == "yes"  # the place is kept
        assert replies.last.text == RSVP_UI.t_html("cancel_rsvp_ask_unlimited", "ar")
        assert replies.last.button_data == [CANCEL_RSVP_YES, CANCEL_RSVP_NO]
        replies = await bot.press(user, replies.last, data=CANCEL_RSVP_YES)
        assert RSVP_UI.t_html("cancel_rsvp_done", "ar") in replies.text
        assert (await bot.storage.get_rsvp(user.id)).status == "no"
        # Forged again, with no place to give up: nothing happens, the user is told the button is stale.
        replies = await bot.press(user, anywhere(bot, user.id), data=CANCEL_RSVP_YES)
        assert replies.last.text == RSVP_UI.t_html("stale", "ar")
        assert (await bot.storage.get_rsvp(user.id)).status == "no"


async def test_a_confirmation_asked_before_a_restart_is_asked_again():
    storage = await Storage.open(":memory:")
    try:
        async with harness(storage) as before:
            user = before.user(lang="fr")
            await complete_rsvp(before, user)
            question = (await before.send(user, "/cancelrsvp")).last
        async with harness(storage) as bot:
            replies = await bot.press(user, question, data=CANCEL_RSVP_YES)
            assert (await storage.get_rsvp(user.id)).status == "yes"
            assert replies.last.text == RSVP_UI.t_html("cancel_rsvp_ask_unlimited", "fr")
            assert RSVP_UI.t("button_cancel_rsvp_yes", "fr") in replies.last.button_texts
    finally:
        await storage.close()
