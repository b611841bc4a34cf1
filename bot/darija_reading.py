"""Latin-letter Darija read in the forms the matcher knows (bot/matcher.py): a lexicon word spelt another
way is found through its consonants, and a word nobody knows is read as the Arabic word of the knowledge
base with the same consonants ("nata2ij" -> «نتايج»), its use of digits for Arabic sounds included.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Mapping

from rapidfuzz import fuzz

from bot.language_profiles import pooled
from bot.lexicon import CONCEPT_MARK, Lexicon

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
    # The present tense's y written i (ibda, ihder, idiro): the verb as the lexicon spells it.
    if word.startswith("i") and len(word) >= 4 and (with_y := "y" + word[1:]) in lexicon_words:
        return with_y, is_stop
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
