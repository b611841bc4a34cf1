"""Two questions typed in one breath, with nothing between them ("ça commence à quelle heure ça finit
quand", "where is it what time does it start", «فين غادي يكون الفطور شحال الساعة»): dictated or typed
fast, no mark or "and" tells where the first ends. Read as two when the message, cut in two, gives two
questions each answered confidently by its own entry."""

from __future__ import annotations

from bot.match_names import EVENT, PROGRAMME
from bot.matcher import Matcher
from bot.normalize import ARABIC_PREPOSITIONS, fold, pooled_folded, pooled_stems, terms
from bot.question_words import LATIN_DARIJA_QUESTION_WORDS, QUESTION_WORDS
from bot.verdict import Match, Outcome

_MIN_WORDS = 2  # in each question: "c ou", "c quand"
_MAX_WORDS = 16  # at most, in the message: a longer one is a letter, whose sentences are marked
_PUNCTUATION = frozenset(",;:?!.؟،؛")
_END_MARKS = "?!.؟ "  # a mark at the very end closes the second question, it does not part the two
_EDGE_WORDS = 2  # a question word stands at either end of each question ("ça finit quand", "où ... à quelle heure")
# "or" offers answers to choose from («واش ندوة ولا فطور»), which one question does (bot/choices.py).
_OR = pooled_folded(lambda profile: profile.or_words)
# Words that ask which or what. Not "is", «واش» or «est-ce», which open any clause, nor «ما», which
# inside a run says "not" or "before" («قبل ما»), unless "what is" («ما هي»); «من» opening the message
# asks "who", but inside a run it is far more often "from" («من أجل»).
_YES_OR_NO = pooled_stems(lambda profile: [*profile.yes_or_no_words, "est-ce"])
_ASKING = QUESTION_WORDS - _YES_OR_NO
_NOT_ASKING_INSIDE = ARABIC_PREPOSITIONS | {"ما"}
_PRONOUNS_ASKED_OF = pooled_folded(lambda profile: profile.pronouns_asked_of)
# Words that also join a clause to a noun or a verb ("la ville où ...", "the agency which funds", "qui
# contacter quand on ..."): where the whole reads as one question, no second question starts with them.
_MAY_JOIN_A_CLAUSE = pooled_folded(lambda profile: profile.clause_joiners | profile.relative_pronouns)
# Words that carry the first question on, on either side of a cut: «من اي تاريخ الى اي تاريخ», «من امتى
# حتى لامتى».
_CARRIES_ON = ARABIC_PREPOSITIONS | pooled_folded(lambda profile: profile.carrying_on_words)
_YES_OR_NO_OPENERS = pooled_folded(lambda profile: profile.yes_or_no_openers)
_SUBJECT_PRONOUNS = pooled_folded(lambda profile: profile.subject_pronouns)
_SUBJECTS = frozenset((EVENT, PROGRAMME))  # what a second question asks of without naming it again


class RunOnQuestions:
    """Cuts a run-on message into the two questions it asks, when the matcher reads both clearly."""

    def __init__(self, matcher: Matcher):
        self.matcher = matcher

    def read(self, part: str, lang: str, darija: bool | None, whole: Match) -> list[Match] | None:
        """Two matches, in the order asked, or None when the part reads as one question. A cut is kept
        only where both halves ask (a question word at either end of each, or a yes-or-no opening when
        the whole is unclear) and get two different entries confidently, and the whole gets one of them:
        its answer, or what it nearly asked when unclear ("comment s'inscrire quand on est invité" stays
        one)."""
        words = part.rstrip(_END_MARKS).split()
        if not 2 * _MIN_WORDS <= len(words) <= _MAX_WORDS or _PUNCTUATION.intersection(" ".join(words)):
            return None
        if whole.outcome is Outcome.FALLBACK:
            return None  # out of scope as a whole: not answered in pieces ("when is phase three which countries")
        said = [stem for stem, _ in terms(part)]  # most parts have one question word at most: read once
        loose = whole.confident_entry is None
        # Darija's question words in Latin letters ask only in a message read as Darija
        asking_words = _ASKING if darija else _ASKING - LATIN_DARIJA_QUESTION_WORDS
        if sum(stem in asking_words or (loose and stem in _YES_OR_NO) for stem in said) < 2:
            return None
        folded = [fold(word) for word in words]
        asking = [
            (at == 0 or word not in _NOT_ASKING_INSIDE or following in _PRONOUNS_ASKED_OF)
            and any(stem in asking_words for stem, _ in terms(word))
            for at, (word, following) in enumerate(zip(folded, [*folded[1:], ""], strict=True))
        ]
        # "is there parking", «wach kayn parking»: a yes-or-no question opens with "is there", «واش», which
        # open many a clause besides ("what did the programme do in ..."); counted only where they open a
        # half, and when the whole is unclear.
        opens = [False] * len(words)
        if loose:
            opens = [
                word in _YES_OR_NO_OPENERS or f"{word} {following}" in _YES_OR_NO_OPENERS
                for word, following in zip(folded, [*folded[1:], ""], strict=True)
            ]
        if any(word in _OR and not asks for word, asks in zip(folded, asking, strict=True)):
            return None  # answers offered to choose from (French "ou" may be "où")
        # What an unclear whole nearly asked: its tentative answer, its runner-up, the entries it offers.
        nearly = {whole.entry.id if whole.entry else None, whole.runner_up, *(entry.id for entry in whole.suggestions)}
        best: tuple[float, list[Match]] | None = None
        for cut in range(_MIN_WORDS, len(words) - _MIN_WORDS + 1):
            if not (
                self._asks_at_an_edge(asking, opens, 0, cut) and self._asks_at_an_edge(asking, opens, cut, len(words))
            ):
                continue
            if folded[cut] in _CARRIES_ON or folded[cut - 1] in _CARRIES_ON:
                continue
            joins = folded[cut] in _MAY_JOIN_A_CLAUSE
            if (joins and not loose) or (joins and folded[cut + 1] in _SUBJECT_PRONOUNS):
                continue
            if asking[cut - 1] and self._breaks_a_phrase(words[cut - 1], words[cut], darija):
                continue  # "what | time", «اي | ساعة»: one question word and its noun, read as one by the lexicon
            first_half, second_half = " ".join(words[:cut]), " ".join(words[cut:])
            asked = second_half
            if self.matcher.has_topic(first_half) and not self.matcher.has_topic(second_half):
                # The second asks of the first's subject, the event or the programme: matched with it, and one
                # question when that is the first's entry again («البرنامج بدا إمتى وسالا إمتى»), two when not
                # ("le petit dej ça commence à quelle heure ça finit quand": the start, then the end).
                subject = [word for word in words[:cut] if self._names_the_subject(word, darija)]
                asked = " ".join([*subject, second_half])
            pair = [self.matcher.match(half, lang, darija=darija) for half in (first_half, asked)]
            first, second = (match.confident_entry for match in pair)
            if first is None or second is None or first.id == second.id:
                continue
            if self.matcher.is_social(first) or self.matcher.is_social(second):
                continue
            if not loose and whole.entry is not None and whole.entry.id not in (first.id, second.id):
                continue
            if loose and not {first.id, second.id} & nearly:
                continue  # an unclear whole: one of the two is what it nearly asked
            score = min(match.score for match in pair)
            if best is None or score > best[0]:
                best = (score, pair)
        return best[1] if best else None

    def _names_the_subject(self, word: str, darija: bool | None) -> bool:
        """Is the word the event or the programme ("breakfast", «البرنامج»), and nothing else?"""
        read = self.matcher.terms(word, bool(darija))
        return bool(read) and all(term in _SUBJECTS for term, _ in read)

    def _breaks_a_phrase(self, before: str, after: str, darija: bool | None) -> bool:
        """Do the question word before a cut and the word after it make one lexicon phrase ("what time",
        «اي ساعة»: fewer terms together than apart)?"""

        def count(text: str) -> int:
            return len(self.matcher.terms(text, bool(darija)))

        return count(f"{before} {after}") < count(before) + count(after)

    @staticmethod
    def _asks_at_an_edge(asking: list[bool], opens: list[bool], start: int, end: int) -> bool:
        """Does the half from `start` to `end` ask, with a question word among its first or last words
        ("ça finit quand", "à quelle heure"), or open with "is", «واش»? Not one in the middle of a
        clause ("les pays qui participent ...")."""
        edges = {*range(start, min(end, start + _EDGE_WORDS)), *range(max(start, end - _EDGE_WORDS), end)}
        return opens[start] or any(asking[at] for at in edges)
