"""A correction names what was not meant ("No, I meant the breakfast, not the programme: when does it
end?", «لا، قصدت الفطور ماشي البرنامج، فوقاش كيسالي؟»). What it says was not meant is left out, so the
question is read of what was meant, not of both."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.language_profiles import pooled
from bot.normalize import fold, pooled_folded
from bot.question_words import has_question_word

_NOT = frozenset(tuple(fold(word) for word in phrase.split()) for phrase in pooled(lambda p: p.not_meant_words))
_LONGEST_NOT = max(map(len, _NOT))
_BUT = pooled_folded(lambda profile: profile.but_words)
# A clause ends at a punctuation mark, which is kept, or a dash between spaces (not "petit-déjeuner").
_CLAUSES = re.compile(r"([,.;:!?؟،]+|\s[-–—]+\s)")
# The last word of each, as typed and folded: most messages have none ("and", "et" are everywhere), and
# are not folded word by word for nothing.
_KEY_WORDS = frozenset(
    word for phrase in pooled(lambda p: p.not_meant_words) for word in (phrase.split()[-1], fold(phrase.split()[-1]))
)
_AT_MOST = 6  # words set aside after "not": a correction names a subject, not a whole question


_VERB_NOT = pooled_folded(lambda profile: profile.verb_negations)
_BEFORE_A_VERB_NOT = pooled_folded(lambda profile: profile.auxiliaries)
_NOT_OF_A_VERB = pooled_folded(lambda profile: profile.after_a_verb_not)  # "not sure", "pas encore"
_YES_OR_NO = pooled_folded(lambda profile: profile.yes_or_no_words)
_ONLY = pooled_folded(lambda profile: profile.only_words)
_GOING = pooled_folded(lambda profile: profile.going_words)  # «ماشي ل...»: "going to"
# "I meant", folded and padded with spaces, to be found among a text's folded words.
_MEANT = tuple(f" {' '.join(fold(word) for word in phrase.split())} " for phrase in pooled(lambda p: p.meant_words))


def without_what_is_not_meant(message: str, names_a_subject: Callable[[str], bool]) -> str:
    """The message without each "not ..." (up to its clause's end or a "but") that names a subject (the
    event, the programme) when the rest of the message names one too, or that follows or precedes "I
    meant" in the next clause whatever it names; the message unchanged otherwise. A "not" of anything
    else ("n'est-il pas ouvert au public ?", «ماشي فالرباط؟», "is it not open?") stays."""
    if _KEY_WORDS.isdisjoint(message.casefold().split()):
        return message
    pieces = _CLAUSES.split(message)  # clauses, and between them the marks that end them
    kept: list[str] = []
    corrected_any = False  # a "not" set aside after "I meant"
    for position, piece in enumerate(pieces):
        if _KEY_WORDS.isdisjoint(piece.casefold().split()):
            kept.append(piece)
            continue
        words = piece.split()
        folded = [fold(word) for word in words]
        found = next(((at, size) for at in range(len(words)) if (size := _not_at(folded, at))), None)
        if found is None or _negates_a_verb(folded, *found):
            kept.append(piece)
            continue
        start, size = found
        after = start + size
        end = next((at for at in range(after, len(words)) if folded[at] in _BUT), len(words))
        said = " ".join(words[after:end])
        # With "I meant" before or after it, in its clause or the next, what follows "not" is the
        # question not meant, whatever it names («قصدت فوقاش كيسالي ماشي فوقاش كيبدا», «ماشي فوقاش
        # كيبدا، قصدي شحال غادي يدوم»); otherwise only a subject is set aside, not a second question.
        before = [pieces[position - 2] if position >= 2 else "", *folded[:start]]
        following = [*folded[end:], pieces[position + 2] if position + 2 < len(pieces) else ""]
        meant = says_what_was_meant(" ".join(before)) or says_what_was_meant(" ".join(following))
        if 0 < end - after <= _AT_MOST and (meant or (names_a_subject(said) and not has_question_word(said))):
            piece = " " + " ".join(words[:start] + words[end + 1 :]) + " "  # and its "but"
            corrected_any |= meant
        kept.append(piece)
    corrected = "".join(kept).strip()
    if corrected == message.strip():
        return message
    # After "I meant", what is left is what was meant, even a topic alone («قصدت الساعة»).
    return corrected if corrected_any or names_a_subject(corrected) else message


def _negates_a_verb(folded: list[str], start: int, size: int) -> bool:
    """Is the "not" a verb's ("je ne sais pas", "n'est pas", "is not open", "not sure"), or «ماشي» before
    «ل»: "going to" («ماشي للرباط», "machi l rbat")? Then it corrects nothing."""
    if not _BUT.isdisjoint(folded[start + size :]):
        return False  # "je ne parlais pas du programme mais du petit-déjeuner": a correction
    not_word, previous = folded[start], folded[start - 1] if start else ""
    following = folded[start + size] if start + size < len(folded) else ""
    if not_word in _VERB_NOT and (
        not _BEFORE_A_VERB_NOT.isdisjoint(folded[max(0, start - 2) : start]) or previous.endswith("n't")
    ):
        return True  # "is not open", "is it not in Rabat"
    if not _YES_OR_NO.isdisjoint(folded[:start]):
        return True  # a yes-or-no question asks about the "not" («واش الفطور ماشي فالرباط»)
    if not _ONLY.isdisjoint(folded[start + size : start + size + 2]):
        return True  # "not the only country", «pas le seul»
    if any(word == "ne" or word.startswith(("n'", "n’")) for word in folded[max(0, start - 4) : start]):
        return True
    return following in _NOT_OF_A_VERB or (
        not_word in _GOING and following.startswith(("ل", "l")) and following != "la"
    )


def says_what_was_meant(text: str) -> bool:
    """Does the text say what the sender meant ("I meant", «قصدت», "je voulais dire")?"""
    folded = " " + " ".join(fold(word) for word in text.split()) + " "
    return any(phrase in folded for phrase in _MEANT)


def _not_at(folded: list[str], at: int) -> int:
    """How many words the "not" at this position has (the longest first), or 0."""
    for size in range(_LONGEST_NOT, 0, -1):
        if tuple(folded[at : at + size]) in _NOT:
            return size
    return 0
