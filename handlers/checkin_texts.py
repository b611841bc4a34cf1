"""What the check-in says, in fr, en and ar: the attendee's QR code, and the organisers' /checkin.

Templates are HTML; `checkin_say` escapes the values, `checkin_text` is for button labels.

The texts are in locales/<lang>/LC_MESSAGES/checkin.po (see README, "Translating").
"""

from __future__ import annotations

from bot.texts import Catalogue
from handlers.render import escape

CHECKIN_UI = Catalogue.from_po("checkin")


def checkin_say(key: str, lang: str, **values: object) -> str:
    return CHECKIN_UI(key, lang, **{name: escape(value) for name, value in values.items()})


def checkin_text(key: str, lang: str, **values: object) -> str:
    return CHECKIN_UI(key, lang, **values)
