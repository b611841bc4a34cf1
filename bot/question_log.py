"""The question log, part of bot.storage.Storage (a mixin: it uses the Storage's connection and lock).

Every question is logged with its language and outcome; its text only when it went unanswered
("fallback", "none_of_these") and never when it looks like personal data (bot.privacy), in which case
the row still counts in the statistics but is never listed. The asker is recorded as a keyed hash of
their Telegram user id (bot.privacy.asker_tag, with the database's own secret), so that:

- /unanswered ranks questions by how many different people asked them, and lists at most
  PER_ASKER_SHOWN questions asked by one person alone: one person's junk cannot fill the list;
- /stats counts distinct askers;
- /forget deletes a person's questions with the rest (Storage.forget_user).

Rows logged before askers were recorded (schema version 2 and older) have no asker: each counts as
one asker of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import aiosqlite

from bot.privacy import asker_tag, looks_personal
from bot.storage_base import StorageBase

QUESTION_OUTCOMES = ("answer", "suggest", "fallback", "none_of_these")
UNANSWERED_OUTCOMES = ("fallback", "none_of_these")  # the only outcomes whose text is kept
MAX_QUESTION_CHARS = 4096  # Telegram's own message limit: nothing longer can arrive
PER_ASKER_SHOWN = 3  # questions asked by one person alone that /unanswered lists at most
ASKER_KEY = "asker_key"  # the secrets row holding the HMAC key


@dataclass(frozen=True)
class UnansweredQuestion:
    text: str  # as last asked
    count: int  # how many times it was asked (after casefolding and collapsing whitespace)
    last_asked: str  # ISO 8601 UTC
    language: str  # of the last time it was asked
    askers: int = 1  # how many different people asked it
    normalized: str = ""  # the form the log groups it by: what resolve_unanswered() takes


@dataclass(frozen=True)
class QuestionStats:
    """One language's question log. `asked` counts questions (answer, suggest, fallback); a press on
    'none of these' resolves a suggestion already counted, so it adds to `unanswered` only."""

    asked: int = 0
    answered: int = 0
    suggested: int = 0
    unanswered: int = 0  # fallback + none_of_these
    askers: int = 0  # distinct people among those recorded (rows from before askers were recorded: none)

    @property
    def answered_share(self) -> float:
        return self.answered / self.asked if self.asked else 0.0


_SPACES = re.compile(r"\s+")


def normalize_question(text: str) -> str:
    """Light normalisation to group identical questions: case folded, whitespace collapsed."""
    return _SPACES.sub(" ", text.casefold()).strip()


def is_junk(text: str) -> bool:
    """Nothing an entry could answer: a single character, or no letter or digit at all (emoji,
    punctuation). Still counted in the statistics, never listed as a question to teach."""
    return len(text.strip()) <= 1 or not any(ch.isalnum() for ch in text)


def kept_text(outcome: str, text: str | None, names: tuple[str | None, ...] = ()) -> str | None:
    """What the log keeps of a question's text: None for an answered one, '' for one that looks like
    personal data (counted, never listed), else the text, stripped and cut to MAX_QUESTION_CHARS."""
    if outcome not in UNANSWERED_OUTCOMES:
        return None
    kept = (text or "").strip()[:MAX_QUESTION_CHARS]
    return "" if looks_personal(kept, names) else kept


class QuestionLog(StorageBase):
    _asker_key: bytes  # loaded by Storage once the schema is current

    def _asker(self, user_id: int | None) -> str | None:
        return None if user_id is None else asker_tag(self._asker_key, user_id)

    def asker_tag(self, user_id: int) -> str:
        """The keyed hash standing for this user (logs show its first bot.privacy.LOG_TAG_CHARS)."""
        return asker_tag(self._asker_key, user_id)

    async def log_question(
        self,
        lang: str,
        outcome: str,
        text: str | None = None,
        *,
        asker: int | None = None,
        names: tuple[str | None, ...] = (),
    ) -> None:
        """Records one question; `asker` is the user id (stored only as its keyed hash), `names` the
        asker's own names (a text holding one is not kept, like any that looks like personal data)."""
        outcome = str(getattr(outcome, "value", outcome))  # accepts bot.verdict.Outcome too
        if outcome not in QUESTION_OUTCOMES:
            raise ValueError(f"unknown question outcome {outcome!r}; expected one of {QUESTION_OUTCOMES}")
        kept = kept_text(outcome, text, names)
        async with self._lock:
            await self._write(
                "INSERT INTO questions (asked_at, language, outcome, text, normalized, asker) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (
                    self._clock(),
                    lang,
                    outcome,
                    kept,
                    normalize_question(kept) if kept is not None else None,
                    self._asker(asker),
                ),
            )

    async def top_unanswered(self, limit: int = 20) -> list[UnansweredQuestion]:
        """The unanswered questions asked by the most people first, then the most often, then the most
        recent; of those asked by one person alone, at most PER_ASKER_SHOWN per person; junk (is_junk)
        left out."""
        async with self._lock:
            rows = await self._fetchall(
                "WITH grouped AS ("
                "  SELECT normalized, MAX(id) AS last_id, COUNT(*) AS asked,"
                "         COUNT(DISTINCT asker) + SUM(asker IS NULL) AS askers,"
                "         CASE WHEN COUNT(DISTINCT asker) = 1 AND SUM(asker IS NULL) = 0"
                "              THEN MIN(asker) END AS only_asker"
                "  FROM questions WHERE normalized IS NOT NULL AND normalized != '' GROUP BY normalized)"
                " SELECT q.text, q.language, q.asked_at, g.asked, g.askers, g.normalized, g.only_asker"
                " FROM grouped AS g JOIN questions AS q ON q.id = g.last_id"
                " ORDER BY g.askers DESC, g.asked DESC, g.last_id DESC"
            )
        # The cap per person is counted here, after junk is left out (SQLite cannot tell junk), so that
        # one person's emoji do not use up the places of their real questions.
        limit = max(0, int(limit))
        questions: list[UnansweredQuestion] = []
        shown_per_asker: dict[str, int] = {}
        for text, language, asked_at, asked, askers, normalized, only_asker in rows:
            if len(questions) >= limit:
                break
            if is_junk(text):
                continue
            if only_asker is not None:
                if shown_per_asker.get(only_asker, 0) >= PER_ASKER_SHOWN:
                    continue
                shown_per_asker[only_asker] = shown_per_asker.get(only_asker, 0) + 1
            questions.append(
                UnansweredQuestion(
                    text=text, count=asked, last_asked=asked_at, language=language, askers=askers, normalized=normalized
                )
            )
        return questions

    async def resolve_unanswered(self, normalized: str) -> int:
        """Takes a question off the unanswered list (taught to the bot, or dismissed): its texts are
        blanked as personal-looking ones are, so the statistics still count it. Returns the rows."""
        if not normalized:
            return 0
        async with self._lock, self._transaction() as db:
            cursor = await db.execute(
                "UPDATE questions SET text = '', normalized = '' WHERE normalized = ?", (normalized,)
            )
            return cursor.rowcount

    async def question_stats(self) -> dict[str, QuestionStats]:
        async with self._lock:
            rows = await self._fetchall("SELECT language, outcome, COUNT(*) FROM questions GROUP BY language, outcome")
            askers: dict[str, int] = {
                lang: count
                for lang, count in await self._fetchall(
                    "SELECT language, COUNT(DISTINCT asker) FROM questions GROUP BY language"
                )
            }
        counts: dict[str, dict[str, int]] = {}
        for lang, outcome, count in rows:
            counts.setdefault(lang, {})[outcome] = count
        return {
            lang: QuestionStats(
                asked=per.get("answer", 0) + per.get("suggest", 0) + per.get("fallback", 0),
                answered=per.get("answer", 0),
                suggested=per.get("suggest", 0),
                unanswered=per.get("fallback", 0) + per.get("none_of_these", 0),
                askers=askers.get(lang, 0),
            )
            for lang, per in sorted(counts.items())
        }

    async def distinct_askers(self) -> int:
        """How many different people asked anything (those recorded with their keyed hash)."""
        async with self._lock:
            row = await self._fetchrow("SELECT COUNT(DISTINCT asker) FROM questions")
        return int(row[0])

    async def count_questions(self, user_id: int) -> int:
        """How many logged questions this user asked (what /forget will delete)."""
        async with self._lock:
            row = await self._fetchrow("SELECT COUNT(*) FROM questions WHERE asker = ?", (self._asker(user_id),))
        return int(row[0])

    async def _forget_questions(self, db: aiosqlite.Connection, user_id: int) -> int:
        """Inside the caller's transaction: deletes the user's questions; returns how many."""
        cursor = await db.execute("DELETE FROM questions WHERE asker = ?", (self._asker(user_id),))
        return cursor.rowcount
