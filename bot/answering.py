"""From a question to what the user sees: the matcher's verdict rendered as a Reply.

The console, `ask --json` and the Telegram handlers all show Reply.text as it is, so every front end
says exactly the same thing; buttons (follow-ups, suggestions) come as Choices beside it.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.knowledge import Entry, KnowledgeBase
from bot.languages import LANGUAGES
from bot.matcher import Match, Matcher, Outcome
from bot.texts import text


@dataclass(frozen=True)
class Choice:
    """A button or menu line: an entry id and its title in the reply's language."""

    entry_id: str
    title: str


@dataclass(frozen=True)
class Reply:
    outcome: Outcome
    entry_id: str | None  # the entry answered; None for a suggestion list or the fallback
    score: float
    lang: str
    text: str  # exactly what the user sees
    follow_ups: tuple[Choice, ...] = ()
    suggestions: tuple[Choice, ...] = ()

    @property
    def answered(self) -> bool:
        return self.outcome is Outcome.ANSWER


class Answerer:
    """Answers questions from one knowledge base; build a new one to switch knowledge bases."""

    def __init__(self, kb: KnowledgeBase):
        self.kb = kb
        self.matcher = Matcher(kb)

    def ask(self, question: str, preferred_lang: str = "fr") -> Reply:
        match = self.matcher.match(question, preferred_lang)
        return self._render(match)

    def show(self, entry_id: str, lang: str) -> Reply | None:
        """The answer of one entry, as when a button or a deep link names it; None if it does not exist."""
        entry = self.kb.get(entry_id)
        if entry is None:
            return None
        lang = lang if lang in LANGUAGES else "fr"
        return self._render(Match(Outcome.ANSWER, entry, 100.0, lang))

    def fallback(self, lang: str, score: float = 0.0) -> Reply:
        return self._render(Match(Outcome.FALLBACK, None, score, lang))

    def choice(self, entry: Entry, lang: str) -> Choice:
        return Choice(entry.id, entry.title[lang])

    def _render(self, match: Match) -> Reply:
        lang = match.lang
        contact = self.kb.logistics.contact_sentence(lang)
        if match.outcome is Outcome.ANSWER and match.entry is not None:
            entry = match.entry
            follow_ups = tuple(self.choice(self.kb.by_id[target], lang) for target in entry.follow_ups if target in self.kb.by_id)
            return Reply(Outcome.ANSWER, entry.id, match.score, lang, self.kb.render(entry, lang), follow_ups=follow_ups)
        if match.outcome is Outcome.SUGGEST and match.suggestions:
            suggestions = tuple(self.choice(entry, lang) for entry in match.suggestions)
            lines = [text("did_you_mean", lang)]
            lines += [f"{number}. {choice.title}" for number, choice in enumerate(suggestions, start=1)]
            return Reply(Outcome.SUGGEST, None, match.score, lang, "\n".join(lines), suggestions=suggestions)
        return Reply(Outcome.FALLBACK, None, match.score, lang, text("fallback", lang, contact=contact))
