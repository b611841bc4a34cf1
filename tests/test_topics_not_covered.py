"""Near misses that no entry answers, asked in the words the programme's entries also use (issue 7):
the bot declines them rather than give a programme fact. Through `ask --json`, as the console and the
bot answer."""

from __future__ import annotations

import pytest

from tests.test_understanding import ask_json


@pytest.mark.parametrize(
    "message",
    [
        "How many member states does IOM have?",
        "combien d'États membres compte l'OIM ?",
        "كم عدد الدول الأعضاء في المنظمة الدولية للهجرة؟",
        "شحال من دولة عضو فالمنظمة الدولية للهجرة؟",
    ],
)
def test_the_states_that_are_members_of_iom_are_not_the_programmes_countries(message):
    assert ask_json(message)["ids"] == []


def test_the_countries_of_the_programme_are_still_its_countries():
    assert ask_json("quels sont les pays membres du programme ?")["ids"] == ["programme_countries"]
