"""Who takes part in the closing session (issue 7): who chairs, moderates or presents at it is asked like
who speaks at it (the speakers' entry, which says they have not been announced); who will be in the
room, the guest list and the representatives invited are who attends. Through `ask --json`."""

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


@pytest.mark.parametrize(
    "message",
    [
        "je veux la liste des invités",
        "Could I have the list of guests?",
        "I want the guest list",
        "عطيوني لائحة الحاضرين",
    ],
)
def test_asking_for_the_guest_list_gets_who_attends(message):
    # the list itself is personal data, seen by the organisers alone: the public answer is who is invited
    assert ask_json(message)["ids"] == ["event_attendees"]


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("qui sera dans la salle ?", ["event_attendees"]),
        ("on sera avec qui ce matin-là ?", ["event_attendees"]),
        ("avec qui l'OIM a-t-elle travaillé au Maroc ?", ["programme_partners"]),
    ],
)
def test_who_will_be_in_the_room_asks_who_attends(message, expected):
    assert ask_json(message)["ids"] == expected


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("ماذا سيقدم خلال اللقاء؟", ["event_agenda"]),  # what is presented: the agenda
        ("شنو غادي يقدمو فالفطور؟", ["event_agenda"]),
        ("ما الذي سيتم تقديمه في الفطور؟", ["event_agenda"]),
        ("شكون غادي يقدم فالفطور؟", ["event_speakers"]),  # who presents: the speakers
    ],
)
def test_what_is_presented_is_the_agenda_and_who_presents_the_speakers(message, expected):
    assert ask_json(message)["ids"] == expected


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("Est-ce que des représentants des associations seront là ?", ["event_attendees"]),  # some of them: who attends
        ("les représentants de l'OIM, c'est qui ?", []),  # their names: none announced
    ],
)
def test_representatives_who_attend_are_not_a_person_named(message, expected):
    assert ask_json(message)["ids"] == expected


def test_getting_the_list_of_participants_is_not_the_press():
    # "get" is also getting accreditation or getting there: the list is what is asked, so who attends comes first
    reply = ask_json("can I get the list of participants?")
    assert reply["ids"][:1] == ["event_attendees"] or reply["suggestions"][:1] == ["event_attendees"]
