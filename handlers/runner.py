"""`python -m bot run`: starts the bot, long polling by default, a webhook when configured.

bot/cli.py imports this module lazily (the core never imports telegram) and calls run_bot(config).
SIGINT (Ctrl-C) and SIGTERM stop it cleanly: python-telegram-bot's run_polling/run_webhook catch them,
finish the updates in hand, and post_shutdown closes the database.
"""

from __future__ import annotations

import logging
import sqlite3
import sys
from collections.abc import Iterable
from typing import TextIO
from urllib.parse import quote

from telegram.error import InvalidToken, NetworkError, TelegramError

from bot.answering import Answerer
from bot.config import Config, token_is_well_formed
from bot.knowledge import KnowledgeError, load_knowledge
from bot.storage import StorageError

log = logging.getLogger(__name__)

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
REDACTED = "<redacted>"
# Loggers that would print a URL holding the token (httpx: "HTTP Request: POST https://.../bot<token>/...")
# or a line per job; only their warnings and errors are worth a line.
_QUIET_LOGGERS = ("httpx", "httpcore", "apscheduler")
STARTUP_RETRIES = 3  # network errors while first reaching Telegram (getMe); a refused token is not retried


class RedactingFilter(logging.Filter):
    """Replaces secrets (the token, the webhook secret) in a record's message, traceback and stack."""

    def __init__(self, secrets: Iterable[str | None]):
        super().__init__()
        forms: set[str] = set()
        for secret in secrets:
            if secret:
                forms.update({secret, quote(secret, safe=""), quote(secret)})
        self.secrets = sorted(forms, key=len, reverse=True)

    def redact(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, REDACTED)
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        if not self.secrets:
            return True
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 - a malformed record: show its template rather than lose it
            message = str(record.msg)
        record.msg, record.args = self.redact(message), ()
        if record.exc_info:
            record.exc_text = self.redact(record.exc_text or logging.Formatter().formatException(record.exc_info))
            record.exc_info = None  # the formatter would print the unredacted traceback again
        elif record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        if record.stack_info:
            record.stack_info = self.redact(record.stack_info)
        return True


class NoTracebackForKnownFailures(logging.Filter):
    """A refused token or an unreachable Telegram is said in one line (by run_bot, or in the log record's
    own message): a 90-line traceback through httpx adds nothing for the person running the bot."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and isinstance(record.exc_info[1], (InvalidToken, NetworkError)):
            record.exc_info, record.exc_text = None, None
        return True


def configure_logging(
    secrets: Iterable[str | None], *, stream: TextIO | None = None, level: int = logging.INFO
) -> logging.Handler:
    """One stderr handler on the root logger; every root handler redacts the secrets. Returns the handler."""
    root = logging.getLogger()
    root.setLevel(level)
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    root.addHandler(handler)
    redacting = RedactingFilter(secrets)
    for existing in root.handlers:
        existing.addFilter(NoTracebackForKnownFailures())  # before redacting, which renders tracebacks
        existing.addFilter(redacting)
    for name in _QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)
    return handler


def token_problem(token: str | None) -> str | None:
    """One line saying what is wrong with the token, or None when it is well formed."""
    if token_is_well_formed(token):
        return None
    state = "is not configured" if not token else "does not look like a BotFather token (123456789:AA...)"
    return (
        f"error: the Telegram bot token {state}; set telegram.token in the configuration file or the "
        "TELEGRAM_BOT_TOKEN environment variable (see config.example.yaml), or try the console with "
        "`python -m bot chat`"
    )


def run_bot(config: Config) -> int:
    """Runs until stopped. 0 after a clean stop; 2 for a missing, malformed or refused token; 1 when the
    knowledge base or the database cannot be used."""
    problem = token_problem(config.telegram.token)
    if problem:
        print(problem, file=sys.stderr)
        return 2
    configure_logging([config.telegram.token, config.telegram.webhook.secret_token])
    try:  # refuse to start on a broken knowledge base, listing every problem, before reaching Telegram
        answerer = Answerer(load_knowledge(config.knowledge))
    except KnowledgeError as error:
        print("error: the knowledge base has problems:", file=sys.stderr)
        for line in error.problems:
            print(f"  {line}", file=sys.stderr)
        return 1

    from handlers.app import build_application  # imported here: building pulls in all the features

    application = build_application(config, answerer=answerer)
    settings = config.telegram
    try:
        if settings.mode == "webhook":
            hook = settings.webhook
            log.info(
                "starting with a webhook at %s (listening on %s:%d/%s)", hook.url, hook.listen, hook.port, hook.path
            )
            application.run_webhook(
                listen=hook.listen,
                port=hook.port,
                url_path=hook.path,
                webhook_url=hook.url,
                secret_token=hook.secret_token or None,
                bootstrap_retries=STARTUP_RETRIES,
            )
        else:
            log.info("starting with long polling")
            application.run_polling(bootstrap_retries=STARTUP_RETRIES)
    except InvalidToken:
        print(
            "error: Telegram refused the bot token (revoked or mistyped?); check it with BotFather, "
            "or try the console with `python -m bot chat`",
            file=sys.stderr,
        )
        return 2
    except (StorageError, sqlite3.Error) as error:
        print(f"error: cannot use the database {config.database}: {error}", file=sys.stderr)
        return 1
    except OSError as error:  # e.g. the webhook's port is taken
        print(f"error: {error}", file=sys.stderr)
        return 1
    except TelegramError as error:
        reason = RedactingFilter([settings.token]).redact(str(error))
        print(f"error: cannot reach Telegram at {settings.base_url} at start-up: {reason}", file=sys.stderr)
        return 1
    log.info("stopped")
    return 0
