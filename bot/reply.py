"""What the user sees: a Reply (its text, buttons and map pin), the same in every front end.

The console, `ask --json` and the Telegram handlers all show Reply.text as it is; buttons (follow-ups,
suggestions) come as Choices beside it. bot/rendering.py builds them.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.typography import typeset
from bot.verdict import Outcome


@dataclass(frozen=True)
class Choice:
    """A button or menu line: an entry id and its title in the reply's language."""

    entry_id: str
    title: str


@dataclass(frozen=True)
class VenuePin:
    """What a map pin shows: Telegram sends it as a venue, the console as a maps link."""

    latitude: float
    longitude: float
    title: str
    address: str
    link: str


@dataclass(frozen=True)
class Reply:
    outcome: Outcome
    entry_id: str | None  # the (first) entry answered; None for a suggestion list or the fallback
    score: float
    lang: str
    text: str  # exactly what the user sees
    follow_ups: tuple[Choice, ...] = ()
    suggestions: tuple[Choice, ...] = ()
    entry_ids: tuple[str, ...] = ()  # every entry answered, in the order asked
    actions: tuple[str, ...] = ()  # commands the answer offers as buttons (rsvp, myrsvp, cancelrsvp)
    venue_pin: VenuePin | None = None  # the answer says where: the venue's map location, once announced

    def mentions(self, sentence: str) -> bool:
        """Whether the text says `sentence` (the way to reach the organisers, say), typography aside."""
        return bool(sentence) and typeset(sentence, self.lang) in self.text

    @property
    def answered(self) -> bool:
        return self.outcome is Outcome.ANSWER
