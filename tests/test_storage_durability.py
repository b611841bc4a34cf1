"""Durability: a process killed with SIGKILL in the middle of a burst of RSVPs leaves a sound database
holding every RSVP whose save had returned (whose confirmation the bot would have sent)."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bot.storage import Storage

PROJECT_ROOT = Path(__file__).resolve().parent.parent
CONFIRMED_BEFORE_KILL = 150


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
async def test_sigkill_during_a_burst_loses_no_confirmed_rsvp(tmp_path):
    database = tmp_path / "bot.sqlite3"
    writer = subprocess.Popen(
        [sys.executable, "-m", "tests.storage_durability_writer", str(database), "4"],
        cwd=PROJECT_ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    confirmed: list[int] = []
    deadline = time.monotonic() + 8
    try:
        assert writer.stdout.readline().strip() == "ready", writer.stderr.read()
        while len(confirmed) < CONFIRMED_BEFORE_KILL and time.monotonic() < deadline:
            line = writer.stdout.readline()
            if not line:
                break
            confirmed.append(int(line))
        os.kill(writer.pid, signal.SIGKILL)  # mid-burst: the writers never pause
        rest, errors = writer.communicate(timeout=5)
    finally:
        if writer.poll() is None:
            writer.kill()
            writer.wait()
    assert writer.returncode == -signal.SIGKILL, errors
    assert len(confirmed) >= CONFIRMED_BEFORE_KILL, errors
    # lines already in the pipe were printed after their commit too; a cut-off last line was not whole
    confirmed += [int(line) for line in rest.split("\n")[:-1]]

    connection = sqlite3.connect(database)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = {row[0] for row in connection.execute("SELECT user_id FROM rsvps")}
    finally:
        connection.close()
    missing = sorted(set(confirmed) - stored)
    assert not missing, f"{len(missing)} confirmed RSVPs lost: {missing[:10]}"

    # and the bot opens it again, with the capacity respected across the burst
    async with await Storage.open(database) as store:
        counts = await store.rsvp_counts()
        assert counts.by_status["yes"] == min(50, len(stored))
        assert counts.by_status["waitlist"] == len(stored) - counts.by_status["yes"]
        waiting = [r.waitlist_position for r in await store.list_rsvps() if r.status == "waitlist"]
        assert waiting == list(range(1, len(waiting) + 1))
