"""Questions of the thirty-third round's development sets, written here in other words (issue 7):
Latin-letter Darija greetings and words typed with the article attached ("marhba", "loim", "lpetit
dejeuner", "f lmaghrib"), "btw" and "could you clarify", the programme's years named in the question,
"who is coming" and "who is it open to" (the guests, not the press), «بالتحديد» (precisely), and the
minister's own phone or email, which nobody has announced; who made the assistant and what it can help
with; the wish to come, which asks how to confirm; and the kinds of organisations invited (the guests),
beside their list by name (not announced); "after health," as the frame of the question after it;
"the IOM-UNDP breakfast" as the breakfast; "and how is it linked to the programme?" after a topic not
covered, declined with it."""

from __future__ import annotations

import pytest

from tests.test_understanding import ask_json


@pytest.mark.parametrize(
    ("message", "lang", "entry_ids"),
    [
        # Darija in Latin letters: a greeting, the article typed onto the word
        ("marhba, chno homa l bouldan dyal had lprogramme", "ar", ["programme_countries"]),
        ("شكون منظم lpetit dejeuner؟", "ar", ["event_organisers"]),
        ("c quoi les réalisations du programme f lmaghrib", "fr", ["results_morocco"]),
        ("loim c quoi exactement", "fr", ["about_iom"]),
        # words that say how one asks, not what
        ("what's IOM btw", "en", ["about_iom"]),
        ("could you clarify what the GFMD is?", "en", ["global_gfmd"]),
        ("في أي يوم بالتحديد سينظم الفطور؟", "ar", ["event_date"]),
        ("شنو دار البرنامج ف الصحة بالتحديد؟", "ar", ["results_health"]),
        # the programme's own years, named in the question, are what its dates answer
        ("combien de temps a duré le programme, de 2014 à 2018 ?", "fr", ["programme_dates"]),
        ("how long did the programme run, 2014 to 2018?", "en", ["programme_dates"]),
        # ... and what came after them is still not something the assistant says
        ("المرحلة الثانية سالات ف 2018، ومن بعد شنو وقع؟", "ar", []),
        # who is coming, who it is open to: the guests (the press is one question among them)
        ("qui va venir au petit-déjeuner ?", "fr", ["event_attendees"]),
        ("c'est ouvert à qui ?", "fr", ["event_attendees"]),
        ("who is it open to?", "en", ["event_attendees"]),
        # which ministry: the partner ministry, in Arabic as in English and French
        ("اشمن وزارة؟", "ar", ["about_mdcmream"]),
        # the way in
        ("is there a specific entrance?", "en", ["logistics_access"]),
        # the minister's own phone or email: not the organisers' contact, and not announced
        ("عطيني الايميل ديال الوزير عافاك", "ar", []),
        ("what is the minister's email?", "en", []),
        ("vous avez le numéro du ministre ?", "fr", []),
        # who made the assistant, what it can help with: the assistant itself, not UNDP's founding or the press
        ("Et toi, qui t'a créé ?", "fr", ["smalltalk_about_bot"]),
        ("شنو تقدر تعاوني فيه؟", "ar", ["smalltalk_about_bot"]),
        ("على ماذا يمكنك أن تجيب؟", "ar", ["smalltalk_about_bot"]),
        # the wish to come, then "how": how to confirm, not the way there
        ("I'd like to come. How do I tell you?", "en", ["rsvp_how"]),
        ("j'aimerais venir, comment je fais ?", "fr", ["rsvp_how"]),
        ("I want to come, what do I do?", "en", ["rsvp_how"]),
        # ... and with a colleague, still the colleague's question
        ("I want to come with my colleague, can I?", "en", ["rsvp_colleague"]),
        # the kinds of organisations invited are the guests; their list, by name, is not announced
        ("what kinds of organisations are invited?", "en", ["event_attendees"]),
        ("what kind of organisations will be there?", "en", ["event_attendees"]),
        ("can you send me the list of associations that are coming?", "en", []),
        ("vous pouvez m'envoyer la liste des associations invitées ?", "fr", []),
        ("عطيني الاسماء ديال الجمعيات اللي غادي تحضر", "ar", []),
        ("les associations sont invitées ?", "fr", ["event_attendees"]),
        # "after health," frames the question after it: not a question about health of its own
        ("après la santé, le programme s'est élargi à quoi ?", "fr", ["results_social"]),
        ("من بعد الصحة، البرنامج توسع لاشمن قطاع؟", "ar", ["results_social"]),
        # who holds the breakfast, said before it in English, is its name: the breakfast is asked about
        ("what time is the IOM UNDP event?", "en", ["logistics_time"]),
        ("who is speaking at the UNDP breakfast?", "en", ["event_speakers"]),
        ("who funds the IOM UNDP programme?", "en", ["programme_funder"]),
        # its link with the programme, after a topic no entry covers, asks of that topic: declined with it
        ("ما هي المبادرة الوطنية للتنمية البشرية وما علاقتها بالبرنامج؟", "ar", []),
        ("what is the national strategy on immigration and asylum, and how is it linked to the programme?", "en", []),
        # ... while a question of the programme's own after it is answered
        ("is there a phase 3? and when does the programme end?", "en", ["programme_dates"]),
    ],
)
def test_the_question_is_answered_from_its_entry(message: str, lang: str, entry_ids: list[str]) -> None:
    assert ask_json(message, "--lang", lang)["ids"] == entry_ids
