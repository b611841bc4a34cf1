"""Issue 10 through the real Application: RSVP answers typed after a restart stay out of the organisers'
unanswered list, /forget deletes one's questions and says so (point 3)."""

from __future__ import annotations

from bot.storage import Storage
from handlers.rsvp import ATTEND, FORGET_YES
from handlers.rsvp_texts import rsvp_say
from handlers.texts import TEXTS
from tests.telegram_harness import TelegramHarness, offline_config

ORGANISER = 4242
PERSONAL = ("Amina Benali", "amina.benali@example.org", "+212 6 12 34 56 78", "06.61.23.45.67")


def harness(storage: Storage | None = None) -> TelegramHarness:
    return TelegramHarness(offline_config(organisers=frozenset({ORGANISER})), storage=storage)


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
            assert replies.last.text == rsvp_say("forget_ask", "fr")
            replies = await bot.press(user, replies.last, data=FORGET_YES)
            questions = TEXTS("questions_count.other", "fr", count=asked)
            assert replies.last.text == TEXTS("forget_done_questions", "fr", questions=questions)
            assert await storage.count_questions(user.id) == 0
            assert (await bot.send(organiser, "/unanswered")).last.text == rsvp_say("org_unanswered_none", "fr")
            assert (await bot.send(user, "/forget")).last.text == rsvp_say("forget_nothing", "fr")
    finally:
        await storage.close()
