"""Everyday questions that blind development sets found unanswered (issue 7), through `ask --json`."""

from __future__ import annotations

import pytest

from tests.test_understanding import ask_json


@pytest.mark.parametrize(
    "message",
    [
        "بغيت نبدل الجواب ديالي من نعم ل لا",  # «نعم», «لا»: yes and no say nothing of what is asked
        "بدلت الراي ماغاديش نقدر نجي كيفاش نلغي",  # «بدلت الراي»: changed my mind
        "J'ai répondu oui hier, je peux vérifier que c'est bien enregistré ?",
        "I said yes but now I've got a clash, can I change my answer?",
        "سجلت غلط بغيت نبدل الجواب ديالي",  # «غلط»: by mistake
        "I need to update my RSVP, I put the wrong answer",
        "ماغاديش نقدر نجي بغيت نلغي",  # «ماغاديش» written as one word
        "بغيت نمسح المعلومات ديالي كاملين من عندك",  # «من عندك»: from you, says nothing
    ],
)
def test_changing_or_checking_ones_reply_is_answered(message):
    assert ask_json(message)["ids"] == ["rsvp_change"]


@pytest.mark.parametrize(
    "message",
    ["المرحلة الاولى ديال التشخيص", "ما هي المرحلة الاولى التي بدأ بها البرنامج في المغرب قبل قطاع الصحة"],
)
def test_the_first_step_in_morocco_is_the_assessment(message):
    assert ask_json(message)["ids"] == ["results_assessment"]


def test_the_programmes_first_phase_is_still_declined():
    assert ask_json("امتى بدات المرحلة الاولى ديال البرنامج")["ids"] == []


def test_maash_in_darija_asks_at_what_time():
    # «معاش» (at what time) is not «المعاش» (a pension)
    assert ask_json("معاش كيسالي الفطور؟ عندي اجتماع من بعد")["ids"] == ["logistics_end_time"]
    assert ask_json("بغيت نحول المعاش ديالي للمغرب")["ids"] == []


def test_contacting_the_organisers_of_the_meeting_is_their_contact():
    assert ask_json("مساء الخير، كيف يمكنني التواصل مع منظمي اللقاء؟")["ids"] == ["logistics_contact"]


@pytest.mark.parametrize(
    "message",
    [
        "عطيني النمرة ديال التعاون الوطني فالرباط",  # a partner body's number: not its results
        "المقر ديال PNUD فالرباط فين كاين؟ بغيت نمشي ليهم شي نهار اخر",  # UNDP's offices: not the venue
        "Le plan santé et immigration a-t-il été évalué à la fin en 2021 ? Avec quels résultats ?",
        "what is IOM doing for migrants in Morocco in 2021?",  # the assistant speaks as of January 2018
    ],
)
def test_a_partners_number_or_offices_and_what_came_in_2021_get_no_answer(message):
    assert ask_json(message)["ids"] == []


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("ما هو الـ FMMD ؟", "global_gfmd"),  # the article set apart before a Latin name says nothing
        ("MDCMREAM شنو كتعني هاد الحروف", "about_mdcmream"),  # "what do these letters mean"
        ("اريد التسجيل لحضور الفطور الختامي", "rsvp_how"),  # registering to attend, not who attends
    ],
)
def test_an_acronym_or_registering_to_attend_is_understood(message, entry_id):
    assert ask_json(message)["ids"] == [entry_id]


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("ماذا سيدور في هذا اللقاء الصباحي؟", "event_agenda"),  # "morning" is not "good morning"
        ("شنو غادي يتناقش فهاد الصبحية", "event_agenda"),
        ("شنو باغي يوصل ليه هاد البرنامج؟", "programme_objectives"),
        ("شنو هوما البلدان اللي مشاركين فهاد البرنامج؟", "programme_countries"),  # countries, not attendees
        ("مع من كيتشارك البرنامج فالمغرب", "programme_partners"),
        ("مع من يشتغل البرنامج في المغرب؟", "programme_partners"),
    ],
)
def test_everyday_darija_for_the_agenda_the_aims_the_countries_and_the_partners(message, entry_id):
    assert ask_json(message)["ids"] == [entry_id]


@pytest.mark.parametrize(
    "message",
    [
        "امتا الدوره الجايه ديال GFMD وفين غاتكون",  # «امتا» asks when; "and where will it be" is of the Forum
        "امتا غادي يتوقع الميثاق العالمي للهجرة وفين",
    ],
)
def test_where_it_happens_after_a_declined_question_is_asked_of_that(message):
    assert ask_json(message)["ids"] == []


def test_withdrawing_a_confirmation_in_formal_arabic_is_changing_ones_reply():
    message = "سبق ان اكدت حضوري لكنني مضطر للاعتذار، كيف الغي التأكيد؟"
    assert ask_json(message)["ids"] == ["rsvp_change"]


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [("سلاااام", "smalltalk_greeting"), ("شكراااا", "smalltalk_thanks"), ("merciiii beaucoup", "smalltalk_thanks")],
)
def test_a_word_drawn_out_is_still_that_word(message, entry_id):
    assert ask_json(message)["ids"] == [entry_id]


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("شكون لي غاديحضرو فهاد لفطور", "event_attendees"),  # «غادي» typed onto its verb
        ("فين غاديكون الفطور فالرباط بالضبط", "logistics_venue"),
        ("OIM اشنو هيا اصلا", "about_iom"),  # «هيا» (it is) says nothing
    ],
)
def test_darija_typed_fast_is_read(message, entry_id):
    assert ask_json(message)["ids"] == [entry_id]


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("شنو غادي يدار فهاد اللقاء ديال 26 يناير", "event_agenda"),  # «يدار»: it happens, not where
        ("فين غادي يتدار الفطور؟", "logistics_venue"),
        ("who organizes teh event?", "event_organisers"),  # "teh": the
    ],
)
def test_what_will_be_done_at_the_meeting_is_its_agenda(message, entry_id):
    assert ask_json(message)["ids"] == [entry_id]


def test_who_will_attend_it_is_who_attends():
    assert ask_json("من الجهات المنظمة لهذا اللقاء؟ ومن سيحضره؟")["ids"] == ["event_organisers", "event_attendees"]


@pytest.mark.parametrize(
    "message",
    [
        "سجلت و دابا ما نقدرش نجي كيفاش نلغي",  # «سجلت» (I registered) tells of one's reply, not how to register
        "مرحبا، سجلت باش نحضر ولكن ما غاديش نقدر نجي، كيفاش نلغي؟",
    ],
)
def test_having_registered_then_cancelling_is_changing_ones_reply(message):
    assert ask_json(message)["ids"] == ["rsvp_change"]


def test_at_what_time_in_darija_is_the_start():
    assert ask_json("معامن الساعة كيبدا الفطور")["ids"] == ["logistics_time"]


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("متى تأسست المنظمة الدولية للهجرة", "about_iom"),  # its answer gives the year, 1951
        ("OIM تأسسات عام شحال", "about_iom"),
        ("quand l'OIM a-t-elle été fondée ?", "about_iom"),
        ("Cheers. And when was UNDP set up?", "about_undp"),
    ],
)
def test_when_iom_or_undp_was_founded_is_their_answer(message, entry_id):
    assert ask_json(message)["ids"] == [entry_id]


@pytest.mark.parametrize(
    "message",
    ["متى تأسست الوزارة المكلفة بالهجرة", "when was the ministry founded?", "امتى دخل المغرب لمنظمة الهجرة الدولية؟"],
)
def test_a_founding_no_answer_gives_is_still_declined(message):
    assert ask_json(message)["ids"] == []


def test_you_helped_me_is_thanks():
    # «عاونتيني» (you helped me), not "can you help me?" (what the assistant does)
    assert ask_json("شكرا بزاف خويا عاونتيني")["ids"] == ["smalltalk_thanks"]


@pytest.mark.parametrize(
    "message",
    [
        "واش الجزائر داخلة فهاد البرنامج",
        "هل السنغال من الدول المشاركة في البرنامج",
        "Is Algeria one of the countries in the programme?",
    ],
)
def test_whether_another_country_takes_part_gets_the_list_of_countries(message):
    assert ask_json(message)["ids"] == ["programme_countries"]


@pytest.mark.parametrize(
    "message",
    [
        "هل تم ادماج الهجرة في المخطط الوطني للصحة في الجزائر ايضا",  # Morocco's plan, not Algeria's
        "Est-ce que la Suisse finance aussi des projets sur la migration en Algerie ?",
        "واش الجزائر تقدر تدخل للبرنامج من بعد",  # joining later: not announced
        "واش كاين برنامج بحال هادا فالجزائر",  # a programme like it elsewhere
        "كيفاش ناخد كارط سيجور فالمغرب؟ انا من الكوت ديفوار",
    ],
)
def test_another_countrys_own_matters_get_no_answer(message):
    assert ask_json(message)["ids"] == []


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("نظرا لالتزاماتي المهنية في نفس اليوم، متى ينتهي الفطور؟", "logistics_end_time"),
        (
            "بمناسبة انعقاد اللقاء الختامي بالرباط، وحرصا منا على الحضور في الوقت، نرجو إفادتنا بساعة انطلاقه",
            "logistics_time",
        ),
        ("Suite à l'invitation reçue par notre direction, comment confirmer ma présence ?", "rsvp_how"),
        (
            "Compte tenu de mes autres rendez-vous ce jour-là, à quelle heure se termine le petit-déjeuner ?",
            "logistics_end_time",
        ),
        ("Given that I have another meeting in the afternoon, when does the breakfast end?", "logistics_end_time"),
        ("Further to the invitation our director received last week, how do I confirm my attendance?", "rsvp_how"),
    ],
)
def test_a_clause_that_frames_the_question_does_not_hide_it(message, entry_id):
    # "in view of", «نظرا», « suite à »: why one asks, whose words would only dilute the question's
    assert ask_json(message)["ids"] == [entry_id]


def test_a_frame_naming_ones_own_case_is_still_what_is_asked():
    assert ask_json("في إطار طلب التأشيرة ديالي، كيفاش نسجل؟")["ids"] == []


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("عافاك فسر ليا شنو هو الميثاق العالمي ديال الهجرة الامنة والمنظمة", "global_compact"),  # «فسر ليا»: explain
        ("اشنو هو migration mainstreaming شرح ليا بالدارجة", "programme_overview"),
        ("شحال من واحد غادي ياخد الكلمة فالفطور؟", "event_speakers"),  # how many speak: not announced
        ("شحال من واحد نقدر نجيب معايا للفطور؟", "rsvp_colleague"),
        ("بغيت نلغي التسجيل ديالي ما بقيتش جاي", "rsvp_change"),  # «ما بقيتش جاي»: no longer coming
        ("فين بالضبط غادي يكون الفطور فالرباط شمن اوطيل", "logistics_venue"),  # which hotel: where it is
        ("Which years does the health plan cover?", "results_health"),
    ],
)
def test_explain_how_many_speak_or_come_no_longer_coming_which_hotel_and_which_years(message, entry_id):
    assert ask_json(message)["ids"] == [entry_id]


@pytest.mark.parametrize("message", ["Le plan santé et immigration, il a coûté combien ?", "عدد موظفي PNUD فالمغرب"])
def test_what_a_plan_cost_or_how_many_staff_a_partner_has_get_no_answer(message):
    assert ask_json(message)["ids"] == []


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("شنو دار البرنامج فالمغرب من 2014 حتى لدابا", "results_morocco"),  # 2014: when the phase began
        ("انا صحفي كيفاش نقدر نغطي الحدث ونطلب انترفيو", "event_press"),
        ("كيف واكب البرنامج الحكومة المغربية في مسار الميثاق العالمي للهجرة؟", "global_compact"),
    ],
)
def test_results_since_2014_an_interview_and_the_moroccan_government(message, entry_id):
    assert ask_json(message)["ids"] == [entry_id]


@pytest.mark.parametrize(
    "message",
    [
        "هل تساهم الحكومة المغربية ماليا في تمويل البرنامج الى جانب سويسرا؟",
        "Apart from Switzerland, are there other donors?",
    ],
)
def test_a_donor_besides_switzerland_gets_no_answer(message):
    assert ask_json(message)["ids"] == []


@pytest.mark.parametrize(
    "message",
    [
        "سجلت البارح ولكن تبدل ليا البرنامج، كيفاش نلغي؟",  # «تبدل ليا البرنامج»: my plans, not the programme
        "هل يمكنني تعديل ردي إذا تغير برنامجي في آخر لحظة؟",
    ],
)
def test_ones_own_plans_changing_is_not_the_programme(message):
    assert ask_json(message)["ids"] == ["rsvp_change"]


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("does it start at 9am?", "logistics_time"),  # a time of day asked, not a number the answer lacks
        ("واش كيبدا ف 9 ديال الصباح ولا قبل؟", "logistics_time"),
        ("واش كيسالي قبل الساعة 11؟", "logistics_end_time"),
    ],
)
def test_a_clock_time_in_the_question_asks_the_time(message, entry_id):
    assert ask_json(message)["ids"] == [entry_id]


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("واش هو غير فطور ولا ورشة ديال الخدمة؟", "event_format"),  # a working session, not a colleague
        ("المنظمة الدولية للهجرة تأسست سنة كم؟", "about_iom"),  # «سنة كم»: which year
        ("l'heure dyal lbidaya 3afak", "logistics_time"),  # «lbidaya»: the start
    ],
)
def test_a_working_session_which_year_and_the_start_in_latin_darija(message, entry_id):
    assert ask_json(message)["ids"] == [entry_id]


@pytest.mark.parametrize(
    "message",
    [
        "عندي زميلة فالخدمة بغات تجي معايا، واش ممكن؟",  # «عندي», «بغات»: "I have", "she wants" say nothing
        "واش نقدر نجيب معايا زميل من المصلحة ديالي",  # a colleague from my department
        "صاحبي فالخدمة بغا يجي، نقدر نسجلو انا؟",  # «نسجلو»: register him myself
    ],
)
def test_a_colleague_from_work_in_darija_is_bringing_a_colleague(message):
    assert ask_json(message)["ids"] == ["rsvp_colleague"]


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("علاش دخل التعاون الوطني فهاد البرنامج؟", "results_social"),  # why: its answer says what for
        ("Why did the Entraide nationale get involved?", "results_social"),
        ("كيفاش بدات الخدمة فالمغرب؟", "results_assessment"),  # «الخدمة»: the work, not a colleague from work
    ],
)
def test_why_the_entraide_took_part_and_how_the_work_began(message, entry_id):
    assert ask_json(message)["ids"] == [entry_id]


def test_the_way_from_a_rabat_station_is_the_access():
    # «الرباط اكدال», «الرباط المدينة»: the train stations, not the city named again
    assert ask_json("كيفاش نوصل للبلاصة ديال الفطور من محطة الرباط اكدال")["ids"] == ["logistics_access"]


@pytest.mark.parametrize("message", ["What went wrong with the programme?", "واش غلط نقول بلي المغرب بلد عبور"])
def test_something_wrong_elsewhere_is_not_ones_reply(message):
    assert ask_json(message)["ids"] == []


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("ما هي اهداف البرنامج المشترك بين المنظمة والبرنامج الانمائي", "programme_objectives"),  # UNDP's short name
        ("واش نقدر نجي بالجلابة ولا ماشي مناسب", "logistics_dress_code"),  # a djellaba: what to wear
    ],
)
def test_the_programmes_short_arabic_name_and_a_djellaba_are_read(message, entry_id):
    assert ask_json(message)["ids"] == [entry_id]


@pytest.mark.parametrize("message", ["اش كتعرف تجاوب عليه؟", "what can you answer?"])
def test_what_the_assistant_can_answer_is_about_the_assistant(message):
    assert ask_json(message)["ids"] == ["smalltalk_about_bot"]


def test_operation_marhaba_is_another_event_not_a_greeting():
    assert ask_json("عملية مرحبا")["ids"] == []
    assert ask_json("مرحبا")["ids"] == ["smalltalk_greeting"]


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("je suis journaliste a 2M, je peux venir filmer et faire des itw?", "event_press"),  # «itw», a TV channel
        ("على اش غادي تهضرو فاللقاء", "event_agenda"),  # «تهضرو»: you will talk
    ],
)
def test_an_sms_interview_and_what_you_will_talk_about_are_read(message, entry_id):
    assert ask_json(message)["ids"] == [entry_id]


def test_darija_became_is_not_and_plus_a_word():
    # «ولات» (became) is no «و» (and) before a second item: the question is not split into "when" and IOM
    assert ask_json("امتى ولات المنظمة الدولية للهجرة وكالة تابعة للامم المتحدة بالضبط")["ids"] == []


def test_states_are_countries_not_statistics():
    # "states" and "stated" were stemmed to "stat", as "stats" is: a topic no entry covers
    assert ask_json("Which states take part in the programme?")["ids"] == ["programme_countries"]
    assert ask_json("Can I get the stats on migrants in Morocco?")["ids"] == []


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [("le PNUD existe depuis quand", "about_undp"), ("How long has IOM been around?", "about_iom")],
)
def test_since_when_a_body_exists_is_when_it_was_founded(message, entry_id):
    assert ask_json(message)["ids"] == [entry_id]


def test_ok_top_then_goodbye_is_goodbye():
    assert ask_json("ok top, bonne journée a+")["ids"] == ["smalltalk_goodbye"]  # not thanks beside it
