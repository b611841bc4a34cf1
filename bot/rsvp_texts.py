"""The RSVP's labels (categories, statuses) and the messages for invalid input, in fr, en and ar:
the core's, so that the conversation, the CSV and the command line agree (bot/rsvp.py).
The texts are in locales/<lang>/LC_MESSAGES/rsvp_core.po (see README, "Translating").
"""

from __future__ import annotations

from bot.texts import Catalogue

RSVP_TEXTS = Catalogue.from_po("rsvp_core")
