"""`python -m bot purge` and `python -m bot backup`: the organisers' tools for personal data."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from bot.config import Config
from bot.retention import RetentionError, backup, purge, retention_due

if TYPE_CHECKING:
    from bot.question_log import UnansweredQuestion

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2


def add_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    erase = commands.add_parser(
        "purge", parents=[common], help="erase personal data: everything, or what is older than a date"
    )
    which = erase.add_mutually_exclusive_group()
    which.add_argument("--all", action="store_true", help="every RSVP, question, language choice and draft")
    which.add_argument(
        "--before", type=date.fromisoformat, metavar="YYYY-MM-DD", help="only what dates from before that day"
    )
    erase.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    missed = commands.add_parser(
        "unanswered", parents=[common], help="the questions the bot could not answer, most asked first"
    )
    missed.add_argument("--csv", action="store_true", help="as CSV (question, language, people, times, last asked)")
    missed.add_argument("--limit", type=int, default=100, help="how many (default 100)")
    copy = commands.add_parser("backup", parents=[common], help="a consistent, owner-only copy of the database")
    copy.add_argument("file", type=Path, help="the copy to write (keep it private: it holds personal data)")


def run_purge(
    args: argparse.Namespace,
    config: Config,
    event_date: Callable[[], date],
    today: date,
    stdin: TextIO,
    stdout: TextIO,
    err: TextIO,
) -> int:
    if args.all:
        before, what = None, "ALL personal data (RSVPs, questions, language choices, drafts)"
    elif args.before is not None:
        before, what = args.before, f"personal data dated before {args.before.isoformat()}"
    elif config.retention_days is not None:
        if not retention_due(event_date(), config.retention_days, today):
            print(
                f"nothing to purge yet: retention_days is {config.retention_days} after the event "
                f"({event_date().isoformat()})",
                file=stdout,
            )
            return EXIT_OK
        before, what = None, f"ALL personal data ({config.retention_days} days after the event have passed)"
    else:
        print(
            "error: say what to erase: --all, or --before YYYY-MM-DD (or set retention_days in the configuration)",
            file=err,
        )
        return EXIT_USAGE
    if not args.yes:
        if not stdin.isatty():
            print(f"error: this would erase {what} from {config.database}; add --yes to confirm", file=err)
            return EXIT_USAGE
        print(
            f"Erase {what} from {config.database}? This cannot be undone. Type yes: ", end="", file=stdout, flush=True
        )
        if stdin.readline().strip().lower() != "yes":
            print("nothing erased", file=stdout)
            return EXIT_OK
    try:
        purged = purge(config.database, before)
    except RetentionError as error:
        print(f"error: {error}", file=err)
        return EXIT_INVALID
    details = ", ".join(f"{table} {count}" for table, count in purged.rows.items())
    print(f"erased {purged.total} rows ({details})", file=stdout)
    return EXIT_OK


def run_backup(args: argparse.Namespace, config: Config, stdout: TextIO, err: TextIO) -> int:
    try:
        backup(config.database, args.file)
    except RetentionError as error:
        print(f"error: {error}", file=err)
        return EXIT_INVALID
    print(f"backed up {config.database} to {args.file} (readable by you only)", file=stdout)
    return EXIT_OK


def run_unanswered(args: argparse.Namespace, config: Config, stdout: TextIO, err: TextIO) -> int:
    """The organisers' list of missed questions, as /unanswered shows it, for a spreadsheet or a review."""
    import asyncio
    import csv

    from bot.storage import Storage, StorageError

    async def read() -> list[UnansweredQuestion]:
        storage = await Storage.open(config.database)
        try:
            return await storage.top_unanswered(args.limit)
        finally:
            await storage.close()

    if not Path(config.database).is_file():
        print(f"error: {config.database}: no such database file", file=err)
        return EXIT_INVALID
    try:
        questions = asyncio.run(read())
    except StorageError as error:
        print(f"error: {error}", file=err)
        return EXIT_INVALID
    if args.csv:
        writer = csv.writer(stdout)
        writer.writerow(["question", "language", "people", "times", "last_asked"])
        for item in questions:
            writer.writerow([item.text, item.language, item.askers, item.count, item.last_asked])
    else:
        for item in questions:
            print(f"{item.askers:>4} people {item.count:>4}x  [{item.language}]  {item.text}", file=stdout)
    return EXIT_OK
