"""A message's parts read together: an hour at the end of a sentence is a time, not a number the answer
lacks; "and when?" after a question on something that is neither the event nor the programme asks it of
that; a budget asked after a sentence about a plan is that plan's budget, which no entry gives; and a
ministry is one word in every language (issue 7)."""

from __future__ import annotations

import pytest

from tests.test_understanding import ask_json


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("ch7al ghadi ytwel had petit dej, 3ndi rdv f 12", ["logistics_end_time"]),
        ("كم يدوم الفطور، عندي موعد في 12", ["logistics_end_time"]),
        ("Combien de temps dure le petit-déjeuner ? J'ai un rendez-vous à 11.", ["logistics_end_time"]),
    ],
)
def test_an_hour_that_ends_a_sentence_is_the_senders_own_time(message, expected):
    # the length asked, not declined because the answer never names "12"
    assert ask_json(message)["ids"] == expected


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("فوقاش كيسالي اللقاء باش نرجع للخدمة فالوقت", ["logistics_end_time"]),  # to be back at work on time
        (
            "Il y a un code vestimentaire pour le petit-déjeuner ? Et ça se termine à quelle heure, je dois "
            "rentrer au bureau l'après-midi",
            ["logistics_dress_code", "logistics_end_time"],
        ),
    ],
)
def test_getting_back_to_work_says_why_one_asks_when_it_ends(message, expected):
    # (the afternoon named after it may add the start time: a time of day, said)
    assert ask_json(message)["ids"][: len(expected)] == expected


def test_a_number_inside_a_question_still_asks_about_something_else():
    assert ask_json("Quels étaient les résultats de la phase 3 ?")["ids"] == []


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # who approved a plan, and on what date: neither is given, and the date is not the breakfast's
        ("من صادق على مخطط الصحة والهجرة وفي اي تاريخ بالضبط؟", []),
        ("ما هو مخطط الصحة والهجرة وفي اي تاريخ بالضبط؟", ["results_health"]),
        ("What was the aim of it all, and when did it wrap up?", ["programme_objectives", "programme_dates"]),
    ],
)
def test_and_when_after_a_question_on_something_else_than_the_event(message, expected):
    assert ask_json(message)["ids"] == expected


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("What time does it start, and where is it?", ["logistics_time", "logistics_venue"]),
        ("فوقاش كيبدا وفوقاش كيسالي؟", ["logistics_time", "logistics_end_time"]),
        ("Who are the speakers? And when does it finish?", ["event_speakers", "logistics_end_time"]),
    ],
)
def test_and_when_after_a_question_on_the_event_is_still_the_events(message, expected):
    assert ask_json(message)["ids"] == expected


@pytest.mark.parametrize(
    "message",
    [
        "Bonjour, j'ai lu le communiqué sur le Plan Stratégique National Santé et Immigration 2017-2021. "
        "Quel est son budget ?",
        "السلام عليكم، قرأت البلاغ حول المخطط الاستراتيجي الوطني للصحة والهجرة 2017-2021. كم هي ميزانيته؟",
    ],
)
def test_a_budget_asked_after_a_sentence_about_a_plan_is_declined(message):
    # the sentence asks nothing; answered on its own, it would stand in for the budget no entry gives
    assert ask_json(message)["ids"] == []


def test_a_question_on_the_plan_then_its_cost_still_answers_the_plan():
    message = "Tell me about the Health and Immigration plan - and how much did it cost?"
    assert ask_json(message)["ids"] == ["results_health"]


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("مع اي وزارة اشتغل البرنامج في قيرغيزستان؟", []),  # a partner in Kyrgyzstan: not the list of countries
        ("MDCMREAM chno had lkelma twila? wizara dyal ach?", ["about_mdcmream"]),
        ("شنو هي هاد الوزارة اللي سميتها MDCMREAM؟", ["about_mdcmream"]),
        ("lwizara dyal MRE chno dorha f had programme", ["about_mdcmream"]),  # the ministry's role
        ("Bonjour, je suis consultant. Y a-t-il des appels d'offres au ministère chargé des MRE ?", []),
    ],
)
def test_a_ministry_in_every_language(message, expected):
    assert ask_json(message)["ids"] == expected


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("PNUD chno kaydir bdbt", ["about_undp"]),  # what does it do, exactly
        ("wach dzayer ta hiya m3akom f programme?", ["programme_countries"]),  # Algeria too, with you?
        ("chno kadir nta?", ["smalltalk_about_bot"]),  # what do you do
        ("le pacte mondial sur les migrations ach kay3ni", ["global_compact"]),  # what does it mean
        ("chhal damet lmar7ala tanya dyal programme", ["programme_dates"]),  # how long it lasted
        ("kayn plan sante w immigration jdid mn b3d 2021?", []),  # a new plan after 2021: after the event,
    ],
)
def test_darija_in_latin_letters_for_what_one_does(message, expected):
    assert ask_json(message)["ids"] == expected


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # a deadline no entry gives: "and what is it?" is asked of it, not of the bot
        ("هل حُدِّد أجلٌ نهائي لتأكيد الحضور، وما هو؟", []),
        ("Y a-t-il une date limite pour répondre, et c'est quoi ?", []),
        # answered: the same answer, once
        ("هل هناك قواعد للباس؟ وما هي؟", ["logistics_dress_code"]),
        ("Is there a dress code? What is it?", ["logistics_dress_code"]),
    ],
)
def test_what_is_it_after_a_question_asks_what_that_question_asked(message, expected):
    assert ask_json(message)["ids"] == expected


@pytest.mark.parametrize(
    "message",
    [
        "لماذا امتدت المرحلة الثانية على اربع سنوات كاملة؟",
        "pourquoi la phase 2 a duré 4 ans",
        "Why did phase two last four years?",
    ],
)
def test_why_it_lasted_so_long_is_not_answered_by_its_dates(message):
    # a reason no entry gives; the dates may be offered, never given as the answer
    assert ask_json(message)["ids"] == []


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # hours written out: at an hour, a time of day; a number of hours, a length guessed
        ("ça commence à 9 heures ?", ["logistics_time"]),
        ("ça dure 2 heures ?", ["logistics_end_time"]),
        ("ch7al ghadi ydom l'evenement, 2 swaye3?", ["logistics_end_time"]),
        ("واش الفطور كيدوم 3 ساعات؟", ["logistics_end_time"]),
        # the hour of one's own meeting, whatever follows it
        ("عندي اجتماع مع 12 واش نلحق ولا اللقاء غادي يطول", ["logistics_end_time"]),
        ("هل ستعرض نتائج البرنامج خلال اللقاء الختامي", ["event_agenda"]),
    ],
)
def test_hours_written_out_and_the_hour_of_ones_own_meeting(message, expected):
    assert ask_json(message)["ids"] == expected
