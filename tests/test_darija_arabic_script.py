"""Everyday Darija in Arabic script around a question (issue 7): "give me" in the plural, "at the level
of", "I want to come", "I won't come", a foreign name with the Moroccan g.
Through `ask --json`, as the console and the bot answer."""

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
