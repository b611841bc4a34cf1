"""How a question is put (issue 7), through `ask --json`: a comparison, a polite letter asking several
things, a second question opened by "and will you", a frame or words that only qualify the question,
a subject other than the breakfast named in a question of time, and an Arabic «و» typed apart."""

from __future__ import annotations

import pytest

from tests.test_understanding import ask_json


@pytest.mark.parametrize(
    ("message", "entry_ids"),
    [
        ("What's the difference between the GFMD and the Compact?", ["global_gfmd", "global_compact"]),
        ("Quelle différence entre l'OIM et le PNUD ?", ["about_iom", "about_undp"]),
        ("شنو الفرق بين OIM و PNUD", ["about_iom", "about_undp"]),
        ("ما الفرق بين المنتدى العالمي للهجرة والتنمية والميثاق العالمي؟", ["global_gfmd", "global_compact"]),
    ],
)
def test_the_difference_between_two_things_gets_what_each_is(message, entry_ids):
    assert ask_json(message)["ids"] == entry_ids


@pytest.mark.parametrize(
    "message",
    [
        "شنو هو الفرق بين PNUD و UNICEF",  # UNICEF: no entry says what it is
        "What's the difference between the programme in Morocco and in Tunisia?",  # Tunisia's own work
    ],
)
def test_a_difference_with_something_no_entry_describes_is_declined(message):
    assert ask_json(message)["ids"] == []


@pytest.mark.parametrize(
    ("message", "entry_ids"),
    [
        (
            "Madame, Monsieur, pourriez-vous m'indiquer s'il existe un code vestimentaire, ainsi que les modalités "
            "d'accès au lieu ? Avec mes remerciements anticipés.",  # « ainsi que »: and
            ["logistics_dress_code", "logistics_access"],
        ),
        (
            "أرجو إفادتي بشأن اللباس المطلوب وكيفية الوصول إلى المكان وركن السيارة",  # the way there, then parking
            ["logistics_dress_code", "logistics_access"],
        ),
        ("Sorry for the basic question, but what exactly is the GFMD?", ["global_gfmd"]),
    ],
)
def test_a_polite_letter_gets_each_thing_it_asks(message, entry_ids):
    assert ask_json(message)["ids"] == entry_ids


@pytest.mark.parametrize(
    "message",
    [
        "What time does it start, and will you reimburse my train ticket from Fes?",
        "What time does it start, and will lunch be served afterwards?",
    ],
)
def test_and_will_you_opens_a_second_question_of_its_own(message):
    # the second asks what no entry answers: the first is still answered
    assert ask_json(message)["ids"] == ["logistics_time"]


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("ما هي الأهداف المحددة لبرنامج Migration Mainstreaming؟", "programme_objectives"),  # «المحددة»: specific
        ("ما هي الجلسة الختامية التي تتحدثون عنها", "event_overview"),  # «التي تتحدثون عنها»: you talk of
    ],
)
def test_words_that_only_qualify_the_question_are_left_aside(message, entry_id):
    assert ask_json(message)["ids"] == [entry_id]


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("عندي اجتماع ف الوزارة مع 11، فوقاش غادي يسالي الفطور؟", "logistics_end_time"),  # one's own meeting first
        ("I have a flight at 2pm from Rabat-Sale, roughly what time will it wrap up?", "logistics_end_time"),
        ("J'ai un train à midi, ça se termine à quelle heure ?", "logistics_end_time"),
        ("السلام، عندي دعوة ولكن نسيت التاريخ، امتى هاد اللقاء", "event_date"),
        ("واش المغرب بوحدو فهاد البرنامج ولا كاينين دول اخرين معاه", "programme_countries"),  # «بوحدو»: alone
        ("مرحبا، سجلت الحضور وغلطت فالسمية ديال المؤسسة، واش نقدر نبدل الجواب ديالي", "rsvp_change"),
    ],
)
def test_ones_own_schedule_or_invitation_before_the_question_frames_it(message, entry_id):
    assert ask_json(message)["ids"] == [entry_id]


def test_a_name_with_its_arabic_and_typed_apart_is_still_the_name():
    # «و التنمية» typed apart is «والتنمية»: the Global Forum's name stays whole
    assert ask_json("اش هو المنتدى العالمي حول الهجرة و التنمية FMMD")["ids"] == ["global_gfmd"]
    assert ask_json("متى و أين سيقام الفطور؟")["ids"] == ["event_date", "logistics_venue"]


@pytest.mark.parametrize(
    "message",
    [
        "Quel est le lien entre le programme et l'Entraide nationale ?",  # « entre »: says nothing of what is asked
        "What's the link between the programme and the Entraide nationale?",
    ],
)
def test_the_link_between_the_programme_and_the_entraide_is_its_part_in_the_results(message):
    assert ask_json(message)["ids"] == ["results_social"]


@pytest.mark.parametrize(
    "message",
    [
        "Could you tell me the date as well as the venue?",  # "as well as": and
        "أرجو إفادتي بتاريخ اللقاء بالإضافة إلى مكانه",  # «بالإضافة إلى»: in addition to
        "la date ainsi que le lieu svp",
    ],
)
def test_as_well_as_joins_two_things_asked(message):
    assert ask_json(message)["ids"] == ["event_date", "logistics_venue"]


def test_how_many_years_after_how_long_the_phase_lasted_asks_it_again():
    # «كم عام» (how many years) restates the question before it: the phase's dates, not the breakfast's length
    assert ask_json("شحال طولات هاد المرحلة التانية؟ كم عام")["ids"] == ["programme_dates"]
    assert ask_json("C'est où ? Et à quelle heure ?")["ids"] == ["logistics_venue", "logistics_time"]


def test_the_seven_other_countries_with_a_formal_they_are_the_countries():
    assert ask_json("شنو هما الدول السبعة الاخرين")["ids"] == ["programme_countries"]  # «هما»: they


def test_when_another_subject_is_named_the_breakfast_is_not_assumed():
    # a question of time about the Forum is not about the breakfast, whose date it used to get
    reply = ask_json("when is the GFMD?")
    assert reply["ids"] == []
    assert "global_gfmd" in reply["suggestions"]


def test_a_topic_whose_own_entry_leads_is_not_answered_by_another():
    # the Forum's entry leads but is not of the kind asked: the Compact's is not "what you meant"
    reply = ask_json("كيف واكب البرنامج المغرب في اطار الFMMD؟")
    assert reply["ids"] == []
    assert reply["suggestions"][0] == "global_gfmd"


@pytest.mark.parametrize(
    "message",
    [
        "Is building up the UN country teams one of its goals?",
        "le programme visait-il aussi les équipes de pays de l'ONU ?",
        "واش البرنامج كيقوي الفرق القطرية ديال الأمم المتحدة؟",  # «الفرق», teams here, not "the difference"
    ],
)
def test_the_un_country_teams_are_the_objectives(message):
    assert ask_json(message)["ids"] == ["programme_objectives"]


def test_a_student_at_university_and_an_invitation_in_darija_are_only_the_scene():
    # «الجامعة» is a university, not «الجامع», a mosque; «تعرضت», I was invited
    assert ask_json("انا طالبة فالجامعة، شنو هي أهداف البرنامج؟")["ids"] == ["programme_objectives"]
    assert ask_json("تعرضت للفطور، اشمن نهار بالضبط؟")["ids"] == ["event_date"]


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("مع شكون كتخدم المنظمة الدولية للهجرة ف هاد المشروع؟", ["programme_partners"]),  # with whom: partners
        ("Could you provide me with a way to reach the organisers?", ["logistics_contact"]),
        ("واش OIM كتوظف شي ناس؟", []),  # whether IOM hires: a job, not what IOM is
    ],
)
def test_whom_a_body_works_with_ways_of_asking_and_hiring(message, expected):
    assert ask_json(message)["ids"] == expected


@pytest.mark.parametrize(
    "message",
    [
        "The Global Compact keeps coming up in the news. What is it?",
        "سمعت على الميثاق العالمي فالأخبار. شنو هو؟",
        "J'entends souvent parler du Pacte mondial. C'est quoi ?",
    ],
)
def test_what_it_is_after_a_sentence_naming_something_is_what_that_sentence_named(message):
    # "it" is the Compact, whatever else the sentence said of it, not the breakfast
    assert ask_json(message)["ids"] == ["global_compact"]


@pytest.mark.parametrize(
    "message",
    [
        "متى تأسس المنتدى العالمي للهجرة والتنمية؟",
        "When was the GFMD founded?",
        "Le FMMD a été fondé en quelle année ?",
    ],
)
def test_when_the_forum_was_founded_is_the_forums_entry(message):
    # its answer says it was launched in Brussels in 2007
    assert ask_json(message)["ids"] == ["global_gfmd"]


def test_a_comparison_with_a_typo_is_still_a_comparison():
    assert ask_json("whats the diffrence between IOM and UNDP")["ids"] == ["about_iom", "about_undp"]


def test_a_topic_of_another_kind_of_entry_is_not_answered_by_one_that_never_names_it():
    # who runs the Entraide (its results' topic) is not the programme's partners
    assert ask_json("who runs the Entraide nationale?")["ids"] == []
    # an association's member asking what the programme did with the Entraide: not who attends as well
    assert ask_json("السلام، انا من جمعية، شنو دار البرنامج مع التعاون الوطني؟")["ids"] == ["results_social"]
    # what the event covers names other topics as a matter of course
    assert ask_json("Will the Global Compact be discussed at the breakfast?")["ids"] == ["event_agenda"]
    assert ask_json("Will the minister speak about the GFMD?")["ids"] == ["event_speakers"]
    # and so do the practical ones
    assert ask_json("Can I bring a colleague from the Entraide nationale?")["ids"] == ["rsvp_colleague"]
    assert ask_json("How do I confirm my attendance for the GFMD breakfast?")["ids"] == ["rsvp_how"]


def test_ones_reply_to_the_invitation_is_ones_reply_not_who_is_invited():
    assert ask_json("بغيت نبدل ردي على الدعوة، كيفاش؟")["ids"] == ["rsvp_change"]


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # the relative clause describes the closing session: what it is is asked, not who holds it
        ("ما هي الجلسة الختامية التي تنظمها المنظمة الدولية للهجرة في الرباط؟", ["event_overview"]),
        ("شنو هو هاد اللقاء اللي غادي يتنظم فالرباط؟", ["event_overview"]),
        # after "which countries", the clause is what is asked: no other countries took part
        ("ما هي الدول التي ستنضم إلى البرنامج بعد 2018؟", []),
    ],
)
def test_what_the_event_described_by_a_relative_clause_is(message, expected):
    assert ask_json(message)["ids"] == expected
