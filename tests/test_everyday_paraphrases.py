"""Everyday words around a question, and everyday words for its topic, as people write on phones:
"usually", «بغيت نفهم», "franchement" say nothing of what is asked; "building", «تنطلق», "bossé avec"
say it. Through `ask --json`, as the console and the bot answer. Phrasings are the tests' own."""

from __future__ import annotations

import pytest

from tests.test_understanding import ask_json


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("What do guests usually wear?", ["logistics_dress_code"]),
        ("بغيت نفهم شنو هي أهداف البرنامج", ["programme_objectives"]),
        ("C'est quoi en gros le but, franchement ?", ["programme_objectives"]),
    ],
)
def test_words_about_the_asking_weigh_nothing(message, expected):
    assert ask_json(message)["ids"] == expected


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("Which building is it in?", ["logistics_venue"]),
        ("من يتحمل تكاليف المشروع؟", ["programme_funder"]),
        ("في أي ساعة تنطلق الجلسة؟", ["logistics_time"]),
        ("L'OIM a bossé avec quels ministères ?", ["programme_partners"]),
    ],
)
def test_everyday_words_for_a_topic(message, expected):
    assert ask_json(message)["ids"] == expected
