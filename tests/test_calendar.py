"""The .ics file offered after a yes, parsed back by hand (RFC 5545: unfolding, unescaping)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from bot.calendar import CALENDAR_TEXTS, escape_text, event_ics, fold_line
from bot.knowledge import Logistics
from bot.languages import LANGUAGES
from bot.typography import typeset

CITY = {"fr": "Rabat", "en": "Rabat", "ar": "الرباط"}
TITLE = {"fr": "Petit-déjeuner de clôture", "en": "Closing breakfast", "ar": "الفطور الختامي"}
STAMP = datetime(2018, 1, 20, 9, 30, tzinfo=UTC)


def physical_lines(data: bytes) -> list[bytes]:
    assert data.endswith(b"\r\n")
    lines = data[:-2].split(b"\r\n")
    assert not any(b"\n" in line or b"\r" in line for line in lines)  # CRLF only, no bare line feeds
    return lines


def unescape(value: str) -> str:
    out, chars = [], iter(value)
    for char in chars:
        if char == "\\":
            following = next(chars)
            out.append("\n" if following in "nN" else following)
        else:
            out.append(char)
    return "".join(out)


def parse(data: bytes) -> list[dict[str, tuple[dict[str, str], str]]]:
    """Unfolds, splits name;params:value, and returns the properties of each component in order."""
    unfolded = data.decode("utf-8").replace("\r\n ", "").replace("\r\n\t", "")
    components: list[dict] = []
    stack: list[str] = []
    for line in unfolded.split("\r\n")[:-1]:
        head, _, value = line.partition(":")
        name, *params = head.split(";")
        if name == "BEGIN":
            stack.append(value)
            components.append({"_type": value})
        elif name == "END":
            assert stack.pop() == value
        else:
            component = components[-1]
            assert name not in component, f"{name} twice"
            component[name] = (dict(p.split("=", 1) for p in params), value)
    assert not stack
    return components


def event_of(data: bytes) -> dict:
    calendar, event = parse(data)
    assert calendar["_type"] == "VCALENDAR" and calendar["VERSION"][1] == "2.0" and calendar["PRODID"][1]
    assert event["_type"] == "VEVENT"
    return event


def timed_logistics(zone: str = "Africa/Casablanca", **fields: str) -> Logistics:
    return Logistics(
        event_date=date(2018, 1, 26),
        city=CITY,
        timezone=zone,
        fields={name: {lang: value for lang in LANGUAGES} for name, value in fields.items()},
        names={"event_title": TITLE},
    )


@pytest.mark.parametrize("lang", LANGUAGES)
def test_all_day_event_while_the_start_time_is_not_announced(kb, lang):
    assert kb.logistics.start_time() is None  # the press release gives no time
    event = event_of(event_ics(kb.logistics, lang, now=STAMP))
    assert event["DTSTART"] == ({"VALUE": "DATE"}, "20180126")
    assert event["DTEND"] == ({"VALUE": "DATE"}, "20180127")
    assert event["DTSTAMP"][1] == "20180120T093000Z"
    assert event["UID"][1] == "closing-breakfast-2018-01-26@migration-mainstreaming.bot"
    assert unescape(event["LOCATION"][1]) == CITY[lang]
    assert unescape(event["SUMMARY"][1]) == typeset(kb.logistics.name("event_title", lang), lang)
    assert event["SUMMARY"][0] == {"LANGUAGE": lang}
    description = unescape(event["DESCRIPTION"][1])
    assert description.startswith(
        CALENDAR_TEXTS(
            "description",
            lang,
            programme=kb.logistics.name("programme_name", lang),
            organisers=kb.logistics.name("organisers", lang),
        )
    )
    assert kb.logistics.name("organisers", lang) in description
    assert CALENDAR_TEXTS("time_and_venue_not_announced", lang) in description


def test_timed_event_in_utc_with_the_venue_once_announced():
    venue = "Salle A; bâtiment B, 3e étage \\ aile nord"
    logistics = timed_logistics(start_time="09:00", end_time="11:30", venue=venue)
    event = event_of(event_ics(logistics, "fr", uid_domain="example.org", now=STAMP))
    # Morocco was on UTC+0 in January 2018
    assert event["DTSTART"] == ({}, "20180126T090000Z")
    assert event["DTEND"] == ({}, "20180126T113000Z")
    assert unescape(event["LOCATION"][1]) == venue
    assert event["LOCATION"][1].count("\\;") == 1 and event["LOCATION"][1].count("\\,") == 1
    assert event["UID"][1].endswith("@example.org")
    assert "annonc" not in unescape(event["DESCRIPTION"][1])  # nothing left to announce


def test_times_are_converted_from_the_event_time_zone():
    logistics = timed_logistics(zone="Asia/Dubai", start_time="09:00")  # UTC+4
    event = event_of(event_ics(logistics, "en", now=STAMP))
    assert event["DTSTART"][1] == "20180126T050000Z"
    assert "DTEND" not in event  # no end time announced: none invented
    assert unescape(event["LOCATION"][1]) == "Rabat"
    assert CALENDAR_TEXTS("venue_not_announced", "en") in unescape(event["DESCRIPTION"][1])


def test_lines_are_folded_at_75_octets_without_splitting_a_character():
    logistics = timed_logistics(start_time="09:00", venue="مقر " * 60)
    data = event_ics(logistics, "ar", now=STAMP)
    lines = physical_lines(data)
    assert max(len(line) for line in lines) <= 75
    assert any(line.startswith(b" ") for line in lines)  # folding did happen
    for line in lines:
        line.decode("utf-8")  # each physical line is whole UTF-8
    event = event_of(data)
    assert unescape(event["LOCATION"][1]) == "مقر " * 60
    assert unescape(event["SUMMARY"][1]) == logistics.name("event_title", "ar")


def test_escape_and_fold_helpers():
    assert escape_text("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne"
    assert unescape(escape_text("x\r\ny")) == "x\ny"
    assert fold_line("x" * 75) == "x" * 75
    assert fold_line("x" * 76) == "x" * 75 + "\r\n x"
    assert fold_line("x" * 74 + "é") == "x" * 74 + "\r\n é"  # é is two octets: it moves whole
