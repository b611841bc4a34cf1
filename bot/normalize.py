"""Turning a phone-typed question into comparable tokens, the same way for questions and phrasings.

Case and accent folding for Latin script; Arabic normalisation (diacritics, tatweel, alef and hamza
forms, alef maqsura, ta marbuta, the definite article); punctuation; stop words; a light suffix
stemmer so that "funding" meets "funds" and "financement" meets "financé".
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Arabic letters folded to one form each: people type them interchangeably on phones.
_ARABIC_FOLD = str.maketrans(
    {
        "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
        "ى": "ي", "ئ": "ي", "ی": "ي",
        "ؤ": "و",
        "ة": "ه",
        "ک": "ك",
        "ـ": None,  # tatweel
    }
)
_ARABIC_PREFIXES = ("وال", "بال", "فال", "كال", "لل", "ال")
_TOKEN = re.compile(r"[0-9a-z\u0621-\u064a]+")
_ELISION = re.compile(r"\b(?:l|d|j|c|s|t|m|n|qu|jusqu|lorsqu|puisqu)['’`]")

# Function words that carry no meaning for matching. Question words that tell entries apart
# (when, where, who, how many ...) are kept on purpose: "where" vs "when" is the whole question.
_STOP_WORDS = {
    "fr": """
        a au aux avec c ca ce ces cet cette d de des du elle en est et etait etre il ils je j l la le les leur
        leurs lui m ma mais me mes moi mon n ne nos notre nous on ont ou par pas peut pour qu que quel quelle
        quelles quels s sa se ses si son sont sur t ta te tes toi ton tu un une vos votre vous y svp stp
        dites dis moi peux pouvez pourriez voudrais veux savoir connaitre aimerais
        c'est s'il plait
        """,
    "en": """
        a an the is are was were be been being am do does did of to in on at for with by from and or but
        this that these those it its i me my we our you your he she they them their what which can could
        would should will shall may might please tell know want like about any some there here s
        """,
    "ar": """
        في على الى عن مع هل ما ماذا هو هي هم انا انت نحن هذا هذه ذلك تلك او ثم قد لقد كان كانت يكون التي
        الذي الذين و ف ب ل ك من ممكن اريد ابغى بغيت عافاك لو سمحت رجاء اعرف نعرف اود
        """,
}


def _fold_accents(text: str) -> str:
    """Drops combining marks: é -> e for Latin, and Arabic harakat (also combining marks)."""
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _strip_arabic_prefix(token: str) -> str:
    for prefix in _ARABIC_PREFIXES:
        if token.startswith(prefix) and len(token) - len(prefix) >= 2:
            return token[len(prefix):]
    return token


# Longest first; a stem keeps at least four letters so that short words are left alone.
_LATIN_SUFFIXES = (
    "issements", "issement", "ements", "ement", "ations", "ation", "ateurs", "ateur", "atrices", "atrice",
    "ements", "ment", "ings", "ing", "ies", "ers", "eurs", "eur", "euses", "euse", "ees", "ee", "es", "ed",
    "er", "s", "x", "e",
)


def stem(token: str) -> str:
    if not token.isascii() or token.isdigit():
        return token
    for suffix in _LATIN_SUFFIXES:
        if token.endswith(suffix) and len(token) - len(suffix) >= 4:
            return token[: -len(suffix)]
    return token


def _normalised_stop_words() -> frozenset[str]:
    words: set[str] = set()
    for block in _STOP_WORDS.values():
        for word in block.split():
            folded = _fold_accents(word.casefold()).translate(_ARABIC_FOLD)
            words.update(_TOKEN.findall(folded.replace("'", " ")))
    return frozenset(words)


STOP_WORDS = _normalised_stop_words()


def fold(text: str) -> str:
    """Case, accents, Arabic letter forms and punctuation folded; words separated by single spaces."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = _ELISION.sub(" ", text)
    text = _fold_accents(text).translate(_ARABIC_FOLD)
    return " ".join(_TOKEN.findall(text))


@lru_cache(maxsize=4096)
def tokens(text: str) -> tuple[str, ...]:
    """The meaningful tokens of a text: folded, stop words removed, Arabic article and Latin suffixes stripped."""
    result = []
    for word in fold(text).split():
        if word in STOP_WORDS:
            continue
        word = stem(_strip_arabic_prefix(word))
        if word and word not in STOP_WORDS:
            result.append(word)
    return tuple(result)
