"""What the matcher (bot/matcher.py) works on: a prepared query (its words, their weights and the
knowledge base's words each may stand for), a phrasing, and the small rules about words: how close a typo
must be, and what a "how many" counts. Latin-letter Darija is read by bot/darija_reading.py.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property

from rapidfuzz import fuzz, process

from bot.darija_reading import READING_MARK, READING_SIMILARITY
from bot.languages import LATIN_LANGUAGES
from bot.lexicon import CONCEPT_MARK
from bot.normalize import pooled_stems, stem, terms


@dataclass(frozen=True)
class _Phrasing:
    entry_index: int
    lang: str
    tokens: frozenset[str]
    weight: float  # sum of the IDF of its tokens


def _fuzzy_cutoff(token: str) -> float | None:
    """How similar a word must be to count as a typo of another; short words must match exactly."""
    if len(token) <= 3 or token.isdigit():
        return None
    if len(token) <= 5:
        return 85.0  # one letter dropped still matches; "cout" no longer passes for "countr"
    return 75.0


CONTENT_WEIGHT = 1.0  # stop words weigh at most 0.15 of the rarest word's 3.6: a word above this is a topic


@dataclass(frozen=True)
class _Query:
    """A question's distinct words, each with its weight and the vocabulary words it may stand for."""

    words: tuple[str, ...]
    weights: tuple[float, ...]
    expansions: tuple[tuple[tuple[str, float], ...], ...]
    total_weight: float
    kinds: frozenset[str] = frozenset()  # the question kinds it asks (lexicon concept tokens)
    counted: str | None = None  # for "how many X": X
    names: frozenset[str] = frozenset()  # the lexicon's names it names ("Tunisia")
    not_covered: frozenset[str] = frozenset()  # topics no entry covers that it asks about ("a hotel")

    @cached_property
    def numbers(self) -> tuple[str, ...]:
        return tuple(word for word in self.words if word.isdigit())

    def explained_by(self, vocab: frozenset[str]) -> float:
        """The share of the question's weight that a set of vocabulary words accounts for."""
        explained = sum(
            weight * max((similarity for word, similarity in found if word in vocab), default=0.0)
            for weight, found in zip(self.weights, self.expansions, strict=False)
        )
        return explained / self.total_weight

    @property
    def only_guessed(self) -> bool:
        """Every word that weighs is a typo guess ("pray" read as "pay"): not enough to answer on."""
        content = [
            found for weight, found in zip(self.weights, self.expansions, strict=False) if weight >= CONTENT_WEIGHT
        ]
        return bool(content) and all(found and found[0][1] < 1.0 for found in content)

    @property
    def is_sentence(self) -> bool:
        """Three words or more show a language; one or two ("accreditation") do not."""
        return len(self.words) >= 3

    def best_language(self, vocab: Mapping[str, frozenset[str]], preferred: str) -> str:
        """For a Latin question with no telling words: the Latin-script language (French or English)
        whose phrasings of the entry (`vocab`, per language) explain it better; the preferred language
        when two explain it equally well ("programme", "Rabat", "MDCMREAM" are French and English alike)."""
        explained = {lang: self.explained_by(vocab[lang]) for lang in LATIN_LANGUAGES}
        best = max(explained, key=explained.__getitem__, default=preferred)
        if any(abs(explained[best] - score) <= 0.05 for lang, score in explained.items() if lang != best):
            return preferred
        return best

    def topic_outside(self, vocab: Collection[str], kinds: Collection[str], keywords: Collection[str]) -> bool:
        """A topic of the question (a concept, not a kind, that some entry has among its `keywords`) that
        is not in an entry's `vocab` (a Darija reading counts as the concept it reads: "natija")."""
        return any(
            topic.startswith(CONCEPT_MARK) and topic not in kinds and topic not in vocab and topic in keywords
            for word, weight in zip(self.words, self.weights, strict=False)
            if weight >= CONTENT_WEIGHT
            for topic in (word.removeprefix(READING_MARK),)
        )

    @property
    def unknown_share(self) -> float:
        """The share of the question made of words the knowledge base has never seen (stop words do not
        count: "homa" and "dial" in "chno homa l ahdaf dial l programme" are not what is asked)."""
        unknown = sum(
            weight
            for weight, found in zip(self.weights, self.expansions, strict=False)
            if not found and weight >= CONTENT_WEIGHT
        )
        return unknown / self.total_weight


HOW_MUCH = CONCEPT_MARK + "how_much"
# "the number of" says nothing of what is counted: "كم عدد المهاجرين" counts migrants.
_NUMBER_WORDS = pooled_stems(lambda profile: profile.number_words)


def _counted(found: tuple[tuple[str, bool], ...]) -> str | None:
    """In "how many countries take part" or «عدد المدعوين» ("the number of guests"), what is counted: the
    first word after "how many" or "the number of" that is not a stop word ("combien de pays" -> §countries)."""
    start = next((at for at, (word, _) in enumerate(found) if word == HOW_MUCH or word in _NUMBER_WORDS), None)
    if start is None:
        return None
    return next(
        (word for word, is_stop in found[start + 1 :] if not is_stop and word not in _NUMBER_WORDS),
        None,
    )


def _prefixed(longer: str, shorter: str) -> bool:
    """`longer` is `shorter` behind a prefix of two letters or more ("re"+"present", "in"+"direct"),
    other than Darija's negation ("ma"+"b9itch")."""
    prefix = longer[: len(longer) - len(shorter)]
    return len(prefix) >= 2 and longer.endswith(shorter) and not (prefix == "ma" and longer.endswith(("ch", "sh")))


# A typo of a lexicon word is read as its concept only when long and close ("brekfast"): a concept
# has many words, and a looser guess would find one for anything ("cart" is not "car").
ALIAS_CUTOFF = 88.0
MIN_ALIAS_TYPO = 7


_SENTENCES = re.compile(r"(?<=[.!?])\s+")
_WORDS = re.compile(r"[\w'-]+")


def names_in(answers: Iterable[str], keywords: Collection[str]) -> frozenset[str]:
    """The entry's keywords its answers capitalise inside a sentence: the names it lists ("Bangladesh",
    "Serbie", "Strategic Plan"), as stems."""
    capitalised = {
        stem
        for answer in answers
        for sentence in _SENTENCES.split(answer)
        for word in _WORDS.findall(sentence)[1:]
        if word[:1].isupper()
        for stem, is_stop in terms(word)
        if not is_stop
    }
    return frozenset(word for word in keywords if word in capitalised and not word.startswith(CONCEPT_MARK))


class FuzzyVocabulary:
    """The knowledge base's words, found again from a typo: a word is compared (rapidfuzz) only with the
    words that share at least a third of its letter pairs, which keeps a large knowledge base fast.
    `concepts`: the lexicon's phrases, whose single words stand for their concept (the phrasings only
    hold §event, so "brekfast" is found through "breakfast")."""

    def __init__(self, words: Collection[str], concepts: Mapping[tuple[str, ...], str] | None = None):
        self._aliases = {
            phrase[0]: token
            for phrase, token in (concepts or {}).items()
            if len(phrase) == 1 and token in words and phrase[0] not in words
        }
        self.words = sorted({*words, *self._aliases})
        self._known = frozenset(words)
        self._pair_postings: dict[str, list[int]] = defaultdict(list)  # letter pair -> words with it
        for index, word in enumerate(self.words):
            for pair in {word[i : i + 2] for i in range(len(word) - 1)}:
                self._pair_postings[pair].append(index)

    def _candidates(self, token: str) -> list[str]:
        pairs = {token[i : i + 2] for i in range(len(token) - 1)}
        shared: Counter[int] = Counter()
        for pair in pairs:
            shared.update(self._pair_postings.get(pair, ()))
        needed = max(1, len(pairs) // 3)
        # In the vocabulary's order, not the letter pairs' (a set's order changes with each run): equally
        # close words are then kept the same way every time.
        return [self.words[index] for index in sorted(shared) if shared[index] >= needed]

    def similar(self, token: str, exact_only: bool = False) -> tuple[tuple[str, float], ...]:
        """Vocabulary words this token may stand for, with a similarity in (0, 1]. `exact_only` for a
        stop word, which is never a typo of a topic word ("était" is not "état")."""
        if token in self._known:
            return ((token, 1.0),)
        if exact_only:
            return ()
        if (again := stem(token)) != token and (again in self._known or again in self._aliases):
            return ((self._aliases.get(again, again), 0.95),)  # "achievments": "achievment", then "achiev"
        if token.startswith(READING_MARK):  # a Darija word read through its consonants (DarijaReader)
            return ((token[len(READING_MARK) :], READING_SIMILARITY),)
        cutoff = _fuzzy_cutoff(token)
        if cutoff is None:
            return ()
        found = process.extract(token, self._candidates(token), scorer=fuzz.ratio, score_cutoff=cutoff, limit=3)
        best: dict[str, float] = {}
        for word, score, _ in found:
            if word in self._aliases and (score < ALIAS_CUTOFF or len(token) < MIN_ALIAS_TYPO):
                continue
            if _prefixed(token, word) or _prefixed(word, token):  # "represent" is not "present", a typo of it
                continue
            meant = self._aliases.get(word, word)
            best[meant] = max(best.get(meant, 0.0), score / 100.0)
        return tuple(best.items())
