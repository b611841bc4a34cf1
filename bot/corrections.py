"""A correction names what was not meant ("No, I meant the breakfast, not the programme: when does it
end?", «لا، قصدت الفطور ماشي البرنامج، فوقاش كيسالي؟»). What it says was not meant is left out, so the
question is read of what was meant, not of both."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.language_profiles import pooled
from bot.normalize import fold
from bot.understanding import has_question_word

_NOT = frozenset(tuple(fold(word) for word in phrase.split()) for phrase in pooled(lambda p: p.not_meant_words))
_LONGEST_NOT = max(map(len, _NOT))
_BUT = frozenset(fold(word) for word in pooled(lambda profile: profile.but_words))
# A clause ends at a punctuation mark, which is kept, or a dash between spaces (not "petit-déjeuner").
_CLAUSES = re.compile(r"([,.;:!?؟،]+|\s[-–—]+\s)")
# The last word of each, as typed and folded: most messages have none ("and", "et" are everywhere), and
# are not folded word by word for nothing.
_KEY_WORDS = frozenset(
    word for phrase in pooled(lambda p: p.not_meant_words) for word in (phrase.split()[-1], fold(phrase.split()[-1]))
)
_AT_MOST = 6  # words set aside after "not": a correction names a subject, not a whole question
# "I meant", folded and padded with spaces, to be found among a text's folded words.
_MEANT = tuple(f" {' '.join(fold(word) for word in phrase.split())} " for phrase in pooled(lambda p: p.meant_words))


def without_what_is_not_meant(message: str, names_a_subject: Callable[[str], bool]) -> str:
    """The message without each "not ..." (up to its clause's end or a "but") that names a subject (the
    event, the programme) when the rest of the message names one too; the message unchanged otherwise.
    A "not" of anything else ("n'est-il pas ouvert au public ?", «ماشي فالرباط؟») stays."""
    if _KEY_WORDS.isdisjoint(message.casefold().split()):
        return message
    pieces = _CLAUSES.split(message)
    kept: list[str] = []
    corrected_any = False  # a "not" set aside after "I meant"
    for at, piece in enumerate(pieces):
        if _KEY_WORDS.isdisjoint(piece.casefold().split()):
            kept.append(piece)
            continue
        words = piece.split()
        folded = [fold(word) for word in words]
        found = next(((at, size) for at in range(len(words)) if (size := _not_at(folded, at))), None)
        if found is None:
            kept.append(piece)
            continue
        start, size = found
        after = start + size
        end = next((at for at in range(after, len(words)) if folded[at] in _BUT), len(words))
        said = " ".join(words[after:end])
        # With "I meant" before or after it, what follows "not" is the question not meant, whatever it
        # names («قصدت فوقاش كيسالي ماشي فوقاش كيبدا», «ماشي فوقاش كيبدا، قصدي شحال غادي يدوم»);
        # otherwise only a subject is set aside, not a second question.
        meant = _says_what_was_meant(" ".join(["".join(kept), *folded[:start]])) or _says_what_was_meant(
            " ".join([*folded[end:], *pieces[at + 1 :]])
        )
        if 0 < end - after <= _AT_MOST and (meant or (names_a_subject(said) and not has_question_word(said))):
            piece = " " + " ".join(words[:start] + words[end + 1 :]) + " "  # and its "but"
            corrected_any |= meant
        kept.append(piece)
    corrected = "".join(kept).strip()
    return corrected if corrected != message.strip() and (corrected_any or names_a_subject(corrected)) else message


def _says_what_was_meant(text: str) -> bool:
    folded = " " + " ".join(fold(word) for word in text.split()) + " "
    return any(phrase in folded for phrase in _MEANT)


def _not_at(folded: list[str], at: int) -> int:
    """How many words the "not" at this position has (the longest first), or 0."""
    for size in range(_LONGEST_NOT, 0, -1):
        if tuple(folded[at : at + size]) in _NOT:
            return size
    return 0
