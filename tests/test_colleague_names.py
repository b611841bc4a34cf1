"""A colleague named ("ma collègue Samira Benali", "sahbti Samira"): the name is no word of the
question, so bringing a colleague is still answered (issue 7, thirtieth round). Written here in other
words than the blind development sets that showed them. Through `ask --json` and the core."""

from __future__ import annotations

import pytest

from bot.match_names import without_the_colleagues_name
from tests.telegram_harness import bundled_answerer
from tests.test_understanding import ask_json


@pytest.mark.parametrize(
    ("message", "lang", "entry_ids"),
    [
        ("mon collègue Mehdi Alami voudrait s'inscrire lui aussi, comment faire ?", "fr", ["rsvp_colleague"]),
        ("Could my colleague Hajar join me at the breakfast?", "en", ["rsvp_colleague"]),
        ("sa7bi Anas bgha yji m3aya, wach momkin?", "fr", ["rsvp_colleague"]),
        ("my colleague Karim doesn't use Telegram, can I register him myself?", "en", ["rsvp_colleague"]),
        # the colleague's question is what is asked
        ("ma collègue Leila demande où a lieu le petit-déjeuner", "fr", ["logistics_venue"]),
    ],
)
def test_a_colleague_named_gets_the_answer(message, lang, entry_ids):
    assert ask_json(message, "--lang", lang)["ids"] == entry_ids


@pytest.mark.parametrize(
    ("text", "without"),
    [
        ("ma collègue Samira Benali, peut-elle venir ?", "ma collègue , peut-elle venir ?"),
        # a word of the knowledge base, a stop word, an acronym and a name not after "colleague" stay
        ("my colleague IOM staff wants to come", "my colleague IOM staff wants to come"),
        ("ma collègue, Elle aussi, peut venir ?", "ma collègue, Elle aussi, peut venir ?"),
        ("my colleague UNHCR wants to come", "my colleague UNHCR wants to come"),
        ("Samira from my office wants to come", "Samira from my office wants to come"),
    ],
)
def test_only_a_name_right_after_colleague_is_left_out(text, without):
    matcher = bundled_answerer().matcher
    assert without_the_colleagues_name(text, matcher.terms, matcher.idf) == without
