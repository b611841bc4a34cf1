"""Near misses that no entry answers (issue 7), found by the nineteenth and twentieth rounds' blind
development sets: a body's own office or funding, the Forum's own meetings, where a plan applies, a
headcount, a voluntary return, the Compact after January 2018, a photographer, who did the work. The bot
declines them, and still answers the questions beside them. Through `ask --json`."""

from __future__ import annotations

import pytest

from tests.test_understanding import ask_json


@pytest.mark.parametrize(
    "message",
    [
        "où se trouve le siège du PNUD ?",  # a body's own office is not the breakfast's venue
        "does the SDC pay for other UNDP projects here?",  # another project, even for the funder
        "on aura quoi à manger ?",  # what is served, not whether there is a breakfast
        "la séance a été filmée ?",  # a recording, not the press at the event
    ],
)
def test_a_bodys_office_its_other_projects_the_menu_and_a_recording_get_no_answer(message):
    assert ask_json(message)["ids"] == []


def test_an_office_is_not_offered_as_the_venue_which_is_still_answered():
    assert ask_json("where's the IOM office in Rabat?")["suggestions"] == []
    assert ask_json("où se trouve le petit-déjeuner ?")["ids"] == ["logistics_venue"]


@pytest.mark.parametrize(
    "message",
    [
        # the Forum's own funding: the release names the programme's donor alone
        "Qui finance le Forum mondial sur la migration et le développement ?",
        "شكون كيمول المنتدى العالمي للهجرة والتنمية؟",
        "can I register for the Global Forum on Migration and Development?",  # its meetings: another event
        "واش نقدر نسجل فالمنتدى العالمي للهجرة كباحث؟",
    ],
)
def test_the_forums_own_funding_and_registering_for_it_get_no_answer(message):
    assert ask_json(message)["ids"] == []


def test_the_forum_itself_is_still_answered():
    assert ask_json("c'est quoi le FMMD ?")["ids"] == ["global_gfmd"]


@pytest.mark.parametrize(
    "message",
    [
        "In which cities is the health and migration plan applied?",  # where a plan applies: none named
        "اشمن سبيطارات كيطبقو الخطة ديال الصحة والهجرة؟",
        "شنو هي المحاور الاستراتيجية ديال خطة الصحة والهجرة بالتفصيل؟",  # the plan's axes: a document's detail
    ],
)
def test_where_the_health_plan_applies_and_its_axes_get_no_answer(message):
    assert ask_json(message)["ids"] == []


@pytest.mark.parametrize("message", ["how many people will be there?", "combien de personnes seront présentes ?"])
def test_how_many_people_will_come_is_the_guest_list_not_the_speakers(message):
    # a headcount: the organisers alone see the replies (it used to get the speakers)
    assert ask_json(message)["ids"] == []


@pytest.mark.parametrize(
    "message",
    [
        "je veux une aide au retour volontaire au Cameroun, je m'adresse à qui ?",  # one's own case
        "what did Switzerland fund here before this programme?",  # another project
        "was the programme a waste of money?",  # an opinion
        "Which NGOs have confirmed attendance so far?",  # the guest list: the organisers' alone
    ],
)
def test_a_voluntary_return_earlier_projects_a_verdict_and_who_confirmed_get_no_answer(message):
    assert ask_json(message)["ids"] == []


@pytest.mark.parametrize(
    "message",
    [
        "هل تم اعتماد الميثاق العالمي للهجرة في مراكش؟ وما هي نتائج المؤتمر؟",  # after January 2018
        "هل سيوقع المغرب على الميثاق العالمي للهجرة",
        "Le Maroc va-t-il signer le Pacte mondial ?",
        "واش كاين مصور رسمي فالفطور",  # an official photographer: not the press being welcome
        "من أنجز دراسة التقييم الأولي للاستراتيجيات القطاعية؟",  # who did it: no entry says
        "من قام بتقييم المرحلة الثانية، وهل هناك تقييم خارجي مستقل؟",  # not who funds phase 2
    ],
)
def test_the_compact_after_the_event_a_photographer_and_who_did_the_work_get_no_answer(message):
    assert ask_json(message)["ids"] == []


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("What is the Global Compact?", ["global_compact"]),
        ("ما هو التقييم الأولي؟", ["results_assessment"]),
        ("قلت ليكم غادي نجي ولكن طرا ليا سفر لمراكش، كيفاش نبدل الجواب ديالي؟", ["rsvp_change"]),  # Marrakech
        ("أمثل جمعية مدنية تشتغل مع المهاجرين، من هي الجهات المدعوة لحضور هذا اللقاء؟", ["event_attendees"]),
        ("أنا طبيب في مستشفى عمومي وسمعت بمخطط الصحة والهجرة، ما هو بالضبط؟", ["results_health"]),
        ("واش البرنامج خدام غير فالمغرب ولا حتى فبلدان خرين؟", ["programme_countries"]),
    ],
)
def test_questions_beside_those_words_are_still_answered(message, expected):
    assert ask_json(message)["ids"] == expected


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("bslama, nharek mzyan", ["smalltalk_goodbye"]),
        ("chokran bzaf 3la lma3loumat khoya", ["smalltalk_thanks"]),
        ("ina bladat kaynin m3a lmaghrib f had lprogramme?", ["programme_countries"]),  # which countries
        ("f ina hotel wla ina salle ghadi ydiroh?", ["logistics_venue"]),
        ("confirmit walakin tra lia mochkil, kifach n'annuli?", ["rsvp_change"]),
    ],
)
def test_darija_in_latin_letters_for_goodbye_which_and_cancelling(message, expected):
    assert ask_json(message)["ids"] == expected


@pytest.mark.parametrize(
    "message",
    [
        "موعد الاجتماع القادم للجنة تتبع البرنامج؟",  # a steering committee: another meeting
        "When is the next steering committee meeting?",
        "واش كاين مشروع بحال هادا فموريتانيا",  # a similar project elsewhere: not the list of countries
        "y a-t-il un projet similaire en Mauritanie ?",
        "شكون اللي خلص على الفطور وشحال تكلف",  # who paid for the breakfast: not the programme's funder
        "امتى و فين غادي يكون le FMMD الجاي",  # the next Forum: not the breakfast's date and venue
    ],
)
def test_a_steering_committee_a_similar_project_and_the_next_forum_get_no_answer(message):
    assert ask_json(message)["ids"] == []


@pytest.mark.parametrize(
    "message",
    [
        "هل البرنامج يمول مشاريع الجمعيات؟",  # money for associations' projects: the programme funds none
        "Does the programme fund NGO projects?",
        "Le programme finance-t-il les projets des associations ?",
        "واش البرنامج عطا فلوس للمهاجرين؟",  # money for migrants: not who funds the programme
        "Did the programme give money to migrants?",
        "n9der ndir présentation 3la jam3iya dyali f lftour?",  # presenting one's own association
        "هل تم اعتماد الخطة الوطنية للصحة والهجرة بمرسوم",  # by decree: a legal detail no entry gives
        "Was the health plan adopted by decree?",
    ],
)
def test_money_for_associations_or_migrants_and_a_slot_to_present_get_no_answer(message):
    assert ask_json(message)["ids"] == []


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("شكون كيعطي الفلوس للبرنامج؟", ["programme_funder"]),  # who gives the programme money
        ("Who gives money to the programme?", ["programme_funder"]),
        ("bghit nhder m3a les organisateurs, 3tini numéro wla email", ["logistics_contact"]),  # nhder: talk
        ("واش نقدر نجيب معايا زميلتي فالخدمة ولا خاصها تسجل بوحدها", ["rsvp_colleague"]),  # register herself
    ],
)
def test_who_gives_the_programme_money_and_talking_to_the_organisers_are_answered(message, expected):
    assert ask_json(message)["ids"] == expected


@pytest.mark.parametrize(
    "message",
    [
        # another event, though the question reads "what is the activity that ...", as of the event
        "ما هو النشاط الذي نظمته المنظمة الدولية للهجرة في الرباط يوم 18 دجنبر بمناسبة اليوم الدولي للمهاجرين؟",
        "What did IOM organise for International Migrants Day?",
        "شنو هو النشاط اللي غادي تنظم OIM فالرباط فمارس 2018",
        "كيف اغير بريدي الالكتروني في قائمة النشرة الاخبارية للمنظمة الدولية للهجرة؟",  # a newsletter
    ],
)
def test_migrants_day_another_activity_and_a_newsletter_get_no_answer(message):
    assert ask_json(message)["ids"] == []


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("اريد التسجيل لحضور اللقاء ما هي الخطوات", ["rsvp_how"]),  # the steps
        ("اكدت حضوري لكن لم اعد استطيع المجيء، كيف الغي؟", ["rsvp_change"]),  # I can no longer come
        ("زميلي يريد الحضور ايضا، هل اسجله انا باسمي؟", ["rsvp_colleague"]),
        ("ويلا جبت معايا زميلي؟ ممكن؟", ["rsvp_colleague"]),
        ("شنو هو FMMD اللي مذكور فالبلاغ", ["global_gfmd"]),  # "named in the press release" asks nothing
        ("ما هي الجلسة الختامية التي تنظم في الرباط؟", ["event_overview"]),
    ],
)
def test_the_steps_no_longer_coming_a_colleague_and_a_name_from_the_release_are_answered(message, expected):
    assert ask_json(message)["ids"] == expected


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("شحال من دولة عربية ولا افريقية داخلة فالبرنامج مع المغرب", ["programme_countries"]),  # Arab, African
        ("واش كاينة شي دولة افريقية اخرى فالبرنامج من غير المغرب", ["programme_countries"]),
        ("Le Maroc est-il le seul pays du programme ?", ["programme_countries"]),  # the list says
        ("واش المغرب كان اول دولة عربية دخلات لهاد البرنامج", []),  # the first to join: no entry says
        ("Was Morocco the first country to join the programme?", []),
    ],
)
def test_arab_or_african_countries_are_the_list_and_the_first_to_join_is_not(message, expected):
    assert ask_json(message)["ids"] == expected


@pytest.mark.parametrize(
    "message",
    [
        "هل تم إلغاء اللقاء؟",  # the breakfast called off: nobody has announced it; not cancelling one's reply
        "Has the breakfast been cancelled?",
        "Le petit-déjeuner est-il toujours maintenu ?",
        "Will the breakfast be postponed?",
        "كم دولة تشارك في المنتدى العالمي للهجرة والتنمية؟",  # the Forum's members: not the programme's countries
        "How many countries take part in the GFMD?",
    ],
)
def test_the_breakfast_called_off_and_the_forums_members_get_no_answer(message):
    assert ask_json(message)["ids"] == []


@pytest.mark.parametrize("message", ["كيف ألغي حضوري؟", "How do I cancel my RSVP?", "بغيت نلغي الحضور ديالي"])
def test_cancelling_ones_own_reply_is_still_answered(message):
    assert ask_json(message)["ids"] == ["rsvp_change"]


@pytest.mark.parametrize(
    "message",
    [
        "فين كاين المقر ديال وزارة الجالية",  # the ministry's headquarters: not the breakfast's venue
        "زميلي بغا يخدم فالمنظمة كيفاش",  # a job at IOM: not bringing a colleague
        "عطيني التيليفون ديال التعاون الوطني",  # a partner body's phone
        "فوقاش كيبدا الاجتماع الجاي ديال اللجنة",  # a committee's next meeting: not the breakfast's time
    ],
)
def test_a_headquarters_a_job_a_bodys_phone_and_a_committee_in_darija_get_no_answer(message):
    assert ask_json(message)["ids"] == []


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("فين غادي يكون الفطور؟", ["logistics_venue"]),
        ("إلى اللقاء، أتمنى لك يومًا طيبًا.", ["smalltalk_goodbye"]),
        ("شكرًا جزيلًا على هذه المعلومات المفيدة.", ["smalltalk_thanks"]),
    ],
)
def test_the_venue_and_formal_goodbyes_and_thanks_are_still_answered(message, expected):
    assert ask_json(message)["ids"] == expected


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # formal standard Arabic, with diacritics: words that only describe what is asked
        ("ما الأهداف التي وُضع من أجلها هذا البرنامج المشترك؟", ["programme_objectives"]),
        ("ما الخطة التي أُعدّت في قطاع الصحة في إطار البرنامج؟", ["results_health"]),
        ("ما الشكل الذي تتخذه الجلسة الختامية: ندوة، أم ورشة عمل، أم غير ذلك؟", ["event_format"]),
        ("ما هي نتائج تقرير التقييم الأولي؟", ["results_assessment"]),
        # which consultancy did it, and whether its report is published: no entry says
        ("ما مكتب الدراسات الذي أنجز التقييم الأولي للاستراتيجيات القطاعية؟", []),
        ("هل نُشر تقرير التقييم الأولي للاستراتيجيات القطاعية للعموم، وأين يمكن تحميله؟", []),
    ],
)
def test_formal_arabic_questions_and_near_misses_on_the_assessment(message, expected):
    assert ask_json(message)["ids"] == expected


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("من أنت، وما الذي يمكنك مساعدتي فيه؟", ["smalltalk_about_bot"]),  # helping me: not social assistance
        ("ما الإجراء المتّبع لتأكيد حضوري في الإفطار الختامي؟", ["rsvp_how"]),
        ("ما المحاور التي سيتناولها المشاركون خلال هذا الإفطار؟", ["event_agenda"]),
        ("هل يحقّ لي أن أصطحب معي زميلة من مؤسستي إلى الإفطار؟", ["rsvp_colleague"]),
    ],
)
def test_formal_arabic_on_the_bot_confirming_the_agenda_and_a_colleague(message, expected):
    assert ask_json(message)["ids"] == expected


@pytest.mark.parametrize(
    "message",
    [
        "هل يمكنني اقتراح موضوع للنقاش قبل الفطور",  # proposing a topic: not the agenda
        "Can I suggest a topic for the discussion?",
        "Je peux proposer un sujet de discussion ?",
        "هل سيعقد الوزير ندوة صحفية اخرى حول الهجرة الاسبوع المقبل؟",  # another press conference
        "Il y aura une autre conférence de presse ?",
        "شكون كانو كيهضرو ف الفوروم العالمي ديال الهجرة ف برلين",  # the Forum's Berlin summit, not the Forum
        "Who spoke at the Berlin summit of the GFMD?",
    ],
)
def test_a_topic_to_propose_another_press_conference_and_the_berlin_summit_are_declined(message):
    assert ask_json(message)["ids"] == []


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("السلام عليكم، هل يوجد مكان لركن السيارات قرب مكان اللقاء؟", ["logistics_access"]),
        ("الپاكت العالمي ديال الهجرة شنو هو بالضبط؟ سمعت عليه بزاف", ["global_compact"]),  # پ for the p of "pacte"
        ("où se trouve le siège du programme ?", []),  # the programme's office, not the breakfast's venue
        ("واش خاصني نجيب معايا les cartes de visite؟ شحال من وحدة", []),
        ("شمن جرايد كتبات على الفطور ديال الاختتام؟ بغيت الروابط", []),  # coverage after the event
        ("Which newspapers wrote about the breakfast?", []),
        ("Is the press invited?", ["event_press"]),
    ],
)
def test_parking_the_pacte_and_what_came_after_in_the_papers(message, expected):
    assert ask_json(message)["ids"] == expected
