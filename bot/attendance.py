"""Attendance on the day: who came. A mixin of bot.storage.Storage (connection, lock, transactions).

Each "yes" gets a check-in token (bot/checkin.py: 128 random bits) the first time their QR code is
made; an organiser scanning it, or choosing the person in /checkin, records the arrival time. People
who come without a reply (walk-ins) are recorded by name in a table of their own: they have no
Telegram account known to the bot, so they are never sent anything.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from rapidfuzz import fuzz

from bot.checkin import new_token
from bot.rsvp import STATUS_YES, Rsvp, check_full_name, check_organisation, clean_text
from bot.storage_base import StorageBase

# Applied by bot.storage's MIGRATIONS (3 -> 4).
MIGRATION = (
    "ALTER TABLE rsvps ADD COLUMN checkin_token TEXT",
    "ALTER TABLE rsvps ADD COLUMN checked_in_at TEXT",
    "CREATE UNIQUE INDEX rsvps_by_checkin_token ON rsvps (checkin_token) WHERE checkin_token IS NOT NULL",
    """CREATE TABLE walk_ins (
           id INTEGER PRIMARY KEY AUTOINCREMENT,
           full_name TEXT NOT NULL,
           organisation TEXT,
           checked_in_at TEXT NOT NULL
       )""",
)

SEARCH_THRESHOLD = 80  # rapidfuzz partial ratio: "benali" finds "Nadia Ben Ali", "ali" alone does not drown
SEARCH_SHOWN = 8


@dataclass(frozen=True)
class CheckIn:
    rsvp: Rsvp  # as stored after the check-in
    already: bool  # they had been checked in before (the time is the first one's)


@dataclass(frozen=True)
class WalkIn:
    id: int
    full_name: str
    organisation: str | None
    checked_in_at: str


@dataclass(frozen=True)
class Headcount:
    expected: int  # replied "yes"
    arrived: int  # of those, checked in
    walk_ins: int
    other_arrivals: int = 0  # checked in although their reply is no longer "yes" (they came anyway)

    @property
    def present(self) -> int:
        return self.arrived + self.other_arrivals + self.walk_ins


def _folded(text: str) -> str:
    """Lower case without accents, for matching a name typed at the door on a phone."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(ch for ch in decomposed if not unicodedata.combining(ch)).split())


def search_people(rsvps: list[Rsvp], query: str, limit: int = SEARCH_SHOWN) -> list[Rsvp]:
    """The replies whose name or organisation matches `query` (typos and missing accents forgiven),
    best first; everyone but those who said no, who are unlikely at the door but still findable by name."""
    wanted = _folded(query)
    if not wanted:
        return []
    scored = []
    for rsvp in rsvps:
        name = _folded(rsvp.full_name or "")
        score = max(fuzz.partial_ratio(wanted, name), fuzz.token_set_ratio(wanted, name))
        if len(wanted) >= 3:
            score = max(score, fuzz.partial_ratio(wanted, _folded(rsvp.organisation or "")) - 5)
        if score >= SEARCH_THRESHOLD:
            scored.append((-score, rsvp.status != STATUS_YES, (rsvp.full_name or "").casefold(), rsvp))
    return [item[-1] for item in sorted(scored, key=lambda item: item[:3])[:limit]]


class Attendance(StorageBase):
    """The attendance half of Storage."""

    async def checkin_token(self, user_id: int) -> str | None:
        """The person's check-in token, made the first time it is asked for; None unless they hold a
        place ("yes"): a QR code is never made for someone without one."""
        async with self._lock:
            row = await self._fetchone("SELECT status, checkin_token FROM rsvps WHERE user_id = ?", (user_id,))
            if row is None or row[0] != STATUS_YES:
                return None
            if row[1]:
                return str(row[1])
            async with self._transaction() as db:
                token = new_token()
                await db.execute(
                    "UPDATE rsvps SET checkin_token = ? WHERE user_id = ? AND checkin_token IS NULL", (token, user_id)
                )
                row = await self._fetchone("SELECT checkin_token FROM rsvps WHERE user_id = ?", (user_id,))
        return row[0] if row else None

    async def check_in_token(self, token: str) -> CheckIn | None:
        """Checks in whoever holds `token`; None for a token nobody holds (erased, or never issued)."""
        async with self._lock:
            row = await self._fetchone("SELECT user_id FROM rsvps WHERE checkin_token = ?", (token,))
        return await self.check_in(row[0]) if row else None

    async def check_in(self, user_id: int) -> CheckIn | None:
        """Records the arrival (the first time only); None if the person has no reply."""
        async with self._lock, self._transaction() as db:
            row = await self._fetchone("SELECT checked_in_at FROM rsvps WHERE user_id = ?", (user_id,))
            if row is None:
                return None
            if row[0] is None:
                await db.execute("UPDATE rsvps SET checked_in_at = ? WHERE user_id = ?", (self._clock(), user_id))
            rsvp = await self._get_rsvp(user_id)
        assert rsvp is not None  # its row was just read, in the same transaction
        return CheckIn(rsvp=rsvp, already=row[0] is not None)

    async def undo_check_in(self, user_id: int) -> Rsvp | None:
        async with self._lock, self._transaction() as db:
            await db.execute("UPDATE rsvps SET checked_in_at = NULL WHERE user_id = ?", (user_id,))
            return await self._get_rsvp(user_id)

    async def add_walk_in(self, full_name: str, organisation: str | None = None) -> WalkIn:
        """Someone who came without replying. Raises ValueError for a name with nothing visible in it."""
        name, organisation = clean_text(full_name), clean_text(organisation)
        bad_organisation = organisation is not None and check_organisation(organisation) is not None
        if name is None or check_full_name(name) is not None or bad_organisation:
            raise ValueError("a walk-in needs a name (and an organisation, if any) as the RSVP checks them")
        async with self._lock, self._transaction() as db:
            now = self._clock()
            cursor = await db.execute(
                "INSERT INTO walk_ins (full_name, organisation, checked_in_at) VALUES (?, ?, ?)",
                (name, organisation, now),
            )
            assert cursor.lastrowid is not None  # set by the INSERT
            return WalkIn(id=cursor.lastrowid, full_name=name, organisation=organisation, checked_in_at=now)

    async def remove_walk_in(self, walk_in_id: int) -> WalkIn | None:
        async with self._lock, self._transaction() as db:
            row = await self._fetchone(
                "SELECT id, full_name, organisation, checked_in_at FROM walk_ins WHERE id = ?", (walk_in_id,)
            )
            if row is None:
                return None
            await db.execute("DELETE FROM walk_ins WHERE id = ?", (walk_in_id,))
        return WalkIn(*row)

    async def list_walk_ins(self) -> list[WalkIn]:
        async with self._lock:
            rows = await self._fetchall(
                "SELECT id, full_name, organisation, checked_in_at FROM walk_ins ORDER BY checked_in_at, id"
            )
        return [WalkIn(*row) for row in rows]

    async def headcount(self) -> Headcount:
        async with self._lock:
            row = await self._fetchrow(
                "SELECT (SELECT COUNT(*) FROM rsvps WHERE status = 'yes'),"
                " (SELECT COUNT(*) FROM rsvps WHERE status = 'yes' AND checked_in_at IS NOT NULL),"
                " (SELECT COUNT(*) FROM rsvps WHERE status != 'yes' AND checked_in_at IS NOT NULL),"
                " (SELECT COUNT(*) FROM walk_ins)"
            )
        expected, arrived, others, walk_ins = row
        return Headcount(expected=expected, arrived=arrived, walk_ins=walk_ins, other_arrivals=others)
