"""What bot.storage.Storage and its mixins (bot/question_log.py, bot/rsvp_store.py, bot/attendance.py)
share: the connection, the clock, the lock, and the helpers running statements and transactions.

The helpers expect the caller to hold self._lock (see bot.storage's docstring). Rows are plain tuples
(the connection has no row factory), although aiosqlite's annotations speak of sqlite3.Row: `Row`
covers both.
"""

from __future__ import annotations

import asyncio
import contextlib
import sqlite3
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any, TypeAlias

import aiosqlite

from bot.rsvp import FORM, Rsvp
from bot.rsvp_form import Form

Row: TypeAlias = "aiosqlite.Row | tuple[Any, ...]"
Params: TypeAlias = "tuple[Any, ...]"


class StorageBase:
    def __init__(self, connection: aiosqlite.Connection, clock: Callable[[], str], form: Form = FORM):
        self._db = connection
        self._clock = clock
        self._lock = asyncio.Lock()
        self._monotonic = time.monotonic  # tests move it on
        self._languages: dict[int, tuple[str | None, float]] = {}  # user -> (language, read again after)
        self.form = form  # the RSVP form: its fields are columns of the rsvps table

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
            # No transaction may be open (BEGIN failed, or COMMIT had already completed).
            with contextlib.suppress(sqlite3.OperationalError):
                await self._db.execute("ROLLBACK")
            raise

    async def _write(self, sql: str, params: Params = ()) -> None:
        """One statement that writes, alone: with isolation_level=None it is its own transaction, one trip
        to the connection's thread where BEGIN, the statement and COMMIT take three. Not for a write that
        depends on what was read before it (that needs _transaction's write lock)."""
        await self._db.execute(sql, params)

    # execute_fetchall runs the statement and reads its rows in one trip to the connection's thread,
    # where execute, fetchone and closing the cursor take three: about 40 µs each, on every update.
    async def _fetchone(self, sql: str, params: Params = ()) -> Row | None:
        """For a query of one row at most (a key, LIMIT 1, an aggregate)."""
        rows = await self._db.execute_fetchall(sql, params)
        return next(iter(rows), None)

    async def _fetchrow(self, sql: str, params: Params = ()) -> Row:
        """For a query that always returns a row (an aggregate without GROUP BY, a PRAGMA)."""
        row = await self._fetchone(sql, params)
        assert row is not None, sql
        return row

    async def _fetchall(self, sql: str, params: Params = ()) -> list[Row]:
        return list(await self._db.execute_fetchall(sql, params))

    async def _get_rsvp(self, user_id: int) -> Rsvp | None:
        """Inside the caller's lock: the user's RSVP. Supplied by bot.rsvp_store.RsvpStore; declared
        here for the other parts of Storage that use it."""
        raise NotImplementedError
