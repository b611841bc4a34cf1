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
    get_language(user_id) -> str | None
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
"""

from __future__ import annotations

import asyncio
import sqlite3
from contextlib import asynccontextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import AsyncIterator, Callable

import aiosqlite

from bot.private_files import private_companions, private_file, private_folder
from bot.privacy import looks_personal
from bot.question_log import (  # noqa: F401 - part of this module's API
    ASKER_KEY,
    MAX_QUESTION_CHARS,
    QUESTION_OUTCOMES,
    UNANSWERED_OUTCOMES,
    QuestionLog,
    QuestionStats,
    UnansweredQuestion,
    normalize_question,
)
from bot.rsvp import (
    CATEGORIES,
    STATUS_NO,
    STATUS_WAITLIST,
    STATUS_YES,
    STATUSES,
    InvalidRsvp,
    Rsvp,
    RsvpCounts,
    RsvpDraft,
    SavedRsvp,
)

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


def utc_now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class Storage(QuestionLog):
    def __init__(self, connection: aiosqlite.Connection, clock: Callable[[], str]):
        self._db = connection
        self._clock = clock
        self._lock = asyncio.Lock()

    # ---------------------------------------------------------------- opening and closing

    @classmethod
    async def open(cls, path: Path | str, clock: Callable[[], str] | None = None) -> "Storage":
        """Opens or creates the database and migrates it forward. `clock` returns the current ISO time
        (tests inject one)."""
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
            storage = cls(connection, clock or utc_now)
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

    async def __aenter__(self) -> "Storage":
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    async def schema_version(self) -> int:
        async with self._lock:
            return await self._user_version()

    async def _user_version(self) -> int:
        async with self._db.execute("PRAGMA user_version") as cursor:
            row = await cursor.fetchone()
        return int(row[0])

    async def _migrate(self) -> None:
        # For the migration that blanks logged texts looking like personal data.
        await self._db.create_function("looks_personal", 1, lambda text: looks_personal(text or ""), deterministic=True)
        async with self._lock:
            version = await self._user_version()
            if version > len(MIGRATIONS):
                raise StorageError(
                    f"the database is at schema version {version}, newer than this bot knows "
                    f"({len(MIGRATIONS)}); upgrade the bot rather than use it with this file"
                )
            for target in range(version + 1, len(MIGRATIONS) + 1):
                async with self._transaction():
                    # Re-read inside the write lock: another process may have migrated meanwhile.
                    if await self._user_version() >= target:
                        continue
                    for statement in MIGRATIONS[target - 1]:
                        await self._db.execute(statement)
                    await self._db.execute(f"PRAGMA user_version = {target:d}")
            row = await self._fetchone("SELECT value FROM secrets WHERE name = ?", (ASKER_KEY,))
            self._asker_key = bytes(row[0])

    @asynccontextmanager
    async def _transaction(self) -> AsyncIterator[aiosqlite.Connection]:
        """One write transaction; the caller holds self._lock. IMMEDIATE takes the write lock at once,
        so two processes cannot both read a headcount and then both take the last place."""
        # BEGIN and COMMIT sit inside the try: a task cancelled while awaiting them has still queued them
        # on the connection's thread, and the ROLLBACK queued after them closes whatever they opened.
        try:
            await self._db.execute("BEGIN IMMEDIATE")
            yield self._db
            await self._db.execute("COMMIT")
        except BaseException:
            try:
                await self._db.execute("ROLLBACK")
            except sqlite3.OperationalError:
                pass  # no transaction was open (BEGIN failed, or COMMIT had already completed)
            raise

    async def _fetchone(self, sql: str, params: tuple = ()) -> aiosqlite.Row | tuple | None:
        async with self._db.execute(sql, params) as cursor:
            return await cursor.fetchone()

    async def _fetchall(self, sql: str, params: tuple = ()) -> list:
        async with self._db.execute(sql, params) as cursor:
            return list(await cursor.fetchall())

    # ---------------------------------------------------------------- language preferences

    async def get_language(self, user_id: int) -> str | None:
        async with self._lock:
            row = await self._fetchone("SELECT language FROM language_preferences WHERE user_id = ?", (user_id,))
        return row[0] if row else None

    async def set_language(self, user_id: int, lang: str) -> None:
        async with self._lock, self._transaction() as db:
            await db.execute(
                "INSERT INTO language_preferences (user_id, language, updated_at) VALUES (?, ?, ?) "
                "ON CONFLICT (user_id) DO UPDATE SET language = excluded.language, updated_at = excluded.updated_at",
                (user_id, lang, self._clock()),
            )

    # ---------------------------------------------------------------- RSVPs

    async def save_rsvp(self, draft: RsvpDraft, capacity: int | None) -> SavedRsvp:
        """Creates or updates the user's RSVP in one transaction. A "yes" gets a place while fewer than
        `capacity` others hold one and nobody is waiting ahead; otherwise it joins the waiting list (or
        keeps its place on it). Someone who already has a place keeps it. Leaving a place promotes the
        first person waiting. Raises InvalidRsvp for a draft that does not pass bot.rsvp's checks."""
        draft = draft.cleaned()
        problems = draft.problems()
        if problems:
            raise InvalidRsvp(problems)
        async with self._lock, self._transaction() as db:
            now = self._clock()
            previous = await self._fetchone("SELECT status, waitlist_seq FROM rsvps WHERE user_id = ?", (draft.user_id,))
            previous_status, previous_seq = previous if previous else (None, None)
            status, seq = draft.status, None
            if draft.status == STATUS_YES and previous_status != STATUS_YES:
                if not await self._place_available(capacity, draft.user_id, previous_seq):
                    status = STATUS_WAITLIST
                    seq = previous_seq if previous_seq is not None else await self._next_waitlist_seq()
            await db.execute(
                "INSERT INTO rsvps (user_id, telegram_username, full_name, organisation, category, status, "
                "dietary, email, language, created_at, updated_at, waitlist_seq) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (user_id) DO UPDATE SET telegram_username = excluded.telegram_username, "
                "full_name = excluded.full_name, organisation = excluded.organisation, "
                "category = excluded.category, status = excluded.status, dietary = excluded.dietary, "
                "email = excluded.email, language = excluded.language, updated_at = excluded.updated_at, "
                "waitlist_seq = excluded.waitlist_seq",
                (
                    draft.user_id, draft.telegram_username, draft.full_name, draft.organisation, draft.category,
                    status, draft.dietary, draft.email, draft.language, now, now, seq,
                ),
            )
            promoted = None
            if previous_status == STATUS_YES and status != STATUS_YES:
                promoted = await self._promote_first(capacity, now)
            saved = await self._get_rsvp(draft.user_id)
        assert saved is not None
        return SavedRsvp(rsvp=saved, waitlisted=saved.status == STATUS_WAITLIST, promoted=promoted)

    async def get_rsvp(self, user_id: int) -> Rsvp | None:
        async with self._lock:
            return await self._get_rsvp(user_id)

    async def cancel_rsvp(self, user_id: int, capacity: int | None) -> tuple[Rsvp | None, Rsvp | None]:
        """Marks the user as not attending. Returns (their RSVP or None if they had none, the person
        promoted from the waiting list into the place this freed, if any)."""
        async with self._lock, self._transaction() as db:
            now = self._clock()
            previous = await self._fetchone("SELECT status FROM rsvps WHERE user_id = ?", (user_id,))
            if previous is None:
                return None, None
            promoted = None
            if previous[0] != STATUS_NO:
                # Someone not attending needs no dietary needs or email on file: dropped, as the conversation does.
                await db.execute(
                    "UPDATE rsvps SET status = ?, waitlist_seq = NULL, dietary = NULL, email = NULL, updated_at = ? "
                    "WHERE user_id = ?",
                    (STATUS_NO, now, user_id),
                )
                if previous[0] == STATUS_YES:
                    promoted = await self._promote_first(capacity, now)
            return await self._get_rsvp(user_id), promoted

    async def promote_waitlist(self, capacity: int | None) -> list[Rsvp]:
        """Fills every free place from the waiting list, first come first served (for when the
        capacity was raised or removed in the configuration). Returns those promoted, to be told."""
        promoted: list[Rsvp] = []
        async with self._lock, self._transaction():
            now = self._clock()
            while (person := await self._promote_first(capacity, now)) is not None:
                promoted.append(person)
        return promoted

    async def list_rsvps(self) -> list[Rsvp]:
        """Everyone: attending first, then the waiting list in order, maybe, not attending; by name within."""
        async with self._lock:
            rows = await self._fetchall(
                f"SELECT {_RSVP_COLUMNS}, CASE WHEN status = 'waitlist' THEN "
                "ROW_NUMBER() OVER (PARTITION BY status ORDER BY waitlist_seq) END FROM rsvps"
            )
        rank = {STATUS_YES: 0, STATUS_WAITLIST: 1, "maybe": 2, STATUS_NO: 3}
        rsvps = [_rsvp_from_row(row) for row in rows]
        return sorted(rsvps, key=lambda r: (rank[r.status], r.waitlist_position or 0, r.full_name.casefold(), r.user_id))

    async def rsvp_counts(self) -> RsvpCounts:
        """How many per status, and per category among those attending ("yes")."""
        async with self._lock:
            by_status = dict(await self._fetchall("SELECT status, COUNT(*) FROM rsvps GROUP BY status"))
            by_category = dict(
                await self._fetchall("SELECT category, COUNT(*) FROM rsvps WHERE status = ? GROUP BY category", (STATUS_YES,))
            )
        categories = {category: by_category.pop(category, 0) for category in CATEGORIES}
        categories.update(by_category)  # a category no longer offered still counts
        return RsvpCounts(by_status={status: by_status.get(status, 0) for status in STATUSES}, by_category=categories)

    async def attendee_contacts(self, statuses: tuple[str, ...] = (STATUS_YES,)) -> list[tuple[int, str]]:
        """(user id, language) of everyone whose status is among `statuses`, for broadcasts and reminders."""
        unknown = set(statuses) - set(STATUSES)
        if unknown:
            raise ValueError(f"unknown RSVP status {sorted(unknown)}")
        if not statuses:
            return []
        placeholders = ", ".join("?" for _ in statuses)
        async with self._lock:
            rows = await self._fetchall(
                f"SELECT user_id, language FROM rsvps WHERE status IN ({placeholders}) ORDER BY user_id", tuple(statuses)
            )
        return [(row[0], row[1]) for row in rows]

    async def _get_rsvp(self, user_id: int) -> Rsvp | None:
        row = await self._fetchone(
            f"SELECT {_RSVP_COLUMNS}, CASE WHEN status = 'waitlist' THEN "
            "(SELECT COUNT(*) FROM rsvps AS ahead WHERE ahead.status = 'waitlist' "
            "AND ahead.waitlist_seq <= rsvps.waitlist_seq) END FROM rsvps WHERE user_id = ?",
            (user_id,),
        )
        return _rsvp_from_row(row) if row else None

    async def _place_available(self, capacity: int | None, user_id: int, own_seq: int | None) -> bool:
        """Whether a place is free for this user, counting those who already wait ahead of them."""
        if capacity is None:
            return True
        row = await self._fetchone(
            "SELECT (SELECT COUNT(*) FROM rsvps WHERE status = 'yes' AND user_id != ?), "
            "(SELECT COUNT(*) FROM rsvps WHERE status = 'waitlist' AND user_id != ? "
            "AND (? IS NULL OR waitlist_seq < ?))",
            (user_id, user_id, own_seq, own_seq),
        )
        taken, waiting_ahead = row
        return taken + waiting_ahead < capacity

    async def _next_waitlist_seq(self) -> int:
        row = await self._fetchone("SELECT COALESCE(MAX(waitlist_seq), 0) + 1 FROM rsvps WHERE status = 'waitlist'")
        return int(row[0])

    async def _promote_first(self, capacity: int | None, now: str) -> Rsvp | None:
        """Gives a free place to the first person waiting; inside the caller's transaction."""
        if capacity is not None:
            row = await self._fetchone("SELECT COUNT(*) FROM rsvps WHERE status = 'yes'")
            if row[0] >= capacity:
                return None
        row = await self._fetchone(
            "SELECT user_id FROM rsvps WHERE status = 'waitlist' ORDER BY waitlist_seq LIMIT 1"
        )
        if row is None:
            return None
        await self._db.execute(
            "UPDATE rsvps SET status = ?, waitlist_seq = NULL, updated_at = ? WHERE user_id = ?",
            (STATUS_YES, now, row[0]),
        )
        return await self._get_rsvp(row[0])

    # ---------------------------------------------------------------- forgetting a user

    async def forget_user(self, user_id: int, capacity: int | None = None) -> Rsvp | None:
        """Deletes everything stored about the user: RSVP, language preference and the questions they
        asked (found by their keyed hash). If they held a place, the first person waiting gets it (when `capacity`
        allows; None: a freed place is always passed on) and is returned, to be told."""
        async with self._lock, self._transaction() as db:
            previous = await self._fetchone("SELECT status FROM rsvps WHERE user_id = ?", (user_id,))
            await db.execute("DELETE FROM rsvps WHERE user_id = ?", (user_id,))
            await db.execute("DELETE FROM language_preferences WHERE user_id = ?", (user_id,))
            await self._forget_questions(db, user_id)
            if previous is not None and previous[0] == STATUS_YES:
                return await self._promote_first(capacity, self._clock())
            return None


_RSVP_COLUMNS = (
    "user_id, telegram_username, full_name, organisation, category, status, dietary, email, language, "
    "created_at, updated_at"
)


def _rsvp_from_row(row: tuple) -> Rsvp:
    return Rsvp(*row)
