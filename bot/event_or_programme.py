"""A question torn between an entry on the breakfast and one on the programme: the two sides a guest's
question may be about ("when does it end?": the breakfast, or the programme's second phase?)."""

from __future__ import annotations

from bot.follow_ups import words_of
from bot.knowledge import Entry
from bot.lexicon import CONCEPT_MARK
from bot.matcher import TENTATIVE_FLOOR, Matcher
from bot.verdict import Match, Outcome

# The lexicon's concept of who pays ("qui paie ?"): of the breakfast, nobody has announced it
_MONEY = CONCEPT_MARK + "funding"
Side = tuple[frozenset[str], frozenset[str]]  # the concepts naming a side, and the ids of the entries about it


class EventOrProgramme:
    """Settles a "did you mean" between the two sides by what the question names."""

    def __init__(self, matcher: Matcher, sides: tuple[Side, Side], times: frozenset[str]):
        self._matcher = matcher
        # the concepts naming each side and the entries about it: the breakfast's first, then the programme's
        (self._event, self._about_event), (self._programme, self._about_programme) = sides
        self._times = times  # the concepts of a question of time ("when", "how long", "end" ...)

    def settle(self, part: str, part_matches: list[Match], alone: bool) -> list[Match]:
        """A question torn between the two sides, one entry of each among its first two suggestions:
        - naming one side only, it is about that side ("la phase 2 se termine quand ?" asks the
          programme's dates, «من الجهة التي تتولى تنظيم هذا اللقاء؟» the breakfast's organisers), when it
          is the message's only question (a later one may name it by "that": «وامتى بدات هاديك المرحلة»),
          names no number (nor "first": "#1") and no topic no entry covers (the first phase), and that
          side's entry comes first and answers what is asked ("où sera présenté le programme ?" asks
          where); of the breakfast, not who pays for it ("Who pays for the meeting?": not announced);
        - a question of time naming neither ("ça dure combien de temps ?", "fo9ach kaybda?") is about
          the breakfast: the assistant's users are its guests. ("Combien ?" alone is still asked back.)"""
        if len(part_matches) != 1 or (match := part_matches[0]).outcome is not Outcome.SUGGEST:
            return part_matches
        if match.score < TENTATIVE_FLOOR or len(match.suggestions) < 2:
            return part_matches
        first, second = match.suggestions[:2]
        about_event = [entry for entry in (first, second) if entry.id in self._about_event]
        about_programme = [entry for entry in (first, second) if entry.id in self._about_programme]
        if len(about_event) != 1 or len(about_programme) != 1:
            return part_matches
        words = words_of(self._matcher, part)
        names_event, names_programme = bool(words & self._event), bool(words & self._programme)
        if names_event and names_programme:
            return part_matches
        if names_event or names_programme:
            if not alone or any(word.lstrip("#").isdigit() for word in words):
                return part_matches
            if self._matcher.lexicon.topics_not_covered(part) or (names_event and _MONEY in words):
                return part_matches  # the first phase, "who pays for the meeting?": not announced
            side = about_event if names_event else about_programme
            if side[0] is not first or self._matcher.asks_another_kind(part, first):
                return part_matches  # "qui a payé la cérémonie ?", "où sera présenté le programme ?" (where)
        elif words & self._times:
            side = about_event
        else:
            return part_matches
        if self._names_what_it_is_not_about(words, side[0]):
            return part_matches  # "when is the GFMD?" asks of the Forum, not of the breakfast
        return [Match(Outcome.ANSWER, side[0], match.score, match.lang, tentative=True)]

    def _names_what_it_is_not_about(self, words: frozenset[str], entry: Entry) -> bool:
        """Does the question name a topic of the lexicon that the entry's phrasings never name?"""
        return bool(self._matcher.topics_it_never_names(words - self._matcher.lexicon.kinds - self._times, entry))
