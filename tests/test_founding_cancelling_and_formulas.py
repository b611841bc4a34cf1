"""Everyday words met in this round's blind sets (issue 7): when IOM or UNDP was created (their answers
give the year), cancelling yesterday's reply in Latin-letter Darija, the topics the bot answers, the press
release's own words, and funding for one's own project (not covered). Through `ask --json`."""

from __future__ import annotations

import pytest

from tests.test_understanding import ask_json


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # when a body was created: the answers give IOM's and UNDP's years
        ("When was UNDP created?", ["about_undp"]),
        ("متى أنشئ برنامج الأمم المتحدة الإنمائي", ["about_undp"]),
        ("l'organisation internationale pour les migrations fou9ach tkhl9at?", ["about_iom"]),
        ("who created you?", ["smalltalk_about_bot"]),  # still the bot
        ("dert rsvp lbare7 walakin ma9derch nji, kifach nlghih?", ["rsvp_change"]),
        ("ما هي المواضيع التي يمكنك الاجابة عنها", ["smalltalk_about_bot"]),
        ("ممكن تعطيني فكرة عامة على الحدث ديال 26 يناير", ["event_overview"]),
        ("le pacte mondial لي تذكر فالبلاغ اشنو هو", ["global_compact"]),
        ("safi hakka mzyan, yallah bslama, nhar mabrouk", ["smalltalk_goodbye"]),
        ("bghit ndir jam3iya dial migrants, kifach nakhod tamwil mn Suisse?", []),  # funding for one's own project
    ],
)
def test_when_a_body_was_created_cancelling_yesterdays_reply_and_the_press_releases_words(message, expected):
    assert ask_json(message)["ids"] == expected


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # a bare subject, then more of the same subject: the dress code, not a question of its own
        ("tenue exigée ? costume cravate ou c cool ?", ["logistics_dress_code"]),
        (
            "Dear assistant, could you please advise on the appropriate dress code for the breakfast?",
            ["logistics_dress_code"],
        ),
        ("hi, im a reporter for an online outlet - is there press accreditation for the event?", ["event_press"]),
        ("l ftour nhar jem3a 26 wla nhar akhor? bghit nt2akked mn tarikh", ["event_date"]),
        ("chkoun li ghadi ykounou 7adrin? ghir nass l wizara wla 7ta jam3iyat?", ["event_attendees"]),
        # "f ch7al mn blad" is in how many countries, not at what time
        ("f ch7al mn blad khddam had l programme? w chkoun homa?", ["programme_countries"]),
    ],
)
def test_more_of_the_same_subject_and_an_invitees_week_before(message, expected):
    assert ask_json(message)["ids"] == expected


def test_what_must_i_do_to_confirm_after_who_the_sender_is():
    # «شنو خاصني ندير باش» (what must I do to): how, after the sender's own scene
    message = (
        "انا ممثل ديال منظمة دولية ف الرباط وتوصلت بالدعوة ديال الفطور ديال 26 يناير، "
        "شنو خاصني ندير باش نأكد بلي غادي نحضر؟"
    )
    assert ask_json(message)["ids"] == ["rsvp_how"]


def test_checking_the_day_is_not_answered_with_the_venue():
    # «بغيت نتأكد من النهار» (I want to check the day): a question of when, never the venue
    message = (
        "انا مسافر برا المغرب وغادي نرجع اخر يناير، بغيت نتأكد من النهار ديال فطور الاختتام ف الرباط باش نعرف واش نلحق"
    )
    assert "logistics_venue" not in ask_json(message)["ids"]
    assert ask_json("kifach bdaw lkhdma? dero chi évaluation f lbdya 9bel sse7a?")["ids"] == ["results_assessment"]
