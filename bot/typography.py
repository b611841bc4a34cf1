"""Typography of the bot's texts, in one place: French spacing, Arabic direction, times.

- French: a narrow no-break space (U+202F) before : ; ? ! and inside « », so that a lone "?" never
  wraps to the next line on a narrow phone screen; times written "9 h" or "9 h 30".
- Arabic: every left-to-right run (a command, an @mention, an email, a URL, a Latin name or acronym)
  is wrapped in Unicode isolates (FSI ... PDI), so "/cancel" never displays as "cancel/" and a line
  that starts with one still reads right to left (the bidi algorithm skips isolates when it decides a
  line's direction).
"""

from __future__ import annotations

import re
from datetime import time

from bot.languages import profile

NARROW_NBSP = "\u202f"
FSI, PDI = "\u2068", "\u2069"

_FRENCH_PUNCTUATION = re.compile(r"(?<=[\w»)\]%€*])[ \u00a0\u202f]?([;:!?])(?=\s|$|[»)\"'<])")
_OPENING_GUILLEMET = re.compile(r"«[ \u00a0\u202f]?")
_CLOSING_GUILLEMET = re.compile(r"[ \u00a0\u202f]?»")
# A left-to-right run: something with a Latin letter, a slash command or an @mention, possibly several
# words ("Migration Mainstreaming", "IOM-UNDP", "contact@iom.int", "https://t.me/x", "/rsvp").
_LTR_RUN = re.compile(r"(?:https?://\S+|[/@]?[A-Za-z][\w.@/+\-'’:]*(?:[ \u00a0][A-Za-z0-9][\w.@/+\-'’]*)*)")
_MARKUP = re.compile(r"<[^>]*>|&#?\w+;")
# Left as they are: runs already isolated, HTML tags and entities (catalogue texts are HTML), and
# {placeholders} of a template shown unfilled.
_UNTOUCHED = re.compile(FSI + ".*?" + PDI + r"|<[^>]*>|&#?\w+;|\{[^{}]*\}", re.DOTALL)


def _french_spaces(segment: str) -> str:
    segment = _FRENCH_PUNCTUATION.sub(NARROW_NBSP + r"\1", segment)
    segment = _OPENING_GUILLEMET.sub("«" + NARROW_NBSP, segment)
    return _CLOSING_GUILLEMET.sub(NARROW_NBSP + "»", segment)


def french(text: str) -> str:
    """No-break spaces where French wants them; HTML tags and entities are left as they are (the ';' of
    an escaped '<', '&' or quote at the end of a typed value is no semicolon)."""
    pieces, position = [], 0
    for markup in _MARKUP.finditer(text):
        pieces.append(_french_spaces(text[position : markup.start()]))
        pieces.append(markup.group(0))
        position = markup.end()
    pieces.append(_french_spaces(text[position:]))
    return "".join(pieces)


def _isolate_runs(segment: str) -> str:
    def wrap(match: re.Match[str]) -> str:
        run = match.group(0)
        trail = ""
        while run and run[-1] in ".:,;'’":  # sentence punctuation after the run belongs to the Arabic
            run, trail = run[:-1], run[-1] + trail
        return f"{FSI}{run}{PDI}{trail}" if run else trail

    return _LTR_RUN.sub(wrap, segment)


def arabic(text: str) -> str:
    """Left-to-right runs isolated; runs already isolated, HTML tags and entities are left as they are."""
    pieces, position = [], 0
    for isolated in _UNTOUCHED.finditer(text):
        pieces.append(_isolate_runs(text[position : isolated.start()]))
        pieces.append(isolated.group(0))
        position = isolated.end()
    pieces.append(_isolate_runs(text[position:]))
    return "".join(pieces)


def typeset(text: str, lang: str) -> str:
    """A text as the bot shows it in `lang` (plain text or the bot's HTML)."""
    language = profile(lang)
    if language.french_typography:
        return french(text)
    if language.right_to_left:
        return arabic(text)
    return text


def clock(value: time, lang: str) -> str:
    """A time of day as each language writes it: French "9 h" / "9 h 30", otherwise "09:00"."""
    if profile(lang).french_typography:
        return f"{value.hour}{NARROW_NBSP}h" + (f"{NARROW_NBSP}{value.minute:02d}" if value.minute else "")
    return value.strftime("%H:%M")
