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
    ("text", "name"),
    [
        ("ma collègue Samira Benali, peut-elle venir ?", "Samira Benali"),
        ("my colleague Youssef from the ministry wants to come", "Youssef"),
    ],
)
def test_a_name_right_after_colleague_is_left_out(text, name):
    matcher = bundled_answerer().matcher
    without = without_the_colleagues_name(text, matcher.terms, matcher.idf)
    assert name.split()[0] not in without and "colleague" in without.replace("collègue", "colleague")


@pytest.mark.parametrize(
    "text",
    [
        # a word of the knowledge base, a word that is no name, a name after another word than "colleague"
        "my colleague Health ministry staff wants to come",
        "my colleague Never received the invitation",
        "my deputy Karim wants to come",
    ],
)
def test_other_capitalised_words_stay(text):
    matcher = bundled_answerer().matcher
    assert without_the_colleagues_name(text, matcher.terms, matcher.idf) == text
