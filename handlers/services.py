"""What every handler needs, created once at start-up and kept in application.bot_data["services"]."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from bot.answering import Answerer
from bot.config import Config
from bot.storage import Storage

if TYPE_CHECKING:
    from telegram.ext import CallbackContext

SERVICES_KEY = "services"


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass
class Services:
    config: Config
    answerer: Answerer  # replaced as a whole by /reload, so a handler never sees half a knowledge base
    storage: Storage
    now: Callable[[], datetime] = utc_now  # aware UTC; tests inject a clock
    # Per-feature state that lives as long as the process (e.g. the flood counters), by feature name.
    state: dict[str, Any] = field(default_factory=dict)


def services(context: CallbackContext[Any, Any, Any, Any]) -> Services:
    found: Services = context.application.bot_data[SERVICES_KEY]
    return found
