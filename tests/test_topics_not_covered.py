"""Near misses that no entry answers, asked in the words the programme's entries also use (issue 7):
the bot declines them rather than give a programme fact. Through `ask --json`, as the console and the
bot answer."""

from __future__ import annotations

import pytest

from tests.test_understanding import ask_json


@pytest.mark.parametrize(
    "message",
    [
        "How many member states does IOM have?",
        "combien d'États membres compte l'OIM ?",
        "كم عدد الدول الأعضاء في المنظمة الدولية للهجرة؟",
        "شحال من دولة عضو فالمنظمة الدولية للهجرة؟",
    ],
)
def test_the_states_that_are_members_of_iom_are_not_the_programmes_countries(message):
    assert ask_json(message)["ids"] == []


def test_the_countries_of_the_programme_are_still_its_countries():
    assert ask_json("quels sont les pays membres du programme ?")["ids"] == ["programme_countries"]


@pytest.mark.parametrize(
    "message",
    [
        "qu'est-ce qu'on mange au petit-déjeuner, y a des viennoiseries ?",
        "will the breakfast have vegetarian food?",
    ],
)
def test_what_exactly_is_served_has_not_been_announced(message):
    # not even offered as the format: the menu is a topic of its own
    assert ask_json(message)["outcome"] == "fallback"


def test_whether_there_is_food_at_all_is_still_the_format():
    assert ask_json("will there be food?")["ids"] == ["event_format"]


@pytest.mark.parametrize(
    "message",
    ["بغيت نهاجر لسويسرا", "I'd like to emigrate to Switzerland, how?"],
)
def test_ones_own_emigration_is_not_the_funder(message):
    assert ask_json(message)["outcome"] == "fallback"


@pytest.mark.parametrize(
    "message",
    [
        "ما هو دور مجلس الجالية المغربية بالخارج؟",
        "What is the role of the Council of the Moroccan Community Abroad?",
    ],
)
def test_other_bodies_for_moroccans_abroad_are_not_the_ministry(message):
    assert ask_json(message)["ids"] == []


@pytest.mark.parametrize(
    "message",
    [
        "ما هو رقم هاتف التعاون الوطني؟",
        "what's the Entraide Nationale's phone number",
        "Comment joindre le ministère par téléphone, quel est le numéro du ministère ?",
    ],
)
def test_a_partner_bodys_phone_is_not_the_organisers_contact_nor_its_results(message):
    assert ask_json(message)["ids"] == []


def test_the_organisers_phone_is_still_their_contact():
    assert ask_json("واش عندكم رقم الهاتف ديال المنظمين؟")["ids"] == ["logistics_contact"]


@pytest.mark.parametrize(
    "message", ["هل يمكن للتعاون الوطني مساعدتي في إيجاد عمل؟", "Can the Entraide help me find work in Rabat?"]
)
def test_finding_a_job_is_not_the_social_work(message):
    assert ask_json(message)["ids"] == []


@pytest.mark.parametrize(
    "message", ["كم عدد الدول التي صادقت على الاتفاق العالمي؟", "How many countries ratified the Global Compact?"]
)
def test_who_ratified_the_compact_is_after_the_event_not_the_programmes_countries(message):
    # the assistant speaks as of January 2018, when the Compact was still being prepared
    assert ask_json(message)["ids"] == []


@pytest.mark.parametrize(
    "message",
    [
        "could you recommend a hotel close to the venue in Rabat?",
        "la DDC finance d'autres projets au Maroc ?",
        "Hello! Does Switzerland fund other migration projects in Morocco?",  # 'migration' inside 'other projects'
        "what other projects does UNDP run in Morocco?",
        "ما هي المشاريع الأخرى التي تمولها سويسرا في المغرب؟",
        "le ministre délégué, il a quel parcours ?",
        "any good restaurants near the venue?",
        "un bon resto près du lieu ?",
        "which hotel do you recommend near the venue?",
        "quel hôtel me conseillez-vous près du lieu ?",
        "un hôtel conseillé près du lieu ?",  # « conseillé » saying nothing, the hotel is still not the venue
        "any recommended hotel near the venue?",
        "write my speech for the breakfast please",  # an errand, not the speakers
        "how do I contact the HR team at IOM Rabat?",
        "واش نقدر نخدم مع المنظمة الدولية للهجرة؟",  # working for IOM: a job, not what IOM is
        "هل هناك تمويل للجمعيات؟",  # money for one's association: not who attends, nor the funder
        "is there funding for NGOs?",
        "y a-t-il des financements pour les associations ?",
        "واش الأمم المتحدة كتمول جمعيات فالمغرب؟",  # whether a body funds associations: not who attends
        "does the UN fund associations in Morocco?",
        "est-ce que l'ONU finance des associations au Maroc ?",
        "واش نقدر ناخد نسخة من المخطط الاستراتيجي الصحة والهجرة",  # a copy of the plan: none to send
        "je peux avoir une copie du plan stratégique santé ?",
        "هل تقدم الوزارة منحا للمغاربة المقيمين بالخارج؟",  # grants: not what the ministry is
        # what it does in another of its countries: not the list of countries, which says nothing of that
        "whats the next IOM event after this one",  # another event: not what came after health
        # figures and statistics: none is given
        "واش كاين شي أرقام على المهاجرين لي استافدو من المساعدة الاجتماعية؟",
        "will journalists get a press kit with figures on migrants in morocco?",
        # who benefited is neither who presents the results nor the results in Morocco
        "who benefited from the programme?",
        # who signed or led something: a person's name, which has not been announced
        "من وقع على المخطط الوطني للصحة والهجرة؟",
        "who signed the health plan?",
        "من أشرف على التقييم الأولي في المغرب؟",
        # whether the Compact binds Morocco: no entry says (it was still being prepared)
        "Hi there, does the Global Compact oblige Morocco to accept migrants from Europe?",
        "le pacte est-il contraignant ?",
        "Bonjour, le ministère a-t-il un numéro vert pour les MRE ?",  # a partner body's hotline
        # what the minister said, and an evaluation since: after the event, which the assistant speaks before
        "Qu'est-ce que le ministre a dit exactement dans son discours d'ouverture au petit-déjeuner ?",
        "Le plan santé 2017-2021 a-t-il été évalué depuis ?",
        "شحال دارت الميزانية ديال هاد البرنامج؟ بغيت الرقم بالضبط",  # the figure asked for is the budget's
        "What does the programme do in Serbia?",
        "que fait le programme en Serbie ?",
        "What does the programme do in Serbia specifically?",
        "ماذا أنجز البرنامج في بنغلاديش",  # another country's results: «أنجز» is what it achieved
        "is there a prayer room?",  # not "pay", read from a typo
        "واش كاين شي بلاصة نصلي فيها؟",  # a place to pray, not the way to the venue
        "ما هي خطة عمل الرباط؟",  # the Rabat Process's action plan, not the health plan
        "ما هي مبادرة التنمية البشرية؟",  # the INDH, another programme
        # what a funder does besides this programme, another conference, the next forum, a third phase
        "شنو كتمول سويسرا من غير هاد البرنامج؟",
        "Does Switzerland fund anything apart from this programme?",
        "واش كاين شي مؤتمر آخر ديال OIM الشهر الجاي؟ بغيت نحضر",
        "فين غادي يتدار المنتدى العالمي للهجرة والتنمية الجاي",
        "واش المرحلة التالتة ديال البرنامج بدات؟ شنو دارت؟",
        "شنو كاين فالفطور؟ أنا مريض بالسكر",  # what is served, not where
        "كيفاش نخدم مع المنظمة الدولية للهجرة ف المغرب",  # a job, not the contact
        "امتى غادي يتوقع الميثاق العالمي للهجرة وفين",  # when it is signed: after the event
        "La DDC finance aussi des projets agricoles au Maroc ?",  # a sector the programme did not work on
        "ما هي مؤشرات تقييم المخطط الوطني للصحة والهجرة؟",  # indicators: figures, none given
        # how the programme works in, or what it did in, another of its countries: not the list of them
        "كيفاش كيخدم البرنامج ف الاكوادور؟",
        "What did the Migration Mainstreaming programme do in Bangladesh?",
        "واش التعاون الوطني كيعطي شي مساعدة للمهاجرين؟",  # aid for oneself, not the programme's work with it
        "واش الوزارة المكلفة بالمغاربة المقيمين بالخارج غادي تدمج مع وزارة اخرى؟",  # a merger: after the event
        "شنو وقع من بعد ما سالات المرحلة الثانية؟",  # after phase 2 ended: after the event
        "شنو هي التوصيات اللي خرج بيها اللقاء الختامي نهار 26 يناير؟",  # what the meeting concluded
        "متى ستنعقد قمة المنتدى العالمي للهجرة والتنمية وما هو جدول أعمالها؟",  # a summit: another event
        # thanks for the answers, then a question no entry covers: the thanks are not "my reply" (the RSVP)
        "Merci pour vos réponses. Sinon, comment on renouvelle une carte de séjour ?",
        "شكرا على الجواب. واش التعاون الوطني كيعطي شي منحة للعائلات؟",
        "بغيت نمشي نخدم فكندا، واش تقدرو تعاونوني؟",  # one's own emigration
        "شحال عطات سويسرا للمغرب فهاد البرنامج؟ بغيت الرقم",  # how much it gave: a sum, then its figure
        "ما هو عدد اللاجئين في تونس الآن؟",  # refugees in another of the countries: not its list
        "فبنغلاديش شنو دارو بالبرنامج؟ حتى هوما فالصحة؟",  # «فبنغلاديش», in Bangladesh: another country's results
        # one's own pension, what happened after the breakfast, what a funder pays for besides
        # migration, a coordinator's name and phone: none is the ministry, the farewell, the funder or the contact
        "انا متقاعد في بلجيكا، هل تساعد الوزارة المكلفة بالمغاربة المقيمين بالخارج في نقل المعاش؟",
        "ماذا حدث بعد الفطور الختامي؟",
        "شنو كيمول التعاون السويسري فالمغرب من غير الهجرة؟",
        "من هو منسق البرنامج في وزارة الصحة؟ اريد رقم هاتفه",
        "Thank you for the info on the breakfast. Separate question: what will the weather be like on Friday?",
        # the Forum's members, a satisfaction survey, where the Compact is to be adopted
        "ما هي الدول المشاركة في المنتدى العالمي للهجرة والتنمية؟",
        "واش دارو شي دراسة رضا عند المهاجرين على المخطط ديال الصحة؟",
        "فاش مدينة غادي يكون مؤتمر اعتماد الميثاق؟",
        # other projects in Darija's plural «اخرين»; the partner ministry in Kyrgyzstan, as Moroccans spell it
        "واش التعاون السويسري كيمول مشاريع اخرين فالمغرب؟",
        "شكون الوزارة الشريكة فكيرغيزستان؟",
        # how many Moroccans live abroad, the climate
        "كم هو عدد المغاربة المقيمين بالخارج؟",
        "Does UNDP also work on climate change in Morocco?",
        "واش عندكم شي حاجة على التغير المناخي فالبرنامج؟",
        # "aussi" and "also" inside a question join nothing: the rest is what is asked of UNDP
        "Est-ce que le PNUD organise aussi un événement sur le climat ce mois-ci ?",
        "Does UNDP also run an event on climate change this month?",
        # deportations and trafficking, IOM's next conference, whether the ministry still exists, who funds
        # IOM itself, whether the health plan was evaluated, the invited associations' names
        "ما هو موقف المنظمة من ترحيل المهاجرين نحو الجنوب؟",
        "Is IOM Morocco working against human trafficking?",
        "فوقاش المؤتمر الجاي ديال المنظمة الدولية للهجرة؟",
        "واش الوزارة ديال الجالية مازال كاينة؟",
        "من يمول المنظمة الدولية للهجرة؟",
        "who funds IOM in general?",
        "واش تم تقييم المخطط الوطني للصحة والهجرة؟",
        "عطيوني سميات الجمعيات اللي غادي تحضر",
        # whether the plan is applied, how many migrants benefited, whether Switzerland stops funding
        "واش المخطط الوطني للصحة والهجرة تطبق فعلا؟",
        "عدد المستفيدين من المخطط الوطني للصحة والهجرة",
        "Will Switzerland stop funding after this phase?",
        # who will fund extending the programme to other sectors
        "شكون غادي يمول التوسيع ديال البرنامج؟",
        # similar meetings in Europe for the diaspora
        "واش الوزارة كتنظم لقاءات مماثلة فأوروبا؟",
        "واش المخطط ديال الصحة مطبق دابا؟",  # whether the plan is applied now
    ],
)
def test_a_topic_no_entry_covers_gets_no_answer_from_one_that_shares_its_other_words(message):
    """A hotel to stay in is not the venue, another project is not the programme's funder."""
    assert ask_json(message)["ids"] == []


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("C'est dans quel hôtel ?", "logistics_venue"),
        ("which hotel is it in?", "logistics_venue"),
        ("c'est dans quel restaurant le petit dej ?", "logistics_venue"),
        ("the breakfast is in which restaurant?", "logistics_venue"),
        ("الفطور فأي مطعم؟", "logistics_venue"),
    ],
)
def test_the_hotel_or_restaurant_the_breakfast_is_in_is_still_the_venue(message, entry_id):
    assert ask_json(message)["ids"] == [entry_id]


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("can you call me a taxi to the venue?", []),  # an errand, not the way there
        ("how do I get a taxi to the venue?", ["logistics_access"]),
    ],
)
def test_an_errand_is_not_the_directions(message, expected):
    assert ask_json(message)["ids"] == expected


@pytest.mark.parametrize(
    "message",
    [
        "Was the health plan renewed after 2021?",
        "Le plan santé a-t-il été prolongé après 2021 ?",
        "هل تم تجديد المخطط الوطني للصحة والهجرة؟",
        "What happened to the social assistance work afterwards?",
        # a next phase: none had been announced as of the event, so who would fund it is not the funder's answer
        "who will fund the next phase?",
        "qui financera la prochaine phase ?",
        "شكون اللي غادي يمول المرحلة الجاية؟",
    ],
)
def test_what_came_after_the_programme_is_not_covered(message):
    # the assistant speaks as of the event (January 2018): what became of the plans later is not known
    assert ask_json(message)["ids"] == []


@pytest.mark.parametrize(
    "message",
    [
        # «وما عندوش»: "and he has not" (Darija negation), not "and what": one sentence about one person's case
        "صاحبي مهاجر وما عندوش الأوراق، واش يقدر يتداوى مجانا؟",
        "mon voisin est sans papiers, il peut se faire soigner ?",
        # asking a partner body for help for oneself is not what the programme did with it
        "est-ce que je peux demander de l'aide à l'Entraide nationale ?",
        "واش نقدر نطلب مساعدة من التعاون الوطني؟",
    ],
)
def test_one_persons_own_case_is_not_the_programmes_results(message):
    assert ask_json(message)["ids"] == []


@pytest.mark.parametrize(
    "message",
    [
        "did Morocco vote for the compact?",
        "le Maroc a-t-il voté pour le pacte mondial ?",
        "how many countries signed the global compact?",
        "quels pays se sont retirés du pacte mondial ?",
        "شحال من دولة وقعت على الاتفاق العالمي؟",
    ],
)
def test_what_became_of_the_global_compact_after_the_event_is_not_stated(message):
    """The assistant speaks as of January 2018, when the Compact was still being prepared: who voted for it,
    signed it or left it is not in its answer, which must not stand in for one."""
    assert ask_json(message)["ids"] == []


@pytest.mark.parametrize(
    "message",
    [
        "has the global compact been adopted?",
        "le pacte mondial est-il adopté ?",
        "هل تم اعتماد الاتفاق العالمي للهجرة؟",
    ],
)
def test_whether_the_compact_is_adopted_is_answered_as_of_the_event(message):
    """Its answer says where the Compact stood in January 2018: being prepared, for adoption later in 2018."""
    assert ask_json(message)["ids"] == ["global_compact"]


@pytest.mark.parametrize(
    "message",
    [
        "واش كاين شي نشاط اخر ديال المنظمة فالرباط؟",
        "Any hotel you'd recommend close to the venue?",
        "ماذا حققت تونس في إطار البرنامج؟",
    ],
)
def test_another_activity_a_hotel_to_recommend_or_another_countrys_results_get_no_programme_fact(message):
    assert ask_json(message)["ids"] == []


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("أريد قائمة المدعوين", ["event_attendees"]),  # the guest list: who is invited, not the list of countries
        ("شنو هو الطقس نهار الجمعة فالرباط؟", []),  # the weather on Friday, not the breakfast's Friday
        ("what's the weather forecast for Friday in Rabat?", []),
        ("فين غادي يكون المنتدى العالمي الجاي؟", []),  # the next Global Forum, not the breakfast's venue
        ("where will the next global forum be held?", []),
    ],
)
def test_the_guest_list_the_weather_and_the_next_forum(message, expected):
    assert ask_json(message)["ids"] == expected


@pytest.mark.parametrize("message", ["what should I bring?", "que dois-je apporter ?", "شنو خاصني نجيب معايا؟"])
def test_what_to_bring_is_not_bringing_a_colleague(message):
    # nothing has been announced about documents or the invitation; "bring" alone is not the colleague entry
    assert ask_json(message)["ids"] == []


def test_if_i_understand_you_never_leaves_out_what_the_question_names():
    # the Forum's venue is not the breakfast's: the Forum is one entry's topic, which the venue never names
    assert ask_json("فين غادي يتدار المنتدى العالمي للهجرة والتنمية هاد العام")["ids"] == []


def test_when_asked_last_is_asked_of_the_yes_or_no_question_before():
    # "will a final report be published, and when?": not the breakfast's date
    assert ask_json("هل سيتم نشر تقرير نهائي عن البرنامج ومتى")["ids"] == []
    assert ask_json("c'est où et quand")["ids"] == ["logistics_venue", "event_date"]


def test_a_word_beginning_with_waw_is_not_and():
    # «وزارة الصحة» (the ministry of health) is not "and" before «زارة»: one question, about an official
    assert ask_json("شكون المسؤول ف وزارة الصحة على المخطط ديال الهجرة")["ids"] == []
    assert ask_json("المكان وتاريخ اللقاء")["ids"] == ["logistics_venue", "event_date"]


@pytest.mark.parametrize(
    "message",
    [
        "شحال ديال البلدان كانو فالمرحلة الاولى",  # got phase 2's countries
        "شكون مول المرحلة الأولى؟",  # got phase 2's funder
        "متى انتهت المرحلة الأولى من البرنامج؟",  # got phase 2's dates
        # the question after leans on the declined one: what phase 1 did, not the programme's results
        "المرحلة الاولى من البرنامج امتى بدات وشنو دارت",
    ],
)
def test_the_programmes_first_phase_is_not_covered_in_arabic_either(message):
    # as « la première phase » and "phase 1" are not in French and English
    assert ask_json(message)["ids"] == []


@pytest.mark.parametrize(
    "message",
    [
        "ما هي المرحلة الأولى في المغرب",
        "شنو هي المرحلة اللولى ديال التقييم؟",
        "ما هي الخطوة الأولى للبرنامج في المغرب؟",
    ],
)
def test_the_first_step_in_morocco_is_still_the_assessment(message):
    # «المرحلة الأولى» names the first step in Morocco too, the assessment the press release describes
    assert ask_json(message)["ids"] == ["results_assessment"]
