"""What the Telegram layer says of itself, in fr, en and ar (the core's texts are in bot/texts.py).

Templates are HTML (the parse mode of every message): they may hold <b> and <code>; the values put in
them are escaped by TEXTS.t_html, never here (TEXTS.t for button labels).

The texts are in locales/<lang>/LC_MESSAGES/telegram.po (see README, "Translating").
"""

from __future__ import annotations

from bot.texts import Catalogue

TEXTS = Catalogue.from_po("telegram", is_html=True)
