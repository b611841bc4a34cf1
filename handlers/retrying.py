"""Retries for every Bot API call: AIORateLimiter's throttling and 429 handling, plus network errors.

AIORateLimiter already waits and retries when Telegram answers 429 (RetryAfter). Network errors
(connection refused or reset, timeouts, 5xx) are retried here with a short backoff; a BadRequest is a
NetworkError subclass in python-telegram-bot but is the caller's mistake, so it is never retried.
A timed-out send may in rare cases have been delivered: a duplicate answer is better than none.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from telegram.error import BadRequest, NetworkError
from telegram.ext import AIORateLimiter

log = logging.getLogger(__name__)

RETRY_AFTER_ATTEMPTS = 3
NETWORK_ATTEMPTS = 3
NETWORK_BACKOFF_SECONDS = (0.5, 2.0)


class RetryingRateLimiter(AIORateLimiter):
    def __init__(self, *, network_attempts: int = NETWORK_ATTEMPTS, backoff: tuple[float, ...] = NETWORK_BACKOFF_SECONDS, **limits: Any):
        limits.setdefault("max_retries", RETRY_AFTER_ATTEMPTS)
        super().__init__(**limits)
        self.network_attempts = max(1, network_attempts)
        self.backoff = backoff or (0.0,)

    async def process_request(self, callback, args, kwargs, endpoint, data, rate_limit_args):  # type: ignore[override]
        for attempt in range(1, self.network_attempts + 1):
            try:
                return await super().process_request(callback, args, kwargs, endpoint, data, rate_limit_args)
            except BadRequest:
                raise
            except NetworkError as error:
                if attempt == self.network_attempts:
                    raise
                delay = self.backoff[min(attempt - 1, len(self.backoff) - 1)]
                log.warning("Bot API %s failed (%s); retry %d of %d in %.1f s", endpoint, type(error).__name__, attempt, self.network_attempts - 1, delay)
                await asyncio.sleep(delay)
        raise AssertionError("unreachable")


def unthrottled(**kwargs: Any) -> RetryingRateLimiter:
    """Retries without throttling: for offline tests and the benchmark, where no real Telegram limits apply."""
    kwargs.setdefault("backoff", (0.0,))
    return RetryingRateLimiter(overall_max_rate=0, group_max_rate=0, **kwargs)
