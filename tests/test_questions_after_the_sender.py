"""A letter that says who writes before asking: two questions after the scene get both answers, and a
request («أريد نبذة عن ...», "je voudrais une présentation de ...") after it is what is asked (issue 7,
thirtieth round). Written here in other words than the blind development sets that showed them."""

from __future__ import annotations

import pytest

from tests.test_understanding import ask_json


@pytest.mark.parametrize(
    ("message", "lang", "entry_ids"),
    [
        (
            "salam, ana mas2oul f wa7d jam3iya f tanja, fin ghadi ykoun lftour o f ina sa3a kaybda? chokran bzaf",
            "fr",
            ["logistics_venue", "logistics_time"],
        ),
        (
            "Bonjour, je suis doctorante en sociologie à Rabat, je voudrais une présentation rapide du PNUD. Merci",
            "fr",
            ["about_undp"],
        ),
        (
            "السلام عليكم، أنا طالبة في سلك الماستر بفاس، أريد نبذة مختصرة عن البرنامج الإنمائي للأمم المتحدة",
            "ar",
            ["about_undp"],
        ),
        # the sender's own case is what is asked: no programme fact
        ("I am a migrant, I need help from UNDP", "en", []),
        ("bonjour, je suis migrant au Maroc, j'ai perdu mon passeport, où aller ?", "fr", []),
    ],
)
def test_what_is_asked_after_who_writes_is_answered(message, lang, entry_ids):
    assert ask_json(message, "--lang", lang)["ids"] == entry_ids


def test_thanks_for_the_help_in_darija_is_thanks():
    assert ask_json("chokran bzaf 3la lmosa3ada dyalkom", "--lang", "fr")["ids"] == ["smalltalk_thanks"]


@pytest.mark.parametrize(
    ("message", "lang", "entry_ids"),
    [
        (
            "I'm preparing a briefing note for my director: who funds the programme?",
            "en",
            ["programme_funder"],
        ),
        (
            "je suis consultante pour une ONG : qu'est-ce que le programme a permis de faire au Maroc ?",
            "fr",
            ["results_morocco"],
        ),
    ],
)
def test_a_colon_ends_the_scene_before_the_question(message, lang, entry_ids):
    assert ask_json(message, "--lang", lang)["ids"] == entry_ids
