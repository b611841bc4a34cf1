"""Near misses that name something the knowledge base does not cover (issue 7): another country, a
budget, "phase 1". Through `ask --json`, as the console and the bot answer."""

from __future__ import annotations

import pytest

from bot.lexicon import CONCEPT_MARK, build_lexicon, phrase
from tests.test_understanding import ask_json


def test_a_names_section_reads_every_language_as_one_name():
    problems: list[str] = []
    lexicon = build_lexicon(
        {"names": {"tunisia": {"fr": ["Tunisie"], "en": ["Tunisia"], "ar": ["تونس"], "darija": ["tounes"]}}},
        lambda line, where, message: problems.append(message),
    )
    assert problems == []
    assert lexicon.names == {CONCEPT_MARK + "tunisia"}
    assert {lexicon.table("concepts", False)[phrase(word)] for word in ("Tunisie", "tunisia", "تونس")} == lexicon.names
    assert lexicon.kinds == frozenset()  # a name is not a kind of question


@pytest.mark.parametrize(
    "message",
    [
        "Est-ce que les objectifs ont été atteints en Moldavie ?",
        "what's the health plan in jamaica under the programme?",
        "ما هي نتائج البرنامج في تونس؟",  # the list of countries names Tunisia, but says nothing of results
        "Quel est le budget de la phase 2 pour la Tunisie ?",
        "What did the programme do in Serbia?",  # what it did there, not whether Serbia took part
    ],
)
def test_a_country_the_answer_does_not_name_is_not_answered(message):
    """Morocco's objectives, health plan or results are not Moldova's, Jamaica's or Tunisia's."""
    assert ask_json(message)["ids"] == []


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("هل تونس مشاركة في البرنامج؟", "programme_countries"),
        ("is Kyrgyzstan one of the countries?", "programme_countries"),
        ("la Serbie participe au programme ?", "programme_countries"),
    ],
)
def test_a_country_the_answer_names_still_gets_it(message, entry_id):
    assert ask_json(message)["ids"] == [entry_id]


@pytest.mark.parametrize(
    "message",
    [
        "what's the budget of the health and immigration plan 2017-2021?",
        "Quel est le budget total du programme Migration Mainstreaming au Maroc ?",
        "ما هي ميزانية الخطة الوطنية للصحة والهجرة؟",
        "Quel est le montant de la contribution suisse ?",  # an amount, not who gave it
    ],
)
def test_a_budget_is_an_amount_no_answer_gives(message):
    """Who funds the programme is not how much it cost: no amount was announced."""
    assert ask_json(message)["ids"] == []


def test_who_funds_it_is_still_answered():
    assert ask_json("who funds the programme?")["ids"] == ["programme_funder"]
    assert ask_json("شكون اللي كيمول البرنامج؟")["ids"] == ["programme_funder"]


@pytest.mark.parametrize(
    "message",
    [
        "is there going to be a phase 3? when does it start?",
        "Et la phase 1, elle a duré combien de temps ? C'était quels pays ?",
        "was there a closing session for phase 1 too? what happened there?",
    ],
)
def test_questions_about_another_phase_are_declined_together(message):
    """The later questions are about the phase the first one named, which no entry covers: never the
    breakfast's start, the countries of phase 2 or the closing session's agenda."""
    assert ask_json(message)["ids"] == []


@pytest.mark.parametrize(
    "message",
    [
        "Y aura-t-il une phase 3 ? elle commence quand et avec quels pays ?",
        "واش غادي تكون شي مرحلة ثالثة؟ فوقاش غادي تبدا؟ وشمن دول فيها؟",
    ],
)
def test_every_question_after_one_leaning_on_another_phase_leans_on_it_too(message):
    """ "which countries" comes after "when does it start", which leaned on phase 3: it is about phase 3
    as well, not the countries of phase 2."""
    assert ask_json(message)["ids"] == []


def test_a_question_naming_its_own_subject_after_such_a_chain_is_answered():
    message = "will there be a phase 3? when would it begin? and where is the breakfast?"
    assert ask_json(message)["ids"] == ["logistics_venue"]


@pytest.mark.parametrize(
    "message",
    [
        "How many people were treated under the national health and immigration plan? Is there a number?",
        "combien de migrants ont bénéficié du plan stratégique santé et immigration ? vous avez les chiffres ?",
        "كم عدد المهاجرين الذين استفادوا من المخطط الاستراتيجي الوطني للصحة والهجرة؟ هل لديكم رقم؟",
    ],
)
def test_asking_again_for_a_figure_no_entry_gives_does_not_settle_on_the_entry_offered(message):
    """The health plan's entry gives no count of people: asking for "a figure" after "how many" asks the
    same thing again, and still gets no answer from it."""
    assert ask_json(message)["ids"] == []


def test_a_figure_asked_after_a_count_the_entry_gives_is_answered():
    assert ask_json("how many countries are in the programme? any figure?")["ids"] == ["programme_countries"]


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("Is Moldova part of phase 2?", ["programme_countries"]),
        ("quels pays participent à la phase 2 ?", ["programme_countries"]),
        ("which countries are in phase 2?", ["programme_countries"]),
        ("ما هي البلدان المشاركة في المرحلة الثانية؟", ["programme_countries"]),
        ("phase 2 c'est quand ?", ["programme_dates"]),
        ("when did phase II end?", ["programme_dates"]),
    ],
)
def test_phase_2_is_the_programmes_own_phase_not_another_number(message, expected):
    """ "phase 2" is the "second phase" most entries speak of in words: not a number the countries'
    entry never names, which left the question to the entries that spell "phase 2" in digits."""
    assert ask_json(message)["ids"] == expected


@pytest.mark.parametrize(
    "message",
    [
        "Is there a workshop in Oujda next month? How do I register?",
        "Il y a un atelier de l'OIM à Tanger ? Je peux m'inscrire comment ?",
        "واش كاين شي ورشة ديال المنظمة فطنجة؟ كيفاش نسجل؟",
        # a service asked about, which no entry comes near: registering is for it, not the breakfast
        "L'OIM organise-t-elle des cours de langue pour les migrants ? Comment s'inscrire ?",
        "Does IOM run language classes for migrants? How do I sign up?",
        "واش المنظمة كتنظم دروس اللغة للمهاجرين؟ كيفاش نسجل؟",
    ],
)
def test_registering_for_or_paying_for_another_occasion_is_declined_with_it(message):
    """Registering, attending or paying, with nothing named, is for the occasion the declined question
    named: never the breakfast's RSVP."""
    assert ask_json(message)["ids"] == []


@pytest.mark.parametrize(
    "message",
    [
        "who is the UN secretary general? how do I register?",  # no other occasion named: the breakfast's
        "Je suis étudiant à Fès. Comment s'inscrire ?",  # who the sender is, not what to register for
        "Quelle heure est-il à New York ? Comment s'inscrire ?",
        "Is there a workshop in Oujda next month? How do I register for the breakfast?",
    ],
)
def test_registering_is_still_answered_when_no_other_occasion_is_meant(message):
    assert ask_json(message)["ids"] == ["rsvp_how"]


def test_a_question_with_a_topic_of_its_own_after_a_declined_one_without_a_name_is_answered():
    assert ask_json("who is the UN secretary general? where is the breakfast?")["ids"] == ["logistics_venue"]


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # the phase 1 question is torn, and the objectives answered beside it are the programme's: still
        # not the dates of phase 2
        ("combien de temps a duré la phase 1 ? et quels sont les objectifs du programme ?", ["programme_objectives"]),
        # a question that names its own subject does not lean on the declined one
        ("Et la phase 1, elle a duré combien de temps ? Et c'est où le petit-déjeuner ?", ["logistics_venue"]),
        ("is there a phase 3? when is the breakfast?", ["event_date"]),
    ],
)
def test_beside_a_declined_question_about_another_phase(message, expected):
    assert ask_json(message)["ids"] == expected


@pytest.mark.parametrize(
    "message",
    ["when's the closing?", "متى يكون حفل الاختتام؟", "فوقاش غادي تكون الجلسة الختامية", "متى ستكون الجلسة الختامية؟"],
)
def test_the_closing_is_the_breakfast_and_will_be_is_not_a_topic(message):
    """ "The closing" and «حفل الاختتام» name the event; «تكون» (will be) says nothing of what is asked."""
    assert ask_json(message)["ids"] == ["event_date"]


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("who are the other countries in the programme?", "programme_countries"),  # "who" asks for names
        ("how was UNDP involved?", "about_undp"),  # "involved" is not the countries' word
        ("what was the Entraide nationale's involvement?", "results_social"),
    ],
)
def test_who_of_a_list_of_names_and_involvement(message, entry_id):
    assert ask_json(message)["ids"] == [entry_id]


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("il y avait combien de pays dans la deuxième phase ?", ["programme_countries"]),
        ("how many countries took part in phase 2?", ["programme_countries"]),
        ("شحال من دولة كانت فالمرحلة الثانية؟", ["programme_countries"]),
        ("how many migrants in phase 2?", []),  # counts what no entry counts
    ],
)
def test_how_many_countries_in_phase_2_is_the_list_not_the_phase_dates(message, expected):
    """The phase's dates answer "how long" and count years: beside them, the countries are the one
    candidate of the kind asked."""
    assert ask_json(message)["ids"] == expected


@pytest.mark.parametrize(
    "message",
    ["what is the name of the minister in charge of migration?", "c'est quoi le nom du ministre chargé des MRE ?"],
)
def test_the_ministers_name_is_not_the_ministry(message):
    """No person's name was announced: the ministry's description is not an answer to it."""
    assert ask_json(message)["ids"] == []


@pytest.mark.parametrize(
    "message",
    ["who is the IOM representative in Morocco?", "who's UNDP's resident representative in Rabat?"],
)
def test_who_represents_an_agency_is_a_person_not_the_agency(message):
    """A representative is a person, and no one's name was announced: the fallback, not the agency,
    its partners or the contact offered as what was meant."""
    reply = ask_json(message)
    assert (reply["outcome"], reply["suggestions"]) == ("fallback", [])


@pytest.mark.parametrize(
    "message, entry_id",
    [
        ("Pouvez-vous me présenter la session de clôture ?", "event_overview"),
        ("شكون غادي يهضر فهاد اللقاء؟", "event_speakers"),
    ],
)
def test_presenting_the_event_is_not_its_speakers_and_shkoun_asks_who(message, entry_id):
    """«شكون» is Darija's "who" in Arabic script as in Latin letters; "présenter" (to introduce)
    is not one of the speakers."""
    assert ask_json(message)["ids"] == [entry_id]


def test_representing_an_organisation_oneself_is_not_asking_for_a_name():
    """ "je représente une ONG" is who the guest is, not a question about a representative's name."""
    assert ask_json("Bonsoir, je représente une association, puis-je assister au petit-déjeuner ?")["ids"] == [
        "event_attendees"
    ]


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("on the 26th, what time do doors open?", ["logistics_time"]),
        ("le 26 il faut arriver à quelle heure ?", ["logistics_time"]),
        ("si je ne peux plus venir le 26, comment annuler ma réponse ?", ["rsvp_change"]),
    ],
)
def test_the_events_own_day_sets_the_scene_and_asks_about_no_other_date(message, expected):
    """A number no entry names asks about something else ("phase 3"), but the event's day is its own."""
    assert ask_json(message)["ids"] == expected


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # the day named in passing: what is asked is what is left
        ("le 26 janvier, c'est quoi le dress code ?", ["logistics_dress_code"]),
        ("مع شحال كيبدا الفطور نهار 26؟", ["logistics_time"]),
        ("Le 26 janvier 2018, ça finit à quelle heure ?", ["logistics_end_time"]),
        # asking whether the event is on that day is asking its date
        ("c'est bien le 26 janvier ?", ["event_date"]),
        ("واش اللقاء يوم 26 يناير؟", ["event_date"]),
        # its weekday too (the names from CLDR): "on Friday", « vendredi », «نهار الجمعة»
        ("Good morning, I'd like to confirm that I'll attend on Friday. How do I do that?", ["rsvp_how"]),
        ("vendredi, ça commence à quelle heure ?", ["logistics_time"]),
        ("نهار الجمعة فين غادي يكون الفطور؟", ["logistics_venue"]),
        ("is it on Friday?", ["event_date"]),
        ("واش نهار الجمعه؟", ["event_date"]),
        ("what day of the week is it?", ["event_date"]),  # the weekday asked
        ("اشمن نهار فالسيمانة؟", ["event_date"]),
    ],
)
def test_the_events_day_named_in_passing_leaves_the_question_asked(message, expected):
    assert ask_json(message)["ids"] == expected


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # the city named in passing: what is asked is what is left
        ("The breakfast in Rabat on the 26th, what is it exactly?", ["event_overview"]),
        ("ما هي الجلسة الختامية المنظمة يوم 26 يناير بالرباط؟", ["event_overview"]),  # «المنظمة»: organised
        ("c'est quoi la rencontre de Rabat ?", ["event_overview"]),
        ("the event in rabat, who is invited?", ["event_attendees"]),
        # asking whether the event is in that city, or where in it, is asking the venue
        ("c'est à Rabat ?", ["logistics_venue"]),
        ("où à Rabat ?", ["logistics_venue"]),
    ],
)
def test_the_events_city_named_in_passing_leaves_the_question_asked(message, expected):
    assert ask_json(message)["ids"] == expected


@pytest.mark.parametrize(
    ("message", "entry_ids"),
    [
        ("la rencontre du 26/01, c'est où ?", ["logistics_venue"]),
        ("is the event on 26/01/2018?", ["event_date"]),
        ("pls confirm my attendance 26.01.2018", ["rsvp_how"]),
    ],
)
def test_the_event_day_in_figures_is_the_event_day(message, entry_ids):
    # the day as Morocco writes it in figures, not a month "01" and a year the question asks about
    assert ask_json(message)["ids"] == entry_ids


@pytest.mark.parametrize("message", ["is the event on 27/01?", "la rencontre du 26/02, c'est où ?"])
def test_another_day_in_figures_is_not_the_event_day(message):
    assert ask_json(message)["ids"] == []


def test_how_the_programme_went_asks_for_its_results():
    assert ask_json("how did the programme go in Morocco?")["ids"] == ["results_morocco"]


def test_how_the_programme_went_in_other_countries_is_not_their_list():
    # the results in Ecuador and Kyrgyzstan are not known: not the list of countries, nor Morocco's results
    assert ask_json("How did the programme go in Ecuador and Kyrgyzstan? Any results there?")["ids"] == []


@pytest.mark.parametrize("message", ["so the breakfast is on the 26th?", "la rencontre, c'est bien le 26 janvier ?"])
def test_whether_the_event_is_on_its_day_gets_its_date(message):
    # nothing asked beyond the day named: its date, not a "did you mean" between the date and the overview
    assert ask_json(message)["ids"] == ["event_date"]


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("which are the 7 other countries in the programme?", ["programme_countries"]),
        ("le Maroc et les 7 autres pays, lesquels ?", ["programme_countries"]),
        ("ما هي الدول 7 الأخرى المشاركة في البرنامج؟", ["programme_countries"]),
        ("the programme's 4 years, when did they start?", ["programme_dates"]),
    ],
)
def test_a_number_in_digits_is_the_one_the_answer_writes_in_words(message, expected):
    """The answers say "seven other countries" and "four years": "the 7 other countries" asks what they say."""
    assert ask_json(message)["ids"] == expected


def test_a_number_no_answer_says_in_digits_or_words_is_still_another_question():
    assert ask_json("which are the 9 other countries in the programme?")["ids"] == []


@pytest.mark.parametrize(
    "message",
    [
        "Did they start a phase 3 later, and what was on its agenda?",
        "Will there be a phase 3, and what will it cover?",
    ],
)
def test_a_question_opened_by_did_or_will_asks_and_what_follows_leans_on_it(message):
    """ "Did they start a phase 3" asks as "is there" does: "what was on its agenda" is about phase 3, not the
    breakfast's agenda."""
    assert ask_json(message)["ids"] == []


def test_did_or_was_inside_a_statement_asks_nothing():
    message = "Hi, I'm a consultant from Kingston - Serbia was also part of it. Who paid for the programme?"
    assert ask_json(message)["ids"] == ["programme_funder"]


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("quelle est la date et ça dure combien de temps ?", ["event_date", "logistics_end_time"]),
        ("what is the date of the breakfast and when did the programme start?", ["event_date", "programme_dates"]),
    ],
)
def test_a_follow_up_naming_no_subject_stays_on_the_subject_answered_before(message, expected):
    """After the breakfast's date, "how long does it last" is the breakfast's length, not the programme's four
    years; a follow-up that names the programme is about the programme."""
    assert ask_json(message)["ids"] == expected
