"""Two questions typed in one breath, with nothing between them ("ça commence à quelle heure ça finit
quand", "where is it what time does it start", «فين غادي يكون الفطور شحال الساعة»): dictated or typed
fast, no mark or "and" tells where the first ends. Read as two when the message, cut in two, gives two
questions each answered confidently by its own entry."""

from __future__ import annotations

from bot.language_profiles import pooled
from bot.matcher import Matcher
from bot.normalize import ARABIC_PREPOSITIONS, fold, pooled_stems, terms
from bot.understanding import QUESTION_WORDS
from bot.verdict import Match

_MIN_WORDS = 2  # in each question: "c ou", "c quand"
_MAX_WORDS = 16  # at most, in the message: a longer one is a letter, whose sentences are marked
_PUNCTUATION = frozenset(",;:?!.؟،؛")
# "or" offers answers to choose from («واش ندوة ولا فطور»), which one question does (bot/choices.py).
_OR = frozenset(fold(word) for word in pooled(lambda profile: profile.or_words))
# Words that ask which or what. Not "is", «واش» or «est-ce», which open any clause, nor «ما», which
# inside a run says "not" or "before" («قبل ما»), unless "what is" («ما هي»); «من» opening the message
# asks "who", but inside a run it is far more often "from" («من أجل»).
_YES_OR_NO = pooled_stems(lambda profile: [*profile.yes_or_no_words, "est-ce"])
_ASKING = QUESTION_WORDS - _YES_OR_NO
_NOT_ASKING_INSIDE = ARABIC_PREPOSITIONS | {"ما"}
_PRONOUNS_ASKED_OF = frozenset({"هو", "هي", "هم", "هما"})  # «ما هي الدول ...»: "what are", wherever it stands


class RunOnQuestions:
    """Cuts a run-on message into the two questions it asks, when the matcher reads both clearly."""

    def __init__(self, matcher: Matcher):
        self.matcher = matcher

    def read(self, part: str, lang: str, darija: bool | None, whole: Match) -> list[Match] | None:
        """Two matches, in the order asked, or None when the part reads as one question. A cut is kept
        only where both halves hold a question word and get two different entries confidently, and the
        whole, if answered, gets one of them ("comment s'inscrire quand on est invité" stays one)."""
        words = part.split()
        if not 2 * _MIN_WORDS <= len(words) <= _MAX_WORDS or _PUNCTUATION.intersection(part):
            return None
        said = [stem for stem, _ in terms(part)]  # most parts have one question word at most: read once
        loose = whole.confident_entry is None
        if sum(stem in _ASKING or (loose and stem in _YES_OR_NO) for stem in said) < 2:
            return None
        folded = [fold(word) for word in words]
        asking = [
            (at == 0 or said not in _NOT_ASKING_INSIDE or following in _PRONOUNS_ASKED_OF)
            and any(stem in _ASKING for stem, _ in terms(word))
            for at, (word, said, following) in enumerate(zip(words, folded, [*folded[1:], ""], strict=True))
        ]
        # "is there parking", «wach kayn parking»: a yes-or-no question opens with "is", «واش», which
        # open many a clause besides; counted only where they open a half, and when the whole is unclear.
        opens = [False] * len(words)
        if loose:
            opens = [any(stem in _YES_OR_NO for stem, _ in terms(word)[:1]) for word in words]
        if sum(asking) + sum(opens) < 2 or any(
            said in _OR and not asks for said, asks in zip(folded, asking, strict=True)
        ):
            return None  # one question word, or answers offered to choose from (French "ou" may be "où")
        best: tuple[float, list[Match]] | None = None
        for cut in range(_MIN_WORDS, len(words) - _MIN_WORDS + 1):
            if not ((any(asking[:cut]) or opens[0]) and (any(asking[cut:]) or opens[cut])):
                continue
            pair = [self.matcher.match(" ".join(half), lang, darija=darija) for half in (words[:cut], words[cut:])]
            first, second = (match.confident_entry for match in pair)
            if first is None or second is None or first.id == second.id:
                continue
            if self.matcher.is_social(first) or self.matcher.is_social(second):
                continue
            if whole.confident_entry is not None and whole.confident_entry.id not in (first.id, second.id):
                continue
            score = min(match.score for match in pair)
            if best is None or score > best[0]:
                best = (score, pair)
        return best[1] if best else None
