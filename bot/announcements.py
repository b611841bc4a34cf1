"""An organiser's announcement in one text for everyone, or one text per language.

Written as the organiser types it on a phone: a text, or sections each opened by a language code and a
colon at the start of a line ("fr: ...", "en: ...", "ar: ..."), any section running over several lines.
Each recipient gets the version in their language, else the one in the default language, else the first.
"""

from __future__ import annotations

import re

from bot.languages import LANGUAGES

EVERYONE = "*"  # the key of a text meant for every language
_SECTION = re.compile(rf"^\s*({'|'.join(LANGUAGES)})\s*:\s?(.*)$", re.IGNORECASE)


def parse_announcement(text: str) -> dict[str, str]:
    """{lang: text}, or {EVERYONE: text} when the text does not open with a language code; {} when empty.
    A language given twice keeps both parts, in order."""
    lines = text.strip().splitlines()
    if not lines:
        return {}
    if not _SECTION.match(lines[0]):
        return {EVERYONE: text.strip()}
    sections: dict[str, list[str]] = {}
    current: list[str] = []
    for line in lines:
        match = _SECTION.match(line)
        if match:
            current = sections.setdefault(match.group(1).lower(), [])
            line = match.group(2)
        current.append(line)
    texts = {lang: "\n".join(part).strip() for lang, part in sections.items()}
    return {lang: body for lang, body in texts.items() if body}


def text_for(texts: dict[str, str], lang: str, default_lang: str) -> str:
    """The version a recipient reading `lang` gets."""
    for key in (lang, EVERYONE, default_lang):
        if texts.get(key):
            return texts[key]
    return next(iter(texts.values()), "")
