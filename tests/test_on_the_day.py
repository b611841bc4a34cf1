"""Messages met in the blind sets of issue 7's twenty-fourth round, through `ask --json`: invitees on the
day of the breakfast (running late, leaving early, whom to tell), a number of minutes that is a delay and
not a figure asked, "tomorrow's breakfast" naming the event rather than asking when, and the forms of
address of a formal letter («حضرات المنظمين الكرام»)."""

from __future__ import annotations

import pytest

from tests.test_understanding import ask_json


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # running late: whom to tell is the organisers' contact, whatever the delay
        ("slt jsuis en retard de 10 min, je previens qui ??", ["logistics_contact"]),
        ("صباح الخير، أنا في الطريق وتأخرت قليلا، بمن أتصل لإخبار المنظمين؟", ["logistics_contact"]),
        # leaving early asks when it ends
        ("سأضطر للمغادرة مبكرا، متى ينتهي اللقاء؟", ["logistics_end_time"]),
        # a number of minutes is no figure the answer lacks ("20" is not asked about)
        ("Je serai en retard de 20 minutes, à quelle heure ça commence exactement ?", ["logistics_time"]),
    ],
)
def test_an_invitee_on_the_day_gets_the_practical_answer(message, expected):
    assert ask_json(message)["ids"] == expected


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # "tomorrow's breakfast" names the event; it does not ask when
        (
            "Dear team, I would be most grateful if you could kindly let me know the appropriate attire for "
            "tomorrow's closing breakfast. Many thanks in advance and best regards.",
            ["logistics_dress_code"],
        ),
        # a formal letter's address is a greeting, not the organisers asked about
        (
            "حضرات المنظمين الكرام، أرجو التكرم بإفادتي بقواعد اللباس المعتمدة في فطور الاختتام، ولكم جزيل الشكر.",
            ["logistics_dress_code"],
        ),
        # "see you tomorrow" says goodbye
        ("بسلامة، نتلاقاو غدا إن شاء الله", ["smalltalk_goodbye"]),
        # "tomorrow?" alone still asks when
        ("le petit-déjeuner c'est demain ?", ["event_date"]),
    ],
)
def test_tomorrow_and_a_letters_address_do_not_hide_the_question(message, expected):
    assert ask_json(message)["ids"] == expected


@pytest.mark.parametrize(
    "message",
    [
        # a number that is not minutes is still a figure no entry gives
        "kayn chi phase 3 mn ba3d ma tsali phase 2?",
        "Le programme a-t-il aidé 15 000 migrants ?",
    ],
)
def test_a_number_that_is_not_a_delay_still_asks_what_no_entry_gives(message):
    assert ask_json(message)["ids"] == []


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # guards: the second asks only a time, of the subject the first named
        ("البرنامج بدا إمتى وسالا إمتى؟", ["programme_dates"]),
        ("when did the programme start and when did it end?", ["programme_dates"]),
        ("what time does the breakfast start and when does it end?", ["logistics_time", "logistics_end_time"]),
        # a list of subjects is still one answer each
        ("chkoun kaymwl had lprogramme w ach homa les pays li charkin?", ["programme_funder", "programme_countries"]),
    ],
)
def test_a_time_asked_after_a_subject_is_asked_of_it(message, expected):
    assert ask_json(message)["ids"] == expected


@pytest.mark.parametrize(
    "message",
    [
        # a body besides the programme's partners: no entry says what it did
        "ما هو دور منظمة الصحة العالمية في المخطط الاستراتيجي الوطني للصحة والهجرة؟",
        "What did UNICEF do in the programme?",
        "Quel est le rôle de la Banque mondiale dans ce programme ?",
        # whether a day is a public holiday: no entry says
        "هل يوم 26 يناير عطلة رسمية في المغرب ام لا؟",
        "Is 26 January a public holiday in Morocco?",
    ],
)
def test_another_body_or_a_public_holiday_is_declined(message):
    assert ask_json(message)["ids"] == []


def test_a_body_offered_as_a_choice_beside_the_funder_still_gets_the_funder():
    assert ask_json("شكون ممول البرنامج، سويسرا ولا الاتحاد الأوروبي؟")["ids"] == ["programme_funder"]


@pytest.mark.parametrize(
    "message",
    [
        # how many will attend: the organisers alone see the replies
        "How many participants are expected at the breakfast?",
        "كم عدد المشاركين في الفطور؟",
        # a third phase, in words: nothing has been announced
        "Is there going to be a phase three, and when would it start?",
    ],
)
def test_a_headcount_or_a_third_phase_is_declined(message):
    assert ask_json(message)["ids"] == []


def test_who_attends_is_still_answered():
    assert ask_json("Who is attending the breakfast?")["ids"] == ["event_attendees"]


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # a French inversion asks, with or without its question mark: the time after it is of what it asked
        ("Y aura-t-il une phase 3 du programme, et elle commence quand ?", []),
        # guard: an inversion that asks what an entry answers
        ("Y aura-t-il un parking, et ça commence à quelle heure ?", ["logistics_access", "logistics_time"]),
    ],
)
def test_a_french_inversion_asks(message, expected):
    assert ask_json(message)["ids"] == expected


@pytest.mark.parametrize(
    "message",
    [
        # becoming a partner or a funder: joining, which nobody has announced
        "كيفاش تولي شريك ولا ممول فهاد البرنامج",
        "How can our foundation become a donor of the programme?",
        # who signed: a person's name, none announced
        "واش وزير الصحة هو لي وقع على الخطة الوطنية صحة وهجرة",
        # the sectors chosen next, after the closing: what came after
        "شنو هي القطاعات اللي غادي يختارو من بعد الصحة والمساعدة الاجتماعية؟",
        "ما هي القطاعات التي تقرر فعلا توسيع التجربة إليها بعد الاختتام؟",
    ],
)
def test_what_nobody_has_announced_is_declined(message):
    assert ask_json(message)["ids"] == []


def test_extending_the_experience_is_still_on_the_agenda():
    assert ask_json("هل سيناقش اللقاء توسيع التجربة إلى قطاعات أخرى؟")["ids"] == ["event_agenda"]


@pytest.mark.parametrize(
    "message",
    [
        # the programme's next meeting, or a UN country team's: other events, none covered
        "اين سيعقد الاجتماع القادم للبرنامج",
        "ما هو جدول اعمال اجتماع الفريق القطري للامم المتحدة",
        # how many meetings: a figure the release does not give
        "البرنامج عاون الحكومة فالالتزامات الدولية. شحال من اجتماع حضرو فجنيف؟",
        # whether the session will be recorded: no recording announced
        "Bonjour, la séance de clôture sera-t-elle enregistrée pour ceux qui ne peuvent pas venir ?",
    ],
)
def test_another_meeting_a_count_of_meetings_or_a_recording_is_declined(message):
    assert ask_json(message)["ids"] == []


def test_where_the_breakfast_is_held_is_still_answered():
    assert ask_json("أين سيعقد الاجتماع؟")["ids"] == ["logistics_venue"]


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # "where can I contact" asks the contact, not a place
        (
            "كنتساءل علاش ما كاين حتى رقم ف الدعوة اللي وصلاتني. فين نقدر نتصل بالناس اللي منظمين هاد النشاط؟",
            ["logistics_contact"],
        ),
        # getting into the room is access
        (
            "انا على كرسي متحرك وكنتساءل واش البلاصة ساهل فيها الدخول. كيفاش نوصل وندخل للقاعة بلا مشاكل؟",
            ["logistics_access"],
        ),
        ("كيفاش ندخل للقاعة، واش كاين تفتيش ولا دخول عادي؟", ["logistics_access"]),
    ],
)
def test_reaching_the_organisers_or_the_room(message, expected):
    assert ask_json(message)["ids"] == expected


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # "I am a representative of..." says who is asking, not whose name is asked
        (
            "انا ممثل ديال شي مؤسسة عمومية وبغيت نعرف مع من غادي نكون. كنتساءل واش غير الموظفين ولا حتى الجمعيات "
            "والممولين غادي يحضرو؟",
            ["event_attendees"],
        ),
        ("Je suis représentante d'une ONG : avec qui serai-je au petit-déjeuner ?", ["event_attendees"]),
        # guard: the representative's name is still asked
        ("شكون هو الممثل المقيم ديال PNUD؟", []),
    ],
)
def test_a_representative_introducing_themselves_is_answered(message, expected):
    assert ask_json(message)["ids"] == expected


def test_including_and_what_relates_to_ask_nothing():
    message = (
        "ما هي الاهداف التي يسعى البرنامج الى تحقيقها، بما فيها ما يتعلق بتعزيز قدرات الفرق القطرية للامم المتحدة؟"
    )
    assert ask_json(message)["ids"] == ["programme_objectives"]
