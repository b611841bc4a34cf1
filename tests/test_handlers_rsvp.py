"""The RSVP conversation through the real Application, offline (tests/telegram_harness.py): the whole flow in
each language, editing, cancelling, limits on what is typed, stale and forged buttons. (A reply once stored is
in test_handlers_rsvp_stored.py, text typed at the wrong step in test_handlers_rsvp_typed_text.py.)"""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest

from bot.rsvp import NAME_MAX, ORGANISATION_MAX, category_label, problem_text, status_label
from bot.storage import Storage
from bot.typography import typeset
from handlers.render import escape
from handlers.rsvp import (
    ATTEND,
    BACK_DATA,
    CANCEL_DATA,
    CONFIRM_DATA,
    EDIT_DATA,
    EDIT_FIELD,
    PICK_CATEGORY,
    SKIP,
)
from handlers.rsvp_texts import RSVP_UI
from handlers.texts import TEXTS
from tests.rsvp_helpers import LANGS, complete_rsvp, harness, reach_summary, said, walk_to
from tests.telegram_harness import TelegramHarness, offline_config
from tests.telegram_updates import Sent

# ------------------------------------------------------------------------------------------ the whole flow


@pytest.mark.parametrize("lang", LANGS)
async def test_whole_flow_in_each_language(lang):
    async with harness() as bot:
        user = bot.user(lang=lang, first_name="Amina", username="amina_b")
        replies = await bot.send(user, "/rsvp")
        assert replies.last.text == said("ask_attending", lang)
        assert replies.last.button_texts == [status_label(s, lang) for s in ("yes", "no", "maybe")]

        replies = await bot.press(user, replies.last, status_label("yes", lang))
        assert replies.last.text == said("ask_name", lang)
        assert replies.last.button_texts == [typeset("👤 Amina", lang)]  # the Telegram profile name, offered

        replies = await bot.send(user, "Amina Benali")
        assert replies.last.text == said("ask_organisation", lang)

        replies = await bot.send(user, "Entraide nationale")
        assert replies.last.text == said("ask_category", lang)
        assert replies.last.button_texts == [
            category_label(c, lang)
            for c in ("public_institution", "international_organisation", "donor", "civil_society", "media", "other")
        ]

        replies = await bot.press(user, replies.last, category_label("civil_society", lang))
        assert replies.last.text == said("ask_dietary", lang)

        replies = await bot.send(user, "Végétarien")
        assert replies.last.text == said("ask_email", lang)

        replies = await bot.send(user, "amina@example.org")
        summary = replies.last
        assert RSVP_UI("privacy", lang) in summary.text  # the privacy notice before saving
        assert "/forget" in summary.text
        for value in (
            "Amina Benali",
            "Entraide nationale",
            "Végétarien",
            "amina@example.org",
            category_label("civil_society", lang),
        ):
            assert value in summary.text
        assert await bot.storage.get_rsvp(user.id) is None  # nothing saved before Confirm

        replies = await bot.press(user, summary, RSVP_UI("button_confirm", lang))
        assert said("saved_yes", lang, name="Amina Benali") in replies.text
        document = next(sent for sent in replies if sent.method == "sendDocument")
        filename, content = document.files["document"]
        assert filename.endswith(".ics")
        ics = content.decode("utf-8")
        assert ics.startswith("BEGIN:VCALENDAR") and f"SUMMARY;LANGUAGE={lang}:" in ics
        assert "DTSTART;VALUE=DATE:20180126" in ics  # all-day while the start time is not announced

        rsvp = await bot.storage.get_rsvp(user.id)
        assert (
            rsvp.status,
            rsvp.full_name,
            rsvp.organisation,
            rsvp.category,
            rsvp.dietary,
            rsvp.email,
            rsvp.language,
            rsvp.telegram_username,
        ) == (
            "yes",
            "Amina Benali",
            "Entraide nationale",
            "civil_society",
            "Végétarien",
            "amina@example.org",
            lang,
            "amina_b",
        )
        # every message of the conversation was in the user's language: none holds another's prompt
        others = [said("ask_organisation", other) for other in LANGS if other != lang]
        assert not any(other in sent.text for sent in bot.sent for other in others)


async def test_language_choice_beats_telegram_language_and_unknown_falls_back_to_default():
    async with harness() as bot:
        chose_arabic = bot.user(lang="en")
        await bot.storage.set_language(chose_arabic.id, "ar")
        assert (await bot.send(chose_arabic, "/rsvp")).last.text == said("ask_attending", "ar")
        german = bot.user(lang="de")
        assert (await bot.send(german, "/rsvp")).last.text == said("ask_attending", "fr")  # config default


async def test_profile_name_button_and_skips():
    async with harness() as bot:
        user = bot.user(lang="en", first_name="Youssef")
        await complete_rsvp(bot, user, name=None)
        rsvp = await bot.storage.get_rsvp(user.id)
        assert rsvp.full_name == "Youssef" and rsvp.dietary is None and rsvp.email is None


async def test_start_rsvp_deep_link_and_start_button_open_the_conversation():
    async with harness() as bot:
        user = bot.user(lang="fr")
        assert (await bot.send(user, "/start rsvp")).last.text == said("ask_attending", "fr")
        other = bot.user(lang="en")
        welcome = await bot.send(other, "/start")
        replies = await bot.press(other, welcome.last, TEXTS("button_rsvp", "en"))
        assert replies.last.text == said("ask_attending", "en")


async def test_in_a_group_rsvp_answers_with_a_button_to_the_private_chat():
    async with harness() as bot:
        user = bot.user(lang="en")
        group = bot.group()
        replies = await bot.send(user, "/rsvp", chat=group)
        urls = [button.url for sent in replies for button in sent.flat_buttons]
        assert urls == [f"https://t.me/{bot.username}?start=rsvp"]
        assert said("ask_attending", "en") not in replies.text
        # the deep link's /start rsvp in a group points to the private chat as well
        replies = await bot.send(user, "/start rsvp", chat=group)
        assert [button.url for sent in replies for button in sent.flat_buttons] == urls


async def test_no_asks_only_name_organisation_and_kind_and_drops_dietary_and_email():
    async with harness() as bot:
        user = bot.user(lang="en")
        await complete_rsvp(bot, user, dietary="No nuts", email="a@example.org")
        assert (await bot.storage.get_rsvp(user.id)).dietary == "No nuts"
        # Changing to "no" from the summary: dietary needs and email are neither shown nor kept.
        replies = await bot.send(user, "/rsvp")
        replies = await bot.press(user, replies.last, data=EDIT_DATA)
        replies = await bot.press(user, replies.last, data=EDIT_FIELD + "status")
        replies = await bot.press(user, replies.last, data=ATTEND + "no")
        assert RSVP_UI("field.dietary", "en") not in replies.last.text
        replies = await bot.press(user, replies.last, data=CONFIRM_DATA)
        assert said("saved_no", "en", name="Amina Benali") in replies.text
        assert not any(sent.method == "sendDocument" for sent in replies)
        rsvp = await bot.storage.get_rsvp(user.id)
        assert (rsvp.status, rsvp.dietary, rsvp.email) == ("no", None, None)

        newcomer = bot.user(lang="fr")
        summary = await reach_summary(bot, newcomer, status="no")
        asked = [sent.text for sent in bot.sent if sent.chat_id == newcomer.id]
        assert said("ask_dietary", "fr") not in asked and said("ask_email", "fr") not in asked
        assert CONFIRM_DATA in summary.last.button_data


# ------------------------------------------------------------------------------------------ edit, cancel, update


async def test_edit_a_field_from_the_summary_then_confirm():
    async with harness() as bot:
        user = bot.user(lang="fr")
        summary = await reach_summary(bot, user, organisation="OIM")
        replies = await bot.press(user, summary.last, data=EDIT_DATA)
        assert replies.last.text == said("ask_edit", "fr")
        replies = await bot.press(user, replies.last, data=EDIT_FIELD + "organisation")
        assert said("current_value", "fr", value="OIM") in replies.last.text
        replies = await bot.send(user, "PNUD")
        assert "PNUD" in replies.last.text and CONFIRM_DATA in replies.last.button_data  # back at the summary
        # Edit, then Back: the summary again, unchanged
        replies = await bot.press(user, replies.last, data=EDIT_DATA)
        replies = await bot.press(user, replies.last, data=BACK_DATA)
        assert "PNUD" in bot.current(replies.last).text
        replies = await bot.press(user, bot.current(replies.last), data=CONFIRM_DATA)
        assert (await bot.storage.get_rsvp(user.id)).organisation == "PNUD"


@pytest.mark.parametrize(
    "step", ["attending", "name", "organisation", "category", "dietary", "email", "confirm", "edit"]
)
async def test_cancel_at_each_step_saves_nothing(step):
    async with harness() as bot:
        user = bot.user(lang="en")
        await walk_to(bot, user, step)
        replies = await bot.send(user, "/cancel")
        assert replies.last.text == said("cancelled", "en")
        assert await bot.storage.get_rsvp(user.id) is None
        # the conversation is over: the next text is a question, not an answer to the step
        replies = await bot.send(user, "Amina")
        assert said("ask_organisation", "en") not in replies.text and said("use_buttons", "en") not in replies.text


async def test_cancel_while_updating_keeps_the_previous_reply():
    async with harness() as bot:
        user = bot.user(lang="ar")
        await complete_rsvp(bot, user, organisation="المنظمة الدولية للهجرة")
        replies = await bot.send(user, "/rsvp")
        replies = await bot.press(user, replies.last, data=EDIT_DATA)
        replies = await bot.press(user, replies.last, data=EDIT_FIELD + "organisation")
        await bot.send(user, "شيء آخر")  # typed, then thought better of it at the summary
        replies = await bot.press(user, bot.sent[-1], data=CANCEL_DATA)
        assert replies.last.text == said("cancelled_kept", "ar")
        assert (await bot.storage.get_rsvp(user.id)).organisation == "المنظمة الدولية للهجرة"


# ------------------------------------------------------------------------------------------ capacity, deadline


# ------------------------------------------------------------------------------------------ bad input


@pytest.mark.parametrize(
    "field_name, limit, problem",
    [("name", NAME_MAX, "rsvp_name_too_long"), ("organisation", ORGANISATION_MAX, "rsvp_organisation_too_long")],
)
async def test_a_1000_character_name_or_organisation_is_refused_with_a_message(field_name, limit, problem):
    async with harness() as bot:
        user = bot.user(lang="en")
        await bot.send(user, "/rsvp")
        await bot.press(user, Sent("sendMessage", user.id, None, ""), data=ATTEND + "yes")
        if field_name == "organisation":
            await bot.send(user, "Amina")
        replies = await bot.send(user, "x" * 1000)
        assert replies.last.text.startswith(escape(problem_text(problem, "en")))
        assert str(limit) in replies.last.text
        replies = await bot.send(user, "Fine value")  # asked again, and a good value goes on
        next_prompt = "ask_organisation" if field_name == "name" else "ask_category"
        assert replies.last.text == said(next_prompt, "en")


async def test_sql_metacharacters_html_and_emoji_are_stored_verbatim_and_shown_escaped():
    name = "Robert'); DROP TABLE rsvps;-- 🎉"
    organisation = 'O\'Brien & <b>Sons</b> "Ltd" ؛ مؤسسة'
    async with harness() as bot:
        user = bot.user(lang="en")
        summary = await reach_summary(bot, user, name=name, organisation=organisation, dietary="🥐 % _ \\")
        assert escape(organisation) in summary.last.text and "<b>Sons</b>" not in summary.last.text
        await bot.press(user, summary.last, data=CONFIRM_DATA)
        rsvp = await bot.storage.get_rsvp(user.id)
        assert (rsvp.full_name, rsvp.organisation, rsvp.dietary) == (name, organisation, "🥐 % _ \\")
        assert len(await bot.storage.list_rsvps()) == 1


async def test_a_malformed_email_is_asked_again():
    async with harness() as bot:
        user = bot.user(lang="fr")
        await walk_to(bot, user, "email")
        for bad in ("amina@", "amina at example.org", "a@b", "x" * 300 + "@example.org"):
            replies = await bot.send(user, bad)
            assert replies.last.text == escape(problem_text("rsvp_email_invalid", "fr"))
            assert SKIP in replies.last.button_data
        replies = await bot.send(user, "amina@example.org")
        assert CONFIRM_DATA in replies.last.button_data


async def test_a_button_of_a_finished_conversation_is_refused_politely():
    async with harness() as bot:
        user = bot.user(lang="en")
        summary = await reach_summary(bot, user)
        await bot.press(user, summary.last, data=CONFIRM_DATA)
        replies = await bot.press(user, summary.last, data=CONFIRM_DATA)  # pressed again later
        assert len(await bot.storage.list_rsvps()) == 1
        assert not any(sent.method == "sendMessage" and "Thank you" in sent.text for sent in replies)
        assert replies.callback_answers  # the press is answered (no endless spinner)


async def test_a_button_of_a_conversation_lost_in_a_restart_says_to_send_rsvp_again():
    storage = await Storage.open(":memory:")
    try:
        async with TelegramHarness(offline_config(), storage=storage) as before:
            user = before.user(lang="ar")
            summary = await reach_summary(before, user)
        async with TelegramHarness(offline_config(), storage=storage) as bot:  # the restarted bot
            old_buttons = [
                CONFIRM_DATA,
                EDIT_DATA,
                CANCEL_DATA,
                BACK_DATA,
                ATTEND + "yes",
                PICK_CATEGORY + "other",
                SKIP,
                EDIT_FIELD + "email",
            ]
            for data in old_buttons:
                replies = await bot.press(user, summary.last, data=data)
                assert replies.callback_answers[-1]["text"] == RSVP_UI.t("stale", "ar"), data
                assert not [sent for sent in replies if sent.method == "sendMessage"]
            assert await storage.get_rsvp(user.id) is None
    finally:
        await storage.close()


# -------------------------------------------------------------------------------------- /myrsvp, /cancelrsvp, /forget


async def test_a_conversation_left_unanswered_is_set_aside_and_the_user_told(monkeypatch):

    import handlers.rsvp

    monkeypatch.setattr(handlers.rsvp, "CONVERSATION_TIMEOUT", timedelta(seconds=0.2))
    async with harness() as bot:
        user = bot.user(lang="en")
        await walk_to(bot, user, "name")
        for _ in range(100):  # the job queue runs on real time
            if any(sent.text == said("timed_out", "en") for sent in bot.sent):
                break
            await asyncio.sleep(0.02)
        assert bot.sent[-1].text == said("timed_out", "en") and bot.sent[-1].chat_id == user.id
        replies = await bot.send(user, "Amina")  # no longer taken for a name
        assert said("ask_organisation", "en") not in replies.text
        replies = await bot.press(user, Sent("sendMessage", user.id, None, ""), data="r:n")  # the profile-name button
        assert replies.callback_answers[-1]["text"] == RSVP_UI.t("stale", "en")
        assert await bot.storage.get_rsvp(user.id) is None


# ------------------------------------------------------------------------------------------ over HTTP


async def test_forged_button_data_is_refused_and_the_step_kept():
    async with harness() as bot:
        user = bot.user(lang="en")
        await bot.send(user, "/rsvp")
        anywhere = Sent("sendMessage", user.id, None, "")
        replies = await bot.press(user, anywhere, data=ATTEND + "waitlist")  # not an answer a person gives
        assert replies.callback_answers[-1]["text"] == problem_text("rsvp_status_invalid", "en")
        replies = await bot.press(user, anywhere, data=ATTEND + "yes")
        assert replies.last.text == said("ask_name", "en")
        await bot.send(user, "Amina")
        await bot.send(user, "OIM")
        replies = await bot.press(user, anywhere, data=PICK_CATEGORY + "x" * 58)
        assert replies.callback_answers[-1]["text"] == problem_text("rsvp_category_invalid", "en")
        replies = await bot.press(user, anywhere, data=PICK_CATEGORY + "other")
        assert replies.last.text == said("ask_dietary", "en")


# ------------------------------------------------------------------------------------------ acceptance fixes


@pytest.mark.parametrize("new_status", ["yes", "maybe"])
async def test_a_no_changed_to_yes_or_maybe_is_asked_dietary_needs_and_email_before_the_summary(new_status):
    async with harness() as bot:
        user = bot.user(lang="en")
        await complete_rsvp(bot, user, status="no")
        replies = await bot.send(user, "/rsvp")
        replies = await bot.press(user, replies.last, data=EDIT_DATA)
        replies = await bot.press(user, replies.last, data=EDIT_FIELD + "status")
        replies = await bot.press(user, replies.last, data=ATTEND + new_status)
        assert replies.last.text.startswith(said("ask_dietary", "en"))
        assert RSVP_UI("current_value", "en", value="—") not in replies.last.text  # never asked: no "current value"
        assert SKIP in replies.last.button_data
        replies = await bot.send(user, "Halal")
        assert replies.last.text.startswith(said("ask_email", "en"))
        replies = await bot.press(user, replies.last, data=SKIP)  # still skippable
        summary = replies.last
        assert RSVP_UI("privacy", "en") in summary.text and "Halal" in summary.text
        await bot.press(user, summary, data=CONFIRM_DATA)
        rsvp = await bot.storage.get_rsvp(user.id)
        assert (rsvp.status, rsvp.dietary, rsvp.email) == (new_status, "Halal", None)


async def test_changing_yes_to_maybe_asks_nothing_more_than_the_summary():
    async with harness() as bot:
        user = bot.user(lang="en")
        await complete_rsvp(bot, user, dietary="Vegan")
        replies = await bot.send(user, "/rsvp")
        replies = await bot.press(user, replies.last, data=EDIT_DATA)
        replies = await bot.press(user, replies.last, data=EDIT_FIELD + "status")
        replies = await bot.press(user, replies.last, data=ATTEND + "maybe")
        assert RSVP_UI("privacy", "en") in replies.last.text and "Vegan" in replies.last.text


async def test_cancel_outside_a_conversation_says_there_is_nothing_to_cancel():
    async with harness() as bot:
        user = bot.user(lang="en")
        replies = await bot.send(user, "/cancel")
        assert replies.last.text == said("nothing_to_cancel", "en")


async def test_arabic_wording_of_a_no():
    assert "أخذنا علماً بأنكم لن تحضروا" in said("saved_no", "ar", name="x")
    assert said("cancel_rsvp_done", "ar").startswith("أخذنا علماً بأنكم لن تحضروا")
    assert said("already_replied", "ar").startswith("سبق لكم الرد")
