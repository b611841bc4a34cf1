"""What the RSVP conversation, the organisers' commands and the reminders say, in fr, en and ar.

Templates are HTML (the parse mode of every message) and may hold <b>; the values put in them are
escaped by `RSVP_UI.t_html`, never here. Labels of statuses and categories, and the messages for invalid
input, come from the core (bot.rsvp) so that the CSV, the command line and the bot agree.

The texts are in locales/<lang>/LC_MESSAGES/rsvp.po (see README, "Translating").
"""

from __future__ import annotations

from bot.texts import Catalogue

RSVP_UI = Catalogue.from_po("rsvp", is_html=True)
