"""Questions of the thirtieth round's development sets, written here in other words (issue 7): "until
what time" in Darija and chat shorthand get their answers; what comes after the event (the final
evaluation) and where a plan is applied are declined."""

from __future__ import annotations

import pytest

from tests.test_understanding import ask_json


@pytest.mark.parametrize(
    ("message", "lang", "entry_ids"),
    [
        ("الفطور حتى لشحال؟", "ar", ["logistics_end_time"]),
        ("faut arriver a qlle h", "fr", ["logistics_time"]),
        ("ça se termine à qlle heure le petit dej", "fr", ["logistics_end_time"]),
        ("who do I contact directly for the breakfast?", "en", ["logistics_contact"]),
        ("I'd like to talk to someone from the organising team", "en", ["logistics_contact"]),
        ("le forum mondial sur la migration et le dvpt c'est quoi", "fr", ["global_gfmd"]),
    ],
)
def test_shorthand_and_darija_get_their_answer(message, lang, entry_ids):
    assert ask_json(message, "--lang", lang)["ids"] == entry_ids


@pytest.mark.parametrize(
    ("message", "lang"),
    [
        ("in which regions will the health plan be rolled out?", "en"),
        ("في اي جهات غادي يطبقو مخطط الصحة والهجرة", "ar"),
        ("who carried out the final evaluation of the programme?", "en"),
        ("quel bureau d'études a fait l'évaluation finale ?", "fr"),
    ],
)
def test_what_no_entry_answers_is_declined(message, lang):
    reply = ask_json(message, "--lang", lang)
    assert reply["ids"] == [] and reply["outcome"] == "fallback"


def test_when_the_compact_will_be_adopted_still_points_to_the_compact():
    # the entry says it was still being prepared: a "when" is not declined like a "where"
    assert ask_json("quand le pacte mondial sera adopté ?", "--lang", "fr")["suggestions"] == ["global_compact"]
