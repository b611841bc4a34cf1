"""RSVP storage: answers to the invitation, the capacity and the waiting list. A mixin of
bot.storage.Storage, which supplies the connection, the lock and the transactions (see its docstring).
"""

from __future__ import annotations

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
from bot.storage_base import Row, StorageBase

_FIXED_COLUMNS = ("user_id", "telegram_username", "language", "created_at", "updated_at", "checked_in_at")


class RsvpStore(StorageBase):
    """The RSVP half of Storage: every method takes the lock, and writes run in one transaction. The
    columns of the form's fields come from the form (bot/rsvp_form.py)."""

    def _columns(self) -> str:
        return ", ".join(_FIXED_COLUMNS + self.form.names)

    def _upsert_sql(self) -> str:
        written = (
            "user_id",
            "telegram_username",
            *self.form.names,
            "language",
            "created_at",
            "updated_at",
            "waitlist_seq",
        )
        updated = [name for name in written if name not in ("user_id", "created_at")]
        return (
            f"INSERT INTO rsvps ({', '.join(written)}) VALUES ({', '.join('?' for _ in written)}) "
            f"ON CONFLICT (user_id) DO UPDATE SET {', '.join(f'{name} = excluded.{name}' for name in updated)}"
        )

    def _rsvp_from_row(self, row: Row) -> Rsvp:
        fixed = len(_FIXED_COLUMNS)
        user_id, username, language, created, updated, checked_in = row[:fixed]
        values = dict(zip(self.form.names, row[fixed : fixed + len(self.form.names)], strict=False))
        position = row[fixed + len(self.form.names)] if len(row) > fixed + len(self.form.names) else None
        return Rsvp(
            user_id,
            username,
            language,
            created,
            updated,
            values=values,
            checked_in_at=checked_in,
            waitlist_position=position,
        )

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
            previous = await self._fetchone(
                "SELECT status, waitlist_seq FROM rsvps WHERE user_id = ?", (draft.user_id,)
            )
            previous_status, previous_seq = previous if previous else (None, None)
            status, seq = draft.status, None
            newly_yes = draft.status == STATUS_YES and previous_status != STATUS_YES
            if newly_yes and not await self._place_available(capacity, draft.user_id, previous_seq):
                status = STATUS_WAITLIST
                seq = previous_seq if previous_seq is not None else await self._next_waitlist_seq()
            values = {**draft.values, self.form.status_field: status}
            await db.execute(
                self._upsert_sql(),
                (
                    draft.user_id,
                    draft.telegram_username,
                    *(values[name] for name in self.form.names),
                    draft.language,
                    now,
                    now,
                    seq,
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
                # Someone not attending needs nothing that only serves those who come (the form says what).
                dropped = "".join(f", {name} = NULL" for name in self.form.dropped_when_declining())
                await db.execute(
                    f"UPDATE rsvps SET status = ?, waitlist_seq = NULL{dropped}, updated_at = ? WHERE user_id = ?",  # noqa: S608 - names from the form
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
                f"SELECT {self._columns()}, CASE WHEN status = 'waitlist' THEN "
                "ROW_NUMBER() OVER (PARTITION BY status ORDER BY waitlist_seq) END FROM rsvps"
            )
        rank = {STATUS_YES: 0, STATUS_WAITLIST: 1, "maybe": 2, STATUS_NO: 3}
        rsvps = [self._rsvp_from_row(row) for row in rows]
        return sorted(
            rsvps,
            key=lambda r: (rank[r.status or ""], r.waitlist_position or 0, (r.full_name or "").casefold(), r.user_id),
        )

    async def rsvp_counts(self) -> RsvpCounts:
        """How many per status, and per category among those attending ("yes")."""
        async with self._lock:
            by_status: dict[str, int] = {
                status: count
                for status, count in await self._fetchall("SELECT status, COUNT(*) FROM rsvps GROUP BY status")
            }
            by_category: dict[str, int] = {
                category: count
                for category, count in await self._fetchall(
                    "SELECT category, COUNT(*) FROM rsvps WHERE status = ? GROUP BY category", (STATUS_YES,)
                )
            }
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
                f"SELECT user_id, language FROM rsvps WHERE status IN ({placeholders}) ORDER BY user_id",
                tuple(statuses),
            )
        return [(row[0], row[1]) for row in rows]

    async def _get_rsvp(self, user_id: int) -> Rsvp | None:
        row = await self._fetchone(
            f"SELECT {self._columns()}, CASE WHEN status = 'waitlist' THEN "
            "(SELECT COUNT(*) FROM rsvps AS ahead WHERE ahead.status = 'waitlist' "
            "AND ahead.waitlist_seq <= rsvps.waitlist_seq) END FROM rsvps WHERE user_id = ?",
            (user_id,),
        )
        return self._rsvp_from_row(row) if row else None

    async def _place_available(self, capacity: int | None, user_id: int, own_seq: int | None) -> bool:
        """Whether a place is free for this user, counting those who already wait ahead of them."""
        if capacity is None:
            return True
        row = await self._fetchrow(
            "SELECT (SELECT COUNT(*) FROM rsvps WHERE status = 'yes' AND user_id != ?), "
            "(SELECT COUNT(*) FROM rsvps WHERE status = 'waitlist' AND user_id != ? "
            "AND (? IS NULL OR waitlist_seq < ?))",
            (user_id, user_id, own_seq, own_seq),
        )
        taken, waiting_ahead = row
        return bool(taken + waiting_ahead < capacity)

    async def _next_waitlist_seq(self) -> int:
        row = await self._fetchrow("SELECT COALESCE(MAX(waitlist_seq), 0) + 1 FROM rsvps WHERE status = 'waitlist'")
        return int(row[0])

    async def _promote_first(self, capacity: int | None, now: str) -> Rsvp | None:
        """Gives a free place to the first person waiting; inside the caller's transaction."""
        if capacity is not None:
            holding = await self._fetchrow("SELECT COUNT(*) FROM rsvps WHERE status = 'yes'")
            if holding[0] >= capacity:
                return None
        row = await self._fetchone("SELECT user_id FROM rsvps WHERE status = 'waitlist' ORDER BY waitlist_seq LIMIT 1")
        if row is None:
            return None
        await self._db.execute(
            "UPDATE rsvps SET status = ?, waitlist_seq = NULL, updated_at = ? WHERE user_id = ?",
            (STATUS_YES, now, row[0]),
        )
        return await self._get_rsvp(row[0])
