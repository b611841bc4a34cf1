"""The three languages of the bot, and telling which one a text is written in."""

from __future__ import annotations

import re

LANGUAGES = ("fr", "en", "ar")
DEFAULT_LANGUAGE = LANGUAGES[0]  # the fallback when a text or a value is missing in a language
LANGUAGE_NAMES = {"fr": "Français", "en": "English", "ar": "العربية"}

_ARABIC_LETTER = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")
_LATIN_LETTER = re.compile(r"[A-Za-z\u00C0-\u024F]")
_WORD = re.compile(r"[a-z\u00e0-\u00ff']+")

# Frequent short words that tell French from English in a phone-typed question ("a" is not one:
# French typed without accents writes "à" as "a").
_FRENCH_MARKERS = frozenset(
    """
    le la les un une des du de est sont quel quelle quels quelles qui quoi ou où quand comment pourquoi
    combien c ce cette ces je tu vous nous il elle et au aux pour sur dans avec sans pas programme bonjour
    merci salut svp petit dejeuner déjeuner pays objectifs financement lieu heure
    """.split()
)
_ENGLISH_MARKERS = frozenset(
    """
    the an is are was were what which who whom when where why how many much does do did can could i you we it
    and of to for on in with without not programme program hello hi thanks thank please breakfast countries
    goals funding venue time
    """.split()
)


def is_supported(code: str | None) -> bool:
    return code in LANGUAGES


def script_language(text: str) -> str | None:
    """'ar' when the text is mostly Arabic script, 'latin' when mostly Latin, None when it has no letters."""
    arabic = len(_ARABIC_LETTER.findall(text))
    latin = len(_LATIN_LETTER.findall(text))
    if arabic == 0 and latin == 0:
        return None
    return "ar" if arabic >= latin else "latin"


def guess_language(text: str) -> str | None:
    """A best guess among fr, en and ar from the script and frequent words; None when nothing tells."""
    script = script_language(text)
    if script != "latin":
        return script
    words = _WORD.findall(text.lower())
    french = sum(word in _FRENCH_MARKERS for word in words) + sum(ch in "éèêàçùôîâ" for ch in text.lower())
    english = sum(word in _ENGLISH_MARKERS for word in words)
    if french > english:
        return "fr"
    if english > french:
        return "en"
    return None


def from_telegram_code(code: str | None) -> str | None:
    """Telegram's IETF language_code ('fr', 'en-US', 'ar') reduced to one of ours, else None."""
    if not code:
        return None
    short = code.split("-")[0].lower()
    return short if short in LANGUAGES else None


# Words that only Moroccan Arabic written in Latin letters uses (with digits for Arabic sounds: 3 for ع,
# 7 for ح, 9 for ق). One of them, or a word mixing letters and those digits, tells a Darija message.
_DARIJA_MARKERS = frozenset(
    """
    wach wash chno chnou chnu achno achnou chkoun chkon shkoun ghadi ghad kayn kayna kayen kayin kain dyal
    dial diyal imta fo9ach fou9ach w9tach wa9tach ch7al sh7al chhal kifach kifash 3lach 3lash bghit bghina
    3afak 3afakom 3afakoum lftour ftour daba bzaf mzyan mezyan ghir wakha safi hadchi hna lhna tma fin
    """.split()
)
_DARIJA_DIGIT_WORD = re.compile(r"\b(?=[a-z]*[379])(?=[0-9]*[a-z])[a-z379]{3,}\b")


def is_latin_darija(text: str) -> bool:
    """True for Moroccan Arabic typed in Latin letters ("wach kayn parking", "fin ghadi ykoun lftour")."""
    if script_language(text) != "latin":
        return False
    lowered = text.lower()
    words = re.findall(r"[a-z0-9]+", lowered)
    markers = sum(word in _DARIJA_MARKERS for word in words)
    strong = markers - ("fin" in words)  # "fin" is French too ("date de fin")
    return strong >= 1 or bool(_DARIJA_DIGIT_WORD.search(lowered)) and guess_language(text) is None
