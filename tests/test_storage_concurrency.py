"""Storage under concurrency: many users saving at once, one user submitting twice, the last places asked
for by more people than there are (over one connection or two), and a save cancelled midway."""

from __future__ import annotations

import asyncio
import contextlib

from bot.storage import Storage
from tests.storage_helpers import make_draft


async def test_500_different_users_saving_at_once_give_500_rows(tmp_path):
    async with await Storage.open(tmp_path / "bot.sqlite3") as store:
        results = await asyncio.gather(*(store.save_rsvp(make_draft(user), capacity=None) for user in range(1, 501)))
        assert {saved.rsvp.user_id for saved in results} == set(range(1, 501))
        rsvps = await store.list_rsvps()
    assert len(rsvps) == 500
    assert {r.user_id for r in rsvps} == set(range(1, 501))


async def test_one_user_submitting_twice_at_once_gives_one_row(storage):
    first, second = await asyncio.gather(
        storage.save_rsvp(make_draft(7, organisation="OIM"), capacity=None),
        storage.save_rsvp(make_draft(7, organisation="PNUD"), capacity=None),
    )
    rsvps = await storage.list_rsvps()
    assert len(rsvps) == 1
    assert rsvps[0].organisation == second.rsvp.organisation == "PNUD"  # the later submission wins
    assert first.rsvp.organisation == "OIM"


async def test_30_concurrent_yes_for_10_places_give_10_places_and_20_waiting(tmp_path):
    async with await Storage.open(tmp_path / "bot.sqlite3") as store:
        results = await asyncio.gather(*(store.save_rsvp(make_draft(user), capacity=10) for user in range(1, 31)))
        assert sum(not saved.waitlisted for saved in results) == 10
        rsvps = await store.list_rsvps()
        assert sum(r.status == "yes" for r in rsvps) == 10
        waiting = [r for r in rsvps if r.status == "waitlist"]
        assert sorted(r.waitlist_position for r in waiting) == list(range(1, 21))
        first_waiting = next(r for r in waiting if r.waitlist_position == 1)
        holder = next(r for r in rsvps if r.status == "yes")
        _, promoted = await store.cancel_rsvp(holder.user_id, capacity=10)
        assert promoted.user_id == first_waiting.user_id and promoted.status == "yes"
        assert (await store.rsvp_counts()).by_status == {"yes": 10, "no": 1, "maybe": 0, "waitlist": 19}


async def test_two_connections_to_one_file_cannot_oversell_the_last_places(tmp_path):
    """Two Storage objects stand for two processes (a bot and a second instance, say): BEGIN IMMEDIATE
    makes one wait for the other's headcount and write."""
    path = tmp_path / "bot.sqlite3"
    async with await Storage.open(path) as one, await Storage.open(path) as two:
        await asyncio.gather(
            *((one if user % 2 else two).save_rsvp(make_draft(user), capacity=5) for user in range(1, 41))
        )
        counts = await one.rsvp_counts()
    assert counts.by_status["yes"] == 5
    assert counts.by_status["waitlist"] == 35


async def test_a_save_cancelled_at_any_point_leaves_the_storage_usable(storage):
    """A handler task cancelled at shutdown or by a timeout must not leave a transaction open."""
    for steps in range(40):
        task = asyncio.create_task(storage.save_rsvp(make_draft(1000 + steps), capacity=5))
        for _ in range(steps):
            await asyncio.sleep(0)
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
        saved = await storage.save_rsvp(make_draft(steps), capacity=5)  # raises if a transaction was left open
        assert saved.rsvp.user_id == steps
    counts = await storage.rsvp_counts()
    assert counts.by_status["yes"] == 5
    assert counts.total == len(await storage.list_rsvps()) >= 40
