"""The clauses that open a question and only set its scene: who the sender is ("je suis journaliste à
Oujda, est-ce que la presse est admise ?", «أنا مهاجر من الكاميرون، واش نقدر نحضر؟») or a frame («نظرا
لارتباطاتي المهنية، متى ينتهي الفطور؟»). The question after them is matched alone."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from bot.language_profiles import pooled
from bot.normalize import ARABIC_AND, pooled_stems, terms
from bot.question_words import QUESTION_MARKS, QUESTION_WORDS, has_question_word
from bot.understanding import asks

IDENTITY_WORDS = pooled_stems(lambda profile: profile.identity_words)
_REQUEST_WORDS = pooled_stems(lambda profile: profile.request_words)
_FRAMING_OPENERS = frozenset(tuple(word for word, _ in terms(opener)) for opener in pooled(lambda p: p.framing_openers))
_SHORT_SCENE_WORDS = 6  # "je suis journaliste à Rabat", «أنا متأخر شوية الطريق عامرة»: who asks, in a few words
CLAUSE_END = re.compile(r"[,،;]|:(?=\s)")  # where a clause ends: a comma, Arabic or Latin, a semicolon or a colon


def _names_the_sender(text: str, question_words: frozenset[str]) -> bool:
    """Does the text say who the sender is ("je suis journaliste", «أنا مهاجر من الكاميرون»), asking nothing?"""
    said = [word for word, _ in terms(text)]
    # "m" is "I'm" only after "i": "la présence de M. Benali" says nothing of the sender
    i_am = any(first == "i" and second == "m" for first, second in zip(said, said[1:], strict=False))
    return (not IDENTITY_WORDS.isdisjoint(set(said) - {"m"}) or i_am) and not asks(text, question_words)


def tells_who_is_asking(sentence: str, question_words: frozenset[str] = QUESTION_WORDS) -> bool:
    """A sentence in which the sender says who they are, asking nothing ("I'm a reporter.")."""
    return _names_the_sender(sentence, question_words) and not sentence.rstrip().endswith(QUESTION_MARKS)


def only_introduces(message: str, parts: Iterable[str]) -> bool:
    """Beside its formulas, the message says who the sender is and asks nothing («صباح الخير، أنا محمد من
    الداخلة وهادي اول مرة كنستعمل هاد البوت»): no sentence asks a question or asks for something ("je
    voudrais", «بغيت», "send me")."""
    parts = list(parts)
    # («أنا سعاد من جمعية»: «من» there is "from", no question of who)
    asking = any(asks(part) or part.rstrip().endswith(QUESTION_MARKS) for part in parts)
    return not makes_a_request(message) and not asking and any(tells_who_is_asking(part) for part in parts)


def makes_a_request(message: str) -> bool:
    """Does the message ask for something without a question ("je voudrais", «بغيت», «نرجو منكم»)?"""
    # («ونود»: "and" on the verb, which the normaliser leaves on a word that may begin with و)
    return any(
        word in _REQUEST_WORDS or word.startswith(ARABIC_AND) and word[1:] in _REQUEST_WORDS
        for word, _ in terms(message)
    )


def after_the_sender(question: str, question_words: frozenset[str] = QUESTION_WORDS) -> str | None:
    """The question without the clauses before it saying who the sender is, asking nothing ("je suis
    journaliste à Oujda, est-ce que la presse est admise ?"), or None when it opens with none."""
    # (a form of address before it says nothing either: «خويا، أنا مغربي عايش فإيطاليا، شنو هي ...»)
    return after_leading_clauses(
        question,
        lambda clause: _names_the_sender(clause, question_words) or _only_addresses(clause),
        lambda clause: _names_the_sender(clause, question_words),
    )


def _only_addresses(clause: str) -> bool:
    """A clause of words that say nothing ("khouya", «خويا», "dear"), as a form of address."""
    return all(is_stop for _, is_stop in terms(clause))


def after_leading_clauses(
    text: str, sets_the_scene: Callable[[str], bool], needed: Callable[[str], bool] | None = None
) -> str | None:
    """The text without the clauses that open it and only set its scene, or None when none does (or,
    with `needed`, when none of them is such a clause)."""
    clauses = [clause for clause in CLAUSE_END.split(text) if clause.strip()]
    scene = next((at for at, clause in enumerate(clauses[:-1]) if not sets_the_scene(clause)), len(clauses) - 1)
    if needed is not None and not any(needed(clause) for clause in clauses[:scene]):
        return None
    return ",".join(clauses[scene:]).strip() if scene > 0 else None


def after_an_unpunctuated_scene(part: str) -> str | None:
    """The question after who the sender is, when no comma parts them («انا موظف فالوزارة اشمن نهار غادي
    يكون الفطور»): from the first question word, after a short scene that opens the message saying who
    the sender is (a longer one tells what they want: «انا مغربي فايطاليا بغيت نستثمر...»)."""
    words = part.split()
    if not tells_who_is_asking(" ".join(words[:2])):
        return None
    for at in range(2, min(len(words), _SHORT_SCENE_WORDS + 1)):
        if has_question_word(words[at]) and tells_who_is_asking(" ".join(words[:at])):
            return " ".join(words[at:])
    return None


def after_its_lead_in(part: str) -> str | None:
    """The question after a lead-in that ends with a colon ("I need the exact dates: phase 2, from when
    to when?", «خاصني التواريخ بالضبط: المرحلة الثانية من امتى حتى لامتى؟»), when it asks one."""
    lead_in, colon, question = part.rpartition(": ")
    return question if colon and lead_in.strip() and has_question_word(question) else None


def after_its_last_comma(part: str) -> str | None:
    """The last clause, when it opens with a question word after a comma ("j'ai une mission à Agadir le
    26, comment j'annule ?")."""
    *lead_in, question = CLAUSE_END.split(part)
    words = question.split()
    return question.lstrip() if "".join(lead_in).strip() and len(words) >= 2 and has_question_word(words[0]) else None


def frames(clause: str) -> bool:
    """Does the clause open with words that frame a question ("نظرا لارتباطاتي", "dans le cadre de"), an
    Arabic "and" before them or not («وحرصا منا»)?"""
    words = [word for word, _ in terms(clause)]
    if words and words[0].startswith(ARABIC_AND) and len(words[0]) > 3:
        words = [words[0][1:], *words[1:]]
    return any(tuple(words[: len(opener)]) == opener for opener in _FRAMING_OPENERS)


def asks_after_the_sender(part: str) -> bool:
    """Does a question word follow the clauses saying who the sender is, in the same sentence?"""
    rest = after_the_sender(part)
    return rest is not None and has_question_word(rest)
