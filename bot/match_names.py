"""The event's and the programme's names, read as one word: what the event closes and who holds it
("the closing breakfast of phase 2 of the programme"), and who runs the programme ("the joint programme
of IOM and UNDP") are part of its name, not what a question asks about."""

from __future__ import annotations

import re
from collections.abc import Callable, Container

from bot.language_profiles import LATIN, pooled
from bot.languages import script_language
from bot.lexicon import CONCEPT_MARK
from bot.normalize import fold, pooled_folded, pooled_stems

EVENT = CONCEPT_MARK + "event"
WHAT_IS = CONCEPT_MARK + "what_is"  # "what is", "c'est quoi", «شنو هو»: what a thing is
# Who runs the programme, said with it ("the joint programme of IOM and UNDP"): part of its name.
PROGRAMME = CONCEPT_MARK + "programme"
PROGRAMME_MAKERS = frozenset(CONCEPT_MARK + concept for concept in ("iom", "undp", "united_nations"))
_BETWEEN = pooled_stems(lambda profile: profile.between_words)
_AND = pooled_stems(lambda profile: profile.and_words)
_FROM = pooled_stems(lambda profile: profile.from_words)
COLLEAGUE = CONCEPT_MARK + "colleague"
MAX_ORIGIN_WORDS = 2  # "from the health ministry": the words after those are what is asked
MAX_LINK_WORDS = 2  # "of the", "de l'", "entre l'": more is another clause ("the programme, and what does IOM do")
# What the event closes ("the closing session of the second phase of the programme") and who holds it
# ("le petit-déjeuner de l'OIM"): part of its name.
EVENT_SCENE = PROGRAMME_MAKERS | {
    CONCEPT_MARK + concept for concept in ("phase", "second", "programme", "programme_name")
}


def with_the_event_named(found: tuple[tuple[str, bool], ...], text: str = "") -> tuple[tuple[str, bool], ...]:
    """The words right after the event that say what it closes, or right before it who holds it, are its
    name: "the date of the closing breakfast of phase 2 of the programme" and "when is the IOM-UNDP
    breakfast" ask the breakfast's date, not the programme's (before it only when `text`, the words'
    text, is mostly in Latin letters: Arabic names who holds it after it). Kept when they are all the
    question says ("the closing session of phase 2?"), or name another phase ("phase 1")."""
    if all(is_stop or word == EVENT or word in EVENT_SCENE for word, is_stop in found):
        return found
    result: list[tuple[str, bool]] = []
    latin = any(word == EVENT for word, _ in found) and script_language(text) == LATIN  # read only when needed
    position = 0
    while position < len(found):
        word, is_stop = found[position]
        result.append(found[position])
        position += 1
        if word != EVENT:
            continue
        while latin and len(result) >= 2 and result[-2][0] in EVENT_SCENE and not result[-2][1]:
            del result[-2]  # who holds it, said just before it ("the IOM-UNDP breakfast"), is its name too
        end = position
        while end < len(found) and found[end][0] != EVENT and (found[end][1] or found[end][0] in EVENT_SCENE):
            end += 1
        if any(term[0].isdigit() for term in found[position : end + 1]):  # "phase 1", or a year just after
            continue
        result.extend(term for term in found[position:end] if term[0] not in EVENT_SCENE)
        position = end
    return tuple(result)


def with_the_programme_named(found: tuple[tuple[str, bool], ...]) -> tuple[tuple[str, bool], ...]:
    """The institutions said right beside the programme are its name: "who funds the joint programme of
    IOM and UNDP" asks who funds the programme, not what UNDP is. Kept when they are all the question
    says ("the IOM-UNDP programme?")."""
    if PROGRAMME not in (word for word, _ in found) or all(
        is_stop or word == PROGRAMME or word in PROGRAMME_MAKERS or word in _BETWEEN for word, is_stop in found
    ):
        return found
    named: set[int] = set()
    for position, (word, _) in enumerate(found):
        if word != PROGRAMME:
            continue
        links, after = 0, position + 1  # after it: "of IOM and UNDP", «بين المنظمة الدولية للهجرة و...»
        while after < len(found) and links <= MAX_LINK_WORDS:
            other, is_stop = found[after]
            if other in PROGRAMME_MAKERS:
                named.update(range(position + 1, after + 1))  # with the words joining them to it
                links = 0
            elif is_stop or other in _BETWEEN:
                links += 1
            else:
                break
            after += 1
        before = position - 1  # before it, joined by "and" alone: "the IOM and UNDP joint programme"
        while before >= 0 and (
            found[before][0] in PROGRAMME_MAKERS or found[before][0] in _AND and before < position - 1
        ):
            if found[before][0] in PROGRAMME_MAKERS:
                named.add(before)
            before -= 1
    return tuple(term for position, term in enumerate(found) if position not in named)


def with_the_colleague_named(
    found: tuple[tuple[str, bool], ...], kinds: frozenset[str]
) -> tuple[tuple[str, bool], ...]:
    """Where a colleague works says who they are, not what is asked: "can a colleague from the health
    ministry come with me?" asks about bringing a colleague, not about health or the ministry. Up to two
    words after "from" are left out, unless one of them is a kind of question ("a colleague from where?")."""
    if COLLEAGUE not in (word for word, _ in found):
        return found
    left_out: set[int] = set()
    for position, (word, _) in enumerate(found[:-1]):
        if word != COLLEAGUE or found[position + 1][0] not in _FROM:
            continue
        origin, said = [position + 1], 0
        for after in range(position + 2, len(found)):
            other, is_stop = found[after]
            if other in kinds or other == COLLEAGUE:
                break
            origin.append(after)
            said += not is_stop
            if said == MAX_ORIGIN_WORDS:
                break
        if said:
            left_out.update(origin)
    return tuple(term for position, term in enumerate(found) if position not in left_out)


_NAME = re.compile(r"[^\W\d_][^\W\d_A-Z]+")  # "Samira", "Benali": a capital, then small letters
_AROUND_A_NAME = ".,;:!?()\"'«»"
MAX_NAME_WORDS = 3  # "Samira Benali", "Fatima Zahra Alaoui"
_COLLEAGUE_NOUNS = pooled_folded(lambda profile: profile.colleague_nouns)
_COLLEAGUE_STARTS = tuple({noun[:4] for noun in _COLLEAGUE_NOUNS})  # how every one of them begins
_NOT_NAMES = frozenset(word.casefold() for word in pooled(lambda profile: profile.not_names))


def without_the_colleagues_name(
    text: str, read: Callable[[str], tuple[tuple[str, bool], ...]], known: Container[str]
) -> str:
    """The text without the name written right after "colleague" ("ma collègue Samira Benali", "my
    colleague Youssef from the ministry", "sahbti Samira"): a name says who, not what is asked, and a
    word the knowledge base never uses weighs against every entry. `read`: a text's terms; `known`: the
    knowledge base's words."""
    lowered = text.casefold()
    if not any(start in lowered for start in _COLLEAGUE_STARTS):  # most messages: no word read one by one
        return text
    kept: list[str] = []
    named = 0  # words of the name left out, after the last "colleague"
    after_colleague = removed = False
    for word in text.split():
        bare = word.strip(_AROUND_A_NAME)
        if after_colleague and named < MAX_NAME_WORDS and _is_a_name(bare, read, known):
            named += 1
            removed = True
            if trailing := word[len(word.rstrip(_AROUND_A_NAME)) :]:
                kept.append(trailing)  # "Samira," keeps its comma
            continue
        after_colleague = fold(bare) in _COLLEAGUE_NOUNS  # not "deputy" or "m3aya", also read as a colleague
        named = 0
        kept.append(word)
    return " ".join(kept) if removed else text


def _is_a_name(word: str, read: Callable[[str], tuple[tuple[str, bool], ...]], known: Container[str]) -> bool:
    """A capitalised word of Latin letters (Arabic has no capitals to tell a name by) that is no word of
    the knowledge base, nor a stop word ("Elle") or a lexicon phrase."""
    if not (word[:1].isupper() and _NAME.fullmatch(word)) or word.casefold() in _NOT_NAMES or word.endswith("ly"):
        return False
    return all(not is_stop and stem not in known and not stem.startswith(CONCEPT_MARK) for stem, is_stop in read(word))
