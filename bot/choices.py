"""A question that offers the answers to choose from ("ça commence à 8h ou à 9h ?", «الفطور نهار 26 ولا
27؟», «شكون ممول البرنامج، سويسرا ولا الاتحاد الأوروبي؟»): the answers offered are guesses, not what it
asks about.

- Numbers: elsewhere a number the knowledge base lacks weighs fully ("phase 3", "2023"); offered as a
  choice, it is read as not said.
- Words in a clause of their own after the question: the question before them is matched alone.
- Words inside the question are often what it asks and what no entry covers («بالخلاص ولا فابور»,
  "livestreamed or recorded"): set aside only to confirm the one entry a "did you mean" offers
  («واش OIM تابعة للأمم المتحدة ولا مستقلة؟»)."""

from __future__ import annotations

from bot.lexicon import CONCEPT_MARK
from bot.matcher import Matcher
from bot.normalize import terms
from bot.question_words import OR_WORDS
from bot.understanding import asks
from bot.verdict import Match, Outcome
from bot.who_is_asking import CLAUSE_END

_CLOCK_TIME = CONCEPT_MARK + "time_of_day"  # an hour, as the lexicon reads "9h", «مع 9»
_ALTERNATIVE_WORDS = 4  # at most, in the alternative after "or" ("ولا مع 9", "or on the 31st")
_CHOICES_WORDS = 8  # at most, in the clause that offers the answers ("سويسرا ولا الاتحاد الأوروبي")


class Choices:
    """Reads a question that offers answers to choose from, when it is not answered confidently whole."""

    def __init__(self, matcher: Matcher):
        self.matcher = matcher

    def read(self, part: str, lang: str, darija: bool | None, whole: Match) -> Match:
        """`whole`, the part's own match, or the answer to what it asks besides the answers it offers."""
        if whole.confident_entry is not None:
            return whole
        said = self.matcher.terms(part, bool(darija))
        if offered := _offered_numbers(said):
            chosen = self.matcher.match(part, lang, darija=darija, ignore=offered)  # "8h ou 9h ?": the time
            if (entry := chosen.confident_entry) and not self.matcher.is_social(entry):
                return chosen
        if before_choices := _asked_before_the_choices(part):
            chosen = self.matcher.match(before_choices, lang, darija=darija)  # "شكون ممول البرنامج، سويسرا ولا ...؟"
            return chosen if (entry := chosen.confident_entry) and not self.matcher.is_social(entry) else whole
        # Offered inside the question ("واش OIM تابعة للأمم المتحدة ولا مستقلة؟"), words are often what no
        # entry covers («بالخلاص ولا فابور»): set aside only to confirm the one entry a "did you mean" offers.
        if whole.outcome is Outcome.SUGGEST and len(whole.suggestions) == 1 and (alternative := _alternative(said)):
            chosen = self.matcher.match(part, lang, darija=darija, ignore=frozenset(alternative))
            if chosen.confident_entry == whole.suggestions[0]:
                return chosen
        return whole


def _alternative(said: tuple[tuple[str, bool], ...]) -> tuple[str, ...]:
    """The words after a question's last "or" (as `terms` reads them), when there are a few ("ولا مع 9",
    "or on the 31st"); empty otherwise."""
    words = [word for word, _ in said]
    last_or = max((at for at, word in enumerate(words) if word in OR_WORDS), default=None)
    if last_or is None or not 0 < len(words) - last_or - 1 <= _ALTERNATIVE_WORDS:
        return ()
    return tuple(words[last_or + 1 :])


def _offered_numbers(said: tuple[tuple[str, bool], ...]) -> frozenset[str]:
    """The numbers of a question (as `terms` reads them) when it offers numbers to choose from: the
    alternative after its last "or" is a number or an hour ("8 ou 9", "2018 ام دجنبر 2017"). Empty otherwise ("phase
    3 ولا سالات" offers no number: the phase is what it asks about)."""
    if not any(word[-1:].isdigit() or word == _CLOCK_TIME for word in _alternative(said)):
        return frozenset()
    return frozenset(word for word, _ in said if word[-1:].isdigit())


def _asked_before_the_choices(question: str) -> str | None:
    """The question before the answers it offers to choose from, in a clause of their own ("شكون ممول
    البرنامج، سويسرا ولا الاتحاد الأوروبي؟", "c'est quand, le 26 ou le 27 ?"), or None. The answers
    offered are guesses; what is asked is before them."""
    clauses = CLAUSE_END.split(question)
    # the clause just before them asks ("انا من جمعية، واش الفطور بالخلاص ولا فابور؟" asks in the choices)
    if len(clauses) < 2 or not asks(clauses[-2]):
        return None
    offered = [word for word, _ in terms(clauses[-1])]
    if not 0 < len(offered) <= _CHOICES_WORDS or OR_WORDS.isdisjoint(offered[1:]):
        return None
    return question[: len(question) - len(clauses[-1]) - 1]
