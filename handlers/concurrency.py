"""Updates of different users are processed concurrently; one user's updates one after the other.

One at a time for the whole bot would make every user wait for every other user's Bot API round trip;
fully concurrent would let a user's two quick presses race inside a ConversationHandler (the RSVP).
An update waits for its user's earlier ones *before* it takes one of the MAX_CONCURRENT_UPDATES slots:
otherwise one user's burst, queued behind a slow update, would hold every slot while it waits and stall
everyone else.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

MAX_CONCURRENT_UPDATES = 64


# The base class's own bound only caps how many updates may wait in memory; the slots that matter are
# this module's, taken after the user's lock (see above).
WAITING_UPDATES = 100_000


class PerUserUpdateProcessor(BaseUpdateProcessor):
    """Through BaseUpdateProcessor's documented extension point, do_process_update: the user's lock
    first, then one of `max_concurrent_updates` slots of its own."""

    def __init__(self, max_concurrent_updates: int = MAX_CONCURRENT_UPDATES):
        super().__init__(WAITING_UPDATES)
        self._slot_count = max_concurrent_updates
        self._slots = asyncio.Semaphore(max_concurrent_updates)
        self._locks: dict[int, asyncio.Lock] = {}
        self._users: dict[int, int] = {}  # how many updates of that user are in flight or waiting

    @property
    def current_concurrent_updates(self) -> int:
        """Updates holding one of this processor's slots (those waiting for their user's turn do not)."""
        return self._slot_count - self._slots._value  # noqa: SLF001 - asyncio exposes no public count

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        key = _key(update)
        if key is None:
            async with self._slots:
                await coroutine
            return
        self._users[key] = self._users.get(key, 0) + 1
        lock = self._locks.setdefault(key, asyncio.Lock())
        try:
            async with lock, self._slots:
                await coroutine
        finally:
            self._users[key] -= 1
            if not self._users[key]:  # nobody else waits on it: drop it so memory stays bounded
                del self._users[key]
                del self._locks[key]

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass


def _key(update: object) -> int | None:
    if not isinstance(update, Update):
        return None
    if update.effective_user is not None:
        return update.effective_user.id
    return update.effective_chat.id if update.effective_chat is not None else None
