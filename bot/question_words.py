"""Whether a text asks something: its question words, in every language, and its question marks.

Shared by the reading of a message (bot/understanding.py) and the rules that weigh its parts."""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.language_profile import ARABIC_SCRIPT
from bot.language_profiles import pooled
from bot.normalize import pooled_stems, terms

# Words that open a question, in every language (Darija in Latin too), as stems; «شكون» reads «من هو», not «وهو».
QUESTION_WORDS = pooled_stems(lambda profile: profile.question_words.split()) - {"هو"}
OPENING_QUESTION_WORDS = pooled_stems(lambda p: p.opening_question_words)
QUESTION_MARKS = ("?", "؟", "？")
YES_OR_NO_WORDS = pooled_stems(lambda p: p.yes_or_no_words)  # "est-ce que", "does", «هل»: ask no who or what
OR_WORDS = pooled_stems(lambda p: p.or_words)  # "or" between answers offered ("8h ou 9h ?")
FROM_WORDS = pooled_stems(lambda p: p.from_words)  # «من» is "from" as well as "who"
# Question words that ask nothing of a clause alone: «من» as "from" («لأنني سأسافر من طنجة»), and yes-or-no
# words ("so that I can", «واش ... ولا ...»), which ask of what the clause says.
NOT_ASKING_ALONE = FROM_WORDS | YES_OR_NO_WORDS
# Darija question words typed in Latin letters ("fin", "ach"): French and English words too ("la fin du
# programme"), so they ask only in a message read as Darija.
LATIN_DARIJA_QUESTION_WORDS = frozenset(
    stem
    for word in pooled(lambda profile: profile.question_words.split() if profile.script == ARABIC_SCRIPT else ())
    if word.isascii()
    for stem, _ in terms(word)
)
# A French verb and its subject inverted ("y aura-t-il", "peut-on"): a question with no question word.
# Not "un rendez-vous", a noun.
INVERSION = re.compile(r"\w(?<!rendez)-(?:t-)?(?:il|elle|on|ils|elles|vous|nous|je)\b", re.IGNORECASE)


def asks_something(parts: Iterable[str], besides: frozenset[str] = frozenset()) -> bool:
    """A question mark or a question word (other than `besides`): the part asks something (a statement may
    go unanswered)."""
    return any(part.rstrip().endswith(QUESTION_MARKS) or has_question_word(part, besides) for part in parts)


def has_question_word(text: str, besides: frozenset[str] = frozenset()) -> bool:
    """A question word anywhere in the text ("who", «شكون», "quand"), compared as stems, or one that asks
    only first ("was there a phase 3", not "Jamaica was in it"), or a French inversion ("y aura-t-il").
    `besides`: question words not counted there (French "ou" between two choices, which is also "où";
    "can", which a statement has too); a word that asks only first and an inversion still count."""
    found = terms(text)
    return (
        any(word in QUESTION_WORDS and word not in besides for word, _ in found)
        or (bool(found) and found[0][0] in OPENING_QUESTION_WORDS)
        or bool(INVERSION.search(text))
    )
