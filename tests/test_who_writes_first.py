"""Messages met in the blind sets of issue 7's twenty-fifth round, through `ask --json`: a sentence on
who the sender is and what they know before the question (a coordinator who never heard of the
programme), "how was it done" asked of a result rather than a procedure to follow, and a bare question
word that shares the subject of the question after it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_understanding import ask_json


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # "I coordinate projects ... and never heard of this programme. What is it exactly?"
        ("أنا منسق مشاريع فجمعية فوجدة، وعمري ما سمعت بهاد البرنامج. شنو هو بالضبط؟", ["programme_overview"]),
        ("Tell me about the MDCMREAM please, never heard of it", ["about_mdcmream"]),
        # a coordinator says who is asking; no person's name is asked
        (
            "انا منسق ف جمعية وبغيت نوجد اسئلة من قبل، واش عارف شكون المتدخلين ف الجلسة الختامية وشنو هو"
            " الترتيب ديال الكلمات؟",
            ["event_speakers"],
        ),
    ],
)
def test_what_the_sender_says_of_themselves_does_not_hide_the_question(message, expected):
    assert ask_json(message)["ids"] == expected


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("كيف تم إدماج الهجرة في مجال المساعدة الاجتماعية والإنسانية؟", ["results_social"]),
        ("كيفاش دخلو الهجرة فقطاع الصحة", ["results_health"]),
        (
            "Comment le programme a-t-il intégré la migration dans le travail de l'Entraide nationale ?",
            ["results_social"],
        ),
    ],
)
def test_how_it_was_done_is_answered_by_the_result(message, expected):
    assert ask_json(message)["ids"] == expected


@pytest.mark.parametrize(
    "message",
    [
        "كيف يمكن لمهاجر أن يحصل على مساعدة من التعاون الوطني؟",  # a procedure for one's own case
        "كيفاش نخدم ف التعاون الوطني",  # a job
        "How did the programme do in Kyrgyzstan? Any concrete results there?",  # no entry gives those results
    ],
)
def test_how_to_get_help_or_how_it_went_elsewhere_is_still_declined(message):
    assert ask_json(message)["ids"] == []


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # "when and where will the breakfast be held, and how do I confirm?": "when" is of the breakfast
        ("متى وأين سيقام الفطور، وكيف أؤكد حضوري؟", ["event_date", "logistics_venue", "rsvp_how"]),
        ("quand et où a lieu le petit-déjeuner ?", ["event_date", "logistics_venue"]),
        # «يتنظم»: will be held; «نسجل الحضور»: confirm one's attendance
        (
            "أنا طالب دكتوراه فالجغرافيا وكندير بحث على الهجرة. فين غادي يتنظم اللقاء وكيفاش نسجل الحضور؟",
            ["logistics_venue", "rsvp_how"],
        ),
    ],
)
def test_each_question_word_is_asked_of_its_own_subject(message, expected):
    assert ask_json(message)["ids"] == expected


@pytest.mark.parametrize(
    "message",
    [
        # the criteria for a migrant to get help: one's own case
        "السلام، أنا مساعدة اجتماعية. شنو هي المعايير باش المهاجر يستافد من مراكز التعاون الوطني؟",
        # the minutes of the meeting: no document to send
        "Could you kindly share the minutes of the breakfast once it's over? It would help my report.",
        "Est-ce que le compte rendu de la rencontre sera envoyé ?",
    ],
)
def test_a_migrants_own_case_or_the_minutes_are_declined(message):
    assert ask_json(message)["ids"] == []


def test_who_will_be_in_attendance_is_who_attends():
    message = (
        "Dear team, I hope this message finds you well. Could you please tell me who is organising the event "
        "and who will be in attendance?"
    )
    assert ask_json(message)["ids"] == ["event_organisers", "event_attendees"]


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # "have the speakers' names been announced?": the speakers' entry says they have not
        ("هل تم الاعلان عن اسماء المتدخلين", ["event_speakers"]),
        # registering a colleague under one's own name
        ("أنا منسقة في منظمة غير حكومية، وزميلتي تريد الحضور معي. هل يمكنني تسجيلها باسمي؟", ["rsvp_colleague"]),
    ],
)
def test_announced_names_and_registering_someone_else(message, expected):
    assert ask_json(message)["ids"] == expected


def test_there_after_another_country_asks_of_that_country():
    message = (
        "Bonjour, je fais une thèse sur la migration en Tunisie. Qu'est-ce que le programme a réalisé "
        "concrètement là-bas ?"
    )
    assert ask_json(message)["ids"] == []


def test_a_mistake_in_ones_own_name_is_still_changing_ones_reply():
    # «اسمي» (my name) alone is not someone else's registration
    assert ask_json("اخطات في اسمي عند تاكيد الحضور كيف اعدله")["ids"] == ["rsvp_change"]


@pytest.mark.parametrize(
    "message",
    [
        # "who is IOM's director in Morocco? what is his name?": no name has been announced
        "السلام، انا صحفي، شكون هو المدير ديال OIM فالمغرب؟ شنو سميتو؟",
        # the number of hospitals: no figure is given
        "ما هو عدد المستشفيات اللى طبقت خطة الصحة والهجرة",
        # investing in Morocco: not the organisers' contact
        "خويا فإيطاليا بغا يستثمر فالمغرب، شكون نتاصلو بيه؟",
    ],
)
def test_a_director_a_count_of_hospitals_or_an_investment_is_declined(message):
    assert ask_json(message)["ids"] == []


def test_my_director_is_still_a_colleague():
    assert ask_json("مديري ما يقدرش يجي، واش نقدر نجي فبلاصتو؟")["ids"] == ["rsvp_colleague"]


@pytest.mark.parametrize(
    "message",
    [
        # "who did the initial assessment, and when did it end?": the end of the assessment, not the breakfast's
        "شكون اللي دار التقييم الاولي وفاش سالا",
        "qui a fait le diagnostic initial et il s'est terminé quand ?",
    ],
)
def test_when_after_a_question_offered_another_entry_is_asked_of_it(message):
    assert "logistics_end_time" not in ask_json(message)["ids"]


def test_when_it_starts_and_when_it_ends_are_both_answered():
    assert ask_json("فوقاش كيبدا وفوقاش كيسالي؟")["ids"] == ["logistics_time", "logistics_end_time"]


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # a correction: what was not meant is left out, and the question is asked of what was meant
        ("No, I meant the breakfast, not the programme - when does it end?", ["logistics_end_time"]),
        ("لا، قصدت الفطور ماشي البرنامج، فوقاش كيسالي؟", ["logistics_end_time"]),
        ("عذرا، لم أقصد البرنامج بل الفطور: أين سيقام؟", ["logistics_venue"]),
        ("je ne parlais pas du programme mais du petit-déjeuner : c'est où ?", ["logistics_venue"]),
        (
            "Sorry, to be clear: I was asking about the dates of phase 2, not the date of the breakfast.",
            ["programme_dates"],
        ),
        ("سمح ليا، كنت كنسول على التواريخ ديال المرحلة الثانية ماشي على نهار الفطور", ["programme_dates"]),
    ],
)
def test_a_correction_is_read_of_what_was_meant(message, expected):
    assert ask_json(message)["ids"] == expected


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # a "not" of anything but a subject stays: it is part of the question
        ("Le petit-déjeuner n'est-il pas ouvert au public ?", ["event_attendees"]),
        ("The breakfast is not in Rabat, is it? Where is it?", ["logistics_venue"]),
    ],
)
def test_a_not_of_something_else_stays_in_the_question(message, expected):
    assert ask_json(message)["ids"] == expected


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("من يمول هذا البرنامج المشترك بين المنظمتين؟", ["programme_funder"]),  # "shared by the two organisations"
        ("عرفني بالمنظمة الدولية للهجرة في سطرين من فضلك", ["about_iom"]),  # "introduce me to IOM in two lines"
        ("أهلا، أريد معلومات عامة عن جلسة الاختتام يوم 26 يناير", ["event_overview"]),  # general information
        ("What's the programme of the morning exactly?", ["event_agenda"]),
    ],
)
def test_introductions_and_the_mornings_programme(message, expected):
    assert ask_json(message)["ids"] == expected


@pytest.mark.parametrize(
    "message",
    [
        "هل يسمح بالتصوير بالهاتف داخل القاعة أثناء اللقاء؟",  # photos in the room: nothing announced
        "عندي مشروع داخل فالمرحلة الثانية، كيفاش نلقى تمويل من سويسرا؟",  # funding for one's own project
    ],
)
def test_photos_in_the_room_or_funding_for_ones_project_is_declined(message):
    assert ask_json(message)["ids"] == []


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # «باش نسول» (so that I can ask) and «فالبلاغ» (in the press release) ask nothing themselves
        ("numéro de téléphone ديال OIM باش نسول على الفطور", ["logistics_contact"]),
        ("شنو هو Global Compact اللي كيتكلمو عليه فالبلاغ؟", ["global_compact"]),
    ],
)
def test_asking_and_the_press_release_named_in_passing(message, expected):
    assert ask_json(message)["ids"] == expected


def test_where_to_find_the_press_release_gets_no_place():
    assert ask_json("فين نلقى البلاغ الصحفي؟")["ids"] == []


def test_what_will_be_said_is_the_agenda():
    # «شنو غادي يتقال» (what will be said), then what the breakfast is for
    assert ask_json("شنو غادي يتقال ف هاد الفطور، شنو الهدف ديالو")["ids"][0] == "event_agenda"


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # a live stream nobody announced, then "what time does it start?" of the breakfast itself
        ("Will the breakfast be livestreamed? And what time does it start?", ["logistics_time"]),
        (
            "Est-ce que les présentations seront envoyées aux participants après la réunion ? Et ça se passe où déjà ?",
            ["logistics_venue"],
        ),
    ],
)
def test_when_or_where_after_a_declined_detail_of_the_breakfast_is_of_the_breakfast(message, expected):
    assert ask_json(message)["ids"] == expected


@pytest.mark.parametrize(
    "message",
    [
        "Will the breakfast be livestreamed anywhere? I can't make it to Rabat.",  # a statement, not asked
        "Is there another breakfast next year? Where will it be?",  # another occasion
        "Y aura-t-il une prochaine session du FMMD, et ce sera où ?",
    ],
)
def test_a_declined_occasion_or_a_statement_after_it_stays_declined(message):
    assert ask_json(message)["ids"] == []


def test_a_mistake_in_ones_registration_is_changing_it():
    assert ask_json("غلطت فالتسجيل كيفاش نبدلو")["ids"] == ["rsvp_change"]  # «نبدلو»: change it


def test_a_formal_letter_asking_the_end_and_parking_near_the_venue():
    message = (
        "السلام عليكم،\nأنا منسق مشروع بالوكالة الألمانية للتعاون الدولي، وسأحضر الفطور الختامي. أرجو إخباري"
        " بموعد انتهاء اللقاء، وبإمكانية ركن السيارة قرب مكان الانعقاد.\nمع الشكر الجزيل."
    )
    assert ask_json(message)["ids"] == ["logistics_end_time", "logistics_access"]


def test_a_directorate_is_not_ones_director():
    # «بمديرية» (at the directorate of) says where the sender works; it is no colleague to register
    assert ask_json("أنا إطار بمديرية الهجرة، متى سيقام الفطور؟")["ids"] == ["event_date"]


@pytest.mark.parametrize(
    "message",
    [
        # a letter asking for something gets the honest fallback, never "you're welcome" or a greeting
        "السلام عليكم،\nأنا مدير ديوان رئيس إحدى الجماعات الترابية بجهة الشرق. نرجو منكم إفادتنا بالعدد المتوقع"
        " للحاضرين في الفطور الختامي، وبوسيلة للتواصل مباشرة مع المنظمين.\nوشكرا.",
        "سلام عليكم،\nأتوجه إليكم بصفتي رئيسة مصلحة بالوزارة المنتدبة المكلفة بالمغاربة المقيمين بالخارج وشؤون"
        " الهجرة، لأطلب منكم تعديل ردي على الدعوة، إذ لن أتمكن من الحضور بسبب مهمة خارج الرباط.\n"
        "وتفضلوا بقبول عبارات التقدير.",
    ],
)
def test_a_letter_asking_for_something_gets_no_small_talk(message):
    reply = ask_json(message)
    assert reply["ids"] == []
    assert reply["outcome"] == "fallback"


def test_a_letters_closing_formula_alone_is_thanks():
    assert ask_json("وتفضلوا بقبول عبارات التقدير والاحترام.")["ids"] == ["smalltalk_thanks"]


def test_and_also_joins_two_requests():
    # «وكذلك» (and also) between two questions, as «بالإضافة إلى» is
    message = "من فضلكم، أود أن أعرف كيف يمكنني تغيير ردي على الدعوة، وكذلك كيف أتواصل مع الجهة المنظمة. وشكرا جزيلا"
    assert ask_json(message)["ids"] == ["rsvp_change", "logistics_contact"]


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # "whether" opens a question of its own after "and" or "as well as"
        (
            "Dear organisers,\nI am the migration focal point at a Moroccan ministry. Could you kindly tell me who the"
            " speakers will be, and confirm whether simultaneous interpretation will be provided?\nRegards",
            ["event_speakers"],
        ),
        (
            "Good morning, I hope this message finds you well. I would be most grateful if you could kindly let me"
            " know the exact address of the venue in Rabat, as well as whether parking is available for guests.",
            ["logistics_venue", "logistics_access"],
        ),
    ],
)
def test_whether_asks_a_question_of_its_own(message, expected):
    assert ask_json(message)["ids"] == expected


def test_the_groups_the_code_names_are_in_the_bundled_lexicon():
    # bot/follow_ups.py names the not_covered groups on the breakfast itself: a renamed group would
    # silently stop the rule
    from bot.follow_ups import _OF_THE_BREAKFAST_ITSELF
    from bot.knowledge import load_knowledge
    from bot.lexicon import CONCEPT_MARK
    from tests.conftest import KNOWLEDGE

    groups = {token[len(CONCEPT_MARK) :] for token in load_knowledge(KNOWLEDGE).lexicon.not_covered}
    assert groups >= _OF_THE_BREAKFAST_ITSELF


def test_the_concepts_the_code_names_are_in_the_bundled_lexicon():
    # bot/ names some concepts by their token (CONCEPT_MARK + "funding", "event" ...): a concept renamed in
    # knowledge/lexicon.yaml would silently stop the rule that names it
    import re

    from bot.knowledge import load_knowledge
    from bot.lexicon import CONCEPT_MARK
    from tests.conftest import KNOWLEDGE

    named = {
        name
        for path in (Path(__file__).parent.parent / "bot").glob("*.py")
        for name in re.findall(r'CONCEPT_MARK \+ "([a-z_]+)"', path.read_text(encoding="utf-8"))
    }
    lexicon = load_knowledge(KNOWLEDGE).lexicon
    tokens = {token for table in lexicon.concepts.values() for token in table.values()} | lexicon.kinds
    assert named, "no concept named in bot/: the pattern above no longer finds them"
    assert {CONCEPT_MARK + name for name in named} <= tokens


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # «دمج الهجرة»: the programme's «إدماج الهجرة» in other words
        ("ما هو تاريخ الفطور الختامي لبرنامج دمج الهجرة؟", ["event_date"]),
        ("ما هو دمج الهجرة في التنمية؟", ["programme_overview"]),
    ],
)
def test_integrating_migration_said_another_way(message, expected):
    assert ask_json(message)["ids"] == expected


def test_the_nearest_hotel_is_no_venue():
    assert ask_json("ما هو أقرب فندق إلى مكان اللقاء؟ أنا قادم من أكادير.")["ids"] == []


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # the question after who the sender is names the event's day in passing, as a question alone may
        (
            "السلام عليكم ورحمة الله،\nأنا إطار بوزارة الداخلية، وأود تأكيد حضوري في الفطور الختامي يوم 26 يناير،"
            " فكيف أقوم بذلك؟\nشكرا لكم.",
            ["rsvp_how"],
        ),
        ("السلام انا صحفي ف جريدة ورقية، واش الصحافة مرحب بيها ف لقاء 26 يناير؟", ["event_press"]),
    ],
)
def test_the_events_day_named_after_who_the_sender_is(message, expected):
    assert ask_json(message)["ids"] == expected
