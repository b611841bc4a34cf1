"""Who takes part in the closing session (issue 7): who chairs or moderates it is asked like who speaks
at it (the speakers' entry, which says they have not been announced), and the guest list is who
attends. Through `ask --json`."""

from __future__ import annotations

import pytest

from tests.test_understanding import ask_json


@pytest.mark.parametrize(
    "message",
    [
        "Who is going to moderate the breakfast?",
        "qui va animer la séance de clôture ?",
        "شكون غادي يسير الجلسة الختامية؟",
    ],
)
def test_who_chairs_or_moderates_is_the_speakers(message):
    assert ask_json(message)["ids"] == ["event_speakers"]


@pytest.mark.parametrize("message", ["je veux la liste des invités", "Could I have the list of guests?"])
def test_asking_for_the_guest_list_gets_who_attends(message):
    # the list itself is personal data, seen by the organisers alone: the public answer is who is invited
    assert ask_json(message)["ids"] == ["event_attendees"]
