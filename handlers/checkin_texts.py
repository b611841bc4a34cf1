"""What the check-in says, in fr, en and ar: the attendee's QR code, and the organisers' /checkin.

Templates are HTML; `CHECKIN_UI.t_html` escapes the values, `CHECKIN_UI.t` is for button labels.

The texts are in locales/<lang>/LC_MESSAGES/checkin.po (see README, "Translating").
"""

from __future__ import annotations

from bot.texts import Catalogue

CHECKIN_UI = Catalogue.from_po("checkin", is_html=True)
