"""/start, /help, /myid, /language and /topics through the real Application, offline."""

from __future__ import annotations

import json
import re

import pytest

from bot.languages import LANGUAGES
from bot.typography import typeset
from handlers.render import escape
from handlers.texts import TEXTS
from tests.telegram_harness import TelegramHarness, bundled_answerer, offline_config

ATTENDEE_COMMANDS = ("/topics", "/rsvp", "/myrsvp", "/cancelrsvp", "/forget", "/language", "/myid", "/help")
ORGANISER_ONLY = ("/rsvps", "/unanswered", "/stats", "/reload", "/broadcast", "/logistics", "/checkin", "/walkin")


def commands_in(text: str) -> set[str]:
    return set(re.findall(r"(?<!<)/[a-z]+\b", text))  # not the closing HTML tags


# A phrase that only the welcome of each language contains (from its template, before the name).
WELCOME = {lang: TEXTS("welcome", lang).split("{name}")[0] for lang in LANGUAGES}


@pytest.fixture
async def bot():
    async with TelegramHarness() as harness:
        yield harness


@pytest.mark.parametrize("lang", LANGUAGES)
async def test_start_welcomes_in_telegram_language_with_three_buttons(bot, lang):
    user = bot.user(lang, first_name="Salma")
    replies = await bot.send(user, "/start")
    assert len(replies) == 1
    welcome = replies.last
    assert welcome.text.startswith(WELCOME[lang]) and "Salma" in welcome.text
    assert welcome.button_data == ["t", "rsvp", "l"]
    assert welcome.button_texts == [
        TEXTS("button_topics", lang),
        TEXTS("button_rsvp", lang),
        TEXTS("button_language", lang),
    ]
    assert welcome.params["parse_mode"] == "HTML"


@pytest.mark.parametrize("code", ["de", "es-ES", None])
async def test_unsupported_telegram_language_falls_back_to_the_configured_default(bot, code):
    replies = await bot.send(bot.user(code), "/start")
    assert replies.last.text.startswith(WELCOME["fr"])


async def test_a_first_name_with_markup_is_escaped(bot):
    replies = await bot.send(bot.user("en", first_name="<b>Eve</b> & co"), "/start")
    assert "&lt;b&gt;Eve&lt;/b&gt; &amp; co" in replies.last.text and "<b>Eve" not in replies.last.text


async def test_chosen_language_is_stored_and_beats_telegram_language(bot):
    user = bot.user("en")
    chooser = (await bot.send(user, "/language")).last
    assert chooser.button_data == ["l:fr", "l:en", "l:ar"]
    assert chooser.button_texts == ["Français", "English", "العربية"]
    replies = await bot.press(user, chooser, "العربية")
    assert replies.callback_answers and replies.last.method == "editMessageText"
    assert replies.last.text == TEXTS("language_set", "ar")
    assert await bot.storage.get_language(user.id) == "ar"
    assert (await bot.send(user, "/start")).last.text.startswith(WELCOME["ar"])
    assert (await bot.send(user, "/topics")).last.text == TEXTS("topics_prompt", "ar")
    # Another user is not affected.
    assert (await bot.send(bot.user("en"), "/start")).last.text.startswith(WELCOME["en"])


async def test_language_button_of_start_opens_the_chooser_in_place(bot):
    user = bot.user("fr")
    welcome = (await bot.send(user, "/start")).last
    replies = await bot.press(user, welcome, "l")
    assert replies.last.method == "editMessageText" and replies.last.message_id == welcome.message_id
    assert replies.last.button_data == ["l:fr", "l:en", "l:ar"]


@pytest.mark.parametrize("lang", LANGUAGES)
async def test_help_lists_commands_and_how_to_reach_organisers(bot, lang):
    text = (await bot.send(bot.user(lang), "/help")).last.text
    assert set(ATTENDEE_COMMANDS) <= commands_in(text)
    assert not commands_in(text) & set(ORGANISER_ONLY)
    assert f"@{bot.username}" in text
    assert escape(bundled_answerer().kb.logistics.contact_sentence(lang)) in text


@pytest.mark.parametrize("lang", LANGUAGES)
async def test_help_adds_the_organisers_commands_for_an_organiser_in_private_only(lang):
    async with TelegramHarness(offline_config(organisers=frozenset({4242}))) as bot:
        organiser = bot.user(lang, user_id=4242)
        text = (await bot.send(organiser, "/help")).last.text
        assert commands_in(text) == set(ATTENDEE_COMMANDS) | set(ORGANISER_ONLY)
        assert TEXTS("help_organisers", lang).split("\n")[0] in text
        in_group = (await bot.send(organiser, f"/help@{bot.username}", chat=bot.group())).last.text
        assert commands_in(in_group) == set(ATTENDEE_COMMANDS)


async def test_myid_tells_the_user_their_numeric_id(bot):
    user = bot.user("en", user_id=987654321)
    text = (await bot.send(user, "/myid")).last.text
    assert "<code>987654321</code>" in text and "organisers" in text


async def test_start_deep_link_to_an_entry_shows_its_answer(bot):
    answerer = bundled_answerer()
    entry = answerer.kb.in_category("programme")[0]
    replies = await bot.send(bot.user("en"), f"/start {entry.id}")
    expected = answerer.show(entry.id, "en")
    assert replies.last.text == escape(expected.text)
    assert replies.last.button_data == [f"a:en:{choice.entry_id}" for choice in expected.follow_ups]


async def test_start_deep_link_to_an_unknown_entry_offers_the_topics(bot):
    replies = await bot.send(bot.user("fr"), "/start no_such_entry")
    assert replies.last.text == TEXTS("unknown_entry", "fr")
    assert replies.last.button_data == [f"t:{category.id}" for category in bundled_answerer().kb.menu_categories()]


async def test_in_a_group_the_rsvp_opens_the_private_chat_by_a_deep_link(bot):
    user, group = bot.user("fr"), bot.group()
    welcome = (await bot.send(user, f"/start@{bot.username}", chat=group)).last
    rsvp = welcome.flat_buttons[1]
    assert rsvp.data is None and rsvp.url == f"https://t.me/{bot.username}?start=rsvp"
    pointer = (await bot.send(user, f"/start@{bot.username} rsvp", chat=group)).last
    assert pointer.text == TEXTS("rsvp_in_private", "fr")
    assert pointer.flat_buttons[0].url == f"https://t.me/{bot.username}?start=rsvp"


@pytest.mark.parametrize("lang", LANGUAGES)
async def test_topics_browse_categories_entries_answer_and_back_by_editing_one_message(bot, lang):
    kb = bundled_answerer().kb
    user = bot.user(lang)
    menu = (await bot.send(user, "/topics")).last
    assert menu.text == TEXTS("topics_prompt", lang)
    assert menu.button_texts == [category.title[lang] for category in kb.menu_categories()]
    assert "t:smalltalk" not in menu.button_data  # a category kept out of the menu

    category = kb.menu_categories()[0]
    replies = await bot.press(user, menu, category.title[lang])
    page = replies.last
    assert replies.callback_answers and page.method == "editMessageText" and page.message_id == menu.message_id
    entries = kb.in_category(category.id)
    assert page.button_texts == [entry.title[lang] for entry in entries] + [TEXTS("button_back", lang)]

    entry = entries[-1]
    answer = (await bot.press(user, menu, entry.title[lang])).last
    assert answer.message_id == menu.message_id
    assert answer.text == f"<b>{escape(entry.title[lang])}</b>\n\n{escape(kb.render(entry, lang))}"
    assert answer.button_data == [f"t:{category.id}", "t"]

    back = (await bot.press(user, menu, TEXTS("button_back", lang))).last
    assert back.text == page.text and back.button_data == page.button_data
    root = (await bot.press(user, menu, TEXTS("button_back", lang))).last
    assert root.text == menu.text and root.button_data == menu.button_data
    assert not [call for call in bot.api.calls if call.method == "sendMessage"][1:]  # one message only


async def test_pressing_the_same_topic_twice_is_harmless(bot):
    user = bot.user("en")
    menu = (await bot.send(user, "/topics")).last
    await bot.press(user, menu, data="t")  # the menu it already shows
    bot.api.fail("editMessageText", status=400, description="Bad Request: message is not modified")
    replies = await bot.press(user, menu, data="t")
    assert replies.callback_answers and not [sent for sent in replies if sent.method == "sendMessage"]


async def test_a_menu_too_old_to_edit_comes_as_a_new_message(bot):
    user = bot.user("en")
    menu = (await bot.send(user, "/topics")).last
    bot.api.fail("editMessageText", status=400, description="Bad Request: message can't be edited")
    replies = await bot.press(user, menu, menu.button_data[0])
    assert replies.last.method == "sendMessage" and replies.last.button_data[-1] == "t"


@pytest.mark.parametrize("data", ["t:no_such_category", "e:no_such_entry", "t:smalltalk"])
async def test_topic_buttons_for_missing_categories_or_entries_get_a_polite_answer(bot, data):
    user = bot.user("en")
    menu = (await bot.send(user, "/topics")).last
    replies = await bot.press(user, menu, data=data)
    assert replies.callback_answers == [
        {"callback_query_id": replies.callback_answers[0]["callback_query_id"], "text": TEXTS("stale_button", "en")}
    ]
    assert not [sent for sent in replies if sent.method in ("sendMessage", "editMessageText")]


async def test_command_menus_are_registered_per_language_at_start_up(bot):
    menus = {
        call.params.get("language_code"): _commands(call)
        for call in bot.api.calls_to("setMyCommands")
        if (_scope(call) or {}).get("type") == "all_private_chats"
    }
    assert set(menus) == {"fr", "en", "ar", None}
    for lang in LANGUAGES:
        commands = {item["command"]: item["description"] for item in menus[lang]}
        assert {"start", "help", "topics", "language", "myid"} <= set(commands)
        assert commands["topics"] == TEXTS("command_topics", lang)
    assert menus[None] == menus["fr"]  # the default language of the configuration


async def test_a_failed_menu_registration_is_logged_never_fatal(caplog):
    harness = TelegramHarness()
    harness.api.fail("setMyCommands", status=500, times=20)
    async with harness as bot:
        assert "could not register the" in caplog.text
        assert (await bot.send(bot.user("en"), "/start")).last.text.startswith(WELCOME["en"])


async def test_a_press_too_old_to_answer_is_still_served(bot):
    user = bot.user("en")
    menu = (await bot.send(user, "/topics")).last
    bot.api.fail(
        "answerCallbackQuery",
        status=400,
        description="Bad Request: query is too old and response timeout expired or query ID is invalid",
    )
    replies = await bot.press(user, menu, menu.button_data[0])
    assert [sent.method for sent in replies] == ["editMessageText"]  # the category page, no apology


async def test_arabic_help_says_attendance_at_the_breakfast_with_the_preposition(bot):
    text = (await bot.send(bot.user("ar"), "/help")).last.text
    assert (
        typeset("/rsvp: تأكيد حضوركم في الفطور الختامي", "ar") in text
    )  # the command isolated: it displays as "/rsvp"


def _scope(call) -> dict | None:
    scope = call.params.get("scope")
    return json.loads(scope) if isinstance(scope, str) else scope


def _commands(call) -> list[dict]:
    commands = call.params["commands"]
    return json.loads(commands) if isinstance(commands, str) else commands


def _names(call) -> set[str]:
    return {item["command"] for item in _commands(call)}


async def test_groups_get_their_own_menu_per_language_without_private_only_commands(bot):
    calls = bot.api.calls_to("setMyCommands")
    groups = {
        call.params.get("language_code"): _names(call)
        for call in calls
        if (_scope(call) or {}).get("type") == "all_group_chats"
    }
    private = {
        call.params.get("language_code"): _names(call)
        for call in calls
        if (_scope(call) or {}).get("type") == "all_private_chats"
    }
    assert set(groups) == {"fr", "en", "ar", None}
    for code, names in groups.items():
        assert {"start", "help", "topics", "rsvp"} <= names
        assert not names & {"myrsvp", "cancelrsvp", "forget"}  # these only point to the private chat there
        assert {"myrsvp", "cancelrsvp", "forget"} <= private[code]
