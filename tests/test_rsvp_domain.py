"""The RSVP domain: checks on what people type, labels in three languages, the deadline."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from bot.languages import LANGUAGES
from bot.rsvp import (
    ANSWERS,
    CATEGORIES,
    STATUSES,
    RsvpDraft,
    category_label,
    check_dietary,
    check_email,
    check_full_name,
    check_organisation,
    problem_text,
    registration_open,
    status_label,
)


def test_names_and_organisations_of_1_to_200_characters_are_accepted():
    for check in (check_full_name, check_organisation):
        assert check("J") is None
        assert check("x" * 200) is None
        assert check("  Jean Dupont  ") is None  # measured after stripping
        assert check("فاطمة الزهراء بنعلي") is None
        assert check("Zoé Lefèvre-Ångström") is None
        assert check("Robert'); DROP TABLE rsvps;--") is None


def test_empty_or_too_long_names_are_refused_with_their_own_key():
    assert check_full_name("") == "rsvp_name_empty"
    assert check_full_name("   \n ") == "rsvp_name_empty"
    assert check_full_name(None) == "rsvp_name_empty"
    assert check_full_name("x" * 201) == "rsvp_name_too_long"
    assert check_full_name("é" * 1000) == "rsvp_name_too_long"
    assert check_organisation("") == "rsvp_organisation_empty"
    assert check_organisation("O" * 1000) == "rsvp_organisation_too_long"


def test_control_characters_are_refused():
    assert check_full_name("Jean\x00Dupont") == "rsvp_control_characters"
    assert check_full_name("Jean\nDupont") == "rsvp_control_characters"
    assert check_organisation("OIM\x1b[31m") == "rsvp_control_characters"
    # a right-to-left mark is a format character that Arabic keyboards insert: not a control character
    assert check_full_name("\u200fمحمد") is None


@pytest.mark.parametrize(
    "address",
    [
        "jean.dupont@example.org",
        "a.b+tag@sub.example.co.uk",
        "x_y@iom.int",
        "o'neil@undp.org",
        "n@xn--mgbh0fb.xn--ngbrx",
    ],
)
def test_well_formed_emails_are_accepted(address):
    assert check_email(address) is None


@pytest.mark.parametrize(
    "address",
    [
        "a@b",
        "jean",
        "@example.org",
        "jean@",
        "jean@@example.org",
        "jean dupont@example.org",
        "jean..dupont@example.org",
        ".jean@example.org",
        "jean@example..org",
        "jean@-example.org",
        "jean@example.c",
        "jean@exa\nmple.org",
        "x" * 250 + "@example.org",
    ],
)
def test_malformed_emails_are_refused(address):
    assert check_email(address) == "rsvp_email_invalid"


def test_email_and_dietary_are_optional():
    assert check_email(None) is None
    assert check_email("   ") is None
    assert check_dietary(None) is None
    assert check_dietary("") is None


def test_dietary_needs_up_to_300_characters_on_several_lines():
    assert check_dietary("sans gluten\nvégétarien") is None
    assert check_dietary("x" * 300) is None
    assert check_dietary("x" * 301) == "rsvp_dietary_too_long"
    assert check_dietary("no\x07pork") == "rsvp_control_characters"


def test_every_label_and_problem_has_a_text_in_each_language():
    problems = {
        "rsvp_name_empty",
        "rsvp_name_too_long",
        "rsvp_organisation_empty",
        "rsvp_organisation_too_long",
        "rsvp_dietary_too_long",
        "rsvp_email_invalid",
        "rsvp_control_characters",
        "rsvp_status_invalid",
        "rsvp_category_invalid",
    }
    for lang in LANGUAGES:
        labels = [category_label(c, lang) for c in CATEGORIES]
        assert len(set(labels)) == len(CATEGORIES)
        assert len({status_label(s, lang) for s in STATUSES}) == len(STATUSES)
        for key in problems:
            message = problem_text(key, lang)
            assert message and "{" not in message
    assert "200" in problem_text("rsvp_name_too_long", "ar")
    assert "300" in problem_text("rsvp_dietary_too_long", "fr")
    assert category_label("civil_society", "fr") == "Société civile"
    assert category_label("donor", "ar") == "جهة مانحة"


def test_a_draft_lists_every_problem_and_a_complete_one_none():
    draft = RsvpDraft(user_id=1, language="fr")
    assert set(draft.problems()) == {"status", "full_name", "organisation", "category"}
    draft.status, draft.full_name, draft.organisation, draft.category = "yes", "Jean", "OIM", "other"
    assert draft.problems() == {}
    draft.email = "a@b"
    draft.status = "waitlist"  # storage decides the waiting list; nobody asks for it
    assert draft.problems() == {"email": "rsvp_email_invalid", "status": "rsvp_status_invalid"}
    assert set(ANSWERS) == {"yes", "no", "maybe"}


def test_registration_closes_after_the_deadline():
    deadline = datetime(2018, 1, 24, 18, 0, tzinfo=timezone(timedelta(hours=1)))
    assert registration_open(None)
    assert registration_open(deadline, deadline - timedelta(minutes=1))
    assert registration_open(deadline, deadline)
    assert not registration_open(deadline, deadline + timedelta(seconds=1))
    # the same instant expressed in UTC: 17:00:01 UTC is past 18:00 at UTC+1
    assert not registration_open(deadline, datetime(2018, 1, 24, 17, 0, 1, tzinfo=UTC))
    assert not registration_open(deadline)  # now, long after 2018
    assert registration_open(datetime(2018, 1, 24, 18, 0), datetime(2018, 1, 24, 17, 0, tzinfo=UTC))
