"""A question torn between an entry on the breakfast and one on the programme is settled by the side it
names (bot/event_or_programme.py), and declined still when it names what no entry covers."""

from __future__ import annotations

import pytest

from tests.test_understanding import ask_json


@pytest.mark.parametrize(
    ("message", "lang", "entry_ids"),
    [
        # the programme's phase named: its dates, not the breakfast's end
        ("la phase 2 prend fin quand officiellement", "fr", ["programme_dates"]),
        # the breakfast named: its organisers and guests, not the programme's funder and partners
        ("من الجهة التي تتكلف بتنظيم هذا اللقاء؟", "ar", ["event_organisers"]),
        ("شكون هي الجهات المدعوة للمشاركة ف فطور الاختتام؟", "ar", ["event_attendees"]),
        # a question of time naming neither side is the breakfast's
        ("ça dure combien de temps ?", "fr", ["logistics_end_time"]),
        # ... and declined when it names what no entry says: who pays for the breakfast, the first phase
        ("شكون خلص على الفطور", "ar", []),
        ("شكون اللي خلص على هاد الفطور؟", "ar", []),
        ("lphase lowla dyal lprogramme f ach mn 3am bdat", "ar", []),
        # nor when the named side's entry is not first, or does not answer what is asked (where)
        ("Qui a payé la cérémonie ?", "fr", []),
        ("Who pays for the meeting?", "en", []),
        ("Où sera présenté le programme ?", "fr", []),
        # a later question pointing back at what the first named ("that phase") is not settled alone
        ("شكون هوما الدول اللي كانو فالمرحلة الاولى وامتى بدات هاديك المرحلة", "ar", []),
    ],
)
def test_a_question_naming_one_side_gets_that_sides_answer(message, lang, entry_ids):
    assert ask_json(message, "--lang", lang)["ids"] == entry_ids
