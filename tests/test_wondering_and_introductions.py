"""Messages met in the blind sets of issue 7's twenty-third round, through `ask --json`: a question after
a declined one that came nearest to it («... الجمعة ولا السبت؟ اشمن نهار بالضبط؟»), "I wonder" and "I did
not understand" before what is asked, a set day asked, a formula beside a sentence that only says who
the sender is, and the answers offered to choose from in a clause after the question."""

from __future__ import annotations

import pytest

from tests.test_understanding import ask_json


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # the question before, declined, came nearest to what the last one asks plainly: it asked the same
        (
            "كنتساءل واش الفطور نهار الجمعة ولا السبت، حيت عندي سفر ف الويكاند. اشمن نهار بالضبط؟",
            ["event_date"],
        ),
        ("ما فهمتش واش هاد الفطور مفتوح للمجتمع المدني ولا غير للرسميين. شكون هوما المدعوين؟", ["event_attendees"]),
        # a question before that named what no entry covers still takes the next one with it
        ("Is there a phase 3? When does it start?", []),
        ("شكون الشريك ديال البرنامج ف تونس؟ شمن وزارة", []),
    ],
)
def test_a_question_after_a_declined_one_on_the_same_thing_is_answered(message, expected):
    assert ask_json(message)["ids"] == expected


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # «كنتساءل» (I wonder) and «ما فهمتش» (I did not get) say why one asks, not what
        ("بغيت نحضر غير الى كان شي مسؤول كبير غادي يهضر. كنتساءل شكون هوما المتدخلين ف الفطور؟", ["event_speakers"]),
        ("اشنو هو هاد الحدث اصلا ما فهمتش", ["event_overview"]),
        # "the set day" asks the date
        ("ما هو اليوم المحدد للقاء الختامي؟", ["event_date"]),
        # «ساعتين» (two hours) and «سيستمر» (will go on) ask how long; «هل الحضور» who attends
        ("هل سيستمر اللقاء ساعتين ام اكثر؟", ["logistics_end_time"]),
        ("شحال غادي يدوم اللقاء تقريبا ساعتين؟", ["logistics_end_time"]),
        ("هل الحضور من المؤسسات العمومية فقط أم من الجهات المانحة ايضا", ["event_attendees"]),
        # «الضحى» (mid-morning) and «قبل الظهر» (before noon) are times of day
        ("الفطور كيبدا بكري فالصباح ولا مع الضحى؟", ["logistics_time"]),
        ("هل ينتهي اللقاء قبل الظهر أم يستمر إلى المساء؟", ["logistics_end_time"]),
    ],
)
def test_wondering_the_set_day_and_how_long(message, expected):
    assert ask_json(message)["ids"] == expected


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # a greeting, thanks or goodbye beside a sentence that only says who the sender is gets its reply
        ("السلام عليكم، انا مساعدة ديال المدير العام", ["smalltalk_greeting"]),
        (
            "السلام عليكم ورحمة الله، أنا سعاد خدامة فجمعية فالعيون. هادي أول مرة نكتب هنا، صباح الخير.",
            ["smalltalk_greeting"],
        ),
        ("أنا صحفية وسالاو ليا الأسئلة ديك الساعة. تهلا فراسك، مع السلامة.", ["smalltalk_goodbye"]),
        ("السلام عليكم، أنا سعاد من جمعية فالعيون", ["smalltalk_greeting"]),  # «من»: "from", not "who"
        ("صباح الخير، انا محمد من الداخلة وهادي اول مرة كنستعمل هاد البوت", ["smalltalk_greeting"]),
        # ... but not a request beside it, nor what no entry covers
        ("سلام، أنا صحفي، شكون هو الوزير؟", []),  # nor a question
        ("سلام، بغيت نخدم مع PNUD", []),
        ("سلام، أنا طالب وبغيت شي تدريب عندكم", []),
        ("سلام، أنا صحفي وعافاك صيفط ليا الصور ديال النشاط", []),
        ("Bonjour, je suis journaliste, le wifi ne marche pas.", []),
        ("Bonjour, je suis migrant et mon titre de séjour a expiré.", []),
    ],
)
def test_a_formula_beside_an_introduction_gets_the_formulas_reply(message, expected):
    assert ask_json(message)["ids"] == expected


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # the answers offered in a clause of their own are guesses: what is asked is before them
        ("شكون ممول البرنامج، سويسرا ولا الاتحاد الأوروبي؟", ["programme_funder"]),
        ("شنو هي MDCMREAM، وزارة ولا جمعية؟", ["about_mdcmream"]),
        ("الفطور فين غادي يكون، فشي اوطيل ولا فالوزارة؟", ["logistics_venue"]),
        # ... when the clause before them asks: here the choice is the question
        ("مرحبا، انا من جمعية، واش الفطور بالخلاص ولا فابور؟", []),
        # and what is asked before them may be what no entry covers
        ("which sector will the programme extend to next, education or employment?", []),
    ],
)
def test_what_is_asked_before_the_answers_offered(message, expected):
    assert ask_json(message)["ids"] == expected


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # words offered inside the question confirm the one entry a "did you mean" would offer
        ("واش OIM تابعة للأمم المتحدة ولا مستقلة عليها؟", ["about_iom"]),
        ("واش الفطور غادي يكون فالرباط ولا فسلا؟", ["logistics_venue"]),
        ("Et le lieu exact, c'est à Rabat même ou à Salé ?", ["logistics_venue"]),
        # ... never where they are what is asked and no entry says it
        ("واش الفطور بالخلاص ولا فابور؟", []),
        ("من اعد مخطط الصحة والهجرة، خبراء وطنيون ام مكتب دراسات دولي؟", []),
    ],
)
def test_words_offered_inside_the_question_confirm_the_one_entry_offered(message, expected):
    assert ask_json(message)["ids"] == expected


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # a question of a kind only, which the entry answered before gives, asks it of that entry's subject
        ("شنو هو المنتدى العالمي للهجرة والتنمية؟ وامتى تأسس؟", ["global_gfmd"]),
        ("What is the GFMD and when was it founded?", ["global_gfmd"]),
        ("C'est quoi l'OIM ? Elle a été fondée quand ?", ["about_iom"]),
        # ... not a kind the entry before never gives
        ("When does it start and when does it wrap up?", ["logistics_time", "logistics_end_time"]),
        ("Qui organise le petit-déjeuner ? Et c'est quand ?", ["event_organisers", "event_date"]),
    ],
)
def test_a_kind_of_question_alone_asks_it_of_the_subject_before(message, expected):
    assert ask_json(message)["ids"] == expected
