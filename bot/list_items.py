"""A question's list of subjects: "the objectives, the funder and the countries", "l'adresse et le dress
code", «الأهداف والشركاء». Each item may be a question of its own; the caller decides (bot/answering.py)."""

from __future__ import annotations

from bot.language_profiles import ARABIC_SCRIPT, PROFILES, pooled
from bot.languages import is_latin_darija
from bot.normalize import ARABIC_AND, terms
from bot.understanding import CHUNK, CONJUNCTIONS, SYMBOLS_FOR_AND

_WORDS_FROM_WAW = tuple(pooled(lambda profile: profile.not_and_on))
# "and" of Arabic typed in Latin letters ("w"): in English shorthand "w" is "with" ("what did they do w
# the entraide nationale"), so it joins items only in a message read as Latin-letter Darija.
_LATIN_DARIJA_AND = frozenset(
    word for profile in PROFILES if profile.script == ARABIC_SCRIPT for word in profile.and_words if word.isascii()
)
_AND_OUTSIDE_DARIJA = CONJUNCTIONS - _LATIN_DARIJA_AND


def list_items(question: str) -> list[str]:
    """A question split at its commas and its "and" ("the objectives, the funder and the countries",
    "l'adresse et le dress code", "الأهداف والشركاء"): the caller keeps the split only when every item
    is answered on its own, so "migration and development" stays whole."""
    items: list[list[str]] = [[]]
    conjunctions = CONJUNCTIONS if is_latin_darija(question) else _AND_OUTSIDE_DARIJA
    for raw in CHUNK.findall(question):
        words = tuple(word for word, _ in terms(raw))
        if raw in SYMBOLS_FOR_AND or words[:1] and words[0] in conjunctions and len(words) == 1:
            items.append([])
            continue
        # والشركاء, وتاريخ: "and the partners", "and the date"; not a word whose own first letter is و
        # (وزارة: the language profile's not_and_on)
        if (
            raw.startswith(ARABIC_AND)
            and len(raw) >= 4
            and not raw.startswith(_WORDS_FROM_WAW)
            and items[-1]
            and not _says_nothing_alone(raw[1:])
        ):
            items.append([raw[1:]])
            continue
        trailing_comma = raw.endswith((",", "،"))
        items[-1].append(raw.rstrip(",،"))
        if trailing_comma:
            items.append([])
    return [" ".join(item) for item in items if item]


def _says_nothing_alone(word: str) -> bool:
    """A stop word («حتى» in «وحتى لإمتى», "and until when"): no item of a list starts with it."""
    read = terms(word)
    return not read or read[0][1]
