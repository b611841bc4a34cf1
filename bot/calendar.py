"""The closing breakfast as an iCalendar file (RFC 5545), offered after a "yes".

While the start time has not been announced the event is an all-day event on its date (DTSTART;
VALUE=DATE); once logistics.yaml has a start time, the times are written in UTC (converted from the
event's time zone), which every calendar reads without a VTIMEZONE block. No end time is invented:
without one the event has no DTEND. The location is the venue once announced, else the city.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from bot.knowledge import Logistics
from bot.languages import DEFAULT_LANGUAGE, LANGUAGES
from bot.texts import Catalogue
from bot.typography import typeset

MAX_LINE_OCTETS = 75  # RFC 5545 §3.1: content lines are folded after 75 octets
CRLF = "\r\n"

CALENDAR_TEXTS = Catalogue.from_po("calendar")


def escape_text(value: str) -> str:
    """RFC 5545 §3.3.11 TEXT: backslash, semicolon, comma escaped; line breaks as \\n."""
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return value.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")


def fold_line(line: str) -> str:
    """Splits a content line into pieces of at most 75 octets (the continuation's leading space
    included), never inside a UTF-8 character."""
    pieces: list[str] = []
    current: list[str] = []
    size, limit = 0, MAX_LINE_OCTETS
    for char in line:
        octets = len(char.encode("utf-8"))
        if size + octets > limit:
            pieces.append("".join(current))
            current, size, limit = [], 0, MAX_LINE_OCTETS - 1  # the leading space takes one octet
        current.append(char)
        size += octets
    pieces.append("".join(current))
    return (CRLF + " ").join(pieces)


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def calendar_fingerprint(logistics: Logistics) -> str:
    """What a calendar shows of the event (date, times, venue and title in every language): when it changes, the
    next file needs a higher SEQUENCE (storage's calendar_sequence keeps the count)."""
    shown = [logistics.event_date.isoformat(), str(logistics.start_time()), str(logistics.end_time())]
    shown += [logistics.value("venue", lang) or "" for lang in LANGUAGES]
    shown += [logistics.name("event_title", lang) for lang in LANGUAGES]
    return hashlib.sha256("\x1f".join(shown).encode("utf-8")).hexdigest()


def event_ics(
    logistics: Logistics,
    lang: str,
    uid_domain: str = "migration-mainstreaming.bot",
    now: datetime | None = None,
    sequence: int = 0,
) -> bytes:
    """The event as a VCALENDAR with one VEVENT, UTF-8 with CRLF line endings. The UID is the same for
    every file of this event, and `sequence` grows with each change of time or venue (RFC 5545 §3.8.7.4),
    so importing a newer file updates the calendar entry instead of adding a second one."""
    event_date = logistics.event_date
    start = logistics.start_time()
    end = logistics.end_time()
    venue = logistics.value("venue", lang)
    location = venue or logistics.city.get(lang, "") or logistics.city.get(DEFAULT_LANGUAGE, "")
    description = CALENDAR_TEXTS(
        "description",
        lang,
        programme=logistics.name("programme_name", lang),
        organisers=logistics.name("organisers", lang),
    )
    missing = {
        (True, True): "time_and_venue_not_announced",
        (True, False): "time_not_announced",
        (False, True): "venue_not_announced",
    }
    note = missing.get((start is None, not venue))
    if note:
        description += "\n" + CALENDAR_TEXTS(note, lang)

    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//Event assistant bot//{logistics.event_id}//{lang.upper()}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        f"UID:{logistics.event_id}@{uid_domain}",
        f"DTSTAMP:{_utc(now or datetime.now(UTC))}",
        f"SEQUENCE:{max(0, int(sequence))}",
    ]
    if start is None:
        lines.append(f"DTSTART;VALUE=DATE:{event_date:%Y%m%d}")
        lines.append(f"DTEND;VALUE=DATE:{event_date + timedelta(days=1):%Y%m%d}")  # DTEND is exclusive
    else:
        zone = ZoneInfo(logistics.timezone)
        starts = datetime.combine(event_date, start, tzinfo=zone)
        lines.append(f"DTSTART:{_utc(starts)}")
        if end is not None and end > start:
            lines.append(f"DTEND:{_utc(datetime.combine(event_date, end, tzinfo=zone))}")
    lines += [
        f"SUMMARY;LANGUAGE={lang}:{escape_text(typeset(logistics.name('event_title', lang), lang))}",
        f"DESCRIPTION;LANGUAGE={lang}:{escape_text(description)}",
    ]
    if location:
        lines.append(f"LOCATION;LANGUAGE={lang}:{escape_text(location)}")
    lines += ["TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return "".join(fold_line(line) + CRLF for line in lines).encode("utf-8")
