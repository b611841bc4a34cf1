"""The event's day as people write it in a question: named ("le 26", "the 26th", «يوم 26 يناير», its
weekday, "tomorrow" as the guests write the day before) or in figures ("26/01"). Named in passing, it
sets the scene and asks nothing itself; the month and the year in figures are not numbers a question
asks about."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from babel.dates import format_date

from bot.language_profiles import PROFILES, pooled
from bot.languages import LANGUAGES
from bot.locales import babel_locale

# "Tomorrow" written the day before: the event's day too, named in passing ("what's the dress code for
# tomorrow", "qui sera présent demain ?"), longest first so that "demain matin" goes whole. When no
# profile names one, a pattern that never matches (an empty alternative would match everywhere).
# Typed short too: the shorthand each profile writes out as one of its words ("tmrw", "2moro").
_TOMORROW_WORDS = sorted(
    pooled(lambda profile: profile.tomorrow_words)
    | {short for profile in PROFILES for short, full in profile.shorthand.items() if full in profile.tomorrow_words},
    key=len,
    reverse=True,
)
_TOMORROW = "|".join(map(re.escape, _TOMORROW_WORDS)) or r"(?!)"
# ... but not the day after it ("après-demain", "the day after tomorrow", "ba3d ghda")
_NOT_THE_DAY_AFTER = "".join(
    rf"(?<!{before})"
    for before in ("après-", "apres-", "aprés-", "après ", "apres ", "aprés ", "after ", "ba3d ", "b3d ")
)


@lru_cache(maxsize=4)
def _date_mention(day: date) -> re.Pattern[str]:
    """The event's day as people name it: "le 26", "the 26th", "26 janvier 2018", "January 26", «يوم 26
    يناير», its weekday ("on Friday", « vendredi 26 », «نهار الجمعة»), with the month's and the day's names
    from CLDR (Babel) in each language."""

    def names(*forms: str) -> str:
        found = {
            re.escape(format_date(day, form, locale=babel_locale(lang)).rstrip(".").lower())
            for lang in LANGUAGES
            for form in forms
        }
        found |= {name.replace("ة", "[ةه]") for name in found}  # «الجمعه», typed without the ta marbuta
        return "|".join(sorted(found, key=len, reverse=True))

    months = names("MMMM", "MMM")
    weekday = rf"(?:{names('EEEE')})"
    number = rf"(?:0?{day.day})(?:st|nd|rd|th|er)?"
    before = r"(?:(?:le|the|on the|on|du|au|ce|this|يوم|نهار|ليوم|فيوم|هاد|هذا)\s+)"
    month = rf"(?:\s+(?:de\s+)?(?:{months})\.?)"
    year = rf"(?:\s+{day.year})?"
    day_first = rf"{number}{month}?{year}"  # "26 janvier 2018", "the 26th"
    month_first = rf"(?:{months})\.?\s+{number}{year}"  # "January 26"
    dated = rf"{before}?{number}{month}{year}|{before}{day_first}|{month_first}"
    on_weekday = rf"{before}?{weekday}(?:,?\s+(?:the\s+|le\s+)?(?:{day_first}|{month_first}))?"
    tomorrow = rf"{_NOT_THE_DAY_AFTER}(?:(?:for|pour|pr|de|d|dyal|dial)\s+)?(?:{_TOMORROW})"
    return re.compile(rf"(?<!\w)(?:{on_weekday}|{dated}|{tomorrow})(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=4)
def numeric_date(day: date) -> re.Pattern[str]:
    """The event's day in figures, day first as Morocco writes it ("26/01", "26-01-2018", "26.1.18") or
    ISO ("2018-01-26"): the month and the year are not numbers a question asks about."""
    sep = r"\s?[/.-]\s?"
    years = rf"(?:{day.year}|{day.year % 100:02d})"
    return re.compile(
        rf"(?<![\d/.-])(?:0?{day.day}{sep}0?{day.month}(?:{sep}{years})?|{day.year}-0?{day.month}-0?{day.day})(?![/.-]?\d)"
    )


def names_its_date(text: str, day: date) -> bool:
    """Does the text name the event's date or "tomorrow" ("qu'est-ce qui sera présenté le 26 ?")? Not a
    bare weekday, which a follow-up may ask of anything ("et il se termine quand, vendredi ?")."""
    return any(
        any(letter.isdigit() for letter in said.group()) or re.search(_TOMORROW, said.group(), re.IGNORECASE)
        for said in _date_mention(day).finditer(text)
    )


def without_event_day(text: str, day: date) -> str:
    """The text without its mentions of the event's day: "what time on the 26th?" asks the time, and
    «ما هي الجلسة الختامية المنظمة يوم 26 يناير؟» asks what the session is, not when."""
    return _date_mention(day).sub(" ", text).strip()
