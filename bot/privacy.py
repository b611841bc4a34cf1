"""What the question log may keep about the people who ask.

- Text that looks like personal data (an email address, a phone number, an @handle, or the asker's own
  name) is never kept: someone whose RSVP timed out, or who answers after a restart, types their name,
  email or phone as if the conversation were still going, and that would otherwise land in the
  organisers' list of unanswered questions.
- An asker is known only by a keyed hash of their Telegram user id (HMAC-SHA256 with a secret kept in
  the database, bot.storage): enough to count distinct askers, to stop one person's junk from filling
  the list, and to delete a person's questions on /forget; not enough to tell who asked without the
  database's secret.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Iterable

ASKER_TAG_CHARS = 32  # hex characters of the HMAC kept (128 bits)
LOG_TAG_CHARS = 12  # what a log line shows: enough to tell two people apart

_EMAIL = re.compile(r"[^\s@]+@[^\s@]+\.[^\s@.]{2,}")
_HANDLE = re.compile(r"(?<![\w@])@\w{4,}")
# A run of digits with the separators people put in phone numbers; judged by how many digits it holds.
_DIGIT_RUN = re.compile(r"\+?\d[\d \t.\-/()]*\d")
PHONE_DIGITS = 9  # "0612345678", "06 12 34 56 78": a date ("26/01/2018") has only 8
PHONE_DIGITS_WITH_PLUS = 8  # "+212 612 345 678"
NAME_MIN_CHARS = 3  # shorter names ("Al") are too common as words to be telling


def looks_personal(text: str, names: Iterable[str | None] = ()) -> bool:
    """Whether `text` seems to hold personal data: an email, a phone number, an @handle, or one of
    `names` (the asker's own names, compared case-insensitively as whole words)."""
    if _EMAIL.search(text) or _HANDLE.search(text):
        return True
    for run in _DIGIT_RUN.finditer(text):
        digits = sum(ch.isdigit() for ch in run.group())
        if digits >= (PHONE_DIGITS_WITH_PLUS if run.group().startswith("+") else PHONE_DIGITS):
            return True
    folded = text.casefold()
    for name in names:
        name = " ".join((name or "").split()).casefold()
        if len(name) >= NAME_MIN_CHARS and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", folded):
            return True
    return False


def asker_tag(key: bytes, user_id: int) -> str:
    """The keyed hash that stands for a Telegram user in the question log."""
    return hmac.new(key, str(int(user_id)).encode("ascii"), hashlib.sha256).hexdigest()[:ASKER_TAG_CHARS]
