"""A sender correcting themselves ("I meant the venue, not the date", «قصدت الساعة ماشي النهار»): the
question is read of what was meant, and the "not ..." after "I meant" is set aside even when it names
a question of its own (issue 7, thirtieth round). Written here in other words than the blind
development sets that showed them. Through `ask --json`."""

from __future__ import annotations

import pytest

from tests.test_understanding import ask_json


@pytest.mark.parametrize(
    ("message", "lang", "entry_ids"),
    [
        ("I meant the venue not the date", "en", ["logistics_venue"]),
        ("sorry, I meant when it finishes, not when it begins", "en", ["logistics_end_time"]),
        ("je veux dire le lieu et pas l'heure", "fr", ["logistics_venue"]),
        ("non, je parlais de qui organise, pas de qui finance", "fr", ["event_organisers"]),
        ("قصدت المكان ماشي التاريخ", "ar", ["logistics_venue"]),
        ("قصدي شكون اللي كيمول ماشي شكون اللي منظم", "ar", ["programme_funder"]),
        ("9sdt fo9ach kaysali machi fo9ach kaybda", "fr", ["logistics_end_time"]),
        # the "not" first, what was meant after it
        ("no, not the date, I mean where it is", "en", ["logistics_venue"]),
        ("لا ماشي فين، قصدت فوقاش كيبدا", "ar", ["logistics_time"]),
        ("let me rephrase: who can I contact about the breakfast?", "en", ["logistics_contact"]),
        ("je reformule : qui finance le programme ?", "fr", ["programme_funder"]),
    ],
)
def test_what_was_meant_is_answered(message, lang, entry_ids):
    assert ask_json(message, "--lang", lang)["ids"] == entry_ids


@pytest.mark.parametrize(
    ("message", "lang", "entry_ids"),
    [
        # a "not" without "I meant" is part of the question, and so is a verb's "not" beside "I mean"
        ("I wanted to know if the breakfast is not open to the public", "en", ["event_attendees"]),
        ("je voulais savoir si le Maroc n'est pas le seul pays du programme", "fr", ["programme_countries"]),
        ("I mean, is it not in Rabat?", "en", ["logistics_venue"]),
        # «ماشي ل»: "going to"
        ("قصدي أنا ماشي للرباط فين بالضبط كاين الفطور", "ar", ["logistics_venue"]),
        ("is the breakfast not open to the public?", "en", ["event_attendees"]),
        ("ce n'est pas à Rabat le petit-déjeuner ?", "fr", ["logistics_venue"]),
    ],
)
def test_a_not_that_corrects_nothing_stays(message, lang, entry_ids):
    assert ask_json(message, "--lang", lang)["ids"] == entry_ids
