"""Who the sender says they are, before the question (issue 7): "I am a journalist", «كنخدم فجمعية». It sets the
scene for the question, answers nothing on its own, and never stands in for a question no entry answers.
Through `ask --json`, as the console and the bot answer. Phrasings are the tests' own."""

from __future__ import annotations

import pytest

from tests.test_understanding import ask_json


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # who the sender is, before the question, sets the scene
        ("أنا صحفية فجريدة محلية فمراكش، واش الصحافة مرحب بها؟", ["event_press"]),
        ("I'm free that morning, where is it?", ["logistics_venue"]),
        ("je travaille dans une ONG à Agadir, est-ce que la société civile est invitée ?", ["event_attendees"]),
        # who asks, then a question about something else: only the question is answered, not the press
        ("انا صحفية، شنو دار البرنامج فالمغرب؟", ["results_morocco"]),
        ("I'm a journalist, what did the programme achieve in Morocco?", ["results_morocco"]),
        # with no comma, and with «من» (from) in it, which asks no "who" there
        ("مساء الخير انا طالب فالرباط فوقاش كيبدا الفطور", ["logistics_time"]),
        ("انا لاجئ من مالي عايش فطنجة، شنو هي المنظمة الدولية للهجرة؟", ["about_iom"]),
        # what the sender wants is no scene: still declined
        ("انا مغربي فبلجيكا بغيت نشري دار فبلادي شكون نتصل", []),
        # «موظف» (a civil servant) says who asks: not a question about a ministry's staff
        ("أنا موظف فالوزارة، فين غادي يكون الفطور؟", ["logistics_venue"]),
        # what the sender wants is not who they are: still not the breakfast's practical details
        ("je veux demander l'asile, je dois aller où ?", []),
    ],
)
def test_who_the_sender_is_sets_the_scene_for_the_question(message, expected):
    assert ask_json(message)["ids"] == expected


@pytest.mark.parametrize(
    "message",
    [
        "Hello, I'm a journalist. How much does Morocco spend every year on the health of migrants?",
        "Je suis journaliste. Combien le Maroc dépense-t-il chaque année pour la santé des migrants ?",
        "أنا صحفي. كم ينفق المغرب كل سنة على صحة المهاجرين؟",
        "أنا مهاجر فالرباط. كيفاش نجيب بطاقة الإقامة؟",  # a topic no entry covers, after the sender's sentence
        # the sender's own case, told before "where do I go?", is what is asked: not the way to the breakfast
        "انا ساكن فهولندا وضاع ليا الباسبور، فين نمشي؟",
        "I live in the Netherlands and I lost my passport, where should I go?",
        # ... also when it is a sentence of its own
        "أنا مهاجر فالرباط وبغيت نسوّي الوضعية ديالي. فين خاصني نمشي؟",
        "J'ai perdu mon passeport. Où dois-je aller ?",
        "I'm having trouble transferring my pension home. Can the ministry for Moroccans living abroad help me?",
    ],
)
def test_who_the_sender_is_does_not_stand_in_for_a_question_no_entry_answers(message):
    # "I'm a journalist." asks nothing: answering it (the press) would answer a question never asked
    assert ask_json(message)["ids"] == []


@pytest.mark.parametrize(
    ("message", "entry_ids"),
    [
        ("I'm a journalist. Can I attend?", ["event_press", "event_attendees"]),
        ("Je suis journaliste dans une radio. Les médias sont-ils admis ?", ["event_press"]),
        ("Bonjour, je confirme la présence de M. Alaoui. À qui envoyer la confirmation ?", ["rsvp_how"]),
    ],
)
def test_who_the_sender_is_still_answers_when_the_question_is_about_it(message, entry_ids):
    assert ask_json(message)["ids"] == entry_ids


def test_saying_one_works_somewhere_is_not_asking_for_a_job():
    """«كنخدم فجمعية» (I work for an association) says who asks; «نقدر نخدم» (can I work) would ask a job."""
    assert "event_attendees" in ask_json("انا كنخدم فجمعية، واش نقدر نحضر؟")["ids"]


@pytest.mark.parametrize(
    "message",
    ["Et le PNUD ? Ils prennent des stagiaires ?", "و PNUD؟ عندهم شي ستاج؟", "And UNDP? Do they offer internships?"],
)
def test_a_bare_subject_does_not_stand_in_for_the_question_about_it(message):
    # "and UNDP?" names what the next question asks about: answering what UNDP is would answer a question
    # never asked, while the internship is one no entry answers
    assert ask_json(message)["ids"] == []


def test_a_bare_subject_before_a_question_an_entry_answers_is_answered():
    assert ask_json("Et le PNUD ? c'est quoi ?")["ids"] == ["about_undp"]


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # a student, a researcher or a teacher named without «انا», "je suis" or "I am" only sets the scene
        ("مساء الخير، طالب فالماستر، شنو هو المنتدى العالمي للهجرة والتنمية؟", ["global_gfmd"]),
        ("السلام، باحثة فالهجرة، شنو دار البرنامج مع التعاون الوطني؟", ["results_social"]),
        ("أستاذة جامعية، ما هي المنظمة الدولية للهجرة؟", ["about_iom"]),
        ("étudiant en droit, qui finance le programme ?", ["programme_funder"]),
        ("PhD student at Mohammed V, what did the programme achieve?", ["results_morocco"]),
    ],
)
def test_who_the_sender_is_without_i_am_sets_the_scene_too(message, expected):
    assert ask_json(message)["ids"] == expected


def test_an_accreditation_process_is_the_press():
    assert ask_json("I'm a freelance reporter. Is there an accreditation process?")["ids"] == ["event_press"]


def test_a_form_of_address_before_who_the_sender_is_is_set_aside_too():
    # «خويا» (brother), then who is asking, then the question
    message = "السلام عليكم خويا، أنا مغربي عايش فإيطاليا، شنو هي هاد الوزارة ديال المغاربة المقيمين بالخارج؟ شكرا"
    assert ask_json(message)["ids"] == ["about_mdcmream"]
