"""Questions of the thirty-second round's development sets, written here in other words (issue 7):
a story told before the question, ending in a comma and a question word; "the programme for tomorrow"
(the day's programme, not the joint programme); the end of the meeting, a short presentation, a press
attaché, official vehicles, "how does it go" and «نتواصل» in Latin letters; and a question after who
the sender is, declined when they told of another event, a job or an investment of their own."""

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
        # who the sender is, in up to six words before the question, with no comma («أنا متأخرة شوية ...»)
        ("أنا متأخرة شوية والطريق عامرة فوقاش كيسالي الفطور", "ar", ["logistics_end_time"]),
        ("انا صحفية ف موقع الكتروني واش خاصني accreditation باش ندخل", "ar", ["event_press"]),
        # ... and still declined when the story is one's own case, which the question asks about
        ("انا طالب كاميروني فالرباط والكارط دسيجور سالات ليا فين نمشي", "ar", []),
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
        # hospitals are the health plan's, not what became of it later; "this initiative" is the programme
        ("qu'est-ce qui a changé pour les migrants dans les hôpitaux ?", "fr", ["results_health"]),
        ("who is behind this initiative?", "en", ["programme_partners"]),
        ("is it a plenary or more of a working breakfast?", "en", ["event_format"]),
        # Darija in Latin letters: "bladna" is Morocco, "3tat lflous" funded, "bghaw iwslo" aims, "resume"
        ("lach dayrin had lprogramme? chno bghaw iwslo lih", "ar", ["programme_objectives"]),
        ("3tini resume sghir 3la had lprogramme moshtarak", "ar", ["programme_overview"]),
        ("Swissra hiya li 3tat lflous? ch7al 3tat?", "ar", ["programme_funder"]),
        ("chno dar lprogramme f bladna?", "ar", ["results_morocco"]),
        # what the bot knows about one is one's reply, which one may erase
        ("how can I erase everything you know about me?", "en", ["rsvp_change"]),
        ("comment effacer tout ce que vous savez sur moi ?", "fr", ["rsvp_change"]),
        # "it's urgent" says how one asks, not what
        ("comment je confirme ma presence stp c urgent", "fr", ["rsvp_how"]),
        ("c'est urgent, comment je confirme ma présence ?", "fr", ["rsvp_how"]),
        # a bot or a person at IOM asks who answers, not what IOM is
        ("Are you a bot or a real person at IOM?", "en", ["smalltalk_about_bot"]),
        ("vous êtes un robot ou une personne de l'OIM ?", "fr", ["smalltalk_about_bot"]),
        # enrolling one's child at school is one's own case, whatever country one comes from
        ("كيفاش نسجل بنتي ف المدرسة؟ انا مهاجر من السنغال", "ar", []),
        # ... or bringing one's family over; and what attending costs, which nobody has announced
        ("واش OIM كتعاون فالتجمع العائلي؟ بغيت نجيب راجلي من السنغال", "ar", []),
        ("الحضور فالفطور بالفلوس ولا فابور؟", "ar", []),
    ],
)
def test_a_question_told_with_its_story_gets_its_answer(message, lang, entry_ids):
    assert ask_json(message, "--lang", lang)["ids"] == entry_ids


@pytest.mark.parametrize(
    ("message", "lang"),
    [
        ("I'm going to the GFMD summit later this year, do you know the dates and how to sign up?", "en"),
        ("I'm attending the GFMD summit in Berlin, when is it?", "en"),
        ("انا مقيم فبلجيكا وبغيت نستثمر فالمغرب، شكون نتصل بيه؟", "ar"),
        ("بغيت نخدم متطوع مع المنظمة الدولية للهجرة فشي بلاد، كيفاش نسجل؟", "ar"),
    ],
)
def test_a_question_about_what_the_sender_told_of_is_declined(message, lang):
    # who the sender is, then another event, a job or an investment of theirs: the question asks of that
    assert ask_json(message, "--lang", lang)["ids"] == []


@pytest.mark.parametrize(
    ("message", "lang", "entry_ids"),
    [
        ("Je suis de garde de nuit la veille, est-ce que ça commence tôt ?", "fr", ["logistics_time"]),
        (
            "I'm staying at a hotel near the station the night before, what time does it start?",
            "en",
            ["logistics_time"],
        ),
    ],
)
def test_the_way_to_the_event_told_first_still_gets_the_answer(message, lang, entry_ids):
    # a night shift or a hotel on the way to the breakfast: the question asks of the breakfast
    assert ask_json(message, "--lang", lang)["ids"] == entry_ids


def test_the_groups_told_in_passing_and_the_senders_own_are_in_the_bundled_lexicon():
    # bot/sentences_before.py names these not_covered groups: a renamed group would silently stop the rules
    from bot.knowledge import load_knowledge
    from bot.lexicon import CONCEPT_MARK
    from bot.sentences_before import IN_PASSING, THE_SENDERS_OWN
    from tests.conftest import KNOWLEDGE

    groups = {token[len(CONCEPT_MARK) :] for token in load_knowledge(KNOWLEDGE).lexicon.not_covered}
    assert groups >= IN_PASSING | THE_SENDERS_OWN
