"""SQLite storage (aiosqlite): language preferences, the question log, RSVPs.

One Storage holds one connection. Every public method takes an asyncio lock, so coroutines sharing the
connection never see each other's half-done transaction; every write runs in an explicit transaction
(BEGIN IMMEDIATE), so another process writing the same file waits instead of interleaving. Every
statement is parameterised (PRAGMA values, which SQLite cannot bind, are integers from this module).

The schema is versioned with PRAGMA user_version: MIGRATIONS[i] takes a database from version i to
version i + 1, each in its own transaction together with the version bump. A database from an older
version is migrated forward, never wiped; one from a newer version of the bot is refused.

Times are ISO 8601 in UTC ("2018-01-20T09:30:00+00:00").

API:
    Storage.open(path, clock=None) -> Storage       (":memory:" for tests; also `async with`)
    close()
    get_language(user_id) -> str | None;  set_language(user_id, lang)
    log_question(lang, outcome, text=None);  top_unanswered(limit=20) -> [UnansweredQuestion]
    question_stats() -> {lang: QuestionStats}
    forget_user(user_id, capacity=None) -> Rsvp | None   (the person promoted from the waitlist, if any)
    RSVPs (see bot.rsvp for the domain): save_rsvp, get_rsvp, cancel_rsvp, promote_waitlist,
    list_rsvps, rsvp_counts, attendee_contacts.
"""

from __future__ import annotations

import asyncio
import re
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import AsyncIterator, Callable

import aiosqlite

QUESTION_OUTCOMES = ("answer", "suggest", "fallback", "none_of_these")
UNANSWERED_OUTCOMES = ("fallback", "none_of_these")  # the only outcomes whose text is kept
MAX_QUESTION_CHARS = 4096  # Telegram's own message limit: nothing longer can arrive
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
)


class StorageError(Exception):
    """The database cannot be used as it is (for example it comes from a newer version of the bot)."""


@dataclass(frozen=True)
class UnansweredQuestion:
    text: str  # as last asked
    count: int  # how many times it was asked (after casefolding and collapsing whitespace)
    last_asked: str  # ISO 8601 UTC
    language: str  # of the last time it was asked


@dataclass(frozen=True)
class QuestionStats:
    """One language's question log. `asked` counts questions (answer, suggest, fallback); a press on
    'none of these' resolves a suggestion already counted, so it adds to `unanswered` only."""

    asked: int = 0
    answered: int = 0
    suggested: int = 0
    unanswered: int = 0  # fallback + none_of_these

    @property
    def answered_share(self) -> float:
        return self.answered / self.asked if self.asked else 0.0


def utc_now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


_SPACES = re.compile(r"\s+")


def normalize_question(text: str) -> str:
    """Light normalisation to group identical questions: case folded, whitespace collapsed."""
    return _SPACES.sub(" ", text.casefold()).strip()


class Storage:
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
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        # isolation_level=None: no implicit transactions; this module says BEGIN and COMMIT itself.
        connection = await aiosqlite.connect(str(path), isolation_level=None)
        try:
            await connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS:d}")
            await connection.execute("PRAGMA journal_mode = WAL")
            # FULL: a commit that has returned survives a crash or power loss, not only a killed process.
            await connection.execute("PRAGMA synchronous = FULL")
            await connection.execute("PRAGMA foreign_keys = ON")
            storage = cls(connection, clock or utc_now)
            await storage._migrate()
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

    @asynccontextmanager
    async def _transaction(self) -> AsyncIterator[aiosqlite.Connection]:
        """One write transaction; the caller holds self._lock. IMMEDIATE takes the write lock at once,
        so two processes cannot both read a headcount and then both take the last place."""
        await self._db.execute("BEGIN IMMEDIATE")
        try:
            yield self._db
        except BaseException:
            await self._db.execute("ROLLBACK")
            raise
        await self._db.execute("COMMIT")

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

    # ---------------------------------------------------------------- question log

    async def log_question(self, lang: str, outcome: str, text: str | None = None) -> None:
        """Records one question. No user id is ever stored; the text only when it went unanswered."""
        outcome = str(getattr(outcome, "value", outcome))  # accepts bot.matcher.Outcome too
        if outcome not in QUESTION_OUTCOMES:
            raise ValueError(f"unknown question outcome {outcome!r}; expected one of {QUESTION_OUTCOMES}")
        kept = None
        if outcome in UNANSWERED_OUTCOMES:
            kept = (text or "").strip()[:MAX_QUESTION_CHARS]
        async with self._lock, self._transaction() as db:
            await db.execute(
                "INSERT INTO questions (asked_at, language, outcome, text, normalized) VALUES (?, ?, ?, ?, ?)",
                (self._clock(), lang, outcome, kept, normalize_question(kept) if kept is not None else None),
            )

    async def top_unanswered(self, limit: int = 20) -> list[UnansweredQuestion]:
        """The most frequent unanswered questions, most asked first, then most recent."""
        async with self._lock:
            rows = await self._fetchall(
                # SQLite fills bare columns from the row holding MAX(id): the latest asking.
                "SELECT text, language, asked_at, MAX(id), COUNT(*) AS asked FROM questions "
                "WHERE normalized IS NOT NULL AND normalized != '' "
                "GROUP BY normalized ORDER BY asked DESC, MAX(id) DESC LIMIT ?",
                (max(0, int(limit)),),
            )
        return [UnansweredQuestion(text=row[0], count=row[4], last_asked=row[2], language=row[1]) for row in rows]

    async def question_stats(self) -> dict[str, QuestionStats]:
        async with self._lock:
            rows = await self._fetchall("SELECT language, outcome, COUNT(*) FROM questions GROUP BY language, outcome")
        counts: dict[str, dict[str, int]] = {}
        for lang, outcome, count in rows:
            counts.setdefault(lang, {})[outcome] = count
        return {
            lang: QuestionStats(
                asked=per.get("answer", 0) + per.get("suggest", 0) + per.get("fallback", 0),
                answered=per.get("answer", 0),
                suggested=per.get("suggest", 0),
                unanswered=per.get("fallback", 0) + per.get("none_of_these", 0),
            )
            for lang, per in sorted(counts.items())
        }

    # ---------------------------------------------------------------- forgetting a user

    async def forget_user(self, user_id: int) -> None:
        """Deletes everything stored about the user (language preference; the question log holds no
        user id)."""
        async with self._lock, self._transaction() as db:
            await db.execute("DELETE FROM language_preferences WHERE user_id = ?", (user_id,))
