"""A question's list of subjects: "the objectives, the funder and the countries", "l'adresse et le dress
code", «الأهداف والشركاء». Each item may be a question of its own; the caller decides (bot/answering.py)."""

from __future__ import annotations

from bot.language_profiles import ARABIC_SCRIPT, PROFILES, pooled
from bot.languages import is_latin_darija
from bot.normalize import ARABIC_AND, fold, terms
from bot.question_words import has_question_word
from bot.understanding import CHUNK, CONJUNCTIONS, SYMBOLS_FOR_AND

_WORDS_FROM_WAW = tuple(pooled(lambda profile: profile.not_and_on))
# "and" of Arabic typed in Latin letters ("w"), which English shorthand uses for "with" ("what did they do
# w the entraide nationale"): outside a Latin-letter Darija message, no list is split at it before "the",
# "my", "him" ...
_LATIN_DARIJA_AND = frozenset(
    word for profile in PROFILES if profile.script == ARABIC_SCRIPT for word in profile.and_words if word.isascii()
)
_AFTER_WITH = pooled(lambda profile: profile.after_with_shorthand)
_FRAME_OPENERS = tuple(f"{fold(opener)} " for profile in PROFILES for opener in profile.frame_openers)


def list_items(question: str, darija: bool | None = None) -> list[str]:
    """A question split at its commas and its "and" ("the objectives, the funder and the countries",
    "l'adresse et le dress code", "الأهداف والشركاء"): the caller keeps the split only when every item
    is answered on its own, so "migration and development" stays whole. `darija`: the whole message is
    Latin-letter Darija (None: read from the question)."""
    items: list[list[str]] = [[]]
    chunks = CHUNK.findall(question)
    for at, raw in enumerate(chunks):
        words = tuple(word for word, _ in terms(raw))
        joins = words[:1] and words[0] in CONJUNCTIONS and len(words) == 1
        if raw in SYMBOLS_FOR_AND or joins and not _with_in_shorthand(chunks, at, question, darija):
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
    listed = [" ".join(item) for item in items if item]
    # "après la santé, le programme s'est élargi à quel domaine ?": the frame is no subject of its own
    return listed[1:] if len(listed) >= 2 and _opens_a_frame(listed[0]) else listed


def _opens_a_frame(item: str) -> bool:
    """Does the item set a frame for what follows ("après la santé, le programme s'est élargi à quel
    domaine ?", «من بعد الصحة، فاش مجال اخر؟»), asking nothing itself?"""
    folded = f"{fold(item)} "
    opener = next((opener for opener in _FRAME_OPENERS if folded.startswith(opener)), None)
    return opener is not None and not has_question_word(folded[len(opener) :])


def _says_nothing_alone(word: str) -> bool:
    """A stop word («حتى» in «وحتى لإمتى», "and until when"): no item of a list starts with it."""
    read = terms(word)
    return not read or read[0][1]


def _with_in_shorthand(chunks: list[str], at: int, question: str, darija: bool | None) -> bool:
    """Is the chunk at `at` "w" for "with" ("w the entraide"), in a message not read as Latin-letter Darija?"""
    if at + 1 == len(chunks) or chunks[at].casefold() not in _LATIN_DARIJA_AND:
        return False
    if chunks[at + 1].casefold() not in _AFTER_WITH:
        return False
    return not (is_latin_darija(question) if darija is None else darija)
