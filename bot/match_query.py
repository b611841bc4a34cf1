"""What the matcher (bot/matcher.py) works on: a prepared query (its words, their weights and the
knowledge base's words each may stand for), a phrasing, and the small rules about words: which
Latin-letter Darija words carry no meaning, how close a typo must be, and what a "how many" counts.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property

from rapidfuzz import fuzz, process

from bot.language_profiles import pooled
from bot.languages import LATIN_LANGUAGES
from bot.lexicon import CONCEPT_MARK, Lexicon
from bot.normalize import terms

# Latin-letter Darija words that carry no meaning for matching (like stop words).
DARIJA_FUNCTION_WORDS = pooled(lambda profile: profile.romanised_function_words)

_DARIJA_PREFIXES = ("l", "gha", "ka", "ta")  # "ghaybda" -> "ybda", "kaysali" -> "ysali", "lftour" -> "ftour"


def darija_word(
    word: str, is_stop: bool, lexicon_words: frozenset[str], skeletons: Mapping[str, str] | None = None
) -> tuple[str, bool]:
    """A word of a message typed in Latin-letter Darija, in the form the lexicon knows it."""
    if word in DARIJA_FUNCTION_WORDS:
        return word, True
    if word in lexicon_words:
        return word, is_stop
    # The article written onto the word (lftour, lblassa), or the future and present prefixes of a
    # verb (ghaybda, kaysali, katbda): taken off when what is left is a word of the lexicon.
    for prefix in _DARIJA_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 3 and word[len(prefix) :] in lexicon_words:
            return word[len(prefix) :], is_stop
    # Written another way (kaymawel for kaymowel, natayij for natayej, nbddl for nbdel).
    if skeletons and len(word) >= MIN_SKELETON_WORD and not word.isdigit():
        found = skeletons.get(darija_skeleton(word))
        if found is not None:
            return found, is_stop
    return word, is_stop


# Darija has no settled spelling in Latin letters: the vowels vary (kaymowel, kaymawel, kaymwel) and
# letters are doubled or not (nbeddel, nbdel). Its consonants, the digits written for Arabic sounds
# among them (3 for ع, 7 for ح, 9 for ق), stay.
_VOWELS = str.maketrans("", "", "aeiou")
MIN_SKELETON_WORD = 4  # shorter words share their consonants with too many others
MIN_SKELETON = 3


def darija_skeleton(word: str) -> str:
    """A Latin-letter Darija word's consonants, a doubled one written once: "kaymawel" -> "kymwl"."""
    consonants = word.translate(_VOWELS)
    return "".join(letter for at, letter in enumerate(consonants) if at == 0 or letter != consonants[at - 1])


def skeleton_index(words: Mapping[str, str]) -> dict[str, str]:
    """The lexicon's Darija words (word -> its concept) by skeleton; a skeleton that words of two
    concepts share tells neither, and is left out."""
    found: dict[str, dict[str, str]] = defaultdict(dict)  # skeleton -> concept -> a word of it
    for word, concept in sorted(words.items()):
        skeleton = darija_skeleton(word)
        if len(word) >= MIN_SKELETON_WORD and len(skeleton) >= MIN_SKELETON and not word.isdigit():
            found[skeleton].setdefault(concept, word)
    return {skeleton: next(iter(by_concept.values())) for skeleton, by_concept in found.items() if len(by_concept) == 1}


# Darija typed in Latin letters is Arabic spelt by ear: "nata2ij" is «نتائج», "hijra" is «هجرة». Both
# spellings are brought to the same consonants: vowels, w/y (long vowels as often as consonants) and the
# hamza dropped; 7 and h one sound (people write either for ح and ه), as are the emphatic and plain s, t
# and d; q and k for ق are 9.
_LATIN_DIGRAPHS = (("kh", "x"), ("ch", "c"), ("sh", "c"), ("gh", "g"), ("dj", "j"), ("ou", "u"), ("th", "t"))
_LATIN_CLASSES = str.maketrans({"q": "9", "h": "7", "2": None, "w": None, "y": None})
_ARABIC_CLASSES = str.maketrans(
    {
        "ب": "b", "ت": "t", "ث": "t", "ج": "j", "ح": "7", "خ": "x", "د": "d", "ذ": "d", "ر": "r", "ز": "z",
        "س": "s", "ش": "c", "ص": "s", "ض": "d", "ط": "t", "ظ": "d", "ع": "3", "غ": "g", "ف": "f", "ق": "9",
        "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "7", "ا": None, "و": None, "ي": None, "ء": None,
    }
)  # fmt: skip
# How an Arabic word sounds in Latin letters, to choose between words with the same consonants.
_ARABIC_SPOKEN = str.maketrans(
    {
        "ا": "a", "ب": "b", "ت": "t", "ث": "t", "ج": "j", "ح": "7", "خ": "kh", "د": "d", "ذ": "d", "ر": "r",
        "ز": "z", "س": "s", "ش": "ch", "ص": "s", "ض": "d", "ط": "t", "ظ": "d", "ع": "3", "غ": "gh", "ف": "f",
        "ق": "9", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "a", "و": "ou", "ي": "i", "ء": "2",
    }
)  # fmt: skip
MIN_ARABIC_SKELETON = 3  # "s7" (صحة) has too many namesakes


def _collapsed(letters: str) -> str:
    return "".join(letter for at, letter in enumerate(letters) if at == 0 or letter != letters[at - 1])


def arabizi_skeleton(word: str) -> str:
    """A Latin-letter Darija word's Arabic consonants: "nata2ij" -> "ntj", "lhijra" -> "l7jr"."""
    for pair, letter in _LATIN_DIGRAPHS:
        word = word.replace(pair, letter)
    return _collapsed(word.translate(_LATIN_CLASSES).translate(_VOWELS))


def arabic_skeleton(word: str) -> str:
    """A folded Arabic word's consonants in the same letters: «نتايج» -> "ntj", «هجره» -> "7jr" (the
    final ه is the folded ة, which Latin spelling writes as a vowel)."""
    if len(word) > 3 and word.endswith("ه"):
        word = word[:-1]
    return _collapsed(word.translate(_ARABIC_CLASSES))


def _long_vowels(word: str) -> int:
    return sum(letter in "اوي" for letter in word)


def _latin_vowels(word: str) -> int:
    return sum(letter in "aeiouwy" for letter in word.replace("ou", "u"))


def arabic_index(meanings: Mapping[str, str]) -> dict[str, list[tuple[str, str]]]:
    """Arabic words (word -> what it means: its lexicon concept, or itself) by skeleton."""
    found: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for word, meaning in sorted(meanings.items()):
        skeleton = arabic_skeleton(word)
        if len(skeleton) >= MIN_ARABIC_SKELETON and skeleton.isascii():
            found[skeleton].append((word, meaning))
    return dict(found)


CLEAR_READING = 5.0  # how much better (rapidfuzz ratio) one reading must be than another of a different meaning


def _one_meaning(latin: str, candidates: list[tuple[str, str]]) -> str | None:
    """The candidate that reads most like the Latin spelling ("ta9yim" is «تقييم», not «تقام»), unless
    one of another meaning reads about as well ("jalsa": «جلسة» the session or «جالس» seated). Words of
    the answers with the same consonants are one family («اختتام», «ختامي»): only two concepts of the
    lexicon, or a concept and such a word, are two meanings."""
    scored = sorted(
        (
            (
                fuzz.ratio(latin, word.translate(_ARABIC_SPOKEN)),
                word,
                meaning if meaning.startswith(CONCEPT_MARK) else "",
            )
            for word, meaning in candidates
        ),
        reverse=True,
    )
    best, word, meaning = scored[0]
    if any(score > best - CLEAR_READING and other != meaning for score, _, other in scored[1:]):
        return None
    return word


# A word read through its consonants is a guess, like a typo's: it counts for less than the word itself
# (bot/matcher.py), and a question whose only topic is such a guess is not answered on it.
READING_MARK = "≈"
READING_SIMILARITY = 0.85


class DarijaReader:
    """The words of a message in Latin-letter Darija, in the forms the matcher knows. A lexicon word
    spelt another way is read through its consonants (darija_word). A word that neither the lexicon
    nor the knowledge base knows is read as the Arabic word of the knowledge base or the lexicon with
    the same consonants ("nata2ij" -> «نتايج», "lhijra" -> «هجره»), the article or a verb prefix taken
    off first if needed."""

    def __init__(self, lexicon: Lexicon, vocabulary: Collection[str]):
        self._lexicon_words = lexicon.concept_words()
        self._skeletons = skeleton_index(lexicon.darija_words())
        concepts = lexicon.table("concepts", False)
        meanings = {phrase[0]: token for phrase, token in concepts.items() if len(phrase) == 1}
        meanings.update((word, word) for word in vocabulary if word not in meanings)
        self._meanings = {word: meaning for word, meaning in meanings.items() if meaning in vocabulary}
        self._by_skeleton = arabic_index(
            {word: meaning for word, meaning in self._meanings.items() if not word.isascii()}
        )

    def words(self, found: tuple[tuple[str, bool], ...]) -> tuple[tuple[str, bool], ...]:
        """(word, is_stop) pairs, a word read through Arabic marked as a guess ("nata2ij" -> "≈نتايج")."""
        result = []
        for word, is_stop in found:
            word, is_stop = darija_word(word, is_stop, self._lexicon_words, self._skeletons)
            known = is_stop or word in self._lexicon_words or word in self._meanings
            reading = None if known else self.read(word)
            result.append((word if reading is None else READING_MARK + self._meanings[reading], is_stop))
        return tuple(result)

    def read(self, word: str) -> str | None:
        if len(word) < MIN_SKELETON_WORD or not word.isascii() or word.isdigit():
            return None
        for prefix in ("", *_DARIJA_PREFIXES):
            rest = word[len(prefix) :]
            if word.startswith(prefix) and len(rest) >= MIN_SKELETON_WORD - 1:
                # An Arabic long vowel is written as a vowel in Latin letters: "kadir" is not «اكوادور».
                candidates = [
                    (arabic, meaning)
                    for arabic, meaning in self._by_skeleton.get(arabizi_skeleton(rest), ())
                    if _long_vowels(arabic) <= _latin_vowels(rest)
                ]
                found = _one_meaning(rest, candidates) if candidates else None
                if found is not None:
                    return found
        return None


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
_NUMBER_WORDS = frozenset(word for raw in pooled(lambda profile: profile.number_words) for word, _ in terms(raw))


def _counted(found: tuple[tuple[str, bool], ...]) -> str | None:
    """In "how many countries take part", what is counted: the first word after "how many" that is
    not a stop word ("combien de pays" -> §countries)."""
    words = [word for word, _ in found]
    if HOW_MUCH not in words:
        return None
    return next(
        (word for word, is_stop in found[words.index(HOW_MUCH) + 1 :] if not is_stop and word not in _NUMBER_WORDS),
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
