"""Two questions typed in one breath, with no mark and no "and" between them (issue 7, thirtieth
round): each gets its own answer, in the order asked. Written here in other words than the blind
development sets that showed them. Through `ask --json`."""

from __future__ import annotations

import pytest

from tests.test_understanding import ask_json


@pytest.mark.parametrize(
    ("message", "lang", "entry_ids"),
    [
        ("le petit déjeuner c'est où ça commence à quelle heure", "fr", ["logistics_venue", "logistics_time"]),
        ("where is the breakfast held what time does it start", "en", ["logistics_venue", "logistics_time"]),
        ("who funds the programme which countries take part", "en", ["programme_funder", "programme_countries"]),
        ("qui finance le programme quels sont ses objectifs", "fr", ["programme_funder", "programme_objectives"]),
        ("شكون اللي كيمول البرنامج فين غادي يكون الفطور", "ar", ["programme_funder", "logistics_venue"]),
        ("متى ينتهي الفطور كيف أؤكد حضوري", "ar", ["logistics_end_time", "rsvp_how"]),
        ("fin ghadi ykoun lftour imta kaybda", "fr", ["logistics_venue", "logistics_time"]),
        ("qui sont les partenaires quand a commencé la phase deux", "fr", ["programme_partners", "programme_dates"]),
        # a yes-or-no question after the first, Arabic "what are" and Darija question words inside the run
        ("when does it finish is there a dress code", "en", ["logistics_end_time", "logistics_dress_code"]),
        ("chno nlbs wach kayn parking", "fr", ["logistics_dress_code", "logistics_access"]),
        # a mark at the very end closes the second question
        ("le petit déjeuner c'est où ça commence à quelle heure ?", "fr", ["logistics_venue", "logistics_time"]),
        ("شكون اللي منظم الفطور ما هي أهداف البرنامج", "ar", ["event_organisers", "programme_objectives"]),
        ("fin kayn lftour chkon li ghadi yhder", "fr", ["logistics_venue", "event_speakers"]),
        # the second asks of the first's subject without naming it: the start, then the end (thirty-third round)
        ("ça commence à quelle heure ça finit quand", "fr", ["logistics_time", "logistics_end_time"]),
        ("الفطور كيبدا فوقاش كيسالي فوقاش", "ar", ["logistics_time", "logistics_end_time"]),
    ],
)
def test_two_questions_in_one_breath_get_both_answers(message, lang, entry_ids):
    assert ask_json(message, "--lang", lang)["ids"] == entry_ids


@pytest.mark.parametrize(
    ("message", "lang", "entry_ids"),
    [
        # one question whose words include a second question word
        ("what time does it finish", "en", ["logistics_end_time"]),
        ("which ministry is a partner of the programme", "en", ["programme_partners"]),
        ("how do I register when I am a journalist", "en", ["event_press"]),
        # a relative pronoun, French "fin" (the end), a preposition carrying the question on
        ("quelle est la ville où aura lieu le petit déjeuner", "fr", ["logistics_venue"]),
        ("quels sont les pays qui participent au programme", "fr", ["programme_countries"]),
        ("who is the agency which funds the programme", "en", ["programme_funder"]),
        ("la fin du programme c'est quand", "fr", ["programme_dates"]),
        ("à quelle heure prend fin le petit-déjeuner", "fr", ["logistics_end_time"]),
        ("من اي تاريخ الى اي تاريخ امتدت المرحلة الثانية", "ar", ["programme_dates"]),
        # a choice between two answers is one question
        ("واش الفطور نهار الجمعة ولا السبت", "ar", ["event_date"]),
        # ... and a question of the programme's start and end is one, the programme's dates
        ("البرنامج بدا امتى سالا امتى", "ar", ["programme_dates"]),
        ("le programme a commencé quand il finit quand", "fr", ["programme_dates"]),
        # a question word is not cut from its noun: "what | time to what time" is no question about the format
        ("the breakfast is from what time to what time?", "en", ["logistics_end_time"]),
        ("breakfast runs from what time to what time", "en", ["logistics_end_time"]),
    ],
)
def test_one_question_is_not_cut_in_two(message, lang, entry_ids):
    assert ask_json(message, "--lang", lang)["ids"] == entry_ids


@pytest.mark.parametrize(
    ("message", "lang"),
    [
        ("what results did the programme get in Tunisia", "en"),
        ("comment le maroc a choisi quels secteurs", "fr"),
        ("how many migrants live in Morocco where do they work", "en"),
        ("when is phase three which countries", "en"),
        ("qui contacter quand on a une question", "fr"),
        ("how can I register when I'm not on Telegram", "en"),
    ],
)
def test_an_out_of_scope_run_is_not_answered_in_pieces(message, lang):
    assert ask_json(message, "--lang", lang)["ids"] == []
