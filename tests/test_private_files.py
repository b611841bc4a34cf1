"""Personal data on disk is owner-only whatever the umask; a database path that cannot work is one
clear error, with no thread traceback before it."""

from __future__ import annotations

import os
import stat

import pytest

from bot.storage import Storage, StorageError


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture
def loose_umask():
    previous = os.umask(0o022)
    yield
    os.umask(previous)


async def test_database_files_and_a_new_folder_are_owner_only(tmp_path, loose_umask):
    database = tmp_path / "data" / "private" / "bot.sqlite3"
    storage = await Storage.open(database)
    try:
        await storage.set_language(42, "fr")  # a write: the -wal and -shm files exist now
        for path in (database, database.with_name("bot.sqlite3-wal"), database.with_name("bot.sqlite3-shm")):
            assert path.exists() and mode(path) == 0o600, path
        assert mode(tmp_path / "data") == 0o700 and mode(tmp_path / "data" / "private") == 0o700
    finally:
        await storage.close()


async def test_an_existing_readable_database_is_made_owner_only(tmp_path, loose_umask):
    database = tmp_path / "bot.sqlite3"
    await (await Storage.open(database)).close()  # created
    os.chmod(database, 0o644)
    storage = await Storage.open(database)
    await storage.close()
    assert mode(database) == 0o600


@pytest.mark.parametrize("make", ["folder", "not sqlite"])
async def test_an_unusable_database_path_is_one_clear_error(tmp_path, capfd, make):
    database = tmp_path / "bot.sqlite3"
    if make == "folder":
        database.mkdir()
    else:
        database.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StorageError) as refused:
        await Storage.open(database)
    assert str(database) in str(refused.value) and "\n" not in str(refused.value)
    assert "Traceback" not in capfd.readouterr().err
