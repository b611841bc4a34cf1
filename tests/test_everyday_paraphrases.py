"""Everyday words for a question's topic, as people write on phones: "building", «تنطلق», "bossé avec"
say what is asked. (The words around it that say nothing are in test_words_that_say_nothing.py, who the
sender is in test_who_is_asking.py.) Through `ask --json`, as the console and the bot answer. Phrasings
are the tests' own."""

from __future__ import annotations

import pytest

from bot.normalize import terms
from tests.test_understanding import ask_json


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("Which building is it in?", ["logistics_venue"]),
        ("من يتحمل تكاليف المشروع؟", ["programme_funder"]),
        ("في أي ساعة تنطلق الجلسة؟", ["logistics_time"]),
        ("L'OIM a bossé avec quels ministères ?", ["programme_partners"]),
    ],
)
def test_everyday_words_for_a_topic(message, expected):
    assert ask_json(message)["ids"] == expected


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # the programme's name in full is one name: what is asked about it decides
        ("من يمول برنامج إدماج الهجرة في استراتيجيات التنمية الوطنية؟", ["programme_funder"]),
        ("ما هي نتائج برنامج إدماج الهجرة في استراتيجيات التنمية الوطنية بالمغرب؟", ["results_morocco"]),
        ("what are the results of Migration Mainstreaming in Morocco?", ["results_morocco"]),
        # and the name alone, or "what is" it, is the programme's overview
        ("Migration Mainstreaming ?", ["programme_overview"]),
        (
            "c'est quoi l'intégration de la migration dans les stratégies nationales de développement ?",
            ["programme_overview"],
        ),
        ("شنو هو برنامج إدماج الهجرة؟", ["programme_overview"]),
    ],
)
def test_the_programmes_full_name_does_not_outweigh_the_question(message, expected):
    assert ask_json(message)["ids"] == expected


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("Can he bring his deputy?", ["rsvp_colleague"]),
        ("هل يمكن أن أصطحب زميلا؟", ["rsvp_colleague"]),
        ("أرجو إفادتي بطريقة تأكيد الحضور، مع الشكر.", ["rsvp_how"]),  # «مع الشكر» closes a letter
        ("wat does UNDP stand for lol", ["about_undp"]),
        ("give me the objective in one sentence", ["programme_objectives"]),
        ("ماذا حقق البرنامج فعليا؟", ["results_morocco"]),
        ("I'm unable to attend after all, what should I do?", ["rsvp_change"]),
        ("هل يمكنني حضور الفطور وإجراء مقابلات؟", ["event_attendees", "event_press"]),  # both, as in fr and en
        # what was said at the breakfast is after the assistant's time: not the speakers' answer
        ("What did the minister say at the breakfast?", []),
    ],
)
def test_more_everyday_words(message, expected):
    assert ask_json(message)["ids"] == expected


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # "it" is the programme the first question named: its end is the programme's, not the breakfast's
        ("when did the programme start and when does it end?", ["programme_dates"]),
        ("quand a commencé le programme et quand se termine-t-il ?", ["programme_dates"]),
        ("when does the breakfast start and when does it end?", ["logistics_time", "logistics_end_time"]),
    ],
)
def test_a_later_question_without_a_subject_keeps_the_one_named_before(message, expected):
    assert ask_json(message)["ids"] == expected


@pytest.mark.parametrize(
    "message",
    [
        "L'OIM est-elle rattachée à l'ONU ?",
        "is IOM a United Nations agency?",
        "هل المنظمة الدولية للهجرة جزء من منظومة الأمم المتحدة؟",
    ],
)
def test_whether_iom_is_a_un_agency_is_about_iom(message):
    # the UN itself (l'ONU, «الأمم المتحدة») is a concept of its own, not UNDP: IOM is the UN Migration Agency
    assert ask_json(message)["ids"] == ["about_iom"]


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        # every word is frequent ("et", "ce", §event, §what_is): the subject, not "et", picks the candidates
        ("et ce petit-déjeuner, c'est quoi ?", "event_overview"),
        ("and the breakfast, what's it about?", "event_overview"),
        ("هل أنت روبوت أم إنسان؟", "smalltalk_about_bot"),  # «أم»: "or", a function word
        ("je serai en vacances à Rabat, le petit-déjeuner c'est bien le 26 ?", "event_date"),  # not "vacancies"
    ],
)
def test_frequent_words_around_the_subject(message, entry_id):
    assert ask_json(message)["ids"] == [entry_id]


@pytest.mark.parametrize(
    "message",
    [
        "who made you?",
        "who built this bot",
        "est ce que tu es une IA",
        "c'est de l'intelligence artificielle ?",
        "qui t a cree",
        "شكون لي صاوبك",
        "هل أنت ذكاء اصطناعي؟",
    ],
)
def test_who_made_the_assistant_and_whether_it_is_an_ai(message):
    """Asking who made the assistant, or whether it is artificial intelligence, is asking about it."""
    assert ask_json(message)["ids"] == ["smalltalk_about_bot"]


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("how does the programme work?", ["programme_overview"]),
        ("comment fonctionne le programme ?", ["programme_overview"]),
        ("كيفاش كيخدم البرنامج؟", ["programme_overview"]),
        ("comment fonctionne l'inscription ?", ["rsvp_how"]),
        ("how does this bot work?", ["smalltalk_about_bot"]),
        ("كيفاش نأكد الحضور؟", ["rsvp_how"]),  # "how do I" still asks for the steps
    ],
)
def test_how_something_works_asks_what_it_is_not_the_steps(message, expected):
    """Asking "how does X work" asks what X is and does: it is not a procedure ("how do I confirm"), and the
    programme working is not the programme "working on health"."""
    assert ask_json(message)["ids"] == expected


@pytest.mark.parametrize(
    "message",
    [
        "What is Morocco's national migration strategy?",
        "c'est quoi la stratégie nationale d'immigration et d'asile ?",
        "ما هي الاستراتيجية الوطنية للهجرة واللجوء؟",
    ],
)
def test_moroccos_own_migration_strategy_is_not_the_health_plan(message):
    """The national strategy on immigration and asylum (2014) is not described in any entry: declined, not
    answered with the health and immigration plan, whose name shares its words."""
    assert ask_json(message)["ids"] == []


@pytest.mark.parametrize(
    "message",
    [
        "Comment obtenir un visa pour le Maroc ?",
        "How do I get a Moroccan visa?",
        "كيفاش نجيب الفيزا؟",
        "how can I claim asylum in Morocco?",
    ],
)
def test_a_visa_or_asylum_is_ones_own_case(message):
    """A visa or an asylum claim is one person's case, which the assistant cannot advise on: nothing is
    answered or offered (the press accreditation was offered for "obtenir")."""
    reply = ask_json(message)
    assert reply["outcome"] == "fallback" and not reply["suggestions"]


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("what's the date of the closing breakfast of phase 2?", ["event_date"]),
        ("when is the closing session of the programme's second phase?", ["event_date"]),
        ("متى سيعقد اللقاء الختامي للمرحلة الثانية من البرنامج؟", ["event_date"]),
        ("when did phase 2 of the programme start?", ["programme_dates"]),  # no breakfast: the programme's
    ],
)
def test_what_the_event_closes_is_part_of_its_name(message, expected):
    """Asking about "the closing breakfast of phase 2" asks about the breakfast: its date, not the programme's."""
    assert ask_json(message)["ids"] == expected


def test_a_closing_session_of_another_phase_is_not_this_one():
    assert ask_json("was there a closing session for phase 1 too? what happened there?")["ids"] == []


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("Is the venue easy to get to by petit taxi?", ["logistics_access"]),
        ("واش نقدر نمشي فالطاكسي الصغير؟", ["logistics_access"]),
    ],
)
def test_moroccan_taxis_and_an_easy_way_there_are_access(message, expected):
    assert ask_json(message)["ids"] == expected


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("On peut venir en tenue simple ?", ["logistics_dress_code"]),
        ("Comment faire pour vous dire que je viendrai ?", ["rsvp_how"]),
        ("Qui dois-je prévenir si j'ai un empêchement ?", ["logistics_contact"]),
        ("what do the UN development people do in this programme?", ["about_undp"]),
        ("شحال من دولة خدامة معانا فهاد المشروع؟", ["programme_countries"]),  # «معانا», with us
    ],
)
def test_everyday_words_for_the_dress_the_reply_and_the_agencies(message, expected):
    assert ask_json(message)["ids"] == expected


@pytest.mark.parametrize(
    "message",
    [
        "what is the annual intergovernmental forum on migration?",
        "ما هو الملتقى الدولي السنوي حول الهجرة والتنمية؟",
    ],
)
def test_the_yearly_forum_of_states_is_the_gfmd(message):
    assert ask_json(message)["ids"] == ["global_gfmd"]


def test_what_it_came_out_with_in_darija_is_its_results():
    assert ask_json("شنو النتائج اللي خرجو بيها من هاد المشروع؟")["ids"] == ["results_morocco"]


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("شنو غادي نلبس نهار الفطور؟", ["logistics_dress_code"]),  # "on the day of": the event, not its date
        ("what should I wear on the day of the breakfast?", ["logistics_dress_code"]),
        ("فين نقدر نباركي حدا البلاصة؟", ["logistics_access"]),  # «حدا», next to
        ("من هي الجهات المدعوة لهذا اللقاء؟", ["event_attendees"]),
    ],
)
def test_the_day_of_the_event_the_place_and_the_bodies_invited(message, expected):
    assert ask_json(message)["ids"] == expected


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("quelle est la tenue de rigueur ?", ["logistics_dress_code"]),  # the invitation's own words
        ("je peux venir avec qqun ?", ["rsvp_colleague"]),  # "qqun": quelqu'un, as typed on a phone
    ],
)
def test_an_invitations_words_and_a_phones_shorthand(message, expected):
    assert ask_json(message)["ids"] == expected


@pytest.mark.parametrize(
    "message",
    ["Au final, ça a donné quoi au Maroc, tout ce travail ?", "شنو ربح المغرب من هاد الخدمة كاملة؟"],
)
def test_all_this_work_is_the_programme_and_what_morocco_gained_its_results(message):
    assert ask_json(message)["ids"] == ["results_morocco"]


def test_this_rendez_vous_is_the_event():
    assert ask_json("salut, c quoi ce rdv exactement ?")["ids"] == ["event_overview"]


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("c quoi ladresse", ["logistics_venue"]),  # l'adresse, the apostrophe left out on a phone
        ("dsl je peux plus venir, comment jannule ?", ["rsvp_change"]),  # désolé, j'annule
    ],
)
def test_an_elision_typed_without_its_apostrophe(message, expected):
    assert ask_json(message)["ids"] == expected


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("qui va parler ce jour-là ?", ["event_speakers"]),  # the day sets the scene: its date is not asked
        ("شكون غادي يهضر داك النهار؟", ["event_speakers"]),
        ("فين كاين الطرام اللي يوصل للفطور؟", ["logistics_access"]),
        ("كيفاش نعلمكم باللي غادي نحضر؟", ["rsvp_how"]),
        ("was the compact finally adopted?", []),  # hindsight: as of the event, it was being prepared
        ("le pacte a-t-il finalement été adopté ?", []),
    ],
)
def test_the_day_as_a_scene_getting_there_by_tram_and_hindsight(message, expected):
    assert ask_json(message)["ids"] == expected


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("I would appreciate it if you could confirm the date of the breakfast.", ["event_date"]),
        ("merci de me rappeler la date du petit-déjeuner", ["event_date"]),
        ("what are the programme's dates?", ["programme_dates"]),
    ],
)
def test_the_date_named_as_a_topic_is_the_days_not_the_start_time(message, expected):
    """ "The date of the breakfast" names a day of the calendar: its date, not its start or end time, which
    are also asked with "when"."""
    assert ask_json(message)["ids"] == expected


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("who is putting up the money for the programme?", ["programme_funder"]),
        ("which organisations are putting the breakfast together?", ["event_organisers"]),
    ],
)
def test_putting_up_the_money_funds_and_putting_together_organises(message, expected):
    assert ask_json(message)["ids"] == expected


@pytest.mark.parametrize(
    "message", ["شنو المقصود ببرنامج إدماج الهجرة؟", "عرفوني ببرنامج إدماج الهجرة في استراتيجيات التنمية"]
)
def test_the_preposition_on_a_word_starting_with_its_letter_reads_as_the_word(message):
    """«ببرنامج» is «برنامج» (the programme) behind «ب», not a word of UNDP's name («برنامج الأمم المتحدة»)."""
    assert terms("ببرنامج") == terms("برنامج")
    assert ask_json(message)["ids"] == ["programme_overview"]


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("هل يمكن للصحفيين الحضور؟ ومن هم المدعوون؟", ["event_press", "event_attendees"]),
        ("am I talking to an actual person?", ["smalltalk_about_bot"]),
        ("who is the partner on the government side?", ["programme_partners"]),
    ],
)
def test_what_another_question_got_is_not_what_this_one_asks(message, expected):
    """The press and the guests are both about who comes: the guests, answered for the second question, are
    not what the first asks. And "an actual person" asks who answers, "the government side" the partner."""
    assert ask_json(message)["ids"] == expected


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("على شنو غادي يهضرو فالفطور؟", ["event_agenda"]),  # what they will talk about: the agenda
        ("شكون غادي يهضر فالفطور؟", ["event_speakers"]),  # who will talk: the speakers
        ("ما طبيعة الفطور الختامي؟", ["event_format"]),
        ("كيفاش نمشي من لاكار للفطور؟", ["logistics_access"]),  # «لاكار», la gare
    ],
)
def test_darija_talking_about_what_or_who_the_nature_of_the_event_and_the_station(message, expected):
    assert ask_json(message)["ids"] == expected


def test_a_misspelt_inflection_is_found_by_taking_its_ending_off_again():
    """ "achievments" (one letter short) stems to "achievment", which taking "ment" off reads as "achiev", the
    stem of "achievements"."""
    assert ask_json("what were the programme's achievments in Morocco?")["ids"] == ["results_morocco"]


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("can the press cover it?", ["event_press"]),
        ("what has the global compact got to do with the programme?", ["global_compact"]),
    ],
)
def test_covering_it_is_the_press_and_got_to_do_with_asks_the_link(message, expected):
    assert ask_json(message)["ids"] == expected


def test_from_the_airport_is_getting_there_not_since_when():
    """«depuis l'aéroport» is where one comes from; «depuis» alone also asks since when (the programme's dates)."""
    assert ask_json("on y va comment depuis l'aéroport ?")["ids"] == ["logistics_access"]


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("what are the names of the speakers?", ["event_speakers"]),  # not announced: the speakers' entry says so
        ("ما هي أسماء المتدخلين؟", ["event_speakers"]),
        ("شكون اللي شارك من غير المغرب؟", ["programme_countries"]),  # besides Morocco: the other countries
    ],
)
def test_the_speakers_names_and_the_countries_besides_morocco(message, expected):
    assert ask_json(message)["ids"] == expected


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("واش الفطور غير قهوة ولا فيه عروض؟", ["event_format"]),  # just coffee, or presentations: the format
        ("هل هو مؤتمر رسمي أم جلسة خفيفة؟", ["event_format"]),
        ("شنو دار البرنامج باش المهاجرين يتعالجو فالسبيطار؟", ["results_health"]),  # treated in hospital: health
        ("wach ftour 3adi ola conference b panels?", ["event_format"]),
    ],
)
def test_darija_for_the_format_and_for_care_in_hospital(message, expected):
    assert ask_json(message)["ids"] == expected
