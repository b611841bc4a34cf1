"""Questions through the real Application, offline: answers, follow-ups, "did you mean", fallback, the
question log, languages, escaping and splitting."""

from __future__ import annotations

import pytest

from bot.languages import LANGUAGES
from bot.reply import Reply
from bot.texts import text as core_text
from bot.typography import typeset
from bot.verdict import Outcome
from handlers.render import MESSAGE_LIMIT, escape
from handlers.texts import TEXTS
from tests.telegram_harness import TelegramHarness, bundled_answerer, confident_question, suggested_question
from tests.telegram_refusals import utf16_units, visible_text

NONSENSE = "zorglub wibble frotz quux"  # shares no word with the knowledge base


@pytest.fixture
async def bot():
    async with TelegramHarness() as harness:
        yield harness


@pytest.mark.parametrize("lang", LANGUAGES)
async def test_a_clear_question_gets_its_answer_with_follow_up_buttons(bot, lang):
    question, expected = confident_question(lang, with_follow_ups=True)
    replies = await bot.send(bot.user(lang), question)
    assert len(replies) == 1
    assert replies.last.text == escape(expected.text)
    assert replies.last.button_texts == [choice.title for choice in expected.follow_ups]
    assert replies.last.button_data == [f"a:{lang}:{choice.entry_id}" for choice in expected.follow_ups]
    stats = await bot.storage.question_stats()
    assert stats[lang].answered == 1 and await bot.storage.top_unanswered() == []  # answered: no text kept


@pytest.mark.parametrize("lang", LANGUAGES)
async def test_a_follow_up_button_answers_in_the_language_of_the_answer(bot, lang):
    question, expected = confident_question(lang, with_follow_ups=True)
    user = bot.user("fr")
    answer = (await bot.send(user, question)).last
    target = expected.follow_ups[0]
    replies = await bot.press(user, answer, target.title)
    assert replies.callback_answers
    assert replies.last.method == "sendMessage" and replies.last.message_id != answer.message_id
    assert replies.last.text == escape(bundled_answerer().show(target.entry_id, lang).text)


async def test_answers_follow_the_question_language_and_menus_the_users(bot):
    question, expected = confident_question("ar")
    user = bot.user("en")
    assert (await bot.send(user, question)).last.text == escape(expected.text)
    assert (await bot.send(user, "/topics")).last.text == TEXTS("topics_prompt", "en")


async def test_greetings_and_thanks_get_smalltalk(bot):
    question, expected = confident_question("fr", category="smalltalk")
    replies = await bot.send(bot.user("fr"), question)
    assert expected.entry_id.startswith("smalltalk") and replies.last.text == escape(expected.text)


@pytest.mark.parametrize("lang", LANGUAGES)
async def test_did_you_mean_offers_up_to_three_suggestions_and_none_of_these(bot, lang):
    question, expected = suggested_question(lang)
    user = bot.user(lang)
    message = (await bot.send(user, question)).last
    assert message.text == escape(expected.text)
    assert 2 <= len(expected.suggestions) <= 3
    assert message.button_data == [f"a:{lang}:{choice.entry_id}" for choice in expected.suggestions] + ["n"]
    assert message.button_texts[-1] == core_text("none_of_these", lang)

    chosen = expected.suggestions[1]
    replies = await bot.press(user, message, chosen.title)
    assert replies.last.text == escape(bundled_answerer().show(chosen.entry_id, lang).text)


async def test_none_of_these_records_the_question_once_and_thanks(bot):
    question, expected = suggested_question("en")
    user = bot.user("en")
    message = (await bot.send(user, question)).last
    replies = await bot.press(user, message, "n")
    assert replies.callback_answers
    assert [sent.method for sent in replies] == ["editMessageReplyMarkup", "sendMessage"]  # buttons gone, then thanks
    contact = bundled_answerer().kb.logistics.contact_sentence("en")
    assert replies.last.text == escape(core_text("none_of_these_reply", "en", contact=contact))
    [unanswered] = await bot.storage.top_unanswered()
    assert unanswered.text == question and unanswered.language == "en"

    again = await bot.press(user, message, data="n")  # a second press (an old client still shows it)
    assert again.callback_answers[0]["text"] == TEXTS("already_noted", "en")
    assert not [sent for sent in again if sent.method == "sendMessage"]
    assert (await bot.storage.top_unanswered())[0].count == 1


async def test_none_of_these_counts_only_under_a_did_you_mean_the_bot_remembers(bot):
    """After a restart (the questions are kept in memory only), on another message, or forged: a stale
    button, and nothing recorded for the organisers."""
    question, _ = suggested_question("fr")
    user = bot.user("fr")
    message = (await bot.send(user, question)).last
    welcome = (await bot.send(user, "/start")).last
    bot.application.chat_data[user.id].clear()  # what a restart loses
    for pressed in (message, welcome):
        replies = await bot.press(user, pressed, data="n")
        assert replies.callback_answers[0]["text"] == TEXTS("stale_button", "fr")
        assert not [sent for sent in replies if sent.method in ("sendMessage", "editMessageReplyMarkup")]
    assert await bot.storage.top_unanswered() == []
    assert sum(stats.asked for stats in (await bot.storage.question_stats()).values()) == 1  # the question itself only


@pytest.mark.parametrize("lang", LANGUAGES)
async def test_out_of_scope_gets_the_fallback_and_is_recorded_for_organisers(bot, lang):
    expected = bundled_answerer().ask(NONSENSE, preferred_lang=lang)
    assert expected.outcome is Outcome.FALLBACK
    replies = await bot.send(bot.user(lang), NONSENSE)
    assert replies.last.text == escape(expected.text) and not replies.last.buttons
    [unanswered] = await bot.storage.top_unanswered()
    assert unanswered.text == NONSENSE and unanswered.language == lang


async def test_the_question_log_holds_no_user_id(bot):
    await bot.send(bot.user("en", user_id=424242), NONSENSE)
    rows = await bot.storage._fetchall("SELECT * FROM questions")  # noqa: SLF001 - checking what is stored
    assert rows and all("424242" not in str(value) for row in rows for value in row)


class _FixedAnswerer:
    """Answers every question with one fixed Reply (to test rendering independently of the knowledge base)."""

    def __init__(self, reply: Reply):
        self.reply = reply
        self.kb = bundled_answerer().kb

    def ask(self, question: str, preferred_lang: str = "fr", **_options: object) -> Reply:
        return self.reply

    def show(self, entry_id: str, lang: str, **_options: object) -> Reply | None:
        return None


async def _with_answer(text: str, **changes) -> TelegramHarness:
    reply = Reply(Outcome.ANSWER, "programme_overview", 100.0, "en", text, **changes)
    harness = TelegramHarness(answerer=_FixedAnswerer(reply))  # type: ignore[arg-type]
    await harness.start()
    return harness


async def test_answer_text_is_escaped_never_taken_as_markup():
    bot = await _with_answer('Use <b>bold</b> & <a href="x">links</a>')
    try:
        sent = (await bot.send(bot.user("en"), "anything")).last
        assert sent.text == 'Use &lt;b&gt;bold&lt;/b&gt; &amp; &lt;a href="x"&gt;links&lt;/a&gt;'
        assert sent.params["parse_mode"] == "HTML"
    finally:
        await bot.stop()


async def test_replies_longer_than_4096_characters_are_split_on_lines_with_buttons_last():
    paragraph = "Migration & développement <x> " * 20
    long_text = "\n".join(f"{number}. {paragraph}" for number in range(30))
    follow_up = bundled_answerer().choice(bundled_answerer().kb.entries[0], "en")
    bot = await _with_answer(long_text, follow_ups=(follow_up,))
    try:
        replies = await bot.send(bot.user("en"), "anything")
        assert len(replies) >= 3
        assert all(
            utf16_units(visible_text(sent.text, "HTML")) <= MESSAGE_LIMIT for sent in replies
        )  # as Telegram counts
        assert "\n".join(sent.text for sent in replies) == escape(long_text)  # cut between lines, nothing lost
        assert [bool(sent.buttons) for sent in replies] == [False] * (len(replies) - 1) + [True]
    finally:
        await bot.stop()


async def test_a_4096_character_message_gets_a_reply(bot):
    question = ("migration " * 500)[:4096]
    replies = await bot.send(bot.user("fr"), question)
    assert len(replies) == 1 and replies.last.text


@pytest.mark.parametrize(
    "text", ["😀🎉🙏", "🇲🇦", "\u200f\u200e", "ما هو Migration Mainstreaming ؟", "Rabat الرباط 2018 ?!"]
)
async def test_odd_text_gets_a_sensible_reply(bot, text):
    expected = bundled_answerer().ask(text, preferred_lang="en")
    replies = await bot.send(bot.user("en"), text)
    assert len(replies) == 1 and replies.last.text == escape(expected.text)


async def test_blank_text_gets_the_welcome(bot):
    replies = await bot.send(bot.user("en"), "  \n  ")
    assert replies.last.text == TEXTS.t_html(
        "welcome", "en", name="Amina", **bundled_answerer().kb.logistics.identity("en")
    )


async def test_in_a_private_chat_the_mention_alone_gets_the_welcome_and_is_removed_before_answering(bot):
    question, expected = confident_question("en")
    user = bot.user("en")
    alone = await bot.send(user, f"@{bot.username}")
    assert alone.last.text == TEXTS.t_html(
        "welcome", "en", name="Amina", **bundled_answerer().kb.logistics.identity("en")
    )
    replies = await bot.send(user, f"@{bot.username} {question}")
    assert replies.last.text == escape(expected.text)


async def test_emoji_only_falls_back_in_the_users_language(bot):
    replies = await bot.send(bot.user("ar"), "😀🎉🙏")
    assert replies.last.text == escape(bundled_answerer().fallback("ar").text)


async def test_in_a_group_the_mention_is_removed_before_answering(bot):
    question, expected = confident_question("en")
    group = bot.group()
    replies = await bot.send(bot.user("en"), f"@{bot.username} {question}", chat=group)
    assert replies.last.text == escape(expected.text)
    assert replies.last.params["reply_parameters"]["message_id"]  # quotes the question in a group
    alone = await bot.send(bot.user("fr"), f"@{bot.username}", chat=group)
    assert alone.last.text == TEXTS.t_html(
        "welcome", "fr", name="Amina", **bundled_answerer().kb.logistics.identity("fr")
    )


async def test_many_users_at_once_all_get_their_answer(bot):
    question, expected = confident_question("fr")
    users = [bot.user("fr") for _ in range(200)]
    replies = await bot.feed_concurrently([{"message": bot.message_dict(user, question)} for user in users])
    assert sorted(sent.chat_id for sent in replies) == sorted(user.id for user in users)
    assert {sent.text for sent in replies} == {escape(expected.text)}
    assert (await bot.storage.question_stats())["fr"].answered == 200


async def test_a_database_failure_does_not_cost_the_user_the_answer(bot, caplog):
    async def broken(*args, **kwargs):
        raise OSError("disk full")

    bot.storage.log_question = broken  # type: ignore[method-assign]
    question, expected = confident_question("en")
    replies = await bot.send(bot.user("en"), question)
    assert [sent.text for sent in replies] == [escape(expected.text)]
    assert "could not record a question" in caplog.text and "disk full" in caplog.text


async def test_the_organisers_contact_is_said_once_per_conversation_not_under_every_answer():
    """Issue 9, point 7: "no contact published yet" once, then not again under every practical
    answer and fallback; the contact's own answer always says it; a new conversation says it again."""
    from datetime import timedelta

    from handlers.showing import CONVERSATION

    async with TelegramHarness() as bot:
        user = bot.user(lang="fr")
        sentence = bot.services.answerer.kb.logistics.contact_sentence("fr")
        told = typeset(sentence, "fr")
        first = await bot.send(user, "c'est où le petit-déjeuner ?")
        assert told in first.text
        for question in ("à quelle heure ça commence ?", "quelle est la tenue ?", "la météo à Paris demain ?"):
            assert told not in (await bot.send(user, question)).text, question
        assert told in (await bot.send(user, "comment contacter les organisateurs ?")).text
        bot.clock.advance((CONVERSATION + timedelta(minutes=1)).total_seconds())
        assert told in (await bot.send(user, "c'est où le petit-déjeuner ?")).text
        other = bot.user(lang="fr")
        assert told in (await bot.send(other, "à quelle heure ça commence ?")).text  # per person
