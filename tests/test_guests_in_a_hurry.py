"""Questions of the thirty-first round's development sets, written here in other words (issue 7), and
the messages its review found the first versions of the round's changes broke:
"tomorrow" named in passing, "w" for "with" in English shorthand, a manager brought along, data erased,
«ça consiste en quoi», "jfais", "yrs", whom to call when lost, "still" in Darija, thanks for everything;
what the journey costs is declined."""

from __future__ import annotations

import pytest

from tests.test_understanding import ask_json


@pytest.mark.parametrize(
    ("message", "lang", "entry_ids"),
    [
        # "tomorrow", written the day before, is the event's day named in passing
        ("what should I wear for tomorrow", "en", ["logistics_dress_code"]),
        ("qui sera là demain ?", "fr", ["event_attendees"]),
        ("who's coming tomorrow", "en", ["event_attendees"]),
        # ... and still asks the date when it is all there is, or beside the day after
        ("is it tomorrow?", "en", ["event_date"]),
        ("c'est demain ou après-demain le petit dej ?", "fr", ["event_date"]),
        ("ghda fin?", "ar", ["logistics_venue"]),  # "ghda" shows Darija: "fin" is "where", not the end
        # "w" is "with" in English shorthand: no list to split there
        ("wat was done w the entraide nationale?", "en", ["results_social"]),
        # ... and "and" before anything else, as Moroccans type it in French and English too
        ("l'adresse w l'heure ?", "fr", ["logistics_venue", "logistics_time"]),
        ("time w place?", "en", ["logistics_time", "logistics_venue"]),
        # a manager asking through someone is no colleague brought along
        ("my director wants to know who funds the programme", "en", ["programme_funder"]),
        ("mon supérieur voudrait savoir à quelle heure ça commence", "fr", ["logistics_time"]),
        # a hurry said before the question cancels nothing
        ("ما عنديش الوقت، شحال الساعة كيبدا؟", "ar", ["logistics_time"]),
        ("chno lwe9t dyal lftour?", "ar", ["logistics_time"]),
        # a weekday after "il" asks of the programme still
        ("Le programme a commencé quand ? Et il se termine quand, vendredi ?", "fr", ["programme_dates"]),
        ("can I bring my manager along?", "en", ["rsvp_colleague"]),
        ("how do I erase my data", "en", ["rsvp_change"]),
        ("le Pacte mondial, en quoi consiste-t-il ?", "fr", ["global_compact"]),
        ("jfais comment pour m'inscrire", "fr", ["rsvp_how"]),
        ("how many yrs did the programme last", "en", ["programme_dates"]),
        ("si je trouve pas la salle je contacte qui ?", "fr", ["logistics_contact"]),
        ("مع من نتواصل الا ما لقيتش البلاصة؟", "ar", ["logistics_contact"]),
        ("wach mazal n9der nsjjel?", "ar", ["rsvp_how"]),
        ("chokran 3la kolchi", "ar", ["smalltalk_thanks"]),
        ("thanks for everything", "en", ["smalltalk_thanks"]),
        # a subject asked for ("can you tell me about"), then a remark: the subject is what is asked
        ("Can you tell me about UNDP? Big agency, no idea what it does here.", "en", ["about_undp"]),
        ("How do I check my RSVP went through?", "en", ["rsvp_change"]),
        ("some background on the programme before I go in please", "en", ["programme_overview"]),
        # "is that the same thing?" asks what it is; «مولو» is «موله», "funded it"
        ("and the Global Compact, is that the same thing?", "en", ["global_compact"]),
        ("et le PNUD, c'est la même chose que l'OIM ?", "fr", ["about_undp", "about_iom"]),
        ("البرنامج شكون مولو؟", "ar", ["programme_funder"]),
        # a later question naming the event's day is about the event, not the programme asked before it
        (
            "Which countries took part in the programme? And what will be presented tomorrow?",
            "en",
            ["programme_countries", "event_agenda"],
        ),
        # ... and one naming nothing is still about the subject before it
        (
            "What are the programme's objectives? And when did it start?",
            "en",
            ["programme_objectives", "programme_dates"],
        ),
        ("can I send my colleague instead?", "en", ["rsvp_colleague"]),
        # who the sender is, then the question in the same sentence: the question is kept, though the
        # next one (the amount) is declined
        (
            "انا صحفية وكنوجد روبورتاج على التعاون الدولي، شكون مول هاد البرنامج وشحال من فلوس عطاو",
            "ar",
            ["programme_funder"],
        ),
        # a lead-in ending with a colon, then the question
        (
            "Je prépare une note interne et il me manque un point : qui a financé la deuxième phase ?",
            "fr",
            ["programme_funder"],
        ),
        ("شكون اللي كينفذو هاد البرنامج فالمغرب؟", "ar", ["programme_partners"]),
        ("yallah safi, nharek mbrouk", "ar", ["smalltalk_goodbye"]),
        ("ma3ndich lwe9t nji, bghit nbeddel jawab", "ar", ["rsvp_change"]),
        ("ممكن تشرح ليا بكلام ساهل شنو هو الميثاق العالمي؟", "ar", ["global_compact"]),
        ("كيف اأكد حضوري للفطور؟", "ar", ["rsvp_how"]),  # a hamza typed after its alif
        ("I want to sign up, what must I do?", "en", ["rsvp_how"]),
        ("je peux revoir ce que j'ai répondu ?", "fr", ["rsvp_change"]),
        ("le programme en deux lignes svp", "fr", ["programme_overview"]),
        ("c'est quoi le PNUD, je confonds les deux avec l'OIM", "fr", ["about_undp", "about_iom"]),
    ],
)
def test_each_gets_its_answer(message, lang, entry_ids):
    assert ask_json(message, "--lang", lang)["ids"] == entry_ids


def test_a_bare_subject_before_a_question_nothing_answers_is_still_set_aside():
    # no request before it: "Et le PNUD ?" only sets the scene of the internships, which are declined
    assert ask_json("Et le PNUD ? Ils prennent des stagiaires ?", "--lang", "fr")["ids"] == []


def test_latin_darija_still_splits_at_its_and():
    assert ask_json("fin kayn lftour w fo9ach kaybda?", "--lang", "ar")["ids"] == ["logistics_venue", "logistics_time"]


@pytest.mark.parametrize(
    ("message", "lang"),
    [
        ("are travel expenses reimbursed?", "en"),
        ("how much is a taxi from the station to the venue", "en"),
        ("شحال ثمن الطاكسي من المحطة؟", "ar"),
        ("le per diem est prévu ?", "fr"),
        ("is this breakfast the same as last year's event?", "en"),
        ("واش مازال هاد البرنامج كاين حتى اليوم؟", "ar"),
        # a lead-in before a colon that names its own subject: the question is asked of it
        ("I lost my passport: where should I go?", "en"),
        ("My son's school: where is it?", "en"),
        ("The Marrakech conference: where was it?", "en"),
        ("مازال كيتوجد ولا تسالا؟", "ar"),
        ("what's yr phone number?", "en"),
    ],
)
def test_what_no_entry_answers_is_declined(message, lang):
    reply = ask_json(message, "--lang", lang)
    assert reply["ids"] == [] and reply["outcome"] == "fallback"


def test_a_lead_in_naming_another_phase_gives_no_answer_of_this_one():
    assert ask_json("La phase 1 : quels résultats ?", "--lang", "fr")["ids"] == []
