"""Thanks with a farewell ("Thanks a lot, bye!", «شكرا بزاف، بسلامة») get both replies, "you're welcome"
then goodbye, in one message without titles; a closing "ok" or "top" is not thanked for."""

from __future__ import annotations

import pytest

from tests.test_understanding import ask_json

BOTH = ["smalltalk_thanks", "smalltalk_goodbye"]
ALONE = {"en": ("thanks", "bye"), "fr": ("merci", "au revoir"), "ar": ("شكرا", "مع السلامة")}  # each formula alone


@pytest.mark.parametrize(
    ("message", "lang"),
    [
        ("Thanks a lot, bye!", "en"),
        ("Merci beaucoup, bonne journée !", "fr"),
        ("شكرا بزاف، بسلامة", "ar"),
        ("chokran bzaf, bslama", "fr"),
    ],
)
def test_thanks_with_a_farewell_get_both_replies(message, lang):
    reply = ask_json(message, "--lang", lang)
    thanks, goodbye = (ask_json(formula, "--lang", reply["lang"])["answer"] for formula in ALONE[reply["lang"]])
    assert reply["ids"] == BOTH
    assert reply["answer"] == f"{thanks}\n\n{goodbye}"  # no entry titles above small talk


@pytest.mark.parametrize("message", ["ok top, bonne journée a+", "d'accord, au revoir", "ok bye"])
def test_a_farewell_after_ok_is_goodbye_alone(message):
    assert ask_json(message)["ids"] == ["smalltalk_goodbye"]


@pytest.mark.parametrize(("message", "entry_id"), [("merci", "smalltalk_thanks"), ("bye", "smalltalk_goodbye")])
def test_one_formula_gets_its_own_reply(message, entry_id):
    assert ask_json(message)["ids"] == [entry_id]
