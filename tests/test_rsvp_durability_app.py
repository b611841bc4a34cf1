"""Durability through the Application: a bot process killed with SIGKILL during a burst of RSVP
conversations leaves a database that passes PRAGMA integrity_check and holds every RSVP whose
confirmation message was sent.

The same file is the child program: `python -m tests.test_rsvp_durability_app DATABASE` runs the real
Application (offline harness, SQLite file) with several users completing /rsvp at once, and prints a
user id at the moment the bot sends that user's confirmation (the fake Bot API sees the sendMessage).
"""

from __future__ import annotations

import asyncio
import itertools
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parent.parent
CONFIRMED_BEFORE_KILL = 120
CAPACITY = 40
CONVERSATIONS_AT_ONCE = 8


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
async def test_sigkill_during_rsvp_conversations_loses_no_confirmed_rsvp(tmp_path):
    database = tmp_path / "bot.sqlite3"
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.test_rsvp_durability_app", str(database)],
        cwd=PROJECT_ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    confirmed: list[int] = []
    deadline = time.monotonic() + 15
    try:
        assert child.stdout.readline().strip() == "ready", child.stderr.read()
        while len(confirmed) < CONFIRMED_BEFORE_KILL and time.monotonic() < deadline:
            line = child.stdout.readline()
            if not line:
                break
            confirmed.append(int(line))
        os.kill(child.pid, signal.SIGKILL)  # mid-burst: conversations are at every step
        rest, errors = child.communicate(timeout=5)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == -signal.SIGKILL, errors
    assert len(confirmed) >= CONFIRMED_BEFORE_KILL, errors[-2000:]
    confirmed += [int(line) for line in rest.split("\n")[:-1]]  # whole lines already in the pipe

    connection = sqlite3.connect(database)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = {row[0] for row in connection.execute("SELECT user_id FROM rsvps")}
        attending = connection.execute("SELECT COUNT(*) FROM rsvps WHERE status = 'yes'").fetchone()[0]
    finally:
        connection.close()
    missing = sorted(set(confirmed) - stored)
    assert not missing, f"{len(missing)} confirmed RSVPs lost: {missing[:10]}"
    assert attending == min(CAPACITY, len(stored))


# ------------------------------------------------------------------------------------------ the child


async def _child(database: str) -> None:
    from bot.config import EventSettings
    from bot.storage import Storage
    from handlers.rsvp import ATTEND, CONFIRM_DATA, PICK_CATEGORY, SKIP
    from tests.telegram_harness import TelegramHarness, offline_config
    from tests.telegram_updates import Sent

    storage = await Storage.open(database)
    bot = TelegramHarness(offline_config(event=EventSettings(capacity=CAPACITY)), storage=storage)
    await bot.start()
    handle = bot.api.handle

    def announcing(method, params, files=None, **kwargs):
        status, body = handle(method, params, files, **kwargs)
        text = str(params.get("text", ""))
        if method == "sendMessage" and status == 200 and text.startswith("Thank you"):
            sys.stdout.write(f"{int(params['chat_id'])}\n")  # the confirmation has just been sent
            sys.stdout.flush()
        return status, body

    bot.api.handle = announcing
    ids = itertools.count(1)

    async def conversations() -> None:
        while True:
            user = bot.user(lang="en", user_id=next(ids))
            anywhere = Sent("sendMessage", user.id, None, "")
            await bot.send(user, "/rsvp")
            await bot.press(user, anywhere, data=ATTEND + "yes")
            await bot.send(user, f"Participant {user.id} 🎉")
            await bot.send(user, "Organisation d'État")
            await bot.press(user, anywhere, data=PICK_CATEGORY + "donor")
            await bot.press(user, anywhere, data=SKIP)
            await bot.press(user, anywhere, data=SKIP)
            await bot.press(user, anywhere, data=CONFIRM_DATA)

    print("ready", flush=True)
    await asyncio.gather(*(conversations() for _ in range(CONVERSATIONS_AT_ONCE)))


if __name__ == "__main__":
    asyncio.run(_child(sys.argv[1]))
