"""The programme and the event named in full inside a question: "the joint programme of IOM and UNDP",
"le petit-déjeuner du PNUD". The institutions are then part of the name, not a second question about
them. Through `ask --json`, as the console and the bot answer. Phrasings are the tests' own."""

from __future__ import annotations

import pytest

from tests.test_understanding import ask_json


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("who pays for the joint programme of IOM and UNDP?", ["programme_funder"]),
        ("which countries are in the IOM and UNDP joint programme", ["programme_countries"]),
        ("quels pays participent au programme conjoint entre l'OIM et le PNUD ?", ["programme_countries"]),
        (
            "ما هي الدول المشاركة في البرنامج المشترك بين المنظمة الدولية للهجرة و برنامج الأمم المتحدة الإنمائي؟",
            ["programme_countries"],
        ),
    ],
)
def test_the_programme_named_by_its_agencies_is_the_programme(message, expected):
    assert ask_json(message)["ids"] == expected


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("what is the IOM-UNDP programme?", ["programme_overview"]),  # its name is all that is asked
        ("what does UNDP do in the programme?", ["about_undp"]),  # the agency asked about, not its name
        ("what is IOM?", ["about_iom"]),
    ],
)
def test_an_agency_asked_about_is_still_asked_about(message, expected):
    assert ask_json(message)["ids"] == expected


def test_the_breakfast_named_by_its_host_is_the_breakfast():
    assert ask_json("c quand le petit dej du pnud")["ids"] == ["event_date"]


def test_and_written_on_the_first_word_of_a_name_still_reads_the_name():
    # «وبرنامج الأمم المتحدة الإنمائي»: "and the United Nations Development Programme", without a space
    message = "من يمول البرنامج المشترك بين المنظمة الدولية للهجرة وبرنامج الأمم المتحدة الإنمائي؟"
    assert ask_json(message)["ids"] == ["programme_funder"]


def test_a_noun_with_the_article_is_not_read_as_a_verb_in_the_future():
    # «السيارات» (the cars) is not «س» + a verb: a question about the cars is about coming by car
    assert ask_json("السلام عليكم، واش كاين فين نوقفو السيارات؟")["ids"] == ["logistics_access"]


def test_a_country_said_before_the_question_is_where_it_asks_not_a_question_of_its_own():
    # the programme's results are Morocco's alone: "in Serbia" is not answered with the list of countries
    assert ask_json("et en Serbie, quels résultats ?")["ids"] == []


@pytest.mark.parametrize(
    "message",
    [
        "Does IOM help people get work permits? How long does it take?",
        "Est-ce que l'OIM aide à obtenir un titre de séjour ? Ça prend combien de temps ?",
    ],
)
def test_when_or_how_long_after_a_declined_question_asks_it_of_that(message):
    # "how long does it take" is the permit's delay, not the breakfast's length
    assert ask_json(message)["ids"] == []


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("Tell me about the Entraide thingy? Also what should I wear?", ["logistics_dress_code"]),  # its own topic
        ("Je suis journaliste à Fès. C'est à quelle heure ?", ["logistics_time"]),  # after a statement
    ],
)
def test_a_question_after_a_declined_one_still_stands_when_it_is_its_own(message, expected):
    assert ask_json(message)["ids"] == expected


@pytest.mark.parametrize(
    "message",
    [
        "هل علاج المهاجرين مجاني في المستشفيات؟",  # free care: one person's case, not the health plan
        "كيف أطلب اللجوء في المغرب؟ وأين أذهب؟",  # where to go for asylum, not the breakfast's venue
    ],
)
def test_free_care_and_asylum_are_personal_cases_and_a_question_after_them_asks_of_them(message):
    assert ask_json(message)["ids"] == []


@pytest.mark.parametrize(
    "message",
    ["les soins sont gratuits pour les migrants à l'hôpital ?", "how do I apply for asylum in Morocco? where do I go?"],
)
def test_free_care_and_asylum_are_personal_cases_in_french_and_english_too(message):
    assert ask_json(message)["ids"] == []
