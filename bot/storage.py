"""SQLite storage (aiosqlite): language preferences, the question log, RSVPs.

One Storage holds one connection. Every public method takes an asyncio lock, so coroutines sharing the
connection never see each other's half-done transaction; every write runs in an explicit transaction
(BEGIN IMMEDIATE), so another process writing the same file waits instead of interleaving. Every
statement is parameterised (PRAGMA values, which SQLite cannot bind, are integers from this module).

The schema is versioned with PRAGMA user_version: MIGRATIONS[i] takes a database from version i to
version i + 1, each in its own transaction together with the version bump. A database from an older
version is migrated forward, never wiped; one from a newer version of the bot is refused.

Times are ISO 8601 in UTC ("2018-01-20T09:30:00+00:00").

API (RSVP types come from bot.rsvp; `capacity` is event.capacity, None for no limit):
    Storage.open(path, clock=None) -> Storage       ":memory:" for tests; also `async with`
    close()
    get_language(user_id) -> str | None             kept in memory LANGUAGE_MEMORY_SECONDS
    set_language(user_id, lang)
    log_question(lang, outcome, text=None, *, asker=None, names=())   see bot/question_log.py: text kept
                                                    only for "fallback" and "none_of_these", and never
                                                    when it looks like personal data; asker = user id,
                                                    stored as a keyed hash
    top_unanswered(limit=20) -> list[UnansweredQuestion]
    question_stats() -> dict[lang, QuestionStats]
    distinct_askers() -> int;  count_questions(user_id) -> int;  asker_tag(user_id) -> str
    save_rsvp(draft: RsvpDraft, capacity) -> SavedRsvp(rsvp, waitlisted, promoted)   raises InvalidRsvp
    get_rsvp(user_id) -> Rsvp | None
    cancel_rsvp(user_id, capacity) -> (Rsvp | None, promoted: Rsvp | None)
    promote_waitlist(capacity) -> list[Rsvp]        fills places freed by a raised capacity
    list_rsvps() -> list[Rsvp]                      with waiting-list positions
    rsvp_counts() -> RsvpCounts(by_status, by_category of those attending)
    attendee_contacts(statuses=("yes",)) -> list[(user_id, language)]
    forget_user(user_id, capacity=None) -> Rsvp | None   deletes RSVP, language and questions asked;
                                                         returns whoever got the freed place
    (bot/rsvp_store.py holds the RSVP methods; bot/attendance.py those of the day itself:)
    checkin_token(user_id) -> str | None;  check_in_token(token) / check_in(user_id) -> CheckIn | None
    undo_check_in(user_id);  add_walk_in(name, organisation) / remove_walk_in(id) / list_walk_ins()
    headcount() -> Headcount(expected, arrived, walk_ins, other_arrivals)
    calendar_sequence(fingerprint) -> int           the .ics SEQUENCE, one more after each change shown
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import aiosqlite

from bot.attendance import MIGRATION as ATTENDANCE_MIGRATION
from bot.attendance import Attendance
from bot.privacy import looks_personal
from bot.private_files import private_companions, private_file, private_folder
from bot.question_log import (  # noqa: F401 - part of this module's API
    ASKER_KEY,
    QuestionLog,
)
from bot.question_log import (
    MAX_QUESTION_CHARS as MAX_QUESTION_CHARS,
)
from bot.question_log import (
    QUESTION_OUTCOMES as QUESTION_OUTCOMES,
)
from bot.question_log import (
    UNANSWERED_OUTCOMES as UNANSWERED_OUTCOMES,
)
from bot.question_log import (
    QuestionStats as QuestionStats,
)
from bot.question_log import (
    UnansweredQuestion as UnansweredQuestion,
)
from bot.question_log import (
    normalize_question as normalize_question,
)
from bot.rsvp import FORM, STATUS_YES, Rsvp
from bot.rsvp_form import Form
from bot.rsvp_store import RsvpStore

BUSY_TIMEOUT_MS = 5000

# Each migration is a tuple of statements (not one script: sqlite3's executescript would commit the
# surrounding transaction, and the version bump must be atomic with the change).
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    # 0 -> 1: language preferences and the question log
    (
        """CREATE TABLE language_preferences (
               user_id INTEGER PRIMARY KEY,
               language TEXT NOT NULL,
               updated_at TEXT NOT NULL
           )""",
        """CREATE TABLE questions (
               id INTEGER PRIMARY KEY AUTOINCREMENT,
               asked_at TEXT NOT NULL,
               language TEXT NOT NULL,
               outcome TEXT NOT NULL CHECK (outcome IN ('answer', 'suggest', 'fallback', 'none_of_these')),
               text TEXT,
               normalized TEXT,
               CHECK ((text IS NULL) = (outcome IN ('answer', 'suggest')))
           )""",
        "CREATE INDEX questions_unanswered ON questions (normalized) WHERE normalized IS NOT NULL",
    ),
    # 1 -> 2: RSVPs, one row per Telegram user
    (
        """CREATE TABLE rsvps (
               user_id INTEGER PRIMARY KEY,
               telegram_username TEXT,
               full_name TEXT NOT NULL,
               organisation TEXT NOT NULL,
               category TEXT NOT NULL,
               status TEXT NOT NULL CHECK (status IN ('yes', 'no', 'maybe', 'waitlist')),
               dietary TEXT,
               email TEXT,
               language TEXT NOT NULL,
               created_at TEXT NOT NULL,
               updated_at TEXT NOT NULL,
               -- order on the waiting list: one more than the last one waiting when the person joined
               waitlist_seq INTEGER,
               CHECK ((status = 'waitlist') = (waitlist_seq IS NOT NULL))
           )""",
        "CREATE INDEX rsvps_by_status ON rsvps (status, waitlist_seq)",
    ),
    # 2 -> 3: each logged question linked to its asker by a keyed hash (bot/question_log.py), with the
    # key; texts already logged that look like personal data are blanked (counted, never listed)
    (
        "CREATE TABLE secrets (name TEXT PRIMARY KEY, value BLOB NOT NULL)",
        f"INSERT INTO secrets (name, value) VALUES ('{ASKER_KEY}', randomblob(32))",
        "ALTER TABLE questions ADD COLUMN asker TEXT",
        "CREATE INDEX questions_by_asker ON questions (asker) WHERE asker IS NOT NULL",
        "UPDATE questions SET text = '', normalized = '' WHERE normalized IS NOT NULL AND looks_personal(text)",
    ),
    # 3 -> 4: check-in on the day (bot/attendance.py): a token and an arrival time per reply, walk-ins
    ATTENDANCE_MIGRATION,
    # 4 -> 5: the calendar file's revision: what it showed last (a fingerprint) and its SEQUENCE
    (
        """CREATE TABLE calendar_revision (
               id INTEGER PRIMARY KEY CHECK (id = 1),
               fingerprint TEXT NOT NULL,
               sequence INTEGER NOT NULL
           )""",
    ),
)


class StorageError(Exception):
    """The database cannot be used as it is (for example it comes from a newer version of the bot)."""


def _prepare_database_file(path: Path) -> None:
    """The database file and its folder, owner-only, and openable: any problem is one clear
    StorageError before aiosqlite starts its thread (whose failure would print a traceback)."""
    if path.is_dir():
        raise StorageError(f"{path} is a folder: give the path of a database file, e.g. {path / 'bot.sqlite3'}")
    try:
        private_folder(path.parent)
        private_file(path)
        private_companions(path)
        probe = sqlite3.connect(str(path))
        try:
            probe.execute("PRAGMA schema_version")
        finally:
            probe.close()
    except sqlite3.Error as error:
        raise StorageError(f"{path} is not a usable bot database ({error})") from None
    except OSError as error:
        raise StorageError(f"cannot create or open {path}: {error.strerror or error}") from None


LANGUAGE_MEMORY_SECONDS = 30.0  # how long a user's language is read from memory (see get_language)
LANGUAGE_MEMORY_USERS = 10_000


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Storage(QuestionLog, RsvpStore, Attendance):
    _migrations: tuple[tuple[str, ...], ...] = MIGRATIONS  # open() may add a form field's own
    """The connection, clock, lock and statement helpers come from bot.storage_base.StorageBase."""

    # ---------------------------------------------------------------- opening and closing

    @classmethod
    async def open(
        cls,
        path: Path | str,
        clock: Callable[[], str] | None = None,
        form: Form = FORM,
        migrations: tuple[tuple[str, ...], ...] = MIGRATIONS,
    ) -> Storage:
        """Opens or creates the database and migrates it forward. `clock` returns the current ISO time
        (tests inject one); `form` is the RSVP form, whose fields are columns (a field added to it
        comes with a migration adding its column: `migrations`, MIGRATIONS plus that one until it is added
        to MIGRATIONS)."""
        if str(path) != ":memory:":
            _prepare_database_file(Path(path))
        # isolation_level=None: no implicit transactions; this module says BEGIN and COMMIT itself.
        connection = await aiosqlite.connect(str(path), isolation_level=None)
        try:
            await connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS:d}")
            await connection.execute("PRAGMA journal_mode = WAL")
            # FULL: a commit that has returned survives a crash or power loss, not only a killed process.
            await connection.execute("PRAGMA synchronous = FULL")
            await connection.execute("PRAGMA foreign_keys = ON")
            # Deleted rows are overwritten with zeros, not left in free pages: /forget really erases.
            await connection.execute("PRAGMA secure_delete = ON")
            storage = cls(connection, clock or utc_now, form)
            storage._migrations = migrations
            await storage._migrate()
            if str(path) != ":memory:":
                private_companions(Path(path))  # SQLite gives them the database's mode; older ones may differ
        except BaseException:
            await connection.close()
            raise
        return storage

    async def close(self) -> None:
        async with self._lock:
            await self._db.close()

    async def __aenter__(self) -> Storage:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    async def schema_version(self) -> int:
        async with self._lock:
            return await self._user_version()

    async def _user_version(self) -> int:
        row = await self._fetchrow("PRAGMA user_version")
        return int(row[0])

    async def _migrate(self) -> None:
        # For the migration that blanks logged texts looking like personal data.
        await self._db.create_function("looks_personal", 1, lambda text: looks_personal(text or ""), deterministic=True)
        async with self._lock:
            version = await self._user_version()
            migrations = self._migrations
            if version > len(migrations):
                raise StorageError(
                    f"the database is at schema version {version}, newer than this bot knows "
                    f"({len(migrations)}); upgrade the bot rather than use it with this file"
                )
            for target in range(version + 1, len(migrations) + 1):
                async with self._transaction():
                    # Re-read inside the write lock: another process may have migrated meanwhile.
                    if await self._user_version() >= target:
                        continue
                    for statement in migrations[target - 1]:
                        await self._db.execute(statement)
                    await self._db.execute(f"PRAGMA user_version = {target:d}")
            row = await self._fetchrow("SELECT value FROM secrets WHERE name = ?", (ASKER_KEY,))
            self._asker_key = bytes(row[0])

    # ---------------------------------------------------------------- language preferences

    # Every update needs its user's language, and a trip to the connection's thread costs more than the rest
    # of an update's own work: a user's choice is kept in memory for a short while. This process's writes
    # (set_language, forget_user) update it at once; another's (python -m bot purge) show within the time.
    async def get_language(self, user_id: int) -> str | None:
        now = self._monotonic()
        cached = self._languages.get(user_id)
        if cached is not None and cached[1] > now:
            return cached[0]
        async with self._lock:
            row = await self._fetchone("SELECT language FROM language_preferences WHERE user_id = ?", (user_id,))
            lang = row[0] if row else None
            self._remember_language(user_id, lang, now)
        return lang

    def _remember_language(self, user_id: int, lang: str | None, now: float) -> None:
        self._languages.pop(user_id, None)  # to the end: the oldest is the first to go
        self._languages[user_id] = (lang, now + LANGUAGE_MEMORY_SECONDS)
        if len(self._languages) > LANGUAGE_MEMORY_USERS:
            del self._languages[next(iter(self._languages))]

    async def set_language(self, user_id: int, lang: str) -> None:
        async with self._lock:
            async with self._transaction() as db:
                await db.execute(
                    "INSERT INTO language_preferences (user_id, language, updated_at) VALUES (?, ?, ?) "
                    "ON CONFLICT (user_id) DO UPDATE SET language = excluded.language, "
                    "updated_at = excluded.updated_at",
                    (user_id, lang, self._clock()),
                )
            self._remember_language(user_id, lang, self._monotonic())  # once committed

    # ---------------------------------------------------------------- the calendar file's revision

    async def calendar_sequence(self, fingerprint: str) -> int:
        """The SEQUENCE for a calendar file showing `fingerprint` (bot.calendar.calendar_fingerprint):
        0 for the first, one more each time what the file shows has changed since the last one."""
        async with self._lock, self._transaction() as db:
            row = await self._fetchone("SELECT fingerprint, sequence FROM calendar_revision WHERE id = 1")
            if row is None:
                await db.execute(
                    "INSERT INTO calendar_revision (id, fingerprint, sequence) VALUES (1, ?, 0)", (fingerprint,)
                )
                return 0
            if row[0] == fingerprint:
                return int(row[1])
            await db.execute(
                "UPDATE calendar_revision SET fingerprint = ?, sequence = ? WHERE id = 1", (fingerprint, row[1] + 1)
            )
            return int(row[1]) + 1

    # ---------------------------------------------------------------- forgetting a user

    async def forget_user(self, user_id: int, capacity: int | None = None) -> Rsvp | None:
        """Deletes everything stored about the user: RSVP, language preference and the questions they
        asked (found by their keyed hash). If they held a place, the first person waiting gets it (when `capacity`
        allows; None: a freed place is always passed on) and is returned, to be told."""
        async with self._lock, self._transaction() as db:
            previous = await self._fetchone("SELECT status FROM rsvps WHERE user_id = ?", (user_id,))
            await db.execute("DELETE FROM rsvps WHERE user_id = ?", (user_id,))
            await db.execute("DELETE FROM language_preferences WHERE user_id = ?", (user_id,))
            self._languages.pop(user_id, None)
            await self._forget_questions(db, user_id)
            if previous is not None and previous[0] == STATUS_YES:
                return await self._promote_first(capacity, self._clock())
            return None
