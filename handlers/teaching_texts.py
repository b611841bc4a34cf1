"""What /unanswered's buttons and marks say, in fr, en and ar (the list itself: handlers/organiser_texts.py).
The texts are in locales/<lang>/LC_MESSAGES/teaching.po (see README, "Translating").
"""

from __future__ import annotations

from bot.texts import Catalogue

TEACHING_UI = Catalogue.from_po("teaching", is_html=True)
