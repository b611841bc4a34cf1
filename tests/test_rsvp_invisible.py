"""Issue 10, point 11: names and organisations made of invisible characters are refused; format and bidi
control characters are removed from what is stored and from the CSV."""

from __future__ import annotations

import csv
import io

import pytest

from bot.rsvp import Rsvp, RsvpDraft, check_full_name, check_organisation, clean_text, problem_text
from bot.rsvp_export import rsvps_to_csv
from handlers.rsvp import ATTEND, PICK_CATEGORY
from tests.rsvp_helpers import complete_rsvp
from tests.telegram_harness import TelegramHarness

INVISIBLE = (
    "\u200b",
    "\u3164",
    "\u2800",
    "\ufeff",
    "\u200b\u200c\u200d\u2060",
    "\u202e\u202c",
    "\u115f\u1160",
    "\uffa0",
    " \u3164 \u200b ",
)


@pytest.mark.parametrize("value", INVISIBLE)
def test_invisible_names_and_organisations_are_refused(value):
    for check in (check_full_name, check_organisation):
        assert check(value) is not None, repr(value)


@pytest.mark.parametrize("value", ["...", "---", "🙂🙂", "12345", "\u202e..."])
def test_a_name_needs_a_visible_letter(value):
    assert check_full_name(value) == "rsvp_no_letters"
    assert check_organisation(value) == "rsvp_no_letters"
    for lang in ("fr", "en", "ar"):
        assert problem_text("rsvp_no_letters", lang)


def test_format_and_bidi_controls_are_stripped_and_real_names_kept():
    assert clean_text("\u202eilaneB animA\u202c") == "ilaneB animA"
    assert clean_text("\ufeffAmina\u200b Benali\u2066\u2069") == "Amina Benali"
    assert clean_text("فاطمة\u200f الزهراء") == "فاطمة الزهراء"
    assert check_full_name("\u202eAmina") is None
    assert check_organisation("OIM\u00a0Maroc") is None  # a no-break space is a space, not an invisible letter
    assert RsvpDraft(user_id=1, language="fr", full_name="\u2067Nadia\u2069").cleaned().full_name == "Nadia"


def test_the_csv_never_carries_bidi_controls_even_from_a_reply_stored_before():
    old = Rsvp(
        1,
        None,
        "fr",
        "t",
        "t",
        values={"full_name": "\u202eNadia\u202c", "organisation": "=\u200bCMD()", "category": "other", "status": "yes"},
    )
    content = rsvps_to_csv([old]).decode("utf-8-sig")
    assert "\u202e" not in content and "\u200b" not in content
    row = list(csv.reader(io.StringIO(content)))[1]
    assert row[0] == "Nadia" and row[1] == "'=CMD()"  # and still neutralised against formulas


async def test_an_invisible_name_is_asked_again_and_bidi_controls_never_stored():
    async with TelegramHarness() as bot:
        user = bot.user(lang="en", first_name="\u3164")  # an invisible profile name is not offered either
        replies = await bot.send(user, "/rsvp")
        replies = await bot.press(user, replies.last, data=ATTEND + "yes")
        assert replies.last.button_data == []
        for invisible in ("\u3164", "\u2800", "\u200b\ufeff"):
            replies = await bot.send(user, invisible)
            assert replies.last.text == problem_text("rsvp_name_empty", "en")
        replies = await bot.send(user, "\u202eNadia Benali\u202c")
        replies = await bot.send(user, "\u2800")  # the organisation
        assert replies.last.text == problem_text("rsvp_organisation_empty", "en")
        replies = await bot.send(user, "OIM \u2067Maroc\u2069")
        assert PICK_CATEGORY + "other" in replies.last.button_data

        other = bot.user(lang="fr")
        await complete_rsvp(bot, other, name="\u202eilaneB animA\u202c", organisation="\ufeffEntraide\u200b nationale")
        stored = await bot.storage.get_rsvp(other.id)
        assert (stored.full_name, stored.organisation) == ("ilaneB animA", "Entraide nationale")
