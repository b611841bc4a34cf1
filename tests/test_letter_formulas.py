"""Letters and formal requests (issue 7): institutions in Morocco write to the bot as they write a
letter, with a form of address, a closing formula and thanks around the question. The formulas are set
aside and the question is answered. Through `ask --json`, as the console and the bot answer."""

from __future__ import annotations

import pytest

from bot.knowledge import load_knowledge
from bot.question_words import QUESTION_WORDS
from bot.understanding import understand
from tests.test_understanding import ask_json


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        (
            "Madame, Monsieur, pourriez-vous m'indiquer le lieu de la rencontre ? Veuillez agréer, Madame, "
            "Monsieur, l'expression de mes salutations distinguées.",
            "logistics_venue",
        ),
        (
            "Bonjour, quelle tenue est exigée ? Je vous prie d'agréer l'expression de mes sentiments les meilleurs.",
            "logistics_dress_code",
        ),
        ("Qui finance le programme ? Je vous remercie par avance de votre obligeance. Bien à vous", "programme_funder"),
        ("Dear colleagues, who are the partners of the programme? Yours sincerely", "programme_partners"),
        (
            "Could you tell me where the breakfast takes place? Thank you in advance for your kind assistance. "
            "Warm regards",
            "logistics_venue",
        ),
        ("What time does it start? With my sincere thanks and best wishes.", "logistics_time"),
        ("السادة المحترمون، ما هي أهداف البرنامج؟ وتفضلوا بقبول فائق التقدير والاحترام.", "programme_objectives"),
        ("السيدات والسادة، تحية طيبة وبعد، أين سيقام اللقاء؟ مع خالص التقدير", "logistics_venue"),
        ("حضرات السادة، من يمول البرنامج؟ ولكم مني جزيل الشكر والامتنان", "programme_funder"),
    ],
)
def test_the_question_in_a_letter_is_answered(message, entry_id):
    assert ask_json(message)["ids"] == [entry_id]


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("pour m'inscrire, comment dois-je procéder ?", "rsvp_how"),  # "procéder", as "la procédure"
        ("البرنامج شكون مخلص عليه؟", "programme_funder"),  # «مخلص»: who has paid
        ("la séance de clôture du 26 janvier, elle porte sur quoi ?", "event_overview"),  # not what to wear
        # "if I have other questions" is when one would contact them, not a question about questions
        ("who should I contact if I have any other questions?", "logistics_contact"),
        ("مع من أتواصل إذا كان لدي سؤال آخر؟", "logistics_contact"),
    ],
)
def test_everyday_words_of_formal_and_darija_requests(message, entry_id):
    assert ask_json(message)["ids"] == [entry_id]


def test_a_word_said_in_passing_does_not_break_the_phrase_around_it():
    # "exactement" is filler: "qu'a dit exactement le ministre" is "qu'a dit le ministre", what was said
    # in a speech, which the assistant cannot know. Not the list of speakers.
    assert ask_json("qu'a dit exactement le ministre ?")["ids"] == []


def test_booking_a_hotel_in_darija_is_not_confirming_attendance():
    assert ask_json("واش نقدر نحجز أوطيل قريب من الفطور؟")["ids"] == []


@pytest.mark.parametrize("message", ["comment ?", "how?", "كيفاش؟", "kifach?"])
def test_how_alone_is_asked_back_not_answered(message):
    # "how" of nothing named: no entry is the answer (it used to be the initial assessment's)
    result = ask_json(message)
    assert result["ids"] == []
    assert result["suggestions"]


def test_how_after_a_question_is_about_that_question_not_another_entry():
    # "et comment ?" asks how of the health plan: the plan's answer, not the initial assessment's
    assert ask_json("Le plan santé, c'est quoi ? Et comment ?")["ids"] == ["results_health"]


@pytest.mark.parametrize(
    ("message", "entry_ids"),
    [
        # "actually" is filler, and "what did the programme do" is then read whole: the results, which are
        # Morocco's, not another country's
        ("So what did the programme actually do in Morocco?", ["results_morocco"]),
        ("So what did the programme actually do in Serbia?", []),
    ],
)
def test_a_phrase_is_read_whole_around_filler_even_when_it_names_a_concept(message, entry_ids):
    assert ask_json(message)["ids"] == entry_ids


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("Thank you so much for your help.", "smalltalk_thanks"),  # "help" is not "how can you help me"
        ("thank you, God bless you", "smalltalk_thanks"),
        ("ok merci, que Dieu vous bénisse", "smalltalk_thanks"),
        ("الله يوفقكم", "smalltalk_goodbye"),
        # thanks for one's cooperation: not the Swiss Cooperation (the funder), nor «التعاون الوطني»
        ("Merci pour votre coopération", "smalltalk_thanks"),
        ("Thank you for your cooperation", "smalltalk_thanks"),
        ("شكرا جزيلا على حسن تعاونكم", "smalltalk_thanks"),
        ("اوكي فهمت كلشي، الله يخليك", "smalltalk_thanks"),  # "ok, I understood everything"
    ],
)
def test_closing_formulas_alone_get_the_reply_of_their_kind(message, entry_id):
    assert ask_json(message)["ids"] == [entry_id]


def test_a_letters_list_of_two_questions_gets_both_answers():
    # "I would be most grateful if you could let me know" and "I hope this finds you well" are formulas:
    # what is left is a list, "the exact venue and the start time", answered item by item
    message = (
        "Dear Sir or Madam, I hope this finds you well. I would be most grateful if you could let me know "
        "the exact venue and the start time of the closing breakfast. Kind regards."
    )
    assert ask_json(message)["ids"] == ["logistics_venue", "logistics_time"]


@pytest.mark.parametrize(
    ("message", "plain_thanks"),
    [
        ("شكرا جزيلا على هذه المعلومات القيمة", "شكرا"),
        ("شكرا على المعلومات القيمة", "شكرا"),
        ("Merci beaucoup pour ces infos", "merci"),
    ],
)
def test_thanks_for_the_information_is_plain_thanks(message, plain_thanks):
    # «القيمة» (valuable) is not «القائمة» (the list of countries); and thanks are not guessed at
    reply = ask_json(message)
    assert reply["ids"] == ["smalltalk_thanks"]
    assert reply["answer"] == ask_json(plain_thanks)["answer"]


def test_a_letter_closing_with_thanks_for_ones_cooperation_adds_no_answer():
    message = (
        "السيدات والسادة المحترمون، تحية طيبة، نرجو منكم التكرم بإفادتنا بمكان انعقاد اللقاء. وشكرا مسبقا على تعاونكم."
    )
    assert ask_json(message)["ids"] == ["logistics_venue"]


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        # formal Arabic formulas, as an official closes or opens a letter
        ("أستأذنكم الآن، إلى اللقاء ودمتم في أمان الله.", "smalltalk_goodbye"),
        ("أشكركم جزيل الشكر على هذه الإفادة القيّمة.", "smalltalk_thanks"),
        ("السلام عليكم ورحمة الله وبركاته، طاب صباحكم.", "smalltalk_greeting"),
    ],
)
def test_formal_arabic_formulas_alone_get_their_reply(message, entry_id):
    assert ask_json(message)["ids"] == [entry_id]


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("طاب مساؤكم، أين سيقام اللقاء؟", "logistics_venue"),
        ("شكرا جزيلا على هذه الإفادة، متى يبدأ الفطور؟", "logistics_time"),
        # "could you give me an overview of ...": what it is
        ("هل يمكنكم تقديم نبذة تعريفية عن برنامج الأمم المتحدة الإنمائي؟", "about_undp"),
        ("هل يمكنكم تقديم نبذة تعريفية عن المنظمة الدولية للهجرة؟", "about_iom"),
        ("هل يمكنكم إطلاعي على فكرة عامة عن حدث 26 يناير 2018 في الرباط؟", "event_overview"),
        ("هل يمكنكم أن تعرّفوني بهذا المساعد الآلي وبالمواضيع التي يجيب عنها؟", "smalltalk_about_bot"),
    ],
)
def test_formal_arabic_requests_around_a_question_are_set_aside(message, entry_id):
    assert ask_json(message)["ids"] == [entry_id]


@pytest.mark.parametrize(
    ("message", "entry_ids"),
    [
        (
            "Bonjour, pouvez-vous m'indiquer le lieu et me dire à quelle heure ça se termine ?",
            ["logistics_venue", "logistics_end_time"],
        ),
        (
            "Could you tell me the dress code and let us know when the breakfast ends?",
            ["logistics_dress_code", "logistics_end_time"],
        ),
        ("What time does it start and tell me if there is parking", ["logistics_time", "logistics_access"]),
        ("ما هو الزي المطلوب وإخباري بمكان ركن السيارات", ["logistics_dress_code", "logistics_access"]),
        ("فين غادي يكون الفطور وقولي فوقاش كيسالي", ["logistics_venue", "logistics_end_time"]),
        # one request answered, the other not: the first gets its answer, the second is said to have none
        (
            "Pourriez-vous m'indiquer comment confirmer ma présence et me préciser le budget consacré à "
            "l'organisation de cette matinée ?",
            ["rsvp_how"],
        ),
        # "nous" is not always "to us": "et nous avons reçu" opens no request
        ("Je représente une ONG de Fès et nous avons reçu l'invitation, c'est où ?", ["logistics_venue"]),
    ],
)
def test_a_request_after_and_is_a_question_of_its_own(message, entry_ids):
    assert ask_json(message)["ids"] == entry_ids


def test_asking_to_confirm_the_venue_asks_the_venue_not_to_register():
    message = (
        "We would be grateful if you could confirm the exact venue of the closing breakfast and let us know "
        "when the event is expected to end."
    )
    assert ask_json(message)["ids"] == ["logistics_venue", "logistics_end_time"]
    assert ask_json(
        "Dear Sir or Madam, I would be grateful for a brief overview of the closing session on 26 January."
    )["ids"] == ["event_overview"]


@pytest.mark.parametrize(
    ("message", "entry_ids"),
    [
        (
            "Bonjour, je suis chargée de programme dans une ONG à Oujda. Nous avons reçu une invitation pour la "
            "session de clôture. Comment confirmer ma présence, et est-ce que je peux venir avec un collègue ?",
            ["rsvp_how", "rsvp_colleague"],
        ),
        (
            "Good morning. I work for a small association in Oujda. We received the invitation last week. "
            "What time does the breakfast start? And where exactly is it?",
            ["logistics_time", "logistics_venue"],
        ),
    ],
)
def test_sentences_telling_who_writes_do_not_push_out_the_last_question(message, entry_ids):
    assert ask_json(message)["ids"] == entry_ids


def test_a_message_of_statements_only_keeps_its_first_sentences():
    """With no question in it, the first three sentences are read, as written: a statement at the top
    ("the venue.") is not pushed out by the ones after it."""
    lexicon = load_knowledge("knowledge").lexicon
    message = "Le lieu. Je suis journaliste. Nous couvrons la migration. Notre rédaction a des caméras."
    assert understand(message, lexicon, QUESTION_WORDS).questions[0] == "Le lieu."
