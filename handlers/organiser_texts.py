"""What the organisers' commands say (/rsvps, /stats, /reload, /broadcast, /unanswered), and the
announcements they send, in fr, en and ar. Templates are HTML; `ORG_UI.t_html` escapes the values,
`ORG_UI.t` is for button labels.
The texts are in locales/<lang>/LC_MESSAGES/organisers.po (see README, "Translating").
"""

from __future__ import annotations

from bot.texts import Catalogue

ORG_UI = Catalogue.from_po("organisers", is_html=True)
