"""Messages as people write them (issue 7): greetings around questions, two questions in one, question
kinds, Darija in Latin letters, the reply's language. Through the core and `ask --json`."""

from __future__ import annotations

import io
import json

import pytest

from bot.cli import json_line, main, reply_as_json
from bot.languages import DEFAULT_LANGUAGE
from bot.lexicon import build_lexicon
from bot.understanding import understand
from bot.verdict import Outcome
from bot.who_is_asking import after_the_sender
from tests.telegram_harness import bundled_answerer


def cli_ask_json(question: str, *extra: str) -> dict:
    """What `python -m bot ask --json` prints for the question."""
    out, err = io.StringIO(), io.StringIO()
    code = main(["ask", "--json", *extra], stdin=io.StringIO(question + "\n"), stdout=out, err=err)
    assert code == 0, err.getvalue()
    return json.loads(out.getvalue().splitlines()[0])


def ask_json(question: str, *extra: str) -> dict:
    """The same as `cli_ask_json` (checked below) on the bundled knowledge base loaded once, not once per
    question: hundreds of tests ask through it."""
    lang = extra[extra.index("--lang") + 1] if "--lang" in extra else DEFAULT_LANGUAGE
    return json.loads(json_line(reply_as_json(question, bundled_answerer().ask(question, lang))))


@pytest.mark.parametrize("extra", [(), ("--lang", "ar")])
def test_asking_through_the_command_line_gives_the_same_reply(extra):
    for message in ("Bonjour, c'est où ?", "who funds it and which countries take part?", "zorglub", "merci"):
        assert ask_json(message, *extra) == cli_ask_json(message, *extra)


@pytest.mark.parametrize(
    ("message", "entry_id", "lang"),
    [
        ("Bonjour, c'est où ?", "logistics_venue", "fr"),
        ("السلام عليكم، ما هي أهداف البرنامج؟", "programme_objectives", "ar"),
        ("السلام عليكم فين الفطور", "logistics_venue", "ar"),
        ("Hi, where is the breakfast?", "logistics_venue", "en"),
        ("مرحبا، من يمول البرنامج؟", "programme_funder", "ar"),
        ("good morning, which countries are involved?", "programme_countries", "en"),
    ],
)
def test_a_greeting_before_the_question_does_not_hide_it(message, entry_id, lang):
    result = ask_json(message)
    assert (result["outcome"], result["id"], result["ids"], result["lang"]) == ("answer", entry_id, [entry_id], lang)


def test_thanks_then_a_question_answers_the_question(answerer):
    reply = answerer.ask("شكرا جزيلا. ومتى سيعقد اللقاء؟", "fr")
    assert reply.outcome is Outcome.ANSWER and reply.entry_id in {"event_date", "logistics_time"}


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("quand et où ?", ["event_date", "logistics_venue"]),
        ("who funds it and which countries take part?", ["programme_funder", "programme_countries"]),
        ("متى وأين سيقام الفطور؟", ["event_date", "logistics_venue"]),
        # "and" on a preposition before the question word
        ("أين سيقام الفطور وفي أي ساعة يبدأ؟", ["logistics_venue", "logistics_time"]),
        ("فين كاين الفطور ومع شحال كيبدا؟", ["logistics_venue", "logistics_time"]),
    ],
)
def test_two_questions_in_one_message_are_both_answered_in_order(message, expected, answerer):
    result = ask_json(message)
    assert result["ids"] == expected and result["id"] == expected[0]
    reply = answerer.ask(message, "fr")
    # the way to reach the organisers is said once, at the end: compare the answers without it
    first, second = (answerer.show(entry_id, reply.lang, contact=False).text for entry_id in expected)
    assert reply.text.index(first) < reply.text.index(second)  # one reply, in the order asked


def test_a_message_that_only_greets_keeps_the_greeting_reply(answerer):
    assert ask_json("Bonjour")["ids"] == ["smalltalk_greeting"]
    assert answerer.ask("السلام عليكم", "ar").entry_id == "smalltalk_greeting"


@pytest.mark.parametrize("message", ["Comment allez-vous ?", "hey, how are you doing?", "كيف حالك؟", "كيداير لاباس؟"])
def test_asking_how_one_is_gets_the_greeting_reply_not_a_programme_fact(message):
    assert ask_json(message)["ids"] == ["smalltalk_greeting"]


def test_ca_va_alone_is_a_greeting_and_dacc_an_acknowledgement_not_the_compacts_accord():
    assert ask_json("ça va ?")["ids"] == ["smalltalk_greeting"]
    assert ask_json("d'accord")["ids"] == ["smalltalk_thanks"]
    assert ask_json("d'accord, et ça commence à quelle heure ?")["ids"] == ["logistics_time"]


@pytest.mark.parametrize("message", ["واخا", "اوكي شكرا", "wakha chokran"])
def test_an_arabic_ok_is_an_acknowledgement(message):
    assert ask_json(message)["ids"] == ["smalltalk_thanks"]


def test_an_arabic_ok_before_a_question_does_not_hide_it():
    assert ask_json("واخا، وفين غادي يكون الفطور؟")["ids"] == ["logistics_venue"]


def test_asking_how_one_is_before_a_question_does_not_hide_it():
    assert ask_json("Bonjour, comment ça va ? Qui finance le programme ?")["ids"] == ["programme_funder"]


@pytest.mark.parametrize(
    "message",
    ["salam, how is the weather in Rabat", "Bonjour, je cherche un visa pour la Suisse", "hi! who won the world cup?"],
)
def test_a_greeting_before_an_out_of_scope_question_gets_the_honest_fallback(message):
    result = ask_json(message)
    assert result["outcome"] == "fallback" and result["ids"] == []


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("how long will the breakfast last", "logistics_end_time"),
        ("ça dure combien de temps le petit-déjeuner", "logistics_end_time"),
        ("et ça va durer combien de temps en tout ?", "logistics_end_time"),  # no subject: the guests' event
        ("à quelle heure ça se termine", "logistics_end_time"),
        ("how long did phase two run", "programme_dates"),
        ("qui sont les intervenants ?", "event_speakers"),
        ("can I bring a colleague?", "rsvp_colleague"),
        ("je veux annuler ma présence", "rsvp_change"),
        ("c'est quoi le FMMD", "global_gfmd"),
        ("what is the global compact?", "global_compact"),
    ],
)
def test_the_kind_of_question_picks_the_right_entry(message, entry_id):
    assert ask_json(message)["ids"] == [entry_id]


def test_the_end_time_is_said_to_be_not_announced_until_it_is(answerer):
    reply = answerer.ask("when does the breakfast end?", "en")
    assert reply.entry_id == "logistics_end_time" and "not been announced" in reply.text


def test_answers_that_lead_to_a_command_offer_it(answerer):
    assert answerer.ask("how do I confirm my attendance?", "en").actions == ("rsvp",)
    assert answerer.ask("je veux annuler ma présence", "fr").actions == ("myrsvp", "cancelrsvp")


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("wach kayn parking", "logistics_access"),
        ("fin ghadi ykoun lftour", "logistics_venue"),
        ("chkoun li kaymowel had lprogramme", "programme_funder"),
    ],
)
def test_darija_in_latin_letters_is_understood_and_answered_in_the_users_language(message, entry_id):
    assert ask_json(message, "--lang", "ar")["ids"] == [entry_id]
    assert ask_json(message, "--lang", "ar")["lang"] == "ar"
    assert ask_json(message)["lang"] == "fr"  # nothing chosen: French, the default


def test_a_single_word_takes_the_users_language_not_the_vocabularys(answerer):
    assert answerer.ask("accreditation", "en").lang == "en"
    assert answerer.ask("accreditation", "fr").lang == "fr"
    assert answerer.ask("accréditation", "en").lang == "fr"  # the accent shows French


def test_a_smalltalk_entry_is_never_offered_beside_a_real_one(answerer):
    for message in (
        "hello programme",
        "bonjour le programme",
        "merci pour les dates",
        "Might I ask what the purpose of the closing session is?",  # small talk scored first here
    ):
        reply = answerer.ask(message, "fr")
        ids = [choice.entry_id for choice in reply.suggestions] or list(reply.entry_ids)
        assert not (
            any(i.startswith("smalltalk_") for i in ids) and any(not i.startswith("smalltalk_") for i in ids)
        ), (message, ids)


def test_the_splitter_keeps_the_order_and_shares_the_subject(kb):
    message = understand("Bonjour ! quand et où a lieu le petit-déjeuner ? merci d'avance", kb.lexicon)
    assert message.social == ("greeting", "thanks")
    assert message.questions == ("quand a lieu le petit-déjeuner ?", "où a lieu le petit-déjeuner ?")


def test_and_between_two_names_does_not_split_where_min_means_than(kb, answerer):
    # «من» further on is "than" ("better than the EU's programmes"), not "who": one question, which no
    # entry answers; split at «و», its first half was answered with what IOM is.
    message = "واش البرنامج ديال OIM و PNUD حسن من البرامج ديال الاتحاد الأوروبي فالمغرب؟"
    assert len(understand(message, kb.lexicon).questions) == 1
    assert answerer.ask(message, "ar").entry_ids == ()
    # «من» opening the second clause still asks who
    assert understand("متى الفطور و من يمول البرنامج؟", kb.lexicon).questions == ("متى الفطور", "من يمول البرنامج؟")


@pytest.mark.parametrize(
    "message",
    [
        "What exactly is the Global Forum on Migration and Development and how is this programme linked to it?",
        "c'est quoi le forum mondial sur la migration et le développement et quel lien avec le programme ?",
    ],
)
def test_the_and_inside_a_name_does_not_split_it(kb, message):
    # "Migration and Development" is part of the Forum's name: split there, "Development" alone was a question
    first = understand(message, kb.lexicon).questions[0].lower()
    assert first.endswith(("development", "développement"))
    assert ask_json(message)["ids"][0] == "global_gfmd"


def test_the_lexicon_refuses_a_word_with_two_meanings():
    problems = []
    build_lexicon(
        {"concepts": {"venue": {"fr": ["lieu"]}, "time_of_day": {"fr": ["lieu"]}}},
        lambda line, where, message: problems.append(message),
    )
    assert problems and "also in concepts.venue" in problems[0]


def test_the_lexicon_refuses_a_word_listed_twice_in_one_list():
    # the same word again, but for its accents or case: an organiser editing the list by hand is told where
    problems = []
    build_lexicon(
        {"concepts": {"venue": {"fr": ["lieu", "endroit", "Endroit"], "en": ["place"]}}},
        lambda line, where, message: problems.append(f"{where}: {message}"),
    )
    assert problems == ["concepts.venue.fr: 'Endroit' is already listed as 'endroit'"]


@pytest.mark.parametrize(
    "message", ["how many migrants in Morocco", "combien de migrants au Maroc", "كم عدد المهاجرين في المغرب"]
)
def test_counting_something_else_is_not_answered_with_the_countries(answerer, message):
    assert answerer.ask(message, "fr").outcome is not Outcome.ANSWER
    assert answerer.ask("how many countries take part", "en").entry_id == "programme_countries"


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        (
            "Hello, I was wondering if you could kindly tell me who is funding this programme? Many thanks.",
            ["programme_funder"],
        ),
        (
            "Bonjour madame, je me permets de vous écrire pour savoir où aura lieu le petit-déjeuner. Merci d'avance",
            ["logistics_venue"],
        ),
        ("c'est quand et il faut s'habiller comment ?", ["event_date", "logistics_dress_code"]),
        ("ما هي أهداف البرنامج ومن يموله؟", ["programme_objectives", "programme_funder"]),
    ],
)
def test_polite_wording_and_questions_placed_anywhere(message, expected):
    assert ask_json(message)["ids"] == expected


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("l'adresse et le dress code svp", ["logistics_venue", "logistics_dress_code"]),
        ("الأهداف والشركاء", ["programme_objectives", "programme_partners"]),
        ("Global Forum on Migration and Development", ["global_gfmd"]),  # one name, not two questions
        ("le programme et le FMMD", ["global_gfmd"]),  # the programme is the context here
        # the whole reads as the richer item alone: both are asked
        ("c'est quoi l'adresse et l'heure de la rencontre ?", ["logistics_venue", "logistics_time"]),
        ("what are the venue and the start time of the event?", ["logistics_venue", "logistics_time"]),
        ("Forum mondial sur la migration et le développement", ["global_gfmd"]),  # a name the lexicon reads whole
        # «و» on a noun without the article: «مكان وتاريخ», "the place and date of"
        ("ما هو مكان وتاريخ اللقاء؟", ["logistics_venue", "event_date"]),
        ("أهداف وشركاء البرنامج", ["programme_objectives", "programme_partners"]),
        ("ما هو دور وزارة الهجرة في البرنامج؟", ["about_mdcmream"]),  # و of the word itself: one question
    ],
)
def test_a_list_of_subjects_is_answered_item_by_item_only_when_each_stands_alone(message, expected):
    assert ask_json(message)["ids"] == expected


@pytest.mark.parametrize(
    ("message", "entry_ids"),
    [
        ("ok thanks, that was very helpful, bye then", ["smalltalk_thanks", "smalltalk_goodbye"]),
        ("merci, je vous laisse", ["smalltalk_thanks", "smalltalk_goodbye"]),
        ("Bon, au revoir et à demain !", ["smalltalk_goodbye"]),  # "et" between two formulas, "Bon" alone
        ("شكرا على التوضيح", ["smalltalk_thanks"]),
        ("Merci, c'est très clair !", ["smalltalk_thanks"]),
        ("got it, thanks!", ["smalltalk_thanks"]),
        ("صافي هادشي اللي بغيت، بسلامة", ["smalltalk_goodbye"]),  # what is left ("اللي بغيت") asks nothing
    ],
)
def test_a_message_of_formulas_only_gets_the_small_talk_reply(message, entry_ids):
    """Leave-taking and thanks as people write them: nothing is left over to be asked back or
    answered as a question. Thanks with a farewell get both: "you're welcome", then goodbye."""
    assert ask_json(message)["ids"] == entry_ids


@pytest.mark.parametrize(
    "message",
    [
        "شكرا على المساعدة. شحال كيسوى الطاكسي من المطار؟",
        "I lost my job and my papers expired, what can I do? please help me",
    ],
)
def test_thanks_for_the_help_or_a_plea_for_it_beside_a_question_no_entry_answers_is_declined(message):
    """ "Thanks for the help" and "please help me" say what the message is for; they are not a question
    about what the assistant can do, answered instead of declining the real one."""
    assert ask_json(message)["ids"] == []


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("thanks for the help", "smalltalk_thanks"),
        ("شكرا على المساعدة", "smalltalk_thanks"),
        ("help", "smalltalk_about_bot"),
    ],
)
def test_thanks_for_the_help_alone_is_thanks_and_help_alone_asks_what_the_assistant_does(message, entry_id):
    assert ask_json(message)["ids"] == [entry_id]


@pytest.mark.parametrize("message", ["What should I do?", "what do I do"])
def test_a_question_of_function_words_only_is_asked_back_not_answered(message):
    """Nothing says what it is about: no entry is answered as if it had (small talk such as "merci"
    or "what can you do" still is)."""
    assert ask_json(message)["ids"] == []
    assert ask_json("what can you do")["ids"] == ["smalltalk_about_bot"]
    assert ask_json("is that on the 26th?")["ids"] == ["event_date"]  # a number says what it is about


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # "où" and "where" open a clause here: the question is about parking, access and the start time.
        ("la salle où se tient le petit-déjeuner a-t-elle un parking ?", ["logistics_access"]),
        ("is the room where the breakfast takes place accessible by wheelchair?", ["logistics_access"]),
        ("the breakfast where the results are presented starts at what time?", ["logistics_time"]),
        # Asked, not relative: last in the question, or Arabic, where the relative pronoun is another word.
        ("et le petit-déjeuner, il se tient où ?", ["logistics_venue"]),
        ("الفطور فين غادي يكون؟", ["logistics_venue"]),
        ("the event where is it?", ["logistics_venue"]),  # followed by a verb that asks
        ("the speakers who will talk at the breakfast", ["event_speakers"]),  # "who" after people asks for them
    ],
)
def test_a_relative_pronoun_after_a_noun_asks_nothing(message, expected):
    assert ask_json(message)["ids"] == expected


def test_monsieur_abbreviated_is_not_the_sender_saying_who_they_are():
    # "I'm" reads as "i", "m"; "M." alone (Monsieur) says nothing of the sender, in a clause or a sentence
    assert after_the_sender("la venue de M. Alaoui, elle est confirmée ?") is None
    assert after_the_sender("I'm a reporter at Le Matin, can I attend?") == "can I attend?"


@pytest.mark.parametrize(
    "message",
    ["Who will be there? Ministries, NGOs, donors?", "Qui sera présent ? Des ministères, des ONG, des bailleurs ?"],
)
def test_a_list_of_examples_after_a_question_is_that_question_not_one_question_per_item(message):
    assert ask_json(message)["ids"] == ["event_attendees"]
