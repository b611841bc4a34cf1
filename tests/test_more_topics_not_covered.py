"""More near misses that no entry answers (issue 7), found by the sixteenth round's blind development
sets: the bot declines them, and still answers the questions beside them. Through `ask --json`."""

from __future__ import annotations

import pytest

from tests.test_understanding import ask_json


@pytest.mark.parametrize(
    "message",
    [
        "فين غادي يتدار المؤتمر ديال الميثاق العالمي للهجرة ف دجنبر",
        "مرحبا، متى وأين سيتم اعتماد الميثاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية؟",
        "where will the global compact be adopted?",
    ],
)
def test_where_the_compact_will_be_adopted_is_not_its_status(message):
    # the Compact's answer says what it is and how far it has got, never where it would be adopted
    assert ask_json(message)["ids"] == []


@pytest.mark.parametrize(
    "message",
    ["فين وصل الميثاق العالمي للهجرة؟", "où en est le pacte mondial ?", "what is the status of the global compact?"],
)
def test_how_far_the_compact_has_got_is_still_its_answer(message):
    assert ask_json(message)["ids"] == ["global_compact"]


@pytest.mark.parametrize(
    "message",
    [
        "شنو غادي يكون فالفطور؟ كاين المسمن والبغرير؟",
        "اشنو غادي يكون ف الفطور؟ كاين msemen و بغرير",  # the detail need not ask anything itself
        "what will there be at the breakfast? any vegan food?",
    ],
)
def test_a_vague_question_then_the_food_asks_about_the_food(message):
    # "what will there be?" is settled by the detail after it: the menu, which has not been announced
    assert ask_json(message)["ids"] == []


@pytest.mark.parametrize(
    "message",
    [
        "les présentations des résultats seront-elles disponibles après ?",  # not the speakers
        "est-ce qu'il y aura une vidéo de la séance de clôture ?",  # not offered as the format
        "Will the breakfast be streamed live?",
        "فين نقدر نلقى الفيديو ديال اللقاء من بعد؟",
    ],
)
def test_a_recording_of_the_session_has_not_been_announced(message):
    assert ask_json(message)["outcome"] == "fallback"


@pytest.mark.parametrize(
    "message",
    [
        "واش سويسرا كتمول حتى مشاريع الما فالمغرب",  # "also water projects": not the programme's funder
        "هل لدى الوزارة المكلفة بالجالية برنامج لتشجيع استثمار مغاربة العالم",  # investment: not the ministry
        "فأي عام بالضبط تدار التقييم الأولي",  # "which year": the assessment's answer gives none
    ],
)
def test_the_partners_other_work_and_a_year_not_given_get_no_answer(message):
    assert ask_json(message)["ids"] == []


def test_which_year_the_programme_began_is_still_its_dates():
    assert ask_json("فاش من عام تسالا البرنامج")["ids"] == ["programme_dates"]


@pytest.mark.parametrize(
    "message",
    [
        "شحال الساعة دابا ف الرباط؟",  # the time now, not the breakfast's
        "what time is it now in Rabat?",
        "أي دولة حققت أفضل النتائج في البرنامج",  # a ranking the release does not make
        "واش كاين شي hotel قريب من البلاصة تنصحوني بيه",
        "ما الذي سيأتي بعد الخطة الوطنية للصحة والهجرة عند انتهائها سنة 2021؟",
        "ما هو برنامج المبادرة المشتركة للهجرة والتنمية JMDI وما علاقته بالمغرب؟",  # another programme
        "ما هي الوزارات الاخرى التي شاركت في اعداد مخطط الصحة والهجرة",
    ],
)
def test_the_time_now_a_ranking_a_hotel_another_programme_get_no_answer(message):
    assert ask_json(message)["ids"] == []


def test_the_breakfasts_time_is_still_its_time():
    assert ask_json("شحال الساعة غادي يبدا الفطور؟")["ids"] == ["logistics_time"]


@pytest.mark.parametrize(
    "message",
    [
        "السلام عليكم، واش المنظمة الدولية للهجرة كتشغل؟ بغيت خدمة فالرباط",  # a job, not a colleague
        "كيفاش نخدم مع OIM Maroc؟ كاين شي poste خاوي",
        "واش ممكن نطلب دعم مالي من PNUD للجمعية ديالي",
        "شنو هي الشروط باش الDDC تمول مشروع",
        "عندي مشكل ديال الورث فالمغرب وانا ساكن فإيطاليا، الوزارة ديال الجالية واش تعاوني",
        "واش OIM كتنظم فطور رمضان للمهاجرين",  # another breakfast
        "Bonjour, le petit-déjeuner de clôture de l'an prochain, c'est à quelle date ?",
        "واش دارو شي تقييم خارجي للمرحلة الثانية؟ شكون دارو",
        "الفطور مع الوزير، واش نقدر ناخد معاه تصويرة",
    ],
)
def test_a_job_funding_an_inheritance_another_breakfast_or_a_photo_get_no_answer(message):
    assert ask_json(message)["ids"] == []


def test_photographers_of_the_press_still_get_the_press():
    message = "I'm a freelance photographer working for a news agency. Can press attend and take pictures?"
    assert ask_json(message)["ids"] == ["event_press"]


@pytest.mark.parametrize(
    "message",
    [
        "واش نقدر نقدم الجمعية ديالي ف الفطور",  # presenting one's own work: not who attends
        "Mon association peut-elle présenter son projet pendant le petit-déjeuner ?",
        "Can my NGO get a slot to present at the breakfast?",
        "من فضلك، هل يمكنك إخباري بعدد المغاربة المقيمين بالخارج؟ وشكرا",  # a figure, not the ministry
    ],
)
def test_presenting_ones_work_or_the_number_of_moroccans_abroad_get_no_answer(message):
    assert ask_json(message)["ids"] == []


def test_a_name_alone_then_a_question_asks_it_of_that_name():
    # "And Tunisia? What did the programme do there?": not the countries, then Morocco's results
    assert ask_json("وفتونس؟ شنو دار البرنامج تما؟")["ids"] == []
    assert ask_json("Et le PNUD ? C'est quoi ?")["ids"] == ["about_undp"]


def test_a_question_of_its_own_before_the_food_is_still_answered():
    assert ask_json("c'est où le petit-déjeuner ? il y aura des viennoiseries ?")["ids"] == ["logistics_venue"]


@pytest.mark.parametrize(
    "message",
    [
        "شنو غادي يكون فالماكلة ديال الفطور واش كاين sans gluten",  # the menu, not the format
        "شكون احسن OIM ولا PNUD",  # a comparison the release does not make
        "which is better, IOM or UNDP?",
    ],
)
def test_a_gluten_free_menu_or_which_partner_is_better_get_no_answer(message):
    assert ask_json(message)["ids"] == []


@pytest.mark.parametrize(
    "message",
    [
        "هل ساهم البرنامج فعلا في خفض الهجرة غير النظامية؟",  # irregular migration: not the Compact's name
        "ما موقف المغرب الرسمي من الميثاق العالمي للهجرة؟",  # Morocco's position: not what the Compact is
    ],
)
def test_irregular_migration_and_moroccos_position_get_no_answer(message):
    assert ask_json(message)["ids"] == []


def test_the_compacts_full_name_is_still_the_compact():
    assert ask_json("ما هو الميثاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية؟")["ids"] == ["global_compact"]


@pytest.mark.parametrize(
    "message",
    [
        "Is there a similar closing event in Tunis? When is that one?",  # another event, not the breakfast's date
        "la Suisse wach ghadi tmowel phase jdida?",  # a new phase, in Darija typed in Latin letters
    ],
)
def test_a_similar_event_elsewhere_or_a_new_phase_get_no_answer(message):
    assert ask_json(message)["ids"] == []


def test_taking_photos_in_the_hall_with_ones_phone_gets_no_answer():
    assert ask_json("نقدر نصور بالتيليفون ف القاعة")["ids"] == []


def test_whether_morocco_voted_for_the_compact_gets_no_answer():
    assert ask_json("واش المغرب صوت على الميثاق العالمي فالامم المتحدة")["ids"] == []


@pytest.mark.parametrize(
    "message",
    [
        "واش كاين شي concours ف وزارة الجالية",  # a recruitment exam: a job, not the ministry
        "واش كاين حتى عشاء ولا غير الفطور",  # a dinner: another occasion, not "good evening"
    ],
)
def test_a_recruitment_exam_or_a_dinner_get_no_answer(message):
    assert ask_json(message)["ids"] == []


@pytest.mark.parametrize(
    "message",
    [
        # a remark, then a question on a topic no entry covers: the remark asks nothing
        "الوزارة المكلفة بالمغاربة المقيمين بالخارج مهمة جدا. كيف أجدد جواز سفري من الخارج؟",
        "ولدي فإيطاليا وبغا يرجع. واش الوزارة ديال الجالية تعاونو فالرجوع؟",
        "Je ne pourrai pas être à Rabat le 26. Pouvez-vous m'envoyer les slides des présentations après la séance ?",
        # "there" is the country named before: its results, which no entry gives
        "البرنامج خدام حتى فبنغلاديش. شنو دارو تما بالضبط؟",
        "قرأت أن البرنامج طُبّق في تونس أيضا. ما هي نتائجه هناك؟",
    ],
)
def test_a_remark_or_a_place_named_before_a_question_no_entry_answers(message):
    assert ask_json(message)["ids"] == []


def test_a_remark_before_a_question_an_entry_answers_still_gets_the_answer():
    assert ask_json("Le programme a l'air intéressant. Qui le finance ?")["ids"] == ["programme_funder"]


@pytest.mark.parametrize(
    "message",
    [
        "واش OIM و PNUD عندهم شي برنامج مشترك اخر فالمغرب؟",  # another joint programme
        "واش البرنامج كيعطي تكوينات للموظفين ديال الجماعات؟ بغيت نسجل",  # courses to follow
        "الجمعيات اللي غادي تحضر واش غادي تاخد شي تمويل من بعد؟",  # money for the guests' associations
        "من كان له الدور الاكبر في البرنامج، الوزارة ام المنظمة؟",  # a ranking
        "How does Migration Mainstreaming compare to the EU's migration programmes in Morocco?",
        "شحال من عام وهو الوزير فالمنصب ديالو؟",  # «وهو» is "and he", not a second question
    ],
)
def test_another_programme_courses_grants_rankings_or_a_ministers_tenure_get_no_answer(message):
    assert ask_json(message)["ids"] == []


@pytest.mark.parametrize(
    "message",
    [
        "واش نقدر نشارك بمداخلة فالفطور؟ عندي دراسة على الهجرة بغيت نقدمها",  # presenting one's own study
        "ما هو الموقع الالكتروني للوزارة المكلفة بالمغاربة المقيمين بالخارج",  # a website
        "Quel est le site web de l'OIM Maroc ?",
        "واش المخطط الاستراتيجي الصحة والهجرة كاين بالعربية؟ فين نحملو",  # an Arabic version to download
    ],
)
def test_presenting_ones_study_a_website_or_a_plans_arabic_version_get_no_answer(message):
    assert ask_json(message)["ids"] == []


@pytest.mark.parametrize(
    "message",
    [
        "شنو فيه الفطور؟ كاين مسمن وبغرير",  # what it holds, then the food: the food is asked
        "شنو كيقدمو فالفطور؟ كاين مسمن وأتاي؟",
        "What's at the breakfast? Any vegetarian options?",
    ],
)
def test_what_the_breakfast_holds_then_the_food_asks_the_food(message):
    assert ask_json(message)["ids"] == []


def test_what_the_breakfast_is_about_before_the_food_is_still_answered():
    assert ask_json("What is the breakfast about? Is there a menu?")["ids"] == ["event_overview"]


@pytest.mark.parametrize(
    "message",
    [
        "ما رأي سويسرا في نتائج البرنامج",  # what the funder thinks, not who funds
        "Quel est l'avis de la Suisse sur les résultats du programme ?",
        "In your opinion, were the results in Morocco good?",
        "ما تقييمكم الشخصي لنجاح البرنامج؟ هل حقق أهدافه كاملة؟",
    ],
)
def test_an_opinion_is_not_asked_of_a_fact(message):
    assert ask_json(message)["ids"] == []


def test_changing_ones_mind_is_still_changing_ones_reply():
    assert ask_json("كيف اعدل ردي على الدعوة، غيرت رأيي")["ids"] == ["rsvp_change"]
    assert ask_json("J'ai changé d'avis, comment modifier ma réponse ?")["ids"] == ["rsvp_change"]


@pytest.mark.parametrize(
    "message", ["الوزارة غادي تنظم شي لقاء مع الجالية هاد الصيف؟", "Is the ministry holding a meeting this summer?"]
)
def test_a_meeting_this_summer_is_another_event(message):
    assert ask_json(message)["ids"] == []


@pytest.mark.parametrize("message", ["who paid for the breakfast?", "C'est qui qui finance le petit dej ?"])
def test_who_pays_for_the_breakfast_itself_is_not_the_programmes_funder(message):
    assert ask_json(message)["ids"] == []


def test_who_funds_the_programme_is_still_the_funder():
    assert ask_json("Who funds the programme?")["ids"] == ["programme_funder"]


@pytest.mark.parametrize(
    "message",
    [
        "شحال من واحد غادي يحضر للفطور؟ بغيت نعرف العدد بالضبط",  # "the exact number": of the guests, again
        "التعاون الوطني امتى بدا يخدم مع المهاجرين؟ شمن عام",  # "which year": of the Entraide's start
        "When did the Entraide nationale start working with migrants? Which year?",
    ],
)
def test_a_part_that_only_restates_a_declined_question_is_declined_with_it(message):
    assert ask_json(message)["ids"] == []


def test_a_short_question_after_an_answered_one_is_still_answered():
    assert ask_json("C'est où le petit-déjeuner ? Et à quelle heure ?")["ids"] == ["logistics_venue", "logistics_time"]


@pytest.mark.parametrize(
    "message",
    [
        "Je suis migrant à Oujda et je n'arrive plus à payer mon loyer. Est-ce que l'Entraide nationale peut m'aider ?",
        "La DDC suisse finance le programme, d'accord. Qu'est-ce qu'elle finance d'autre au Maroc ?",
        "best breakfast place in rabat",
    ],
)
def test_ones_rent_what_else_the_donor_funds_and_a_breakfast_place_in_town_get_no_answer(message):
    assert ask_json(message)["ids"] == []


@pytest.mark.parametrize(
    "message",
    [
        "عندي موعد فالقنصلية الفرنسية فالرباط، فين كاينة بالضبط؟",  # a consulate's address, not the venue
        "السلام عليكم، شنو هي الدول لي رفضات الميثاق العالمي ديال الهجرة؟",  # after the event: which rejected it
    ],
)
def test_a_consulate_and_the_compacts_rejections_get_no_answer(message):
    assert ask_json(message)["ids"] == []


@pytest.mark.parametrize("message", ["عدد المدعوين", "le nombre d'invités ?", "the number of guests"])
def test_the_number_of_guests_is_not_the_number_of_countries(message):
    # "the number of" counts what follows it, as "how many" does: the guests, which no entry counts
    assert ask_json(message)["ids"] == []


@pytest.mark.parametrize("message", ["عدد الدول المشاركة", "le nombre de pays ?", "the number of countries"])
def test_the_number_of_countries_is_the_countries(message):
    assert ask_json(message)["ids"] == ["programme_countries"]


@pytest.mark.parametrize(
    "message",
    [
        "ما هو آخر أجل لتأكيد الحضور؟",  # a deadline: none announced, and not bringing a colleague
        "Is there a deadline to confirm?",
        "بغيت نكون bénévole ف التعاون الوطني مع المهاجرين",  # volunteering: like a job, no entry covers it
        "امتى غادي يكون النشاط الجاي ديال OIM و PNUD",  # their next activity: another event
    ],
)
def test_a_deadline_volunteering_and_the_next_activity_get_no_answer(message):
    assert ask_json(message)["ids"] == []


def test_a_frame_naming_another_place_is_what_is_asked_about():
    # an invitation to IOM's party in Tunisia: confirming that is not confirming the breakfast
    assert ask_json("عندي دعوة لحفل ديال OIM فتونس، كيفاش نكونفيرمي")["ids"] == []
    assert ask_json("عندي دعوة ولكن نسيت التاريخ، امتى هاد اللقاء")["ids"] == ["event_date"]
