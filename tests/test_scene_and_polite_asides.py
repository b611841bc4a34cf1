"""Messages met in the blind sets of issue 7's thirty-ninth round, through `ask --json`: who the sender
is, said before a question on another topic of the same kind of entry, and polite asides around the
question."""

from __future__ import annotations

import pytest

from tests.test_understanding import ask_json


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # the Swiss cooperation is the funder's topic, but IOM's founding is asked
        ("I'm with the Swiss cooperation office. When was IOM founded?", ["about_iom"]),
        ("Je suis de la coopération suisse. Quand l'OIM a-t-elle été fondée ?", ["about_iom"]),
    ],
)
def test_who_the_sender_is_is_not_answered_beside_another_question(message, expected):
    assert ask_json(message)["ids"] == expected


def test_a_question_about_the_senders_own_institution_still_gets_its_answer():
    # "nous" is the Entraide nationale: what the programme did with it is the social results
    asked = "Je travaille à l'Entraide nationale. Qu'est-ce que le programme a fait avec nous ?"
    assert ask_json(asked)["ids"][0] == "results_social"


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        (
            "Forgive my ignorance - what exactly is the GFMD that is mentioned in connection with this programme?",
            "global_gfmd",
        ),
        (
            "Could you kindly let me know the street address of the breakfast? Our driver will need it.",
            "logistics_venue",
        ),
        ("Will there be parking available for diplomatic vehicles at the venue?", "logistics_access"),
        ("Is there a security check at the entrance?", "logistics_access"),
        ("I RSVP'd but entered my name wrongly - can I still modify my reply?", "rsvp_change"),
        ("What are the specific objectives of the joint programme?", "programme_objectives"),
        (
            "cest quoi ce programme integration de la migration dans les strategies nationales de dvlp",
            "programme_overview",
        ),
        ("ya un mail pr joindre l oim a propos du petit dej", "logistics_contact"),
        # "I would like a general overview of the closing session that IOM organises in Rabat"
        ("أود الحصول على نبذة عامة عن الجلسة الختامية التي تنظمها المنظمة الدولية للهجرة بالرباط", "event_overview"),
    ],
)
def test_polite_asides_and_shorthand_leave_the_question(message, expected):
    assert ask_json(message)["ids"] == [expected]


def test_the_aim_of_it_in_darija_is_not_who():
    # «منو» after «الهدف» is "of it", not "who" (the GFMD was answered); «منو» alone is still "who"
    assert ask_json("علاش منظمين هاد الفطور؟ شنو الهدف منو")["ids"] == ["event_overview", "programme_objectives"]
    assert ask_json("منو يمول البرنامج؟")["ids"] == ["programme_funder"]


def test_the_names_of_the_ngos_invited_are_still_declined():
    # ("specific" said nothing, so it was answered with who is invited, not which NGOs by name)
    assert ask_json("Could you please tell me which specific NGOs have been invited?")["ids"] == []


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("still haven't figured out what time I should show up", "logistics_time"),
        ("isn't it in Rabat?", "logistics_venue"),  # "isn't" asks as "is" does
        ("has the venue been announced yet?", "logistics_venue"),
        # "who stands behind this programme and this breakfast?"
        ("شكون اللي واقف ورا هاد البرنامج وهاد الفطور؟", "event_organisers"),
        # "may I confirm the attendance of the delegation's members on their behalf?"
        ("هل يمكنني تأكيد حضور اعضاء الوفد نيابة عنهم؟", "rsvp_colleague"),
        # "Dear Sir or Madam" as letters write it, the other gender in brackets
        ("السيد(ة) المحترم(ة)، تحية طيبة وبعد، ما هو تاريخ اللقاء؟", "event_date"),
    ],
)
def test_everyday_turns_of_phrase_leave_the_question(message, expected):
    assert ask_json(message)["ids"] == [expected]


@pytest.mark.parametrize(
    "message",
    [
        "Il fait un froid de canard à Rabat en ce moment 🥶 bref, faut venir en costume ou pas ?",
        # "it's freezing in Rabat these days 😅 anyway, is formal dress needed?"
        "راه البرد قاتل فالرباط هاد الأيام 😅 المهم، واش خاص لبسة رسمية؟",
    ],
)
def test_a_remark_ended_by_an_emoji_does_not_hide_the_question(message):
    assert ask_json(message)["ids"] == ["logistics_dress_code"]


def test_what_food_is_served_asked_in_darija_is_declined():
    # "what food will they serve?": no entry says what is served (three entries were offered)
    assert ask_json("شنو الماكلة اللي غادي يقدمو؟")["outcome"] == "fallback"


@pytest.mark.parametrize(
    "message",
    [
        # the next Forum, and the minister's name today: no entry says
        "le prochain forum mondial sur la migration et le developpement aura lieu ou",
        "Could you tell me the name of the current Minister Delegate in charge of Moroccans Living Abroad?",
        # "what will be served at the breakfast? are there vegetarian options?": the food, which no entry
        # gives, is what is asked; the first question only leads to it
        "ماذا سيقدم في الافطار؟ هل هناك خيارات للنباتيين؟",
    ],
)
def test_the_next_forum_the_minister_today_and_the_menu_are_declined(message):
    assert ask_json(message)["outcome"] == "fallback"  # not even an entry offered


def test_what_will_be_presented_alone_is_still_the_agenda():
    assert ask_json("ماذا سيقدم في الافطار؟")["ids"] == ["event_agenda"]


@pytest.mark.parametrize(
    "message",
    [
        "hey, when is that migration breakfast thing with UNDP again?",  # the event named loosely
        "فوقاش ديك الفطور ديال الهجرة؟",  # "when is that migration breakfast?"
    ],
)
def test_the_breakfast_named_loosely_is_still_the_breakfast(message):
    assert ask_json(message)["ids"] == ["event_date"]


def test_an_emoji_with_its_variation_selector_ends_a_sentence_too():
    assert ask_json("Il fait froid à Rabat ❤️ bref, faut venir en costume ou pas ?")["ids"] == ["logistics_dress_code"]


def test_or_not_yet_in_darija_leaves_the_question():
    # "is the programme over, or not yet?"
    assert ask_json("واش البرنامج سالا ولا مازال؟")["ids"] == ["programme_dates"]


def test_the_closing_named_alone_is_the_breakfast():
    assert ask_json("La clôture du programme, c'est à quelle heure ?")["ids"] == ["logistics_time"]
    # ... but not the closing of the registrations, of which no entry gives a date
    assert ask_json("La clôture des inscriptions c'est quand ?")["outcome"] == "fallback"


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("Qui finance 💰 le programme ?", ["programme_funder"]),  # an emoji inside a question ends nothing
        ("Le petit-déjeuner ☕️ commence quand ?", ["logistics_time"]),
        ("Qui finance le programme (OIM-PNUD) ?", ["programme_funder"]),  # brackets that are no word's ending
        # the journalist's question is the press's too: who they are is not set aside
        ("Je suis journaliste. Puis-je interviewer les intervenants ?", ["event_press", "event_speakers"]),
        # "will the current minister speak at the breakfast?": the minister's name is not asked
        ("واش الوزير الحالي غادي يهضر فالفطور؟", ["event_speakers"]),
    ],
)
def test_what_the_review_found_keeps_its_reply(message, expected):
    assert ask_json(message)["ids"] == expected
