"""Ways of asking from blind development sets (issue 7, twenty-ninth round), each written here in other
words than the set's: a question forwarded for a colleague, a request joined by "and could you", a
summary asked for, Darija's «nhar» (day) and «باغيين يوصلو» (what they want to reach). Through
`ask --json`, as the console and the bot answer. The declined cases are near misses that stay declined."""

from __future__ import annotations

import pytest

from tests.test_understanding import ask_json


@pytest.mark.parametrize(
    ("message", "lang", "entry_ids"),
    [
        # a request after "and could you" / "and would you" is a question of its own
        (
            "I'd like to confirm my attendance, and could you also tell me when it ends?",
            "en",
            ["rsvp_how", "logistics_end_time"],
        ),
        # who forwards the question is not what is asked
        ("je transfère la question de ma collègue : qui finance le programme ?", "fr", ["programme_funder"]),
        ("forwarding a question from a colleague: which countries take part?", "en", ["programme_countries"]),
        ("a colleague asked me to check whether he can come too", "en", ["rsvp_colleague"]),
        ("quick summary of the programme please, I am new to this file", "en", ["programme_overview"]),
        ("شنو باغيين يوصلو بهاد البرنامج", "ar", ["programme_objectives"]),
        ("quelle tenue est de rigueur pour le petit-déjeuner ?", "fr", ["logistics_dress_code"]),
        # Darija in Latin letters: «nhar» is a day, «nhar l9a» the day of the meeting, «nchofkom» goodbye
        ("lftour nhar 26?", "fr", ["event_date"]),
        ("chno ghadi ydiro nhar l9a", "fr", ["event_agenda"]),
        ("ok bslama nchofkom", "fr", ["smalltalk_goodbye"]),
        # a sender's own role before "and would like to know": the question after it is answered
        ("I'm a journalist and would like to know the venue", "en", ["logistics_venue"]),
        ("I'm a journalist and would like to attend", "en", ["event_press"]),  # "and would like": no request
        # neighbours that keep their answers
        ("I'd like to register, and could you tell me where it is?", "en", ["rsvp_how", "logistics_venue"]),
        ("what is the time and could I bring a colleague?", "en", ["logistics_time", "rsvp_colleague"]),
        ("ما هي الجهات المنظمة لحفل الاختتام", "ar", ["event_organisers"]),
        ("ما هو ترتيب فقرات اللقاء ومن هم المتدخلون", "ar", ["event_speakers"]),
        ("what are the objectives of the programme?", "en", ["programme_objectives"]),
    ],
)
def test_a_way_of_asking_gets_its_answer(message, lang, entry_ids):
    assert ask_json(message, "--lang", lang)["ids"] == entry_ids


@pytest.mark.parametrize(
    ("message", "lang"),
    [
        # the health plan's main axes: the release names the plan, not its axes
        ("ما هي المحاور الرئيسية للمخطط الوطني للصحة والهجرة", "ar"),
        ("what are the main axes of the health plan?", "en"),
        # where the Compact will be adopted: after the event, and no entry says
        ("where will the global compact be adopted?", "en"),
    ],
)
def test_a_near_miss_stays_declined(message, lang):
    assert ask_json(message, "--lang", lang)["outcome"] == "fallback"  # nothing offered either
