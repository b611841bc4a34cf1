"""Plurals and dates through Babel (CLDR), the way each language writes them in Morocco.

- Plurals: CLDR's categories (French: one, other, with 0 singular; English: one, other; Arabic: zero,
  one, two, few, many, other). A catalogue's counted text has one key per category it needs, ".other"
  being the fallback: `Catalogue.plural("questions_count", count, lang)`.
- Dates: CLDR's long form in each language's locale (its profile, bot/<language>_profile.py): ar_MA
  writes the Moroccan month names (يناير … ماي … يوليوز غشت شتنبر … دجنبر); the first of a month is
  written as the profile says: «فاتح فبراير 2018», "1er février 2018".
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from babel import Locale
from babel.dates import format_date
from babel.lists import format_list

from bot.languages import LANGUAGES, profile


@lru_cache(maxsize=256)  # pure, and asked for every reply
def babel_locale(lang: str) -> Locale:
    """The CLDR locale of `lang` (its profile's, bot/<language>_profile.py)."""
    return Locale.parse(profile(lang).babel_locale)


def plural_category(count: int, lang: str) -> str:
    category: str = babel_locale(lang).plural_form(abs(count))
    return category


@lru_cache(maxsize=256)
def long_date(day: date, lang: str) -> str:
    """The long date: "26 janvier 2018", "26 January 2018", "26 يناير 2018"; the first of a month
    as each writes it: "1er février 2018", «فاتح فبراير 2018»."""
    locale = babel_locale(lang)
    first = profile(lang).first_of_month
    if day.day == 1 and first:
        return f"{first} " + format_date(day, "MMMM y", locale=locale)
    return format_date(day, "long", locale=locale)  # CLDR's own long form: "26 de enero de 2018" in Spanish


@lru_cache(maxsize=256)
def language_list(lang: str) -> str:
    """The languages the bot speaks, named in `lang`, the reader's own first: "français, anglais ou arabe",
    "English, French or Arabic", «العربية أو الفرنسية أو الإنجليزية». A new language appears by itself."""
    locale = babel_locale(lang)
    ordered = [lang, *(code for code in LANGUAGES if code != lang)] if lang in LANGUAGES else list(LANGUAGES)
    return format_list([language_name(code, lang) for code in ordered], style="or", locale=locale)


@lru_cache(maxsize=256)
def language_name(code: str, lang: str) -> str:
    """A language's name in `lang` (CLDR): "arabe", "Arabic", «العربية»; the code itself for one CLDR lacks."""
    return str(babel_locale(lang).languages.get(code, code))
