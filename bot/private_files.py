"""Files that hold personal data (the database, its backups, RSVP exports): owner-only whatever the
umask, 0600 for files and 0700 for a folder the bot creates, and never written through a symlink."""

from __future__ import annotations

import os
from pathlib import Path

FILE_MODE = 0o600
FOLDER_MODE = 0o700


def private_folder(folder: Path) -> None:
    """Creates the folder (and its missing parents) owner-only; an existing folder is left as it is."""
    missing = [parent for parent in (folder, *folder.parents) if not parent.exists()]
    folder.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
    for created in missing:
        os.chmod(created, FOLDER_MODE)  # mkdir's mode is filtered by the umask


def private_file(path: Path) -> None:
    """Creates the file if missing, owner-only; an existing one is made owner-only. Refuses a symlink,
    which would let someone else's file be overwritten with personal data."""
    if path.is_symlink():
        raise FileExistsError(f"{path} is a symbolic link: give the real file's path")
    descriptor = os.open(path, os.O_CREAT | os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0), FILE_MODE)
    try:
        os.fchmod(descriptor, FILE_MODE)
    finally:
        os.close(descriptor)


def private_companions(database: Path) -> None:
    """SQLite's -wal and -shm files beside a database, made owner-only if they exist."""
    for suffix in ("-wal", "-shm", "-journal"):
        companion = database.with_name(database.name + suffix)
        if companion.exists() and not companion.is_symlink():
            os.chmod(companion, FILE_MODE)
