"""The reason a sender gives after their question, in the same sentence: "..., as I shall be driving up from
Casablanca", "..., afin que je puisse le reporter dans l'agenda de mon directeur", «...، حيت عندي سفر». It says
why they ask, not what: its words (the transport, the agenda, a journey) would weigh in the match as much as the
question's own, so it is left out. Only the sentence's last clause is (a question after it, "..., as I am late,
is there parking?", stays whole), and nothing is left out when the clause asks something itself ("..., as I
would like to know where it is"), when the question before it is too short to stand alone, or when the caller's
`keeps` says so: bot/understanding.py keeps it after a question naming nothing ("What should I do, because I
cannot come anymore?") and when it names what one wants done ("Who do I contact, so that I can cancel?")."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from bot.language_profiles import pooled
from bot.normalize import ARABIC_FOLD, terms
from bot.question_words import NOT_ASKING_ALONE, has_question_word

_MIN_WORDS = 3  # before the reason: "When, as I travel?" keeps its reason, it would ask nothing without it
# The normaliser's Arabic letter forms, one letter for one (the tatweel it drops would move a match's place)
_ARABIC_FORMS = {code: letter for code, letter in ARABIC_FOLD.items() if letter is not None} | {ord("’"): ord("'")}


def _folded(text: str) -> str:
    """Case, accents and Arabic letter forms folded letter by letter, so that a match's place is the same in
    the text ("étant donné que" and «لأنني» are found as the profiles write them)."""
    return "".join(unicodedata.normalize("NFD", char).casefold()[:1] or char for char in text).translate(_ARABIC_FORMS)


_OPENERS = sorted({_folded(opener) for opener in pooled(lambda profile: profile.reason_openers)}, key=len, reverse=True)
# From the last comma to the sentence's end (its final "?" stays): a reason comes after what is asked.
_REASON = re.compile(
    r"[,،]\s*(?:"
    + "|".join(re.escape(opener) + ("" if opener.endswith("'") else r"(?!\w)") for opener in _OPENERS)
    + r")[^?؟!.,،;]*(?=[\s?؟!.]*$)"
)


def without_the_reason(sentence: str, keeps: Callable[[str, str], bool] = lambda _before, _clause: False) -> str:
    """The sentence without the reason given after its question (see the module's docstring)."""
    if "," not in sentence and "،" not in sentence:
        return sentence
    found = _REASON.search(_folded(sentence))
    if found is None:
        return sentence
    clause, before = sentence[found.start() : found.end()], sentence[: found.start()]
    if len(terms(before)) < _MIN_WORDS or has_question_word(clause, besides=NOT_ASKING_ALONE):
        return sentence
    if keeps(before, clause):
        return sentence
    return before + sentence[found.end() :]
