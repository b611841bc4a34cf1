"""Keeping personal data no longer than needed (Morocco's law 09-08, the GDPR): erasing it, and
backing the database up owner-only.

Both work on the database file directly (SQLite in WAL mode lets them run beside the bot). Erased rows
are overwritten (secure_delete) and the write-ahead log is truncated, so nothing stays in the file.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from bot.private_files import private_file

# Tables with personal data, and the column that dates each row (None: no date, erased only whole).
PERSONAL_TABLES = (
    ("rsvps", "updated_at"),
    ("questions", "asked_at"),
    ("language_preferences", "updated_at"),
    ("walk_ins", "checked_in_at"),
    ("telegram_state", None),  # conversations in progress and drafts (handlers/persistence.py)
)
BUSY_TIMEOUT_MS = 5000


class RetentionError(Exception):
    """The database could not be purged or backed up; one line saying why."""


@dataclass(frozen=True)
class Purged:
    rows: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.rows.values())


def retention_due(event_date: date, retention_days: int | None, today: date) -> bool:
    """True once the retention period after the event has passed."""
    return retention_days is not None and today > event_date + timedelta(days=retention_days)


def _connect(database: Path) -> sqlite3.Connection:
    if not database.is_file():
        raise RetentionError(f"{database}: no such database file")
    try:
        connection = sqlite3.connect(str(database), isolation_level=None)
        connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS:d}")
        connection.execute("PRAGMA secure_delete = ON")
        return connection
    except sqlite3.Error as error:
        raise RetentionError(f"{database}: {error}") from None


def purge(database: Path | str, before: date | None = None) -> Purged:
    """Erases every personal row, or only those dated before `before` (RSVPs last changed then,
    questions asked then, language choices made then; drafts in progress are kept)."""
    database = Path(database)
    connection = _connect(database)
    try:
        tables = {name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        rows: dict[str, int] = {}
        connection.execute("BEGIN IMMEDIATE")
        for table, dated_by in PERSONAL_TABLES:
            if table not in tables:
                continue
            if before is None:
                rows[table] = connection.execute(f"DELETE FROM {table}").rowcount  # noqa: S608 - names from the tuple above
            elif dated_by is not None:
                rows[table] = connection.execute(
                    f"DELETE FROM {table} WHERE {dated_by} < ?", (before.isoformat(),)
                ).rowcount  # noqa: S608
        connection.execute("COMMIT")
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the erased pages leave the log as well
        return Purged(rows)
    except sqlite3.Error as error:
        raise RetentionError(f"{database}: {error}") from None
    finally:
        connection.close()


def backup(database: Path | str, target: Path | str) -> None:
    """A consistent copy of the database, even while the bot writes to it, readable by its owner only."""
    database, target = Path(database), Path(target)
    if target.exists() and target.resolve() == database.resolve():
        raise RetentionError(f"{target}: that is the database itself")
    source = _connect(database)
    try:
        private_file(target)
        copy = sqlite3.connect(str(target))
        try:
            source.backup(copy)
        finally:
            copy.close()
    except FileExistsError as error:
        raise RetentionError(str(error)) from None
    except (OSError, sqlite3.Error) as error:
        raise RetentionError(f"cannot back up to {target}: {getattr(error, 'strerror', None) or error}") from None
    finally:
        source.close()
