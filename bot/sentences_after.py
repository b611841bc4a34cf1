"""What a sentence after a question tells: why one asks, not another question ("À quelle heure la
rencontre prend-elle fin ? J'ai une réunion au ministère en fin de matinée.")."""

from __future__ import annotations

import re

from bot.languages import is_latin_darija
from bot.normalize import fold, pooled_stems
from bot.question_words import LATIN_DARIJA_QUESTION_WORDS, QUESTION_MARKS, has_question_word
from bot.verdict import Match, Outcome
from bot.who_is_asking import makes_a_request

_FIRST_PERSON = pooled_stems(lambda profile: profile.first_person_openers)
_FIRST_WORD = re.compile(r"[\s'’]+")


def without_what_only_explains(per_part: list[tuple[str, list[Match]]]) -> list[tuple[str, list[Match]]]:
    """A statement after an answered question, opening with the sender ("je", "I", «عندي») and asking
    nothing (no question word or mark, no request), says why one asks: it gets no answer of its own
    ("J'ai une réunion à 11h." is not the start time)."""
    read = list(per_part)
    for index in range(1, len(read)):
        part, matches = read[index]
        if not any(match.outcome is Outcome.ANSWER for match in matches) or not _explains(part):
            continue
        before = read[:index]
        if any(asked.rstrip().endswith(QUESTION_MARKS) or has_question_word(asked) for asked, _ in before) and any(
            match.outcome is Outcome.ANSWER for _, asked_matches in before for match in asked_matches
        ):
            read[index] = (part, [Match(Outcome.FALLBACK, None, 0.0, matches[0].lang)])
    return read


def _explains(part: str) -> bool:
    # the first word as typed: the normaliser takes off an elided "j'" ("J'ai une réunion")
    first = _FIRST_WORD.split(part.strip().casefold(), maxsplit=1)[0]
    besides = frozenset() if is_latin_darija(part) else LATIN_DARIJA_QUESTION_WORDS
    return (
        fold(first) in _FIRST_PERSON
        and not part.rstrip().endswith(QUESTION_MARKS)
        and not has_question_word(part, besides=besides)
        and not makes_a_request(part)
    )
