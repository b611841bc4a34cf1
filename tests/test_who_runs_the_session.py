"""Who chairs or moderates the closing session is asked like who speaks at it (issue 7): the speakers'
entry, which says they have not been announced. Through `ask --json`."""

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
