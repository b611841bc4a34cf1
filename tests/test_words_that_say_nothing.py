"""Words around a question that say nothing of what is asked (issue 7): how people ask ("I was told about",
"franchement", «بغيت نفهم»), the frame of a formal letter, function words and vague ones ("something else",
"on the side of"). They weigh nothing, so the question is matched on its topic words. Through `ask --json`,
as the console and the bot answer. Phrasings are the tests' own."""

from __future__ import annotations

import pytest

from tests.test_understanding import ask_json


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("What do guests usually wear?", ["logistics_dress_code"]),
        ("hi dear, where is it held?", ["logistics_venue"]),
        ("بغيت نفهم شنو هي أهداف البرنامج", ["programme_objectives"]),
        ("C'est quoi en gros le but, franchement ?", ["programme_objectives"]),
        ("عافاك وبغيت نعرف شكون اللي كيمول البرنامج", ["programme_funder"]),  # "and" on «بغيت», I want
        ("what's the story with the health plan?", ["results_health"]),
        ("what's the deal with the social assistance part?", ["results_social"]),
    ],
)
def test_words_about_the_asking_weigh_nothing(message, expected):
    assert ask_json(message)["ids"] == expected


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("As a journalist, can I cover the breakfast?", ["event_press"]),
        ("such a programme, who pays for it?", ["programme_funder"]),
    ],
)
def test_english_function_words_weigh_little(message, expected):
    """The words "as", "such", "into", "through" say nothing of the topic: they no longer weigh like an
    unknown topic word."""
    assert ask_json(message)["ids"] == expected


@pytest.mark.parametrize(
    "message",
    [
        "c'est quoi ce petit-déjeuner dont on m'a parlé ?",  # French "dont" (of which) is not "don't"
        "what's this closing breakfast I was told about?",
        "شنو هو هاد الفطور اللي قالو ليا عليه؟",
    ],
)
def test_having_been_told_about_it_is_not_what_is_asked(message):
    assert ask_json(message)["ids"] == ["event_overview"]


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # the formal letter's frame: who writes, "within the framework of", "if I have a question"
        ("En ma qualité de chargé de mission, pourriez-vous me dire qui finance le programme ?", ["programme_funder"]),
        ("بصفتي مسؤولا جهويا، أود معرفة من يمول البرنامج", ["programme_funder"]),
        ("dans le cadre du programme, qu'est-ce qui a été fait dans la santé ?", ["results_health"]),
        ("what was done in health within the framework of the programme?", ["results_health"]),
        ("ماذا أنجز البرنامج في إطار التعاون مع التعاون الوطني؟", ["results_social"]),
        ("who can I call if I have a question about the event?", ["logistics_contact"]),
    ],
)
def test_the_frame_of_a_formal_letter_says_nothing_of_what_is_asked(message, expected):
    assert ask_json(message)["ids"] == expected


def test_once_there_says_nothing_of_what_is_asked():
    reply = ask_json("once I land in Rabat, where is it held?")
    assert reply["ids"] == ["logistics_venue"]
    assert not reply["answer"].startswith("If I understand you correctly")  # answered plainly, not guessed


@pytest.mark.parametrize(
    "message",
    ["c'est un séminaire ou autre chose ?", "is it a conference or something smaller?"],
)
def test_something_else_or_smaller_says_nothing_of_what_is_asked(message):
    assert ask_json(message)["ids"] == ["event_format"]


def test_asking_about_some_details_says_nothing_of_what_is_asked():
    assert ask_json("كيف أتصل بالمنظمين لمعرفة بعض التفاصيل؟")["ids"] == ["logistics_contact"]


def test_i_have_and_i_received_say_nothing_of_what_is_asked():
    """«فلدي استفسار» (for I have a query) and «توصلت» (I received) are the asking, not its topic."""
    assert ask_json("أرجو إفادتي بطريقة الاتصال بالمنظمين، فلدي استفسار")["ids"] == ["logistics_contact"]


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("who were the partners on the Moroccan side?", ["programme_partners"]),
        ("what did it achieve on the health side?", ["results_health"]),
    ],
)
def test_on_the_side_of_says_nothing_of_what_is_asked(message, expected):
    assert ask_json(message)["ids"] == expected


@pytest.mark.parametrize(
    "message", ["عرف لي الميثاق العالمي من اجل هجرة امنة ومنظمة ونظامية", "ممكن شرح بسيط للاتفاق العالمي؟"]
)
def test_define_or_explain_the_compact_in_arabic_is_the_compact(message):
    assert ask_json(message)["ids"] == ["global_compact"]


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("حتى لاش من ساعة غادي يطول", "logistics_end_time"),  # «حتى لاش»: until what
        ("متى تختتم الجلسة وكم تستغرق مدتها تقريبا؟", "logistics_end_time"),  # «تختتم», «مدتها»
        ("هل يتوفر موقف للسيارات بالقرب من مكان اللقاء؟", "logistics_access"),  # «يتوفر»: is there
        ("المرجو تزويدي بالعنوان الدقيق لمكان انعقاد الجلسة الختامية", "logistics_venue"),  # «تزويدي»: give me
        ("هل تونس من ضمن الدول المستفيدة من البرنامج", "programme_countries"),  # «ضمن», «المستفيدة»
    ],
)
def test_formal_arabic_words_around_the_question_are_read(message, entry_id):
    assert ask_json(message)["ids"] == [entry_id]


@pytest.mark.parametrize(
    ("message", "entry_id"), [("bonjour mon frere", "smalltalk_greeting"), ("merci 3la lma3lomat", "smalltalk_thanks")]
)
def test_a_greeting_or_thanks_with_a_friendly_word_is_still_small_talk(message, entry_id):
    assert ask_json(message)["ids"] == [entry_id]
