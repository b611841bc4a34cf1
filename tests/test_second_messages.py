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
        # the review's messages: after a declined question, what the programme or the breakfast is, asked
        # plainly, is answered; a frame of time before a list leaves the list whole; the partners' names
        # are given; the breakfast's year and weekday are its date
        ("who is the minister? and what is the programme?", "en", ["programme_overview"]),
        ("c'est quoi la SNIA ? et le programme, c'est quoi ?", "fr", ["programme_overview"]),
        ("شكون هو الوزير؟ وشنو هو البرنامج؟", "ar", ["programme_overview"]),
        ("Is there a live stream? And the breakfast, what is it?", "en", ["event_overview"]),
        ("after the breakfast, the venue and the end time?", "en", ["logistics_venue", "logistics_end_time"]),
        ("بعد الفطور، العنوان واللباس", "ar", ["logistics_venue", "logistics_dress_code"]),
        ("names of the organisations behind the programme", "en", ["programme_partners"]),
        ("breakfast 2018 date", "en", ["event_date"]),
        ("la date du petit déjeuner 2018", "fr", ["event_date"]),
        ("is the iom breakfast on friday or saturday?", "en", ["event_date"]),
        ("le petit-déjeuner c'est samedi ?", "fr", ["event_date"]),
    ],
)
def test_the_question_is_answered_from_its_entry(message: str, lang: str, entry_ids: list[str]) -> None:
    assert ask_json(message, "--lang", lang)["ids"] == entry_ids


@pytest.mark.parametrize(
    ("message", "lang", "not_this"),
    [
        # a time to go in is not the way in; the wish to come, then "but", is no confirmation
        ("à quelle heure peut-on entrer dans la salle ?", "fr", "logistics_access"),
        ("I'd love to come but I have another meeting", "en", "rsvp_how"),
    ],
)
def test_the_review_s_messages_do_not_get_this_answer(message: str, lang: str, not_this: str) -> None:
    assert not_this not in ask_json(message, "--lang", lang)["ids"]
