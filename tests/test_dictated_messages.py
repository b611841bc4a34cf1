"""Messages typed or dictated in one breath (issue 7, twenty-ninth round): hesitations («euh», "um",
«ya3ni») and thanks at the end ask nothing, nor does announcing "a practical question" or wanting to
ask. Written here in other words than the blind development sets that showed them. Through `ask --json`."""

from __future__ import annotations

import pytest

from tests.test_understanding import ask_json


@pytest.mark.parametrize(
    ("message", "lang", "entry_ids"),
    [
        ("um so what are the objectives of the programme", "en", ["programme_objectives"]),
        ("bonjour euh c est ou le petit dejeuner", "fr", ["logistics_venue"]),
        ("salam ya3ni chkoun li mnadem lftour", "fr", ["event_organisers"]),
        ("who is organising the breakfast thank you so much", "en", ["event_organisers"]),
        ("I wanted to ask who funds the programme", "en", ["programme_funder"]),
        ("j'ai une question logistique : y a-t-il un parking ?", "fr", ["logistics_access"]),
        ("i have a logistics question: is there parking?", "en", ["logistics_access"]),
        # Darija: where the money came from is the funder; French "num" is a phone number
        ("salam mnin jat lflous dyal had lbarnamaj", "fr", ["programme_funder"]),
        ("vous avez un num pour joindre les organisateurs ?", "fr", ["logistics_contact"]),
        ("which topics are on the table at the breakfast?", "en", ["event_agenda"]),
        # neighbours that keep their answers
        ("is the breakfast on friday?", "en", ["event_date"]),
        ("واش الفطور نهار الجمعة ولا السبت؟", "ar", ["event_date"]),
        ("sorry to bother you, where is the venue?", "en", ["logistics_venue"]),
        ("can my colleague come too?", "en", ["rsvp_colleague"]),
        ("so what is the GFMD", "en", ["global_gfmd"]),
    ],
)
def test_a_message_in_one_breath_gets_its_answer(message, lang, entry_ids):
    assert ask_json(message, "--lang", lang)["ids"] == entry_ids
