"""The matcher's verdict on a question: answer, "did you mean", or fallback (bot/matcher.py decides it)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from bot.knowledge import Entry


class Outcome(str, Enum):  # noqa: UP042 - StrEnum would change str() and format() of the members
    ANSWER = "answer"
    SUGGEST = "suggest"
    FALLBACK = "fallback"


@dataclass(frozen=True)
class Match:
    outcome: Outcome
    entry: Entry | None  # the entry answered (ANSWER only)
    score: float  # the best entry's score, 0-100
    lang: str  # the language to answer in
    suggestions: tuple[Entry, ...] = ()  # SUGGEST: up to three candidates, best first
    tentative: bool = False  # ANSWER: a single clear candidate that was not quite confident
    runner_up: str | None = None  # the second-best entry's id (a question torn between two entries)

    @property
    def confident_entry(self) -> Entry | None:
        """The entry answered, unless only "if I understand you correctly" (tentative)."""
        return self.entry if self.outcome is Outcome.ANSWER and not self.tentative else None
