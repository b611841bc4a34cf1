"""Configuration: one YAML file (see config.example.yaml), secrets from the environment.

Every problem is collected and reported at once, one line each, as a ConfigError.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import yaml

from bot.languages import DEFAULT_LANGUAGE, LANGUAGES
from bot.yamlsafe import safe_load

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CONFIG_PATH = Path("config.yaml")
DEFAULT_KNOWLEDGE = PROJECT_ROOT / "knowledge"
DEFAULT_DATABASE = Path("bot.sqlite3")
TELEGRAM_BASE_URL = "https://api.telegram.org/bot"
TELEGRAM_BASE_FILE_URL = "https://api.telegram.org/file/bot"
TOKEN_ENV = "TELEGRAM_BOT_TOKEN"
WEBHOOK_SECRET_ENV = "TELEGRAM_WEBHOOK_SECRET"

# BotFather tokens look like 123456789:AAH...; checking the form catches a pasted placeholder early.
_TOKEN_FORM = re.compile(r"^\d{3,}:[A-Za-z0-9_-]{30,}$")
_WEBHOOK_SECRET_FORM = re.compile(r"^[A-Za-z0-9_-]{1,256}$")  # what Telegram accepts for secret_token
_DURATION = re.compile(r"^\s*(\d+)\s*(d|h|m|min|s)\s*$")
_DURATION_UNITS = {"d": "days", "h": "hours", "m": "minutes", "min": "minutes", "s": "seconds"}


class ConfigError(Exception):
    """The configuration is unusable; `problems` holds one line per problem."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("\n".join(problems))


def token_is_well_formed(token: str | None) -> bool:
    return bool(token and _TOKEN_FORM.match(token))


@dataclass(frozen=True)
class WebhookSettings:
    listen: str = "0.0.0.0"
    port: int = 8443
    url: str = ""  # the public HTTPS URL Telegram posts to
    path: str = "telegram"  # the URL path the local server listens on
    secret_token: str = ""

    def __repr__(self) -> str:  # never show the secret in a log line or a traceback
        return f"WebhookSettings(listen={self.listen!r}, port={self.port}, url={self.url!r}, path={self.path!r})"


@dataclass(frozen=True)
class TelegramSettings:
    token: str | None = None
    base_url: str = TELEGRAM_BASE_URL
    base_file_url: str = TELEGRAM_BASE_FILE_URL
    mode: str = "polling"  # or "webhook"
    webhook: WebhookSettings = field(default_factory=WebhookSettings)

    def __repr__(self) -> str:  # never show the token in a log line or a traceback
        shown = "set" if self.token else "unset"
        return f"TelegramSettings(token=<{shown}>, base_url={self.base_url!r}, mode={self.mode!r})"


@dataclass(frozen=True)
class EventSettings:
    capacity: int | None = None  # None: no limit
    rsvp_deadline: datetime | None = None  # aware datetime; None: registration stays open
    reminders: tuple[timedelta, ...] = ()  # how long before the start to remind attendees


@dataclass(frozen=True)
class FloodSettings:
    messages: int = 20
    window_seconds: float = 60.0


@dataclass(frozen=True)
class Config:
    telegram: TelegramSettings = field(default_factory=TelegramSettings)
    organisers: frozenset[int] = frozenset()
    database: Path = DEFAULT_DATABASE
    knowledge: Path = DEFAULT_KNOWLEDGE
    default_language: str = DEFAULT_LANGUAGE
    event: EventSettings = field(default_factory=EventSettings)
    flood: FloodSettings = field(default_factory=FloodSettings)
    retention_days: int | None = None  # personal data is erased this many days after the event
    errors_chat: int | None = None  # a chat told (briefly, rate-limited) about unexpected errors
    source: Path | None = None  # the file it was read from, if any

    def is_organiser(self, user_id: int | None) -> bool:
        return user_id is not None and user_id in self.organisers


_KNOWN_KEYS = {
    "": {
        "telegram",
        "organisers",
        "database",
        "knowledge",
        "default_language",
        "event",
        "flood",
        "retention_days",
        "errors_chat",
    },
    "telegram": {"token", "base_url", "base_file_url", "mode", "webhook"},
    "telegram.webhook": {"listen", "port", "url", "path", "secret_token"},
    "event": {"capacity", "rsvp_deadline", "reminders"},
    "flood": {"messages", "window_seconds"},
}


def parse_duration(text: Any) -> timedelta:
    """'1d', '2h', '30m', '45s' -> timedelta; raises ValueError otherwise."""
    match = _DURATION.match(str(text))
    if not match:
        raise ValueError(f"{text!r} is not a duration like 1d, 2h, 30m")
    amount, unit = int(match.group(1)), match.group(2)
    return timedelta(**{_DURATION_UNITS[unit]: amount})


class _Reader:
    """Reads typed values out of nested mappings, collecting problems instead of stopping at the first."""

    def __init__(self, where: str):
        self.where = where
        self.problems: list[str] = []

    def problem(self, key: str, message: str) -> None:
        self.problems.append(f"{self.where}: {key}: {message}")

    def section(self, data: Mapping[str, Any], key: str, name: str) -> dict[str, Any]:
        value = data.get(key) or {}
        if not isinstance(value, dict):
            self.problem(name, "must be a mapping")
            return {}
        unknown = set(value) - _KNOWN_KEYS[name]
        for extra in sorted(map(str, unknown)):
            self.problem(f"{name}.{extra}", f"unknown key (known: {', '.join(sorted(_KNOWN_KEYS[name]))})")
        return value

    def integer(
        self,
        data: Mapping[str, Any],
        key: str,
        name: str,
        default: int | None,
        minimum: int,
        maximum: int | None = None,
    ) -> int | None:
        value = data.get(key, default)
        if value is None or value == "":
            return default
        if (
            isinstance(value, bool)
            or not isinstance(value, int)
            or value < minimum
            or (maximum is not None and value > maximum)
        ):
            bounds = f"from {minimum} to {maximum}" if maximum is not None else f"of at least {minimum}"
            self.problem(name, f"must be a whole number {bounds}, not {value!r}")
            return default
        return value

    def text(self, data: Mapping[str, Any], key: str, name: str, default: str) -> str:
        value = data.get(key, default)
        if value is None:
            return default
        if not isinstance(value, (str, int, float)) or isinstance(value, bool):
            self.problem(name, "must be text")
            return default
        return str(value).strip()


def load_config(path: Path | str | None = None, env: Mapping[str, str] | None = None) -> Config:
    """Reads the configuration file (optional when `path` is None) and the environment.

    Relative paths in the file are relative to the file's folder, so the bot can be started from anywhere.
    """
    env = os.environ if env is None else env
    data: dict[str, Any] = {}
    base = Path.cwd()
    source: Path | None = None
    if path is None and DEFAULT_CONFIG_PATH.exists():
        path = DEFAULT_CONFIG_PATH
    if path is not None:
        source = Path(path)
        try:
            raw = source.read_text(encoding="utf-8")
        except OSError as error:
            raise ConfigError([f"{source}: cannot read the configuration: {error.strerror or error}"]) from None
        except UnicodeDecodeError as error:
            raise ConfigError([f"{source}: not UTF-8 text (byte {error.start}): save the file as UTF-8"]) from None
        try:
            loaded = safe_load(raw)
        except yaml.YAMLError as error:
            mark = getattr(error, "problem_mark", None)
            line = f" line {mark.line + 1}" if mark is not None else ""
            reason = getattr(error, "problem", None) or "invalid YAML"
            raise ConfigError([f"{source}:{line}: YAML syntax error: {reason}"]) from None
        if loaded is not None and not isinstance(loaded, dict):
            raise ConfigError([f"{source}: the configuration must be a mapping of settings"])
        data = loaded or {}
        base = source.resolve().parent
    read = _Reader(str(source or "configuration"))
    for extra in sorted(map(str, set(data) - _KNOWN_KEYS[""])):
        read.problem(extra, f"unknown key (known: {', '.join(sorted(_KNOWN_KEYS['']))})")

    telegram = read.section(data, "telegram", "telegram")
    webhook = read.section(telegram, "webhook", "telegram.webhook")
    token = env.get(TOKEN_ENV) or read.text(telegram, "token", "telegram.token", "") or None
    mode = read.text(telegram, "mode", "telegram.mode", "polling")
    if mode not in ("polling", "webhook"):
        read.problem("telegram.mode", f"must be polling or webhook, not {mode!r}")
        mode = "polling"
    webhook_settings = WebhookSettings(
        listen=read.text(webhook, "listen", "telegram.webhook.listen", "0.0.0.0"),
        port=read.integer(webhook, "port", "telegram.webhook.port", 8443, 1, 65535) or 8443,
        url=read.text(webhook, "url", "telegram.webhook.url", ""),
        path=read.text(webhook, "path", "telegram.webhook.path", "telegram").strip("/"),
        secret_token=env.get(WEBHOOK_SECRET_ENV)
        or read.text(webhook, "secret_token", "telegram.webhook.secret_token", ""),
    )
    if mode == "webhook" and not webhook_settings.url.startswith("https://"):
        read.problem("telegram.webhook.url", "webhook mode needs the public https:// URL Telegram will post to")
    # Without a secret anyone who learns the URL could post forged updates (an organiser's /rsvps included).
    if mode == "webhook" and not _WEBHOOK_SECRET_FORM.match(webhook_settings.secret_token):
        read.problem(
            "telegram.webhook.secret_token",
            f"webhook mode needs a secret of 1-256 letters, digits, _ or - (or {WEBHOOK_SECRET_ENV}), e.g. from: "
            'python -c "import secrets; print(secrets.token_urlsafe(32))"',
        )
    base_url = read.text(telegram, "base_url", "telegram.base_url", TELEGRAM_BASE_URL)
    if not re.match(r"^https?://[^/]+(/.*)?/bot$", base_url):
        # the token is appended to it: without the trailing /bot every call goes to a wrong address
        read.problem(
            "telegram.base_url", f"{base_url!r} must be an http(s) URL ending in /bot, like {TELEGRAM_BASE_URL}"
        )
    telegram_settings = TelegramSettings(
        token=token,
        base_url=base_url,
        base_file_url=read.text(telegram, "base_file_url", "telegram.base_file_url", TELEGRAM_BASE_FILE_URL),
        mode=mode,
        webhook=webhook_settings,
    )

    organisers: set[int] = set()
    raw_organisers = data.get("organisers") or []
    if not isinstance(raw_organisers, list):
        raw_organisers = [raw_organisers]
    for value in raw_organisers:
        try:
            organisers.add(int(str(value).strip()))
        except ValueError:
            read.problem(
                "organisers", f"{value!r} is not a Telegram user id (a number; send /myid to the bot to see yours)"
            )

    default_language = read.text(data, "default_language", "default_language", DEFAULT_LANGUAGE)
    if default_language not in LANGUAGES:
        read.problem("default_language", f"must be one of {', '.join(LANGUAGES)}, not {default_language!r}")
        default_language = DEFAULT_LANGUAGE

    event = read.section(data, "event", "event")
    deadline = None
    raw_deadline = event.get("rsvp_deadline")
    if raw_deadline not in (None, ""):
        try:
            deadline = raw_deadline if isinstance(raw_deadline, datetime) else datetime.fromisoformat(str(raw_deadline))
        except ValueError:
            read.problem(
                "event.rsvp_deadline",
                f"{raw_deadline!r} is not a date and time like 2018-01-24T18:00+00:00 "
                "(Rabat was at UTC+0 in January 2018)",
            )
        if deadline is not None and deadline.tzinfo is None:
            read.problem(
                "event.rsvp_deadline",
                "needs a UTC offset, e.g. 2018-01-24T18:00+00:00 (Rabat was at UTC+0 in January 2018)",
            )
            deadline = None
    reminders: list[timedelta] = []
    raw_reminders = event.get("reminders") or []
    if not isinstance(raw_reminders, list):
        read.problem("event.reminders", f"must be a list like [1d, 2h], not {raw_reminders!r}")
        raw_reminders = []
    for value in raw_reminders:
        try:
            reminders.append(parse_duration(value))
        except ValueError as error:
            read.problem("event.reminders", str(error))
    event_settings = EventSettings(
        capacity=read.integer(event, "capacity", "event.capacity", None, 1),
        rsvp_deadline=deadline,
        reminders=tuple(sorted(set(reminders), reverse=True)),
    )

    flood = read.section(data, "flood", "flood")
    window = flood.get("window_seconds", 60)
    if isinstance(window, bool) or not isinstance(window, (int, float)) or window <= 0:
        read.problem("flood.window_seconds", f"must be a positive number of seconds, not {window!r}")
        window = 60
    flood_settings = FloodSettings(
        messages=read.integer(flood, "messages", "flood.messages", 20, 1) or 20,
        window_seconds=float(window),
    )

    errors_chat = data.get("errors_chat")
    try:
        errors_chat = None if errors_chat in (None, "") else int(str(errors_chat).strip())
    except ValueError:
        read.problem("errors_chat", f"{errors_chat!r} is not a Telegram chat id (a number; a group's is negative)")
        errors_chat = None

    def resolve(key: str, default: Path) -> Path:
        value = read.text(data, key, key, "")
        if not value:
            return default if default.is_absolute() else base / default
        candidate = Path(value).expanduser()
        return candidate if candidate.is_absolute() else base / candidate

    config = Config(
        telegram=telegram_settings,
        organisers=frozenset(organisers),
        database=resolve("database", DEFAULT_DATABASE),
        knowledge=resolve("knowledge", DEFAULT_KNOWLEDGE),
        default_language=default_language,
        event=event_settings,
        flood=flood_settings,
        retention_days=read.integer(data, "retention_days", "retention_days", None, 0),
        errors_chat=errors_chat,
        source=source,
    )
    if read.problems:
        raise ConfigError(read.problems)
    return config
