"""Typography as a reader sees it: Arabic left-to-right runs isolated (so "/cancel" never shows as
"cancel/"), French no-break spaces before : ; ? ! and inside « », French times."""

from __future__ import annotations

import re
from datetime import time

import pytest

from bot.texts import CORE_TEXTS
from bot.typography import FSI, PDI, arabic, clock, french
from handlers.checkin_texts import CHECKIN_UI
from handlers.organiser_texts import ORG_UI
from handlers.rsvp_texts import RSVP_UI
from handlers.teaching_texts import TEACHING_UI
from handlers.texts import TEXTS

CATALOGUES = {
    "core": CORE_TEXTS,
    "telegram": TEXTS,
    "rsvp": RSVP_UI,
    "organisers": ORG_UI,
    "checkin": CHECKIN_UI,
    "teaching": TEACHING_UI,
}
_SKIPPED = re.compile(FSI + ".*?" + PDI + r"|<[^>]*>|&#?\w+;|\{[^{}]*\}", re.DOTALL)


def left_to_right_outside_isolates(text: str) -> list[str]:
    """Latin letters or commands standing bare in an Arabic text."""
    return re.findall(r"[/@]?[A-Za-z][\w./@-]*", _SKIPPED.sub(" ", text))


def french_spaces_missing(text: str) -> list[str]:
    text = _SKIPPED.sub(" ", text)
    bad = re.findall(r"\w ?[;!?](?=\s|$)|\w :(?=\s|$)|\w:(?=\s|$)|« |«\w| »|\w»", text)
    return bad


def test_examples():
    assert arabic("أرسلوا /rsvp للبدء") == f"أرسلوا {FSI}/rsvp{PDI} للبدء"
    assert arabic(f"أرسلوا {FSI}/rsvp{PDI}") == f"أرسلوا {FSI}/rsvp{PDI}"  # never twice
    assert arabic("(<b>@mmbot</b>)") == f"(<b>{FSI}@mmbot{PDI}</b>)"
    assert arabic("راسلوا contact@iom.int.") == f"راسلوا {FSI}contact@iom.int{PDI}."
    assert french("C'est où ? « Migration » : oui ! 09:00 https://t.me/x") == (
        "C'est où\u202f? «\u202fMigration\u202f»\u202f: oui\u202f! 09:00 https://t.me/x"
    )
    assert clock(time(9, 0), "fr") == "9\u202fh" and clock(time(9, 30), "fr") == "9\u202fh\u202f30"
    assert clock(time(9, 30), "en") == "09:30"


@pytest.mark.parametrize("catalogue", CATALOGUES)
def test_every_arabic_message_isolates_its_left_to_right_runs(catalogue):
    texts = CATALOGUES[catalogue]
    bare = {key: found for key in texts if (found := left_to_right_outside_isolates(texts(key, "ar")))}
    assert not bare


def test_every_arabic_answer_and_title_isolates_its_left_to_right_runs(answerer, kb):
    for entry in kb.entries:
        assert not left_to_right_outside_isolates(answerer.show(entry.id, "ar").text), entry.id
        assert not left_to_right_outside_isolates(kb.title(entry, "ar")), entry.id
    fallback = answerer.fallback("ar").text
    assert not left_to_right_outside_isolates(fallback)


@pytest.mark.parametrize("catalogue", CATALOGUES)
def test_every_french_message_has_its_no_break_spaces(catalogue):
    texts = CATALOGUES[catalogue]
    missing = {key: found for key in texts if (found := french_spaces_missing(texts(key, "fr")))}
    assert not missing


def test_every_french_answer_has_its_no_break_spaces(answerer, kb):
    for entry in kb.entries:
        assert not french_spaces_missing(answerer.show(entry.id, "fr").text), entry.id


def test_french_spacing_never_breaks_an_html_entity():
    """Found by the fuzz test: a typed value ending in '<', '>', '&' or a quote is escaped to an entity
    whose ';' took a no-break space before it, and Telegram refused the whole message (an RSVP summary
    for a name like "Zoë O'Neil <b>" could not be shown)."""
    for value in ("&lt;b&gt;", "O&#x27;", "A &amp; B", "&quot;"):
        for after in ("\n", " ", "", " suite"):
            assert french(f"<b>Nom</b> : {value}{after}") == f"<b>Nom</b> : {value}{after}"
    assert french("<b>Votre réponse :</b> oui ?") == "<b>Votre réponse\u202f:</b> oui\u202f?"


async def test_a_french_summary_with_a_name_ending_in_an_escaped_character_is_shown():
    from tests.rsvp_helpers import reach_summary
    from tests.telegram_harness import TelegramHarness

    async with TelegramHarness() as bot:  # leaving fails the test if Telegram refused a message
        user = bot.user(lang="fr")
        summary = await reach_summary(bot, user, name="Zoë O'Neil <b>", organisation="R&D")
        assert "Zoë O'Neil &lt;b&gt;" in summary.last.text and "R&amp;D" in summary.last.text


def test_plurals_follow_cldr_arabic_six_forms_included():
    from bot.texts import Catalogue

    counted = Catalogue(
        {
            "q.zero": {"ar": "لا أسئلة"},
            "q.one": {"fr": "{count} question", "en": "{count} question", "ar": "سؤال واحد"},
            "q.two": {"ar": "سؤالان"},
            "q.few": {"ar": "{count} أسئلة"},
            "q.many": {"ar": "{count} سؤالاً"},
            "q.other": {"fr": "{count} questions", "en": "{count} questions", "ar": "{count} سؤال"},
        },
        typography=False,
    )
    assert [counted.plural("q", n, "ar") for n in (0, 1, 2, 3, 11, 100)] == [
        "لا أسئلة",
        "سؤال واحد",
        "سؤالان",
        "3 أسئلة",
        "11 سؤالاً",
        "100 سؤال",
    ]
    assert [counted.plural("q", n, "fr") for n in (0, 1, 2)] == ["0 question", "1 question", "2 questions"]
    assert [counted.plural("q", n, "en") for n in (0, 1, 2)] == ["0 questions", "1 question", "2 questions"]


def test_dates_the_moroccan_way():
    from datetime import date

    from bot.locales import long_date

    assert long_date(date(2018, 1, 26), "fr") == "26 janvier 2018"
    assert long_date(date(2018, 1, 26), "en") == "26 January 2018"
    assert long_date(date(2018, 1, 26), "ar") == "26 يناير 2018"
    assert long_date(date(2018, 2, 1), "ar") == "فاتح فبراير 2018"
    assert long_date(date(2018, 2, 1), "fr") == "1er février 2018"
    assert long_date(date(2018, 8, 15), "ar") == "15 غشت 2018"
