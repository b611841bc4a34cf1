"""Reading the knowledge base's YAML files: a bounded safe loader that remembers lines, and the checks
shared by every file (per-language texts and lists, unknown keys), each problem one line naming the
file, the line and the entry. Used by bot/knowledge.py and bot/logistics.py.
"""

from __future__ import annotations

from collections.abc import Hashable
from pathlib import Path
from typing import Any

import yaml

from bot.languages import LANGUAGES
from bot.yamlsafe import BoundedSafeLoader, LimitError

_LINE = "__line__"  # the line where a mapping starts
_LINES = "__lines__"  # the line of each of its keys
_META = (_LINE, _LINES)
_QUOTE_HINT = 'a text with ": " or " #" in it must be in double quotes'
_NOT_TEXT = "is not text: put it in double quotes (YAML reads 0537123456 as a number and cuts a text at #)"


class KnowledgeError(Exception):
    """The knowledge base is unusable; `problems` holds one line per problem."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("\n".join(problems))


class _LineLoader(BoundedSafeLoader):
    """A safe loader that remembers on which line each mapping starts, for error messages."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Hashable, Any]:
        mapping = super().construct_mapping(node, deep=deep)
        mapping[_LINE] = node.start_mark.line + 1
        mapping[_LINES] = {self.construct_object(key): key.start_mark.line + 1 for key, _ in node.value}
        return mapping


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


def _unknown_keys(node: dict[str, Any], known: set[str], file: str, where: str, problems: _Problems) -> None:
    for key in node:
        if key not in _META and key not in known:
            problems.add(file, _line(node, key), where, f"unknown key {key!r} (known: {', '.join(sorted(known))})")


def _per_language_text(
    node: Any, file: str, line: int | None, where: str, problems: _Problems, required: bool = True
) -> dict[str, str]:
    """A mapping language -> non-empty text, every language of the bot required."""
    if not isinstance(node, dict):
        problems.add(file, line, where, f"must give one text per language ({', '.join(LANGUAGES)})")
        return {}
    result: dict[str, str] = {}
    for key in node:
        if key not in _META and key not in LANGUAGES:
            problems.add(file, _line(node, key), where, f"unknown language {key!r} (use {', '.join(LANGUAGES)})")
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


def _per_language_list(
    node: Any, file: str, line: int | None, where: str, problems: _Problems, required: bool
) -> dict[str, tuple[str, ...]]:
    if node is None and not required:
        return {}
    if not isinstance(node, dict):
        problems.add(file, line, where, f"must give a list per language ({', '.join(LANGUAGES)})")
        return {}
    result: dict[str, tuple[str, ...]] = {}
    for key in node:
        if key not in _META and key not in LANGUAGES:
            problems.add(file, _line(node, key), where, f"unknown language {key!r} (use {', '.join(LANGUAGES)})")
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
