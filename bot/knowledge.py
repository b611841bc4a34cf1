"""The curated knowledge base: loading `knowledge/*.yaml`, validating it, and rendering answers.

The format is documented for organisers in knowledge/README.md. Loading collects every problem, one
line each naming the file, the line and the entry, and raises KnowledgeError with all of them.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass, field
from datetime import date, time
from pathlib import Path
from typing import Any, Mapping

import yaml

from bot.glossary import GLOSSARY_FILE, load_glossary, misspelling_problems
from bot.languages import LANGUAGES
from bot.lexicon import EMPTY as EMPTY_LEXICON
from bot.lexicon import LEXICON_FILE, Lexicon, load_lexicon
from bot.texts import text
from bot.typography import clock, typeset
from bot.yamlsafe import BoundedSafeLoader, LimitError

LOGISTICS_FILE = "logistics.yaml"
LOGISTICS_FIELDS = ("start_time", "end_time", "venue", "access", "dress_code", "contact")
_LINE = "__line__"  # the line where a mapping starts
_LINES = "__lines__"  # the line of each of its keys
_META = (_LINE, _LINES)
# Ids travel in Telegram button data (64 bytes at most, with a prefix): kept short.
_ID_FORM = re.compile(r"^[a-z][a-z0-9_]{0,47}$")
_ID_RULE = "must be lowercase letters, digits and _, starting with a letter, at most 48 characters"
_TIME_FORM = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
_CATEGORY_KEYS = {"id", "order", "title", "menu"}
_ENTRY_KEYS = {"id", "title", "questions", "keywords", "answer", "not_announced", "logistics", "follow_ups", "actions", "source"}
# What an answer may offer as buttons: commands the user can start from it (the Telegram layer maps each
# to its button; the console names the command).
ACTIONS = ("rsvp", "myrsvp", "cancelrsvp")
_LOGISTICS_KEYS = {"date", "city", "timezone", *LOGISTICS_FIELDS}
_PLACEHOLDERS = {"value", "contact"}
_QUOTE_HINT = 'a text with ": " or " #" in it must be in double quotes'
_NOT_TEXT = "is not text: put it in double quotes (YAML reads 0537123456 as a number and cuts a text at #)"


class KnowledgeError(Exception):
    """The knowledge base is unusable; `problems` holds one line per problem."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("\n".join(problems))


class _LineLoader(BoundedSafeLoader):
    """A safe loader that remembers on which line each mapping starts, for error messages."""

    def construct_mapping(self, node, deep=False):  # type: ignore[override]
        mapping = super().construct_mapping(node, deep=deep)
        mapping[_LINE] = node.start_mark.line + 1
        mapping[_LINES] = {self.construct_object(key): key.start_mark.line + 1 for key, _ in node.value}
        return mapping


@dataclass(frozen=True)
class Logistics:
    """The practical details of the event; an empty field means 'not announced yet'."""

    event_date: date
    city: Mapping[str, str]
    timezone: str
    fields: Mapping[str, Mapping[str, str]] = field(default_factory=dict)

    def value(self, name: str, lang: str) -> str:
        return self.fields.get(name, {}).get(lang, "")

    def is_announced(self, name: str) -> bool:
        return bool(self.fields.get(name))

    def start_time(self) -> time | None:
        value = self.value("start_time", "fr")
        return time.fromisoformat(value) if value else None

    def end_time(self) -> time | None:
        value = self.value("end_time", "fr")
        return time.fromisoformat(value) if value else None

    def contact_sentence(self, lang: str) -> str:
        contact = self.value("contact", lang)
        return text("contact_known", lang, contact=contact) if contact else text("contact_unknown", lang)


@dataclass(frozen=True)
class Category:
    id: str
    order: int
    title: Mapping[str, str]
    menu: bool = True


@dataclass(frozen=True)
class Entry:
    """A question-and-answer entry. Subclasses change how the answer is rendered."""

    id: str
    category: str
    title: Mapping[str, str]
    questions: Mapping[str, tuple[str, ...]]
    keywords: Mapping[str, tuple[str, ...]]
    answer: Mapping[str, str]
    follow_ups: tuple[str, ...]
    source: str
    file: str
    line: int
    actions: tuple[str, ...] = ()

    def render(self, lang: str, logistics: Logistics) -> str:
        return self.answer[lang].format_map({"contact": logistics.contact_sentence(lang), "value": ""})


@dataclass(frozen=True)
class LogisticsEntry(Entry):
    """An answer about a practical detail that organisers fill in later in logistics.yaml."""

    logistics_field: str = ""
    not_announced: Mapping[str, str] = field(default_factory=dict)

    def render(self, lang: str, logistics: Logistics) -> str:
        value = logistics.value(self.logistics_field, lang)
        if value and self.logistics_field in ("start_time", "end_time"):
            value = clock(time.fromisoformat(value), lang)
        values = {"contact": logistics.contact_sentence(lang), "value": value}
        template = self.answer if logistics.is_announced(self.logistics_field) else self.not_announced
        return template[lang].format_map(values)


@dataclass(frozen=True)
class KnowledgeBase:
    categories: tuple[Category, ...]
    entries: tuple[Entry, ...]
    logistics: Logistics
    folder: Path
    lexicon: Lexicon = EMPTY_LEXICON
    by_id: Mapping[str, Entry] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_id", {entry.id: entry for entry in self.entries})

    def get(self, entry_id: str) -> Entry | None:
        return self.by_id.get(entry_id)

    def in_category(self, category_id: str) -> list[Entry]:
        return [entry for entry in self.entries if entry.category == category_id]

    def menu_categories(self) -> list[Category]:
        return [category for category in self.categories if category.menu]

    def category(self, category_id: str) -> Category | None:
        return next((category for category in self.categories if category.id == category_id), None)

    def render(self, entry: Entry, lang: str) -> str:
        return typeset(entry.render(lang, self.logistics), lang)

    def title(self, entry: Entry, lang: str) -> str:
        return typeset(entry.title[lang], lang)


class _Problems:
    """Collects problems as 'file:line: entry: message' lines."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def add(self, file: str, line: int | None, where: str, message: str) -> None:
        place = f"{file}:{line}" if line else file
        self.lines.append(f"{place}: {where}: {message}" if where else f"{place}: {message}")


def _line(node: Any, key: str | None = None) -> int | None:
    """The line of a mapping, or of one of its keys when it has it."""
    if not isinstance(node, dict):
        return None
    return node.get(_LINES, {}).get(key) or node.get(_LINE)


def _read_yaml(path: Path, problems: _Problems) -> Any:
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_LineLoader)  # noqa: S506 - a SafeLoader subclass
    except LimitError as error:
        problems.add(path.name, error.problem_mark.line + 1 if error.problem_mark else None, "", error.problem)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        reason = getattr(error, "problem", None) or "invalid YAML"
        problems.add(path.name, mark.line + 1 if mark else None, "", f"YAML syntax error: {reason} ({_QUOTE_HINT})")
    except (OSError, UnicodeDecodeError) as error:
        problems.add(path.name, None, "", f"cannot read the file: {error}")
    return None


def _unknown_keys(node: dict, known: set[str], file: str, where: str, problems: _Problems) -> None:
    for key in node:
        if key not in _META and key not in known:
            problems.add(file, _line(node, key), where, f"unknown key {key!r} (known: {', '.join(sorted(known))})")


def _per_language_text(node: Any, file: str, line: int | None, where: str, problems: _Problems, required: bool = True) -> dict[str, str]:
    """A mapping fr/en/ar -> non-empty text."""
    if not isinstance(node, dict):
        problems.add(file, line, where, "must give one text per language (fr, en, ar)")
        return {}
    result: dict[str, str] = {}
    for key in node:
        if key not in _META and key not in LANGUAGES:
            problems.add(file, _line(node, key), where, f"unknown language {key!r} (use fr, en, ar)")
    for lang in LANGUAGES:
        value = node.get(lang)
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                problems.add(file, _line(node, lang), where, f"missing or empty {lang} text")
            continue
        if not isinstance(value, (str, int, float)):
            problems.add(file, _line(node, lang), where, f"the {lang} text must be text")
            continue
        result[lang] = str(value).strip()
    return result


def _per_language_list(node: Any, file: str, line: int | None, where: str, problems: _Problems, required: bool) -> dict[str, tuple[str, ...]]:
    if node is None and not required:
        return {}
    if not isinstance(node, dict):
        problems.add(file, line, where, "must give a list per language (fr, en, ar)")
        return {}
    result: dict[str, tuple[str, ...]] = {}
    for key in node:
        if key not in _META and key not in LANGUAGES:
            problems.add(file, _line(node, key), where, f"unknown language {key!r} (use fr, en, ar)")
    for lang in LANGUAGES:
        values = node.get(lang)
        if values is None and not required:
            continue
        if not isinstance(values, list) or not values:
            problems.add(file, _line(node, lang), where, f"missing or empty {lang} list")
            continue
        if any(isinstance(value, (dict, list, bool)) for value in values):
            # "- qui paye: la suisse ?" is read by YAML as a mapping, not as a phrasing
            problems.add(file, _line(node, lang), where, f"an item of the {lang} list is not plain text: {_QUOTE_HINT}")
            continue
        cleaned = tuple(str(value).strip() for value in values if value is not None and str(value).strip())
        if len(cleaned) != len(values):
            problems.add(file, _line(node, lang), where, f"an empty item in the {lang} list")
        result[lang] = cleaned
    return result


def _check_placeholders(texts: Mapping[str, str], file: str, line: int | None, where: str, problems: _Problems) -> None:
    for lang, value in texts.items():
        try:
            fields = [(name, spec, conversion) for _, name, spec, conversion in string.Formatter().parse(value) if name is not None]
        except ValueError as error:
            problems.add(file, line, where, f"the {lang} text has a stray brace: {error}")
            continue
        names = {name for name, _, _ in fields}
        for name, spec, conversion in fields:
            if spec or conversion:  # {contact:d} or {contact!z} would fail at every answer
                problems.add(file, line, where, f"write {{{name}}} plainly in the {lang} text: no format after it (':' or '!')")
        for name in sorted(names - _PLACEHOLDERS):
            problems.add(file, line, where, f"unknown placeholder {{{name}}} in the {lang} text (known: {{value}}, {{contact}})")


def _load_logistics(folder: Path, problems: _Problems) -> Logistics:
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
    timezone = str(data.get("timezone") or "UTC")
    try:
        from zoneinfo import ZoneInfo

        ZoneInfo(timezone)
    except Exception:  # noqa: BLE001 - any failure means the name is unusable
        problems.add(LOGISTICS_FILE, _line(data, "timezone"), "timezone", f"{timezone!r} is not a time zone name like Africa/Casablanca")
        timezone = "UTC"
    city_node = data.get("city")
    city = {lang: str(city_node) for lang in LANGUAGES} if isinstance(city_node, str) else _per_language_text(city_node, LOGISTICS_FILE, _line(data, "city"), "city", problems)
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
        if name in ("start_time", "end_time") and not _TIME_FORM.match(fields[name].get("fr", "")):
            problems.add(LOGISTICS_FILE, _line(data, name), name, f"{value!r} is not a time like 09:00 (24-hour clock)")
            fields.pop(name)
    start, end = fields.get("start_time", {}).get("fr"), fields.get("end_time", {}).get("fr")
    if start and end and end <= start:  # HH:MM strings compare like times
        problems.add(LOGISTICS_FILE, _line(data, "end_time"), "end_time", f"{end} is not after the start time {start}")
    return Logistics(event_date=event_date, city=city, timezone=timezone, fields=fields)


def _load_category_file(path: Path, problems: _Problems) -> tuple[Category | None, list[Entry]]:
    file = path.name
    before = len(problems.lines)
    data = _read_yaml(path, problems)
    if data is None:
        if len(problems.lines) == before:  # read, but empty or only comments: a category lost by mistake
            problems.add(file, None, "", "is empty: a category file needs 'category' and 'entries' (to remove a category, delete its file)")
        return None, []
    if not isinstance(data, dict):
        problems.add(file, None, "", "must be a mapping with 'category' and 'entries'")
        return None, []
    _unknown_keys(data, {"category", "entries"}, file, "", problems)
    node = data.get("category")
    category = None
    if not isinstance(node, dict):
        problems.add(file, _line(data), "category", "missing: every file names its category (id, order, title)")
    else:
        _unknown_keys(node, _CATEGORY_KEYS, file, "category", problems)
        category_id = str(node.get("id") or "")
        if not _ID_FORM.match(category_id):
            problems.add(file, _line(node), "category", f"id {category_id!r} {_ID_RULE}")
        order = node.get("order", 0)
        if isinstance(order, bool) or not isinstance(order, int):
            problems.add(file, _line(node), "category", "order must be a whole number")
            order = 0
        title = _per_language_text(node.get("title"), file, _line(node), f"category {category_id} title", problems)
        category = Category(id=category_id, order=order, title=title, menu=node.get("menu", True) is not False)
    entries: list[Entry] = []
    raw_entries = data.get("entries")
    if not isinstance(raw_entries, list) or not raw_entries:
        problems.add(file, _line(data), "entries", "missing or empty list of entries")
        return category, entries
    for raw in raw_entries:
        entry = _load_entry(raw, category.id if category else "", file, problems)
        if entry is not None:
            entries.append(entry)
    return category, entries


def _load_entry(raw: Any, category_id: str, file: str, problems: _Problems) -> Entry | None:
    if not isinstance(raw, dict):
        problems.add(file, None, "entries", "each entry must be a mapping with id, questions and answer")
        return None
    line = _line(raw)
    entry_id = str(raw.get("id") or "")
    where = f"entry {entry_id or '?'}"
    if not _ID_FORM.match(entry_id):
        problems.add(file, line, where, f"id {_ID_RULE}")
    _unknown_keys(raw, _ENTRY_KEYS, file, where, problems)
    title = _per_language_text(raw.get("title"), file, line, f"{where} title", problems)
    questions = _per_language_list(raw.get("questions"), file, line, f"{where} questions", problems, required=True)
    keywords = _per_language_list(raw.get("keywords"), file, line, f"{where} keywords", problems, required=False)
    answer = _per_language_text(raw.get("answer"), file, line, f"{where} answer", problems)
    _check_placeholders(answer, file, line, f"{where} answer", problems)
    follow_ups = raw.get("follow_ups") or []
    if not isinstance(follow_ups, list):
        problems.add(file, line, where, "follow_ups must be a list of entry ids")
        follow_ups = []
    source = str(raw.get("source") or "").strip()
    if not source:
        problems.add(file, line, where, "source is missing: say where the facts come from")
    actions = raw.get("actions") or []
    if not isinstance(actions, list) or any(action not in ACTIONS for action in actions):
        problems.add(file, _line(raw, "actions"), where, f"actions must be a list among {', '.join(ACTIONS)}")
        actions = []
    common = dict(
        id=entry_id, category=category_id, title=title, questions=questions, keywords=keywords, answer=answer,
        follow_ups=tuple(str(item) for item in follow_ups), source=source, file=file, line=line or 0,
        actions=tuple(actions),
    )
    logistics_field = raw.get("logistics")
    if logistics_field is None:
        if "not_announced" in raw:
            problems.add(file, line, where, "not_announced is only for entries with a logistics field")
        if any("{value}" in text for text in answer.values()):
            problems.add(file, _line(raw, "answer"), where, "{value} is only for entries with a logistics field")
        return Entry(**common)
    if logistics_field not in LOGISTICS_FIELDS:
        problems.add(file, line, where, f"logistics field {logistics_field!r} is not in {LOGISTICS_FILE} (known: {', '.join(LOGISTICS_FIELDS)})")
    not_announced = _per_language_text(raw.get("not_announced"), file, line, f"{where} not_announced", problems)
    _check_placeholders(not_announced, file, line, f"{where} not_announced", problems)
    return LogisticsEntry(**common, logistics_field=str(logistics_field), not_announced=not_announced)


def load_knowledge(folder: Path | str) -> KnowledgeBase:
    """Loads and validates every file of the folder; raises KnowledgeError listing all problems."""
    folder = Path(folder)
    problems = _Problems()
    if not folder.is_dir():
        raise KnowledgeError([f"{folder}: the knowledge folder does not exist"])
    logistics = _load_logistics(folder, problems)
    categories: list[Category] = []
    entries: list[Entry] = []
    unreadable: list[str] = []
    lexicon = load_lexicon(folder, lambda path: _read_yaml(path, problems), lambda line, where, message: problems.add(LEXICON_FILE, line, where, message))
    for path in sorted(folder.glob("*.yaml")):
        if path.name in (LOGISTICS_FILE, LEXICON_FILE, GLOSSARY_FILE):
            continue
        category, file_entries = _load_category_file(path, problems)
        if category is None and not file_entries:
            unreadable.append(path.name)
        if category is not None:
            if any(existing.id == category.id for existing in categories):
                problems.add(path.name, None, f"category {category.id}", "this category id is used by another file too")
            categories.append(category)
        entries.extend(file_entries)
    if not entries and not problems.lines:
        problems.add(str(folder), None, "", "no entries found (*.yaml files with 'entries')")
    seen: dict[str, Entry] = {}
    for entry in entries:
        if entry.id in seen:
            first = seen[entry.id]
            problems.add(entry.file, entry.line, f"entry {entry.id}", f"duplicate id (first defined in {first.file}:{first.line})")
        else:
            seen[entry.id] = entry
    for entry in entries:
        if unreadable:  # its ids are unknown: pointing to them is not a mistake of the other files
            break
        for target in entry.follow_ups:
            if target not in seen:
                problems.add(entry.file, entry.line, f"entry {entry.id}", f"follow_ups points to {target!r}, which does not exist")
    glossary = load_glossary(folder, lambda path: _read_yaml(path, problems), lambda where, message: problems.add(GLOSSARY_FILE, None, where, message))
    texts = [
        (f"{entry.file}:{entry.line}: entry {entry.id} {part}", lang, text)
        for entry in entries
        for part, per_lang in (("title", entry.title), ("answer", entry.answer), ("not_announced", getattr(entry, "not_announced", {})))
        for lang, text in per_lang.items()
    ]
    problems.lines.extend(misspelling_problems(glossary, texts))
    if problems.lines:
        raise KnowledgeError(problems.lines)
    categories.sort(key=lambda category: (category.order, category.id))
    return KnowledgeBase(categories=tuple(categories), entries=tuple(entries), logistics=logistics, folder=folder, lexicon=lexicon)
