"""Turning a phone-typed question into comparable tokens, the same way for questions and phrasings.

Case and accent folding for Latin script; Arabic normalisation (diacritics, tatweel, alef and hamza
forms, alef maqsura, ta marbuta, the definite article); punctuation; stop words; a light suffix
stemmer so that "funding" meets "funds" and "financement" meets "financé".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from functools import lru_cache

from bot.language_profiles import PROFILES, LanguageProfile, pooled

# Arabic letters folded to one form each: people type them interchangeably on phones (bot/reasons.py too).
ARABIC_FOLD = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ئ": "ي",
        "ی": "ي",
        "ؤ": "و",
        "ة": "ه",
        "ک": "ك",
        # Letters added for foreign sounds in Morocco: g, v, p, ch ("مايگريشن", "ڤيزا")
        "گ": "غ",
        "ڭ": "غ",
        "ڨ": "غ",
        "ڤ": "ف",
        "پ": "ب",
        "چ": "ش",
        "ـ": None,  # tatweel
    }
)
_ARABIC_PREFIXES = ("وال", "بال", "فال", "كال", "لل", "ال")
_TOKEN = re.compile(r"[0-9a-z\u0621-\u064a]+")
# Darija writes its prefixes onto a French or English word («نconfirmer», «الvisa», «بالbadge»): the
# Latin word is what is meant.
_ARABIC_PREFIX_ON_LATIN = re.compile(r"(?<![\u0621-\u064a])[\u0621-\u064a]{1,3}(?=[a-z])")
# "où" (where) folds to "ou" (or), a stop word: it is marked before accents are folded. So is "ou"
# typed without its accent where it opens a question, at the start or after a greeting's comma ("ou se
# passe le petit dejeuner", "Bonjour, ou se tient l'événement ?"): "or" never starts one. Not "ou est-ce
# l'après-midi" ("or is it"), but "ou est-ce que" (where).
_WHERE_FOLLOWERS = r"(?:se|est|sont|a|aura|ca|ça|il|elle|on|c|c'est|cest|va|vont|faut)\b(?![\s-]*ce\b(?!\s*qu))"
_OU_OPENING_A_CLAUSE = rf"(?:^|(?<=[,;:!?]))(\s*)ou(?=\s+{_WHERE_FOLLOWERS})"
_WHERE = re.compile(rf"\boù\b|{_OU_OPENING_A_CLAUSE}")
_OU_FOR_WHERE = re.compile(_OU_OPENING_A_CLAUSE, re.IGNORECASE)
# Nor after "c'est" before a comma ("c'est ou, c'est quand ?"): elsewhere "or" may stand before an aside.
_OU_BEFORE_A_COMMA = re.compile(r"\bou(?=\s*[,;])", re.IGNORECASE)
_AFTER_C_EST = re.compile(r"\b(?:c'est|c’est|cest|c|est|se passe)\s+$", re.IGNORECASE)


def where_typed_without_accent(text: str) -> str:
    """The same "ou" written "où" in a whole message, before it is cut into words (alone, "ou" is "or")."""
    text = _OU_FOR_WHERE.sub(r"\1où", text)
    if "," not in text and ";" not in text:
        return text
    return _OU_BEFORE_A_COMMA.sub(lambda ou: "où" if _AFTER_C_EST.search(text, 0, ou.start()) else ou[0], text)


# An hour after "at" ("à 9", "at 12", "f 12", «في 12»), a bare number that says a time only by its place.
_AT_AN_HOUR = r"(?:\b(?:à|a|at|vers|around|f|fi|m3a)|(?<!\w)(?:في|ف|مع|حوالي))\s+(?:[01]?\d|2[0-4])"
_HOURS = r"(?:heures?|hours?|hrs?|swaye3|swa3|sa3at|sa3a|ساعات|ساعة|ساعه|سوايع)(?!\w)"
# A number of hours alone is a length guessed ("ça dure 2 heures ?", "2 swaye3?"): the verb before it asks.
_HOURS_COUNTED = re.compile(rf"\b\d{{1,2}}\s*{_HOURS}")
# So is a number of minutes ("I'll be there in 15 min", "en retard de 10 minutes"), or half or a quarter of
# an hour («بنص ساعة»): a delay or a length, never a figure the answer lacks ("mn" is Darija's "from").
_MINUTES_COUNTED = re.compile(r"\b\d{1,3}\s*(?:minutes?|mins?|dqayq|d9aye9|d9ay9|دقائق|دقايق|دقيقة|دقيقه)(?!\w)")
_PART_OF_AN_HOUR = re.compile(r"(?<!\w)(?:ب|ف)?(?:نص|نصف|ربع)\s+(?:ساعة|ساعه)(?!\w)")
# A time of day is asked as one ("ça commence à 9h ?", "at 9am?", «ف 9 ديال الصباح؟»), not as a number the
# answer lacks.
_CLOCK_TIME = re.compile(
    r"\b\d{1,2}\s*(?:h|:)\s*\d{0,2}\b|\b\d{1,2}\s*(?:am|pm|a\.m\.|p\.m\.|o'clock)(?!\w)"
    r"|\b\d{1,2}\s+(?:ديال\s+|د)?(?:الصباح|صباحا|الصبح)|(?:الساعة|الساعه)\s+\d{1,2}\b"
    rf"|{_AT_AN_HOUR}\s*{_HOURS}"  # "à 9 heures", "at 9 hours", «مع 9 ساعات»
    rf"|{_AT_AN_HOUR}\s*(?=[?؟])"  # asked: "ça commence à 9 ?"
)
# An hour ending a sentence that asks nothing is the sender's own ("j'ai un rendez-vous à 12.", «عندي موعد في
# 12», "rdv f 12"): not a number the answer lacks, nor a question of time.
_OWN_HOUR = re.compile(rf"{_AT_AN_HOUR}\b(?=\s*(?:[.,;:!،]|$))")
# So is one right after one's own appointment, whatever follows («عندي اجتماع مع 12 واش نلحق»).
_APPOINTMENT_HOUR = re.compile(
    rf"((?:rdv|rendez-vous|rendez vous|reunion|réunion|meeting|appointment|موعد|اجتماع|ميتينغ)\s+){_AT_AN_HOUR}\b"
)
_DIGIT = re.compile(r"\d")  # hours and ordinals are written with digits: a text without any skips them
# An ordinal is its number: "the 26th", "le 1er", "2ème phase", "2e".
_ORDINAL = re.compile(r"\b(\d+)(?:st|nd|rd|th|er|ere|ère|eme|ème|e)\b")
APOSTROPHES = frozenset("'’`")
_ELIDED = sorted(pooled(lambda profile: profile.elided), key=lambda word: (-len(word), word))  # "jusqu" before "j"
_ELISION = re.compile(r"\b(?:" + "|".join(_ELIDED) + ")[" + "".join(sorted(APOSTROPHES)) + "]")
# The same elision typed on a phone with a space for the apostrophe ("de l oim", "d un"): before a vowel
# only, so "c koi" (c'est quoi) keeps its "c".
_SPACED_ELISION = re.compile(r"\b(?:l|d|j|qu)\s+(?=[aeiouyhàâéèêîôû])")

# Function words that carry no meaning for matching (bot/<language>_profile.py). Question words that tell
# entries apart (when, where, who, how many ...) are kept on purpose: "where" vs "when" is the whole question.
_STOP_WORDS = {profile.code: profile.stop_words for profile in PROFILES}


_LIGATURES = str.maketrans({"œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae"})  # "mis en œuvre": no mark to drop


# Every combining mark of the first two planes (where Unicode puts all of them, emoji included), as one
# character class: dropping them is one pass in C rather than a test per character (an Arabic message is
# all non-ASCII).
_MARKS_END = 0x20000
_COMBINING_MARK = re.compile(
    "[" + "".join(re.escape(chr(code)) for code in range(0x300, _MARKS_END) if unicodedata.combining(chr(code))) + "]"
)


def _fold_accents(text: str) -> str:
    """Drops combining marks: é -> e for Latin, and Arabic harakat (also combining marks); œ is oe."""
    if text.isascii():  # nothing to drop (most messages typed without accents)
        return text
    decomposed = unicodedata.normalize("NFD", text.translate(_LIGATURES))
    if ord(max(decomposed)) >= _MARKS_END:  # a character from a later plane: each one tested, to be sure
        return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _COMBINING_MARK.sub("", decomposed)


# Light Arabic stemming: what a word may carry around its stem. A conjunction (و، ف) is taken off only
# before a question word, the article or a verb's present-tense letter, so that وزارة and فطور keep
# their first letter; the future's س only before a present-tense letter (سيعقد -> يعقد).
_CONJUNCTIONS = ("و", "ف")
# (Darija ones too, as typed: وفين, وشحال.)
_QUESTION_WORDS = frozenset(
    word.translate(ARABIC_FOLD)
    for word in " ".join(profile.question_words for profile in PROFILES).split()
    if "\u0621" <= word[:1] <= "\u064a"
)
_PRESENT_TENSE = ("ي", "ت", "ن")
# Arabic prepositions written as words: "and" on one comes off («ومع من نتواصل», "and with whom").
ARABIC_PREPOSITIONS = frozenset({"في", "مع", "على", "عن", "من"})
_PRONOUN_SUFFIXES = ("ها", "هم", "كم")
_ARABIC_SUFFIXES = ("ات", "ون", "ين", *_PRONOUN_SUFFIXES)
# A feminine noun under a pronoun writes its ة as ت: مشاركتي, دعوتكم, جمعيتنا.
_FEMININE_WITH_PRONOUN = ("تي", "تكم", "تنا", "تها", "تهم")
_PLURALS_WITH_PRONOUN = tuple("ات" + pronoun for pronoun in _PRONOUN_SUFFIXES)  # سياراتهم, a noun
# «ون» after an alif is the root's, not a plural: تعاون (cooperation), معاون, not تعا.
_ROOT_ENDINGS = ("اون",)


def _strip_arabic_affixes(token: str) -> str:
    # A question word is kept whole: «لماذا» (why) is not «ماذا» (what) behind a preposition.
    if not ("\u0621" <= token[:1] <= "\u064a") or token in _QUESTION_WORDS:
        return token
    if token[:1] in _CONJUNCTIONS and len(token) >= 3:
        rest = token[1:]
        if (
            rest in _QUESTION_WORDS
            or rest in ARABIC_PREPOSITIONS
            or rest in STOP_WORDS  # وبغيت, ولكن: "and" on a word that says nothing
            or rest in _SHORTHAND
            or rest.startswith("ال")
            or (len(rest) >= 4 and rest.startswith(_PRESENT_TENSE))
        ):
            token = rest
            if token in _QUESTION_WORDS:
                return token
    noun = False  # a word with the article is a noun: السيارات (the cars) has no future tense's س
    for prefix in _ARABIC_PREFIXES:
        if token.startswith(prefix) and len(token) - len(prefix) >= 2:
            token, noun = token[len(prefix) :], True
            break
    # After the article, so that a word reads the same with and without it: "برنامج" and "البرنامج"
    # both lose the ب that could be the preposition (بمكان -> مكان); a stem is a key, not a word. Each
    # such letter comes off, so that the preposition on such a word reads as the word: ببرنامج, برنامج.
    while token[:1] in ("ب", "ل") and len(token) >= 5:
        token = token[1:]
    if not noun:
        token = _without_verb_prefix(token)
    if not token.endswith(_PLURALS_WITH_PRONOUN):
        for suffix in _FEMININE_WITH_PRONOUN:
            if token.endswith(suffix) and len(token) - len(suffix) >= 3:
                return token[: -len(suffix)] + "ه"  # مشاركتي, my participation: مشاركة, folded to مشاركه
    for suffix in _ARABIC_SUFFIXES:
        if token.endswith(suffix) and len(token) - len(suffix) >= 3 and not token.endswith(_ROOT_ENDINGS):
            token = token[: -len(suffix)]
            # a plural under the pronoun comes off too: التزاماتها reads as التزامات (its commitments)
            if suffix in _PRONOUN_SUFFIXES and token.endswith("ات") and len(token) >= 5:
                token = token[:-2]
            return _final_hamza(token)
    if token.endswith("اوه") and len(token) >= 6:  # "its" on a hamza's seat: شركاؤه -> شركا, as شركاء
        return token[:-2]
    # "him/it" on a present-tense verb: يموله -> يمول (on a noun, ه is the folded ta marbuta: kept)
    if token.endswith("ه") and len(token) >= 5 and token.startswith(_PRESENT_TENSE):
        return token[:-1]
    return _final_hamza(token)


def _without_verb_prefix(token: str) -> str:
    """The future's س and Darija's present and future letters taken off a verb: سيعقد, كيمول, غايبدا.
    A word ending as a feminine noun does (ة, folded to ه; ات) is left alone: سيارة, سياسة, كيانات."""
    if token.endswith(("ه", "ات", *_PLURALS_WITH_PRONOUN)) and not token.endswith("وه"):  # but كيمولوه, "they fund it"
        return token
    if token.startswith("س") and len(token) >= 5 and token[1:2] in _PRESENT_TENSE:
        token = token[1:]
    # Darija present tense: كيمول -> يمول, كنمشي (I go) -> نمشي, كتمول (she funds) -> تمول
    if token.startswith(("كي", "كت", "كن")) and len(token) >= 5:
        token = token[1:]
    # Darija future and present on a verb: غايبدا, غيبدا -> يبدا; كايبدا, كاتبدا -> يبدا, تبدا
    elif token.startswith(("غا", "كا")) and len(token) >= 5 and token[2:3] in _PRESENT_TENSE:
        token = token[2:]
    elif token.startswith(("غي", "غت", "غن")) and len(token) >= 5:  # غتكون, غنمشي: غادي cut to غ
        token = token[1:]
    else:
        return token
    # After Darija's marker the word is surely a verb, read in its usual form: تمول as يمول, and
    # «كتعاون» (she helps) as يعاون, not as the noun تعاون (cooperation)
    return "ي" + token[1:] if token.startswith("ت") else token


def _final_hamza(token: str) -> str:
    """A word-final hamza, alone or on its seat before a suffix, is dropped: شركاء, شركاؤها -> شركا
    (not from a short word: "مساء" cut to "مسا" would pass for a typo of many words)."""
    if token.endswith("ء") and len(token) >= 5:
        return token[:-1]
    if token.endswith("او") and len(token) >= 4:  # ؤ (folded to و) after alef, its suffix gone
        return token[:-1]
    return token


# Phone and chat shorthand, and Moroccan Darija question words, written out in the form the
# knowledge base uses (keys and values are already folded: no accents, Arabic letter forms unified).
_SHORTHAND = {
    word.translate(ARABIC_FOLD): written_out.translate(ARABIC_FOLD)  # «امتى» is read as «امتي»
    for profile in PROFILES
    for word, written_out in profile.shorthand.items()
}


# Longest first; a stem keeps at least four letters so that short words are left alone.
_LATIN_SUFFIXES = tuple(sorted(pooled(lambda profile: profile.stem_suffixes), key=len, reverse=True))
_UNSTEMMED = pooled(lambda profile: profile.unstemmed)


def stem(token: str) -> str:
    if not token.isascii() or token.isdigit() or token in _UNSTEMMED:
        return token
    for suffix in _LATIN_SUFFIXES:
        if token.endswith(suffix) and len(token) - len(suffix) >= 4:
            return token[: -len(suffix)]
    return token


def _normalised_stop_words() -> frozenset[str]:
    words: set[str] = set()
    for block in _STOP_WORDS.values():
        for word in block.split():
            folded = _fold_accents(word.casefold()).translate(ARABIC_FOLD)
            words.update(_TOKEN.findall(folded.replace("'", " ")))
    return frozenset(words)


STOP_WORDS = _normalised_stop_words()


# A letter typed three times or more is a word drawn out («شكراااا», "merciiii", "slaaam"): no word of
# the three languages has one.
_DRAWN_OUT = re.compile(r"([a-z\u0621-\u064a])\1{2,}")
# Darija's future «غادي» typed onto its verb, sharing the verb's ي («غاديكون», «غاديحضرو»): two words.
_FUTURE_ONTO_ITS_VERB = re.compile(r"(?<![\u0621-\u064a])غادي(?=[\u0621-\u0648\u064a][\u0621-\u064a]{2,})")


def fold(text: str) -> str:
    """Case, accents, Arabic letter forms and punctuation folded; words separated by single spaces."""
    text = unicodedata.normalize("NFKC", text).casefold()
    # Each pattern is tried only where it can match: a message is mostly one-word chunks (bot/understanding.py).
    if APOSTROPHES.intersection(text):
        text = _ELISION.sub(" ", text)
    if " " in text:
        text = _SPACED_ELISION.sub("", text)
    text = _DRAWN_OUT.sub(r"\1", _fold_accents(text).translate(ARABIC_FOLD))
    if "اا" in text:  # «اأكد», a hamza typed after its alif: one alif once folded
        text = text.replace("اا", "ا")
    if "غادي" in text:
        text = _FUTURE_ONTO_ITS_VERB.sub("غادي ي", text)
    if not text.isascii():
        text = _ARABIC_PREFIX_ON_LATIN.sub(" ", text)
    return " ".join(_TOKEN.findall(text))


_NUMBERED = frozenset(fold(word) for profile in PROFILES for word in profile.numbered_words)
# What "1" stands for away from a numbered noun: a stop word, "a" or "one", that no text can spell, so
# no phrase reads it ("the first thing" is not "the un", the UN).
LONE_ONE = "#1"


def _expand_shorthand(words: list[str]) -> list[str]:
    expanded: list[str] = []
    for at, word in enumerate(words):
        replacement = _SHORTHAND.get(word, word)  # "first", "one" and "premier" are "1" too
        if replacement == "1" and not _NUMBERED.intersection(words[max(0, at - 1) : at + 2]):
            expanded.append(LONE_ONE)
        else:
            expanded.extend(replacement.split())
    return expanded


ARABIC_AND = "و"  # written onto the next word, or typed apart
# Darija's «ما» before a verb ending in «ش» («ما عرفتش», «وما كاينش») says "not": it does not ask "what".
_DARIJA_NOT = frozenset({"ما", "وما"})
_NEGATED = re.compile(r"[\u0621-\u064a]{2,}ش$")
_NOT = "لا"


def says_not(word: str, following: str) -> bool:
    """Is `word` Darija's «ما» saying "not" before the verb `following` («ما عندوش»), both folded?"""
    return word in _DARIJA_NOT and bool(_NEGATED.match(following))


_ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")


@lru_cache(maxsize=8192)
def terms(text: str) -> tuple[tuple[str, bool], ...]:
    """Every word of a text as (stem, is_stop_word), folded, shorthand written out.

    Stop words are kept, flagged, so that a question made only of them ("what can you do", "من أنت")
    still matches; the matcher gives them little weight.
    """
    text = unicodedata.normalize("NFKC", text).casefold()
    if _DIGIT.search(text):
        text = _CLOCK_TIME.sub(" heure time ", _OWN_HOUR.sub(" ", _APPOINTMENT_HOUR.sub(r"\1 ", text)))
        text = _HOURS_COUNTED.sub(" ", text)
        text = _MINUTES_COUNTED.sub(" ", text)
        text = _ORDINAL.sub(r"\1", text)
    if "ساع" in text:
        text = _PART_OF_AN_HOUR.sub(" ", text)
    if "ou" in text or "où" in text:
        text = _WHERE.sub(" where ", text)
    result: list[tuple[str, bool]] = []
    words = _expand_shorthand(fold(text).split())
    for at, word in enumerate(words):
        if word == ARABIC_AND and 0 < at < len(words) - 1 and _ARABIC_LETTER.match(words[at + 1]):
            continue  # «و التنمية» is «والتنمية», whose «و» is taken off: a name the lexicon reads stays whole
        if at < len(words) - 1 and says_not(word, words[at + 1]):
            result.append((_NOT, True))  # «ما عرفتش»: "I did not know", not "what"
            continue
        result.extend(_word_terms(word))
    return tuple(result)


@lru_cache(maxsize=16384)
def _word_terms(word: str) -> tuple[tuple[str, bool], ...]:
    """One folded word as `terms` reads it. Cached apart from whole texts: every message is new, but
    its words have mostly been read before."""
    if word in STOP_WORDS or word == LONE_ONE:
        return ((word, True),)
    result = []
    bare = _strip_arabic_affixes(word)
    # A Darija word behind a conjunction (وفين, وشكون) is written out like the word alone.
    for written in _SHORTHAND[bare].split() if bare in _SHORTHAND else (bare,):
        if written in STOP_WORDS:
            result.append((written, True))
            continue
        stemmed = stem(written)
        if stemmed:
            # A lone letter or a small number ("2", "26") says little on its own: weigh it like a stop word.
            is_stop = stemmed in STOP_WORDS or len(stemmed) == 1 or (stemmed.isdigit() and len(stemmed) < 4)
            result.append((stemmed, is_stop))
    return tuple(result)


def pooled_stems(words_of: Callable[[LanguageProfile], Iterable[str]]) -> frozenset[str]:
    """A word list of the language profiles, over every language, as `terms` reads it (folded, stemmed):
    what the code compares with a message's words."""
    return frozenset(word for raw in pooled(words_of) for word, _ in terms(raw))


def pooled_folded(words_of: Callable[[LanguageProfile], Iterable[str]]) -> frozenset[str]:
    """A word list of the language profiles, over every language, folded but not stemmed: what the code
    compares with a message's words folded one by one."""
    return frozenset(fold(word) for word in pooled(words_of))


def tokens(text: str) -> tuple[str, ...]:
    """The meaningful words of a text (stop words left out)."""
    return tuple(word for word, is_stop in terms(text) if not is_stop)


# A number's words, folded, and the digits they stand for ("sept", "seven", «سبعة» -> "7").
_CARDINALS = {
    fold(form): str(value)
    for profile in PROFILES
    for value, forms in enumerate(profile.cardinal_words, start=2)
    for form in forms.split("/")
}


def numbers_in_words(text: str) -> frozenset[str]:
    """The numbers from two to ten a text writes in words, as digits ("seven other countries" -> 7)."""
    return frozenset(_CARDINALS[word] for word in fold(text).split() if word in _CARDINALS)
