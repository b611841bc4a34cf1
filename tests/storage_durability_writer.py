"""Saves RSVPs in a burst and prints each user id once its commit has returned (the moment the bot
would send the confirmation). Run by tests/test_storage_durability.py, which kills it with SIGKILL.

    python -m tests.storage_durability_writer DATABASE [WRITERS]
"""

from __future__ import annotations

import asyncio
import itertools
import sys

from bot.storage import Storage
from tests.storage_helpers import make_draft

CAPACITY = 50  # small, so that the burst also exercises the waiting list


async def main(database: str, writers: int) -> None:
    storage = await Storage.open(database)
    ids = itertools.count(1)

    async def writer() -> None:
        while True:
            user_id = next(ids)
            await storage.save_rsvp(make_draft(user_id, full_name=f"Participant {user_id} 🎉"), capacity=CAPACITY)
            sys.stdout.write(f"{user_id}\n")
            sys.stdout.flush()

    print("ready", flush=True)
    await asyncio.gather(*(writer() for _ in range(writers)))


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 4))
