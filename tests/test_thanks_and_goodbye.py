"""Thanks with a farewell ("Thanks a lot, bye!", «شكرا بزاف، بسلامة») get "you're welcome" before the
goodbye, in one line; a closing "ok" or "noted" is not thanked for."""

from __future__ import annotations

import pytest

from bot.texts import text
from tests.test_understanding import ask_json

GOODBYE_ALONE = {"en": "bye", "fr": "au revoir", "ar": "مع السلامة"}


@pytest.mark.parametrize(
    ("message", "lang"),
    [
        ("Thanks a lot, bye!", "en"),
        ("I appreciate it, bye", "en"),
        ("Merci beaucoup, bonne journée !", "fr"),
        ("شكرا بزاف، بسلامة", "ar"),
        ("مرسي بزاف، بسلامة", "ar"),
        ("جزاكم الله خيرا، في امان الله", "ar"),
        ("chokran bzaf, bslama", "fr"),
    ],
)
def test_thanks_with_a_farewell_get_welcome_then_goodbye(message, lang):
    reply = ask_json(message, "--lang", lang)
    goodbye = ask_json(GOODBYE_ALONE[reply["lang"]], "--lang", reply["lang"])["answer"]
    assert reply["ids"] == ["smalltalk_thanks", "smalltalk_goodbye"]
    assert reply["answer"] == f"{text('thanks_before_goodbye', reply['lang'])} {goodbye}"


@pytest.mark.parametrize("message", ["ok top, bonne journée a+", "d'accord, au revoir", "ok got it, bye"])
def test_a_farewell_after_ok_or_noted_is_goodbye_alone(message):
    assert ask_json(message)["ids"] == ["smalltalk_goodbye"]  # "ok", "top", "got it": formulas, not thanks


@pytest.mark.parametrize(("message", "entry_id"), [("merci", "smalltalk_thanks"), ("bye", "smalltalk_goodbye")])
def test_one_formula_gets_its_own_reply(message, entry_id):
    assert ask_json(message)["ids"] == [entry_id]
