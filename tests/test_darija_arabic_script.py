"""Arabic and Darija in Arabic script as people type them (issue 7): what the light stemmer takes off a
word (the article, a pronoun, a plural, a conjunction, a final hamza), Darija verb forms and question
words, everyday wording ("give me" in the plural, "I want to come", "I won't come"), a foreign name
with the Moroccan g. Through `terms` and `ask --json`, as the console and the bot answer."""

from __future__ import annotations

import pytest

from bot.normalize import terms
from tests.test_understanding import ask_json


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("عطيوني البريد الإلكتروني ديال المنظمين", ["logistics_contact"]),
        ("اعطوني تاريخ الفطور عافاكم", ["event_date"]),
        ("ما هي إنجازات البرنامج على مستوى قطاع الصحة؟", ["results_health"]),
        ("شنو دار البرنامج على صعيد المغرب؟", ["results_morocco"]),
    ],
)
def test_give_me_and_at_the_level_of_say_nothing_of_what_is_asked(message, expected):
    assert ask_json(message)["ids"] == expected


def test_wanting_to_come_is_confirming_not_the_time():
    assert ask_json("بغيت نجي للفطور، كيفاش نأكد؟")["ids"] == ["rsvp_how"]


@pytest.mark.parametrize("message", ["ما غانجيش للفطور، شنو ندير؟", "سمحو ليا ماغانجيش، كيفاش نلغي؟"])
def test_i_wont_come_is_changing_ones_reply(message):
    assert ask_json(message)["ids"] == ["rsvp_change"]


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("شنو هو برنامج ميگريشن مينستريمينگ؟", ["programme_overview"]),  # گ and ڭ: the g of a foreign name
        ("شكون كيمول ميڭريشن مينستريمينڭ؟", ["programme_funder"]),
    ],
)
def test_the_programmes_name_in_arabic_letters_with_the_moroccan_g(message, expected):
    assert ask_json(message)["ids"] == expected


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("بغيت نأكد مشاركتي فالفطور", ["rsvp_how"]),
        ("شرحو لينا شويه الأهداف ديال البرنامج", ["programme_objectives"]),
        ("هل يمكن لزميل من نفس المؤسسة أن يحضر معي؟", ["rsvp_colleague"]),
    ],
)
def test_my_participation_a_bit_and_the_same(message, expected):
    assert ask_json(message)["ids"] == expected


def test_a_morning_breakfast_is_the_event_not_a_good_morning():
    # «صباحي» is near «صباح الخير»: said of the breakfast, it is the breakfast
    assert ask_json("غادي يكون فطور صباحي عادي ولا ندوة؟")["ids"] == ["event_format"]


@pytest.mark.parametrize("message", ["فوقاش خاصني نوصل؟", "في أي ساعة يجب أن أكون هناك؟"])
def test_when_to_be_there_is_the_start_time_not_the_way_there(message):
    assert ask_json(message)["ids"] == ["logistics_time"]


def test_how_to_get_there_is_still_the_way_there():
    assert ask_json("كيفاش نوصل للقاعة؟")["ids"] == ["logistics_access"]


def test_a_plural_under_a_pronoun_reads_as_the_plural():
    # التزاماتها (its commitments) is التزامات; سياراتهم (their cars) is a noun, not a verb in the future
    assert terms("التزاماتها") == terms("التزامات") and terms("سياراتهم") == terms("سيارات")
    assert ask_json("ما هي التزاماتها الدولية في مجال الهجرة؟")["ids"] == ["global_gfmd"]


def test_a_feminine_noun_under_a_pronoun_reads_as_the_noun():
    # مشاركتي (my participation) is مشاركة, دعوتكم (your invitation) is دعوة: ة is written ت before a pronoun
    assert terms("مشاركتي") == terms("المشاركة") and terms("دعوتكم") == terms("الدعوة")
    assert terms("جمعيتنا") == terms("جمعية")


def test_an_arabic_word_reads_the_same_with_and_without_the_article():
    for bare, with_article in [("برنامج", "البرنامج"), ("بطاقة", "البطاقة"), ("سيارة", "السيارة")]:
        assert terms(bare) == terms(with_article)


def test_a_final_hamza_and_its_seat_before_a_suffix_read_alike():
    assert terms("شركاء") == terms("شركاؤها") == terms("الشركاء") == terms("شركاؤه")
    assert ask_json("من هم شركاؤها في هذا البرنامج؟")["ids"] == ["programme_partners"]
    assert ask_json("ما هي أهداف البرنامج ومن هم شركاؤه؟")["ids"] == ["programme_objectives", "programme_partners"]


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("ما هي أهدافه؟", "programme_objectives"),  # "its" on a noun the lexicon knows
        ("ومع من نتواصل؟", "logistics_contact"),  # "and" on a preposition opening the sentence
    ],
)
def test_arabic_words_carrying_its_or_and_still_read_as_themselves(message, entry_id):
    assert ask_json(message)["ids"] == [entry_id]


def test_darija_what_does_it_do_and_the_morning_session():
    """'شنو كادير' asks what an organisation does; «الصباحية» (the morning session) is the breakfast,
    never «صحية» (health) by a near spelling."""
    assert ask_json("شنو كادير المنظمة الدولية للهجرة؟")["ids"] == ["about_iom"]
    assert ask_json("فوقاش الصباحية؟")["ids"][0] in {"event_date", "logistics_time"}


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("كم تدوم المرحلة الثانية؟", "programme_dates"),
        ("شحال كتمتد المرحلة الثانية؟", "programme_dates"),
        ("من أي تاريخ إلى أي تاريخ امتدت المرحلة الثانية؟", "programme_dates"),
        ("شحال غادي يدوم الفطور؟", "logistics_end_time"),
    ],
)
def test_arabic_how_long_is_one_kind_of_question(message, entry_id):
    """«كم تدوم» is "how long", not "how many" beside "how long": the phase's dates, or the breakfast's length."""
    assert ask_json(message)["ids"] == [entry_id]


def test_arabic_why_is_not_what():
    """«لماذا» (why) behind its «ل» is not «ماذا» (what), with or without «و» in front; «فطور الصباح»
    is the breakfast, not «صباح الخير»."""
    assert terms("لماذا") == terms("ولماذا") == terms("علاش")
    assert terms("لماذا") != terms("ماذا")
    assert ask_json("واش هو فطور الصباح")["ids"] == ["event_format"]


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [("شنو خاصني نلبس؟", "logistics_dress_code"), ("من هم شركاء البرنامج؟", "programme_partners")],
)
def test_darija_i_need_to_wear_and_arabic_who(message, entry_id):
    assert ask_json(message)["ids"] == [entry_id]


def test_darija_question_words_read_alike_with_or_without_a_conjunction():
    """«امتى» is folded like the text it is read in, and «وشكون» is «شكون» behind «و»: both were
    missed, so «وفوقاش» did not start a second question."""
    assert terms("وفوقاش") == terms("فوقاش") == terms("امتى")
    assert terms("وشكون") == terms("شكون")
    assert ask_json("فوقاش كيبدا وفوقاش كيسالي؟")["ids"] == ["logistics_time", "logistics_end_time"]


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("صباح الخير، واش كاين باركينغ تما؟", "logistics_access"),
        ("شنو دارو مع التعاون الوطني؟", "results_social"),
        ("et l'entraide nationale dans tout ca", "results_social"),
    ],
)
def test_darija_parking_and_the_entraide_nationale(message, entry_id):
    assert ask_json(message)["ids"] == [entry_id]


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("هل يمكن لزميلي أن يرافقني إلى اللقاء؟", "rsvp_colleague"),
        ("مع من تعامل البرنامج فالمغرب؟", "programme_partners"),
        ("الوزارة ديال المغاربة اللي عايشين برا، شنو كدير؟", "about_mdcmream"),
        ("chhal dam lbarnamaj?", "programme_dates"),
    ],
)
def test_more_darija_and_arabic_wording(message, entry_id):
    assert ask_json(message)["ids"] == [entry_id]


def test_cooperation_keeps_the_root_ending_after_an_alif():
    # «ون» after an alif is part of the word (تعاون, cooperation), not a plural ending to cut off.
    assert terms("التعاون") == (("تعاون", False),)
    assert terms("يتعاونون") == (("يتعاون", False),)


@pytest.mark.parametrize("message", ["ما هي الجهات التي تتعاون في البرنامج؟", "شكون اللي كيتعاونو في هاد البرنامج؟"])
def test_who_cooperates_in_the_programme_is_the_partners(message):
    assert ask_json(message)["ids"] == ["programme_partners"]


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("شنو هوما البلدان اللي شاركو فهاد البرنامج؟", "programme_countries"),  # taking part, in any language
        ("Apart from Morocco, which countries took part?", "programme_countries"),
        ("ما العلاقة بين البرنامج والمنتدى العالمي للهجرة والتنمية؟", "global_gfmd"),  # "the link between"
        ("فوقاش الفطور ديال الختام؟", "event_date"),  # the closing breakfast, not its end
    ],
)
def test_taking_part_a_link_and_the_closing_breakfast(message, entry_id):
    assert ask_json(message)["ids"] == [entry_id]


@pytest.mark.parametrize(
    "message",
    [
        "واش تسنى المغرب على الميثاق العالمي من بعد؟",  # signed: after January 2018, not the Compact itself
        "فين غادي يكون الاجتماع الجاي ديال المنتدى العالمي للهجرة والتنمية؟",  # the next Forum, not the breakfast
    ],
)
def test_the_compact_signed_and_the_next_forum_are_declined(message):
    assert ask_json(message)["ids"] == []


def test_the_next_meeting_alone_is_the_breakfast():
    # Only the Forum's next meeting is another event: an invitee asking about "the next meeting" means the breakfast.
    assert ask_json("امتى الاجتماع الجاي؟")["ids"] == ["event_date"]


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("شكون اللي كيخلص على هادشي؟", "programme_funder"),  # «هادشي», "this (thing)", says nothing
        ("شكون غادي يكون تما؟", "event_attendees"),  # "who will be there"
        ("بمن نتاصل الا تعطلت؟", "logistics_contact"),  # «بمن», "with whom"; «الا», "if"
        ("واش نقدر نجيب معايا مديري؟", "rsvp_colleague"),  # one's boss, as "mon chef", "my boss"
        ("حدثني عن الفطور", "event_overview"),  # "tell me about"
        ("عاودلي على البرنامج", "programme_overview"),
        # Darija's present tense on «كت», «كن» as on «كي»: she funds, I wear, it starts
        ("شكون اللي كتمول البرنامج؟", "programme_funder"),
        # "how will it be, a seminar or a breakfast?" asks the format (it got the speakers and the running order)
        ("كيفاش غادي تكون الجلسة واش ندوة ولا فطور", "event_format"),
        # replying to the invitation is confirming; «نقول» (to say), «الناس», «غادين», «بيناتهم», «دايرين» say nothing
        ("مرحبا، كيفاش نجاوب على الدعوة باش نقول راني جاي", "rsvp_how"),
        ("how do I reply to the invitation?", "rsvp_how"),
        ("comment répondre à l'invitation ?", "rsvp_how"),
        ("شكون الناس لي غادين يحضرو فهاد الفطور", "event_attendees"),
        ("البرنامج و الميثاق العالمي للهجرة الامنة شنو العلاقة بيناتهم", "global_compact"),
        ("شنو هي هاد الجلسة الختامية لي دايرين", "event_overview"),
        ("بسلامة نهارك مبروك", "smalltalk_goodbye"),  # "have a blessed day"
        ("شكون غادي يهضر ف الافتتاح؟", "event_speakers"),  # who speaks at the opening
        ("البرنامج بدا إمتى وسالا إمتى؟", "programme_dates"),  # «بدا», «سالا»: it started, it ended
        ("السلام عليكم، كاين شي واحد؟", "smalltalk_greeting"),  # "is anyone there?"
        ("شكون غادي يكون فالفطور؟", "event_attendees"),  # who will be at the breakfast, not who speaks
        # «بفضل» (thanks to), «بحال» (like) say nothing of the topic
        ("ما الذي تحقق فعلاً على أرض الواقع في المغرب بفضل البرنامج؟", "results_morocco"),
        ("واش هاد الفطور غادي يكون بحال شي مؤتمر رسمي ولا غير جلسة خفيفة؟", "event_format"),
        ("who will be at the breakfast?", "event_attendees"),
        ("آش استافد المغرب من هاد الخدمة كاملة؟", "results_morocco"),  # what Morocco gained
        ("عطيوني أرقام الهاتف ديال المنظمين", "logistics_contact"),  # phone numbers, not figures
        ("شنو كنلبس؟", "logistics_dress_code"),
        ("كتبدا الساعة شحال؟", "logistics_time"),
        ("فين نوقف الطوموبيل؟", "logistics_access"),  # where do I park
        ("كنقلب على العنوان ديال الفطور", "logistics_venue"),  # "I'm looking for" says nothing of the topic
        ("بدلت رأيي ما غاديش نجي", "rsvp_change"),  # changed my mind, not coming
        ("j'ai changé d'avis, je ne viens plus", "rsvp_change"),
        ("واش البرنامج عندو علاقة بالميثاق العالمي pacte mondial", "global_compact"),  # «عندو», "it has"
    ],
)
def test_everyday_darija_words(message, entry_id):
    assert ask_json(message)["ids"] == [entry_id]


def test_the_projects_a_partner_funds_are_other_projects():
    # the plural: the programme is one project («المشروع الذي تموله سويسرا» is still the funder's answer)
    assert ask_json("ما هي المشاريع التي تمولها سويسرا في المغرب؟")["ids"] == []
    assert ask_json("ما هو المشروع الذي تموله سويسرا؟")["ids"] == ["programme_funder"]


def test_a_darija_verb_on_ta_is_not_the_noun_it_spells():
    # «كتعاون» is "she helps": read as «تعاون» (cooperation) it was a question about the programme's partnerships
    assert ask_json("واش الأمم المتحدة كتعاون فهادشي؟")["ids"] == []
    assert ask_json("كاتبدا الساعة شحال؟")["ids"] == ["logistics_time"]


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("كيفاش غتكون الجلسة، واش ندوة ولا فطور؟", ["event_format"]),
        ("فوقاش غتبدا؟", ["logistics_time"]),
    ],
)
def test_the_future_marker_cut_to_one_letter_still_marks_a_verb(message, expected):
    """«غتكون», «غتبدا»: Darija's غادي cut to غ, as «غيبدا» and «غايبدا» already were."""
    assert ask_json(message)["ids"] == expected


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("شنو هي الأهداف ديال البروغرام؟", ["programme_objectives"]),
        ("فوقاش الريونيون؟", ["event_date"]),
        ("واش البروغرام عاون الحكومة فالمنتدى العالمي للهجرة والتنمية؟", ["global_gfmd"]),
        ("شنو هي لادريس ديال الفطور؟", ["logistics_venue"]),
        ("عطيني النيمرو ديال المنظمين", ["logistics_contact"]),
        ("واش هادي كونفيرونس ولا فطور؟", ["event_format"]),
        ("شنو هوما الريزولتا ديال البروجي؟", ["results_morocco"]),
        ("فوقاش الايفنت؟", ["event_date"]),
        ("شنو هوما الاوبجيكتيف ديال البرنامج؟", ["programme_objectives"]),
        ("شنو هي السيانس دو كلوتير ديال OIM؟", ["event_overview"]),
        ("فوقاش البوتي دوجوني؟", ["event_date"]),
        ("شنو علاقة البروجي بالغلوبال كومباكت؟", ["global_compact"]),
        ("جاي فالتران، كيفاش نوصل للبلاصة من لاكار؟", ["logistics_access"]),
    ],
)
def test_french_words_in_arabic_letters_and_helping(message, expected):
    """«البروغرام» (programme), «الريونيون» (réunion), «لادريس» (adresse), «النيمرو» (numéro) and the
    like, as Moroccans write French words in Arabic letters; «عاون», helped."""
    assert ask_json(message)["ids"] == expected


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("شكون اللي غادي يدوي؟", ["event_speakers"]),  # «يدوي», speaks
        ("لوكاسيون ديال الفطور؟", ["logistics_venue"]),  # location
        ("اللبسة كيفاش خاصها تكون؟", ["logistics_dress_code"]),
        ("نقدر نجي بالدجين؟", ["logistics_dress_code"]),  # jeans
        ("الكلوتير ديال البرنامج فوقاش؟", ["event_date"]),  # la clôture
        ("لابريس مسموح ليها تدخل؟", ["event_press"]),
        ("الباكت مونديال شنو هو؟", ["global_compact"]),
        ("الفوروم العالمي شنو هو؟", ["global_gfmd"]),
        ("لادريس عطيهالي", ["logistics_venue"]),  # «عطي», give, asks nothing itself
        ("شنو هو البرنامج فكلمتين", ["programme_overview"]),  # in two words
    ],
)
def test_more_french_words_in_arabic_letters_and_darija_verbs(message, expected):
    assert ask_json(message)["ids"] == expected


def test_a_colleague_from_ones_association_is_bringing_a_colleague():
    # «فالجمعية» (in the association) is whose colleague, not a question on whether associations are invited
    assert ask_json("نقدر نجيب معايا زميلي فالجمعية؟")["ids"] == ["rsvp_colleague"]


@pytest.mark.parametrize("message", ["واش غير فطور ولا ندوة فيها مداخلات؟", "واش مؤتمر بالكلمات ولا فطور عادي؟"])
def test_a_symposium_with_speeches_or_a_breakfast_asks_the_format(message):
    # «مداخلات», «كلمات» (speeches) qualify the symposium the sender pictures: not who will speak
    assert ask_json(message)["ids"] == ["event_format"]


@pytest.mark.parametrize("message", ["مسح ليا المعلومات ديالي عافاك", "بغيت نتأكد واش سجلت ولا لا"])
def test_erasing_ones_data_and_checking_ones_reply_are_changing_ones_reply(message):
    # the entry that points to /myrsvp and /cancelrsvp, which shows and erases the reply
    assert ask_json(message)["ids"] == ["rsvp_change"]


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("بغيت نتسجل للفطور", ["rsvp_how"]),  # «نتسجل», I sign up
        ("شكون لي مويل البرنامج", ["programme_funder"]),  # «مويل», funding it
        ("ما هي الجهات التي تشرف على تنظيم هذا الحدث", ["event_organisers"]),
        ("ما هي الدول التي شملتها المرحلة الثانية من البرنامج المشترك؟", ["programme_countries"]),
        ("شكرا بزاف الله يحفظك", ["smalltalk_thanks"]),
        ("بسلامة نشوفوكم فالفطور", ["smalltalk_goodbye"]),
    ],
)
def test_signing_up_funding_supervising_and_covering_in_arabic_words(message, expected):
    assert ask_json(message)["ids"] == expected
