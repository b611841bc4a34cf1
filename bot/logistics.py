"""The practical details of the event (knowledge/logistics.yaml): date, city, time zone, and the
fields organisers announce (times, venue, access, dress code, contact, the venue's map location).
An empty field means "not announced yet".
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, time
from pathlib import Path

from bot.kb_yaml import _NOT_TEXT, _line, _per_language_text, _Problems, _read_yaml, _unknown_keys
from bot.languages import DEFAULT_LANGUAGE, LANGUAGES
from bot.locales import language_list, long_date
from bot.texts import text

LOGISTICS_FILE = "logistics.yaml"
LOGISTICS_FIELDS = ("start_time", "end_time", "venue", "access", "dress_code", "contact")
_TIME_FORM = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
LOCATION = "location"  # the venue's map pin: {latitude: .., longitude: ..}, or "" while not announced
# The event's names, one per language: in the bot's sentences (after "the", «le», «ال») and as the
# calendar file's title. Content, not code, so that the next event is served by changing this file.
NAME_FIELDS = ("event_name", "programme_name", "event_title", "programme_owners", "organisers", "contact_organiser")
_LOGISTICS_KEYS = {"event_id", "date", "city", "timezone", LOCATION, *NAME_FIELDS, *LOGISTICS_FIELDS}
_EVENT_ID = re.compile(r"[a-z0-9][a-z0-9-]{2,62}")
MAPS_LINK = "https://www.google.com/maps/search/?api=1&query={latitude:.6f}%2C{longitude:.6f}"


@dataclass(frozen=True)
class Logistics:
    """The practical details of the event; an empty field means 'not announced yet'."""

    event_date: date
    city: Mapping[str, str]
    timezone: str
    fields: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    location: tuple[float, float] | None = None  # (latitude, longitude) of the venue
    names: Mapping[str, Mapping[str, str]] = field(default_factory=dict)  # NAME_FIELDS -> language -> text
    event_id: str = "event"  # the calendar file's UID and name: the same for every file of this event

    def value(self, name: str, lang: str) -> str:
        return self.fields.get(name, {}).get(lang, "")

    def is_announced(self, name: str) -> bool:
        return bool(self.fields.get(name))

    def start_time(self) -> time | None:
        value = self.value("start_time", DEFAULT_LANGUAGE)  # a time is the same in every language
        return time.fromisoformat(value) if value else None

    def end_time(self) -> time | None:
        value = self.value("end_time", DEFAULT_LANGUAGE)
        return time.fromisoformat(value) if value else None

    def identity(self, lang: str) -> dict[str, str]:
        """The event's name, programme, city and date in `lang`, for the bot's own messages (welcome,
        help, RSVP, reminders): from logistics.yaml, so that the next event is served by changing content only."""
        city = self.city.get(lang) or self.city.get(DEFAULT_LANGUAGE, "")
        return {
            "city": city,
            "date": long_date(self.event_date, lang),
            "event": self.name("event_name", lang),
            "programme": self.name("programme_name", lang),
            "owners": self.name("programme_owners", lang),
            "languages": language_list(lang),
        }

    def name(self, which: str, lang: str) -> str:
        """One of NAME_FIELDS in `lang` (in the default language if missing)."""
        per_lang = self.names.get(which, {})
        return per_lang.get(lang) or per_lang.get(DEFAULT_LANGUAGE, "")

    def maps_link(self) -> str | None:
        """A link that opens the venue in a maps application (the console's counterpart of a pin)."""
        if self.location is None:
            return None
        return MAPS_LINK.format(latitude=self.location[0], longitude=self.location[1])

    def contact_sentence(self, lang: str) -> str:
        contact = self.value("contact", lang)
        if contact:
            return text("contact_known", lang, contact=contact)
        return text("contact_unknown", lang, organiser=self.name("contact_organiser", lang))


def load_logistics(folder: Path, problems: _Problems) -> Logistics:
    path = folder / LOGISTICS_FILE
    fallback = Logistics(event_date=date(2018, 1, 26), city={}, timezone="UTC")
    if not path.exists():
        problems.add(LOGISTICS_FILE, None, "", "missing: the practical details of the event live there")
        return fallback
    data = _read_yaml(path, problems)
    if data is None:
        return fallback
    if not isinstance(data, dict):
        problems.add(LOGISTICS_FILE, None, "", "must be a mapping of fields")
        return fallback
    _unknown_keys(data, _LOGISTICS_KEYS, LOGISTICS_FILE, "", problems)
    event_date = data.get("date")
    if not isinstance(event_date, date):
        problems.add(LOGISTICS_FILE, _line(data, "date"), "date", "must be a date like 2018-01-26")
        event_date = fallback.event_date
    event_id = str(data.get("event_id") or "").strip()
    if not _EVENT_ID.fullmatch(event_id):
        problems.add(
            LOGISTICS_FILE,
            _line(data, "event_id"),
            "event_id",
            f"{event_id!r} is not an identifier like closing-breakfast-2018-01-26 (a-z, 0-9 and hyphens)",
        )
        event_id = f"event-{event_date.isoformat()}"
    timezone = str(data.get("timezone") or "UTC")
    try:
        from zoneinfo import ZoneInfo

        ZoneInfo(timezone)
    except Exception:  # noqa: BLE001 - any failure means the name is unusable
        problems.add(
            LOGISTICS_FILE,
            _line(data, "timezone"),
            "timezone",
            f"{timezone!r} is not a time zone name like Africa/Casablanca",
        )
        timezone = "UTC"
    city_node = data.get("city")
    city = (
        {lang: str(city_node) for lang in LANGUAGES}
        if isinstance(city_node, str)
        else _per_language_text(city_node, LOGISTICS_FILE, _line(data, "city"), "city", problems)
    )
    names = {
        which: _per_language_text(data.get(which), LOGISTICS_FILE, _line(data, which), which, problems)
        for which in NAME_FIELDS
    }
    fields: dict[str, dict[str, str]] = {}
    for name in LOGISTICS_FIELDS:
        value = data.get(name)
        if value is None or (isinstance(value, str) and not value.strip()):
            continue  # not announced
        if name in ("start_time", "end_time") and isinstance(value, int):
            # YAML reads an unquoted 10:30 as the number 630 (base 60): ask for quotes rather than guess.
            problems.add(LOGISTICS_FILE, _line(data, name), name, f'write the time in quotes, e.g. {name}: "09:00"')
            continue
        texts = [value.get(lang) for lang in LANGUAGES] if isinstance(value, dict) else [value]
        if any(text is not None and not isinstance(text, str) for text in texts):
            problems.add(LOGISTICS_FILE, _line(data, name), name, f"{value!r} {_NOT_TEXT}")
            continue
        if isinstance(value, dict):
            if not any(str(value.get(lang) or "").strip() for lang in LANGUAGES):
                continue
            fields[name] = _per_language_text(value, LOGISTICS_FILE, _line(data, name), name, problems)
        else:
            fields[name] = {lang: value.strip() for lang in LANGUAGES}
        if name in ("start_time", "end_time") and not _TIME_FORM.match(fields[name].get(DEFAULT_LANGUAGE, "")):
            problems.add(LOGISTICS_FILE, _line(data, name), name, f"{value!r} is not a time like 09:00 (24-hour clock)")
            fields.pop(name)
    start, end = fields.get("start_time", {}).get(DEFAULT_LANGUAGE), fields.get("end_time", {}).get(DEFAULT_LANGUAGE)
    if start and end and end <= start:  # HH:MM strings compare like times
        problems.add(LOGISTICS_FILE, _line(data, "end_time"), "end_time", f"{end} is not after the start time {start}")
    location = _location(data.get(LOCATION), _line(data, LOCATION), problems)
    return Logistics(
        event_date=event_date,
        city=city,
        timezone=timezone,
        fields=fields,
        location=location,
        names=names,
        event_id=event_id,
    )


def _location(node: object, line: int | None, problems: _Problems) -> tuple[float, float] | None:
    """{latitude: 34.02, longitude: -6.84} (or "34.02, -6.84", as a maps application copies it)."""
    if node is None or (isinstance(node, str) and not node.strip()):
        return None  # not announced
    if isinstance(node, str):
        parts = node.split(",")
        node = {"latitude": parts[0], "longitude": parts[1]} if len(parts) == 2 else {}
    if not isinstance(node, dict):
        node = {}
    try:
        latitude, longitude = float(node["latitude"]), float(node["longitude"])
    except (KeyError, TypeError, ValueError):
        problems.add(
            LOGISTICS_FILE,
            line,
            LOCATION,
            'must be {latitude: 34.020882, longitude: -6.841650}, or "" while not announced',
        )
        return None
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180) or (latitude, longitude) == (0, 0):
        problems.add(
            LOGISTICS_FILE,
            line,
            LOCATION,
            f"{latitude}, {longitude} is not a place on the map (latitude -90 to 90, longitude -180 to 180)",
        )
        return None
    return latitude, longitude
