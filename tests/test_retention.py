"""Retention: erasing personal data (all, or older than a date) and owner-only backups."""

from __future__ import annotations

import io
import os
import sqlite3
import stat
from datetime import date

from bot.cli import main
from bot.storage import Storage
from tests.storage_helpers import make_draft


async def filled_database(tmp_path):
    database = tmp_path / "bot.sqlite3"
    clock_values = iter(["2018-01-10T10:00:00+00:00", "2018-03-10T10:00:00+00:00"] * 10)
    storage = await Storage.open(database, clock=lambda: next(clock_values))
    await storage.save_rsvp(make_draft(user_id=1, full_name="Old Person"), None)
    await storage.save_rsvp(make_draft(user_id=2, full_name="Recent Person"), None)
    await storage.log_question("fr", "fallback", "ma question privée")
    await storage.set_language(1, "fr")
    await storage.close()
    return database


def run(tmp_path, *argv, stdin="") -> tuple[int, str, str]:
    config = tmp_path / "config.yaml"
    config.write_text(f"database: {tmp_path / 'bot.sqlite3'}\n", encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    code = main([*argv, "--config", str(config)], stdin=io.StringIO(stdin), stdout=out, err=err)
    return code, out.getvalue(), err.getvalue()


def names(database) -> list[str]:
    with sqlite3.connect(database) as connection:
        return [name for (name,) in connection.execute("SELECT full_name FROM rsvps ORDER BY user_id")]


async def test_purge_all_erases_every_rsvp_question_and_language_and_leaves_no_trace(tmp_path):
    database = await filled_database(tmp_path)
    code, out, _ = run(tmp_path, "purge", "--all", "--yes")
    assert code == 0 and "erased" in out
    assert names(database) == []
    with sqlite3.connect(database) as connection:
        assert connection.execute("SELECT COUNT(*) FROM questions").fetchone() == (0,)
        assert connection.execute("SELECT COUNT(*) FROM language_preferences").fetchone() == (0,)
    raw = database.read_bytes() + (
        database.with_name("bot.sqlite3-wal").read_bytes() if database.with_name("bot.sqlite3-wal").exists() else b""
    )
    assert b"Old Person" not in raw and "ma question privée".encode() not in raw


async def test_purge_before_a_date_keeps_what_is_newer(tmp_path):
    database = await filled_database(tmp_path)
    code, _, _ = run(tmp_path, "purge", "--before", "2018-02-01", "--yes")
    assert code == 0 and names(database) == ["Recent Person"]


async def test_purge_without_yes_and_without_a_terminal_erases_nothing(tmp_path):
    database = await filled_database(tmp_path)
    code, _, err = run(tmp_path, "purge", "--all")
    assert code == 2 and "--yes" in err
    assert len(names(database)) == 2


async def test_purge_without_saying_what_is_refused(tmp_path):
    await filled_database(tmp_path)
    code, _, err = run(tmp_path, "purge", "--yes")
    assert code == 2 and "--all" in err


async def test_backup_is_a_consistent_owner_only_copy(tmp_path):
    database = await filled_database(tmp_path)
    previous = os.umask(0o022)
    try:
        code, _, _ = run(tmp_path, "backup", str(tmp_path / "copy.sqlite3"))
    finally:
        os.umask(previous)
    assert code == 0
    assert stat.S_IMODE(os.stat(tmp_path / "copy.sqlite3").st_mode) == 0o600
    assert names(tmp_path / "copy.sqlite3") == names(database)


async def test_backup_refuses_a_symbolic_link(tmp_path):
    await filled_database(tmp_path)
    target = tmp_path / "elsewhere.txt"
    target.write_text("keep", encoding="utf-8")
    (tmp_path / "copy.sqlite3").symlink_to(target)
    code, _, err = run(tmp_path, "backup", str(tmp_path / "copy.sqlite3"))
    assert code == 1 and "symbolic link" in err and target.read_text(encoding="utf-8") == "keep"


def test_retention_is_due_only_after_the_period():
    from bot.retention import retention_due

    assert not retention_due(date(2018, 1, 26), 90, date(2018, 4, 26))
    assert retention_due(date(2018, 1, 26), 90, date(2018, 4, 27))
    assert not retention_due(date(2018, 1, 26), None, date(2030, 1, 1))


def test_unanswered_lists_the_missed_questions_for_organisers_as_csv(tmp_path):
    import asyncio
    import csv

    asyncio.run(filled_database(tmp_path))
    code, out, _ = run(tmp_path, "unanswered", "--csv")
    rows = list(csv.reader(io.StringIO(out)))
    assert code == 0 and rows[0] == ["question", "language", "people", "times", "last_asked"]
    assert rows[1][:2] == ["ma question privée", "fr"]
    code, out, _ = run(tmp_path, "unanswered")
    assert code == 0 and "ma question privée" in out
