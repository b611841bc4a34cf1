"""The RSVP list as CSV (for a spreadsheet) or JSON (for tools): the organisers' /rsvps file and
`python -m bot rsvps`.

CSV: UTF-8 with a byte order mark so that Excel shows French and Arabic names right; headers, statuses
and categories in the organiser's language (English by default), the replies then the walk-ins. JSON:
every field, with the category as its key plus its English label, and the walk-ins.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
import sys
from collections.abc import Callable, Iterable
from dataclasses import asdict
from pathlib import Path
from typing import TextIO

from bot.attendance import WalkIn
from bot.language_profiles import EXPORT_LANGUAGE
from bot.rsvp import FORM, Rsvp, category_label, visible_only
from bot.rsvp_form import Form
from bot.storage import Storage, StorageError
from bot.texts import Catalogue

Column = tuple[str, Catalogue, Callable[[Rsvp, str], object]]  # (header key, its catalogue, a reply's cell)


def _columns(form: Form) -> tuple[Column, ...]:
    """The form's fields (who they are, then their answer and waiting-list position, then the optional
    details; choices by their label in the organiser's language), then what storage adds."""
    status: list[Column] = [
        (
            form.status_field,
            EXPORT_TEXTS,
            lambda rsvp, lang: EXPORT_TEXTS(f"status.{rsvp.values.get(form.status_field)}", lang),
        ),
        ("waitlist_position", EXPORT_TEXTS, lambda rsvp, lang: rsvp.waitlist_position),
    ]
    required: list[Column] = []
    optional: list[Column] = []
    for form_field in form.fields:
        name, texts = form_field.name, form_field.texts or EXPORT_TEXTS
        if name == form.status_field:
            continue
        if name == "category":

            def cell(rsvp: Rsvp, lang: str) -> object:
                return _category_label(str(rsvp.values.get("category")), lang)  # noqa: E731
        else:
            cell = lambda rsvp, lang, name=name: rsvp.values.get(name)  # type: ignore[misc]  # noqa: E731 - bound per field
        (optional if form_field.optional else required).append((name, texts, cell))
    trailing: list[Column] = [
        ("telegram_username", EXPORT_TEXTS, lambda rsvp, lang: rsvp.telegram_username),
        ("updated_at", EXPORT_TEXTS, lambda rsvp, lang: rsvp.updated_at),
        ("checked_in_at", EXPORT_TEXTS, lambda rsvp, lang: rsvp.checked_in_at),
    ]
    return tuple(required + status + optional + trailing)


EXPORT_TEXTS: Catalogue = Catalogue.from_po("export", typography=False)  # cells, not messages


def csv_headers(lang: str, form: Form = FORM) -> tuple[str, ...]:
    return tuple(texts(f"header.{key}", lang) for key, texts, _ in _columns(form))


CSV_COLUMNS = csv_headers(EXPORT_LANGUAGE)
FORMATS = ("csv", "json")

# Characters that make a spreadsheet read a cell as a formula (plus tab and carriage return, which some
# spreadsheets strip before looking). People type their own name and organisation, so a cell like
# "=HYPERLINK(...)" must reach the organisers' spreadsheet as text: such a cell gets a leading apostrophe.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class ExportError(Exception):
    """The list cannot be exported (missing database, unknown format); the message says why."""


def _cell(value: object) -> str:
    """A CSV cell without invisible or bidi control characters (a reply stored before they were refused
    could hold some), neutralised against formula injection (see _FORMULA_STARTS)."""
    if value is None:
        return ""
    text = visible_only(str(value))
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def _category_label(category: str, lang: str = EXPORT_LANGUAGE) -> str:
    try:
        return category_label(category, lang)
    except KeyError:  # a category no longer offered: its key still says what it was
        return category


def rsvps_to_csv(
    rsvps: Iterable[Rsvp], lang: str = EXPORT_LANGUAGE, walk_ins: Iterable[WalkIn] = (), form: Form = FORM
) -> bytes:
    """The list in `lang` (headers, statuses, categories), then the walk-ins."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    columns = _columns(form)
    writer.writerow(csv_headers(lang, form))
    for rsvp in rsvps:
        writer.writerow(_cell(cell(rsvp, lang)) for _, _, cell in columns)
    walk_in_status = EXPORT_TEXTS("status.walk_in", lang)
    for person in walk_ins:
        cells = {
            "full_name": person.full_name,
            "organisation": person.organisation,
            form.status_field: walk_in_status,
            "checked_in_at": person.checked_in_at,
        }
        writer.writerow(_cell(cells.get(key)) for key, _, _ in columns)
    return buffer.getvalue().encode("utf-8-sig")


def rsvps_to_json(rsvps: Iterable[Rsvp], walk_ins: Iterable[WalkIn] = ()) -> str:
    records: list[dict[str, object]] = []
    for rsvp in rsvps:
        record = {key: value for key, value in asdict(rsvp).items() if key != "values"}
        records.append({**record, **rsvp.values, "category_label": _category_label(str(rsvp.values.get("category")))})
    records += [{**asdict(person), "status": "walk_in"} for person in walk_ins]
    return json.dumps(records, ensure_ascii=False, indent=2) + "\n"


def _write_private(path: Path, data: bytes) -> None:
    """Writes the file readable by its owner only: it holds personal data. The mode given to os.open
    applies only to a new file: an existing one is made private before anything is written to it."""
    # O_NOFOLLOW: a symbolic link put in place of the file would have the list written to its target.
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o600)
    try:
        os.fchmod(descriptor, 0o600)
        os.ftruncate(descriptor, 0)
    except OSError:
        os.close(descriptor)
        raise
    with os.fdopen(descriptor, "wb") as file:
        file.write(data)


async def write_rsvps(
    database_path: Path | str,
    fmt: str = "csv",
    output: Path | str | None = None,
    stdout: TextIO | None = None,
    lang: str = EXPORT_LANGUAGE,
) -> int:
    """Writes the RSVP list from the database to the file `output`, or to `stdout` (sys.stdout by
    default) when it is None; returns how many RSVPs. Raises ExportError when the database does not
    exist (it is never created here) or is unusable, or the file cannot be written."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
    database_path = Path(database_path)
    if not database_path.is_file():
        raise ExportError(
            f"no database at {database_path}: check `database` in the configuration "
            "(the bot creates it when it first runs)"
        )
    try:
        storage = await Storage.open(database_path)
    except (StorageError, OSError) as error:
        raise ExportError(f"cannot read the database {database_path}: {error}") from error
    except sqlite3.DatabaseError as error:  # not an SQLite file, or a damaged one
        raise ExportError(f"{database_path} is not a usable bot database: {error}") from error
    try:
        rsvps = await storage.list_rsvps()
        walk_ins = await storage.list_walk_ins()
        form = storage.form
    finally:
        await storage.close()
    data = rsvps_to_csv(rsvps, lang, walk_ins, form) if fmt == "csv" else rsvps_to_json(rsvps, walk_ins).encode("utf-8")
    if output is None:
        text_stream = stdout or sys.stdout
        stream = getattr(text_stream, "buffer", None)
        if stream is None:  # a text-only stream (io.StringIO in tests): same characters, BOM included
            text_stream.write(data.decode("utf-8"))
        else:
            text_stream.flush()
            stream.write(data)
            stream.flush()
    else:
        try:
            _write_private(Path(output), data)
        except OSError as error:
            if Path(output).is_symlink():
                raise ExportError(f"cannot write {output}: it is a symbolic link; give the real file's path") from error
            raise ExportError(f"cannot write {output}: {error.strerror or error}") from error
    return len(rsvps)
