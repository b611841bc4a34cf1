"""The command line: `python -m bot [chat|ask|kb|check|run|rsvps] [--config FILE]`.

With no subcommand it runs the Telegram bot when a token is configured, else the console chat.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from bot import cli_data
from bot.answering import Answerer
from bot.config import TOKEN_ENV, Config, ConfigError, load_config, token_is_well_formed
from bot.knowledge import KnowledgeBase, KnowledgeError, load_knowledge
from bot.languages import DEFAULT_LANGUAGE, LANGUAGES
from bot.reply import Choice, Reply
from bot.texts import text

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    # SUPPRESS: a subcommand without --config keeps one given before it (python -m bot --config F check).
    common.add_argument(
        "--config", type=Path, default=argparse.SUPPRESS, help="configuration file (default: ./config.yaml if present)"
    )
    parser = argparse.ArgumentParser(
        prog="python -m bot",
        parents=[common],
        description="Migration Mainstreaming assistant. Without a subcommand: the Telegram bot when a token is "
        "configured, otherwise the console chat.",
    )
    commands = parser.add_subparsers(dest="command", metavar="command")
    chat = commands.add_parser("chat", parents=[common], help="talk to the bot in the console")
    chat.add_argument("--lang", choices=LANGUAGES, help="preferred language when a question does not tell")
    ask = commands.add_parser("ask", parents=[common], help="answer one question, or questions from stdin with --json")
    ask.add_argument("question", nargs="?", help="the question (omit with --json to read one per line from stdin)")
    ask.add_argument(
        "--json", action="store_true", help="one JSON object per answer (questions from stdin, one per line)"
    )
    ask.add_argument("--lang", choices=LANGUAGES, help="preferred language when a question does not tell")
    kb = commands.add_parser("kb", parents=[common], help="list the entries of the knowledge base")
    kb.add_argument("--json", action="store_true", help="everything (phrasings and answers per language) as JSON")
    commands.add_parser("check", parents=[common], help="validate the configuration and the knowledge base")
    commands.add_parser("run", parents=[common], help="run the Telegram bot")
    rsvps = commands.add_parser(
        "rsvps", parents=[common], help="write the RSVP list (organisers only: it is personal data)"
    )
    rsvps.add_argument("--format", choices=("csv", "json"), default="csv")
    rsvps.add_argument("--output", type=Path, help="file to write (default: standard output)")
    rsvps.add_argument(
        "--lang",
        choices=LANGUAGES,
        help="language of the CSV's headers, statuses and categories (default: the configuration's default language)",
    )
    cli_data.add_commands(commands, common)
    return parser


def _print_problems(problems: list[str], err: TextIO) -> None:
    for problem in problems:
        print(f"error: {problem}", file=err)


# Line separators that JSON allows raw in strings but line-based readers split on.
_LINE_BREAKERS = {"\u2028": "\\u2028", "\u2029": "\\u2029", "\u0085": "\\u0085"}


def json_line(value: object) -> str:
    """One JSON object on exactly one line, whatever the text holds (readable UTF-8 otherwise)."""
    line = json.dumps(value, ensure_ascii=False)
    for raw, escaped in _LINE_BREAKERS.items():
        line = line.replace(raw, escaped)
    return line


def reply_as_json(question: str, reply: Reply) -> dict[str, Any]:
    return {
        "question": question,
        "id": reply.entry_id,
        "ids": list(reply.entry_ids),
        "outcome": reply.outcome.value,
        "score": reply.score,
        "lang": reply.lang,
        "answer": reply.text,
        "suggestions": [choice.entry_id for choice in reply.suggestions],
        "map": reply.venue_pin.link if reply.venue_pin else None,
    }


def _numbered(choices: tuple[Choice, ...]) -> str:
    return "\n".join(f"{number}. {choice.title}" for number, choice in enumerate(choices, start=1))


def _format_reply(reply: Reply) -> str:
    """The reply as the console shows it: related entries numbered, so that a number opens one."""
    lines = [reply.text]
    if reply.venue_pin is not None:  # Telegram sends a map pin
        lines += ["", text("map_link", reply.lang, link=reply.venue_pin.link)]
    if reply.actions:  # Telegram shows these as buttons
        lines += ["", " ".join(f"/{action}" for action in reply.actions)]
    if reply.follow_ups:
        lines += ["", text("related", reply.lang), _numbered(reply.follow_ups)]
    return "\n".join(lines)


def topics_menu(answerer: Answerer, lang: str) -> tuple[Choice, ...]:
    """Every entry of the /topics menu, category by category, as numbered choices."""
    kb = answerer.kb
    return tuple(
        Choice(entry.id, f"{category.title[lang]} › {entry.title[lang]}")
        for category in kb.menu_categories()
        for entry in kb.in_category(category.id)
    )


def chat(answerer: Answerer, lang: str, stdin: TextIO, stdout: TextIO) -> int:
    """A console conversation: a prompt on a terminal, plain line-by-line answers when piped.

    A number opens one of the entries listed last (suggestions, related entries, /topics); /help and
    /start show the welcome; /rsvp explains how RSVPs work (they are taken on Telegram only).
    """
    interactive = stdin.isatty()
    welcome = text("console_welcome", lang, **answerer.kb.logistics.identity(lang))
    if interactive:
        print(welcome, file=stdout)
    choices: tuple[Choice, ...] = ()
    contact = True  # how to reach the organisers: said once in a conversation, as in Telegram
    while True:
        if interactive:
            print("\n> ", end="", file=stdout, flush=True)
        line = stdin.readline()
        if not line:
            break
        question = line.strip()
        command = question.lower().split("@")[0]
        if command in ("quit", "exit", ":q"):
            break
        if not question:
            continue
        reply: Reply | None = None
        if command == "/topics":
            choices = topics_menu(answerer, lang)
            output = _numbered(choices)
        elif command in ("/help", "/start"):
            output = welcome
        elif command.isdigit() and choices:
            number = int(command)
            if not 1 <= number <= len(choices):
                output = text("console_no_such_number", lang, count=len(choices))
            else:
                reply = answerer.show(choices[number - 1].entry_id, lang, contact=contact)
        elif command == "/rsvp":
            reply = answerer.show("rsvp_how", lang, contact=contact) or answerer.ask(question, lang, contact=contact)
        elif command.startswith("/"):
            output = text("console_unknown_command", lang)
        else:
            reply = answerer.ask(question, lang, contact=contact)
        if reply is not None:
            lang = reply.lang
            contact = contact and not reply.mentions(answerer.kb.logistics.contact_sentence(lang))
            choices = reply.suggestions or reply.follow_ups
            output = _format_reply(reply)
        print(output, file=stdout, flush=True)
        if not interactive:
            print(file=stdout)
    return EXIT_OK


def _ask(
    args: argparse.Namespace, answerer: Answerer, default_lang: str, stdin: TextIO, stdout: TextIO, err: TextIO
) -> int:
    lang = args.lang or default_lang
    if args.json:
        lines = (line.rstrip("\n") for line in stdin)
        questions = [args.question] if args.question is not None else (line for line in lines if line.strip())
        for question in questions:
            reply = answerer.ask(question, lang)
            print(json_line(reply_as_json(question, reply)), file=stdout, flush=True)
        return EXIT_OK
    if args.question is None:
        print(
            'error: give a question, e.g. python -m bot ask "qui finance le programme ?", or use --json with stdin',
            file=err,
        )
        return EXIT_USAGE
    print(_format_reply(answerer.ask(args.question, lang)), file=stdout)
    return EXIT_OK


def kb_as_json(kb: KnowledgeBase) -> dict[str, Any]:
    return {
        "categories": [{"id": c.id, "order": c.order, "title": dict(c.title), "menu": c.menu} for c in kb.categories],
        "entries": [
            {
                "id": entry.id,
                "category": entry.category,
                "title": dict(entry.title),
                "questions": {lang: list(values) for lang, values in entry.questions.items()},
                "keywords": {lang: list(values) for lang, values in entry.keywords.items()},
                "answer": {lang: kb.render(entry, lang) for lang in LANGUAGES},
                "follow_ups": list(entry.follow_ups),
                "source": entry.source,
            }
            for entry in kb.entries
        ],
    }


def _check(config: Config, kb: KnowledgeBase, stdout: TextIO, err: TextIO) -> int:
    announced = [
        name
        for name in ("start_time", "end_time", "venue", "access", "dress_code", "contact")
        if kb.logistics.is_announced(name)
    ]
    phrasings = sum(len(values) for entry in kb.entries for values in entry.questions.values())
    print(f"configuration: {config.source or 'defaults (no config file)'}", file=stdout)
    token = config.telegram.token
    if token and not token_is_well_formed(token):
        print("error: the Telegram token does not look like a BotFather token (123456789:AA...)", file=err)
        return EXIT_INVALID
    mode = config.telegram.mode + (f" at {config.telegram.webhook.url}" if config.telegram.mode == "webhook" else "")
    print(
        f"telegram token: {'set' if token else 'not set (console only)'}; mode: {mode}; "
        f"organisers: {len(config.organisers)}",
        file=stdout,
    )
    print(
        f"knowledge: {len(kb.entries)} entries, {phrasings} phrasings, {len(kb.categories)} categories in {kb.folder}",
        file=stdout,
    )
    print(f"logistics announced: {', '.join(announced) or 'none yet'}", file=stdout)
    print("OK", file=stdout)
    return EXIT_OK


def _rsvps(args: argparse.Namespace, config: Config, stdout: TextIO, err: TextIO) -> int:
    from bot.rsvp_export import ExportError, write_rsvps

    try:
        count = asyncio.run(
            write_rsvps(
                config.database, args.format, args.output, stdout=stdout, lang=args.lang or config.default_language
            )
        )
    except ExportError as error:
        print(f"error: {error}", file=err)
        return EXIT_INVALID
    if args.output:
        print(f"{count} RSVPs written to {args.output}", file=err)
    return EXIT_OK


def _run_bot(config: Config) -> int:
    # Imported here so that the core, the console and the tests never load Telegram code.
    from handlers.runner import run_bot

    return run_bot(config)


def main(
    argv: Sequence[str] | None = None, stdin: TextIO = sys.stdin, stdout: TextIO = sys.stdout, err: TextIO = sys.stderr
) -> int:
    args = _parser().parse_args(argv)
    if stdin is sys.stdin and hasattr(stdin, "reconfigure"):
        stdin.reconfigure(errors="replace")  # invalid UTF-8 typed or piped in: U+FFFD, not a traceback
    failed = EXIT_INVALID if args.command == "check" else EXIT_USAGE
    try:
        config = load_config(getattr(args, "config", None))
    except ConfigError as error:
        _print_problems(error.problems, err)
        return failed
    if args.command == "rsvps":
        return _rsvps(args, config, stdout, err)
    if args.command == "unanswered":
        return cli_data.run_unanswered(args, config, stdout, err)
    if args.command == "backup":
        return cli_data.run_backup(args, config, stdout, err)
    if args.command == "purge":

        def event_date() -> date:
            return load_knowledge(config.knowledge).logistics.event_date

        try:
            return cli_data.run_purge(args, config, event_date, date.today(), stdin, stdout, err)
        except KnowledgeError as error:
            _print_problems(error.problems, err)
            return EXIT_INVALID
    if args.command == "run" or (args.command is None and config.telegram.token):
        return _run_bot(config)
    if args.command is None:
        print(
            f"No Telegram token configured ({TOKEN_ENV} or telegram.token in config.yaml): starting the console chat. "
            "See the README to run the Telegram bot.",
            file=err,
        )
    try:
        kb = load_knowledge(config.knowledge)
    except KnowledgeError as error:
        _print_problems(error.problems, err)
        return failed
    if args.command == "check":
        return _check(config, kb, stdout, err)
    if args.command == "kb":
        if args.json:
            print(json.dumps(kb_as_json(kb), ensure_ascii=False, indent=2), file=stdout)
        else:  # a table to find an id: id, category, French title
            for entry in kb.entries:
                print(f"{entry.id:<28} {entry.category:<12} {entry.title[DEFAULT_LANGUAGE]}", file=stdout)
        return EXIT_OK
    answerer = Answerer(kb)
    if args.command == "ask":
        return _ask(args, answerer, config.default_language, stdin, stdout, err)
    return chat(answerer, getattr(args, "lang", None) or config.default_language, stdin, stdout)
