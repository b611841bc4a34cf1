"""The languages of the bot: one LanguageProfile each (the class and what each field is for in
bot/language_profile.py; each language's own in bot/<language>_profile.py), listed in PROFILES.

A language is served with three things: its profile, added to PROFILES here, its gettext catalogues
(locales/<code>/LC_MESSAGES/*.po) and its texts in knowledge/ (every entry, title and name). Nothing
else in the code names a language: the rest loops over PROFILES (bot/languages.py derives LANGUAGES).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from bot.arabic_profile import ARABIC
from bot.english_profile import ENGLISH
from bot.french_profile import FRENCH
from bot.language_profile import ARABIC_SCRIPT, LATIN, LanguageProfile

__all__ = ["ARABIC_SCRIPT", "EXPORT_LANGUAGE", "LATIN", "PROFILES", "LanguageProfile", "pooled"]

# The languages served, the first the fallback for a text or value missing in another. A new language:
# its profile added here (bot/languages.py reads PROFILES when it is imported).
PROFILES: tuple[LanguageProfile, ...] = (FRENCH, ENGLISH, ARABIC)
EXPORT_LANGUAGE = ENGLISH.code  # the RSVP spreadsheet's column names, which the organisers' scripts read


def pooled(words_of: Callable[[LanguageProfile], Iterable[str]]) -> frozenset[str]:
    """One word list over every language (matching folds all languages together)."""
    return frozenset(word for profile in PROFILES for word in words_of(profile))
