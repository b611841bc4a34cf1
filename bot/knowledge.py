"""The curated knowledge base: loading `knowledge/*.yaml`, validating it, and rendering answers.

The format is documented for organisers in knowledge/README.md. Loading collects every problem, one
line each naming the file, the line and the entry, and raises KnowledgeError with all of them.
"""

from __future__ import annotations

import re
import string
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import time
from pathlib import Path
from typing import Any

from bot.glossary import GLOSSARY_FILE, load_glossary, misspelling_problems
from bot.kb_yaml import (  # noqa: F401 - KnowledgeError is part of this module's API
    _META,
    _QUOTE_HINT,
    _line,
    _per_language_list,
    _per_language_text,
    _Problems,
    _read_yaml,
    _unknown_keys,
)
from bot.kb_yaml import (
    KnowledgeError as KnowledgeError,
)
from bot.lexicon import EMPTY as EMPTY_LEXICON
from bot.lexicon import LEXICON_FILE, Lexicon, load_lexicon
from bot.logistics import (  # noqa: F401 - re-exported
    LOGISTICS_FIELDS as LOGISTICS_FIELDS,
)
from bot.logistics import (
    LOGISTICS_FILE as LOGISTICS_FILE,
)
from bot.logistics import (
    Logistics as Logistics,
)
from bot.logistics import (
    load_logistics,
)
from bot.typography import clock, typeset

# Ids travel in Telegram button data (64 bytes at most, with a prefix): kept short.
_ID_FORM = re.compile(r"^[a-z][a-z0-9_]{0,47}$")
_ID_RULE = "must be lowercase letters, digits and _, starting with a letter, at most 48 characters"
_CATEGORY_KEYS = {"id", "order", "title", "menu"}
_ENTRY_KEYS = {
    "id",
    "title",
    "questions",
    "keywords",
    "answer",
    "not_announced",
    "logistics",
    "follow_ups",
    "actions",
    "source",
}
# What an answer may offer as buttons: commands the user can start from it (the Telegram layer maps each
# to its button; the console names the command).
ACTIONS = ("rsvp", "myrsvp", "cancelrsvp")
_PLACEHOLDERS = {"value", "contact"}


def _tidy(text: str) -> str:
    """Without the blank a left-out placeholder leaves at the end of a line or of the text."""
    return "\n".join(line.rstrip() for line in text.strip().splitlines())


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

    def render(self, lang: str, logistics: Logistics, contact: bool = True) -> str:
        """The answer; `contact` False leaves out the sentence on reaching the organisers (already said)."""
        sentence = logistics.contact_sentence(lang) if contact else ""
        return _tidy(self.answer[lang].format_map({"contact": sentence, "value": ""}))


@dataclass(frozen=True)
class LogisticsEntry(Entry):
    """An answer about a practical detail that organisers fill in later in logistics.yaml."""

    logistics_field: str = ""
    not_announced: Mapping[str, str] = field(default_factory=dict)

    def render(self, lang: str, logistics: Logistics, contact: bool = True) -> str:
        value = logistics.value(self.logistics_field, lang)
        if value and self.logistics_field in ("start_time", "end_time"):
            value = clock(time.fromisoformat(value), lang)
        contact = contact or self.logistics_field == "contact"  # the contact's own answer always says it
        values = {"contact": logistics.contact_sentence(lang) if contact else "", "value": value}
        template = self.answer if logistics.is_announced(self.logistics_field) else self.not_announced
        return _tidy(template[lang].format_map(values))


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

    def render(self, entry: Entry, lang: str, contact: bool = True) -> str:
        return typeset(entry.render(lang, self.logistics, contact), lang)

    def title(self, entry: Entry, lang: str) -> str:
        return typeset(entry.title[lang], lang)


def _check_placeholders(texts: Mapping[str, str], file: str, line: int | None, where: str, problems: _Problems) -> None:
    for lang, value in texts.items():
        try:
            fields = [
                (name, spec, conversion)
                for _, name, spec, conversion in string.Formatter().parse(value)
                if name is not None
            ]
        except ValueError as error:
            problems.add(file, line, where, f"the {lang} text has a stray brace: {error}")
            continue
        names = {name for name, _, _ in fields}
        for name, spec, conversion in fields:
            if spec or conversion:  # {contact:d} or {contact!z} would fail at every answer
                problems.add(
                    file, line, where, f"write {{{name}}} plainly in the {lang} text: no format after it (':' or '!')"
                )
        for name in sorted(names - _PLACEHOLDERS):
            problems.add(
                file, line, where, f"unknown placeholder {{{name}}} in the {lang} text (known: {{value}}, {{contact}})"
            )


def _load_category_file(path: Path, problems: _Problems) -> tuple[Category | None, list[Entry]]:
    file = path.name
    before = len(problems.lines)
    data = _read_yaml(path, problems)
    if data is None:
        if len(problems.lines) == before:  # read, but empty or only comments: a category lost by mistake
            problems.add(
                file,
                None,
                "",
                "is empty: a category file needs 'category' and 'entries' (to remove a category, delete its file)",
            )
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
    common: dict[str, Any] = dict(
        id=entry_id,
        category=category_id,
        title=title,
        questions=questions,
        keywords=keywords,
        answer=answer,
        follow_ups=tuple(str(item) for item in follow_ups),
        source=source,
        file=file,
        line=line or 0,
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
        problems.add(
            file,
            line,
            where,
            f"logistics field {logistics_field!r} is not in {LOGISTICS_FILE} (known: {', '.join(LOGISTICS_FIELDS)})",
        )
    not_announced = _per_language_text(raw.get("not_announced"), file, line, f"{where} not_announced", problems)
    _check_placeholders(not_announced, file, line, f"{where} not_announced", problems)
    return LogisticsEntry(**common, logistics_field=str(logistics_field), not_announced=not_announced)


def load_knowledge(folder: Path | str) -> KnowledgeBase:
    """Loads and validates every file of the folder; raises KnowledgeError listing all problems."""
    folder = Path(folder)
    problems = _Problems()
    if not folder.is_dir():
        raise KnowledgeError([f"{folder}: the knowledge folder does not exist"])
    logistics = load_logistics(folder, problems)
    categories: list[Category] = []
    entries: list[Entry] = []
    unreadable: list[str] = []
    lexicon = load_lexicon(
        folder,
        lambda path: _read_yaml(path, problems),
        lambda line, where, message: problems.add(LEXICON_FILE, line, where, message),
    )
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
            problems.add(
                entry.file,
                entry.line,
                f"entry {entry.id}",
                f"duplicate id (first defined in {first.file}:{first.line})",
            )
        else:
            seen[entry.id] = entry
    for entry in entries:
        if unreadable:  # its ids are unknown: pointing to them is not a mistake of the other files
            break
        for target in entry.follow_ups:
            if target not in seen:
                problems.add(
                    entry.file,
                    entry.line,
                    f"entry {entry.id}",
                    f"follow_ups points to {target!r}, which does not exist",
                )
    for entry in entries:  # what an entry asks cannot be a topic no entry covers
        for phrasing in (phrasing for per_lang in entry.questions.values() for phrasing in per_lang):
            if topics := lexicon.topics_not_covered(phrasing):
                problems.add(
                    entry.file,
                    entry.line,
                    f"entry {entry.id}",
                    f"the question {phrasing!r} names {', '.join(sorted(topics))}, which {LEXICON_FILE} lists"
                    " under not_covered: reword the question, or take the word out of not_covered",
                )
    glossary = load_glossary(
        folder,
        lambda path: _read_yaml(path, problems),
        lambda where, message: problems.add(GLOSSARY_FILE, None, where, message),
    )
    texts = [
        (f"{entry.file}:{entry.line}: entry {entry.id} {part}", lang, text)
        for entry in entries
        for part, per_lang in (
            ("title", entry.title),
            ("answer", entry.answer),
            ("not_announced", getattr(entry, "not_announced", {})),
        )
        for lang, text in per_lang.items()
    ]
    problems.lines.extend(misspelling_problems(glossary, texts))
    if problems.lines:
        raise KnowledgeError(problems.lines)
    categories.sort(key=lambda category: (category.order, category.id))
    return KnowledgeBase(
        categories=tuple(categories), entries=tuple(entries), logistics=logistics, folder=folder, lexicon=lexicon
    )
