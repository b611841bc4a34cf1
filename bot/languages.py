"""The languages of the bot (their profiles: bot/<language>_profile.py, listed in
bot/language_profiles.py), and telling which one a text is written in."""

from __future__ import annotations

import re
from functools import lru_cache

from bot.language_profiles import ARABIC_SCRIPT, LATIN, PROFILES, LanguageProfile, pooled
from bot.normalize import APOSTROPHES

LANGUAGES = tuple(profile.code for profile in PROFILES)
DEFAULT_LANGUAGE = LANGUAGES[0]  # the fallback when a text or a value is missing in a language
LANGUAGE_NAMES = {profile.code: profile.name for profile in PROFILES}
_PROFILES = {profile.code: profile for profile in PROFILES}
# Answering a message asks these of the same texts several times (the message, each of its questions).
_TEXTS_REMEMBERED = 1024

# Among the Latin-script languages, frequent words and letters tell which one a text is in.
_LATIN_PROFILES = tuple(profile for profile in PROFILES if profile.script == LATIN)
LATIN_LANGUAGES = tuple(profile.code for profile in _LATIN_PROFILES)
# A text in Arabic script is in the (first) language written in it.
_ARABIC_SCRIPT_LANGUAGE = next((profile.code for profile in PROFILES if profile.script == ARABIC_SCRIPT), None)

_ARABIC_LETTER = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")
_LATIN_LETTER = re.compile(r"[A-Za-z\u00C0-\u024F]")
_ARABIC_WORD = re.compile(_ARABIC_LETTER.pattern + "+")
_LATIN_WORD = re.compile(_LATIN_LETTER.pattern + "+")
_WORD = re.compile(r"[a-z\u00e0-\u00ff']+")
# A word elided before another ("s'inscrire", a phone's "s’inscrire"): the language whose profile elides it.
_ELISIONS = {
    profile.code: re.compile(
        r"\b(?:" + "|".join(sorted(profile.elided) or ["(?!)"]) + ")[" + "".join(sorted(APOSTROPHES)) + r"](?=\w)"
    )
    for profile in _LATIN_PROFILES
}


def profile(lang: str) -> LanguageProfile:
    """The profile of `lang`, the default language's for a code the bot does not serve."""
    return _PROFILES.get(lang) or _PROFILES[DEFAULT_LANGUAGE]


def is_supported(code: str | None) -> bool:
    return code in LANGUAGES


@lru_cache(maxsize=_TEXTS_REMEMBERED)
def script_language(text: str) -> str | None:
    """'arabic' when the text is mostly Arabic script, 'latin' when mostly Latin, None when it has no letters.
    Counted in words, not letters: Arabic writes fewer letters for a word («فوقاش كيبدا الpetit déjeuner»)."""
    arabic = len(_ARABIC_WORD.findall(text))
    latin = len(_LATIN_WORD.findall(text))
    if arabic == 0 and latin == 0:
        return None
    return ARABIC_SCRIPT if arabic >= latin else LATIN


@lru_cache(maxsize=_TEXTS_REMEMBERED)
def guess_language(text: str) -> str | None:
    """A best guess among the bot's languages from the script and frequent words; None when nothing tells."""
    script = script_language(text)
    if script == ARABIC_SCRIPT:
        return _ARABIC_SCRIPT_LANGUAGE
    if script != LATIN:
        return None
    lowered = text.lower()
    words = _WORD.findall(lowered)
    scores = {
        candidate.code: sum(word in candidate.markers for word in words)
        + sum(lowered.count(letter) for letter in candidate.marker_letters)
        + len(_ELISIONS[candidate.code].findall(lowered))
        for candidate in _LATIN_PROFILES
    }
    best = max(scores, key=scores.__getitem__, default=None)
    if best is None or scores[best] == 0 or list(scores.values()).count(scores[best]) > 1:
        return None  # nothing tells, or two languages tell equally
    return best


def is_romanised(text: str, lang: str) -> bool:
    """A text given for a language not written in Latin letters, typed in Latin letters (Darija under ar)."""
    return profile(lang).script != LATIN and script_language(text) == LATIN


def from_telegram_code(code: str | None) -> str | None:
    """Telegram's IETF language_code ('fr', 'en-US', 'ar') reduced to one of ours, else None."""
    if not code:
        return None
    short = code.split("-")[0].lower()
    return short if short in LANGUAGES else None


# One of these words, or a word mixing letters and the digits written for Arabic sounds (3 for ع, 7 for
# ح, 9 for ق), tells a Darija message.
_DARIJA_MARKERS = pooled(lambda language: language.romanised_markers)
_DARIJA_DIGIT_WORD = re.compile(r"\b(?=[a-z]*[379])(?=[0-9]*[a-z])[a-z379]{3,}\b")
_HOUR_OR_ORDINAL = re.compile(r"[0-9]+(?:am|pm|h|th|st|nd|rd|e|er|eme)")  # "9am", "7th": not Darija


_BEFORE_A_FRENCH_FIN = frozenset("la de en une sans du au a prendre prend prendra prendront".split())


@lru_cache(maxsize=_TEXTS_REMEMBERED)
def is_latin_darija(text: str) -> bool:
    """True for Moroccan Arabic typed in Latin letters ("wach kayn parking", "fin ghadi ykoun lftour")."""
    if script_language(text) != LATIN:
        return False
    lowered = text.lower()
    words = re.findall(r"[a-z0-9]+", lowered)
    markers = sum(word in _DARIJA_MARKERS for word in words)
    # "fin" is French too ("date de fin", "prendre fin", "en fin de matinée"): none of those is a marker
    french_fins = (
        sum(word == "fin" and before in _BEFORE_A_FRENCH_FIN for before, word in zip(["", *words], words, strict=False))
        if "fin" in words
        else 0
    )
    strong = markers - max("fin" in words, french_fins)
    # Two words written with those digits tell it, whatever other language's words are mixed in
    # ("n9der njib m3aya collègue?"); one, only when no other language shows.
    digit_words = sum(not _HOUR_OR_ORDINAL.fullmatch(word) for word in _DARIJA_DIGIT_WORD.findall(lowered))
    return strong >= 1 or digit_words >= 2 or bool(digit_words) and guess_language(text) is None
