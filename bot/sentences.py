"""Where a message's sentences start and end, before its questions are told apart (bot/understanding.py):
at sentence ends, smileys and an emoji after a sentence of its own, at a colon after a lead-in in which
the sender speaks, and at the numbers of a list ("1) quand ? 2) où ?"); a reason given after a question
is left out (bot/reasons.py). The answerer reads a word's other gender or number in brackets as the word
first (`without_bracketed_endings`)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from bot.normalize import pooled_stems, terms
from bot.question_words import OPENING_QUESTION_WORDS, OR_WORDS, QUESTION_WORDS, has_question_word
from bot.reasons import without_the_reason

_SENTENCE_END = re.compile(r"(?<=[?؟？!.;\n])\s*|\n+")
# A smiley ends a sentence too ("collègue de l'OIM Tunisie ici :) La phase 2 a démarré quand ?").
_SENTENCE_OR_SMILEY_END = re.compile(r"(?<=[?؟？!.;\n])\s*|(?<=[:;]\))\s+|(?<=[:;]-\))\s+|\n+")
# So does an emoji after a sentence ("Il fait un froid de canard à Rabat 🥶 bref, faut venir en costume ?"),
# but not one in a question ("Qui finance 💰 le programme ?"): see `_at_emoji`. Pictographs, flags, ⏰, ⭐,
# and the variation selector after one (❤️).
_EMOJI = "\U0001f1e6-\U0001f1ff\U0001f300-\U0001faff\u2600-\u27bf\u23f0-\u23fa\u2b50\ufe0f"
_EMOJI_AFTER = re.compile(f"(?<=[{_EMOJI}])" + r"\s+")
_COLON = re.compile(r"(?<=:)(?!\d)\s*")  # not a clock's "9:30"
# A list's number opening a line or following a sentence or a colon ("1. c'est quand ?", "2/ où ?", "3- qui ?"),
# or "2)" anywhere ("1) when is it? 2) where?"): it says nothing, and each item is a sentence of its own. Not a
# number after a word ("la phase 2. Qui l'a financée ?"), nor a range ("26 - 27 janvier").
_LIST_NUMBER = re.compile(
    r"(?:(?:^|(?<=[\n?؟!.;]))[ \t]*\d{1,2}|(?<=:)[ \t]*[1١])[ \t]*(?:[.)/]|-(?![ \t]*\d))[ \t]+"
)  # after a colon, only a first item ("Phase : 2 - qui finance ?" is no list)
_BRACKETED_NUMBER = re.compile(r"(?<!\S)\d{1,2}\)[ \t]+")
_FIRST_BRACKETED = re.compile(r"(?<!\S)[1١]\)")  # "Phase 2) who funded it?" is no list without a "1)"
_SENTENCE_WORDS = 3  # a lead-in shorter than this is no sentence of its own ("Need: venue and start time")
_OPENS_A_QUESTION = QUESTION_WORDS | OPENING_QUESTION_WORDS  # a sentence opening on one asks
# A word's other gender or number in brackets, as letters and forms write it ("cher(e)s", «السيد(ة)
# المحترم(ة)», "le(s) lieu(x)"): read as the word alone.
_BRACKETED_ENDING = re.compile(r"(?<=\w)\((?:ة|ه|e|es|s|x|ne|le)\)", re.IGNORECASE)
# The sender speaking of themselves, saying who they are or asking for something: a lead-in, not a subject
_SENDERS_WORDS = pooled_stems(lambda p: [*p.first_person_words, *p.identity_words, *p.request_words])


def without_bracketed_endings(text: str) -> str:
    """The text with each word's other gender or number in brackets left out ("cher(e)s" is "chers")."""
    return _BRACKETED_ENDING.sub("", text) if "(" in text else text


def sentences(text: str, keeps_its_reason: Callable[[str, str], bool] = lambda _b, _c: False) -> Iterator[str]:
    """The text's sentences, in order, each without the reason given after its question (unless
    `keeps_its_reason(question, reason)`: bot/reasons.py)."""
    if any(char.isdigit() for char in text):
        text = _LIST_NUMBER.sub("\n", text)
        if "(" not in text and _FIRST_BRACKETED.search(text):  # "(phase 2) what did it do?" is no list
            text = _BRACKETED_NUMBER.sub("\n", text)
    ends = _SENTENCE_OR_SMILEY_END if ")" in text else _SENTENCE_END
    for whole in (sentence for split in ends.split(text) for sentence in _at_emoji(split)):
        for piece in _at_colons(whole):
            if piece and piece.strip():
                yield without_the_reason(piece, keeps_its_reason)  # ", as I shall be driving": why, not what


def _at_emoji(sentence: str) -> list[str]:
    """The sentence split after each emoji that ends a sentence of its own: at least `_SENTENCE_WORDS` words
    that are not stop words, not opening on a question word ("Il fait un froid de canard à Rabat 🥶"), not
    "Qui finance 💰", "Le petit-déjeuner ☕️" nor "Super 👍"."""
    pieces: list[str] = []
    for piece in _EMOJI_AFTER.split(sentence):
        if pieces and not _a_sentence_of_its_own(pieces[-1]):
            pieces[-1] += " " + piece
        else:
            pieces.append(piece)
    return pieces


def _a_sentence_of_its_own(piece: str) -> bool:
    """Three words or more besides stop words, not opening on a question word (see `_at_emoji`)."""
    found = terms(piece)
    said = [word for word, is_stop in found if not is_stop]
    return len(said) >= _SENTENCE_WORDS and found[0][0] not in _OPENS_A_QUESTION


def _at_colons(sentence: str) -> list[str]:
    """A colon ends what leads to a question ("I have three questions: who funds it, ..."), but not the
    subject of a question ("the dress code: what is it?", "la phase 1 : quels résultats ?"), nor a question
    whose choices follow it ("which did better: Morocco or Tunisia?", "le mieux réussi : le
    Maroc ou la Tunisie ?")."""
    if ":" not in sentence:
        return [sentence]
    pieces: list[str] = []
    for piece in _COLON.split(sentence):
        found = terms(piece)
        # "My son's school: where is it?": a question naming nothing asks of what the colon follows
        names_nothing = all(is_stop or word in QUESTION_WORDS for word, is_stop in found)
        offers_choices = any(word in OR_WORDS for word, _ in found)
        asks_itself = has_question_word(piece, besides=OR_WORDS)  # French "ou" is "où" too
        if pieces and (
            names_nothing
            or _names_a_subject_only(pieces[-1])
            or not asks_itself
            and (offers_choices or has_question_word(pieces[-1]))
        ):
            pieces[-1] += " " + piece
        else:
            pieces.append(piece)
    return pieces


def _names_a_subject_only(lead: str) -> bool:
    """A lead in which the sender does not speak of themselves or ask for something ("La phase 1 : quels
    résultats ?", "Concernant le petit-déjeuner du 26 janvier : à quelle heure ?") is the subject asked
    about, not a sentence of its own ("Je viendrai avec deux collègues : y a-t-il un parking ?")."""
    said = [word for word, _ in terms(lead)]
    return len(said) < _SENTENCE_WORDS or _SENDERS_WORDS.isdisjoint(said)
