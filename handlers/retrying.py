"""Throttling and retries for every Bot API call: AIORateLimiter's structure and 429 handling, with
sliding-window limits, plus retries of network errors.

Telegram allows about 30 messages a second overall and 20 a minute in one group, and answers a burst
beyond that with 429 (RetryAfter). AIORateLimiter's limiters (aiolimiter's leaky bucket) start full, so
nearly twice the rate goes out in the first period: a broadcast sent 56 messages in its first second.
Here every limit is a WindowLimiter instead: at most `max_rate` calls in any `time_period`, the first
period included, with a margin under Telegram's figures (OVERALL_PER_SECOND, GROUP_PER_MINUTE). As in
AIORateLimiter, the overall limit applies to calls with a chat (sending, editing), the group limit to
calls to a group or channel; answering a button press is not throttled.

AIORateLimiter already waits and retries when Telegram answers 429 (RetryAfter). Network errors
(connection refused or reset, timeouts, 5xx) are retried here with a short backoff; a BadRequest is a
NetworkError subclass in python-telegram-bot but is the caller's mistake, so it is never retried.
A timed-out send may in rare cases have been delivered: a duplicate answer is better than none.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import deque
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any, cast

from telegram.error import BadRequest, NetworkError
from telegram.ext import AIORateLimiter

log = logging.getLogger(__name__)

RETRY_AFTER_ATTEMPTS = 3
NETWORK_ATTEMPTS = 3
NETWORK_BACKOFF_SECONDS = (0.5, 2.0)
OVERALL_PER_SECOND = 28  # Telegram: about 30; the margin absorbs network jitter
GROUP_PER_MINUTE = 19  # Telegram: 20


class WindowLimiter:
    """At most `max_rate` acquisitions in any `time_period` seconds (any half-open window), from the very
    first: a caller waits until the oldest acquisition in the window has left it. Waiters go in turn.
    `clock` and `sleep` are injectable for tests."""

    def __init__(
        self,
        max_rate: float,
        time_period: float,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep,
    ):
        self.max_rate = max(1, int(max_rate))
        self.time_period = float(time_period)
        self._clock = clock
        self._sleep = sleep
        self._times: deque[float] = deque()
        self._turn = asyncio.Lock()

    def _expire(self, now: float) -> None:
        while self._times and self._times[0] <= now - self.time_period:
            self._times.popleft()

    def has_capacity(self, amount: float = 1) -> bool:
        self._expire(self._clock())
        return len(self._times) + amount <= self.max_rate

    async def acquire(self) -> None:
        async with self._turn:
            while True:
                now = self._clock()
                self._expire(now)
                if len(self._times) < self.max_rate:
                    self._times.append(now)
                    return
                await self._sleep(self._times[0] + self.time_period - now)

    async def __aenter__(self) -> None:
        await self.acquire()

    async def __aexit__(self, *exc_info: object) -> None:
        return None


class RetryingRateLimiter(AIORateLimiter):
    def __init__(
        self,
        *,
        network_attempts: int = NETWORK_ATTEMPTS,
        backoff: tuple[float, ...] = NETWORK_BACKOFF_SECONDS,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep,
        **limits: Any,
    ):
        limits.setdefault("max_retries", RETRY_AFTER_ATTEMPTS)
        limits.setdefault("overall_max_rate", OVERALL_PER_SECOND)
        limits.setdefault("group_max_rate", GROUP_PER_MINUTE)
        super().__init__(**limits)
        self._window_clock = clock
        self._window_sleep = sleep
        if self._base_limiter is not None:
            # PTB declares an AsyncLimiter; it is only used as an async context manager, as WindowLimiter is.
            self._base_limiter = self._new_window(limits["overall_max_rate"], limits.get("overall_time_period", 1))  # type: ignore[assignment]
        self.network_attempts = max(1, network_attempts)
        self.backoff = backoff or (0.0,)

    def _new_window(self, max_rate: float, time_period: float) -> WindowLimiter:
        return WindowLimiter(max_rate, time_period, clock=self._window_clock, sleep=self._window_sleep)

    # PTB's returns an AsyncLimiter; the caller only uses it as an async context manager.
    def _get_group_limiter(self, group_id: str | int | bool) -> WindowLimiter:  # type: ignore[override]
        # Only this method fills the dict PTB declares for AsyncLimiters, and always with WindowLimiters.
        limiters = cast("dict[str | int, WindowLimiter]", self._group_limiters)
        if len(limiters) > 512:  # forget groups whose window is empty, so memory stays bounded
            for key, limiter in list(limiters.items()):
                if key != group_id and limiter.has_capacity(limiter.max_rate):
                    del limiters[key]
        if group_id not in limiters:
            limiters[group_id] = self._new_window(self._group_max_rate, self._group_time_period)
        return limiters[group_id]

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | dict[str, Any] | list[dict[str, Any]]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> bool | dict[str, Any] | list[dict[str, Any]]:
        for attempt in range(1, self.network_attempts + 1):
            try:
                return await super().process_request(callback, args, kwargs, endpoint, data, rate_limit_args)
            except BadRequest:
                raise
            except NetworkError as error:
                if attempt == self.network_attempts:
                    raise
                delay = self.backoff[min(attempt - 1, len(self.backoff) - 1)]
                log.warning(
                    "Bot API %s failed (%s); retry %d of %d in %.1f s",
                    endpoint,
                    type(error).__name__,
                    attempt,
                    self.network_attempts - 1,
                    delay,
                )
                await asyncio.sleep(delay)
        raise AssertionError("unreachable")


def unthrottled(**kwargs: Any) -> RetryingRateLimiter:
    """Retries without throttling: for offline tests and the benchmark, where no real Telegram limits apply."""
    kwargs.setdefault("backoff", (0.0,))
    return RetryingRateLimiter(overall_max_rate=0, group_max_rate=0, **kwargs)
