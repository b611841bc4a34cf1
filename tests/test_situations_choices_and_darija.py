"""Messages met in the blind sets of issue 7's twenty-second round, through `ask --json`: the sender's
situation or who they are, told before the question (a scene set aside, or what is asked about when it
is one's own case or food); numbers offered to choose from; Darija's «ما ...ش» negation and Latin-letter
Darija mixed with French; formulas asked as questions; and the lexicon's new readings («قيمة» as an
amount, what is served, the wifi, a person's name, the launch of the second phase, "before I confirm")."""

from __future__ import annotations

import pytest

from tests.test_understanding import ask_json


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # the sentence saying who the sender is sets the scene of a question on another subject
        (
            "سلام، أنا صحفي وغادي نجي بالطاكسي. عطيني العنوان ديال البلاصة فين كاينة الجلسة الختامية عافاك.",
            ["logistics_venue"],
        ),
        ("I'm a reporter for a local radio. What time does it start?", ["logistics_time"]),
        ("أنا صحفي فجريدة إلكترونية. فوقاش كيبدا الفطور؟", ["logistics_time"]),
        # on the same subject, what is asked leans on who asks: the scene stays
        (
            "Je travaille à l'Entraide nationale. Qu'est-ce que le programme a fait avec nous ?",
            ["results_social", "results_morocco"],
        ),
        ("Je suis journaliste.", ["event_press"]),  # asked nothing else
    ],
)
def test_who_the_sender_is_only_sets_the_scene_of_a_question_on_another_subject(message, expected):
    assert ask_json(message)["ids"] == expected


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # «قيمة» (value, amount) is not «قائمة» (list): no list of countries
        ("أشكركم جزيل الشكر على هذه التوضيحات القيمة.", ["smalltalk_thanks"]),
        ("هل تُفرض أي غرامة مالية على من يلغي حضوره بعد موعد محدد، وما قيمتها؟", []),
        ("ما قيمة المشاركة؟", []),
        ("ما هي قائمة البلدان المشاركة في البرنامج؟", ["programme_countries"]),  # the list itself still is
        # whom to talk to, one's details given wrongly, the event's form, the press release's words
        ("مع من نهضر من جهة المنظمين باش نحلو؟", ["logistics_contact"]),
        ("سجلت بسمية غالطة، واش نقدر نبدل المعلومات اللي عطيت؟", ["rsvp_change"]),
        ("هل يتخذ اللقاء الختامي شكل ندوة رسمية أم مأدبة فطور؟", ["event_format"]),
        ("ما هي الطريقة المعتمدة لتأكيد المشاركة في الفطور الختامي؟", ["rsvp_how"]),
        ("شنو هو هاد الميثاق العالمي من أجل هجرة آمنة ومنظمة ونظامية اللي ذكرو فالبلاغ؟", ["global_compact"]),
        # "concrete" still makes a detail no entry gives
        ("ما هو الدعم الملموس الذي قدمه البرنامج للحكومة المغربية خلال مفاوضات الميثاق العالمي؟", []),
    ],
)
def test_value_contact_changing_ones_details_the_events_form_and_the_press_release(message, expected):
    assert ask_json(message)["ids"] == expected


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # clauses telling the sender's situation, on the subject of the question after them
        ("أكدت حضوري ولكن طرأ لدي ظرف، كيف ألغي تسجيلي؟", ["rsvp_change"]),
        (
            "Je viendrai en voiture depuis Kénitra, est-ce qu'on peut se garer facilement sur place ?",
            ["logistics_access"],
        ),
        (
            "Je dois joindre les organisateurs pour une question de badge, vous avez un numéro ou un mail ?",
            ["logistics_contact"],
        ),
        ("خاصني نكتب note للمدير على هاد البرنامج، شنو هو Migration Mainstreaming باختصار", ["programme_overview"]),
        # a situation that is itself what is asked about: no answer from the question's last words
        ("We need emergency shelter for a family of five tonight in Oujda, who can we call?", []),
        ("بغيت نتبرع بالماكلة والغطا للمهاجرين لي فالغابة ديال الناظور، مع من نتواصل", []),
        ("La première phase du programme, elle avait commencé en quelle année ?", []),
        ("le programme sera etendu a l afrique de l ouest, genre mali ou cote d ivoire?", []),
    ],
)
def test_a_question_after_the_senders_situation_on_its_subject_is_answered(message, expected):
    assert ask_json(message)["ids"] == expected


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # what is served: no entry says (the format says it is a breakfast)
        ("chno kayn f lftour? msemen w atay? kayn option vegan?", []),
        ("شنو فيه الفطور؟ كاين كرواسون ولا غير اتاي", []),
        ("شنو غادي يكون فالفطور ديال الماكلة؟ أنا عندي حساسية من الكلوتين، واش كاين شي حاجة مناسبة؟", []),
        ("واش كاين الماكلة", ["event_format"]),  # whether there is food at all is the format's
        # the launch of the second phase in 2014 was another event
        ("امتى كان اللقاء ديال انطلاق المرحلة التانية فـ 2014", []),
        ("شحال دامت الندوة ديال انطلاق المرحلة التانية ف 2014", []),
        ("امتى بدات المرحلة التانية؟", ["programme_dates"]),
    ],
)
def test_what_is_served_and_the_launch_of_the_second_phase_are_not_covered(message, expected):
    assert ask_json(message)["ids"] == expected


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # «أي», «اشمن» (which) ask, and weigh no more than «ما»: the noun after them is the subject
        ("petit-déjeuner de clôture هادا ديال اشمن برنامج بالضبط", ["event_overview"]),
        ("نقدر نجي بالطرامواي؟ اشمن محطة قريبة ليكم", ["logistics_access"]),
        ("مع أي وزارة يشتغل البرنامج", ["programme_partners"]),
        # the wifi at the venue: not announced (not the venue itself)
        ("هل توجد شبكة واي فاي في مكان انعقاد الفطور؟", []),
        ("Is there wifi at the venue?", []),
    ],
)
def test_which_asks_and_the_wifi_is_not_announced(message, expected):
    assert ask_json(message)["ids"] == expected


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # numbers offered to choose from are guesses at the answer: what is asked is their kind
        ("واش الفطور كيبدا مع 8 ولا مع 9؟", ["logistics_time"]),
        ("starts at 9 or 8h30??", ["logistics_time"]),
        ("هل الحدث في 26 يناير أم في 31 يناير؟", ["event_date"]),
        ("الفطور نهار 26 ولا 27 يناير؟ تلفت", ["event_date"]),
        # a number that is not offered still weighs: the third phase is not announced
        ("واش غادي تكون phase 3 ولا سالات", []),
        ("Will there be a phase 3 or 4?", []),
        # a word offered instead of a number is often what no entry covers
        ("واش الفطور بالخلاص ولا فابور", []),
        # organising
        ("شكون اللي مكلف بتنظيم الفطور؟", ["event_organisers"]),
    ],
)
def test_numbers_offered_to_choose_from_are_guesses_at_the_answer(message, expected):
    assert ask_json(message)["ids"] == expected


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # asking whether anyone is there greets; asking to come back later takes leave
        ("السلام عليكم، واش كاين شي حد هنا؟", ["smalltalk_greeting"]),
        ("اهلا وسهلا، هل انت متاح الان؟", ["smalltalk_greeting"]),
        ("Bonjour, il y a quelqu'un ?", ["smalltalk_greeting"]),
        ("الى اللقاء، هل انتهت المحادثة الآن ؟", ["smalltalk_goodbye"]),
        ("Thanks! Can I ask you again later?", ["smalltalk_thanks", "smalltalk_goodbye"]),  # thanked, then goodbye
        ("مرسي بزاف", ["smalltalk_thanks"]),
        # a brief idea of, early in the morning, before noon in Darija
        ("مرحبا، هل يمكنك أن تعطيني فكرة مختصرة عن الجلسة الختامية؟", ["event_overview"]),
        ("هل يجب أن أكون هناك في الصباح الباكر؟", ["logistics_time"]),
        ("واش الفطور غادي يسالي قبل الطناش؟", ["logistics_end_time"]),
    ],
)
def test_formulas_asked_as_questions_and_everyday_times(message, expected):
    assert ask_json(message)["ids"] == expected


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # a person's name, however asked: none announced
        ("شكون المسؤول الكبير ديال PNUD ف المغرب", []),
        ("شكون كان المسؤول على البرنامج ف PNUD المغرب؟", []),
        ("من المسؤول عن تنظيم الفطور؟", ["event_organisers"]),  # the bodies responsible: the organisers
        # attending the Global Forum itself is another event
        ("هل يمكن تأكيد الحضور في المنتدى العالمي", []),
    ],
)
def test_a_persons_name_and_attending_the_global_forum_are_not_covered(message, expected):
    assert ask_json(message)["ids"] == expected


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # «ما» before a verb ending in «ش» says "not": it asks nothing
        (
            "سجلت الحضور ديالي البارح ولكن طرا ليا سفر مفاجئ ودابا ما غاديش نقدر نجي، كيفاش نلغي التسجيل؟",
            ["rsvp_change"],
        ),
        ("ما غانقدرش نحضر. فين نقدر نلقى الفيديو ديال اللقاء من بعد؟", []),
        ("ما هي أهداف البرنامج؟", ["programme_objectives"]),  # «ما» still asks what
        # one's own papers, or one's food, told before the question: that is what it asks about
        ("أنا ما عنديش الأوراق فالمغرب، واش تقدر تقيم الوضعية ديالي وتعاوني؟", []),
        ("أنا مدعو للفطور وأنا végétarien ما كناكلش اللحم. واش الماكلة فيها شي حاجة ليا وواش كلشي حلال؟", []),
    ],
)
def test_darija_negation_asks_nothing_and_ones_own_food_is_what_is_asked(message, expected):
    assert ask_json(message)["ids"] == expected


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # two words written with 3, 7 or 9 tell Latin-letter Darija, whatever French word is mixed in
        ("n9der njib m3aya collègue?", ["rsvp_colleague"]),
        ("chno huma ahdaf lprogramme", ["programme_objectives"]),
        ("m3a men khdamin OIM f had lprojet f lmaghrib?", ["programme_partners"]),
        ("slm 3likom labas 3likom?", ["smalltalk_greeting"]),
        ("f ach mn blad khdam had lprogramme", ["programme_countries"]),
        # an hour or an ordinal is not Darija
        ("Does it start at 9am or 7pm?", ["logistics_time"]),
    ],
)
def test_latin_letter_darija_with_french_words(message, expected):
    assert ask_json(message)["ids"] == expected


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # "before I confirm" says why one asks: what is asked follows it
        (
            "I'm a programme officer at one of the embassies in Rabat and I've just been invited to the closing "
            "breakfast. Before I confirm, could you remind me who is organising it and what's actually on the agenda?",
            ["event_organisers", "event_agenda"],
        ),
        ("Avant de confirmer, pouvez-vous me dire qui organise ?", ["event_organisers"]),
        ("قبل ما نأكد، شكون اللي منظم الفطور؟", ["event_organisers"]),
    ],
)
def test_before_confirming_frames_the_question(message, expected):
    assert ask_json(message)["ids"] == expected
