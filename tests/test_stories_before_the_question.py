"""Questions of the thirty-second round's development sets, written here in other words (issue 7):
a story told before the question, ending in a comma and a question word; "the programme for tomorrow"
(the day's programme, not the joint programme); the end of the meeting, a short presentation, a press
attaché, official vehicles, "how does it go" and «نتواصل» in Latin letters."""

from __future__ import annotations

import pytest

from tests.test_understanding import ask_json


@pytest.mark.parametrize(
    ("message", "lang", "entry_ids"),
    [
        # a story, then a comma and the question: the question is asked about the event, or about what
        # the story names (one's reply, the programme)
        ("jai confirme lundi mais finalement jai une mission a fes le 26, comment j annule", "fr", ["rsvp_change"]),
        ("j'avais confirmé mais j'ai un déplacement à Tanger le 26, comment annuler ?", "fr", ["rsvp_change"]),
        ("سجلت باش نحضر ولكن عندي سفر نهار 26، كيفاش نلغي التسجيل؟", "ar", ["rsvp_change"]),
        (
            "أنا كنخدم ف جمعية ف وجدة كتساعد المهاجرين، سجلت باش نحضر ولكن طرات ليا مهمة نهار 26، كيفاش نلغي التسجيل",
            "ar",
            ["rsvp_change"],
        ),
        (
            "انا استاذة ف كلية الاداب وبغيت نشرح للطلبة ديالي علاش دارو هاد البرنامج، شنو هوما الاهداف ديالو بالضبط؟",
            "ar",
            ["programme_objectives"],
        ),
        # ... and still declined when the story is one's own case, which the question asks about
        ("khouya f fransa ma3ndouch lwra9, chno ydir?", "ar", []),
        ("my cousin lost his job in Oujda last month, who can help him?", "en", []),
        ("I lost my passport: where should I go?", "en", []),
        # "the programme for tomorrow" is what the breakfast will go through
        ("c quoi le programme pour demain ?", "fr", ["event_agenda"]),
        ("what's on the programme for tomorrow", "en", ["event_agenda"]),
        ("البرنامج ديال غدا شنو فيه؟", "ar", ["event_agenda"]),
        # ... while the programme ending tomorrow is the programme's dates
        ("le programme se termine demain ?", "fr", ["programme_dates"]),
        ("does the programme end tomorrow?", "en", ["programme_dates"]),
        ("À quelle heure la rencontre va-t-elle prendre fin ?", "fr", ["logistics_end_time"]),
        ("عافاك نبذة سريعة عن الجلسة الختامية", "ar", ["event_overview"]),
        ("notre attachée de presse peut-elle venir ?", "fr", ["event_press"]),
        ("kifach nwasel m3a l'equipe dyal OIM?", "ar", ["logistics_contact"]),
        ("Y a-t-il un parking pour nos véhicules ?", "fr", ["logistics_access"]),
        ("comment ça se passe ?", "fr", ["event_format"]),
    ],
)
def test_a_question_told_with_its_story_gets_its_answer(message, lang, entry_ids):
    assert ask_json(message, "--lang", lang)["ids"] == entry_ids
