"""Wording people use that the knowledge base's phrasings do not (issue 7): long polite formulas, a
second question that leans on the first, Darija verb forms, SMS shorthand, and questions of a kind
an entry does not answer. Through the core and `ask --json`."""

from __future__ import annotations

import pytest

from bot.lexicon import FILLER, build_lexicon
from bot.normalize import terms
from bot.verdict import Outcome
from tests.test_understanding import ask_json


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        (
            "Good afternoon, I would be most grateful if you could let me know where the event will be held. "
            "Many thanks in advance.",
            "logistics_venue",
        ),
        ("I hope this message finds you well. I am writing to enquire about the objectives of the programme.", None),
        ("Je souhaiterais me renseigner sur les pays participants, merci d'avance", "programme_countries"),
        ("Auriez-vous l'amabilité de m'indiquer l'adresse exacte du lieu de la rencontre ?", "logistics_venue"),
        (
            "Could you kindly give me some background on the social assistance component involving the Entraide "
            "nationale?",
            "results_social",
        ),
    ],
)
def test_a_long_polite_message_is_matched_on_its_topic_words(message, entry_id):
    result = ask_json(message)
    if entry_id is None:  # "the objectives of the programme": answered, perhaps tentatively
        assert result["ids"] == ["programme_objectives"]
    else:
        assert result["ids"] == [entry_id]


def test_filler_words_are_left_out_and_cannot_also_be_a_concept():
    problems: list[str] = []
    lexicon = build_lexicon(
        {"concepts": {"venue": {"en": ["venue"]}}, "filler": {"asking": {"en": ["enquire", "venue"]}}},
        lambda line, where, message: problems.append(message),
    )
    assert problems and "also in concepts.venue" in problems[0]
    read = lexicon.conceptualise(terms("enquire about the venue"))
    assert read == (("about", True), ("the", True), ("§venue", False))
    assert FILLER not in {token for token, _ in lexicon.conceptualise(terms("enquire"))}


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("How do I RSVP? Can I change it later?", ["rsvp_how", "rsvp_change"]),
        ("من يمول البرنامج وما هي الدول المشاركة فيه؟", ["programme_funder", "programme_countries"]),
        ("من سيحضر هذا اللقاء ومن سيتحدث فيه؟", ["event_attendees", "event_speakers"]),
    ],
)
def test_a_second_question_that_leans_on_the_first_is_answered_too(message, expected):
    assert ask_json(message)["ids"] == expected


@pytest.mark.parametrize(
    "message",
    [
        "Combien de Marocains résident à l'étranger ?",
        "كم عدد المغاربة المقيمين بالخارج؟",
        "Hello! How many hospitals are covered by the health and immigration plan?",
    ],
)
def test_a_question_of_a_kind_the_entry_never_answers_gets_no_confident_answer(answerer, message):
    # The ministry's name has "résidant à l'étranger" in it, and the health plan is an entry: neither
    # says how many.
    assert answerer.ask(message, "fr").outcome is not Outcome.ANSWER


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("fo9ach ghaysali lftour??", "logistics_end_time"),
        ("salam, fo9ach ghaybda lftour?", "logistics_time"),
        ("chkoun li mmwel had programme", "programme_funder"),
        ("نهار شحال بالضبط الفطور؟", "event_date"),
        ("شكون اللي غادي يهضرو فهاد اللقاء؟", "event_speakers"),
        ("whos organisin it", "event_organisers"),
        ("ki finance le prog", "programme_funder"),
    ],
)
def test_darija_verb_forms_and_sms_shorthand(message, entry_id):
    assert ask_json(message)["ids"] == [entry_id]


def test_french_ou_without_its_accent_opens_a_where_question():
    assert ask_json("ou se passe le petit dejeuner")["ids"] == ["logistics_venue"]
    assert ask_json("c'est un petit-déjeuner ou une conférence ?")["ids"] == ["event_format"]


@pytest.mark.parametrize(
    "message",
    [
        "who funded phase 1 of the programme",
        "What is the budget of the programme's third phase?",
        "ما هي ميزانية المرحلة الثالثة؟",
    ],
)
def test_a_number_no_entry_mentions_gets_no_confident_answer(answerer, message):
    # Only phase 2 is in the knowledge base: phase 1 or 3 is another question, not phase 2's funder.
    assert answerer.ask(message, "en").outcome is not Outcome.ANSWER
    assert answerer.ask("who funds phase 2 of the programme", "en").entry_id == "programme_funder"


def test_a_french_inverted_verb_makes_the_second_half_a_question():
    message = "Quels étaient les objectifs du programme et qu'a-t-il donné au Maroc ?"
    assert ask_json(message)["ids"] == ["programme_objectives", "results_morocco"]


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("فوقاش يبدا وفين؟", ["logistics_time", "logistics_venue"]),
        ("Bonjour, comment je fais pour m'inscrire au petit-déjeuner ?", ["rsvp_how"]),
        ("بغيت نأكد الحضور ديالي كيفاش نديرها", ["rsvp_how"]),
    ],
)
def test_a_question_torn_between_two_topics_is_settled_by_the_rest_of_the_message(message, expected):
    """'When does it start' alone could be the programme or the breakfast; beside 'where' it is the
    breakfast. 'Comment je fais pour' and 'كيفاش نديرها' ask how, and say nothing more."""
    assert ask_json(message)["ids"] == expected


def test_presenting_is_not_the_press(answerer):
    """The French '-ent' ending would leave 'pres', the stem of 'press': the press arrangements are
    neither answered nor offered for what will be presented."""
    reply = answerer.ask("what are they going to present at the breakfast?", "en")
    offered = [reply.entry_id, *(choice.entry_id for choice in reply.suggestions)]
    assert "event_press" not in offered
    assert {"event_agenda", "event_speakers"} & set(offered)


def test_an_elision_typed_with_a_space_reads_as_with_an_apostrophe():
    """Phones often lose the apostrophe: "de l oim" is "de l'oim", and a lone "l" must not weigh."""
    assert terms("le petit dej de l oim") == terms("le petit dej de l'oim")
    assert ask_json("c quand le petit dej de l oim")["ids"] == ["event_date"]


def test_an_emphatic_adjective_is_not_an_unknown_topic():
    """'that big UN deal', 'ce fameux pacte': the adjective says nothing the knowledge base lacks."""
    assert ask_json("what's that big UN migration deal everyone keeps talking about")["ids"] == ["global_compact"]
    assert ask_json("c'est quoi ce fameux pacte mondial ?")["ids"] == ["global_compact"]


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("Morning! what are they going to present at the breakfast?", "event_agenda"),
        ("Might I ask what the purpose of the closing session is? Many thanks in advance.", "event_overview"),
    ],
)
def test_going_to_and_may_i_ask_are_ways_of_asking(message, entry_id):
    assert ask_json(message)["ids"] == [entry_id]


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("Ça a servi à quoi concrètement côté santé ?", "results_health"),
        ("A qui je m'adresse si j'ai un souci le jour J ?", "logistics_contact"),
    ],
)
def test_cote_and_le_jour_j(message, entry_id):
    """«côté santé» is about health, «le jour J» is the day of the breakfast."""
    assert ask_json(message)["ids"] == [entry_id]


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("كيف أتواصل مع المنظمين", "logistics_contact"),  # never the press arrangements
        ("will NGOs be there", "event_attendees"),
        ("est-ce que les ONG sont invitées ?", "event_attendees"),
        ("what undp is doing", "about_undp"),
    ],
)
def test_contacting_the_organisers_and_civil_society(message, entry_id):
    assert ask_json(message)["ids"] == [entry_id]


def test_comme_is_not_comment():
    """The French stemmer would fold "comment" (how) and "comme" (as) together: "quoi comme débat"
    asks what, not how."""
    assert terms("comme") != terms("comment")
    assert ask_json("il y aura quoi comme debat")["ids"] == ["event_agenda"]
    assert ask_json("comment confirmer ma presence")["ids"] == ["rsvp_how"]


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("مصدر التمويل", "programme_funder"),
        ("هل تمول سويسرا المشروع", "programme_funder"),
        ("PNUD signification", "about_undp"),
        ("what does GFMD stand for", "global_gfmd"),
        ("ما معنى المنتدى العالمي حول الهجرة والتنمية", "global_gfmd"),
    ],
)
def test_source_of_funding_and_what_a_name_means(message, entry_id):
    assert ask_json(message)["ids"] == [entry_id]


@pytest.mark.parametrize(
    "message",
    [
        "Il y aura une phase 3 du programme ? c'est prévu pour quand",
        "Il y aura une phase 3 du programme ? et quand ?",
        "who is the UN secretary general? and where?",
    ],
)
def test_a_short_question_about_a_declined_one_is_declined_too(message):
    """The second question is about the first, which no entry covers: never the breakfast's date or venue."""
    assert ask_json(message)["ids"] == []


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("Il fait beau à Rabat ? c'est quand le petit dej ?", ["event_date"]),
        ("qui finance la phase 2 ? et quand elle se termine ?", ["programme_funder", "programme_dates"]),
        ("c'est prévu où ?", ["logistics_venue"]),
    ],
)
def test_a_question_with_its_own_topic_is_answered_whatever_came_before(message, expected):
    assert ask_json(message)["ids"] == expected


def test_planned_is_not_the_health_plan():
    assert "results_health" not in ask_json("what is planned at the breakfast")["ids"]


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("can you sign me up for the breakfast?", "rsvp_how"),
        ("who else is on the guest list?", "event_attendees"),
    ],
)
def test_everyday_synonyms_meet_the_entries(message, entry_id):
    assert ask_json(message)["ids"] == [entry_id]


def test_small_talk_never_answers_a_question_about_a_topic():
    """'how did the programme help Morocco' is not 'how can you help me'."""
    assert "smalltalk_about_bot" not in ask_json("how did the programme help Morocco?")["ids"]
    assert ask_json("hello, what can you do?")["ids"] == ["smalltalk_about_bot"]


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("has the venue been confirmed?", "logistics_venue"),
        ("how did Morocco benefit from the programme?", "results_morocco"),
        ("what is the UN agency for migration?", "about_iom"),
        ("what exactly is this programme trying to do?", "programme_objectives"),
    ],
)
def test_passive_questions_and_how_did(message, entry_id):
    """'Has … been confirmed' asks whether it is known, not how to confirm one's attendance; 'how did'
    asks what happened, not how to do something."""
    assert ask_json(message)["ids"] == [entry_id]


@pytest.mark.parametrize(
    "message",
    ["est-ce ouvert au public ?", "is this an open event or invite only?", "واش اللقاء مفتوح للعموم؟"],
)
def test_open_to_the_public_is_about_who_attends_not_how_to_rsvp(message):
    assert ask_json(message)["ids"] == ["event_attendees"]


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("Are you a real person or a bot?", "smalltalk_about_bot"),
        ("who put up the money?", "programme_funder"),
        ("Could you tell me a little more about IOM, please?", "about_iom"),
        ("What is this closing session all about?", "event_overview"),
    ],
)
def test_more_everyday_english(message, entry_id):
    assert ask_json(message)["ids"] == [entry_id]


def test_a_greeting_word_at_the_end_of_a_question_is_part_of_it(answerer):
    """'the agenda for the morning' is not a question followed by 'morning!'."""
    from bot.understanding import understand

    message = understand("Could you share the agenda for the morning", answerer.kb.lexicon)
    assert message.questions[0].endswith("morning") and "greeting" not in message.social


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("Au revoir et bonne journée", ["smalltalk_goodbye"]),
        ("ou se passe le petit dejeuner", ["logistics_venue"]),  # "ou" typed for "où", not "or"
        ("Dans quel ordre passent les orateurs ?", ["event_speakers"]),
        ("ca a servi a quoi au final au maroc", ["results_morocco"]),
    ],
)
def test_formulas_joined_by_and_and_french_everyday_wording(message, expected):
    assert ask_json(message)["ids"] == expected


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("salam labas?", "smalltalk_greeting"),
        ("شكرا بزاف خويا", "smalltalk_thanks"),
        ("Thank you very much for your help, that is all I needed.", "smalltalk_thanks"),
    ],
)
def test_formulas_with_a_word_of_address_get_the_small_talk_reply(message, entry_id):
    assert ask_json(message)["ids"] == [entry_id]


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        (
            "Could you kindly explain how the programme relates to the Global Compact for Safe, Orderly and "
            "Regular Migration?",
            "global_compact",
        ),
        ("Would you be so kind as to share a contact person for this event?", "logistics_contact"),
        ("Who's giving the opening remarks?", "event_speakers"),
        ("what time shd i be there", "logistics_time"),
        ("Is the programme still running?", "programme_dates"),
    ],
)
def test_official_names_in_full_and_polite_english(message, entry_id):
    assert ask_json(message)["ids"] == [entry_id]


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("Et côté aide sociale et humanitaire, qu'est-ce qui a été fait ?", "results_social"),  # "qui" is not "who"
        ("Mon adjoint peut-il m'accompagner quand même ?", "rsvp_colleague"),  # "quand même" is not "when"
    ],
)
def test_french_phrases_that_look_like_question_words(message, entry_id):
    assert ask_json(message)["ids"] == [entry_id]


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("Ça dure combien de temps ?", ["logistics_end_time"]),
        ("fo9ach kaybda?", ["logistics_time"]),
        ("What's the date and where is it?", ["event_date", "logistics_venue"]),
        ("combien de temps dure le programme ?", ["programme_dates"]),  # the subject named: the programme
    ],
)
def test_a_question_that_names_no_subject_is_about_the_event(message, expected):
    """Torn between the breakfast and the programme, a question with no subject is the breakfast's:
    the assistant's users are its guests. It is answered tentatively ("if I understand you correctly")."""
    assert ask_json(message)["ids"] == expected


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("Bonjour, ou se tient l'evenement ?", ["logistics_venue"]),
        ("bonjour, ou est le petit dej ?", ["logistics_venue"]),
        ("ou est-ce que ca se passe ?", ["logistics_venue"]),
        ("Bonjour, ou est-ce que ca se passe ?", ["logistics_venue"]),
    ],
)
def test_ou_without_its_accent_after_a_greeting_still_asks_where(message, expected):
    assert ask_json(message)["ids"] == expected


def test_ou_est_ce_after_a_comma_is_still_or():
    assert "logistics_venue" not in ask_json("c'est le matin, ou est-ce l'apres-midi ?")["ids"]
