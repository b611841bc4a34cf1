"""Changing the knowledge base from the bot (organisers, no server access): one value of
logistics.yaml, or one more phrasing of an entry.

Each change keeps the file's comments and layout (ruamel.yaml's round trip), is checked exactly as
`check` checks the folder (the whole knowledge base is loaded with the changed file before anything
is written), and is written atomically: a temporary file in the same folder, then a rename. A refused
or failed change leaves the old file as it was.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import threading
from collections.abc import Callable, Mapping
from io import StringIO
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap
from ruamel.yaml.scalarstring import DoubleQuotedScalarString

from bot.knowledge import LOGISTICS_FIELDS, LOGISTICS_FILE, KnowledgeBase, KnowledgeError, load_knowledge
from bot.languages import LANGUAGES
from bot.logistics import LOCATION

# One change at a time, from reading the file to loading the result: two organisers editing the same
# file at once (each edit runs in its own thread) would otherwise both read it, and the second write
# would drop the first one's change.
_EDITING = threading.Lock()


class EditError(Exception):
    """The change could not be written (a read-only folder, a full disk); the old file is intact."""


def _yaml() -> YAML:
    yaml = YAML()  # round trip: comments, order and quoting are kept
    yaml.preserve_quotes = True
    yaml.width = 4096  # never re-wrap the organisers' lines
    return yaml


def _edit(folder: Path, name: str, change: Callable[[Any], None]) -> KnowledgeBase:
    with _EDITING:
        return _check_then_write(folder, name, _edited_text(folder / name, change))


def _edited_text(path: Path, change: Callable[[Any], None]) -> str:
    yaml = _yaml()
    data = yaml.load(path.read_text(encoding="utf-8"))
    change(data)
    out = StringIO()
    yaml.dump(data, out)
    return out.getvalue()


def _check_then_write(folder: Path, name: str, text: str) -> KnowledgeBase:
    """Loads the knowledge base with `name` replaced by `text` (KnowledgeError: nothing written), then
    writes it atomically and returns the new knowledge base."""
    with tempfile.TemporaryDirectory() as scratch:
        trial = Path(scratch) / "knowledge"
        shutil.copytree(folder, trial)
        (trial / name).write_text(text, encoding="utf-8")
        load_knowledge(trial)  # raises KnowledgeError with the problems, one line each
    target = folder / name
    temporary = None
    try:
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{name}.", suffix=".tmp")
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(text)
            file.flush()
            os.fsync(file.fileno())
        os.chmod(temporary, target.stat().st_mode & 0o777)
        os.replace(temporary, target)
    except OSError as error:
        if temporary is not None and os.path.exists(temporary):
            os.unlink(temporary)
        raise EditError(f"{target}: {error.strerror or error}") from error
    return load_knowledge(folder)


def set_logistics(folder: Path | str, field: str, value: str | Mapping[str, str]) -> KnowledgeBase:
    """Sets one practical detail: one text for every language, or one per language ("" clears it)."""
    folder = Path(folder)
    if field not in LOGISTICS_FIELDS:
        raise KnowledgeError(
            [f"{LOGISTICS_FILE}: {field}: not a practical detail (known: {', '.join(LOGISTICS_FIELDS)})"]
        )
    if isinstance(value, Mapping):
        unknown = [lang for lang in value if lang not in LANGUAGES]
        if unknown:
            raise KnowledgeError([f"{LOGISTICS_FILE}: {field}: unknown language {', '.join(unknown)}"])

    def change(data: Any) -> None:
        # Always in double quotes, as the file asks: 0537123456 stays text, a " #" does not cut it.
        if isinstance(value, Mapping):
            data[field] = {lang: DoubleQuotedScalarString(text) for lang, text in value.items()}
        else:
            data[field] = DoubleQuotedScalarString(value)

    return _edit(folder, LOGISTICS_FILE, change)


def set_location(folder: Path | str, location: tuple[float, float] | None) -> KnowledgeBase:
    """Sets the venue's map pin (None: not announced), checked like the rest of the file."""
    folder = Path(folder)

    def change(data: Any) -> None:
        if location is None:
            data[LOCATION] = DoubleQuotedScalarString("")
        else:
            pin = CommentedMap(latitude=round(float(location[0]), 6), longitude=round(float(location[1]), 6))
            pin.fa.set_flow_style()  # one line, as the file's other values
            data[LOCATION] = pin

    return _edit(folder, LOGISTICS_FILE, change)


def add_phrasing(folder: Path | str, kb: KnowledgeBase, entry_id: str, lang: str, phrasing: str) -> KnowledgeBase:
    """Adds a way of asking to an entry, in its file; a phrasing it already has is not added twice."""
    folder = Path(folder)
    entry = kb.get(entry_id)
    if entry is None:
        raise KnowledgeError([f"{entry_id}: no such entry"])
    if lang not in LANGUAGES:
        raise KnowledgeError([f"{entry_id}: unknown language {lang!r}"])
    phrasing = " ".join(phrasing.split())
    if not phrasing:
        raise KnowledgeError([f"{entry_id}: an empty phrasing"])

    def change(data: Any) -> None:
        for raw in data.get("entries") or ():
            if raw.get("id") == entry_id:
                questions = raw["questions"].setdefault(lang, [])
                if phrasing not in questions:
                    questions.append(phrasing)
                return
        raise KnowledgeError([f"{entry.file}: {entry_id}: entry not found in its file"])

    return _edit(folder, entry.file, change)
